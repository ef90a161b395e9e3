import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { DataSource } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/src/access/roles";
import { decodeScbFile, parseScbPopulation } from "../../server/src/municipalities/scb-population";
import { buildInto, removeBuild, root, startCompiled } from "../helpers/compiled";
import { freshDatabase } from "../helpers/database";
import { ok } from "../helpers/server";
import { type Kit, type Municipality, startKit, graphql } from "../kit";

/**
 * Populations from SCB's export of table BE0101: the file format, the mutation's dry run, apply and
 * refusals, and the CLIs. The fixtures are real exports naming seven municipalities of Dalsland and
 * Värmland; the tests build those seven (real codes and names, their 2024 figures) with the test kit.
 */

/** The seven municipalities the fixtures name, with their 2024 populations. */
const FIXTURE_MUNICIPALITIES: [code: string, name: string, population2024: number][] = [
  ["1460", "Bengtsfors", 9076],
  ["1438", "Dals-Ed", 4606],
  ["1439", "Färgelanda", 6376],
  ["1461", "Mellerud", 9052],
  ["1492", "Åmål", 11906],
  ["1765", "Årjäng", 9825],
  ["1785", "Säffle", 14899],
];

/** A kit with the fixtures' seven municipalities, by code. */
async function startWithFixtureMunicipalities(): Promise<{ kit: Kit; byCode: Record<string, Municipality> }> {
  const kit = await startKit();
  const byCode: Record<string, Municipality> = {};
  for (const [code, name, population] of FIXTURE_MUNICIPALITIES) byCode[code] = await kit.municipality({ code, name, county: "Testlän", populations: [{ year: 2024, population }] });
  return { kit, byCode };
}

const fixtures = join(root, "test", "fixtures", "population");
const fixture = (name: string) => readFileSync(join(fixtures, name));
const YEARS = { min: 1968, max: 2026 };

describe("reading SCB's BE0101 CSV (pure)", () => {
  it("reads the comma form with its title line, skipping the country, counties and '..'", () => {
    const file = parseScbPopulation(decodeScbFile(fixture("be0101-comma.csv")), YEARS);
    expect(file.problems).toEqual([]);
    expect(file.skippedRegions).toEqual(["00 Riket", "14 Västra Götalands län"]);
    expect(file.figures).toHaveLength(15);
    expect(file.figures[0]).toEqual({ line: 6, code: "1460", name: "Bengtsfors", year: 2024, population: 9076 });
    expect(file.figures.filter((f) => f.code === "1737")).toEqual([{ line: 13, code: "1737", name: "Torsby", year: 2025, population: 11278 }]);
  });

  it("reads the semicolon form in Windows-1252, headed 'Folkmängd 2025', with grouped digits and footnotes", () => {
    const content = fixture("be0101-semicolon.csv");
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(content)).toThrow();
    const file = parseScbPopulation(decodeScbFile(content), YEARS);
    expect(file.problems).toEqual([]);
    expect(file.figures.map((f) => [f.code, f.name, f.year, f.population])).toEqual([
      ["1460", "Bengtsfors", 2025, 8955],
      ["1438", "Dals-Ed", 2025, 4571],
      ["1439", "Färgelanda", 2025, 6288],
      ["1461", "Mellerud", 2025, 9038],
      ["1492", "Åmål", 2025, 11679],
      ["1765", "Årjäng", 2025, 9734],
      ["1785", "Säffle", 2025, 14756],
    ]);
  });

  it("reads one row per region and year too", () => {
    const file = parseScbPopulation('region;år;Folkmängd\n"1460 Bengtsfors";2024;9076\n"1460 Bengtsfors";2025;8955\n', YEARS);
    expect(file.problems).toEqual([]);
    expect(file.figures.map((f) => [f.year, f.population])).toEqual([
      [2024, 9076],
      [2025, 8955],
    ]);
  });

  it("names every problem in Swedish: no header, a column that is no year, a year out of range, a malformed number, a twice-given figure", () => {
    expect(parseScbPopulation("kod,antal\n1460,9076\n", YEARS).problems[0].message).toContain('ingen rubrikrad som börjar med "region"');
    expect(parseScbPopulation('"region","kön","2025"\n"1460 Bengtsfors","totalt",8955\n', YEARS).problems).toEqual([
      expect.objectContaining({ line: 1, column: "kön", kind: "FORMAT", message: expect.stringContaining("är inte ett år") }),
    ]);
    const refused = parseScbPopulation(decodeScbFile(fixture("be0101-refused.csv")), YEARS);
    expect(refused.problems.map((p) => [p.line, p.column, p.kind])).toEqual([
      [3, "2031", "YEAR"],
      [6, "2025", "NUMBER"],
    ]);
    expect(refused.problems[0].message).toBe("Året 2031 ligger utanför 1968–2026.");
    const twice = parseScbPopulation('"region","2025"\n"1460 Bengtsfors",8955\n"1460 Bengtsfors",8956\n', YEARS);
    expect(twice.problems).toEqual([expect.objectContaining({ line: 3, message: expect.stringContaining("två gånger") })]);
  });
});

const IMPORT = graphql(`mutation PopulationImportMunicipalityPopulationsImport($input: MunicipalityPopulationsImportInput!) { municipalityPopulationsImport(input: $input) {
  plan { applied newCount changedCount unchangedCount skippedRegions notInDatabase problems { line column code message } rows { code name year before after action } }
  userErrors { field code message } } }`);

describe("municipalityPopulationsImport", () => {
  let kit: Kit;
  let byCode: Record<string, Municipality>;
  beforeAll(async () => ({ kit, byCode } = await startWithFixtureMunicipalities()));
  afterAll(async () => kit.close());

  const populations = async (code: string) =>
    ok(await kit.server.gql(graphql(`query PopulationImportMunicipality($code: String!) { municipality(code: $code) { populations { year population } } }`), { code })).municipality!.populations;
  const counts = async () => ({
    figures: Number((await kit.server.db.query("SELECT COUNT(*) AS n FROM municipality_population"))[0].n),
    audit: Number((await kit.server.db.query("SELECT COUNT(*) AS n FROM audit_entry"))[0].n),
  });
  const run = async (name: string, apply?: boolean) =>
    ok(await kit.server.gql(IMPORT, { input: { fileName: name, content: decodeScbFile(fixture(name)), ...(apply === undefined ? {} : { apply }) } })).municipalityPopulationsImport;

  it("a dry run (the default) shows what would change and changes nothing", async () => {
    const before = await counts();
    const result = await run("be0101-comma.csv");
    expect(result!.userErrors).toEqual([]);
    expect(result!.plan).toMatchObject({ applied: false, newCount: 7, changedCount: 0, unchangedCount: 7, skippedRegions: ["00 Riket", "14 Västra Götalands län"], notInDatabase: ["1737"] });
    expect(result!.plan.rows.slice(0, 2)).toEqual([
      { code: "1438", name: "Dals-Ed", year: 2024, before: 4606, after: 4606, action: "UNCHANGED" },
      { code: "1438", name: "Dals-Ed", year: 2025, before: null, after: 4571, action: "NEW" },
    ]);
    expect(await counts()).toEqual(before);
  });

  it("apply writes the new figures in one audited change, and the same file again changes nothing", async () => {
    const before = await counts();
    const result = await run("be0101-comma.csv", true);
    expect(result!.plan.applied).toBe(true);
    expect(await counts()).toEqual({ figures: before.figures + 7, audit: before.audit + 1 });
    expect(await populations("1460")).toEqual([
      { year: 2024, population: 9076 },
      { year: 2025, population: 8955 },
    ]);
    const id = byCode["1460"].id;
    const entry = ok(
      await kit.server.gql(
        graphql(
          `query PopulationImportAuditLog($id: ID!) { auditLog(objectId: $id, operation: "municipalityPopulationsImport", first: 1) { nodes { operation actorName changes { objectId fields { field before after } } } } }`,
        ),
        { id },
      ),
    ).auditLog!.nodes[0];
    expect(entry.operation).toBe("municipalityPopulationsImport");
    expect(entry.changes).toHaveLength(7);
    expect(entry.changes.find((c: any) => c.objectId === id)!.fields).toEqual(
      expect.arrayContaining([
        { field: "population2025", before: null, after: 8955 },
        { field: "source", before: null, after: "be0101-comma.csv" },
      ]),
    );
    const again = await run("be0101-comma.csv", true);
    expect(again!.plan).toMatchObject({ applied: true, newCount: 0, changedCount: 0, unchangedCount: 14 });
    expect(await counts()).toEqual({ figures: before.figures + 7, audit: before.audit + 1 });
  });

  it("the semicolon form replaces a figure that differs", async () => {
    const id = byCode["1492"].id;
    ok(
      await kit.server.gql(
        graphql(`mutation PopulationImportMunicipalityPopulationSet($id: ID!) { municipalityPopulationSet(input: { municipalityId: $id, year: 2025, population: 11000 }) { userErrors { code } } }`),
        { id },
      ),
    );
    const dry = await run("be0101-semicolon.csv");
    expect(dry!.plan).toMatchObject({ applied: false, newCount: 0, changedCount: 1, unchangedCount: 6 });
    expect(dry!.plan.rows.find((r: any) => r.action === "CHANGED")).toEqual({ code: "1492", name: "Åmål", year: 2025, before: 11000, after: 11679, action: "CHANGED" });
    expect((await run("be0101-semicolon.csv", true))!.plan.applied).toBe(true);
    expect((await populations("1492")).at(-1)).toEqual({ year: 2025, population: 11679 });
  });

  it("refuses a file with an unknown code, a malformed number or a year out of range, all of them named, and changes nothing", async () => {
    const before = await counts();
    const result = await run("be0101-refused.csv", true);
    expect(result!.plan.applied).toBe(false);
    expect(result!.userErrors).toEqual([
      { field: ["input", "content", "3", "2031"], code: "OUT_OF_RANGE", message: "Rad 3, 2031: Året 2031 ligger utanför 1968–2026." },
      { field: ["input", "content", "5"], code: "NOT_FOUND", message: "Rad 5: Okänd kommunkod 9999: ingen kommun i databasen eller i referenslistan har den." },
      { field: ["input", "content", "6", "2025"], code: "INVALID", message: 'Rad 6, 2025: "45x1" är inget heltal (folkmängd för 1438).' },
    ]);
    expect(await counts()).toEqual(before);
  });

  it("matches a municipality by a former code (an older export names it so)", async () => {
    const created = ok(await kit.server.gql(graphql(`mutation PopulationImportMunicipalityCreate { municipalityCreate(input: { code: "1917", name: "Heby" }) { municipality { id } } }`)))
      .municipalityCreate!.municipality;
    ok(
      await kit.server.gql(
        graphql(`mutation PopulationImportMunicipalityCodeChange($id: ID!) { municipalityCodeChange(input: { id: $id, code: "0331", validFrom: "2007-01-01" }) { userErrors { code } } }`),
        { id: created!.id },
      ),
    );
    const content = '"Folkmängd efter region och år"\n\n"region","2006"\n"1917 Heby",13000\n';
    const result = ok(await kit.server.gql(IMPORT, { input: { fileName: "heby-2006.csv", content, apply: true } })).municipalityPopulationsImport;
    expect(result!.userErrors).toEqual([]);
    expect(result!.plan.rows).toEqual([{ code: "0331", name: "Heby", year: 2006, before: null, after: 13000, action: "NEW" }]);
    expect(await populations("0331")).toEqual([{ year: 2006, population: 13000 }]);
  });

  it("is for admins only", async () => {
    const editor = await kit.server.token(Role.EDITOR, "1460");
    const refused = await kit.server.gql(IMPORT, { input: { fileName: "x.csv", content: decodeScbFile(fixture("be0101-comma.csv")) } }, { token: editor });
    expect(refused.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});

describe("the CLIs, compiled", () => {
  let build: string;
  let kit: Kit;
  let db: DataSource;
  beforeAll(async () => {
    build = buildInto("population-cli");
    ({ kit } = await startWithFixtureMunicipalities());
    db = kit.server.db;
  });
  afterAll(async () => {
    await kit?.close();
    removeBuild(build);
  });

  const cli = (script: string, args: string[], env: Record<string, string> = {}): Promise<{ status: number; out: string }> =>
    new Promise((resolve) => {
      execFile(process.execPath, [join(build, "server", "src", "cli", script), ...args], { env: { ...process.env, DATABASE_URL: kit.server.databaseUrl, ...env } }, (error, stdout, stderr) =>
        resolve({ status: error ? Number(error.code) : 0, out: stdout + stderr }),
      );
    });
  const figure = async (code: string, year: number) =>
    (await db.query(`SELECT p.population AS n FROM municipality_population p JOIN municipality m ON m.id = p.municipality_id WHERE m.code = '${code}' AND p.year = ${year}`))[0]?.n;

  it("npm run import-population: a dry run, --apply, and a refused file (exit 1, nothing changed)", async () => {
    const dry = await cli("population.js", [join(fixtures, "be0101-semicolon.csv")]);
    expect(dry.status).toBe(0);
    expect(dry.out).toContain("provkörning: inget ändras");
    expect(dry.out).toContain("1460 Bengtsfors\t2025\tNY\t– → 8 955");
    expect(dry.out).toContain("Summa: 7 nya, 0 ändras, 0 oförändrade, 0 fel.");
    expect(await figure("1460", 2025)).toBeUndefined();

    const applied = await cli("population.js", [join(fixtures, "be0101-semicolon.csv"), "--apply"]);
    expect(applied.status).toBe(0);
    expect(applied.out).toContain("Genomfört");
    expect(Number(await figure("1460", 2025))).toBe(8955);
    expect((await db.query(`SELECT actor_name AS actor FROM audit_entry WHERE operation = 'municipalityPopulationsImport'`))[0].actor).toBe("cli");

    const refused = await cli("population.js", [join(fixtures, "be0101-refused.csv"), "--apply"]);
    expect(refused.status).toBe(1);
    expect(refused.out).toContain("rad 5: Okänd kommunkod 9999");
    expect(refused.out).toContain("Inget ändrades.");
    expect(Number(await figure("1460", 2025))).toBe(8955);
    expect((await cli("population.js", [])).status).toBe(2);
  });

  it("npm run token -- --municipality takes any code of the reference list, adding the municipality", async () => {
    const created = await cli("token.js", ["create", "--name", "torsby-intranet", "--role", "EDITOR", "--municipality", "1737"]);
    expect(created.status).toBe(0);
    expect(created.out).toContain("Lade till kommunen Torsby (1737, Värmlands län) från referenslistan.");
    const [row] = await db.query(`SELECT name, county_code AS county FROM municipality WHERE code = '1737'`);
    expect(row).toEqual({ name: "Torsby", county: "17" });
    expect(Number(await figure("1737", 2025))).toBe(11278);
    const unknown = await cli("token.js", ["create", "--name", "x", "--role", "EDITOR", "--municipality", "9999"]);
    expect(unknown.status).toBe(1);
    expect(unknown.out).toContain("Fel: Ingen kommun har koden 9999.");
  });

  it("npm start with SAMVERKAN_SEED=reference starts with the 290 municipalities and nothing else", async () => {
    const empty = await freshDatabase("sqlite");
    const server = await startCompiled(build, { DATABASE_URL: empty.url, SAMVERKAN_SEED: "reference", SAMVERKAN_BOOTSTRAP_TOKEN: "reference-token-0123456789", SAMVERKAN_REMINDER_INTERVAL: "0" });
    try {
      expect(server.output()).toContain("loaded the reference list (290 municipalities, no other data)");
      const response = await fetch(server.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: "Bearer reference-token-0123456789" },
        body: JSON.stringify({
          query: `{ municipalities(first: 1) { totalCount } counties { code } collaborations { totalCount } municipality(code: "2584") { name county population { year population } } }`,
        }),
      });
      const data = ((await response.json()) as any).data;
      expect(data).toEqual({
        municipalities: { totalCount: 290 },
        counties: expect.arrayContaining([{ code: "25" }]),
        collaborations: { totalCount: 0 },
        municipality: { name: "Kiruna", county: "Norrbottens län", population: { year: 2025, population: expect.any(Number) } },
      });
      expect(data.counties).toHaveLength(21);
    } finally {
      server.child.kill("SIGTERM");
      await server.exited;
      await empty.drop();
    }
  });
});
