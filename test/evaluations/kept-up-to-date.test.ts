import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../server/src/app/database";
import { buildServer } from "../../server/src/app/server";
import { buildInto, removeBuild, root, startCompiled, type RunningServer } from "../helpers/compiled";
import { type GraphQLResponse, ok, startServer, TEST_FACT_SNAPSHOT_DATES, TEST_NOW, type TestServer } from "../helpers/server";
import { graphql } from "../kit";
import type { TypedDocumentString } from "../kit/generated/graphql";

/**
 * Evaluations kept up to date by what each write touches (evaluations/registry.ts, `carriedOver`):
 * after every kind of write, a server that keeps what the write left alone answers exactly as a
 * server on the same database that reads and judges everything anew for each request.
 */
const EVERY_EVALUATION = graphql(`query KeptUpToDateStatusBoard($asOf: LocalDate) {
  statusBoard(first: 100, asOf: $asOf) { totalCount nodes {
    collaboration { name } level { ordinal } lastLevelChange { changedOn } participants { code } systemOwners { id } systemResponsibles { id }
    agreements { agreement { name } status decisionDeadline noticeDeadline currentTermEnd } nextDeadline { date kind daysLeft } openGaps { ruleCode objectId reason } needsAttention
  } }
  governanceReport(asOf: $asOf) { applicable compliant rules { code applicable compliant failures { objectId label reason object { id ... on ApplicationUsage { userCount lifecyclePhase } ... on Collaboration { name } } } } }
  competenceRisk(first: 100, asOf: $asOf) { totalCount nodes { label score level specialistsLeaving reasons { code contribution explanation } } }
  collaborationCandidates(first: 100, asOf: $asOf) { totalCount nodes { key score kind summary explanation hidden targetLevel { ordinal } participants { code } } }
  annualReport(year: 2026) {
    summary { systems { name host levelEnd { ordinal } participantsEnd } changes { system changedOn } }
    agreements { noticeGiven { agreement date } upcomingDecisions { agreement date } }
    recommendations { subject score decision }
    followUps { decisions { subject points { realised { costPerInhabitantOre levelOrdinal competenceRiskScore } } } }
    competence { risks { label score } trainings { title participants costOre } }
    cost { totalOre municipalities { municipality trainingOre totalOre perInhabitantOre } unsplit { agreement reason } }
    governance { complianceEnd rules { code applicable compliant } }
  }
}`);
const BOARD = graphql(`query KeptUpToDateStatusBoard2 { statusBoard(first: 100) { nodes { collaboration { name } level { ordinal } openGaps { ruleCode } } } }`);
const DATES = ["2026-06-15", "2025-12-31"];

let kept: TestServer;
let scratch: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  kept = await startServer({ factSnapshot: true });
  const options = kept.db.options;
  const db = await openDatabase({ url: "url" in options && options.url ? options.url : String(options.database) });
  const app = await buildServer({ db, config: { production: false, introspection: true, exposeStatementCount: true, factSnapshotDates: 0 }, clock: () => TEST_NOW });
  await app.listen({ port: 0, host: "127.0.0.1" });
  scratch = {
    url: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/graphql`,
    close: async () => {
      await app.close();
      await db.destroy();
    },
  };
});
afterAll(async () => {
  await scratch?.close();
  await kept?.close();
});

async function fromScratch<R extends object, V>(query: TypedDocumentString<R, V>, variables: Record<string, unknown> = {}) {
  const response = await fetch(scratch.url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${kept.adminToken}` },
    body: JSON.stringify({ query: query.toString(), variables }),
  });
  const body = (await response.json()) as { data: R; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return Object.assign(body.data, { statements: Number(response.headers.get("x-sql-statements")) });
}

/** A server asked through GraphQL: the kept one in this process, or one in another process. */
interface Instance {
  name: string;
  gql(query: string | TypedDocumentString<any, any>, variables?: Record<string, unknown>): Promise<GraphQLResponse>;
}
const keptInstance: Instance = { name: "this process's instance", gql: (query, variables) => kept.gql(query.toString(), variables) };

/** Asks `instance` (the kept server unless named) every evaluation at each date and compares with the from-scratch server. */
async function expectSameAsFromScratch(step: string, instance: Instance = keptInstance) {
  for (const asOf of DATES) {
    const answer = ok(await instance.gql(EVERY_EVALUATION, { asOf }));
    const { statements: _, ...expected } = await fromScratch(EVERY_EVALUATION, { asOf });
    expect(answer, `${step}, asOf ${asOf}`).toEqual(expected);
  }
}

const ids = async () => {
  const data = ok(
    await kept.gql(
      graphql(`query KeptUpToDateCollaborations {
      collaborations(first: 100) { nodes { id name level { ordinal } } }
      collaborationLevels { id ordinal }
      applicationUsages(first: 100) { nodes { id userCount municipality { code } application { name } } }
      people(first: 100) { nodes { id name municipality { id code } } }
      applications(first: 100) { nodes { id name } }
      agreements(first: 100) { nodes { id name status } }
      municipalities { nodes { id code } }
    }`),
    ),
  );
  return data;
};

type Seed = Awaited<ReturnType<typeof ids>>;

/**
 * A write of every kind, on objects picked by `variant` (0, 1, …) so that a second round writes
 * something new: usage, level, role, competence, planned leave, notice, change freeze, population,
 * and a refused write that rolls back.
 */
function writesOf(seed: Seed, variant: number): [string, string, Record<string, unknown>][] {
  const usage = seed.applicationUsages!.nodes.filter((u) => u.userCount !== null)[variant];
  const gis = seed.collaborations!.nodes.find((c) => c.name === "GIS-samverkan")!;
  const level = seed.collaborationLevels!.find((l) => l.ordinal !== gis.level.ordinal)!;
  const person = seed.people!.nodes[variant];
  const agreement = seed.agreements!.nodes.filter((a) => a.status === "ACTIVE")[variant] ?? seed.agreements!.nodes[variant];
  const municipality = seed.municipalities!.nodes[variant];
  return [
    ["a usage's users", `mutation($i: ApplicationUsageUpdateInput!) { applicationUsageUpdate(input: $i) { userErrors { code } } }`, { i: { id: usage.id, userCount: usage.userCount! + 7 } }],
    [
      "a level",
      `mutation($i: CollaborationLevelSetInput!) { collaborationLevelSet(input: $i) { userErrors { code } } }`,
      { i: { collaborationId: gis.id, levelId: level.id, reason: "likvärdighetstest" } },
    ],
    [
      "a systemägare",
      `mutation($i: RoleAssignInput!) { roleAssign(input: $i) { userErrors { code } } }`,
      { i: { personId: person.id, kind: "SYSTEMAGARE", collaborationId: gis.id, fromDate: "2026-06-15" } },
    ],
    [
      "a specialist",
      `mutation($i: CompetenceSetInput!) { competenceSet(input: $i) { userErrors { code } } }`,
      { i: { personId: person.id, applicationId: seed.applications!.nodes[variant].id, level: "SPECIALIST" } },
    ],
    [
      "planned leave",
      `mutation($i: PersonPlannedLeaveSetInput!) { personPlannedLeaveSet(input: $i) { userErrors { code } } }`,
      { i: { personId: person.id, plannedLeave: `2026-${String(9 + variant).padStart(2, "0")}` } },
    ],
    ["a notice", `mutation($i: AgreementGiveNoticeInput!) { agreementGiveNotice(input: $i) { userErrors { code } } }`, { i: { id: agreement.id } }],
    [
      "a change freeze",
      `mutation($i: ChangeFreezeCreateInput!) { changeFreezeCreate(input: $i) { userErrors { code } } }`,
      { i: { municipalityId: municipality.id, name: `Bokslut${variant ? ` ${variant}` : ""}`, period: { kind: "DATES", fromDate: "2026-07-01", toDate: "2026-07-31" } } },
    ],
    [
      "a population",
      `mutation($i: MunicipalityPopulationSetInput!) { municipalityPopulationSet(input: $i) { userErrors { code } } }`,
      { i: { municipalityId: municipality.id, year: 2025, population: 12345 + variant } },
    ],
    ["a refused write (rolled back)", `mutation($i: ApplicationUsageUpdateInput!) { applicationUsageUpdate(input: $i) { userErrors { code } } }`, { i: { id: usage.id, userCount: -5 } }],
  ];
}

describe("evaluations kept up to date by what a write touches", () => {
  it("answer exactly as a from-scratch evaluation after writes of every kind, today and on a past date", async () => {
    await expectSameAsFromScratch("before any write");
    const writes = writesOf(await ids(), 0);
    for (const [step, mutation, variables] of writes) {
      const answer = await kept.gql(mutation, variables);
      expect(answer.errors, step).toBeUndefined();
      await expectSameAsFromScratch(step);
    }
    const candidate = ok(await kept.gql(graphql(`query KeptUpToDateCollaborationCandidates { collaborationCandidates(first: 1) { nodes { id } } }`))).collaborationCandidates!.nodes[0];
    const decided = ok(
      await kept.gql(graphql(`mutation KeptUpToDateRecommendationDecide($i: RecommendationDecideInput!) { recommendationDecide(input: $i) { userErrors { code } } }`), {
        i: { candidateId: candidate.id, status: "REJECTED", reason: "likvärdighetstest" },
      }),
    );
    expect(decided.recommendationDecide!.userErrors).toEqual([]);
    await expectSameAsFromScratch("a decision");
  }, 180_000);

  it("reads and judges again only what a write touched: a usage's write keeps the board and every fact but the usages", async () => {
    await kept.gql(BOARD);
    expect((await kept.gql(BOARD)).statements).toBeLessThanOrEqual(4);
    const usage = ok(await kept.gql(graphql(`query KeptUpToDateApplicationUsages { applicationUsages(first: 1) { nodes { id userCount } } }`))).applicationUsages!.nodes[0];
    const write = await kept.gql(graphql(`mutation KeptUpToDateApplicationUsageUpdate($i: ApplicationUsageUpdateInput!) { applicationUsageUpdate(input: $i) { userErrors { code } } }`), {
      i: { id: usage.id, userCount: (usage.userCount ?? 0) + 1 },
    });
    expect(ok(write).applicationUsageUpdate!.userErrors).toEqual([]);
    // The version and the token, the change log, then the page's own loaders: no facts read, nothing judged.
    const board = await kept.gql(graphql(`query KeptUpToDateStatusBoard3 { statusBoard(first: 100) { nodes { collaboration { name } level { ordinal } } } }`));
    expect(board.statements).toBeLessThanOrEqual(5);
    // The gaps depend on the usages (a usage needs a systemägare): the rules and competence risk are judged again, from the
    // facts kept but the usages, which alone are read again (rows and dated facts: two statements).
    const gaps = await kept.gql(BOARD);
    const { statements } = await fromScratch(BOARD);
    expect(ok(gaps)).toEqual(await fromScratch(BOARD).then(({ statements: _, ...data }) => data));
    expect(gaps.statements).toBeLessThanOrEqual(6);
    expect(statements).toBeGreaterThan(20);
  });

  it("a write that changes nothing starts no new data version: every answer stays", async () => {
    const usage = ok(await kept.gql(graphql(`query KeptUpToDateApplicationUsages { applicationUsages(first: 1) { nodes { id userCount } } }`))).applicationUsages!.nodes[0];
    await kept.gql(BOARD);
    const version = await kept.db.query("SELECT version FROM data_version WHERE id = 1");
    const same = await kept.gql(
      graphql(`mutation KeptUpToDateApplicationUsageUpdate2($i: ApplicationUsageUpdateInput!) { applicationUsageUpdate(input: $i) { userErrors { code } applicationUsage { userCount } } }`),
      {
        i: { id: usage.id, userCount: usage.userCount },
      },
    );
    expect(ok(same).applicationUsageUpdate!.userErrors).toEqual([]);
    expect(await kept.db.query("SELECT version FROM data_version WHERE id = 1")).toEqual(version);
    expect((await kept.gql(BOARD)).statements).toBeLessThanOrEqual(4);
  });
});

describe("two kept-up-to-date instances, in two processes, on one database (one PostgreSQL database when the suite runs there)", () => {
  let build: string | undefined;
  let other: RunningServer | undefined;
  beforeAll(async () => {
    build = buildInto("kept-up-to-date");
    // The second instance as the first is built (fact snapshot on, the same fixed clock), in a process
    // of its own: it knows of the first one's writes only from the database's data version and change log.
    const script = `
      require(${JSON.stringify(join(root, "node_modules/reflect-metadata"))});
      const { openDatabase } = require(${JSON.stringify(join(build, "server/src/app/database"))});
      const { buildServer } = require(${JSON.stringify(join(build, "server/src/app/server"))});
      (async () => {
        const db = await openDatabase({ url: process.env.DATABASE_URL });
        const config = { production: false, introspection: true, exposeStatementCount: false, factSnapshotDates: ${TEST_FACT_SNAPSHOT_DATES} };
        const app = await buildServer({ db, config, clock: () => new Date(${JSON.stringify(TEST_NOW.toISOString())}) });
        await app.listen({ port: 0, host: "127.0.0.1" });
        console.log("serving http://127.0.0.1:" + app.server.address().port + "/graphql");
      })();`;
    other = await startCompiled(build, { DATABASE_URL: kept.databaseUrl }, ["-e", script]);
  }, 180_000);
  afterAll(() => {
    other?.child.kill("SIGKILL");
    if (build) removeBuild(build);
  });

  it("each answers exactly as a from-scratch evaluation after writes of every kind, made on both", async () => {
    const instances: Instance[] = [
      keptInstance,
      {
        name: "the other process's instance",
        async gql(query, variables = {}) {
          const response = await fetch(other!.url, {
            method: "POST",
            headers: { "content-type": "application/json", authorization: `Bearer ${kept.adminToken}` },
            body: JSON.stringify({ query: query.toString(), variables }),
          });
          const body = await response.json();
          return { status: response.status, data: body.data, errors: body.errors, statements: 0 };
        },
      },
    ];
    for (const instance of instances) await expectSameAsFromScratch(`before, asked of ${instance.name}`, instance);
    for (const [i, [step, mutation, variables]] of writesOf(await ids(), 1).entries()) {
      const writer = instances[i % 2];
      expect((await writer.gql(mutation, variables)).errors, `${step} on ${writer.name}`).toBeUndefined();
      for (const instance of instances) await expectSameAsFromScratch(`${step} written by ${writer.name}, asked of ${instance.name}`, instance);
    }
  }, 300_000);
});
