import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { TestServer } from "../helpers/server";

export const fixture = (name: string) => readFileSync(join(__dirname, "..", "fixtures", "spreadsheets", name));

export const IMPORT = `mutation($input: ApplicationUsagesImportInput!) {
  applicationUsagesImport(input: $input) {
    userErrors { field message code }
    plan {
      applied createCount updateCount unchangedCount
      problems { row column message code }
      rows { row product vendor externalKey action match changes { column before after } problems { row column code } }
    }
  }
}`;

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
