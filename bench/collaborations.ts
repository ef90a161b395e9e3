import "reflect-metadata";
import { nodeEnvGiven } from "./production-env";
/**
 * Benchmark: the `collaborations` GraphQL query against a minimal hand-written raw-SQL JSON endpoint
 * serving the same page with the same JSON, on the same synthetic dataset, in the same run.
 *
 *   npm run bench -- --collaborations 100 --participants 5 --history 3 --duration 10 --connections 10
 *
 * Prints figures only (throughput, latency percentiles, SQL statements per request, response size,
 * memory); it asserts nothing about time. All traffic goes to 127.0.0.1, in a bounded number of
 * bounded runs. See bench/README.md.
 */
import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import type { FastifyInstance } from "fastify";
import type { DataSource } from "typeorm";
import { Role } from "../server/src/access/roles";
import { TokenService } from "../server/src/access/token-service";
import { openDatabase } from "../server/src/app/database";
import { statementsSoFar } from "../server/src/db/statements";
import { buildServer } from "../server/src/app/server";
import { loadSeed } from "../seeds/load";
import { addSyntheticData } from "../seeds/synthetic";
import { flagUsage, readFlags, type Flag } from "./flags";
import { runLoad, type LoadSummary } from "./load-generator";
import { RAW_PATH, startRawProcess, type RawProcess } from "./raw-endpoint";

/** The GraphQL document measured; the raw endpoint returns exactly its `data`. */
export const COLLABORATIONS_QUERY = `query BenchCollaborations($first: Int!) {
  collaborations(first: $first) {
    nodes {
      name
      level { ordinal name }
      host { code name }
      operator { name }
      participants { municipality { code name } }
      levelHistory { changedOn toLevel { ordinal } }
    }
  }
}`;

interface Options {
  municipalities: number;
  collaborations: number;
  participants: number;
  history: number;
  first: number;
  duration: number;
  warmup: number;
  connections: number;
  rounds: number;
}

const FLAGS: Record<keyof Options, Flag> = {
  municipalities: ["BENCH_MUNICIPALITIES", 40, 1, 1000],
  collaborations: ["BENCH_COLLABORATIONS", 100, 1, 50_000],
  participants: ["BENCH_PARTICIPANTS", 5, 1, 1000],
  history: ["BENCH_HISTORY", 3, 1, 100],
  first: ["BENCH_FIRST", 100, 1, 100],
  duration: ["BENCH_DURATION", 10, 1, 120],
  warmup: ["BENCH_WARMUP", 3, 0, 30],
  connections: ["BENCH_CONNECTIONS", 10, 1, 100],
  rounds: ["BENCH_ROUNDS", 1, 1, 5],
};

const USAGE = `Usage: node dist/bench/collaborations.js [flags]   (or: npm run bench -- [flags])

Flags (or environment variables), default and allowed range:
${flagUsage(FLAGS)}
  --help

--duration and --warmup are seconds per target per round; --first is the page size (at most 100).`;

interface Target {
  label: string;
  url: string;
  method: "GET" | "POST";
  headers: Record<string, string>;
  body?: string;
  /** Instead of one body: request cycles (see LoadJob), for the target with writes. */
  cycles?: string[][];
}

/** The response cache of the cached targets: the production default. */
const BENCH_RESPONSE_CACHE = { maxBytes: 64 * 1024 * 1024 };

/** One write in this many requests, for the "cached + writes" target. */
const WRITE_EVERY = 100;

interface Sample {
  status: number;
  text: string;
  json: unknown;
  statements: number;
  bytes: number;
}

/**
 * One request, alone. Statements: the raw endpoint's header, or for the GraphQL server (in this
 * process, serving without the counting header, as in production) the process's statement counter.
 */
async function request(target: Target): Promise<Sample> {
  const before = statementsSoFar();
  const response = await fetch(target.url, { method: target.method, headers: target.headers, body: target.body });
  const text = await response.text();
  const header = response.headers.get("x-sql-statements");
  return {
    status: response.status,
    text,
    json: JSON.parse(text),
    statements: header === null ? statementsSoFar() - before : Number(header),
    bytes: Buffer.byteLength(text),
  };
}

/**
 * Waits until this process's servers have finished the requests a load left in flight (no SQL
 * statement for 200 ms, at most 20 s): autocannon stops at the end of its duration with requests
 * still queued in the server, whose statements would otherwise count for the next request alone.
 */
async function settled(): Promise<void> {
  let last = statementsSoFar();
  for (let i = 0; i < 100; i++) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const now = statementsSoFar();
    if (now === last) return;
    last = now;
  }
}

/** Runs autocannon in a child process against `target` and returns its summary. */
function load(target: Target, connections: number, duration: number): Promise<LoadSummary> {
  return runLoad({ url: target.url, method: target.method, headers: target.headers, body: target.body, cycles: target.cycles, connections, duration });
}

/**
 * Cycles of 2 × WRITE_EVERY requests, one per connection: a write, WRITE_EVERY − 1 reads, the write
 * undone, WRITE_EVERY − 1 reads. Each cycle sets the population of its own municipality (so the read's
 * answer stays the same, while every write advances the data version and so empties the cache).
 */
async function writeCycles(target: Target, read: string, connections: number): Promise<string[][]> {
  const response = await fetch(target.url, { method: "POST", headers: target.headers, body: JSON.stringify({ query: "{ municipalities(first: 100) { nodes { id } } }" }) });
  const ids = ((await response.json()) as { data: { municipalities: { nodes: { id: string }[] } } }).data.municipalities.nodes.map((n) => n.id);
  if (ids.length < connections) throw new Error(`Only ${ids.length} municipalities for ${connections} connections.`);
  const SET = "mutation($input: MunicipalityPopulationSetInput!) { municipalityPopulationSet(input: $input) { userErrors { code } } }";
  const set = (id: string, population: number) => JSON.stringify({ query: SET, variables: { input: { municipalityId: id, year: 2024, population } } });
  const reads = Array.from({ length: WRITE_EVERY - 1 }, () => read);
  return ids.slice(0, connections).map((id) => [set(id, 1001), ...reads, set(id, 1000), ...reads]);
}

interface Measurement {
  target: string;
  round: number;
  summary: LoadSummary;
  statements: number;
  bytes: number;
  rssMiB: number;
  heapUsedMiB: number;
}

const mib = (bytes: number) => bytes / (1024 * 1024);
const memoryText = (usage: NodeJS.MemoryUsage) => `RSS ${mib(usage.rss).toFixed(0)} MiB, heap ${mib(usage.heapUsed).toFixed(0)} MiB`;

/** The first path at which two JSON values differ, for a loud failure message. */
function firstDifference(a: unknown, b: unknown, path = "$"): string | null {
  if (isDeepStrictEqual(a, b)) return null;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${path}: length ${a.length} ≠ ${b.length}`;
    for (let i = 0; i < a.length; i++) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
  } else if (a && b && typeof a === "object" && typeof b === "object") {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      const d = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
      if (d) return d;
    }
  }
  return `${path}: ${JSON.stringify(a)?.slice(0, 200)} ≠ ${JSON.stringify(b)?.slice(0, 200)}`;
}

/** Asks each target a few times: same status 200, same JSON, a constant statement count. Throws otherwise. */
async function verify(graphql: Target, raw: Target, expectedNodes: number): Promise<{ graphql: Sample; raw: Sample }> {
  const g = await request(graphql);
  const r = await request(raw);
  for (const [label, sample] of [
    ["GraphQL", g],
    ["raw SQL", r],
  ] as const) {
    if (sample.status !== 200) throw new Error(`${label} answered ${sample.status}: ${sample.text.slice(0, 500)}`);
    if (!Number.isInteger(sample.statements) || sample.statements <= 0) throw new Error(`${label}: no statement count.`);
  }
  const errors = (g.json as { errors?: unknown }).errors;
  if (errors) throw new Error(`GraphQL errors: ${JSON.stringify(errors).slice(0, 1000)}`);
  const nodes = (g.json as { data: { collaborations: { nodes: { participants: unknown[]; levelHistory: unknown[] }[] } } }).data.collaborations.nodes;
  if (nodes.length !== expectedNodes) throw new Error(`GraphQL returned ${nodes.length} collaborations, expected ${expectedNodes}.`);
  if (!nodes.some((n) => n.participants.length > 0) || !nodes.some((n) => n.levelHistory.length > 0)) {
    throw new Error("The page has no participants or no history: the comparison would prove little.");
  }
  const difference = firstDifference(g.json, r.json);
  if (difference) throw new Error(`The raw endpoint and GraphQL disagree at ${difference}`);
  for (const [target, first] of [
    [graphql, g],
    [raw, r],
  ] as const) {
    for (let i = 0; i < 3; i++) {
      const again = await request(target);
      if (again.statements !== first.statements) throw new Error(`${target.label}: statement count varies (${first.statements}, ${again.statements}).`);
      if (again.text !== first.text) throw new Error(`${target.label}: the response changed between identical requests.`);
    }
  }
  return { graphql: g, raw: r };
}

function fixed(value: number, digits: number): string {
  return value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
  const line = (row: string[]) => `| ${row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join(" | ")} |`;
  const rule = `|${widths.map((w, c) => (c === 0 ? "-".repeat(w + 2) : `${"-".repeat(w + 1)}:`)).join("|")}|`;
  return [line(rows[0]), rule, ...rows.slice(1).map(line)].join("\n");
}

function report(measurements: Measurement[], options: Options): void {
  const header = ["target", "round", "req/s (mean)", "p50 ms", "p90 ms", "p99 ms", "max ms", "requests", "SQL stmts/req", "body bytes", "RSS MiB", "heap MiB", "errors+non2xx"];
  const rows = measurements.map((m) => [
    m.target,
    String(m.round),
    fixed(m.summary.requestsPerSecondMean, 1),
    fixed(m.summary.latencyP50Ms, 0),
    fixed(m.summary.latencyP90Ms, 0),
    fixed(m.summary.latencyP99Ms, 0),
    fixed(m.summary.latencyMaxMs, 0),
    String(m.summary.requestsTotal),
    String(m.statements),
    String(m.bytes),
    fixed(m.rssMiB, 0),
    fixed(m.heapUsedMiB, 0),
    String(m.summary.errors + m.summary.timeouts + m.summary.non2xx),
  ]);
  console.log(`\n${table([header, ...rows])}\n`);

  const mean = (label: string) => {
    const runs = measurements.filter((m) => m.target === label);
    return runs.reduce((sum, m) => sum + m.summary.requestsPerSecondMean, 0) / runs.length;
  };
  const r = mean("raw SQL");
  for (const label of [...new Set(measurements.map((m) => m.target))].filter((l) => l !== "raw SQL")) {
    const g = mean(label);
    console.log(`${label} / raw SQL throughput: ${fixed(g, 1)} / ${fixed(r, 1)} req/s = ${fixed(g / r, 3)}×${options.rounds > 1 ? ` (mean over ${options.rounds} rounds)` : ""}`);
  }
  const failed = measurements.filter((m) => m.summary.errors + m.summary.timeouts + m.summary.non2xx > 0);
  if (failed.length) console.log(`Warning: ${failed.map((m) => `${m.target} round ${m.round}`).join(", ")} saw errors, timeouts or non-2xx answers; their figures are suspect.`);
}

async function main(): Promise<void> {
  const options: Options | null = readFlags(FLAGS, process.argv.slice(2), process.env);
  if (!options) {
    console.log(USAGE);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), "samverkan-bench-"));
  const file = join(dir, "bench.db");
  let db: DataSource | undefined;
  let app: FastifyInstance | undefined;
  let cachedApp: FastifyInstance | undefined;
  let raw: RawProcess | undefined;
  const onSignal = () => {
    rmSync(dir, { recursive: true, force: true });
    process.exit(130);
  };
  process.once("SIGINT", onSignal);
  try {
    const started = Date.now();
    db = await openDatabase({ url: file });
    await loadSeed(db);
    await addSyntheticData(db, {
      municipalities: options.municipalities,
      collaborations: options.collaborations,
      participantsPerCollaboration: options.participants,
      historyPerCollaboration: options.history,
    });
    const [{ total }] = (await db.query("SELECT COUNT(*) AS total FROM collaboration")) as { total: number }[];
    const [{ participants }] = (await db.query("SELECT COUNT(*) AS participants FROM collaboration_participant")) as { participants: number }[];
    const [{ changes }] = (await db.query("SELECT COUNT(*) AS changes FROM collaboration_level_change")) as { changes: number }[];
    const token = (await new TokenService(db).create({ name: "bench-admin", role: Role.ADMIN, now: new Date() })).token;

    app = await buildServer({ db, config: { production: true, introspection: false, exposeStatementCount: false } });
    await app.listen({ port: 0, host: "127.0.0.1" });
    // The same server with the response cache on, on the same database, in this process too.
    cachedApp = await buildServer({ db, config: { production: true, introspection: false, exposeStatementCount: false, responseCache: BENCH_RESPONSE_CACHE } });
    await cachedApp.listen({ port: 0, host: "127.0.0.1" });
    raw = await startRawProcess(file);

    const auth = { authorization: `Bearer ${token}` };
    const graphql: Target = {
      label: "GraphQL",
      url: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/graphql`,
      method: "POST",
      headers: { ...auth, "content-type": "application/json" },
      body: JSON.stringify({ query: COLLABORATIONS_QUERY, variables: { first: options.first } }),
    };
    const rawTarget: Target = {
      label: "raw SQL",
      url: `${raw.origin}${RAW_PATH}?first=${options.first}`,
      method: "GET",
      headers: auth,
    };

    const cached: Target = { ...graphql, label: "GraphQL cached", url: `http://127.0.0.1:${(cachedApp.server.address() as AddressInfo).port}/graphql` };
    const cachedWrites: Target = { ...cached, label: `cached, 1 write/${WRITE_EVERY}`, body: undefined, cycles: await writeCycles(cached, graphql.body!, options.connections) };
    const samples = await verify(graphql, rawTarget, Math.min(options.first, total));
    await request(cached); // the miss that fills the cache
    const cachedSample = await request(cached);
    if (cachedSample.text !== samples.graphql.text) throw new Error("The cached answer differs from the uncached one.");
    // The writes' cycles must run clean: write, read, write back.
    for (const body of [cachedWrites.cycles![0][0], graphql.body!, cachedWrites.cycles![0][WRITE_EVERY]]) {
      const text = await (await fetch(cached.url, { method: "POST", headers: cached.headers, body })).text();
      if (text.includes('"errors"') || text.includes('"userErrors":[{')) throw new Error(`A write cycle's request failed: ${text.slice(0, 500)}`);
    }
    console.log(
      [
        `Samverkan collaborations benchmark — Node ${process.version}, ${process.platform}/${process.arch}, ${availableParallelism()} CPUs`,
        `Data: Dalsland seed + ${options.collaborations} synthetic collaborations × ${options.participants} participants × ${options.history} history rows over ${options.municipalities} synthetic municipalities`,
        `      (${total} collaborations, ${participants} participations, ${changes} level changes; prepared in ${((Date.now() - started) / 1000).toFixed(1)} s)`,
        `Page: first ${options.first} → ${Math.min(options.first, total)} collaborations; GraphQL and raw SQL return the same JSON (checked: deep-equal${samples.graphql.text === samples.raw.text ? ", byte-identical" : ""}).`,
        `NODE_ENV=${process.env.NODE_ENV}${nodeEnvGiven ? "" : " (set by the benchmark; pass NODE_ENV=development to compare)"}; server config production: true, introspection: false, exposeStatementCount: false (statements counted in-process).`,
        `Processes: GraphQL servers in this one (pid ${process.pid}; uncached, and with the response cache of ${mib(BENCH_RESPONSE_CACHE.maxBytes)} MiB on the same database), raw SQL endpoint in a child process, autocannon in another child process.`,
        `"cached, 1 write/${WRITE_EVERY}": each connection repeats a population write, ${WRITE_EVERY - 1} reads, the write undone, ${WRITE_EVERY - 1} reads (every write empties the cache).`,
        `Load: ${options.connections} connections, ${options.warmup} s warm-up + ${options.duration} s measured per target, ${options.rounds} round(s); all on 127.0.0.1.`,
        `Memory before load: GraphQL process ${memoryText(process.memoryUsage())}; raw SQL process ${memoryText(await raw.memory())}.`,
      ].join("\n"),
    );

    const measurements: Measurement[] = [];
    for (let round = 1; round <= options.rounds; round++) {
      const targets = [
        [rawTarget, samples.raw],
        [graphql, samples.graphql],
        [cached, cachedSample],
        [cachedWrites, cachedSample],
      ] as const;
      for (const [target, sample] of targets) {
        if (options.warmup > 0) await load(target, options.connections, options.warmup);
        const summary = await load(target, options.connections, options.duration);
        await settled();
        const after = await request(target.cycles ? cached : target);
        // The cached targets answer from the cache (1 statement) once warm; after writes, maybe not yet.
        if ((!target.cycles && after.statements !== sample.statements) || after.text !== sample.text)
          throw new Error(
            `${target.label}: the answer changed during the run (${after.statements} statements, ${sample.statements} before; ${after.text.length} bytes, ${sample.text.length} before).`,
          );
        if (summary.graphqlErrors + summary.userErrors > 0) throw new Error(`${target.label}: ${summary.graphqlErrors} answers with errors, ${summary.userErrors} with userErrors.`);
        const memory = target === rawTarget ? await raw.memory() : process.memoryUsage();
        measurements.push({ target: target.label, round, summary, statements: after.statements, bytes: after.bytes, rssMiB: mib(memory.rss), heapUsedMiB: mib(memory.heapUsed) });
        console.log(`  ${target.label} round ${round}: ${fixed(summary.requestsPerSecondMean, 1)} req/s`);
      }
    }
    report(measurements, options);
    console.log("RSS and heap: the serving process of each target (GraphQL: this process; raw SQL: its own), right after its measured run.");
  } finally {
    process.removeListener("SIGINT", onSignal);
    await app?.close();
    await cachedApp?.close();
    await raw?.close();
    await db?.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error("Benchmark failed:", error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
