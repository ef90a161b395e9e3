import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ok, type TestServer } from "../helpers/server";
import { graphql, type Kit, months, startKit } from "../kit";

/**
 * Paging over data this file builds with the test kit, more than three of each kind of node: four
 * collaborations at levels 1–4 with an agreement each (different dates and deadlines), their usages,
 * and four systems run by two to five municipalities outside a collaboration (candidates of
 * different scores).
 */
let kit: Kit;
let server: TestServer;
beforeAll(async () => {
  kit = await startKit();
  server = kit.server;
  for (let level = 1; level <= 4; level++) {
    const participants = [await kit.municipality(), await kit.municipality()];
    const application = await kit.application();
    const collaboration = await kit.collaboration({ level, participants, application });
    for (const municipality of participants) await kit.usage({ municipality, application });
    await kit.agreement({
      kind: "SAMVERKANSAVTAL",
      parties: participants,
      collaborations: [collaboration],
      starts: `202${level}-01-01`,
      ends: `${2026 + level}-0${level}-28`,
      notice: months(3 * level),
    });
  }
  // Each group in a county of its own, so that each is a candidate of its own.
  for (let count = 2; count <= 5; count++) {
    const application = await kit.application();
    const group = [];
    for (let i = 0; i < count; i++) group.push(await kit.municipality({ county: `Län ${count}` }));
    for (const [i, municipality] of group.entries()) await kit.usage({ municipality, application, annualCostSek: 50_000 * count, functionalFit: 1 + (i % 2), technicalFit: 2 });
    if (count % 2 === 0) await kit.agreement({ parties: [group[0]], ends: `2027-0${count}-28`, more: { applicationIds: [application.id] } });
  }
});
afterAll(async () => kit.close());

/** Pages backward with `last`/`before` from the end and returns the keys in forward order. */
async function walkBackward(field: string, args: string, key: (node: any) => string, pageSize: number): Promise<string[]> {
  const keys: string[] = [];
  let before: string | null = null;
  for (let guard = 0; guard < 100; guard++) {
    const page: any = ok(
      await server.gql(`query($before: String) { ${field}(${args} last: ${pageSize}, before: $before) { edges { cursor node { ${NODE[field]} } } pageInfo { hasPreviousPage startCursor } } }`, {
        before,
      }),
    )[field];
    keys.unshift(...page.edges.map((e: any) => key(e.node)));
    if (!page.pageInfo.hasPreviousPage) return keys;
    before = page.pageInfo.startCursor;
  }
  throw new Error("no end");
}

const NODE: Record<string, string> = {
  statusBoard: "id collaboration { name } level { ordinal } nextDeadline { date }",
  agreements: "id name startDate endDate",
  competenceRisk: "label kind score",
  collaborationCandidates: "key score drivingDeadline",
  collaborations: "id name",
};

describe("connections page forward and backward, in the order asked for", () => {
  it("last/before walks every connection kind backward to the same list as one forward page", async () => {
    const cases: [string, string, (n: any) => string][] = [
      ["statusBoard", "", (n) => n.id],
      ["statusBoard", "orderBy: { field: LEVEL, direction: DESC }", (n) => n.id],
      ["agreements", "orderBy: { field: END_DATE, direction: DESC }", (n) => n.id],
      ["collaborations", "", (n) => n.id],
      ["competenceRisk", "", (n) => `${n.kind}:${n.label}`],
      ["collaborationCandidates", "", (n) => n.key],
      ["collaborationCandidates", "orderBy: { field: DEADLINE, direction: ASC }", (n) => n.key],
    ];
    for (const [field, args, key] of cases) {
      const all = ok(await server.gql(`{ ${field}(${args} first: 100) { totalCount nodes { ${NODE[field]} } } }`))[field];
      expect(all.nodes.length, field).toBe(all.totalCount);
      expect(all.nodes.length, field).toBeGreaterThan(3);
      const forward = all.nodes.map(key);
      expect(await walkBackward(field, args, key, 3), `${field}(${args})`).toEqual(forward);
      const tail = ok(await server.gql(`{ ${field}(${args} last: 2) { nodes { ${NODE[field]} } pageInfo { hasNextPage hasPreviousPage } } }`))[field];
      expect(tail.nodes.map(key)).toEqual(forward.slice(-2));
      expect(tail.pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true });
    }
  });

  it("orderBy sorts the status board by level or next deadline and agreements by dates, either way", async () => {
    const byLevel = ok(
      await server.gql(graphql(`query PagingStatusBoard { statusBoard(first: 100, orderBy: { field: LEVEL, direction: DESC }) { nodes { level { ordinal } } } }`)),
    ).statusBoard!.nodes.map((n: any) => n.level?.ordinal ?? -1);
    expect(byLevel).toEqual([...byLevel].sort((a: number, b: number) => b - a));
    expect(new Set(byLevel).size).toBeGreaterThan(1);
    const byDeadline = ok(
      await server.gql(graphql(`query PagingStatusBoard2 { statusBoard(first: 100, orderBy: { field: NEXT_DEADLINE }) { nodes { nextDeadline { date } } } }`)),
    ).statusBoard!.nodes.map((n: any) => n.nextDeadline?.date ?? "9999-12-31");
    expect(byDeadline).toEqual([...byDeadline].sort());
    const byEnd = ok(await server.gql(graphql(`query PagingAgreements { agreements(first: 100, orderBy: { field: END_DATE, direction: DESC }) { nodes { endDate } } }`))).agreements!.nodes.map(
      (n: any) => n.endDate,
    );
    expect(byEnd).toEqual([...byEnd].sort().reverse());
    const byStart = ok(await server.gql(graphql(`query PagingAgreements2 { agreements(first: 100, orderBy: { field: START_DATE }) { nodes { startDate } } }`))).agreements!.nodes.map(
      (n: any) => n.startDate,
    );
    expect(byStart).toEqual([...byStart].sort());
    const byScore = ok(
      await server.gql(graphql(`query PagingCollaborationCandidates { collaborationCandidates(first: 100, orderBy: { field: SCORE, direction: ASC }) { nodes { score } } }`)),
    ).collaborationCandidates!.nodes.map((n: any) => n.score);
    expect(byScore).toEqual([...byScore].sort((a: number, b: number) => a - b));
    expect(byScore[0]).toBeLessThan(byScore.at(-1));
    const byDefault = ok(await server.gql(graphql(`query PagingCollaborationCandidates2 { collaborationCandidates(first: 100) { nodes { key } } }`))).collaborationCandidates!.nodes.map(
      (n: any) => n.key,
    );
    const byScoreDesc = ok(
      await server.gql(graphql(`query PagingCollaborationCandidates3 { collaborationCandidates(first: 100, orderBy: { field: SCORE }) { nodes { key } } }`)),
    ).collaborationCandidates!.nodes.map((n: any) => n.key);
    expect(byScoreDesc).toEqual(byDefault);
    const byCandidateDeadline = ok(
      await server.gql(graphql(`query PagingCollaborationCandidates4 { collaborationCandidates(first: 100, orderBy: { field: DEADLINE, direction: ASC }) { nodes { drivingDeadline } } }`)),
    ).collaborationCandidates!.nodes.map((n: any) => n.drivingDeadline ?? "9999-12-31");
    expect(byCandidateDeadline).toEqual([...byCandidateDeadline].sort());
    // Forward pages in a descending order join up to the single page.
    const first = ok(
      await server.gql(graphql(`query PagingAgreements3 { agreements(first: 3, orderBy: { field: END_DATE, direction: DESC }) { nodes { endDate } pageInfo { endCursor } } }`)),
    ).agreements;
    const next = ok(
      await server.gql(graphql(`query PagingAgreements4($a: String) { agreements(first: 3, after: $a, orderBy: { field: END_DATE, direction: DESC }) { nodes { endDate } } }`), {
        a: first!.pageInfo.endCursor,
      }),
    ).agreements;
    expect([...first!.nodes, ...next!.nodes].map((n: any) => n.endDate)).toEqual(byEnd.slice(0, 6));
  });

  it("first with last, or a bad before cursor, is BAD_USER_INPUT naming the argument", async () => {
    const both = await server.gql(graphql(`query PagingStatusBoard3 { statusBoard(first: 2, last: 2) { totalCount } }`));
    expect(both.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "last" });
    const cursor = await server.gql(graphql(`query PagingAgreements5 { agreements(last: 2, before: "nope") { totalCount } }`));
    expect(cursor.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "before" });
    const tooMany = await server.gql(graphql(`query PagingCompetenceRisk { competenceRisk(last: 101) { totalCount } }`));
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "last" });
  });
});
