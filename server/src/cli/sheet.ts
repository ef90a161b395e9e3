import "reflect-metadata";
import { readFileSync, writeFileSync } from "node:fs";
import { basename, extname } from "node:path";
import { parseArgs } from "node:util";
import { GraphQLError } from "graphql";
import { Role } from "../access/roles";
import { csvFormOf } from "../common/csv";
import { isLocalDate } from "../common/dates";
import { readConfig } from "../config";
import { openDatabase } from "../app/database";
import { Evaluations } from "../evaluations/registry";
import { createContext } from "../core/context";
import { Municipality } from "../municipalities/entities";
import { EXPORT_KINDS, type ExportKind, exportFileName, exportTable } from "../spreadsheets/exports";
import { importUsages } from "../spreadsheets/import-service";
import { ImportAction, ImportMatch, type ImportPlan, planCounts, USAGE_COLUMNS } from "../spreadsheets/plan";
import { SheetFormat, writeTable } from "../spreadsheets/sheet";
import { runCli } from "./run";

const USAGE = `Usage:
  npm run import -- --municipality CODE FILE [--apply]
      reads a municipality's application list (FILE.csv or FILE.xlsx) and prints the plan; with
      --apply applies it, all or nothing. Exit code 1 when the file has problems.
  npm run export-sheet -- --what ${EXPORT_KINDS.join("|")} [--municipality CODE] [--as-of YYYY-MM-DD]
      [--format csv|xlsx] [--csv plain] [--out FILE]
      writes a spreadsheet (default xlsx; FILE default e.g. anvandningar-1460-2026-06-15.xlsx). CSV is
      written as a Swedish Excel opens it (semicolons, decimal comma, byte-order mark); --csv plain
      writes commas and a decimal point without the mark.
The database is DATABASE_URL (default ./data/samverkan.db). Changes are audited as made by "cli".

Användning:
  npm run import -- --municipality KOD FIL [--apply]
      läser en kommuns systemförteckning (FIL.csv eller FIL.xlsx) och skriver ut planen; med
      --apply genomförs den, allt eller inget. Slutkod 1 när filen har fel.
  npm run export-sheet -- --what ${EXPORT_KINDS.join("|")} [--municipality KOD] [--as-of ÅÅÅÅ-MM-DD]
      [--format csv|xlsx] [--csv plain] [--out FIL]
      skriver ett kalkylark (standard xlsx; FIL t.ex. anvandningar-1460-2026-06-15.xlsx). CSV skrivs så
      som ett svenskt Excel öppnar den (semikolon, decimalkomma, byte-order mark); --csv plain skriver
      kommatecken och decimalpunkt utan märket.
Databasen är DATABASE_URL (standard ./data/samverkan.db). Ändringar loggas som gjorda av "cli".`;

const ACTION_TEXT: Record<ImportAction, string> = { CREATE: "NY", UPDATE: "ÄNDRAS", UNCHANGED: "OFÖRÄNDRAD" };
const MATCH_TEXT: Record<ImportMatch, string> = { EXTERNAL_KEY: "extern nyckel", NAME_AND_VENDOR: "namn och leverantör", NEW_APPLICATION: "ny i katalogen" };

class UsageError extends Error {}

/** The plan in plain Swedish, one line per row and one per problem. */
export function describePlan(plan: ImportPlan): string[] {
  const lines = plan.rows.map((r) => {
    const name = `${r.product ?? "?"}${r.vendor ? ` (${r.vendor})` : ""}`;
    const changes = r.changes.map((c) => `${USAGE_COLUMNS[c.column].header}: ${c.before ?? "–"} → ${c.after ?? "–"}`).join("; ");
    return `rad ${r.row}\t${ACTION_TEXT[r.action]}\t${name} [${MATCH_TEXT[r.match]}]${changes ? `\t${changes}` : ""}`;
  });
  if (plan.problems.length) lines.push("Fel:", ...plan.problems.map((p) => `  rad ${p.row}${p.column ? `, ${p.column}` : ""}: ${p.message}`));
  const counts = planCounts(plan);
  lines.push(`Summa: ${counts.CREATE} nya, ${counts.UPDATE} ändras, ${counts.UNCHANGED} oförändrade, ${plan.problems.length} fel.`);
  return lines;
}

function formatOf(file: string, given: string | undefined): SheetFormat {
  const name = (given ?? extname(file).slice(1)).toLowerCase();
  if (name === "csv") return SheetFormat.CSV;
  if (name === "xlsx") return SheetFormat.XLSX;
  throw new UsageError(`okänt filformat ”${name}”: välj csv eller xlsx.`);
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const { positionals, values } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      municipality: { type: "string" },
      apply: { type: "boolean", default: false },
      what: { type: "string" },
      "as-of": { type: "string" },
      format: { type: "string" },
      csv: { type: "string" },
      out: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  const help = values.help || command === "--help" || command === "-h";
  if (help || (command !== "import" && command !== "export")) {
    console.log(USAGE);
    return help ? 0 : 2;
  }
  const db = await openDatabase({ url: readConfig().databaseUrl });
  // The CLI is run by whoever operates the server: it acts as an admin, audited as "cli".
  const ctx = createContext(db, { tokenId: 0, tokenName: "cli", role: Role.ADMIN, municipalityId: null }, new Date(), new Evaluations(db));
  try {
    const municipality = values.municipality ? await db.getRepository(Municipality).findOneBy({ code: values.municipality }) : null;
    if (values.municipality && !municipality) throw new UsageError(`ingen kommun har koden ${values.municipality}.`);
    if (command === "import") {
      const file = positionals[0];
      if (!file || !municipality) throw new UsageError("import behöver --municipality KOD och en FIL.");
      const format = formatOf(file, values.format);
      const outcome = await importUsages(ctx, { municipalityId: municipality.id, fileName: basename(file), format, content: readFileSync(file), apply: values.apply });
      console.log(`${basename(file)} → ${municipality.name} (${municipality.code}), ${values.apply ? "import" : "provkörning: inget ändras (lägg till --apply för att genomföra)"}`);
      if (outcome.plan) console.log(describePlan(outcome.plan).join("\n"));
      else for (const e of outcome.userErrors) console.log(`Fel: ${e.message}`);
      if (outcome.applied) console.log("Genomfört: alla rader är sparade.");
      else if (values.apply) console.log("Inget ändrades.");
      if (outcome.userErrors.length && outcome.plan && !outcome.plan.problems.length) for (const e of outcome.userErrors) console.log(`Fel: ${e.message}`);
      return outcome.userErrors.length ? 1 : 0;
    }
    const what = values.what as ExportKind;
    if (!EXPORT_KINDS.includes(what)) throw new UsageError(`export behöver --what ${EXPORT_KINDS.join("|")}.`);
    const asOf = values["as-of"] ?? ctx.today;
    if (!isLocalDate(asOf)) throw new UsageError("--as-of ska vara ett datum ÅÅÅÅ-MM-DD, till exempel 2026-06-15.");
    const format = formatOf("", values.format ?? (values.out ? extname(values.out).slice(1) : "xlsx"));
    const csvForm = csvFormOf(values.csv);
    if (!csvForm) throw new UsageError(`okänd CSV-form ”${values.csv}”: --csv plain ger kommatecken och decimalpunkt; utan --csv blir det semikolon och decimalkomma.`);
    const out = values.out ?? exportFileName(what, municipality?.code ?? null, asOf, format.toLowerCase());
    const table = await exportTable(ctx, { kind: what, municipalityId: municipality?.id ?? null, asOf });
    writeFileSync(out, await writeTable(format, table, csvForm));
    console.log(`Skrev ${table.rows.length} rader till ${out}.`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError || (error instanceof GraphQLError && error.extensions.code === "BAD_USER_INPUT")) {
      console.error(`Fel: ${error.message}`);
      return 2;
    }
    throw error;
  } finally {
    await db.destroy();
  }
}

runCli(main);
