import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AddressInfo } from "node:net";
import { Role } from "../../server/src/access/roles";
import { isPostgres } from "../../server/src/db/where-in";
import { buildServer } from "../../server/src/app/server";
import { startServer, type TestServer } from "../helpers/server";
import { startKit } from "../kit";

const LIMIT = 3;
let server: TestServer;
let unlimited: TestServer;
beforeAll(async () => {
  // Rate limiting counts requests, whatever the data: servers without any (the kit's) will do.
  [server, unlimited] = (await Promise.all([startKit({ rateLimit: { requests: LIMIT, windowSeconds: 60 } }), startKit()])).map((kit) => kit.server);
});
afterAll(async () => Promise.all([server.close(), unlimited.close()]));

async function ask(target: TestServer, authorization?: string) {
  const response = await fetch(target.url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query: "{ viewer { role } }" }),
  });
  return { status: response.status, retryAfter: response.headers.get("retry-after"), body: (await response.json()) as any };
}

describe("rate limiting", () => {
  it("answers 429 with Retry-After once a token has used up its window, and counts each token apart", async () => {
    const first = `Bearer ${await server.token(Role.READER)}`;
    const second = `Bearer ${await server.token(Role.READER)}`;
    for (let i = 0; i < LIMIT; i++) expect((await ask(server, first)).status).toBe(200);
    const refused = await ask(server, first);
    expect(refused.status).toBe(429);
    expect(refused.body.errors[0].extensions.code).toBe("RATE_LIMITED");
    expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(refused.retryAfter)).toBeLessThanOrEqual(60);
    expect(refused.body.data ?? null).toBeNull();
    expect((await ask(server, second)).status).toBe(200);
  });

  it("counts requests without a valid token per client address, wrong tokens included", async () => {
    const results = [await ask(server), await ask(server, "Bearer svk_wrong-token-aaaaaaaaaaaaaaaaaaaa"), await ask(server, "Bearer svk_another-wrong-bbbbbbbbbbbbbbbbbbbbbb")];
    expect(results.map((r) => r.status)).toEqual([200, 401, 401]);
    const guessing = await ask(server, "Bearer svk_yet-another-cccccccccccccccccccccc");
    expect(guessing.status).toBe(429);
    expect(guessing.retryAfter).toMatch(/^\d+$/);
    expect((await ask(server)).status).toBe(429);
    // A valid token has its own budget.
    expect((await ask(server, `Bearer ${await server.token(Role.READER)}`)).status).toBe(200);
  });

  it("lets requests through again when the window has passed", async () => {
    const quick = await startServer({ seed: false, rateLimit: { requests: 1, windowSeconds: 1 } });
    try {
      const token = `Bearer ${quick.adminToken}`;
      expect((await ask(quick, token)).status).toBe(200);
      const refused = await ask(quick, token);
      expect(refused.status).toBe(429);
      expect(refused.retryAfter).toBe("1");
      await new Promise((resolve) => setTimeout(resolve, 1100));
      expect((await ask(quick, token)).status).toBe(200);
    } finally {
      await quick.close();
    }
  });

  it("shares the counters between instances on one PostgreSQL database (on SQLite each process counts alone)", async () => {
    const first = await startServer({ seed: false, rateLimit: { requests: 2, windowSeconds: 60 } });
    const second = await buildServer({ db: first.db, config: { production: false, introspection: true, exposeStatementCount: false, rateLimit: { requests: 2, windowSeconds: 60 } } });
    await second.listen({ port: 0, host: "127.0.0.1" });
    try {
      const other = { url: `http://127.0.0.1:${(second.server.address() as AddressInfo).port}/graphql` } as TestServer;
      const token = `Bearer ${first.adminToken}`;
      expect((await ask(first, token)).status).toBe(200);
      expect((await ask(other, token)).status).toBe(200);
      // The third request of the window, sent to the first instance.
      expect((await ask(first, token)).status).toBe(isPostgres(first.db) ? 429 : 200);
    } finally {
      await second.close();
      await first.close();
    }
  });

  it("is off when not configured", async () => {
    const token = `Bearer ${unlimited.adminToken}`;
    const statuses = await Promise.all(Array.from({ length: 40 }, () => ask(unlimited, token).then((r) => r.status)));
    expect(statuses.every((s) => s === 200)).toBe(true);
  });
});
