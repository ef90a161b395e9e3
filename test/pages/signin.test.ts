import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/src/access/roles";
import { TokenService } from "../../server/src/access/token-service";
import { SessionStore, sessionCookie, SESSION_HOURS } from "../../server/src/pages/sessions";
import { startServer, TEST_NOW, type TestServer } from "../helpers/server";
import { getPage, originOf, postSignIn, signIn } from "./helpers";
import { graphql } from "../kit";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => server.close());

describe("GET /signin", () => {
  it("is a Swedish form with a labelled token field", async () => {
    const response = await getPage(server, "/signin?next=%2F%3FasOf%3D2020-01-01");
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain('<html lang="sv">');
    expect(page).toContain('<label for="token">API-token</label>');
    expect(page).toMatch(/<input id="token" name="token" type="password" required/);
    expect(page).toContain('<input type="hidden" name="next" value="/?asOf=2020-01-01">');
    expect(page).toContain('<form method="post" action="/signin"');
  });
});

describe("POST /signin", () => {
  it("answers a valid token with an HttpOnly, SameSite=Strict session cookie that is not the token, and goes back", async () => {
    const response = await postSignIn(server, { token: server.adminToken, next: "/?asOf=2020-01-01" });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/?asOf=2020-01-01");
    const cookie = response.headers.get("set-cookie")!;
    expect(cookie).toMatch(/^samverkan_session=[A-Za-z0-9_-]{43}; /);
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Strict");
    expect(cookie).toContain("Path=/");
    expect(cookie).toContain(`Max-Age=${SESSION_HOURS * 3600}`);
    expect(cookie).not.toContain("Secure"); // plain http here; see the unit test below for https
    expect(cookie).not.toContain(server.adminToken);
    expect(cookie).not.toContain(server.adminToken.slice(4, 20));
  });

  it("rejects an unknown token, an empty one, and a way back to another site", async () => {
    const unknown = await postSignIn(server, { token: "svk_this-token-does-not-exist-000" });
    expect(unknown.status).toBe(401);
    expect(unknown.headers.get("set-cookie")).toBeNull();
    const page = await unknown.text();
    expect(page).toContain('role="alert"');
    expect(page).toContain('aria-invalid="true"');
    expect(page).toContain("finns inte, är återkallad eller har gått ut");

    const empty = await postSignIn(server, { token: "  " });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain("Fyll i din API-token.");

    for (const next of ["//evil.example/", "https://evil.example/", "/\\evil.example"]) {
      const response = await postSignIn(server, { token: server.adminToken, next });
      expect(response.headers.get("location")).toBe("/");
    }
  });

  it("refuses a form posted from another site (no login forgery)", async () => {
    for (const headers of [{ origin: "http://evil.example" }, { "sec-fetch-site": "cross-site" }] as Record<string, string>[]) {
      const response = await postSignIn(server, { token: server.adminToken }, headers);
      expect(response.status).toBe(403);
      expect(response.headers.get("set-cookie")).toBeNull();
    }
    const own = await postSignIn(server, { token: server.adminToken }, { origin: originOf(server), "sec-fetch-site": "same-origin" });
    expect(own.status).toBe(303);
  });
});

describe("the session cookie", () => {
  it("opens GET pages as the token's viewer", async () => {
    const cookie = await signIn(server, server.adminToken);
    const response = await getPage(server, "/", { cookie });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("Inloggad med token <strong>test-admin</strong> (administratör)");
  });

  it("opens the annual report page too", async () => {
    const cookie = await signIn(server, server.adminToken);
    const response = await getPage(server, "/reports/DKF/2025.html", { cookie });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-report-status")).toBe("draft");
    await response.body?.cancel();
    expect((await getPage(server, "/reports/DKF/2025.html")).status).toBe(401);
  });

  it("is never accepted by POST /graphql or GET /graphql: no cross-site request forgery path", async () => {
    const cookie = await signIn(server, server.adminToken);
    const query = graphql(`query SigninCollaborations { collaborations { totalCount } }`);
    const post = await fetch(server.url, { method: "POST", headers: { "content-type": "application/json", cookie }, body: JSON.stringify({ query }) });
    const postBody = (await post.json()) as any;
    expect(postBody.data?.collaborations ?? null).toBeNull();
    expect(postBody.errors[0].extensions.code).toBe("UNAUTHENTICATED");

    const get = await fetch(`${server.url}?query=${encodeURIComponent(query.toString())}`, { headers: { cookie, "apollo-require-preflight": "1" } });
    const getBody = (await get.json()) as any;
    expect(getBody.errors[0].extensions.code).toBe("UNAUTHENTICATED");

    // The same request with the token itself works, so it is the cookie that is refused.
    const withToken = await server.gql(query);
    expect(withToken.data.collaborations!.totalCount).toBe(7);
  });

  it("is not accepted by other methods on pages either", async () => {
    const cookie = await signIn(server, server.adminToken);
    const response = await fetch(`${originOf(server)}/`, { method: "POST", headers: { cookie }, redirect: "manual" });
    expect(response.status).toBe(404);
  });

  it("ends at sign-out: the cookie is cleared and the old value no longer works", async () => {
    const cookie = await signIn(server, server.adminToken);
    const response = await fetch(`${originOf(server)}/signout`, { method: "POST", headers: { cookie }, redirect: "manual" });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/signin?utloggad");
    expect(response.headers.get("set-cookie")).toMatch(/^samverkan_session=; Path=\/; HttpOnly; SameSite=Strict; Max-Age=0/);
    const after = await getPage(server, "/", { cookie });
    expect(after.status).toBe(303);
    expect(after.headers.get("location")).toBe("/signin?next=%2F");
    expect(await (await getPage(server, "/signin?utloggad")).text()).toContain("Du är utloggad.");
  });

  it("stops working when its token is revoked", async () => {
    const token = await server.token(Role.READER);
    const cookie = await signIn(server, token);
    const before = await getPage(server, "/", { cookie });
    expect(before.status).toBe(200);
    await before.body?.cancel();
    const tokens = new TokenService(server.db);
    const name = (await tokens.list()).find((t) => t.revokedAt === null && t.role === Role.READER)!.name;
    await tokens.revoke(name, TEST_NOW);
    expect((await getPage(server, "/", { cookie })).status).toBe(303);
  });

  it("refuses a sign-out posted from another site", async () => {
    const cookie = await signIn(server, server.adminToken);
    const response = await fetch(`${originOf(server)}/signout`, { method: "POST", headers: { cookie, origin: "http://evil.example" }, redirect: "manual" });
    expect(response.status).toBe(403);
    const stillSignedIn = await getPage(server, "/", { cookie });
    expect(stillSignedIn.status).toBe(200);
    await stillSignedIn.body?.cancel();
  });
});

describe("SessionStore and the cookie attributes", () => {
  it("expires a session after its hours and marks the cookie Secure over https", () => {
    const store = new SessionStore();
    const id = store.create(42, TEST_NOW);
    expect(store.tokenIdOf(id, new Date(TEST_NOW.getTime() + SESSION_HOURS * 3_600_000 - 1))).toBe(42);
    expect(store.tokenIdOf(id, new Date(TEST_NOW.getTime() + SESSION_HOURS * 3_600_000))).toBeNull();
    expect(store.tokenIdOf("not-a-session", TEST_NOW)).toBeNull();
    expect(sessionCookie("abc", true)).toBe(`samverkan_session=abc; Path=/; HttpOnly; SameSite=Strict; Max-Age=${SESSION_HOURS * 3600}; Secure`);
  });
});
