import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/src/access/roles";
import { parseCorsOrigins, readConfig } from "../../server/src/config";
import { MAX_COST, UNPAGED_LIST_COST } from "../../server/src/http/limits";
import { startServer, type TestServer } from "../helpers/server";

const INTRANET = "https://intranat.bengtsfors.se";
let server: TestServer;
let plain: TestServer;
beforeAll(async () => {
  [server, plain] = await Promise.all([startServer({ seed: false, corsOrigins: [INTRANET, "http://localhost:8080"], rateLimit: { requests: 5, windowSeconds: 60 } }), startServer({ seed: false })]);
});
afterAll(async () => Promise.all([server.close(), plain.close()]));

const preflight = (target: TestServer, origin: string) =>
  fetch(target.url, { method: "OPTIONS", headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "authorization, content-type" } });

async function post(target: TestServer, query: string, headers: Record<string, string> = {}) {
  const response = await fetch(target.url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${target.adminToken}`, ...headers },
    body: JSON.stringify({ query }),
  });
  return { response, body: (await response.json()) as any };
}

describe("CORS with an allow-list of origins (SAMVERKAN_CORS_ORIGINS)", () => {
  it("answers a listed origin's preflight with 204 and what it may send", async () => {
    const response = await preflight(server, INTRANET);
    expect(response.status).toBe(204);
    expect(response.headers.get("access-control-allow-origin")).toBe(INTRANET);
    expect(response.headers.get("access-control-allow-methods")).toBe("GET, POST");
    expect(response.headers.get("access-control-allow-headers")).toContain("authorization");
    expect(response.headers.get("access-control-allow-headers")).toContain("content-type");
    expect(response.headers.get("access-control-allow-credentials")).toBeNull();
    expect(response.headers.get("vary")).toContain("Origin");
  });

  it("refuses another origin's preflight with 403 and no CORS headers", async () => {
    const response = await preflight(server, "https://evil.example.com");
    expect(response.status).toBe(403);
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
    expect(((await response.json()) as any).errors[0].extensions.code).toBe("CORS_ORIGIN_NOT_ALLOWED");
  });

  it("marks answers to a listed origin readable (and exposes the rate-limit headers), others not", async () => {
    const listed = await post(server, "{ viewer { role } }", { origin: "http://localhost:8080" });
    expect(listed.response.headers.get("access-control-allow-origin")).toBe("http://localhost:8080");
    expect(listed.response.headers.get("access-control-expose-headers")).toContain("ratelimit");
    const other = await post(server, "{ viewer { role } }", { origin: "https://evil.example.com" });
    expect(other.response.status).toBe(200);
    expect(other.response.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("is off by default: no preflight route, no headers", async () => {
    expect((await preflight(plain, INTRANET)).status).toBe(404);
    expect((await post(plain, "{ viewer { role } }", { origin: INTRANET })).response.headers.get("access-control-allow-origin")).toBeNull();
    expect(readConfig({}).corsOrigins).toEqual([]);
  });

  it("reads the list from the environment and refuses a malformed origin naming the variable", () => {
    expect(readConfig({ SAMVERKAN_CORS_ORIGINS: "https://a.se, http://b.se:8080" }).corsOrigins).toEqual(["https://a.se", "http://b.se:8080"]);
    expect(() => parseCorsOrigins("https://a.se/path")).toThrow(/SAMVERKAN_CORS_ORIGINS.*https:\/\/a.se\/path/);
    expect(() => parseCorsOrigins("*")).toThrow(/SAMVERKAN_CORS_ORIGINS/);
  });
});

describe("budget signals on every answer", () => {
  it("sends the IETF RateLimit headers counting down, and on the 429 too", async () => {
    const token = await server.token(Role.READER);
    const remaining: number[] = [];
    for (let i = 0; i < 6; i++) {
      const { response } = await post(server, "{ viewer { role } }", { authorization: `Bearer ${token}` });
      expect(response.headers.get("ratelimit-policy")).toBe('"default";q=5;w=60');
      const match = /^"default";r=(\d+);t=(\d+)$/.exec(response.headers.get("ratelimit") ?? "");
      expect(match).not.toBeNull();
      expect(Number(match![2])).toBeLessThanOrEqual(60);
      remaining.push(Number(match![1]));
      expect(response.status).toBe(i < 5 ? 200 : 429);
    }
    expect(remaining).toEqual([4, 3, 2, 1, 0, 0]);
    // Without rate limiting there is no policy to tell.
    expect((await post(plain, "{ viewer { role } }")).response.headers.get("ratelimit")).toBeNull();
  });

  it("tells the caller its limits under viewer { limits }: the cost limit and where it stands in its rate-limit window", async () => {
    const token = await server.token(Role.READER);
    const ask = () => post(server, "{ viewer { tokenExpiresAt limits { maxCost unpagedListCost rateLimit { limit windowSeconds remaining resetSeconds } } } }", { authorization: `Bearer ${token}` });
    const first = await ask();
    expect(first.body.data.viewer).toMatchObject({ tokenExpiresAt: null, limits: { maxCost: MAX_COST, unpagedListCost: UNPAGED_LIST_COST, rateLimit: { limit: 5, windowSeconds: 60, remaining: 4 } } });
    expect(first.body.data.viewer.limits.rateLimit.resetSeconds).toBeLessThanOrEqual(60);
    const second = await ask();
    expect(second.body.data.viewer.limits.rateLimit.remaining).toBe(3);
    expect(second.response.headers.get("ratelimit")).toMatch(/^"default";r=3;/);
    // Without rate limiting: the cost limit, no rate limit.
    expect((await post(plain, "{ viewer { limits { maxCost rateLimit { limit } } } }")).body.data.viewer.limits).toEqual({ maxCost: MAX_COST, rateLimit: null });
  });

  it("tells every answer's cost and the limit in extensions.cost", async () => {
    const small = await post(plain, "{ viewer { role } }");
    expect(small.body.extensions.cost).toEqual({ requested: 3, limit: MAX_COST });
    const paged = await post(plain, "{ municipalities(first: 10) { nodes { code name } } }");
    expect(paged.body.extensions.cost).toEqual({ requested: 2 + 10 * (2 + 2), limit: MAX_COST });
  });
});
