import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSamverkanClient, SamverkanForbiddenError } from "../../client-sdk/src/index";
import { Role } from "../../server/src/access/roles";
import { expectStatements, ok, type TestServer } from "../helpers/server";
import { type Kit, type Municipality, startKit, graphql } from "../kit";
import { buildFixtureMunicipalities, fixture, importFile, snapshotOf } from "./helpers";

/**
 * Importing a municipality's application list (CSV and .xlsx): dry run, refusals, apply, matching and
 * the systemägare, over a municipality this file builds with the test kit as the fixtures expect it
 * (Bengtsfors's systems, people and owners as the files name them).
 */

const csv = (name: string) => fixture(name).toString("utf8");
const xlsx = (name: string) => fixture(name).toString("base64");

const usageRow = async (server: TestServer, code: string, application: string) =>
  (
    await server.db.query(
      `SELECT a.name AS name, u.user_count AS users, u.external_key AS key, u.lifecycle_phase AS phase, u.annual_cost_sek AS cost FROM application_usage u JOIN application a ON a.id = u.application_id JOIN municipality m ON m.id = u.municipality_id WHERE m.code = '${code}'`,
    )
  ).find((row: { name: string }) => row.name === application);

describe("importing a municipality's application list", () => {
  let kit: Kit;
  let server: TestServer;
  /** Bengtsfors, as the fixtures know it; Dals-Ed beside it. */
  let b: Municipality;
  let d: Municipality;
  beforeAll(async () => {
    kit = await startKit();
    server = kit.server;
    ({ bengtsfors: b, dalsEd: d } = await buildFixtureMunicipalities(kit));
  });
  afterAll(async () => kit.close());
  /** Imports into Bengtsfors unless the input names another municipality. */
  const run = (input: Parameters<typeof importFile>[1], token?: string) => importFile(server, { municipality: b.code, ...input }, token);

  it("dry-runs a CSV file: per row the action, the match and the changes, and changes nothing", async () => {
    const before = await snapshotOf(server);
    const { payload } = await run({ fileName: "bengtsfors-applications.csv", format: "CSV", content: csv("bengtsfors-applications.csv") });
    expect(payload!.userErrors).toEqual([]);
    const plan = payload!.plan;
    expect(plan).toMatchObject({ applied: false, createCount: 1, updateCount: 3, unchangedCount: 0, problems: [] });
    const rows = Object.fromEntries(plan!.rows.map((r: any) => [r.row, r]));
    // Matched by name and vendor, whatever the case and accents ("raindance"/"cgi", "CICERÓN"/"FORMPIPE").
    expect(rows[2]).toMatchObject({ product: "raindance", action: "UPDATE", match: "NAME_AND_VENDOR", changes: [{ column: "Extern nyckel", before: null, after: "BF-001" }] });
    expect(rows[3].changes).toEqual([
      { column: "Extern nyckel", before: null, after: "BF-002" },
      { column: "Antal användare", before: "90", after: "95" },
    ]);
    expect(rows[4]).toMatchObject({ match: "NAME_AND_VENDOR", action: "UPDATE" });
    expect(rows[4].changes.map((c: any) => c.column)).toEqual(["Extern nyckel"]);
    expect(rows[5]).toMatchObject({ product: "Tempus", action: "CREATE", match: "NEW_APPLICATION" });
    expect(rows[5].changes).toEqual(
      expect.arrayContaining([
        { column: "Livscykelfas", before: null, after: "Införande" },
        { column: "Årskostnad (kr)", before: null, after: "55\u00a0000,00\u00a0kr" },
        { column: "Systemägare", before: null, after: "Eva Sandberg" },
      ]),
    );
    expect(await snapshotOf(server)).toEqual(before);
  });

  it("runs a fixed number of SQL statements for a dry run, whatever the number of rows", async () => {
    const header = csv("bengtsfors-applications.csv").split("\n")[0];
    const rowsOf = (n: number) => [header, ...Array.from({ length: n }, (_, i) => `K-${i},Produkt ${i},Leverantör ${i},Övrigt,I drift,2,2,${i},1000,2020-01-01,Karl Öberg`)].join("\n");
    const one = await run({ fileName: "one.csv", format: "CSV", content: rowsOf(1) });
    const many = await run({ fileName: "many.csv", format: "CSV", content: rowsOf(200) });
    expect(one.payload!.plan!.createCount).toBe(1);
    expect(many.payload!.plan!.createCount).toBe(200);
    expectStatements(one.response.statements, 9);
    expectStatements(many.response.statements, 9);
  });

  it("refuses a file with problems as a whole: every problem with its row and column, nothing changed even with apply", async () => {
    const before = await snapshotOf(server);
    const { response, payload } = await run({ fileName: "bengtsfors-rejected.csv", format: "CSV", content: csv("bengtsfors-rejected.csv"), apply: true });
    expect(response.status).toBe(200);
    expect(payload!.plan!.applied).toBe(false);
    expect(payload!.plan!.problems.map((p: any) => `${p.row}:${p.column}:${p.code}`)).toEqual([
      "2:Verksamhetsnytta (1–4):OUT_OF_RANGE",
      "3:Årskostnad (kr):INVALID",
      "4:Kategori:INVALID",
      "4:I drift sedan:DATE_IN_FUTURE",
      "5:Systemägare:NOT_FOUND",
    ]);
    expect(payload!.userErrors.map((e: any) => e.field)).toContainEqual(["input", "content", "5", "Systemägare"]);
    expect(payload!.userErrors[0].message).toMatch(/^Rad 2, Verksamhetsnytta/);
    // Row 6 alone is fine: still nothing is applied.
    expect(payload!.plan!.rows[4]).toMatchObject({ product: "Tempus", action: "CREATE", problems: [] });
    expect(await snapshotOf(server)).toEqual(before);
  });

  it("answers a userError, never a 500, for a garbled file", async () => {
    const garbledXlsx = await run({ fileName: "trasig.xlsx", format: "XLSX", content: Buffer.from("PK\u0003\u0004 not a zip at all").toString("base64") });
    expect(garbledXlsx.response.status).toBe(200);
    expect(garbledXlsx.payload!.plan).toBeNull();
    expect(garbledXlsx.payload!.userErrors).toMatchObject([{ field: ["input", "content"], code: "INVALID" }]);
    const garbledCsv = await run({ fileName: "trasig.csv", format: "CSV", content: 'Produkt,Leverantör\n"Raindance,CGI\n' });
    expect(garbledCsv.response.status).toBe(200);
    expect(garbledCsv.payload!.userErrors).toMatchObject([{ field: ["input", "content"], code: "INVALID" }]);
    const xlsxAsCsv = await run({ fileName: "fel.csv", format: "CSV", content: fixture("bengtsfors-applications.xlsx").toString("latin1") });
    expect(xlsxAsCsv.payload!.userErrors.length).toBeGreaterThan(0);
    // Each says in Swedish what is wrong with the file, never the library's English or its web address.
    expect(garbledXlsx.payload!.userErrors[0].message).toBe(
      "Filen kan inte läsas som Excel (.xlsx): den är inte en .xlsx-fil eller är skadad. Spara den på nytt som Excel-arbetsbok (.xlsx) eller som CSV.",
    );
    const notZip = await run({ fileName: "text.xlsx", format: "XLSX", content: Buffer.from("Produkt,Leverantör\nRaindance,CGI\n").toString("base64") });
    expect(notZip.payload!.userErrors).toMatchObject([{ field: ["input", "content"], code: "INVALID", message: expect.stringMatching(/^Filen kan inte läsas som Excel \(\.xlsx\)/) }]);
    expect(garbledCsv.payload!.userErrors[0].message).toBe('CSV-filen kan inte läsas: ett citattecken (") öppnas men stängs aldrig (rad 2).');
    expect(xlsxAsCsv.payload!.userErrors[0].message).toMatch(/^Filen är inte text och kan inte läsas som CSV/);
    for (const outcome of [garbledXlsx, notZip, garbledCsv, xlsxAsCsv]) {
      expect(outcome.payload!.userErrors[0].message).not.toMatch(/https?:|jszip|zip file|cannot|Error/i);
    }
    const noHeaders = await run({ fileName: "utan-rubriker.csv", format: "CSV", content: "Raindance,CGI,Ekonomi\n" });
    expect(noHeaders.payload!.plan!.problems).toMatchObject([{ row: 1, column: null, code: "REQUIRED" }]);
  });

  it("refuses an editor another municipality's list, dry run included; allows its own", async () => {
    const editor = await server.token(Role.EDITOR, d.code);
    const refused = await run({ fileName: "x.csv", format: "CSV", content: csv("bengtsfors-applications.csv") }, editor);
    expect(refused.response.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(refused.payload ?? null).toBeNull();
    const own = await run({ fileName: "x.csv", format: "CSV", content: "Produkt,Leverantör\nRaindance,CGI\n", municipality: d.code }, editor);
    expect(own.payload!.userErrors).toEqual([]);
    const reader = await server.token(Role.READER, b.code);
    expect((await run({ fileName: "x.csv", format: "CSV", content: "Produkt\nRaindance\n" }, reader)).response.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });

  it("applies an .xlsx file all at once, audited as one import, and matches by external key afterwards", async () => {
    const before = await snapshotOf(server);
    const { payload } = await run({ fileName: "bengtsfors-applications.xlsx", format: "XLSX", content: xlsx("bengtsfors-applications.xlsx"), apply: true });
    expect(payload!.userErrors).toEqual([]);
    expect(payload!.plan).toMatchObject({ applied: true, createCount: 1, updateCount: 3 });
    expect(await usageRow(server, b.code, "Heroma")).toMatchObject({ users: 95, key: "BF-002" });
    expect(await usageRow(server, b.code, "Tempus")).toMatchObject({ users: 30, key: "BF-004", phase: "PHASE_IN", cost: 55000 });
    const after = await snapshotOf(server);
    expect(Number(after.application)).toBe(Number(before.application) + 1);
    expect(Number(after.audit_entry)).toBe(Number(before.audit_entry) + 1);
    expect(after.version).not.toBe(before.version);

    const audit = ok(await server.gql(graphql(`query ImportAuditLog { auditLog(last: 1) { nodes { operation actorName changes { objectType kind fields { field after } } } } }`))).auditLog!.nodes[0];
    expect(audit.operation).toBe("applicationUsagesImport");
    const summary = audit.changes.find((c: any) => c.objectType === "ApplicationUsageImport");
    expect(Object.fromEntries(summary!.fields.map((f: any) => [f.field, f.after]))).toMatchObject({ fileName: "bengtsfors-applications.xlsx", created: 1, updated: 3, unchanged: 0 });

    const owner = ok(
      await server.gql(graphql(`query ImportMunicipality($code: String!) { municipality(code: $code) { applicationUsages { application { name } roles { kind toDate person { name } } } } }`), {
        code: b.code,
      }),
    ).municipality!.applicationUsages.find((u: any) => u.application.name === "Tempus")!.roles;
    expect(owner).toEqual([{ kind: "SYSTEMAGARE", toDate: null, person: { name: "Eva Sandberg" } }]);

    // The same file again: every row unchanged.
    const again = await run({ fileName: "bengtsfors-applications.xlsx", format: "XLSX", content: xlsx("bengtsfors-applications.xlsx") });
    expect(again.payload!.plan).toMatchObject({ createCount: 0, updateCount: 0, unchangedCount: 4 });
    expect(again.payload!.plan!.rows.map((r: any) => r.match)).toEqual(["EXTERNAL_KEY", "EXTERNAL_KEY", "EXTERNAL_KEY", "EXTERNAL_KEY"]);

    // By key, the product written differently still matches; a key on another product is a conflict.
    const keyed = await run({ fileName: "k.csv", format: "CSV", content: "Extern nyckel,Produkt,Leverantör,Antal användare\nBF-002,HERÓMA,cgi,96\nBF-001,Heroma,CGI,1\n" });
    expect(keyed.payload!.plan!.rows[0]).toMatchObject({ match: "EXTERNAL_KEY", action: "UPDATE", changes: [{ column: "Antal användare", before: "95", after: "96" }] });
    expect(keyed.payload!.plan!.rows[1].problems.map((p: any) => p.code)).toContain("CONFLICT");
  });

  it("changes the systemägare: the outgoing one ends yesterday, the new one starts today", async () => {
    const { payload } = await run({ fileName: "agare.csv", format: "CSV", content: "Produkt,Leverantör,Systemägare\nCiceron,Formpipe,bo.karlsson@bengtsfors.example\n", apply: true });
    expect(payload!.userErrors).toEqual([]);
    expect(payload!.plan!.rows[0].changes).toEqual([{ column: "Systemägare", before: "Karl Öberg", after: "Bo Karlsson" }]);
    const roles = ok(
      await server.gql(
        graphql(
          `query ImportMunicipality2($code: String!) { municipality(code: $code) { applicationUsages { application { name } roles(includeEnded: true) { kind fromDate toDate person { name } } } } }`,
        ),
        {
          code: b.code,
        },
      ),
    )
      .municipality!.applicationUsages.find((u: any) => u.application.name === "Ciceron")!
      .roles.filter((r: any) => r.kind === "SYSTEMAGARE");
    expect(roles).toEqual(
      expect.arrayContaining([
        { kind: "SYSTEMAGARE", fromDate: "2015-01-01", toDate: "2026-06-14", person: { name: "Karl Öberg" } },
        { kind: "SYSTEMAGARE", fromDate: "2026-06-15", toDate: null, person: { name: "Bo Karlsson" } },
      ]),
    );
  });

  it("is in the client SDK: a typed dry run, and the forbidden error for another municipality", async () => {
    const client = createSamverkanClient({ url: server.url, token: await server.token(Role.EDITOR, b.code) });
    const result = await client.applicationUsagesImport({ municipality: b.code, fileName: "sdk.csv", format: "CSV", content: "Produkt,Leverantör,Antal användare\nGeosecma,Sokigo,13\n" });
    expect(result.userErrors).toEqual([]);
    expect(result.plan?.rows).toMatchObject([{ action: "UPDATE", match: "NAME_AND_VENDOR", changes: [{ column: "Antal användare", before: "12", after: "13" }] }]);
    await expect(client.applicationUsagesImport({ municipality: d.code, fileName: "sdk.csv", format: "CSV", content: "Produkt\nGeosecma\n" })).rejects.toBeInstanceOf(SamverkanForbiddenError);
  });
});
