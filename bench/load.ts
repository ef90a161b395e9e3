import "reflect-metadata";
import { nodeEnvGiven } from "./production-env";
/**
 * Load benchmark: mixed status-board reads and writes (collaborationLevelSet and
 * applicationUsageUpdate) at many connections against a server it starts itself, on a temporary
 * SQLite file with the Dalsland seed plus synthetic data. Prints throughput, latency percentiles,
 * errors (must be 0: the exit code is 1 otherwise) and memory before and after. See bench/README.md.
 *
 *   npm run bench:load -- --duration 30 --connections 50
 */
import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import type { DataSource } from "typeorm";
import { Role } from "../server/src/access/roles";
import { TokenService } from "../server/src/access/token-service";
import { swedishDate } from "../server/src/common/dates";
import { RATE_LIMIT_OFF, readConfig } from "../server/src/config";
import { openDatabase } from "../server/src/app/database";
import { buildServer } from "../server/src/app/server";
import { loadSeed } from "../seeds/load";
import { addSyntheticData } from "../seeds/synthetic";
import { flagUsage, readFlags, type Flag } from "./flags";
import { runLoad, type LoadSummary } from "./load-generator";

/** The read: the first page of the shared-system status board, every row with its agreements, deadline and need of attention. */
export const STATUS_BOARD_QUERY = `query BenchStatusBoard {
  statusBoard(first: 100) {
    totalCount
    nodes {
      collaboration { name }
      level { ordinal name }
      lastLevelChange { changedOn decisionReference }
      participants { name }
      host { name }
      operator { name }
      agreements { agreement { name kind } status currentTermEnd noticeDeadline decisionDeadline }
      nextDeadline { date kind }
      needsAttention
    }
  }
}`;

/**
 * How long a request may take before it counts as an error. Generous: 50 connections queue on a
 * server that handles a few dozen board reads a second on two shared cores, and the latency
 * percentiles show the wait; a timeout here means a request was stuck, not slow.
 */
const TIMEOUT_SECONDS = 60;

const LEVEL_SET = `mutation BenchLevelSet($input: CollaborationLevelSetInput!) {
  collaborationLevelSet(input: $input) { collaboration { level { ordinal } } userErrors { field code } }
}`;

const USAGE_UPDATE = `mutation BenchUsageUpdate($input: ApplicationUsageUpdateInput!) {
  applicationUsageUpdate(input: $input) { applicationUsage { userCount } userErrors { field code } }
}`;

interface Options {
  duration: number;
  warmup: number;
  connections: number;
  municipalities: number;
  collaborations: number;
}

const FLAGS: Record<keyof Options, Flag> = {
  duration: ["BENCH_DURATION", 30, 1, 300],
  warmup: ["BENCH_WARMUP", 5, 0, 60],
  connections: ["BENCH_CONNECTIONS", 50, 1, 200],
  municipalities: ["BENCH_MUNICIPALITIES", 40, 1, 1000],
  collaborations: ["BENCH_COLLABORATIONS", 100, 2, 5000],
};

const USAGE = `Usage: node dist/bench/load.js [flags]   (or: npm run bench:load -- [flags])

Flags (or environment variables), default and allowed range:
${flagUsage(FLAGS)}
  --help`;

const body = (query: string, variables?: Record<string, unknown>) => JSON.stringify({ query, variables });
const mib = (bytes: number) => (bytes / (1024 * 1024)).toFixed(0);

async function gql(url: string, headers: Record<string, string>, text: string): Promise<any> {
  const response = await fetch(url, { method: "POST", headers, body: text });
  const json = (await response.json()) as { data?: any; errors?: unknown };
  if (response.status !== 200 || json.errors) throw new Error(`Setup request failed (${response.status}): ${JSON.stringify(json).slice(0, 500)}`);
  return json.data;
}

/**
 * One request cycle per write target: read, write, read, write back. Level changes alternate
 * between a collaboration's own level and another (dated today: the server's clock); usage updates
 * alternate the user count. Cycles are never run by two connections at once (load-generator.ts),
 * so every write is a real change and none is refused.
 */
async function requestCycles(url: string, headers: Record<string, string>, today: string): Promise<string[][]> {
  const levels = (await gql(url, headers, body(`{ collaborationLevels { id ordinal } }`))).collaborationLevels as { id: string; ordinal: number }[];
  const collaborations = (await gql(url, headers, body(`{ collaborations(first: 100) { nodes { id level { id ordinal } } } }`))).collaborations.nodes as {
    id: string;
    level: { id: string; ordinal: number };
  }[];
  const usages = (await gql(url, headers, body(`{ applicationUsages(first: 100) { nodes { id userCount } } }`))).applicationUsages.nodes as { id: string; userCount: number | null }[];
  const read = body(STATUS_BOARD_QUERY);
  const cycles: string[][] = [];
  for (const c of collaborations) {
    const other = levels.find((l) => l.ordinal !== c.level.ordinal && l.ordinal > 0)!;
    const set = (levelId: string) => body(LEVEL_SET, { input: { collaborationId: c.id, levelId, changedOn: today, decisionReference: "Belastningstest", reason: "bench/load" } });
    cycles.push([read, set(other.id), read, set(c.level.id)]);
  }
  for (const u of usages) {
    const count = u.userCount ?? 10;
    const update = (userCount: number) => body(USAGE_UPDATE, { input: { id: u.id, userCount } });
    cycles.push([read, update(count + 1), read, update(count)]);
  }
  return cycles;
}

/** Runs one cycle by itself: every answer 200, no errors, no user errors. */
async function verifyCycle(url: string, headers: Record<string, string>, cycle: string[]): Promise<void> {
  for (const text of cycle) {
    const data = await gql(url, headers, text);
    const payload = Object.values(data)[0] as { userErrors?: unknown[] };
    if (payload && !Array.isArray(payload) && payload.userErrors?.length) throw new Error(`Setup write refused: ${JSON.stringify(payload.userErrors)}`);
  }
}

function report(summary: LoadSummary, warmUp: number, writes: number, before: NodeJS.MemoryUsage, after: NodeJS.MemoryUsage): number {
  // autocannon's `errors` (connection errors) include its `timeouts`.
  const errors = summary.errors + summary.non2xx + summary.graphqlErrors + summary.userErrors;
  const rows: [string, string][] = [
    ["requests", String(summary.requestsTotal)],
    ["throughput (req/s, mean)", summary.requestsPerSecondMean.toFixed(1)],
    ["writes applied (audit entries)", String(writes)],
    ["latency p50 / p90 / p99 / max (ms)", `${summary.latencyP50Ms} / ${summary.latencyP90Ms} / ${summary.latencyP99Ms} / ${summary.latencyMaxMs}`],
    ...(summary.steady
      ? ([
          [`after the first ${warmUp} s: requests, req/s`, `${summary.steady.requests}, ${summary.steady.requestsPerSecond.toFixed(1)}`],
          [`after the first ${warmUp} s: latency p50 / p90 / p99 / max (ms)`, `${summary.steady.p50Ms} / ${summary.steady.p90Ms} / ${summary.steady.p99Ms} / ${summary.steady.maxMs}`],
        ] as [string, string][])
      : []),
    [
      "errors (connection, of them timeouts / non-2xx / GraphQL / userErrors)",
      `${errors} (${summary.errors}, ${summary.timeouts} / ${summary.non2xx} / ${summary.graphqlErrors} / ${summary.userErrors})`,
    ],
    ["RSS before / after (MiB)", `${mib(before.rss)} / ${mib(after.rss)}`],
    ["heap used before / after (MiB)", `${mib(before.heapUsed)} / ${mib(after.heapUsed)}`],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log(`\n${rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join("\n")}\n`);
  if (errors > 0) console.log(`FAILED: ${errors} errors; expected none.`);
  return errors;
}

async function main(): Promise<void> {
  const options: Options | null = readFlags(FLAGS, process.argv.slice(2), process.env);
  if (!options) {
    console.log(USAGE);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), "samverkan-load-"));
  let db: DataSource | undefined;
  let app: FastifyInstance | undefined;
  const onSignal = () => {
    rmSync(dir, { recursive: true, force: true });
    process.exit(130);
  };
  process.once("SIGINT", onSignal);
  try {
    const started = Date.now();
    db = await openDatabase({ url: join(dir, "load.db") });
    await loadSeed(db);
    await addSyntheticData(db, { municipalities: options.municipalities, collaborations: options.collaborations, participantsPerCollaboration: 5, historyPerCollaboration: 3 });
    const token = (await new TokenService(db).create({ name: "bench-load-admin", role: Role.ADMIN, now: new Date() })).token;
    // As production runs it (the response cache and the fact snapshot at their defaults), with rate limiting off: one client sends everything here.
    const defaults = readConfig({});
    app = await buildServer({
      db,
      config: { production: true, introspection: false, exposeStatementCount: false, rateLimit: RATE_LIMIT_OFF, responseCache: defaults.responseCache, factSnapshotDates: defaults.factSnapshotDates },
    });
    await app.listen({ port: 0, host: "127.0.0.1" });
    const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/graphql`;
    const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };

    const cycles = await requestCycles(url, headers, swedishDate(new Date()));
    await verifyCycle(url, headers, cycles[0]);
    await verifyCycle(url, headers, cycles.at(-1)!);
    const [{ total }] = (await db.query("SELECT COUNT(*) AS total FROM collaboration")) as { total: number }[];
    console.log(
      [
        `Samverkan load benchmark — Node ${process.version}, ${process.platform}/${process.arch}, ${availableParallelism()} CPUs, NODE_ENV=${process.env.NODE_ENV}${nodeEnvGiven ? "" : " (set by the benchmark)"}`,
        `Data: Dalsland seed + ${options.collaborations} synthetic collaborations over ${options.municipalities} synthetic municipalities (${total} collaborations; prepared in ${((Date.now() - started) / 1000).toFixed(1)} s)`,
        `Mix: each connection repeats read status board → write → read → write back, over ${cycles.length} write targets (collaborationLevelSet, applicationUsageUpdate): half reads, half writes.`,
        `Load: ${options.connections} connections for ${options.duration} s, autocannon in a child process, 127.0.0.1 only; rate limiting off. The whole run's latencies include the start, when every connection connects at once to a saturated server; "after the first ${options.warmup} s" times only the requests sent later (the steady state).`,
      ].join("\n"),
    );
    const audited = async () => ((await db!.query("SELECT COUNT(*) AS n FROM audit_entry")) as { n: number }[])[0].n;
    const auditedBefore = await audited();
    const before = process.memoryUsage();
    const summary = await runLoad({ url, method: "POST", headers, cycles, connections: options.connections, duration: options.duration, timeout: TIMEOUT_SECONDS, warmUp: options.warmup });
    const after = process.memoryUsage();
    if (report(summary, options.warmup, (await audited()) - auditedBefore, before, after) > 0) process.exitCode = 1;
  } finally {
    process.removeListener("SIGINT", onSignal);
    await app?.close();
    await db?.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error("Load benchmark failed:", error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
