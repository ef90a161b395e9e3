import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { request as httpRequest, type ClientRequest, type IncomingMessage } from "node:http";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildInto, removeBuild, startCompiled, type RunningServer } from "../helpers/compiled";

const TOKEN = "shutdown-test-token-0123456789";
let build: string;
const dirs: string[] = [];
const running: RunningServer[] = [];

beforeAll(() => {
  build = buildInto("shutdown-test");
});
afterAll(() => {
  for (const server of running) if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill("SIGKILL");
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  removeBuild(build);
});

function tempDatabase(): string {
  const dir = mkdtempSync(join(tmpdir(), "samverkan-shutdown-"));
  dirs.push(dir);
  return join(dir, "samverkan.db");
}

async function start(database: string, env: Record<string, string> = {}): Promise<RunningServer> {
  const server = await startCompiled(build, { DATABASE_URL: database, SAMVERKAN_BOOTSTRAP_TOKEN: TOKEN, SAMVERKAN_RATE_LIMIT: "0", SAMVERKAN_SEED: "0", ...env });
  running.push(server);
  return server;
}

const createMunicipality = (code: string) =>
  JSON.stringify({
    query: `mutation($input: MunicipalityCreateInput!) { municipalityCreate(input: $input) { municipality { code } userErrors { code } } }`,
    variables: { input: { code, name: `Testkommun ${code}`, county: "Testlän" } },
  });

interface Reply {
  status: number;
  body: string;
}

/**
 * A POST whose body is sent all but its last byte: the server has the request (in flight) but
 * cannot answer until `finish()` sends the rest.
 */
function inFlight(url: string, body: string): { finish(): void; reply: Promise<Reply> } {
  let req!: ClientRequest;
  const reply = new Promise<Reply>((resolve, reject) => {
    req = httpRequest(
      url,
      { method: "POST", agent: false, headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}`, "content-length": Buffer.byteLength(body) } },
      (res: IncomingMessage) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (text += chunk));
        res.on("end", () => resolve({ status: res.statusCode!, body: text }));
      },
    );
    req.on("error", reject);
  });
  req.write(body.slice(0, -1));
  return { finish: () => req.end(body.slice(-1)), reply };
}

/**
 * Like `inFlight`, on a raw kept-alive connection; `finish()` also sends a pipelined GET /readyz,
 * which the server reads after the first request, i.e. during the shutdown. Resolves with the raw answers.
 */
function inFlightThenReadiness(url: string, body: string): { finish(): void; replies: Promise<string> } {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname);
  let text = "";
  socket.setEncoding("utf8");
  socket.on("data", (chunk: string) => (text += chunk));
  const replies = new Promise<string>((resolve) => socket.on("close", () => resolve(text)));
  socket.write(
    `POST /graphql HTTP/1.1\r\nHost: ${hostname}\r\nContent-Type: application/json\r\nAuthorization: Bearer ${TOKEN}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, -1)}`,
  );
  return { finish: () => socket.write(`${body.slice(-1)}GET /readyz HTTP/1.1\r\nHost: ${hostname}\r\n\r\n`), replies };
}

async function gql(url: string, body: string): Promise<{ status: number; json: any }> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${TOKEN}` }, body });
  return { status: response.status, json: await response.json() };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Opens the file as another program would: integrity, and the codes of the test municipalities. */
function inspect(database: string): { integrity: string; codes: string[]; walBytes: number } {
  const wal = `${database}-wal`;
  const walBytes = existsSync(wal) ? statSync(wal).size : 0;
  const db = new Database(database, { readonly: true });
  try {
    const integrity = db.pragma("integrity_check", { simple: true }) as string;
    const codes = (db.prepare("SELECT code FROM municipality WHERE county = 'Testlän' ORDER BY code").all() as { code: string }[]).map((r) => r.code);
    return { integrity, codes, walBytes };
  } finally {
    db.close();
  }
}

describe("shutdown on SIGTERM and SIGINT", () => {
  it("finishes the requests in flight, refuses new connections, closes the database and exits 0", async () => {
    const database = tempDatabase();
    const server = await start(database);
    expect((await fetch(`${server.origin}/readyz`)).status).toBe(200);
    expect((await fetch(`${server.origin}/healthz`)).status).toBe(200);

    const codes = Array.from({ length: 20 }, (_, i) => String(9100 + i));
    const requests = codes.slice(1).map((code) => inFlight(server.url, createMunicipality(code)));
    const kept = inFlightThenReadiness(server.url, createMunicipality(codes[0]));
    await sleep(500); // every request's headers have reached the server
    server.child.kill("SIGTERM");
    await sleep(300);
    // No longer accepting: a new connection is refused (or, on a kept-alive one, answered 503).
    const late = await fetch(`${server.origin}/readyz`).then(
      (r) => r.status,
      () => "refused",
    );
    expect([503, "refused"]).toContain(late);

    for (const request of [...requests, kept]) request.finish();
    const replies = await Promise.all(requests.map((r) => r.reply));
    // On the kept-alive connection: the in-flight request answered 200, then /readyz 503.
    const [first, second] = (await kept.replies).split(/(?=HTTP\/1\.1 )/);
    expect(first).toMatch(/^HTTP\/1\.1 200 /);
    expect(first).toContain('"userErrors":[]');
    expect(second).toMatch(/^HTTP\/1\.1 503 /);
    for (const reply of replies) {
      expect(reply.status).toBe(200);
      expect(JSON.parse(reply.body).data.municipalityCreate.userErrors).toEqual([]);
    }
    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(server.output()).toContain("SIGTERM received");
    expect(server.output()).toContain("stopped");

    const after = inspect(database);
    expect(after).toEqual({ integrity: "ok", codes, walBytes: 0 });
  });

  it("does the same on SIGINT", async () => {
    const database = tempDatabase();
    const server = await start(database);
    expect((await gql(server.url, createMunicipality("9200"))).status).toBe(200);
    server.child.kill("SIGINT");
    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(inspect(database)).toEqual({ integrity: "ok", codes: ["9200"], walBytes: 0 });
  });

  it("closes connections still busy when the shutdown timeout runs out, and still exits 0 with the database closed", async () => {
    const database = tempDatabase();
    const server = await start(database, { SAMVERKAN_SHUTDOWN_TIMEOUT: "1" });
    const stuck = inFlight(server.url, createMunicipality("9300")); // never finished by the client
    const failed = stuck.reply.then(
      () => "answered",
      () => "closed",
    );
    await sleep(300);
    const signalled = Date.now();
    server.child.kill("SIGTERM");
    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(Date.now() - signalled).toBeLessThan(10_000);
    expect(await failed).toBe("closed");
    expect(server.output()).toContain("closing their connections");
    expect(inspect(database)).toEqual({ integrity: "ok", codes: [], walBytes: 0 });
  });
});

describe("a SIGTERM with requests in flight, on the seed (issue 21's target)", () => {
  it("cuts none of 30 reads and writes sent just before it, serves new requests while draining and exits in time", async () => {
    // On the Dalsland seed: each competence-risk read (a horizon of its own) judges anew, so the
    // process is busy while the connections queue, as in bench:live's SIGTERM figure.
    const database = tempDatabase();
    const server = await start(database, { SAMVERKAN_SEED: "1" });
    const usages = (await gql(server.url, JSON.stringify({ query: `{ applicationUsages(first: 6) { nodes { id userCount } } }` }))).json.data.applicationUsages.nodes as {
      id: string;
      userCount: number | null;
    }[];
    const body = (i: number) => {
      const usage = usages[i % usages.length];
      return JSON.stringify(
        i % 5 === 4
          ? {
              query: `mutation($i: ApplicationUsageUpdateInput!) { applicationUsageUpdate(input: $i) { userErrors { code } } }`,
              variables: { i: { id: usage.id, userCount: (usage.userCount ?? 0) + i } },
            }
          : { query: `query($h: Int!) { competenceRisk(first: 50, horizonMonths: $h) { totalCount nodes { label score } } }`, variables: { h: 6 + i } },
      );
    };
    const outcome = (request: Promise<{ status: number; json: any }>) =>
      request.then(
        ({ status, json }) => (status === 200 && !json.errors ? "answered" : `HTTP ${status} ${JSON.stringify(json).slice(0, 200)}`),
        (error: Error & { cause?: { code?: string } }) => `cut: ${error.cause?.code ?? error.message}`,
      );
    const inFlight = Array.from({ length: 30 }, (_, i) => outcome(gql(server.url, body(i))));
    await sleep(20);
    const signalled = Date.now();
    server.child.kill("SIGTERM");
    await sleep(300);
    // Draining: not ready, but a new connection is still served.
    const readiness = await fetch(`${server.origin}/readyz`);
    expect({ status: readiness.status, body: await readiness.json() }).toEqual({ status: 503, body: { status: "shutting down" } });
    const late = await outcome(gql(server.url, JSON.stringify({ query: `{ competenceRisk(first: 5) { totalCount } }` })));

    expect(await Promise.all(inFlight)).toEqual(Array(30).fill("answered"));
    expect(late).toBe("answered");
    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(Date.now() - signalled).toBeLessThan(10_000);
    expect(server.output()).not.toContain("closing their connections");
    const after = new Database(database, { readonly: true });
    try {
      expect(after.pragma("integrity_check", { simple: true })).toBe("ok");
    } finally {
      after.close();
    }
  });

  it("with no drain (SAMVERKAN_SHUTDOWN_DRAIN=0) stops accepting at once", async () => {
    const server = await start(tempDatabase(), { SAMVERKAN_SHUTDOWN_DRAIN: "0" });
    const slow = inFlight(server.url, createMunicipality("9400"));
    await sleep(300);
    server.child.kill("SIGTERM");
    await sleep(300);
    await expect(fetch(`${server.origin}/readyz`)).rejects.toThrow();
    slow.finish();
    expect((await slow.reply).status).toBe(200);
    expect(await server.exited).toEqual({ code: 0, signal: null });
  });
});

describe("SIGKILL during a burst of writes", () => {
  it("loses no acknowledged write and leaves a sound database", async () => {
    const database = tempDatabase();
    const server = await start(database);
    const acknowledged: string[] = [];
    let next = 0;
    let killed = false;
    const writer = async () => {
      while (!killed && next < 2000) {
        const code = String(5000 + next++);
        try {
          const reply = await gql(server.url, createMunicipality(code));
          if (reply.status === 200 && reply.json.data?.municipalityCreate?.userErrors?.length === 0) acknowledged.push(code);
        } catch {
          // the connection died with the process: not acknowledged
        }
      }
    };
    const writers = Array.from({ length: 8 }, writer);
    while (acknowledged.length < 100) await sleep(20);
    server.child.kill("SIGKILL");
    killed = true;
    await Promise.all(writers);
    expect(await server.exited).toEqual({ code: null, signal: "SIGKILL" });

    const afterKill = inspect(database);
    expect(afterKill.integrity).toBe("ok");
    expect(afterKill.codes).toEqual(expect.arrayContaining(acknowledged));

    // A restart on the same file serves every acknowledged write.
    const again = await start(database);
    expect((await fetch(`${again.origin}/readyz`)).status).toBe(200);
    const listed = await gql(again.url, JSON.stringify({ query: `{ municipalities(first: 100, search: "Testkommun") { totalCount } }` }));
    expect(listed.json.data.municipalities.totalCount).toBeGreaterThanOrEqual(acknowledged.length);
    again.child.kill("SIGTERM");
    expect((await again.exited).code).toBe(0);
    const final = inspect(database);
    expect(final.integrity).toBe("ok");
    expect(final.codes).toEqual(expect.arrayContaining(acknowledged));
    expect(final.walBytes).toBe(0);
  });
});
