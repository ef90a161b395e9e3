import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type TestServer } from "../helpers/server";

/** The README's GraphQL query examples, run against the seeded server: the manual must stay true. */
const readme = readFileSync(join(__dirname, "..", "..", "README.md"), "utf8");
const queries = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]).filter((doc) => doc.trimStart().startsWith("{"));

let server: TestServer;
beforeAll(async () => (server = await startServer()));
afterAll(async () => server.close());

describe("README examples", () => {
  it("has query examples", () => {
    expect(queries.length).toBeGreaterThanOrEqual(6);
  });

  it.each(queries.map((q, i) => [i + 1, q] as const))("query example %i runs without errors and returns data", async (_n, query) => {
    const response = await server.gql(query);
    expect(response.errors).toBeUndefined();
    const values = Object.values(response.data ?? {});
    expect(values.length).toBeGreaterThan(0);
    expect(values.every((v) => v !== null)).toBe(true);
  });
});
