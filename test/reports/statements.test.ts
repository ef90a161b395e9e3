import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ok, type TestServer } from "../helpers/server";
import { type StatementServers, startStatementServers } from "../helpers/statements";

/**
 * The annual report reads its figures through the reader of dated facts and the evaluations it
 * builds on (reports/facts.ts): a fixed number of SQL statements, however many collaborations,
 * municipalities and agreements there are. Pinned on the Dalsland seed and on the seed with
 * LARGE_DATA beside it (each accepted decision followed up in the year adds the reads of its
 * follow-up dates; the seed has none).
 */
const QUERY = `query($body: ID) { annualReport(year: 2025, body: $body) {
  hasData
  summary { systems { name levelEnd { ordinal } participantsEnd } changes { system } perLevel { systemsEnd municipalitiesEnd } }
  matrix { rows { code levels } }
  agreements { ended { agreement } renewed { agreement } upcomingDecisions { agreement date } }
  recommendations { subject score }
  followUps { decisions { subject points { realised { costPerInhabitantOre } } } }
  competence { networks { name meetings } trainings { title participants costOre } risks { label score } }
  cost { totalOre municipalities { municipality trainingOre totalOre } unsplit { agreement } }
  governance { complianceEnd rules { code applicable } policyGoals { title status } }
} }`;

/**
 * The same for the report over everything and for a body: token lookup 1; the reader on 31
 * December (bodies, levels, municipalities, applications, every collaboration, level changes,
 * participations, agreements with their latest links, first facts and schedules, population
 * figures, memberships, networks with their activities and members, training activities, policy
 * goals, decisions and their expected effects) and on 1 January (participations, schedules);
 * competence risk, the governance rules on both year ends and the candidates, each with its own
 * reads, through the registry.
 */
const PINNED = { all: 87, body: 87 };

let seeded: TestServer;
let large: TestServer;
let servers: StatementServers;
let dkf: string;
beforeAll(async () => {
  servers = await startStatementServers();
  ({ seeded, large } = servers);
  dkf = ok(await seeded.gql(`{ collaborationBodies { nodes { id shortName } } }`)).collaborationBodies.nodes.find((b: { shortName: string }) => b.shortName === "DKF").id;
});
afterAll(async () => servers.close());

describe("annualReport runs a constant number of SQL statements", () => {
  it("on the seed, over everything and for DKF", async () => {
    const all = await seeded.gql(QUERY);
    expect(ok(all).annualReport.recommendations.length).toBeGreaterThan(0);
    const body = await seeded.gql(QUERY, { body: dkf });
    expect(ok(body).annualReport.hasData).toBe(true);
    expect({ all: all.statements, body: body.statements }).toEqual(PINNED);
  });

  it("the same with 93 more collaborations and 40 more municipalities", async () => {
    const all = await large.gql(QUERY);
    const seedSystems = ok(await seeded.gql(QUERY)).annualReport.summary.systems.length;
    expect(ok(all).annualReport.summary.systems.length).toBeGreaterThan(seedSystems + 50);
    const body = await large.gql(QUERY, { body: dkf });
    ok(body);
    expect({ all: all.statements, body: body.statements }).toEqual(PINNED);
  });
});
