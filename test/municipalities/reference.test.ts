import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readSeedChoice } from "../../server/src/config";
import { parseReferenceList, REFERENCE_DIR, referenceList } from "../../server/src/municipalities/reference";
import { loadSeed } from "../../seeds/load";
import { loadReferenceSeed } from "../../seeds/reference";
import { municipalityId, ok, startServer, type TestServer } from "../helpers/server";
import { graphql } from "../kit";
import type { MunicipalityCodeChangeInput } from "../kit/generated/graphql";

/** The reference list of Sweden's municipalities (seeds/reference), the reference seed, counties and code changes. */

let reference: TestServer;
let both: TestServer;
let dalsland: TestServer;
beforeAll(async () => {
  [reference, both, dalsland] = await Promise.all([
    startServer({ seed: false, prepare: (db) => loadReferenceSeed(db) }),
    startServer({
      seed: false,
      prepare: async (db) => {
        await loadReferenceSeed(db);
        await loadSeed(db);
      },
    }),
    startServer(),
  ]);
});
afterAll(async () => Promise.all([reference, both, dalsland].map((s) => s.close())));

describe("the shipped reference list (seeds/reference)", () => {
  it("has 290 municipalities in 21 counties, the population total of its README and its Dalsland check", () => {
    const list = referenceList();
    expect(list.municipalities).toHaveLength(290);
    expect(list.counties).toHaveLength(21);
    expect(new Set(list.municipalities.map((m) => m.countyCode)).size).toBe(21);
    expect(list.municipalities.reduce((sum, m) => sum + m.population, 0)).toBe(10_605_520);
    const population = (code: string) => list.municipalityByCode.get(code)!.population;
    expect([population("1460"), population("1438"), population("1439"), population("1461"), population("1492"), population("1765"), population("1785")]).toEqual([
      8955, 4571, 6288, 9038, 11679, 9734, 14756,
    ]);
    expect(list.municipalityByCode.get("1785")).toMatchObject({ name: "Säffle", countyCode: "17" });
  });

  it("ships its sources' attribution beside the files", () => {
    expect(readFileSync(join(REFERENCE_DIR!, "README.md"), "utf8")).toContain("Källa: SCB (befolkning 31 december 2025); kommun- och länsindelning enligt SCB.");
  });

  it("refuses a file whose county is not in lan.csv, or a malformed population", () => {
    const lan = "county_code,county_name,county_name_short\n14,Västra Götalands län,Västra Götaland\n";
    const header = "kod,namn,lanskod,lan,invanare_2025\n";
    expect(parseReferenceList(lan, `${header}1460,Bengtsfors,14,Västra Götalands län,8955\n`).municipalities).toHaveLength(1);
    expect(() => parseReferenceList(lan, `${header}1785,Säffle,17,Värmlands län,14756\n`)).toThrow(/county 17/);
    expect(() => parseReferenceList(lan, `${header}1460,Bengtsfors,14,Västra Götalands län,8 955\n`)).toThrow(/population/);
  });
});

describe("SAMVERKAN_SEED", () => {
  it("chooses the Dalsland seed by default, the reference list, or nothing; anything else stops the start", () => {
    expect(readSeedChoice({})).toBe("dalsland");
    expect(readSeedChoice({ SAMVERKAN_SEED: "1" })).toBe("dalsland");
    expect(readSeedChoice({ SAMVERKAN_SEED: "reference" })).toBe("reference");
    expect(readSeedChoice({ SAMVERKAN_SEED: "0" })).toBe("none");
    expect(() => readSeedChoice({ SAMVERKAN_SEED: "sweden" })).toThrow(/SAMVERKAN_SEED/);
  });
});

describe("a database started from the reference list", () => {
  it("lists 290 municipalities in 21 counties with the shipped populations, and nothing else", async () => {
    const data = ok(
      await reference.gql(
        graphql(`query ReferenceMunicipalities { municipalities(first: 1) { totalCount } counties { code name shortName } collaborations { totalCount } collaborationLevels { ordinal }
        municipality(code: "1460") { name county countyCode populations { year population } itUnits { name } } }`),
      ),
    );
    expect(data.municipalities!.totalCount).toBe(290);
    expect(data.counties).toHaveLength(21);
    expect(data.counties![0]).toEqual({ code: "01", name: "Stockholms län", shortName: "Stockholm" });
    expect(data.collaborations!.totalCount).toBe(0);
    expect(data.collaborationLevels!.map((l: any) => l.ordinal)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(data.municipality).toEqual({ name: "Bengtsfors", county: "Västra Götalands län", countyCode: "14", populations: [{ year: 2025, population: 8955 }], itUnits: [] });
    const perCounty = await reference.db.query(
      `SELECT county_code AS code, COUNT(*) AS n, SUM(p.population) AS total FROM municipality m JOIN municipality_population p ON p.municipality_id = m.id GROUP BY county_code`,
    );
    expect(perCounty).toHaveLength(21);
    expect(perCounty.reduce((sum: number, row: any) => sum + Number(row.total), 0)).toBe(10_605_520);
  });

  it("reads a page of municipalities with their former codes and populations in a fixed number of statements", async () => {
    const page = (first: number) =>
      reference.gql(graphql(`query ReferencePage($first: Int) { municipalities(first: $first) { nodes { code countyCode formerCodes { code } populations { year } } } }`), { first });
    const [small, large] = [await page(5), await page(100)];
    expect(ok(large).municipalities!.nodes).toHaveLength(100);
    expect(large.statements).toBe(small.statements);
    // The same four for 5 or 100 municipalities: former codes and populations are read in one batch each.
    expect(large.statements).toBe(4);
  });

  it("filters municipalities by county code, and refuses a code that names no county", async () => {
    const varmland = ok(await reference.gql(graphql(`query ReferenceMunicipalities2 { municipalities(countyCode: "17", first: 100) { totalCount nodes { code name } } }`))).municipalities;
    expect(varmland!.totalCount).toBe(16);
    expect(varmland!.nodes.map((m: any) => m.name)).toContain("Årjäng");
    expect(
      ok(await reference.gql(graphql(`query ReferenceMunicipalities3 { municipalities(countyCode: "14", search: "ed") { nodes { name } } }`))).municipalities!.nodes.map((m: any) => m.name),
    ).toContain("Dals-Ed");
    for (const bad of ["99", "1", "Värmland"]) {
      const refused = await reference.gql(graphql(`query ReferenceMunicipalities4($c: String) { municipalities(countyCode: $c) { totalCount } }`), { c: bad });
      expect(refused.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "countyCode" });
    }
  });

  it("takes the Dalsland seed on top: 290 municipalities, the seed's data, both population years", async () => {
    const data = ok(
      await both.gql(
        graphql(`query ReferenceMunicipalities5 { municipalities(first: 1) { totalCount } collaborations { totalCount } collaborationLevels { ordinal }
        municipality(code: "1492") { countyCode populations { year population } itUnits { name } } }`),
      ),
    );
    expect(data.municipalities!.totalCount).toBe(290);
    expect(data.collaborations!.totalCount).toBe(7);
    expect(data.collaborationLevels).toHaveLength(6);
    expect(data.municipality!.populations).toEqual([
      { year: 2024, population: 11906 },
      { year: 2025, population: 11679 },
    ]);
    expect(data.municipality!.itUnits.length).toBe(2);
  });
});

describe("the Dalsland seed and municipalities added by code", () => {
  it("gives the seed's municipalities their county codes", async () => {
    const nodes = ok(await dalsland.gql(graphql(`query ReferenceMunicipalities6 { municipalities { nodes { code countyCode } } }`))).municipalities!.nodes;
    expect(Object.fromEntries(nodes.map((m: any) => [m.code, m.countyCode]))).toEqual({ "1460": "14", "1438": "14", "1439": "14", "1461": "14", "1492": "14", "1765": "17", "1785": "17" });
  });

  it("municipalityCreate with only a code takes name, county and population from the reference list", async () => {
    const created = ok(
      await dalsland.gql(
        graphql(
          `mutation ReferenceMunicipalityCreate { municipalityCreate(input: { code: "2180" }) { municipality { code name county countyCode populations { year population } } userErrors { code } } }`,
        ),
      ),
    ).municipalityCreate;
    expect(created).toEqual({
      municipality: { code: "2180", name: "Gävle", county: "Gävleborgs län", countyCode: "21", populations: [{ year: 2025, population: referenceList().municipalityByCode.get("2180")!.population }] },
      userErrors: [],
    });
    const counted = ok(await dalsland.gql(graphql(`query ReferenceMunicipalities7 { municipalities(countyCode: "21") { totalCount } }`))).municipalities!.totalCount;
    expect(counted).toBe(1);
  });

  it("refuses a code the list does not have without a name, in Swedish, and takes it with one", async () => {
    const refused = ok(
      await dalsland.gql(graphql(`mutation ReferenceMunicipalityCreate2 { municipalityCreate(input: { code: "9998" }) { municipality { id } userErrors { field code message } } }`)),
    ).municipalityCreate;
    expect(refused!.municipality).toBeNull();
    expect(refused!.userErrors).toEqual([{ field: ["input", "name"], code: "REQUIRED", message: expect.stringContaining("finns inte i referenslistan") }]);
    const named = ok(
      await dalsland.gql(
        graphql(
          `mutation ReferenceMunicipalityCreate3 { municipalityCreate(input: { code: "9998", name: "Provkommun", county: "Provlän" }) { municipality { name county countyCode populations { year } } userErrors { code } } }`,
        ),
      ),
    ).municipalityCreate;
    expect(named).toEqual({ municipality: { name: "Provkommun", county: "Provlän", countyCode: null, populations: [] }, userErrors: [] });
  });

  it("a county named in municipalityUpdate sets the county code when it is one of the 21", async () => {
    const id = await municipalityId(dalsland, "1439");
    const update = graphql(
      `mutation ReferenceMunicipalityUpdate($id: ID!, $county: String) { municipalityUpdate(input: { id: $id, county: $county }) { municipality { county countyCode } userErrors { code } } }`,
    );
    expect(ok(await dalsland.gql(update, { id, county: "Värmland" })).municipalityUpdate!.municipality).toEqual({ county: "Värmland", countyCode: "17" });
    expect(ok(await dalsland.gql(update, { id, county: "Ingenstans" })).municipalityUpdate!.municipality).toEqual({ county: "Ingenstans", countyCode: null });
    expect(ok(await dalsland.gql(update, { id, county: "Västra Götalands län" })).municipalityUpdate!.municipality).toEqual({ county: "Västra Götalands län", countyCode: "14" });
  });
});

describe("municipality code changes as dated facts", () => {
  it("a renumbered municipality keeps its former code for the days it was valid (Heby: 1917 until 2006, then 0331)", async () => {
    const created = ok(
      await dalsland.gql(
        graphql(`mutation ReferenceMunicipalityCreate4 { municipalityCreate(input: { code: "1917", name: "Heby", county: "Västmanlands län" }) { municipality { id } userErrors { code } } }`),
      ),
    ).municipalityCreate;
    const id = created!.municipality!.id;
    const change = graphql(`mutation ReferenceMunicipalityCodeChange($input: MunicipalityCodeChangeInput!) { municipalityCodeChange(input: $input) {
      municipality { code codeValidFrom formerCodes { code validFrom validTo } } userErrors { field code message } } }`);
    const changed = ok(await dalsland.gql(change, { input: { id, code: "0331", validFrom: "2007-01-01" } })).municipalityCodeChange;
    expect(changed).toEqual({ municipality: { code: "0331", codeValidFrom: "2007-01-01", formerCodes: [{ code: "1917", validFrom: null, validTo: "2006-12-31" }] }, userErrors: [] });

    const lookup = async (code: string, on?: string) =>
      ok(await dalsland.gql(graphql(`query ReferenceMunicipality($code: String!, $on: LocalDate) { municipality(code: $code, on: $on) { name code } }`), { code, on })).municipality;
    expect(await lookup("1917", "2006-06-01")).toEqual({ name: "Heby", code: "0331" });
    expect(await lookup("1917", "2006-12-31")).toEqual({ name: "Heby", code: "0331" });
    expect(await lookup("1917")).toBeNull();
    expect(await lookup("1917", "2007-01-01")).toBeNull();
    expect(await lookup("0331", "2006-06-01")).toBeNull();
    expect(await lookup("0331")).toEqual({ name: "Heby", code: "0331" });

    const audit = ok(await dalsland.gql(graphql(`query ReferenceAuditLog($id: ID!) { auditLog(objectId: $id) { nodes { operation } } }`), { id })).auditLog!.nodes.map((e: any) => e.operation);
    expect(audit).toContain("municipalityCodeChange");
  });

  it("refuses a code in use, the same code, a future day or one not after the current code's first day, and changes nothing", async () => {
    const id = await municipalityId(dalsland, "1461");
    const change = graphql(
      `mutation ReferenceMunicipalityCodeChange2($input: MunicipalityCodeChangeInput!) { municipalityCodeChange(input: $input) { municipality { code } userErrors { field code } } }`,
    );
    const refusal = async (input: Omit<MunicipalityCodeChangeInput, "id">) => ok(await dalsland.gql(change, { input: { id, ...input } })).municipalityCodeChange;
    expect((await refusal({ code: "1460", validFrom: "2020-01-01" }))!.userErrors).toEqual([{ field: ["input", "code"], code: "DUPLICATE" }]);
    expect((await refusal({ code: "1461", validFrom: "2020-01-01" }))!.userErrors).toEqual([{ field: ["input", "code"], code: "UNCHANGED" }]);
    expect((await refusal({ code: "146", validFrom: "2020-01-01" }))!.userErrors).toEqual([{ field: ["input", "code"], code: "INVALID" }]);
    expect((await refusal({ code: "1499", validFrom: "2027-01-01" }))!.userErrors).toEqual([{ field: ["input", "validFrom"], code: "DATE_IN_FUTURE" }]);
    expect(ok(await dalsland.gql(change, { input: { id, code: "1499", validFrom: "2020-01-01" } })).municipalityCodeChange!.municipality!.code).toBe("1499");
    expect((await refusal({ code: "1498", validFrom: "2019-06-01" }))!.userErrors).toEqual([{ field: ["input", "validFrom"], code: "DATE_BEFORE_PREVIOUS" }]);
    const editor = await dalsland.token("EDITOR" as any, "1460");
    const forbidden = await dalsland.gql(change, { input: { id, code: "1497", validFrom: "2021-01-01" } }, { token: editor });
    expect(forbidden.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(ok(await dalsland.gql(graphql(`query ReferenceNode($id: ID!) { node(id: $id) { ... on Municipality { code formerCodes { code validTo } } } }`), { id })).node).toEqual({
      code: "1499",
      formerCodes: [{ code: "1461", validTo: "2019-12-31" }],
    });
  });
});
