import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type TestServer } from "../helpers/server";

/**
 * The GraphQL query examples of the README and of the API guide (docs/api.md), run against the
 * server on the Dalsland seed, which they are written about: the manual must stay true.
 */
const root = join(__dirname, "..", "..");
const examplesIn = (file: string) => [...readFileSync(join(root, file), "utf8").matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]).filter((doc) => doc.trimStart().startsWith("{"));
const documents = { "README.md": examplesIn("README.md"), "docs/api.md": examplesIn("docs/api.md") };
const examples = Object.entries(documents).flatMap(([file, queries]) => queries.map((query, i) => [`${file} #${i + 1}`, query] as const));

let server: TestServer;
beforeAll(async () => (server = await startServer()));
afterAll(async () => server.close());

describe("the README's and docs/api.md's examples", () => {
  it("are there", () => {
    expect(documents["README.md"].length).toBeGreaterThanOrEqual(2);
    expect(documents["docs/api.md"].length).toBeGreaterThanOrEqual(6);
  });

  it.each(examples)("%s runs without errors and returns data", async (_name, query) => {
    const response = await server.gql(query);
    expect(response.errors).toBeUndefined();
    const values = Object.values(response.data ?? {});
    expect(values.length).toBeGreaterThan(0);
    expect(values.every((v) => v !== null)).toBe(true);
  });
});
