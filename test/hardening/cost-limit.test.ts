import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_COST } from "../../server/src/http/limits";
import { ok, type TestServer } from "../helpers/server";
import { startKit } from "../kit";

/** The cost limit reads the document, not the data: a server with none (the kit's) will do. */
let server: TestServer;
beforeAll(async () => {
  server = (await startKit()).server;
});
afterAll(async () => server.close());

const codeOf = (response: { errors?: { extensions?: { code?: string } }[] }) => response.errors?.[0]?.extensions?.code;

/** `nodes`: 2 (object) + 6 leaves + reasons (2 + 3 leaves) = 13; each competenceRisk: 2 + page size × 13. */
const RISK_SELECTION = `nodes { label kind score level specialistCount trainedShare reasons { code contribution explanation } }`;
const aliased = (count: number, args: string) => Array.from({ length: count }, (_, i) => `r${i}: competenceRisk${args} { ${RISK_SELECTION} }`).join("\n");
const costOf = (count: number, page: number) => count * (2 + page * 13);

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

  it("lets the page-size check answer a wrong variable, not the cost limit", async () => {
    const response = await server.gql(`query($n: Int) { competenceRisk(first: $n) { totalCount } }`, { n: "many" });
    expect(response.status).toBe(400);
    expect(codeOf(response)).toBe("BAD_USER_INPUT");
  });
});
