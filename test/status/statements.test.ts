import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DataSource } from "typeorm";
import { countStatements } from "../../server/src/db/statements";
import { SharedReads } from "../../server/src/common/shared-reads";
import { governanceRules } from "../../server/src/governance/rule";
import { writeSyntheticAgreementsAndRoles } from "../../seeds/synthetic-agreements";
import { ok, type TestServer } from "../helpers/server";
import { type StatementServers, startStatementServers } from "../helpers/statements";

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
 * The board's own statements, all through the fact reader for its date: token lookup 1;
 * collaborations, their level history and versions; participations and roles in force; agreements,
 * their versions and their three kinds of links in force; the level scale; then one per loader for
 * the nested fields: applications, municipalities, people, IT units, agreement parties.
 */
const BOARD_STATEMENTS = 18;

/**
 * The board with its open gaps: the rules read through the same fact reader as the board, so they
 * add only what it has not read; each gap's failing object comes with the rule's facts (no load).
 */
const BOARD_WITH_GAPS_STATEMENTS = 34;

/** The rules on roles, agreements and governance documents (the others are other domains'). */
const POLICY_RULES = [
  "USAGE_HAS_SYSTEM_OWNER",
  "SYSTEM_OWNER_HAS_SYSTEMANSVARIG",
  "LEVEL3_HAS_DRIFTAVTAL",
  "SHARED_SYSTEM_HAS_VENDOR_AGREEMENT",
  "AGREEMENT_IN_FORCE_WHILE_IN_USE",
  "GOVERNANCE_DOCUMENT_REVIEWED",
];

/**
 * Those six together read each table they need once: role assignments, people, usages,
 * applications, municipalities, IT units, collaborations, participants, level changes, the level
 * scale, agreements, their parties, covered applications and covered collaborations, and
 * governance documents.
 */
const POLICY_RULE_STATEMENTS = 20;

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
let servers: StatementServers;
beforeAll(async () => {
  servers = await startStatementServers((db, data) => db.transaction((em) => writeSyntheticAgreementsAndRoles(em, data.collaborations)));
  ({ seeded, large } = servers);
});
afterAll(async () => servers.close());

describe("sharedSystemStatus runs a fixed number of SQL statements", () => {
  it(`on the seed: ${BOARD_WITH_GAPS_STATEMENTS} with the governance rules (${POLICY_RULE_STATEMENTS} alone for roles, agreements and documents)`, async () => {
    expect(await ruleStatements(seeded.db, POLICY_RULES)).toBe(POLICY_RULE_STATEMENTS);
    const response = await seeded.gql(BOARD);
    const rows = ok(response).sharedSystemStatus;
    expect(rows).toHaveLength(7);
    expect(rows.flatMap((r: any) => r.agreements).length).toBeGreaterThan(15);
    expect(rows.flatMap((r: any) => r.openGaps).length).toBeGreaterThan(3);
    expect(response.statements).toBe(BOARD_WITH_GAPS_STATEMENTS);
  });

  it("the same with 100 collaborations, each with agreements and a systemägare", async () => {
    const response = await large.gql(BOARD);
    const rows = ok(response).sharedSystemStatus;
    expect(rows).toHaveLength(100);
    const synthetic = rows.filter((r: any) => r.collaboration.name.startsWith("Syntetisk"));
    expect(synthetic).toHaveLength(93);
    expect(synthetic.every((r: any) => r.agreements.length === 2 && r.systemOwners.length === 1)).toBe(true);
    expect(await ruleStatements(large.db, POLICY_RULES)).toBe(POLICY_RULE_STATEMENTS);
    expect(response.statements).toBe(BOARD_WITH_GAPS_STATEMENTS);
  });

  it("runs no governance rule when openGaps is not asked for", async () => {
    const withoutGaps = BOARD.replace(/openGaps \{[^}]*\{[^}]*\} \}/, "");
    expect(withoutGaps).not.toContain("openGaps");
    expect((await seeded.gql(withoutGaps)).statements).toBe(BOARD_STATEMENTS);
    expect((await large.gql(withoutGaps)).statements).toBe(BOARD_STATEMENTS);
  });

  it("every governance rule runs as many statements on the large data as on the seed", async () => {
    const small = await perRuleStatements(seeded.db);
    expect(await perRuleStatements(large.db)).toEqual(small);
    expect(await ruleStatements(large.db)).toBe(await ruleStatements(seeded.db));
    // Rules that read the same tables share the reads within one evaluation.
    expect(await ruleStatements(seeded.db)).toBeLessThan(Object.values(small).reduce((a, b) => a + b, 0));
  });

  it("the paged board, the governance report and the agreements list stay constant too, on past dates as well", async () => {
    const report = `{ governanceReport { rules { code applicable compliant failures { label object { id } } } } }`;
    const agreements = `{ agreements(first: 100, status: DECISION_DUE) { totalCount nodes { name status currentTermEnd schedule { decisionDeadline } municipalities { code } collaborations { name } } } }`;
    const page = BOARD.replace("{ sharedSystemStatus {", "{ statusBoard(first: 100, needsAttention: true) { totalCount nodes {").replace(/\} \}$/, "} } }");
    const past = page.replace("statusBoard(first: 100,", `statusBoard(asOf: "2020-06-30", first: 100,`);
    for (const query of [report, agreements, page, past]) {
      const [small, big] = [await seeded.gql(query), await large.gql(query)];
      ok(small);
      ok(big);
      expect(big.statements, query).toBe(small.statements);
    }
  });
});
