import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BODY_LIMIT_BYTES } from "../../server/src/app/server";
import { ok, type TestServer } from "../helpers/server";
import { type Kit, startKit, graphql } from "../kit";

let server: TestServer;
let production: TestServer;
beforeAll(async () => {
  const kits = await Promise.all([startKit(), startKit({ production: true })]);
  [server, production] = kits.map((kit) => kit.server);
  // Something to nest into and count: a collaboration of two municipalities, and a third one.
  await kits[0].collaboration();
  await kits[0].municipality();
});
afterAll(async () => Promise.all([server.close(), production.close()]));

const codeOf = (response: { errors?: { extensions?: { code?: string } }[] }) => response.errors?.[0]?.extensions?.code;

describe("hostile and malformed requests", () => {
  it("rejects a query nested deeper than the depth limit", async () => {
    const nest = (depth: number): string => (depth === 0 ? "name" : `participants { collaboration { ${nest(depth - 1)} } }`);
    const shallow = await server.gql(`{ collaborations(first: 1) { nodes { ${nest(4)} } } }`);
    expect(shallow.errors).toBeUndefined();
    const deep = `{ collaborations(first: 1) { nodes { ${nest(6)} } } }`;
    const response = await server.gql(deep);
    expect(response.status).toBe(400);
    expect(response.errors?.[0].message).toMatch(/depth/i);
    expect(response.statements).toBeLessThanOrEqual(1); // the token lookup only: nothing ran
  });

  it("rejects too many aliases", async () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: viewer { role }`).join(" ");
    const response = await server.gql(`{ ${aliases} }`);
    expect(response.errors?.[0].message).toMatch(/alias/i);
  });

  it("rejects a body over the limit with 413", async () => {
    const response = await fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${server.adminToken}` },
      body: JSON.stringify({ query: `{ viewer { role } }`, padding: "x".repeat(BODY_LIMIT_BYTES) }),
    });
    expect(response.status).toBe(413);
  });

  it("rejects malformed JSON and missing queries with 400, without a stack trace", async () => {
    const response = await fetch(server.url, { method: "POST", headers: { "content-type": "application/json" }, body: "{ not json" });
    expect(response.status).toBe(400);
    expect(await response.text()).not.toMatch(/at .*\.(js|ts):\d+/);
    const empty = await server.gql("");
    expect(empty.status).toBe(400);
  });

  it("caps page sizes and rejects forged cursors as BAD_USER_INPUT", async () => {
    expect(codeOf(await server.gql(graphql(`query LimitsMunicipalities { municipalities(first: 101) { totalCount } }`)))).toBe("BAD_USER_INPUT");
    expect(codeOf(await server.gql(graphql(`query LimitsMunicipalities2 { municipalities(first: -1) { totalCount } }`)))).toBe("BAD_USER_INPUT");
    expect(codeOf(await server.gql(graphql(`query LimitsMunicipalities3 { municipalities(after: "bm90IGEgY3Vyc29y") { totalCount } }`)))).toBe("BAD_USER_INPUT");
    expect(ok(await server.gql(graphql(`query LimitsMunicipalities4 { municipalities(first: 0) { nodes { code } totalCount } }`))).municipalities).toEqual({ nodes: [], totalCount: 3 });
  });

  it("treats forged global IDs as unknown objects", async () => {
    const ids = ["", "x", Buffer.from("Municipality:0").toString("base64url"), Buffer.from("Municipality:1; DROP TABLE municipality").toString("base64url"), "A".repeat(500)];
    expect(ok(await server.gql(graphql(`query LimitsNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }`), { ids })).nodes).toEqual(ids.map(() => null));
    expect(codeOf(await server.gql(graphql(`query LimitsNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }`), { ids: Array(101).fill("x") }))).toBe("BAD_USER_INPUT");
  });

  it("treats search text as data, not as SQL or LIKE patterns", async () => {
    expect(ok(await server.gql(graphql(`query LimitsMunicipalities5 { municipalities(search: "' OR 1=1 --") { totalCount } }`))).municipalities!.totalCount).toBe(0);
    expect(ok(await server.gql(graphql(`query LimitsMunicipalities6 { municipalities(search: "%") { totalCount } }`))).municipalities!.totalCount).toBe(0);
  });
});

describe("production mode", () => {
  it("hides field suggestions and introspection", async () => {
    const typo = await production.gql(`{ municipalitys { totalCount } }`);
    expect(typo.errors?.[0].message).not.toMatch(/Did you mean/);
    const introspection = await production.gql(graphql(`query Limits__schema { __schema { types { name } } }`));
    expect(introspection.errors?.length).toBeGreaterThan(0);
    const dev = await server.gql(`{ municipalitys { totalCount } }`);
    expect(dev.errors?.[0].message).toMatch(/Did you mean/);
  });
});

describe("caching", () => {
  it("lets a whole read be kept only privately and revalidated, and nothing else be stored", async () => {
    const ask = (query: string) =>
      fetch(server.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${server.adminToken}` },
        body: JSON.stringify({ query }),
      });
    const read = await ask("{ viewer { role } }");
    expect(read.headers.get("cache-control")).toBe("private, no-cache");
    expect(read.headers.get("vary")).toContain("Authorization");
    const failed = await ask("{ municipality(code: 1460) { name } }");
    expect(failed.headers.get("cache-control")).toBe("no-store");
  });
});

describe("faults", () => {
  it("answers a database failure with a generic INTERNAL_SERVER_ERROR and no stack trace", async () => {
    const kit: Kit = await startKit();
    await kit.collaboration();
    const broken = kit.server;
    await broken.db.query("DROP TABLE collaboration_level_change");
    const response = await broken.gql(graphql(`query LimitsCollaborations { collaborations { nodes { name levelHistory { changedOn } } } }`));
    expect(codeOf(response)).toBe("INTERNAL_SERVER_ERROR");
    expect(response.errors?.[0].message).toBe("Internt serverfel.");
    expect(JSON.stringify(response)).not.toMatch(/SQLITE|stacktrace|\.ts:\d+|no such table/i);
    await broken.close();
  });
});
