import "reflect-metadata";
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { GraphQLError } from "graphql";
import { csvFormOf } from "../common/csv";
import { Role } from "../access/roles";
import { readConfig } from "../config";
import { openDatabase } from "../app/database";
import { createContext } from "../core/context";
import { CollaborationBody } from "../municipalities/entities";
import { renderReportCsv } from "../reports/render-csv";
import { renderReportHtml } from "../reports/render-html";
import { renderReportJson } from "../reports/render-json";
import { renderReportMarkdown } from "../reports/render-md";
import { Evaluations } from "../evaluations/registry";
import { annualReport, findIssue } from "../reports/service";
import { runCli } from "./run";

const USAGE = `Usage:
  npm run report -- --year YEAR [--body ID|SHORTNAME] --format html|md|json|csv [--csv plain] [--out FILE]
Builds the annual collaboration report (årlig samverkansrapport) from the facts as they stood in YEAR.
CSV is written as a Swedish Excel opens it (semicolons, decimal comma); --csv plain writes commas and a decimal point.
HTML of an issued year is the issued version, byte for byte; otherwise a draft marked UTKAST.
Without --out the report goes to standard output. The database is DATABASE_URL (default ./data/samverkan.db).

Användning:
  npm run report -- --year ÅR [--body ID|KORTNAMN] --format html|md|json|csv [--csv plain] [--out FIL]
Bygger den årliga samverkansrapporten utifrån fakta som de var under ÅR.
CSV skrivs så som ett svenskt Excel öppnar den (semikolon, decimalkomma); --csv plain ger kommatecken och decimalpunkt.
HTML för ett utfärdat år är den utfärdade versionen, byte för byte; annars ett utkast märkt UTKAST.
Utan --out skrivs rapporten till standardutmatningen. Databasen är DATABASE_URL (standard ./data/samverkan.db).`;

const FORMATS = ["html", "md", "json", "csv"] as const;

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      year: { type: "string" },
      body: { type: "string" },
      format: { type: "string", default: "html" },
      csv: { type: "string" },
      out: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const format = values.format as (typeof FORMATS)[number];
  const csvForm = csvFormOf(values.csv);
  const problem = !values.year
    ? "ange året med --year ÅÅÅÅ."
    : !/^\d{4}$/.test(values.year)
      ? `--year ska vara ett årtal med fyra siffror, inte ”${values.year}”.`
      : !FORMATS.includes(format)
        ? `okänt format ”${values.format}”: välj ${FORMATS.join(", ")}.`
        : !csvForm
          ? `okänd CSV-form ”${values.csv}”: --csv plain ger kommatecken och decimalpunkt.`
          : null;
  if (problem) {
    console.error(`Fel: ${problem}\n\n${USAGE}`);
    return 2;
  }
  const year = Number(values.year);
  const db = await openDatabase({ url: readConfig().databaseUrl });
  try {
    let bodyId: string | null = null;
    if (values.body) {
      const bodies = await db.getRepository(CollaborationBody).find();
      const body = bodies.find((b) => b.shortName === values.body || b.globalId === values.body);
      if (!body) {
        console.error(`Fel: inget samverkansorgan heter ”${values.body}”.`);
        return 1;
      }
      bodyId = body.globalId;
    }
    // The command line speaks for the database's owner: it reads everything, as an admin token would.
    const ctx = createContext(db, { tokenId: 0, tokenName: "npm run report", role: Role.ADMIN, municipalityId: null }, new Date(), new Evaluations(db));
    const issued = format === "html" ? await findIssue(db, year, bodyId) : null;
    const report = issued ? null : await annualReport(ctx, year, bodyId);
    const text = issued
      ? issued.html
      : format === "html"
        ? renderReportHtml(report!, { issuedOn: null })
        : format === "md"
          ? renderReportMarkdown(report!, { issuedOn: null })
          : format === "json"
            ? renderReportJson(report!)
            : renderReportCsv(report!, csvForm);
    if (values.out) {
      writeFileSync(values.out, text);
      console.error(`Skrev ${values.out} (${issued ? `utfärdad ${issued.issuedOn}, sha256 ${issued.sha256}` : "utkast"}).`);
    } else {
      process.stdout.write(text);
    }
    return 0;
  } catch (error) {
    if (error instanceof GraphQLError && error.extensions.code === "BAD_USER_INPUT") {
      console.error(`Fel: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await db.destroy();
  }
}

runCli(main);
