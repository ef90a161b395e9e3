import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ok, startServer, type TestServer } from "../helpers/server";

/** With the fact snapshot on, a plan kept for the data version is made anew after a write to what it read. */
let server: TestServer;
beforeAll(async () => (server = await startServer({ factSnapshot: true })));
afterAll(async () => server.close());

const PLAN = `query($body: ID!) { implementationPlan(body: $body, from: "2026-01-01", to: "2030-12-31") { items { decisionId oneOff { kind amountOre estimated } } budgetNotices { code budgetDecidedBy } } }`;

describe("the plan in the shared snapshot", () => {
  it("follows decisions, entered costs and budget calendars", async () => {
    const body = ok(await server.gql(`{ collaborationBodies { nodes { id shortName } } }`)).collaborationBodies.nodes.find((b: any) => b.shortName === "DKF").id;
    expect(ok(await server.gql(PLAN, { body })).implementationPlan.items).toEqual([]);
    const candidate = ok(await server.gql(`{ collaborationCandidates(first: 100) { nodes { id key } } }`)).collaborationCandidates.nodes.find((c: any) => c.key === "application:5|1,2,3");
    const decided = ok(
      await server.gql(`mutation($input: RecommendationDecideInput!) { recommendationDecide(input: $input) { decision { id } userErrors { code } } }`, {
        input: { candidateId: candidate.id, status: "ACCEPTED", reason: "Godkänt." },
      }),
    ).recommendationDecide;
    const first = ok(await server.gql(PLAN, { body })).implementationPlan;
    expect(first.items.map((i: any) => i.decisionId)).toEqual([decided.decision.id]);
    expect(first.items[0].oneOff[0]).toMatchObject({ kind: "TRANSITION", estimated: true });

    ok(
      await server.gql(`mutation($input: DecisionCostsSetInput!) { decisionCostsSet(input: $input) { userErrors { code } } }`, {
        input: { decisionId: decided.decision.id, costs: [{ kind: "TRANSITION", amountOre: 12345 }] },
      }),
    );
    expect(ok(await server.gql(PLAN, { body })).implementationPlan.items[0].oneOff[0]).toEqual({ kind: "TRANSITION", amountOre: 12345, estimated: false });

    const bengtsfors = ok(await server.gql(`{ municipality(code: "1460") { id } }`)).municipality.id;
    ok(await server.gql(`mutation($input: BudgetCalendarSetInput!) { budgetCalendarSet(input: $input) { userErrors { code } } }`, { input: { municipalityId: bengtsfors, decisionMonth: 6 } }));
    expect(ok(await server.gql(PLAN, { body })).implementationPlan.budgetNotices.find((n: any) => n.code === "1460").budgetDecidedBy).toBe("2027-06-30");
  });
});
