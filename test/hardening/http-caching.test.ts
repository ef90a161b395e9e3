import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/src/access/roles";
import { ok, startServer, type TestServer } from "../helpers/server";
import { type Kit, startKit, graphql } from "../kit";

let kit: Kit;
let cached: TestServer;
beforeAll(async () => {
  [kit, cached] = await Promise.all([startKit(), startServer({ seed: false, responseCache: true })]);
});
afterAll(async () => Promise.all([kit.close(), cached.close()]));

/** A GET of `query` (with the header a plain HTML form cannot send) as `token`, with more headers. */
function get(target: TestServer, query: string, headers: Record<string, string> = {}, token = target.adminToken, extra = "") {
  const url = `${target.url}?query=${encodeURIComponent(query)}${extra}`;
  return fetch(url, { headers: { "apollo-require-preflight": "true", authorization: `Bearer ${token}`, ...headers } });
}

describe("GET answers a client (or a browser's cache) can keep and revalidate", () => {
  it("gives a whole read an ETag from its bytes, private no-cache and Vary: Authorization; If-None-Match answers 304", async () => {
    const municipality = await kit.municipality({ name: "Etagby" });
    const query = `{ municipality(code: "${municipality.code}") { name } }`;
    const first = await get(kit.server, query);
    expect(first.status).toBe(200);
    const body = await first.text();
    expect(JSON.parse(body).data.municipality.name).toBe("Etagby");
    const etag = first.headers.get("etag")!;
    expect(etag).toBe(`"${createHash("sha256").update(body).digest("base64url")}"`);
    expect(first.headers.get("cache-control")).toBe("private, no-cache");
    expect(first.headers.get("vary")).toContain("Authorization");
    const revalidated = await get(kit.server, query, { "if-none-match": etag });
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe("");
    expect(revalidated.headers.get("etag")).toBe(etag);
  });

  it("keeps the ETag through a write that does not change the answer, and changes it with one that does", async () => {
    for (const server of [kit.server, cached]) {
      const code = server === cached ? "9801" : "9802";
      const create = graphql(`mutation HttpCachingCreate($input: MunicipalityCreateInput!) { municipalityCreate(input: $input) { userErrors { code } } }`);
      ok(await server.gql(create, { input: { code, name: "Före" } }));
      const query = `{ municipality(code: "${code}") { id name } }`;
      const first = await get(server, query);
      const etag = first.headers.get("etag")!;
      const { id } = JSON.parse(await first.text()).data.municipality;
      // Another municipality is written: this answer is the same, so is its ETag.
      ok(await server.gql(create, { input: { code: code === "9801" ? "9811" : "9812", name: "Annan" } }));
      const unchanged = await get(server, query, { "if-none-match": etag });
      expect(unchanged.status).toBe(304);
      // This one is renamed: a new answer, a new ETag.
      const renamed = ok(
        await server.gql(graphql(`mutation HttpCachingMunicipalityUpdate($input: MunicipalityUpdateInput!) { municipalityUpdate(input: $input) { userErrors { code } } }`), {
          input: { id, name: "Efter" },
        }),
      );
      expect(renamed.municipalityUpdate!.userErrors).toEqual([]);
      const changed = await get(server, query, { "if-none-match": etag });
      expect(changed.status).toBe(200);
      expect(changed.headers.get("etag")).not.toBe(etag);
      expect(JSON.parse(await changed.text()).data.municipality.name).toBe("Efter");
    }
  });

  it("answers with errors, and mutations, are not to be stored (no ETag)", async () => {
    const reader = await kit.server.token(Role.READER);
    const denied = await get(kit.server, `{ auditLog(first: 1) { totalCount } }`, {}, reader);
    expect(denied.headers.get("etag")).toBeNull();
    expect(denied.headers.get("cache-control")).toBe("no-store");
    const mutation = await fetch(kit.server.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${kit.server.adminToken}` },
      body: JSON.stringify({ query: `mutation { municipalityCreate(input: { code: "9803", name: "Ny" }) { userErrors { code } } }` }),
    });
    expect(mutation.status).toBe(200);
    expect(mutation.headers.get("etag")).toBeNull();
    expect(mutation.headers.get("cache-control")).toBe("no-store");
  });

  it("serves an automatic persisted query by its hash alone with GET once it is known, cacheable like any read", async () => {
    const query = "{ collaborationLevels { ordinal name } }";
    const sha256Hash = createHash("sha256").update(query).digest("hex");
    const extensions = `&extensions=${encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash } }))}`;
    const hashOnly = () => fetch(`${kit.server.url}?${extensions.slice(1)}`, { headers: { "apollo-require-preflight": "true", authorization: `Bearer ${kit.server.adminToken}` } });
    const unknown = await hashOnly();
    expect((await unknown.json()).errors[0].extensions.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    const registered = await get(kit.server, query, {}, kit.server.adminToken, extensions);
    expect(registered.status).toBe(200);
    const known = await hashOnly();
    expect(known.status).toBe(200);
    expect((await known.json()).data.collaborationLevels.map((l: { ordinal: number }) => l.ordinal)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(known.headers.get("etag")).toBe(registered.headers.get("etag"));
  });
});
