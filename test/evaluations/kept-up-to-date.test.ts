import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../server/src/app/database";
import { buildServer } from "../../server/src/app/server";
import { ok, startServer, TEST_NOW, type TestServer } from "../helpers/server";
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
  governanceReport(asOf: $asOf) { applicable compliant rules { code applicable compliant failures { objectId label reason } } }
  competenceRisk(first: 100, asOf: $asOf) { totalCount nodes { label score level specialistsLeaving reasons { code contribution explanation } } }
  collaborationCandidates(first: 100, asOf: $asOf) { totalCount nodes { key score kind summary explanation hidden targetLevel { ordinal } participants { code } } }
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

async function expectSameAsFromScratch(step: string) {
  for (const asOf of DATES) {
    const answer = ok(await kept.gql(EVERY_EVALUATION, { asOf }));
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

describe("evaluations kept up to date by what a write touches", () => {
  it("answer exactly as a from-scratch evaluation after writes of every kind, today and on a past date", async () => {
    await expectSameAsFromScratch("before any write");
    const seed = await ids();
    const usage = seed.applicationUsages!.nodes.find((u: any) => u.userCount !== null);
    const gis = seed.collaborations!.nodes.find((c: any) => c.name === "GIS-samverkan");
    const level = seed.collaborationLevels!.find((l: any) => l.ordinal !== gis!.level.ordinal);
    const person = seed.people!.nodes[0];
    const agreement = seed.agreements!.nodes.find((a: any) => a.status === "ACTIVE") ?? seed.agreements!.nodes[0];
    const municipality = seed.municipalities!.nodes[0];
    const writes: [string, string, Record<string, unknown>][] = [
      ["a usage's users", `mutation($i: ApplicationUsageUpdateInput!) { applicationUsageUpdate(input: $i) { userErrors { code } } }`, { i: { id: usage!.id, userCount: usage!.userCount! + 7 } }],
      [
        "a level",
        `mutation($i: CollaborationLevelSetInput!) { collaborationLevelSet(input: $i) { userErrors { code } } }`,
        { i: { collaborationId: gis!.id, levelId: level!.id, reason: "likvärdighetstest" } },
      ],
      [
        "a systemägare",
        `mutation($i: RoleAssignInput!) { roleAssign(input: $i) { userErrors { code } } }`,
        { i: { personId: person.id, kind: "SYSTEMAGARE", collaborationId: gis!.id, fromDate: "2026-06-15" } },
      ],
      [
        "a specialist",
        `mutation($i: CompetenceSetInput!) { competenceSet(input: $i) { userErrors { code } } }`,
        { i: { personId: person.id, applicationId: seed.applications!.nodes[0].id, level: "SPECIALIST" } },
      ],
      ["planned leave", `mutation($i: PersonPlannedLeaveSetInput!) { personPlannedLeaveSet(input: $i) { userErrors { code } } }`, { i: { personId: person.id, plannedLeave: "2026-09" } }],
      ["a notice", `mutation($i: AgreementGiveNoticeInput!) { agreementGiveNotice(input: $i) { userErrors { code } } }`, { i: { id: agreement.id } }],
      [
        "a change freeze",
        `mutation($i: ChangeFreezeCreateInput!) { changeFreezeCreate(input: $i) { userErrors { code } } }`,
        { i: { municipalityId: municipality.id, name: "Bokslut", period: { kind: "DATES", fromDate: "2026-07-01", toDate: "2026-07-31" } } },
      ],
      [
        "a population",
        `mutation($i: MunicipalityPopulationSetInput!) { municipalityPopulationSet(input: $i) { userErrors { code } } }`,
        { i: { municipalityId: municipality.id, year: 2025, population: 12345 } },
      ],
      ["a refused write (rolled back)", `mutation($i: ApplicationUsageUpdateInput!) { applicationUsageUpdate(input: $i) { userErrors { code } } }`, { i: { id: usage!.id, userCount: -5 } }],
    ];
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
