import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_COST, UNPAGED_LIST_COST } from "../../server/src/http/limits";
import { ok, type TestServer } from "../helpers/server";
import { startKit, graphql } from "../kit";

/** The cost limit reads the document, not the data: a server with none (the kit's) will do. */
let server: TestServer;
beforeAll(async () => {
  server = (await startKit()).server;
});
afterAll(async () => server.close());

/** The `extensions.cost` of an answer over HTTP (the test helper keeps only data and errors). */
async function costOfAnswer(query: string): Promise<unknown> {
  const response = await fetch(server.url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${server.adminToken}` },
    body: JSON.stringify({ query }),
  });
  return ((await response.json()) as { extensions?: { cost?: unknown } }).extensions?.cost;
}

const codeOf = (response: { errors?: { extensions?: { code?: string } }[] }) => response.errors?.[0]?.extensions?.code;

/**
 * `nodes`: 2 (object) + 6 leaves + two unpaged lists, each counted as UNPAGED_LIST_COST (5) items:
 * reasons (2 + 5 × 3 leaves) and competenceNetworks (2 + 5 × 2 leaves) = 37; each competenceRisk: 2 + page size × 37.
 */
const RISK_SELECTION = `nodes { label kind score level specialistCount trainedShare reasons { code contribution explanation } competenceNetworks { id name } }`;
const aliased = (count: number, args: string) => Array.from({ length: count }, (_, i) => `r${i}: competenceRisk${args} { ${RISK_SELECTION} }`).join("\n");
const costOf = (count: number, page: number) => count * (2 + page * (2 + 6 + (2 + UNPAGED_LIST_COST * 3) + (2 + UNPAGED_LIST_COST * 2)));

describe("the cost limit", () => {
  it("refuses thirty aliased competenceRisk(first: $n) with n = 100 exactly as the literal form, with the cost in extensions", async () => {
    const literal = await server.gql(`{ ${aliased(30, "(first: 100)")} }`);
    const variable = await server.gql(`query($n: Int) { ${aliased(30, "(first: $n)")} }`, { n: 100 });
    for (const response of [literal, variable]) {
      expect(response.status).toBe(400);
      expect(codeOf(response)).toBe("COST_LIMIT_EXCEEDED");
      expect(response.errors?.[0].extensions).toMatchObject({ cost: costOf(30, 100), maxCost: MAX_COST });
      expect(response.data ?? null).toBeNull();
      expect(response.statements).toBeLessThanOrEqual(1); // the token lookup: nothing ran
    }
  });

  it("counts a variable's default and an omitted first as the default page size (50)", async () => {
    const byDefault = await server.gql(`query($n: Int = 100) { ${aliased(30, "(first: $n)")} }`);
    expect(codeOf(byDefault)).toBe("COST_LIMIT_EXCEEDED");
    expect(byDefault.errors?.[0].extensions?.cost).toBe(costOf(30, 100));

    const omitted = await server.gql(`{ ${aliased(30, "")} }`);
    expect(codeOf(omitted)).toBe("COST_LIMIT_EXCEEDED");
    expect(omitted.errors?.[0].extensions?.cost).toBe(costOf(30, 50));
  });

  it("lets a variable page size under the limit through, and counts fragments", async () => {
    const small = await server.gql(`query($n: Int) { ${aliased(30, "(first: $n)")} }`, { n: 5 });
    expect(small.status).toBe(200);
    expect(Object.keys(ok(small))).toHaveLength(30);

    const fragment = await server.gql(
      `query($n: Int) { ${Array.from({ length: 30 }, (_, i) => `r${i}: competenceRisk(first: $n) { ...Risk }`).join(" ")} }
       fragment Risk on CompetenceRiskConnection { ${RISK_SELECTION} }`,
      { n: 100 },
    );
    expect(codeOf(fragment)).toBe("COST_LIMIT_EXCEEDED");
    expect(fragment.errors?.[0].extensions?.cost).toBe(costOf(30, 100));
  });

  it("counts an unpaged list of objects as UNPAGED_LIST_COST items, lists in lists multiplying", async () => {
    // collaborations(first: 10): 2 + 10 × nodes; nodes: 2 + name 1 + participants (2 + 5 × municipality { code } 3).
    expect(await costOfAnswer(`{ collaborations(first: 10) { nodes { name participants { municipality { code } } } } }`)).toEqual({
      requested: 2 + 10 * (2 + 1 + (2 + UNPAGED_LIST_COST * 3)),
      limit: MAX_COST,
    });
  });

  it("refuses a large query of unpaged lists nested in lists with COST_LIMIT_EXCEEDED before anything runs", async () => {
    const nested = graphql(
      `query CostLimitCollaborations { collaborations(first: 100) { nodes { participants { municipality { applicationUsages { application { usages { municipality { name code } } } } } } } } }`,
    );
    const response = await server.gql(nested);
    expect(response.status).toBe(400);
    expect(codeOf(response)).toBe("COST_LIMIT_EXCEEDED");
    const L = UNPAGED_LIST_COST;
    const usages = 2 + L * (2 + 2); // usages { municipality { name code } }
    const applicationUsages = 2 + L * (2 + usages); // applicationUsages { application { usages } }
    const participants = 2 + L * (2 + applicationUsages); // participants { municipality { applicationUsages } }
    expect(response.errors?.[0].extensions).toMatchObject({ cost: 2 + 100 * (2 + participants), maxCost: MAX_COST });
    expect(response.statements).toBeLessThanOrEqual(1);
    // A small page of the same passes.
    expect((await server.gql(nested.replace("first: 100", "first: 5"))).status).toBe(200);
  });

  it("lets the page-size check answer a wrong variable, not the cost limit", async () => {
    const response = await server.gql(`query($n: Int) { competenceRisk(first: $n) { totalCount } }`, { n: "many" });
    expect(response.status).toBe(400);
    expect(codeOf(response)).toBe("BAD_USER_INPUT");
  });
});
