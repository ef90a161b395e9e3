import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ok, type TestServer } from "../helpers/server";
import { type CollaborationBody, type Kit, type Municipality, startKit, graphql } from "../kit";

/**
 * With the fact snapshot on, a plan kept for the data version is made anew after a write to what it
 * read. The data, built with the test kit: a body of three municipalities that run one GIS product
 * inside a level-2 collaboration (a candidate to deepen), the first with a New Year freeze.
 */
let kit: Kit;
let server: TestServer;
let b: Municipality;
let dkf: CollaborationBody;
beforeAll(async () => {
  kit = await startKit({ factSnapshot: true });
  server = kit.server;
  const members = [
    await kit.municipality({ name: "Bengtby", population: 9000 }),
    await kit.municipality({ name: "Dalby", population: 4600 }),
    await kit.municipality({ name: "Fälla", population: 6300 }),
  ];
  b = members[0];
  dkf = await kit.body({ members, name: "Dalby kommunalförbund", shortName: "DKF" });
  const gis = await kit.application({ name: "Kartor", category: "GIS" });
  for (const municipality of members) await kit.usage({ municipality, application: gis, annualCostSek: 100_000 });
  await kit.collaboration({ name: "GIS-samverkan", level: 2, participants: members, application: gis, startedOn: "2010-01-01" });
  await kit.changeFreeze({ municipality: b, name: "Årsskifte", period: { kind: "DAY_MONTH", fromMonthDay: "12-15", toMonthDay: "01-15" } });
});
afterAll(async () => kit.close());

const PLAN = graphql(
  `query KeptFreshImplementationPlan($body: ID!) { implementationPlan(body: $body, from: "2026-01-01", to: "2030-12-31") { items { decisionId oneOff { kind amountOre estimated } } budgetNotices { code budgetDecidedBy } } }`,
);

describe("the plan in the shared snapshot", () => {
  it("follows decisions, entered costs and budget calendars", async () => {
    const body = dkf.id;
    expect(ok(await server.gql(PLAN, { body })).implementationPlan!.items).toEqual([]);
    const candidate = ok(await server.gql(graphql(`query KeptFreshCollaborationCandidates { collaborationCandidates(first: 100) { nodes { id key } } }`))).collaborationCandidates!.nodes.find(
      (c: any) => c.key.startsWith("application:"),
    );
    const decided = ok(
      await server.gql(graphql(`mutation KeptFreshRecommendationDecide($input: RecommendationDecideInput!) { recommendationDecide(input: $input) { decision { id } userErrors { code } } }`), {
        input: { candidateId: candidate!.id, status: "ACCEPTED", reason: "Godkänt." },
      }),
    ).recommendationDecide;
    const first = ok(await server.gql(PLAN, { body })).implementationPlan;
    expect(first!.items.map((i: any) => i.decisionId)).toEqual([decided!.decision!.id]);
    expect(first!.items[0].oneOff[0]).toMatchObject({ kind: "TRANSITION", estimated: true });

    ok(
      await server.gql(graphql(`mutation KeptFreshDecisionCostsSet($input: DecisionCostsSetInput!) { decisionCostsSet(input: $input) { userErrors { code } } }`), {
        input: { decisionId: decided!.decision!.id, costs: [{ kind: "TRANSITION", amountOre: 12345 }] },
      }),
    );
    expect(ok(await server.gql(PLAN, { body })).implementationPlan!.items[0].oneOff[0]).toEqual({ kind: "TRANSITION", amountOre: 12345, estimated: false });

    // The window begins after Bengtby's New Year freeze, in 2028: budgeted by June 2027 once Bengtby decides its budget in June.
    ok(
      await server.gql(graphql(`mutation KeptFreshBudgetCalendarSet($input: BudgetCalendarSetInput!) { budgetCalendarSet(input: $input) { userErrors { code } } }`), {
        input: { municipalityId: b.id, decisionMonth: 6 },
      }),
    );
    expect(ok(await server.gql(PLAN, { body })).implementationPlan!.budgetNotices.find((n: any) => n.code === b.code)!.budgetDecidedBy).toBe("2027-06-30");
  });
});
