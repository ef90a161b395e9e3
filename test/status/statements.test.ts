import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { governanceStatements } from "../helpers/evaluations";
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

/**
 * The governance report reads what all its rules judge once: role assignments, people, usages,
 * applications, municipalities, IT units, collaborations, participants, level changes, the level
 * scale, agreements, their parties, covered applications and covered collaborations, governance
 * documents, and the competence-risk assessment's facts.
 */
const GOVERNANCE_STATEMENTS = 27;

let seeded: TestServer;
let large: TestServer;
let servers: StatementServers;
beforeAll(async () => {
  servers = await startStatementServers((db, data) => db.transaction((em) => writeSyntheticAgreementsAndRoles(em, data.collaborations)));
  ({ seeded, large } = servers);
});
afterAll(async () => servers.close());

describe("sharedSystemStatus runs a fixed number of SQL statements", () => {
  it(`on the seed: ${BOARD_WITH_GAPS_STATEMENTS} with the governance rules (${GOVERNANCE_STATEMENTS} alone for the rules' input)`, async () => {
    expect(await governanceStatements(seeded.db, "2026-06-15")).toBe(GOVERNANCE_STATEMENTS);
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
    expect(await governanceStatements(large.db, "2026-06-15")).toBe(GOVERNANCE_STATEMENTS);
    expect(response.statements).toBe(BOARD_WITH_GAPS_STATEMENTS);
  });

  it("runs no governance rule when openGaps is not asked for", async () => {
    const withoutGaps = BOARD.replace(/openGaps \{[^}]*\{[^}]*\} \}/, "");
    expect(withoutGaps).not.toContain("openGaps");
    expect((await seeded.gql(withoutGaps)).statements).toBe(BOARD_STATEMENTS);
    expect((await large.gql(withoutGaps)).statements).toBe(BOARD_STATEMENTS);
  });

  it("the governance rules read as many statements on the large data as on the seed, on a past date too", async () => {
    expect(await governanceStatements(large.db, "2026-06-15")).toBe(await governanceStatements(seeded.db, "2026-06-15"));
    expect(await governanceStatements(large.db, "2020-06-30")).toBe(await governanceStatements(seeded.db, "2020-06-30"));
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
