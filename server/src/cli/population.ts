import "reflect-metadata";
import { existsSync, readFileSync } from "node:fs";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { Role } from "../access/roles";
import { readConfig } from "../config";
import { openDatabase } from "../app/database";
import { Evaluations } from "../evaluations/registry";
import { createContext } from "../core/context";
import { type PopulationImportAction, type PopulationImportPlan, planCounts } from "../municipalities/population-import";
import { importPopulations } from "../municipalities/population-import-resolver";
import { runCli } from "./run";

const USAGE = `Usage:
  npm run import-population -- FILE [--apply]
      reads SCB's CSV export of table BE0101 (folkmängd per kommun och år; comma or semicolon) and
      prints what would change (a dry run); --apply writes it, all or nothing. Exit code 1 when the
      file has problems (then nothing changes), 2 on a usage error.
The database is DATABASE_URL (default ./data/samverkan.db). Changes are audited as made by "cli".

Användning:
  npm run import-population -- FIL [--apply]
      läser SCB:s CSV-export av tabell BE0101 (folkmängd per kommun och år; komma eller semikolon) och
      skriver ut vad som skulle ändras (en provkörning); --apply sparar det, allt eller inget. Slutkod 1
      när filen har fel (då ändras inget), 2 vid fel i argumenten.
Databasen är DATABASE_URL (standard ./data/samverkan.db). Ändringar loggas som gjorda av "cli".`;

const ACTION_TEXT: Record<PopulationImportAction, string> = { NEW: "NY", CHANGED: "ÄNDRAS", UNCHANGED: "OFÖRÄNDRAD" };

const number = (n: number) => n.toLocaleString("sv-SE").replace(/\u00a0/g, " ");

/** The plan in plain Swedish: the figures that change, then the totals and what was skipped. */
export function describePopulationPlan(plan: PopulationImportPlan): string[] {
  const lines = plan.rows
    .filter((r) => r.action !== "UNCHANGED")
    .map((r) => `${r.code} ${r.name}\t${r.year}\t${ACTION_TEXT[r.action]}\t${r.before === null ? "–" : number(r.before)} → ${number(r.after)}`);
  if (plan.problems.length) lines.push("Fel:", ...plan.problems.map((p) => `  ${p.line ? `rad ${p.line}${p.column ? `, ${p.column}` : ""}: ` : ""}${p.message}`));
  if (plan.skippedRegions.length) lines.push(`Hoppar över ${plan.skippedRegions.length} regioner som inte är kommuner (riket, län).`);
  if (plan.notInDatabase.length) lines.push(`Hoppar över ${plan.notInDatabase.length} kommuner som inte finns i databasen.`);
  const counts = planCounts(plan);
  lines.push(`Summa: ${counts.NEW} nya, ${counts.CHANGED} ändras, ${counts.UNCHANGED} oförändrade, ${plan.problems.length} fel.`);
  return lines;
}

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({ args: argv, allowPositionals: true, options: { apply: { type: "boolean", default: false }, help: { type: "boolean", short: "h" } } });
  const file = positionals[0];
  if (values.help || !file || positionals.length > 1) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  if (!existsSync(file)) {
    console.error(`Fel: filen ${file} finns inte.`);
    return 2;
  }
  const db = await openDatabase({ url: readConfig().databaseUrl });
  // The CLI is run by whoever operates the server: it acts as an admin, audited as "cli".
  const ctx = createContext(db, { tokenId: 0, tokenName: "cli", role: Role.ADMIN, municipalityId: null }, new Date(), new Evaluations(db));
  try {
    const outcome = await importPopulations(ctx, { fileName: basename(file), content: readFileSync(file), apply: values.apply });
    console.log(`${basename(file)}: ${values.apply ? "import" : "provkörning: inget ändras (lägg till --apply för att genomföra)"}`);
    console.log(describePopulationPlan(outcome.plan).join("\n"));
    if (outcome.applied) console.log("Genomfört: alla nya och ändrade siffror är sparade.");
    else if (values.apply) console.log("Inget ändrades.");
    return outcome.userErrors.length ? 1 : 0;
  } finally {
    await db.destroy();
  }
}

runCli(main);
