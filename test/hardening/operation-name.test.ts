import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startServer, type TestServer } from "../helpers/server";

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ seed: false });
});
afterAll(async () => server.close());

/** Posts `body` as JSON with the admin token. */
async function post(body: Record<string, unknown>): Promise<{ status: number; body: any }> {
  const response = await fetch(server.url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${server.adminToken}` },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}

describe("the operation to run is chosen by operationName, as graphql-js does (HTTP 400 when it cannot be)", () => {
  it("answers an unknown operationName with 400 OPERATION_RESOLUTION_FAILURE naming it, and logs no internal error", async () => {
    const logged = vi.spyOn(console, "error");
    const response = await post({ query: "query A { viewer { role } }", operationName: "Z" });
    expect(response.status).toBe(400);
    expect(response.body.errors[0].extensions.code).toBe("OPERATION_RESOLUTION_FAILURE");
    expect(response.body.errors[0].message).toBe('Unknown operation named "Z".');
    expect(response.body.data).toBeUndefined();
    expect(logged).not.toHaveBeenCalled();
    logged.mockRestore();
  });

  it("answers two operations without an operationName with 400", async () => {
    const response = await post({ query: "query A { viewer { role } } query B { viewer { municipality { code } } }" });
    expect(response.status).toBe(400);
    expect(response.body.errors[0].extensions.code).toBe("OPERATION_RESOLUTION_FAILURE");
    expect(response.body.errors[0].message).toMatch(/operation name/);
  });

  it("answers an unknown operationName of a mutation document with 400 and runs nothing", async () => {
    const response = await post({ query: 'mutation M { municipalityCreate(input: { code: "9999", name: "X" }) { userErrors { code } } }', operationName: "N" });
    expect(response.status).toBe(400);
    expect(response.body.errors[0].extensions.code).toBe("OPERATION_RESOLUTION_FAILURE");
  });

  it("runs the named one of several operations, compiled (a query) or not (a mutation)", async () => {
    const document = "query A { viewer { role } } query B { viewer { municipality { code } } }";
    expect(await post({ query: document, operationName: "A" })).toMatchObject({ status: 200, body: { data: { viewer: { role: "ADMIN" } } } });
    expect(await post({ query: document, operationName: "B" })).toMatchObject({ status: 200, body: { data: { viewer: { municipality: null } } } });
  });

  it("answers an unknown operationName over GET with 400 too", async () => {
    const url = `${server.url}?query=${encodeURIComponent("query A { viewer { role } }")}&operationName=Z`;
    const response = await fetch(url, { headers: { authorization: `Bearer ${server.adminToken}`, "apollo-require-preflight": "1" } });
    expect(response.status).toBe(400);
    expect(((await response.json()) as any).errors[0].extensions.code).toBe("OPERATION_RESOLUTION_FAILURE");
  });
});
