import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { TestServer } from "../helpers/server";
import type { Kit, Municipality } from "../kit";
import { graphql } from "../kit";

export const fixture = (name: string) => readFileSync(join(__dirname, "..", "fixtures", "spreadsheets", name));

export const IMPORT = graphql(`mutation HelpersApplicationUsagesImport($input: ApplicationUsagesImportInput!) {
  applicationUsagesImport(input: $input) {
    userErrors { field message code }
    plan {
      applied createCount updateCount unchangedCount
      problems { row column message code }
      rows { row product vendor externalKey action match changes { column before after } problems { row column code } }
    }
  }
}`);

export async function importFile(server: TestServer, input: { fileName: string; format: "CSV" | "XLSX"; content: string; apply?: boolean; municipality?: string }, token?: string) {
  const response = await server.gql(IMPORT, { input: { municipality: "1460", apply: false, ...input } }, { token });
  return { response, payload: response.data?.applicationUsagesImport };
}

/** Everything an import may change, as one comparable value. */
export async function snapshotOf(server: TestServer) {
  const tables = ["application", "application_usage", "role_assignment", "fact_version", "audit_entry", "data_version"];
  const counts: Record<string, unknown> = {};
  for (const table of tables) counts[table] = (await server.db.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n;
  counts.version = (await server.db.query("SELECT version FROM data_version"))[0].version;
  return counts;
}

/**
 * Bengtsfors as the spreadsheet fixtures know it, built with the test kit: its Raindance, Heroma,
 * Ciceron (owned by Karl Öberg) and Geosecma usages, and the people the files name by e-mail; Dals-Ed
 * beside it with a Raindance usage.
 */
export async function buildFixtureMunicipalities(kit: Kit): Promise<{ bengtsfors: Municipality; dalsEd: Municipality }> {
  const bengtsfors = await kit.municipality({ name: "Bengtsfors" });
  const dalsEd = await kit.municipality({ name: "Dals-Ed" });
  const app = (name: string, vendor: string, category: "FINANCE" | "PAYROLL_HR" | "RECORDS" | "GIS") => kit.application({ name, vendor, category });
  const raindance = await app("Raindance", "CGI", "FINANCE");
  await kit.usage({ municipality: bengtsfors, application: raindance, since: "2006-01-01", users: 140, annualCostSek: 420_000 });
  await kit.usage({ municipality: bengtsfors, application: await app("Heroma", "CGI", "PAYROLL_HR"), since: "2009-10-01", users: 90, annualCostSek: 380_000 });
  const ciceron = await kit.usage({ municipality: bengtsfors, application: await app("Ciceron", "Formpipe", "RECORDS"), since: "2008-04-01", users: 45, annualCostSek: 110_000 });
  await kit.usage({ municipality: bengtsfors, application: await app("Geosecma", "Sokigo", "GIS"), since: "2010-01-01", users: 12 });
  await kit.usage({ municipality: dalsEd, application: raindance, since: "2006-01-01" });
  await kit.role({ kind: "SYSTEMAGARE", person: await kit.person({ municipality: bengtsfors, name: "Karl Öberg" }), usage: ciceron, from: "2015-01-01" });
  await kit.person({ municipality: bengtsfors, name: "Eva Sandberg", email: "eva.sandberg@bengtsfors.example" });
  await kit.person({ municipality: bengtsfors, name: "Bo Karlsson", email: "bo.karlsson@bengtsfors.example" });
  return { bengtsfors, dalsEd };
}
