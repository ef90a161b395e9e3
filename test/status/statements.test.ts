import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DataSource } from "typeorm";
import { countStatements } from "../../server/src/db/statements";
import { governanceRules, SharedReads } from "../../server/src/governance/rule";
import { addSyntheticData } from "../../seeds/synthetic";
import { writeSyntheticAgreementsAndRoles } from "../../seeds/synthetic-agreements";
import { ok, startServer, type TestServer } from "../helpers/server";

const BOARD = `{ sharedSystemStatus {
  asOf
  collaboration { id name application { name category } }
  level { ordinal name }
  lastLevelChange { changedOn decisionReference toLevel { ordinal } }
  participants { code name }
  host { code name }
  operator { name municipality { code } }
  systemOwners { fromDate person { name email } }
  systemResponsibles { fromDate person { name email } }
  agreements { status currentTermEnd noticeDeadline decisionDeadline daysLeft procurementLeadTimeMonths agreement { name kind municipalities { code } itUnits { name } } }
  nextDeadline { date kind daysLeft agreement { name } roleAssignment { person { name } } }
  openGaps { ruleCode label reason object { id } }
} }`;

/**
 * The board's own statements: token lookup 1, collaborations 1; one batched statement each for
 * level changes, participants, roles on the collaborations, the agreements covering them and those
 * agreements' system levels (lead time); then one per loader for the nested fields: applications,
 * the level scale, municipalities (hosts, participants, operators' and parties' municipalities),
 * people, IT units, agreement parties, and the open gaps' objects (collaborations, role assignments,
 * agreements). The governance rules' statements come on top, measured below.
 */
const BOARD_STATEMENTS = 16;

/** The rules on roles, agreements and governance documents (the others are other domains'). */
const POLICY_RULES = ["USAGE_HAS_SYSTEM_OWNER", "SYSTEM_OWNER_HAS_SYSTEMANSVARIG", "LEVEL3_HAS_DRIFTAVTAL", "SHARED_SYSTEM_HAS_VENDOR_AGREEMENT", "AGREEMENT_IN_FORCE_WHILE_IN_USE", "GOVERNANCE_DOCUMENT_REVIEWED"];

/**
 * Those six together read each table they need once: role assignments, people, usages,
 * applications, municipalities, IT units, collaborations, participants, level changes, the level
 * scale, agreements, their parties, covered applications and covered collaborations, and
 * governance documents.
 */
const POLICY_RULE_STATEMENTS = 15;

/** Statements the registered governance rules (or those named) run together in one evaluation, as the board runs them. */
async function ruleStatements(db: DataSource, codes?: string[]): Promise<number> {
  const rules = governanceRules().filter((rule) => !codes || codes.includes(rule.code));
  const tally = { count: 0 };
  const reads = new SharedReads();
  await countStatements(tally, () => Promise.all(rules.map((rule) => rule.evaluate(db, "2026-06-15", reads))));
  return tally.count;
}

/** Statements each rule runs alone. */
async function perRuleStatements(db: DataSource): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const rule of governanceRules()) {
    const tally = { count: 0 };
    await countStatements(tally, () => rule.evaluate(db, "2026-06-15", new SharedReads()));
    counts[rule.code] = tally.count;
  }
  return counts;
}

let seeded: TestServer;
let large: TestServer;
beforeAll(async () => {
  [seeded, large] = await Promise.all([
    startServer(),
    startServer({
      prepare: async (db) => {
        const data = await addSyntheticData(db, { municipalities: 40, collaborations: 93, participantsPerCollaboration: 5, historyPerCollaboration: 3 });
        await db.transaction((em) => writeSyntheticAgreementsAndRoles(em, data.collaborations));
      },
    }),
  ]);
});
afterAll(async () => Promise.all([seeded, large].map((s) => s.close())));

describe("sharedSystemStatus runs a fixed number of SQL statements", () => {
  it(`on the seed: ${BOARD_STATEMENTS} of its own plus the governance rules' (${POLICY_RULE_STATEMENTS} for roles, agreements and documents)`, async () => {
    expect(await ruleStatements(seeded.db, POLICY_RULES)).toBe(POLICY_RULE_STATEMENTS);
    const rules = await ruleStatements(seeded.db);
    const response = await seeded.gql(BOARD);
    const rows = ok(response).sharedSystemStatus;
    expect(rows).toHaveLength(7);
    expect(rows.flatMap((r: any) => r.agreements).length).toBeGreaterThan(15);
    expect(rows.flatMap((r: any) => r.openGaps).length).toBeGreaterThan(3);
    expect(response.statements).toBe(BOARD_STATEMENTS + rules);
  });

  it("the same with 100 collaborations, each with agreements and a systemägare", async () => {
    const response = await large.gql(BOARD);
    const rows = ok(response).sharedSystemStatus;
    expect(rows).toHaveLength(100);
    const synthetic = rows.filter((r: any) => r.collaboration.name.startsWith("Syntetisk"));
    expect(synthetic).toHaveLength(93);
    expect(synthetic.every((r: any) => r.agreements.length === 2 && r.systemOwners.length === 1)).toBe(true);
    expect(await ruleStatements(large.db, POLICY_RULES)).toBe(POLICY_RULE_STATEMENTS);
    expect(response.statements).toBe(BOARD_STATEMENTS + (await ruleStatements(large.db)));
  });

  it("runs no governance rule when openGaps is not asked for", async () => {
    const withoutGaps = BOARD.replace(/openGaps \{[^}]*\{[^}]*\} \}/, "");
    expect(withoutGaps).not.toContain("openGaps");
    // The three loaders of the gaps' objects (collaborations, role assignments, agreements) go too.
    expect((await seeded.gql(withoutGaps)).statements).toBe(BOARD_STATEMENTS - 3);
    expect((await large.gql(withoutGaps)).statements).toBe(BOARD_STATEMENTS - 3);
  });

  it("every governance rule runs as many statements on the large data as on the seed", async () => {
    const small = await perRuleStatements(seeded.db);
    expect(await perRuleStatements(large.db)).toEqual(small);
    expect(await ruleStatements(large.db)).toBe(await ruleStatements(seeded.db));
    // Rules that read the same tables share the reads within one evaluation.
    expect(await ruleStatements(seeded.db)).toBeLessThan(Object.values(small).reduce((a, b) => a + b, 0));
  });

  it("the governance report and the agreements list stay constant too", async () => {
    const report = `{ governanceReport { rules { code applicable compliant failures { label object { id } } } } }`;
    const agreements = `{ agreements(first: 100, status: DECISION_DUE) { totalCount nodes { name status currentTermEnd schedule { decisionDeadline } municipalities { code } collaborations { name } } } }`;
    for (const query of [report, agreements]) {
      const [small, big] = [await seeded.gql(query), await large.gql(query)];
      ok(small);
      ok(big);
      expect(big.statements, query).toBe(small.statements);
    }
  });
});

