import type { AddressInfo } from "node:net";
import type { FastifyInstance } from "fastify";
import type { DataSource } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/src/access/roles";
import { TokenService } from "../../server/src/access/token-service";
import { asLocalWrite } from "../../server/src/cache/data-version";
import { readConfig } from "../../server/src/config";
import { openDatabase } from "../../server/src/app/database";
import { buildServer } from "../../server/src/app/server";
import { isEmpty, loadSeed } from "../../seeds/load";
import { addSyntheticData } from "../../seeds/synthetic";
import { municipalityId, ok, startServer, TEST_NOW, TEST_RESPONSE_CACHE, type TestServer } from "../helpers/server";
import { graphql } from "../kit";
import type { TypedDocumentString } from "../kit/generated/graphql";

let server: TestServer;

beforeAll(async () => {
  server = await startServer({ responseCache: true });
});
afterAll(async () => server.close());

/** A raw POST, for headers the helper does not show (ETag, 304). */
async function post<R, V>(
  url: string,
  query: string | TypedDocumentString<R, V>,
  variables: Record<string, unknown> = {},
  token: string | null = server.adminToken,
  extra: Record<string, string> = {},
) {
  return fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}), ...extra },
    body: JSON.stringify({ query: query.toString(), variables }),
  });
}

async function metric(origin: string, name: string): Promise<number> {
  const text = await (await fetch(`${origin}/metrics`)).text();
  const line = text.split("\n").find((l) => l.startsWith(`${name} `));
  return Number(line?.split(" ")[1]);
}

const origin = () => server.url.replace(/\/graphql$/, "");
const NAME = graphql(`query ResponseCacheMunicipality($code: String!) { municipality(code: $code) { name } }`);

describe("the response cache", () => {
  it("answers a repeated query from the cache with one statement (version and token), counted in /metrics", async () => {
    const hitsBefore = await metric(origin(), "samverkan_response_cache_hits_total");
    const first = await server.gql(graphql(`query ResponseCacheCollaborations { collaborations(first: 100) { nodes { name level { ordinal } participants { municipality { code } } } } }`));
    const second = await server.gql(graphql(`query ResponseCacheCollaborations { collaborations(first: 100) { nodes { name level { ordinal } participants { municipality { code } } } } }`));
    expect(first.statements).toBeGreaterThan(1);
    expect(second.statements).toBe(1);
    expect(second.data).toEqual(ok(first));
    expect(await metric(origin(), "samverkan_response_cache_hits_total")).toBe(hitsBefore + 1);
    expect(await metric(origin(), "samverkan_response_cache_entries")).toBeGreaterThan(0);
    expect(await metric(origin(), "samverkan_response_cache_max_bytes")).toBe(TEST_RESPONSE_CACHE.maxBytes);
  });

  it("runs a query once when identical requests arrive together: the others get its answer", async () => {
    const query = graphql(`query ResponseCacheCollaborations2 { together: collaborations(first: 100) { nodes { name participants { municipality { name } } levelHistory { changedOn } } } }`);
    const counts = async () => Promise.all(["misses", "hits", "coalesced"].map((name) => metric(origin(), `samverkan_response_cache_${name}_total`)));
    const [misses, hits, coalesced] = await counts();
    const answers = await Promise.all(Array.from({ length: 5 }, () => server.gql(query)));
    const [missesAfter, hitsAfter, coalescedAfter] = await counts();
    expect(missesAfter - misses).toBe(1);
    expect(hitsAfter - hits + (coalescedAfter - coalesced)).toBe(4);
    for (const answer of answers) expect(answer.data).toEqual(ok(answers[0]));
    expect(ok(answers[0]).together!.nodes.length).toBeGreaterThan(0);
  });

  it("serves the next read fresh after a mutation", async () => {
    const id = await municipalityId(server, "1460");
    expect(ok(await server.gql(NAME, { code: "1460" })).municipality!.name).toBe("Bengtsfors");
    expect((await server.gql(NAME, { code: "1460" })).statements).toBe(1);
    const renamed = ok(
      await server.gql(graphql(`mutation ResponseCacheMunicipalityUpdate($input: MunicipalityUpdateInput!) { municipalityUpdate(input: $input) { userErrors { code } } }`), {
        input: { id, name: "Bengtsfors kommun" },
      }),
    );
    expect(renamed.municipalityUpdate!.userErrors).toEqual([]);
    const after = await server.gql(NAME, { code: "1460" });
    expect(after.data.municipality!.name).toBe("Bengtsfors kommun");
    expect(after.statements).toBeGreaterThan(1);
    // A mutation refused with userErrors changes nothing, so the version stays and the cache still answers.
    const refused = ok(
      await server.gql(graphql(`mutation ResponseCacheMunicipalityUpdate($input: MunicipalityUpdateInput!) { municipalityUpdate(input: $input) { userErrors { code } } }`), {
        input: { id, name: "" },
      }),
    );
    expect(refused.municipalityUpdate!.userErrors).not.toEqual([]);
    expect((await server.gql(NAME, { code: "1460" })).statements).toBe(1);
    ok(
      await server.gql(graphql(`mutation ResponseCacheMunicipalityUpdate($input: MunicipalityUpdateInput!) { municipalityUpdate(input: $input) { userErrors { code } } }`), {
        input: { id, name: "Bengtsfors" },
      }),
    );
  });

  it("serves answers for past dates fresh after a correction (rättelse)", async () => {
    const BOARD = graphql(`query ResponseCacheCollaborations3($asOf: LocalDate!) { collaborations(first: 100) { nodes { name levelOn(date: $asOf) { ordinal } } } }`);
    const gisOn = async (asOf: string) => {
      const response = await server.gql(BOARD, { asOf });
      return { level: ok(response).collaborations!.nodes.find((n: any) => n.name === "GIS-samverkan")!.levelOn!.ordinal, statements: response.statements };
    };
    const before = await gisOn("2025-07-01");
    expect((await gisOn("2025-07-01")).statements).toBe(1);
    const gis = ok(await server.gql(graphql(`query ResponseCacheCollaborations4 { collaborations(first: 100) { nodes { id name } } }`))).collaborations!.nodes.find(
      (n: any) => n.name === "GIS-samverkan",
    )!.id;
    const level4 = ok(await server.gql(graphql(`query ResponseCacheCollaborationLevels { collaborationLevels { id ordinal } }`))).collaborationLevels!.find((l: any) => l.ordinal === 4)!.id;
    const corrected = ok(
      await server.gql(graphql(`mutation ResponseCacheCollaborationLevelSet($input: CollaborationLevelSetInput!) { collaborationLevelSet(input: $input) { userErrors { code } } }`), {
        input: { collaborationId: gis, levelId: level4, changedOn: "2025-06-01", decisionReference: "DKF 2025/4", correctionReason: "Beslutet registrerades aldrig" },
      }),
    );
    expect(corrected.collaborationLevelSet!.userErrors).toEqual([]);
    const after = await gisOn("2025-07-01");
    expect(before.level).not.toBe(4);
    expect(after.level).toBe(4);
    expect(after.statements).toBeGreaterThan(1);
  });

  it("serves the next read fresh after a write outside GraphQL (the data generators, as the seed)", async () => {
    const COUNT = graphql(`query ResponseCacheMunicipalities { municipalities(first: 1) { totalCount } }`);
    const before = ok(await server.gql(COUNT)).municipalities!.totalCount;
    expect((await server.gql(COUNT)).statements).toBe(1);
    await addSyntheticData(server.db, { municipalities: 2, collaborations: 1, participantsPerCollaboration: 1, historyPerCollaboration: 1 });
    const after = await server.gql(COUNT);
    expect(after.data.municipalities!.totalCount).toBe(before + 2);
    expect(after.statements).toBeGreaterThan(1);
  });

  it("answers a read sent while a write of this process is open once the write has ended, from what it committed", async () => {
    // (Another document, so the read below is not already in the cache.)
    const original = ok(await server.gql(graphql(`query ResponseCacheMunicipality2 { municipality(code: "1439") { code name } }`))).municipality!.name;
    // On SQLite every request of the process shares one connection, so a read inside the open write
    // transaction would see its uncommitted rows: the read waits for the write to end instead.
    const readName = () => server.gql(NAME, { code: "1439" });
    let answered = false;
    let read: ReturnType<typeof readName> | undefined;
    await expect(
      asLocalWrite(() =>
        server.db.transaction(async (em) => {
          await em.query("UPDATE municipality SET name = 'Uncommitted' WHERE code = '1439'");
          read = readName().then((answer) => {
            answered = true;
            return answer;
          });
          await new Promise((resolve) => setTimeout(resolve, 200));
          expect(answered).toBe(false);
          throw new Error("rolled back");
        }),
      ),
    ).rejects.toThrow("rolled back");
    const after = await read!;
    expect(after.data.municipality!.name).toBe(original);
    expect(after.statements).toBeGreaterThan(1);
    expect((await server.gql(NAME, { code: "1439" })).statements).toBe(1);
  });

  it("never shows one token scope another scope's personal data", async () => {
    const PEOPLE = graphql(`query ResponseCachePeople { people(first: 100) { nodes { name email phone plannedLeave municipality { code } } } }`);
    const bengtsfors = await server.token(Role.EDITOR, "1460");
    const dalsEd = await server.token(Role.EDITOR, "1438");
    const admin = ok(await server.gql(PEOPLE)).people!.nodes;
    const asBengtsfors = await server.gql(PEOPLE, {}, { token: bengtsfors });
    const asDalsEd = await server.gql(PEOPLE, {}, { token: dalsEd });
    // Each scope's first request is executed, not served from another scope's entry.
    expect(asBengtsfors.statements).toBeGreaterThan(1);
    expect(asDalsEd.statements).toBeGreaterThan(1);
    const withEmail = (nodes: any[], code: string) => nodes.filter((n) => n.municipality.code === code && n.email !== null).length;
    expect(withEmail(admin, "1438")).toBeGreaterThan(0);
    expect(withEmail(asBengtsfors.data.people!.nodes, "1438")).toBe(0);
    expect(withEmail(asBengtsfors.data.people!.nodes, "1460")).toBeGreaterThan(0);
    expect(withEmail(asDalsEd.data.people!.nodes, "1460")).toBe(0);
    expect(asBengtsfors.data.people!.nodes.filter((n: any) => n.municipality.code !== "1460").every((n: any) => n.phone === null && n.plannedLeave === null)).toBe(true);
    // Warm now: each scope gets its own entry back, and the admin still sees everything.
    const again = await server.gql(PEOPLE, {}, { token: bengtsfors });
    expect(again.statements).toBe(1);
    expect(again.data).toEqual(asBengtsfors.data);
    const anotherBengtsforsEditor = await server.gql(PEOPLE, {}, { token: await server.token(Role.EDITOR, "1460") });
    expect(anotherBengtsforsEditor.statements).toBe(1);
    expect(anotherBengtsforsEditor.data).toEqual(asBengtsfors.data);
    expect(ok(await server.gql(PEOPLE)).people!.nodes).toEqual(admin);
  });

  it("keeps token-specific answers (viewer's token name) out of the cache", async () => {
    const one = await server.token(Role.READER);
    const two = await server.token(Role.READER);
    const names = [];
    for (const token of [one, two, one]) names.push(ok(await server.gql(graphql(`query ResponseCacheViewer { viewer { tokenName role } }`), {}, { token })).viewer!.tokenName);
    expect(names[0]).not.toBe(names[1]);
    expect(names[2]).toBe(names[0]);
  });

  it("refuses a revoked token at once, even with a warm cache, when another process revokes it", async () => {
    const created = await new TokenService(server.db).create({ name: "status-board", role: Role.READER, now: TEST_NOW });
    expect((await server.gql(NAME, { code: "1461" }, { token: created.token })).statements).toBeGreaterThanOrEqual(1);
    expect((await server.gql(NAME, { code: "1461" }, { token: created.token })).statements).toBe(1);
    // The token CLI runs in its own process with its own connection: a second DataSource on the same file.
    const cli = await openDatabase({ url: server.databaseUrl });
    try {
      expect(await new TokenService(cli).revoke("status-board", TEST_NOW)).toBe(1);
    } finally {
      await cli.destroy();
    }
    const refused = await server.gql(NAME, { code: "1461" }, { token: created.token });
    expect(refused.status).toBe(401);
    expect(refused.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    expect(refused.data ?? null).toBeNull();
  });

  it("counts answers from the cache against the rate limit", async () => {
    const limited = await startServer({ seed: false, responseCache: true, rateLimit: { requests: 3, windowSeconds: 60 } });
    try {
      const token = await limited.token(Role.READER);
      const answers = [];
      for (let i = 0; i < 4; i++) answers.push(await limited.gql(graphql(`query ResponseCacheCollaborationLevels2 { collaborationLevels { ordinal } }`), {}, { token }));
      // The second and third come from the cache (one statement) and still count.
      expect(answers.map((a) => a.statements).slice(1, 3)).toEqual([1, 1]);
      expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 429]);
      expect(answers[3].errors?.[0].extensions?.code).toBe("RATE_LIMITED");
    } finally {
      await limited.close();
    }
  });

  it("sends an ETag and answers 304 to If-None-Match", async () => {
    const first = await post(server.url, NAME, { code: "1492" });
    const etag = first.headers.get("etag")!;
    expect(etag).toMatch(/^"[\w-]{43}"$/);
    expect(first.headers.get("cache-control")).toBe("private, no-cache");
    expect((await first.json()).data.municipality.name).toBe("Åmål");
    const revalidated = await post(server.url, NAME, { code: "1492" }, server.adminToken, { "if-none-match": etag });
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe("");
    const otherVariables = await post(server.url, NAME, { code: "1460" }, server.adminToken, { "if-none-match": etag });
    expect(otherVariables.status).toBe(200);
    expect(otherVariables.headers.get("etag")).not.toBe(etag);
    // A write moves the data version, but the ETag is the answer's own hash: a write that leaves the
    // answer as it was (a population the query does not ask for) keeps it; one that changes it does not.
    const id = await municipalityId(server, "1492");
    const set = ok(
      await server.gql(graphql(`mutation ResponseCacheMunicipalityPopulationSet($input: MunicipalityPopulationSetInput!) { municipalityPopulationSet(input: $input) { userErrors { code } } }`), {
        input: { municipalityId: id, year: 2019, population: 12_345 },
      }),
    );
    expect(set.municipalityPopulationSet!.userErrors).toEqual([]);
    const afterWrite = await post(server.url, NAME, { code: "1492" }, server.adminToken, { "if-none-match": etag });
    expect(afterWrite.status).toBe(304);
    const renamed = ok(
      await server.gql(graphql(`mutation ResponseCacheMunicipalityUpdate($input: MunicipalityUpdateInput!) { municipalityUpdate(input: $input) { userErrors { code } } }`), {
        input: { id, name: "Åmål stad" },
      }),
    );
    expect(renamed.municipalityUpdate!.userErrors).toEqual([]);
    const afterRename = await post(server.url, NAME, { code: "1492" }, server.adminToken, { "if-none-match": etag });
    expect(afterRename.status).toBe(200);
    expect(afterRename.headers.get("etag")).not.toBe(etag);
    expect((await afterRename.json()).data.municipality.name).toBe("Åmål stad");
    ok(
      await server.gql(graphql(`mutation ResponseCacheMunicipalityUpdate($input: MunicipalityUpdateInput!) { municipalityUpdate(input: $input) { userErrors { code } } }`), {
        input: { id, name: "Åmål" },
      }),
    );
  });

  it("never caches mutations, introspection or answers with errors", async () => {
    // An admin-only field asked by a reader: an answer with errors.
    const reader = await server.token(Role.READER);
    for (let i = 0; i < 2; i++) {
      const response = await post(server.url, `{ auditLog(first: 1) { nodes { operation } } }`, {}, reader);
      expect((await response.json()).errors[0].extensions.code).toBe("FORBIDDEN");
      expect(response.headers.get("etag")).toBeNull();
      expect(response.headers.get("cache-control")).toBe("no-store");
    }
    for (let i = 0; i < 2; i++) {
      const introspection = await server.gql(graphql(`query ResponseCache__schema { __schema { queryType { name } } }`));
      expect(introspection.data.__schema.queryType.name).toBe("Query");
      expect(introspection.statements).toBe(1);
    }
    // Introspection is never stored in the response cache (one statement each time, above); its answer
    // still has an ETag of its bytes, as every whole read does.
    const id = await municipalityId(server, "1460");
    const MUTATION = graphql(`mutation ResponseCacheMunicipalityUpdate2($input: MunicipalityUpdateInput!) { municipalityUpdate(input: $input) { municipality { county } userErrors { code } } }`);
    const first = await post(server.url, MUTATION, { input: { id, county: "Västra Götalands län" } });
    expect(first.headers.get("etag")).toBeNull();
    const second = await server.gql(MUTATION, { input: { id, county: "Västra Götalands län" } });
    expect(second.statements).toBeGreaterThan(1);
  });
});

describe("configuration", () => {
  it("reads SAMVERKAN_RESPONSE_CACHE_MB: 64 MiB by default, 0 turns the cache off, nonsense stops the start", async () => {
    expect(readConfig({}).responseCache.maxBytes).toBe(64 * 1024 * 1024);
    expect(readConfig({ SAMVERKAN_RESPONSE_CACHE_MB: "0" }).responseCache.maxBytes).toBe(0);
    expect(() => readConfig({ SAMVERKAN_RESPONSE_CACHE_MB: "lots" })).toThrow(/SAMVERKAN_RESPONSE_CACHE_MB/);
    const off = await startServer({ seed: false });
    try {
      const first = await fetch(off.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${off.adminToken}` },
        body: JSON.stringify({ query: "{ collaborationLevels { ordinal } }" }),
      });
      // Without the response cache a whole read still has an ETag of its bytes (HTTP revalidation does not need the cache).
      expect(first.headers.get("etag")).toMatch(/^"[\w-]{43}"$/);
      expect(first.headers.get("cache-control")).toBe("private, no-cache");
      expect(await (await fetch(off.url.replace(/\/graphql$/, "/metrics"))).text()).toContain("samverkan_response_cache_max_bytes 0");
    } finally {
      await off.close();
    }
  });
});

/** A second server instance on the same database, as a second process would run it. */
async function secondInstance(url: string): Promise<{ db: DataSource; app: FastifyInstance; graphql: string }> {
  const db = await openDatabase({ url });
  const app = await buildServer({ db, config: { production: false, introspection: true, exposeStatementCount: true, responseCache: TEST_RESPONSE_CACHE }, clock: () => TEST_NOW });
  await app.listen({ port: 0, host: "127.0.0.1" });
  return { db, app, graphql: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/graphql` };
}

async function nameVia(url: string, token: string, code: string): Promise<{ name: string; statements: number }> {
  const response = await post(url, NAME, { code }, token);
  return { name: (await response.json()).data.municipality.name, statements: Number(response.headers.get("x-sql-statements")) };
}

const RENAME = `mutation($input: MunicipalityUpdateInput!) { municipalityUpdate(input: $input) { userErrors { code } } }`;

/** Two instances, each with a warm cache: a write through either makes the other's next read fresh. */
async function checkTwoInstances(first: { graphql: string; token: string }, second: { graphql: string }, code: string): Promise<void> {
  const id = (await (await post(first.graphql, `query($code: String!) { municipality(code: $code) { id } }`, { code }, first.token)).json()).data.municipality.id;
  const original = (await nameVia(first.graphql, first.token, code)).name;
  for (const instance of [first, second]) {
    await nameVia(instance.graphql, first.token, code);
    expect((await nameVia(instance.graphql, first.token, code)).statements).toBe(1);
  }
  const rename = async (via: string, name: string) => expect((await (await post(via, RENAME, { input: { id, name } }, first.token)).json()).data.municipalityUpdate.userErrors).toEqual([]);
  await rename(first.graphql, `${original} (A)`);
  expect((await nameVia(second.graphql, first.token, code)).name).toBe(`${original} (A)`);
  expect((await nameVia(second.graphql, first.token, code)).statements).toBe(1);
  await rename(second.graphql, `${original} (B)`);
  expect((await nameVia(first.graphql, first.token, code)).name).toBe(`${original} (B)`);
  await rename(first.graphql, original);
  expect((await nameVia(second.graphql, first.token, code)).name).toBe(original);
}

describe("two server instances on one database", () => {
  it("stay consistent on the suite's database (a shared SQLite file, or PostgreSQL in that run)", async () => {
    const other = await secondInstance(server.databaseUrl);
    try {
      await checkTwoInstances({ graphql: server.url, token: server.adminToken }, other, "1461");
    } finally {
      await other.app.close();
      await other.db.destroy();
    }
  });

  // Runs when TEST_DATABASE_URL names a PostgreSQL database (seeded here when empty).
  if (process.env.TEST_DATABASE_URL)
    it("stay consistent on a shared PostgreSQL database", async () => {
      const url = process.env.TEST_DATABASE_URL!;
      const a = await secondInstance(url);
      const b = await secondInstance(url);
      try {
        if (await isEmpty(a.db)) await loadSeed(a.db);
        const token = (await new TokenService(a.db).create({ name: `cache-test-${Date.now()}`, role: Role.ADMIN, now: TEST_NOW })).token;
        await checkTwoInstances({ graphql: a.graphql, token }, b, "1461");
      } finally {
        for (const instance of [a, b]) {
          await instance.app.close();
          await instance.db.destroy();
        }
      }
    });
});
