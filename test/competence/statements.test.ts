import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { governanceStatements } from "../helpers/evaluations";
import { writeSyntheticCompetence } from "../../seeds/synthetic-competence";
import "../../server/src/competence/resolver";
import { municipalityId, ok, type TestServer } from "../helpers/server";
import { type StatementServers, startStatementServers } from "../helpers/statements";
import { graphql } from "../kit";

/*
 * Statement pins on the shared two-server setup (test/helpers/statements.ts): the seed for the small
 * case every pin is first taken on, and the same plus many times the data for the large case.
 */

/** Bengtsfors's entries: its usages and the collaborations it takes part in, with plans and networks among them. */
const RISK = graphql(`query CompetenceStatementsCompetenceRisk($m: ID) { competenceRisk(first: 100, municipality: $m) {
  totalCount
  nodes {
    kind label score level specialistCount specialistsLeaving trainedShare
    reasons { code contribution explanation }
    application { name } municipality { code } collaboration { name }
    trainingPlan { name reviewedOn } competenceNetworks { name }
  } } }`);

/**
 * Token lookup 1; the risk input 17 through the fact reader (municipalities, applications, usages
 * and their versions, collaborations with their level history and versions, participants, people
 * and their planned-leave versions, competence versions, training plans and their versions,
 * training attendance in the window, networks and their links, network members); then one
 * batched statement per loader: applications, municipalities, collaborations, training plans,
 * networks.
 */
const PINNED = 23;

let seeded: TestServer;
let large: TestServer;
let servers: StatementServers;
beforeAll(async () => {
  servers = await startStatementServers((db, data) => db.transaction((em) => writeSyntheticCompetence(em, data.collaborations)));
  ({ seeded, large } = servers);
});
afterAll(async () => servers.close());

describe("competenceRisk runs a constant number of SQL statements", () => {
  it(`on the seed: ${PINNED} statements`, async () => {
    const response = await seeded.gql(RISK, { m: await municipalityId(seeded, "1460") });
    const data = ok(response).competenceRisk;
    expect(data!.totalCount).toBe(11 + 7); // its 11 usages and the 7 collaborations it takes part in
    expect(data!.nodes.some((n: any) => n.trainingPlan) && data!.nodes.some((n: any) => n.competenceNetworks.length)).toBe(true);
    expect(response.statements).toBe(PINNED);
  });

  it("the same with 93 more collaborations, 465 more usages and their people, competences, plans, activities and networks", async () => {
    const counts = await large.db.query(
      "SELECT (SELECT COUNT(*) FROM application_usage) AS usages, (SELECT COUNT(*) FROM competence) AS competences, (SELECT COUNT(*) FROM training_activity_municipality) AS trained",
    );
    expect(Number(counts[0].usages)).toBeGreaterThan(500);
    expect(Number(counts[0].competences)).toBeGreaterThan(150);
    expect(Number(counts[0].trained)).toBeGreaterThan(400);
    const response = await large.gql(RISK, { m: await municipalityId(large, "1460") });
    expect(ok(response).competenceRisk).toEqual(ok(await seeded.gql(RISK, { m: await municipalityId(seeded, "1460") })).competenceRisk);
    expect(response.statements).toBe(PINNED);
    // A filtered later page, asking for no related objects: the token lookup and the risk input only.
    const query = graphql(`query CompetenceStatementsCompetenceRisk2($after: String) { competenceRisk(first: 100, after: $after, minScore: 10) { pageInfo { endCursor } nodes { label } } }`);
    const first = await large.gql(query);
    expect(ok(first).competenceRisk!.nodes).toHaveLength(100);
    const second = await large.gql(query, { after: ok(first).competenceRisk!.pageInfo.endCursor });
    expect(ok(second).competenceRisk!.nodes.length).toBeGreaterThan(0);
    expect([first.statements, second.statements]).toEqual([18, 18]);
  });

  it("the governance rules, the competence rules among them, read their input in as many statements whatever the size", async () => {
    expect(await governanceStatements(large.db, "2026-06-15")).toBe(await governanceStatements(seeded.db, "2026-06-15"));
  });
});
