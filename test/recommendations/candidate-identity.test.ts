import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/src/access/roles";
import { ok, type TestServer } from "../helpers/server";
import { type Kit, type Municipality, startKit, graphql } from "../kit";

// Candidates built with the test kit: two municipalities run the same product in four business areas
// (GIS inside a level-2 collaboration); finance's agreement makes its score differ between 2025-06-01
// and today (2026-06-15).
const CANDIDATES = graphql(
  `query CandidateIdentityCollaborationCandidates($asOf: LocalDate) { collaborationCandidates(first: 100, asOf: $asOf, includeHidden: true) { nodes { id key asOf score hidden } } }`,
);
const NODE = graphql(`query CandidateIdentityNode($id: ID!) { node(id: $id) { __typename id ... on CollaborationCandidate { key asOf score hidden decision { status } } } }`);
const DECIDE = graphql(`mutation CandidateIdentityRecommendationDecide($input: RecommendationDecideInput!) {
  recommendationDecide(input: $input) { decision { status } candidate { id key asOf hidden decision { status reason } } userErrors { code } } }`);

let kit: Kit;
let server: TestServer;
let a: Municipality;
let gisKey: string;
beforeAll(async () => {
  kit = await startKit();
  server = kit.server;
  a = await kit.municipality({ name: "Alby" });
  const b = await kit.municipality({ name: "Bro" });
  for (const category of ["GIS", "FINANCE", "PAYROLL_HR", "RECORDS"] as const) {
    const application = await kit.application({ name: `System för ${category}`, category });
    for (const municipality of [a, b]) await kit.usage({ municipality, application, since: "2020-01-01" });
    if (category === "GIS") await kit.collaboration({ name: "GIS-samverkan", level: 2, participants: [a, b], application, startedOn: "2020-01-01" });
    // Its decision deadline, 30 June 2026, is 13 months off on 2025-06-01 (half weight) and 15 days off today (full weight).
    if (category === "FINANCE") await kit.agreement({ name: "Leverantörsavtal ekonomi", parties: [a], starts: "2020-01-01", ends: "2027-06-30", more: { applicationIds: [application.id] } });
  }
  gisKey = ok(await server.gql(graphql(`query CandidateIdentityCollaborationCandidates2 { collaborationCandidates(first: 100) { nodes { key category } } }`))).collaborationCandidates!.nodes.find(
    (c: any) => c.category === "GIS",
  )!.key;
});
afterAll(async () => kit.close());

const candidatesOn = async (asOf?: string) => ok(await server.gql(CANDIDATES, { asOf })).collaborationCandidates!.nodes as { id: string; key: string; asOf: string; score: number; hidden: boolean }[];

describe("a collaboration candidate's identity names its date", () => {
  it("gives the same key different ids on different dates, and the same id on the same date", async () => {
    const [earlier, today, againToday] = [await candidatesOn("2025-06-01"), await candidatesOn(), await candidatesOn("2026-06-15")];
    expect(today.map((c) => c.id)).toEqual(againToday.map((c) => c.id));
    const earlierIds = new Map(earlier.map((c) => [c.key, c.id]));
    const shared = today.filter((c) => earlierIds.has(c.key));
    expect(shared.length).toBe(4);
    for (const c of shared) expect(c.id).not.toBe(earlierIds.get(c.key));
    // Some values differ by date (the reason the ids must).
    const earlierScores = new Map(earlier.map((c) => [c.key, c.score]));
    expect(shared.filter((c) => c.score !== earlierScores.get(c.key)).length).toBeGreaterThan(0);
  });

  it("refetches a candidate of any date with node(id:), with that date's values; nodes(ids:) too", async () => {
    const todays = new Map((await candidatesOn()).map((c) => [c.key, c]));
    const earlier = (await candidatesOn("2025-06-01")).find((c) => todays.has(c.key) && todays.get(c.key)!.score !== c.score)!;
    const today = todays.get(earlier.key)!;
    for (const c of [earlier, today]) {
      const node = ok(await server.gql(NODE, { id: c.id })).node;
      expect(node).toMatchObject({ __typename: "CollaborationCandidate", id: c.id, key: c.key, asOf: c.asOf, score: c.score });
    }
    const both = ok(await server.gql(graphql(`query CandidateIdentityNodes($ids: [ID!]!) { nodes(ids: $ids) { id ... on CollaborationCandidate { score } } }`), { ids: [earlier.id, today.id] })).nodes;
    expect(both).toEqual([
      { id: earlier.id, score: earlier.score },
      { id: today.id, score: today.score },
    ]);
  });

  it("answers null for a candidate's id whose key has no candidate on its date, or that is malformed", async () => {
    const id = (await candidatesOn())[0].id;
    const text = Buffer.from(id, "base64url").toString("utf8");
    const elsewhere = Buffer.from(text.replace(/:(\d{4}-\d{2}-\d{2}):/, ":1990-01-01:"), "utf8").toString("base64url");
    expect(ok(await server.gql(NODE, { id: elsewhere })).node).toBeNull();
    const unknownKey = Buffer.from("CollaborationCandidate:2026-06-15:application:999|1,2", "utf8").toString("base64url");
    expect(ok(await server.gql(NODE, { id: unknownKey })).node).toBeNull();
    const badDate = Buffer.from("CollaborationCandidate:2026-02-30:application:1|1,2", "utf8").toString("base64url");
    expect(ok(await server.gql(NODE, { id: badDate })).node).toBeNull();
  });

  it("recommendationDecide returns the candidate as it stands after the decision, under today's id, and accepts an id read on another date", async () => {
    const earlier = (await candidatesOn("2025-06-01")).find((c) => c.key === gisKey)!;
    const todayId = (await candidatesOn()).find((c) => c.key === gisKey)!.id;
    const editor = await server.token(Role.EDITOR, a.code);
    const decided = ok(await server.gql(DECIDE, { input: { candidateId: earlier.id, status: "REJECTED", reason: "Inte nu." } }, { token: editor })).recommendationDecide;
    expect(decided!.userErrors).toEqual([]);
    expect(decided!.candidate).toEqual({ id: todayId, key: gisKey, asOf: "2026-06-15", hidden: true, decision: { status: "REJECTED", reason: "Inte nu." } });
    expect(ok(await server.gql(NODE, { id: todayId })).node).toMatchObject({ hidden: true, decision: { status: "REJECTED" } });

    const refused = ok(await server.gql(DECIDE, { input: { candidateId: todayId, status: "DEFERRED", reason: "Senare" } }, { token: editor })).recommendationDecide;
    expect(refused).toEqual({ decision: null, candidate: null, userErrors: [{ code: "REQUIRED" }] });
  });
});
