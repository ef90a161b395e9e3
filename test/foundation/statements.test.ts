import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addSyntheticData } from "../../seeds/synthetic";
import { expectStatements, ok, startServer, type TestServer } from "../helpers/server";
import { type StatementServers, startStatementServers } from "../helpers/statements";
import { graphql } from "../kit";

const COLLABORATIONS = graphql(`query FoundationStatementsCollaborations { collaborations(first: 100) {
  totalCount
  nodes {
    id name
    application { name category }
    host { code name population { population } }
    operator { name municipality { code } }
    level { ordinal name }
    levelSince
    participants { joinedOn municipality { code name } }
    levelHistory { changedOn fromLevel { ordinal } toLevel { ordinal name } }
  } } }`);

/**
 * Token lookup 1, page 1, count 1, then one batched statement per loader and tick: applications,
 * municipalities (hosts), populations, IT units, the level scale (whole, once), level changes,
 * participants, and municipalities again (participants' and operators', one tick later than hosts).
 */
const PINNED = 11;

let seeded: TestServer;
let doubled: TestServer;
let large: TestServer;

let servers: StatementServers;
beforeAll(async () => {
  [servers, doubled] = await Promise.all([
    startStatementServers(),
    // The seed has 7 collaborations; add 7 more of the same shape: the data doubled.
    startServer({ prepare: (db) => addSyntheticData(db, { municipalities: 7, collaborations: 7, participantsPerCollaboration: 5, historyPerCollaboration: 3 }) }),
  ]);
  ({ seeded, large } = servers);
});
afterAll(async () => Promise.all([servers.close(), doubled.close()]));

describe("SQL statements per request do not grow with the data", () => {
  it(`collaborations with participants, host, operator, level and history: ${PINNED} statements`, async () => {
    const response = await seeded.gql(COLLABORATIONS);
    const data = ok(response);
    expect(data.collaborations!.nodes).toHaveLength(7);
    expect(data.collaborations!.nodes.flatMap((c: any) => c.participants).length).toBeGreaterThan(20);
    expectStatements(response.statements, PINNED);
  });

  it("the same with the seed doubled", async () => {
    const response = await doubled.gql(COLLABORATIONS);
    expect(ok(response).collaborations!.nodes).toHaveLength(14);
    expectStatements(response.statements, PINNED);
  });

  it("the same with 100 collaborations × 5 participants × 3 history rows", async () => {
    const response = await large.gql(COLLABORATIONS);
    const data = ok(response);
    expect(data.collaborations!.nodes).toHaveLength(100);
    expect(data.collaborations!.nodes.every((c: any) => c.levelHistory.length >= 1)).toBe(true);
    expectStatements(response.statements, PINNED);
  });

  it("municipalities with their IT units, usages and applications stay constant too", async () => {
    const query = graphql(
      `query FoundationStatementsMunicipalities { municipalities(first: 100) { nodes { code itUnits { name } applicationUsages { lifecyclePhase application { name } } memberships { fromDate } } } }`,
    );
    const small = await seeded.gql(query);
    const big = await large.gql(query);
    expect(ok(big).municipalities!.nodes.length).toBeGreaterThan(ok(small).municipalities!.nodes.length);
    expect(big.statements).toBe(small.statements);
    expect(small.statements).toBeLessThanOrEqual(7);
  });
});
