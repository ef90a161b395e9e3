import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { referenceList } from "../../server/src/municipalities/reference";
import { countRows, nationalMunicipalities, nationalSize, NATIONAL_TABLES, addNationalData } from "../../seeds/national";
import { ok, startServer, type TestServer } from "../helpers/server";
import { graphql } from "../kit";

/** The national dataset's generator at a small scale: its shape, determinism, and that the server answers on it. */
const SCALE = 0.01;

let first: TestServer;
let second: TestServer;
let seedOnly: TestServer;
beforeAll(async () => {
  [first, second, seedOnly] = await Promise.all([
    startServer({ prepare: async (db) => void (await addNationalData(db, SCALE)) }),
    startServer({ prepare: async (db) => void (await addNationalData(db, SCALE)) }),
    startServer(),
  ]);
});
afterAll(async () => Promise.all([first, second, seedOnly].map((s) => s.close())));

/** The municipalities the generator wrote beside the seed. */
async function written(): Promise<{ code: string }[]> {
  const seedCodes = new Set(((await seedOnly.db.query("SELECT code FROM municipality")) as { code: string }[]).map((r) => r.code));
  return nationalMunicipalities(seedCodes, nationalSize(SCALE).municipalities);
}

describe("the national dataset generator (seeds/national.ts)", () => {
  it("writes the sizes of its scale beside the seed", async () => {
    const size = nationalSize(SCALE);
    const [seed, both] = [await countRows(seedOnly.db), await countRows(first.db)];
    expect(both.municipality - seed.municipality).toBe(size.municipalities);
    expect(both.collaboration - seed.collaboration).toBe(size.collaborations);
    expect(both.collaboration_participant - seed.collaboration_participant).toBe(size.collaborations * size.participantsPerCollaboration);
    expect(both.collaboration_level_change - seed.collaboration_level_change).toBe(size.collaborations * size.historyPerCollaboration);
    expect(both.agreement - seed.agreement).toBe(2 * size.collaborations);
    // About 300 usages per municipality: its collaborations' applications and its own.
    expect(both.application_usage - seed.application_usage).toBe(size.collaborations * size.participantsPerCollaboration + size.municipalities * size.ownUsagesPerMunicipality);
    // A systemägare and a systemansvarig on nearly every usage and on every collaboration.
    expect(both.role_assignment - seed.role_assignment).toBeGreaterThan(1.8 * (both.application_usage - seed.application_usage));
    for (const table of ["person", "competence", "competence_network", "competence_network_member", "training_plan", "training_activity", "governance_document"]) {
      expect(both[table], table).toBeGreaterThan(seed[table]);
    }
  });

  it("writes real municipalities of the reference list, with their counties and 2025 populations, none of the seed's", async () => {
    const codes = (await written()).map((m) => m.code);
    expect(codes).toHaveLength(nationalSize(SCALE).municipalities);
    const rows = await first.db.query(
      `SELECT m.code AS code, m.name AS name, m.county_code AS county, p.year AS year, p.population AS population FROM municipality m JOIN municipality_population p ON p.municipality_id = m.id`,
    );
    const list = referenceList();
    for (const code of codes) {
      const row = rows.find((r: any) => r.code === code);
      const reference = list.municipalityByCode.get(code)!;
      expect(row).toEqual({ code, name: reference.name, county: reference.countyCode, year: 2025, population: reference.population });
    }
    expect(rows.some((r: any) => Number(r.code) >= 9000)).toBe(false);
    // At full scale, every municipality of Sweden the database lacks: 283 beside the Dalsland seed.
    expect(nationalMunicipalities(new Set(["1460", "1438", "1439", "1461", "1492", "1765", "1785"]), 290)).toHaveLength(283);
  });

  it("is deterministic: two databases get the same rows", async () => {
    for (const table of NATIONAL_TABLES) {
      const dump = (server: TestServer) => server.db.query(`SELECT * FROM ${table} ORDER BY id`);
      expect(await dump(second), table).toEqual(await dump(first));
    }
  });

  it("gives every synthetic municipality about 300 usages, and the server answers the heavy queries on it", async () => {
    const usages = ok(
      await first.gql(graphql(`query NationalMunicipality($code: String!) { municipality(code: $code) { applicationUsages { lifecyclePhase } } }`), { code: (await written())[0].code }),
    ).municipality!.applicationUsages;
    expect(usages.length).toBeGreaterThanOrEqual(280);
    expect(new Set(usages.map((u: any) => u.lifecyclePhase)).size).toBeGreaterThanOrEqual(4);

    const agreements = ok(await first.gql(graphql(`query NationalAgreements { agreements(first: 100) { totalCount nodes { schedule { status } } } }`))).agreements;
    expect(new Set(agreements!.nodes.map((a: any) => a.schedule.status)).size).toBeGreaterThanOrEqual(3);
    const report = ok(await first.gql(graphql(`query NationalGovernanceReport { governanceReport { rules { code applicable compliant } } }`))).governanceReport;
    const rule = (code: string) => report!.rules.find((r: any) => r.code === code);
    // Mostly compliant, with gaps for the rules to find.
    for (const code of ["USAGE_HAS_SYSTEM_OWNER", "SYSTEM_OWNER_HAS_SYSTEMANSVARIG", "AGREEMENT_IN_FORCE_WHILE_IN_USE"]) {
      expect(rule(code)!.compliant / rule(code)!.applicable, code).toBeGreaterThan(0.8);
      expect(rule(code)!.compliant, code).toBeLessThan(rule(code)!.applicable);
    }
    const risk = ok(await first.gql(graphql(`query NationalCompetenceRisk { competenceRisk(first: 10) { totalCount nodes { score specialistsLeaving } } }`))).competenceRisk;
    expect(risk!.totalCount).toBeGreaterThan(1000);
    expect(ok(await first.gql(graphql(`query NationalCollaborations { collaborations(first: 1) { totalCount } }`))).collaborations!.totalCount).toBe(nationalSize(SCALE).collaborations + 7);
  });
});
