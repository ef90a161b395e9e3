import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/src/access/roles";
import { ok } from "../helpers/server";
import { type Kit, type Municipality, startKit, graphql } from "../kit";
import { getPage, originOf, signIn } from "../pages/helpers";
import { importFile, snapshotOf } from "./helpers";

/**
 * Spreadsheet downloads (CSV and .xlsx) of a municipality's usages, the board, agreements and
 * competence risk, over data this file builds with the test kit.
 */
let kit: Kit;
/** Bengtby runs three systems (one owned by Karl Öberg), takes part in a collaboration and has an agreement. */
let b: Municipality;
beforeAll(async () => {
  kit = await startKit();
  b = await kit.municipality({ name: "Bengtby" });
  const d = await kit.municipality({ name: "Dalby" });
  const raindance = await kit.application({ name: "Raindance", category: "FINANCE", vendor: "CGI" });
  const heroma = await kit.application({ name: "Heroma", category: "PAYROLL_HR", vendor: "CGI" });
  const ciceron = await kit.application({ name: "Ciceron", category: "RECORDS", vendor: "Formpipe" });
  await kit.usage({ municipality: b, application: raindance, since: "2006-01-01", users: 140, annualCostSek: 420_000 });
  await kit.usage({ municipality: b, application: heroma, since: "2008-09-01", users: 600, annualCostSek: 300_000 });
  const records = await kit.usage({ municipality: b, application: ciceron, since: "2010-01-01", users: 80, functionalFit: 2 });
  await kit.role({ kind: "SYSTEMAGARE", person: await kit.person({ municipality: b, name: "Karl Öberg" }), usage: records, from: "2012-01-01" });
  await kit.usage({ municipality: d, application: raindance, since: "2006-01-01" });
  const finance = await kit.collaboration({ name: "Gemensamt ekonomisystem", level: 4, participants: [b, d], application: raindance, startedOn: "2006-01-01" });
  await kit.agreement({ kind: "SAMVERKANSAVTAL", name: "Samverkansavtal ekonomisystem", parties: [b, d], collaborations: [finance], starts: "2020-01-01", ends: "2027-12-31" });
  await kit.agreement({ name: "Leverantörsavtal Raindance", parties: [b, d], starts: "2021-01-01", ends: "2026-12-31", more: { applicationIds: [raindance.id], annualCostSek: 120_000 } });
});
afterAll(async () => kit.close());

function download(path: string, auth: { token?: string | null; cookie?: string } = {}) {
  const headers: Record<string, string> = {};
  const token = auth.token === undefined ? kit.server.adminToken : auth.token;
  if (token && !auth.cookie) headers.authorization = `Bearer ${token}`;
  if (auth.cookie) headers.cookie = auth.cookie;
  return fetch(`${originOf(kit.server)}${path}`, { headers });
}

async function workbookOf(response: Response): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await response.arrayBuffer()) as ExcelJS.Buffer);
  return workbook.worksheets[0];
}

const usageCount = async (code: string) =>
  ok(await kit.server.gql(graphql(`query ExportMunicipality($code: String!) { municipality(code: $code) { applicationUsages { id } } }`), { code })).municipality!.applicationUsages.length;

describe("spreadsheet downloads", () => {
  it("exports a municipality's usages as CSV a Swedish Excel opens in columns (semicolons, decimal comma, byte-order mark): Swedish headers, ISO dates, kronor with two decimals; it re-imports unchanged", async () => {
    const response = await download(`/export/usages.csv?municipality=${b.code}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="anvandningar-${b.code}-2026-06-15.csv"`);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString("utf8");
    expect(text.split("\r\n")[0]).toContain(";Produkt;Leverantör;");
    const records: string[][] = parse(text, { bom: true, delimiter: ";" });
    expect(records[0]).toEqual([
      "Extern nyckel",
      "Produkt",
      "Leverantör",
      "Kategori",
      "Livscykelfas",
      "Funktionell passform (1–4)",
      "Teknisk passform (1–4)",
      "Antal användare",
      "Årskostnad (kr)",
      "I drift sedan",
      "Systemägare",
    ]);
    expect(records.slice(1).find((r) => r[1] === "Raindance")).toEqual(["", "Raindance", "CGI", "Ekonomi", "I drift", "3", "3", "140", "420000,00", "2006-01-01", ""]);
    expect(records.slice(1).find((r) => r[1] === "Ciceron")?.[10]).toBe("Karl Öberg");
    expect(records.length - 1).toBe(await usageCount(b.code));

    const before = await snapshotOf(kit.server);
    const { payload } = await importFile(kit.server, { municipality: b.code, fileName: `anvandningar-${b.code}.csv`, format: "CSV", content: text, apply: true });
    expect(payload!.userErrors).toEqual([]);
    expect(payload!.plan).toMatchObject({ createCount: 0, updateCount: 0, unchangedCount: records.length - 1 });
    // Nothing to change: no row, version or audit entry written.
    const after = await snapshotOf(kit.server);
    expect({ ...after, version: null, audit_entry: null }).toEqual({ ...before, version: null, audit_entry: null });
  });

  it("exports usages as .xlsx with real dates and kronor as numbers; it re-imports unchanged", async () => {
    const response = await download(`/export/usages.xlsx?municipality=${b.code}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="anvandningar-${b.code}-2026-06-15.xlsx"`);
    const bytes = Buffer.from(await response.clone().arrayBuffer());
    const sheet = await workbookOf(response);
    expect(sheet.getRow(1).getCell(2).value).toBe("Produkt");
    const raindance = sheet.getRows(2, sheet.rowCount - 1)!.find((row) => row.getCell(2).value === "Raindance")!;
    expect(raindance.getCell(9).value).toBe(420000);
    expect(raindance.getCell(9).numFmt).toBe("#,##0.00");
    expect(raindance.getCell(10).value).toEqual(new Date("2006-01-01T00:00:00Z"));

    const { payload } = await importFile(kit.server, { municipality: b.code, fileName: `anvandningar-${b.code}.xlsx`, format: "XLSX", content: bytes.toString("base64") });
    expect(payload!.userErrors).toEqual([]);
    expect(payload!.plan).toMatchObject({ createCount: 0, updateCount: 0, unchangedCount: sheet.rowCount - 1 });
  });

  it("reads the facts on asOf through the one reader", async () => {
    const today: string[][] = parse(await (await download(`/export/usages.csv?municipality=${b.code}`)).text(), { bom: true, delimiter: ";" });
    const early: string[][] = parse(await (await download(`/export/usages.csv?municipality=${b.code}&asOf=2006-06-01`)).text(), { bom: true, delimiter: ";" });
    expect(early.length).toBeLessThan(today.length);
    expect(early.map((r) => r[1])).toContain("Raindance");
    expect(early.map((r) => r[1])).not.toContain("Heroma");
  });

  it("exports the board, agreements with deadlines and competence risk, as CSV and .xlsx", async () => {
    const board: string[][] = parse(await (await download("/export/board.csv")).text(), { bom: true, delimiter: ";" });
    expect(board[0].slice(0, 3)).toEqual(["Samverkan", "Applikation", "Nivå"]);
    expect(board[0].slice(9, 11)).toEqual(["Nästa tidsgräns", "Tidsgränsen avser"]);
    expect(board.map((r) => r[0])).toContain("Gemensamt ekonomisystem");
    const boardTotal = ok(await kit.server.gql(graphql(`query ExportStatusBoard { statusBoard(first: 1) { totalCount } }`))).statusBoard!.totalCount;
    expect(board.length - 1).toBe(boardTotal);

    const agreements = await workbookOf(await download(`/export/agreements.xlsx?municipality=${b.code}`));
    const headers = (agreements.getRow(1).values as unknown[]).slice(1);
    expect(headers).toEqual(expect.arrayContaining(["Avtal", "Beslutsdatum", "Sista dag för uppsägning", "Status", "Årskostnad (kr)"]));
    const decision = agreements.getRow(2).getCell(headers.indexOf("Beslutsdatum") + 1).value;
    expect(decision).toBeInstanceOf(Date);
    const first = ok(await kit.server.gql(graphql(`query ExportAgreements($m: ID) { agreements(first: 100, municipality: $m) { nodes { name schedule { decisionDeadline } } } }`), { m: b.code }))
      .agreements!.nodes;
    const named = first.find((a: any) => a.name === agreements.getRow(2).getCell(1).value);
    expect((decision as Date).toISOString().slice(0, 10)).toBe(named!.schedule.decisionDeadline);

    const risk: string[][] = parse(await (await download("/export/competence-risk.csv")).text(), { bom: true, delimiter: ";" });
    expect(risk[0].slice(0, 5)).toEqual(["Objekt", "Typ", "Kommuner", "Poäng", "Risknivå"]);
    expect(risk.length).toBeGreaterThan(1);
    expect(["Låg", "Medel", "Hög"]).toContain(risk[1][4]);
  });

  it("writes the plain form on request (?csv=plain): commas, a decimal point, no byte-order mark; it re-imports unchanged", async () => {
    const response = await download(`/export/usages.csv?municipality=${b.code}&csv=plain`);
    expect(response.status).toBe(200);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes[0]).not.toBe(0xef);
    const text = bytes.toString("utf8");
    expect(text.split("\r\n")[0]).toContain(",Produkt,Leverantör,");
    const records: string[][] = parse(text);
    expect(records.slice(1).find((r) => r[1] === "Raindance")?.[8]).toBe("420000.00");
    const { payload } = await importFile(kit.server, { municipality: b.code, fileName: `anvandningar-${b.code}.csv`, format: "CSV", content: text });
    expect(payload!.userErrors).toEqual([]);
    expect(payload!.plan).toMatchObject({ createCount: 0, updateCount: 0, unchangedCount: records.length - 1 });
    const agreements: string[][] = parse(await (await download("/export/agreements.csv?csv=plain")).text());
    const cost = agreements[0].indexOf("Årskostnad (kr)");
    expect(agreements.slice(1).some((r) => /^\d+\.\d{2}$/.test(r[cost]))).toBe(true);
    const swedish: string[][] = parse(await (await download("/export/agreements.csv")).text(), { bom: true, delimiter: ";" });
    expect(swedish.slice(1).some((r) => /^\d+,\d{2}$/.test(r[cost]))).toBe(true);
  });

  it("accepts a signed-in page session, and the status page links to the downloads", async () => {
    const editor = await kit.server.token(Role.EDITOR, b.code);
    const cookie = await signIn(kit.server, editor);
    const page = await (await getPage(kit.server, "/", { cookie })).text();
    expect(page).toContain('href="/export/board.xlsx?asOf=2026-06-15"');
    const usages = /href="(\/export\/usages\.csv[^"]*)"/.exec(page)![1].replaceAll("&amp;", "&");
    const response = await download(usages, { cookie });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toContain(`anvandningar-${b.code}-2026-06-15.csv`);
  });

  it("answers 4xx with a Swedish text, never 500, to a wrong request", async () => {
    const refused = async (path: string, status: number, text: RegExp, auth?: { token?: string | null }) => {
      const response = await download(path, auth);
      expect(response.status).toBe(status);
      expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
      expect(await response.text()).toMatch(text);
    };
    await refused(`/export/usages.csv?municipality=${b.code}`, 401, /^Inloggning krävs/, { token: null });
    await refused(`/export/usages.csv?municipality=${b.code}`, 401, /^Inloggning krävs/, { token: "not-a-token" });
    await refused("/export/nothing.csv", 404, /^Okänd export/);
    await refused("/export/board.pdf", 404, /^Okänd export/);
    await refused("/export/board.csv?asOf=2026-13-45", 400, /^Ange asOf som ÅÅÅÅ-MM-DD/);
    await refused("/export/usages.csv", 400, /^Exporten av en kommuns system behöver en kommun/);
    await refused("/export/usages.csv?municipality=9999", 400, /^Ingen kommun har koden eller ID:t ”9999”/);
    await refused("/export/usages.csv?municipality=xyz", 400, /^Ingen kommun har koden eller ID:t ”xyz”/);
    await refused("/export/board.csv?csv=tab", 400, /^Okänd CSV-form: ange csv=plain/);
  });
});
