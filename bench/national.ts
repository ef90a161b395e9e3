import "reflect-metadata";
/**
 * Benchmark: the heavy read queries on a synthetic national dataset (seeds/national.ts) at several
 * scale factors, so growth with the data is visible.
 *
 *   npm run bench:national                                # scales 0.1, 1/3 and 1
 *   npm run bench:national -- --scales 0.1,1/3 --runs 3   # flags after --
 *
 * For each scale: builds a temporary SQLite database (migrations, the Dalsland seed, the national
 * data), then for each named query starts the real server in a child process on 127.0.0.1 and
 * measures over HTTP the p50 time of up to `--runs` runs, the SQL statements (the server
 * process's statement counter, read over IPC before and after each run) and its memory. A query that takes longer than
 * `--timeout` seconds is stopped (its server process ended) and shown as "timeout". Prints figures
 * only; it asserts nothing about time. See bench/README.md.
 */
import { fork, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from "node:os";
import { basename, join } from "node:path";
import { parseArgs } from "node:util";
import { openDatabase } from "../server/src/app/database";
import { loadSeed } from "../seeds/load";
import { addNationalData, countRows, type NationalCounts } from "../seeds/national";
import { assertLoopback } from "./load-generator";
import { serverNodeFlags } from "./production-env";
import type { ParentMessage, ServerMemory, ServerMessage } from "./national-server";

/** The instant the server believes it is: fixed, so every run answers the same on the same data (the tests' "today"). */
export const BENCH_NOW = "2026-06-15T10:00:00.000Z";

/** A query measured: a name for the table, the document, and a one-line description of its answer (to see it did real work). */
export interface NamedQuery {
  name: string;
  document: string;
  describe: (data: any) => string;
}

/**
 * The queries measured, in table order. Add or swap a document here (e.g. the paged status board
 * `statusBoard(first: 100)` once it exists); `--queries` picks some by name.
 */
/** Every field of a status-board row. */
const BOARD_ROW = `
  asOf
  collaboration { id name application { name category } }
  level { ordinal name }
  lastLevelChange { changedOn decisionReference toLevel { ordinal } }
  participants { code name }
  host { code name }
  operator { name municipality { code } }
  systemOwners { fromDate person { name email } }
  systemResponsibles { fromDate person { name email } }
  agreements { status currentTermEnd noticeDeadline decisionDeadline daysLeft procurementLeadTimeMonths agreement { name kind municipalities { code } itUnits { name } } }
  nextDeadline { date kind daysLeft agreement { name } roleAssignment { person { name } } }
  openGaps { ruleCode label reason object { id } }`;

export const QUERIES: NamedQuery[] = [
  {
    name: "statusBoard(first: 100) (all fields)",
    document: `{ statusBoard(first: 100) { totalCount nodes { needsAttention ${BOARD_ROW} } } }`,
    describe: (data) => `${data.statusBoard.nodes.length} of ${data.statusBoard.totalCount} rows`,
  },
  {
    name: "sharedSystemStatus (all fields, deprecated unpaged list)",
    document: `{ sharedSystemStatus { ${BOARD_ROW} } }`,
    describe: (data) => `${data.sharedSystemStatus.length} rows`,
  },
  {
    name: "governanceReport",
    document: `{ governanceReport {
  asOf applicable compliant complianceRate
  rules { code title source applicable compliant complianceRate failures { ruleCode objectType objectId label reason object { id } } }
} }`,
    describe: (data) => `${data.governanceReport.rules.length} rules, ${data.governanceReport.rules.reduce((n: number, r: any) => n + r.failures.length, 0)} failures`,
  },
  {
    name: "competenceRisk(first: 100)",
    document: `{ competenceRisk(first: 100) {
  totalCount pageInfo { hasNextPage endCursor }
  nodes {
    kind label score level shared specialistCount specialistsLeaving trainedCount trainedShare userCount trainingPlanReviewedOn
    reasons { code contribution explanation }
    application { name } applicationUsage { id } municipality { code } collaboration { name }
    trainingPlan { name reviewedOn } competenceNetworks { name }
  }
} }`,
    describe: (data) => `${data.competenceRisk.nodes.length} of ${data.competenceRisk.totalCount}`,
  },
  {
    name: "collaborationCandidates(first: 100)",
    document: `{ collaborationCandidates(first: 100) { totalCount nodes { key score summary participants { name } contributions { trigger points } drivingDeadline transitionWindow { start end } } } }`,
    describe: (data) => `${data.collaborationCandidates.nodes.length} of ${data.collaborationCandidates.totalCount}`,
  },
  {
    name: "agreements(first: 100) + schedule",
    document: `{ agreements(first: 100) {
  totalCount pageInfo { hasNextPage endCursor }
  nodes {
    name kind startDate endDate renewalKind noticePeriod { amount unit }
    municipalities { code } itUnits { name } applications { name } collaborations { name }
    schedule { status currentTermStart currentTermEnd noticeDeadline decisionDeadline daysLeft extensionsUsed extensionsRemaining latestPossibleEnd procurementLeadTimeMonths renewsAutomatically }
  }
} }`,
    describe: (data) => `${data.agreements.nodes.length} of ${data.agreements.totalCount}`,
  },
];

interface Options {
  scales: { label: string; value: number }[];
  queries: NamedQuery[];
  runs: number;
  timeoutSeconds: number;
  budgetSeconds: number;
  keep: boolean;
  snapshotDates: number;
  /** A database kept by an earlier run (--keep): measured as it is instead of building the scales. */
  database: string | null;
}

const USAGE = `Usage: node dist/bench/national.js [flags]   (or: npm run bench:national -- [flags])

  --scales LIST     scale factors, comma-separated, each a decimal or a fraction (default 0.1,1/3,1; each above 0, at most 1)
  --queries LIST    names of queries to measure, comma-separated prefixes (default all: ${QUERIES.map((q) => q.name.split(/[ (]/)[0]).join(", ")})
  --runs N          runs per query, the p50 is printed (default 5, 1–9)
  --timeout S       seconds before one run counts as "timeout" and its server is stopped (default 300, 1–3600)
  --budget S        no further runs of a query once its runs so far took this many seconds (default 120, 1–3600)
  --keep            keep the generated databases (their folder is printed)
  --database FILE   measure a database kept by an earlier run (--keep) instead of building the scales
  --snapshot-dates N  the server's SAMVERKAN_FACT_SNAPSHOT_DATES (default 3, as in production; 0: every run reads and judges anew)
  --help`;

function parseScale(text: string): { label: string; value: number } {
  const match = /^(\d+(?:\.\d+)?)(?:\/(\d+))?$/.exec(text.trim());
  const value = match ? Number(match[1]) / (match[2] ? Number(match[2]) : 1) : NaN;
  if (!(value > 0 && value <= 1)) throw new Error(`--scales: "${text}" is not a number above 0 and at most 1.`);
  return { label: text.trim(), value };
}

function wholeNumber(text: string | undefined, fallback: number, min: number, max: number, flag: string): number {
  const value = text === undefined ? fallback : Number(text);
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`--${flag} must be a whole number from ${min} to ${max}, got "${text}".`);
  return value;
}

function readOptions(argv: string[]): Options | null {
  const { values } = parseArgs({
    args: argv,
    options: {
      scales: { type: "string" },
      queries: { type: "string" },
      runs: { type: "string" },
      timeout: { type: "string" },
      budget: { type: "string" },
      keep: { type: "boolean" },
      "snapshot-dates": { type: "string" },
      database: { type: "string" },
      help: { type: "boolean" },
    },
    strict: true,
  });
  if (values.help) return null;
  const names = values.queries?.split(",").map((n) => n.trim());
  const queries = names ? QUERIES.filter((q) => names.some((n) => q.name.startsWith(n))) : QUERIES;
  if (names && queries.length === 0) throw new Error(`--queries: none of "${values.queries}" names a query.`);
  return {
    scales: (values.scales ?? "0.1,1/3,1").split(",").map(parseScale),
    queries,
    runs: wholeNumber(values.runs, 5, 1, 9, "runs"),
    timeoutSeconds: wholeNumber(values.timeout, 300, 1, 3600, "timeout"),
    budgetSeconds: wholeNumber(values.budget, 120, 1, 3600, "budget"),
    keep: values.keep ?? false,
    snapshotDates: wholeNumber(values["snapshot-dates"], 3, 0, 100, "snapshot-dates"),
    database: values.database ?? null,
  };
}

/** A server child process and its address. */
interface Server {
  child: ChildProcess;
  url: string;
  token: string;
  startMemory: ServerMemory;
  exited: Promise<void>;
}

function nextMessage(child: ChildProcess, type: ServerMessage["type"], timeoutMs: number): Promise<ServerMessage> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => finish(new Error(`The server process sent no "${type}" within ${timeoutMs / 1000} s.`)), timeoutMs);
    const onMessage = (message: ServerMessage) => {
      if (message.type === type) finish(null, message);
      else if (message.type === "error") finish(new Error(`Server process: ${message.message}`));
    };
    const onExit = (code: number | null) => finish(new Error(`The server process exited (code ${code}) before sending "${type}".`));
    const finish = (error: Error | null, message?: ServerMessage) => {
      clearTimeout(timer);
      child.off("message", onMessage);
      child.off("exit", onExit);
      if (error) reject(error);
      else resolve(message!);
    };
    child.on("message", onMessage);
    child.on("exit", onExit);
  });
}

async function startServer(file: string, snapshotDates: number): Promise<Server> {
  const child = fork(join(__dirname, "national-server.js"), [file, BENCH_NOW, String(snapshotDates)], {
    stdio: ["ignore", "inherit", "inherit", "ipc"],
    execArgv: [...serverNodeFlags(), "--expose-gc"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  try {
    const ready = (await nextMessage(child, "ready", 120_000)) as Extract<ServerMessage, { type: "ready" }>;
    const url = `http://127.0.0.1:${ready.port}/graphql`;
    assertLoopback(url);
    return { child, url, token: ready.token, startMemory: ready.memory, exited };
  } catch (error) {
    child.kill("SIGKILL");
    throw error;
  }
}

async function memoryOf(server: Server): Promise<ServerMemory> {
  server.child.send({ type: "memory" } satisfies ParentMessage);
  return ((await nextMessage(server.child, "memory", 60_000)) as Extract<ServerMessage, { type: "memory" }>).memory;
}

/** RSS and peak RSS of a process from /proc (Linux; null elsewhere); no heap figure. */
function procMemory(pid: number): ServerMemory | null {
  const file = `/proc/${pid}/status`;
  if (!existsSync(file)) return null;
  const status = readFileSync(file, "utf8");
  const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? NaN) * 1024;
  return { rss: kib("VmRSS"), peakRss: kib("VmHWM"), heapUsedAfterGc: NaN };
}

/** Asks the server to close; ends it if it does not within 10 s (or at once with `kill`). */
async function stopServer(server: Server, kill = false): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  if (kill) server.child.kill("SIGKILL");
  else server.child.send({ type: "close" } satisfies ParentMessage);
  const timer = setTimeout(() => server.child.kill("SIGKILL"), 10_000);
  await server.exited;
  clearTimeout(timer);
}

interface Run {
  ms: number;
  statements: number;
  bytes: number;
  description: string;
}

type RunResult = Run | { timeout: true };

/** Statements the server process has run so far; runs are sent one at a time, so a run's statements are the difference. */
async function statementsOf(server: Server): Promise<number> {
  server.child.send({ type: "statements" } satisfies ParentMessage);
  return ((await nextMessage(server.child, "statements", 60_000)) as Extract<ServerMessage, { type: "statements" }>).count;
}

async function runOnce(server: Server, query: NamedQuery, timeoutSeconds: number): Promise<RunResult> {
  const statementsBefore = await statementsOf(server);
  const started = performance.now();
  let response: Response;
  let text: string;
  try {
    response = await fetch(server.url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${server.token}` },
      body: JSON.stringify({ query: query.document }),
      signal: AbortSignal.timeout(timeoutSeconds * 1000),
    });
    text = await response.text();
  } catch (error) {
    if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) return { timeout: true };
    throw error;
  }
  const ms = performance.now() - started;
  const body = JSON.parse(text) as { data?: unknown; errors?: unknown[] };
  if (response.status !== 200 || body.errors?.length) throw new Error(`${query.name}: HTTP ${response.status}, ${JSON.stringify(body.errors ?? body).slice(0, 1000)}`);
  return { ms, statements: (await statementsOf(server)) - statementsBefore, bytes: Buffer.byteLength(text), description: query.describe(body.data) };
}

interface Measurement {
  scale: string;
  query: string;
  runs: Run[];
  timedOut: boolean;
  statements: string;
  startRssMiB: number;
  peakRssMiB: number;
  rssAfterMiB: number;
  heapAfterGcMiB: number;
  /** The machine's 1-minute load average when the query's first run began (other work on the machine skews the times). */
  load: number;
  bytes: number;
  description: string;
}

const mib = (bytes: number) => bytes / (1024 * 1024);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function duration(ms: number): string {
  return ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`;
}

/** One fresh server process per query: its peak RSS is that query's (plus start-up's, shown beside it). */
async function measure(file: string, scale: string, query: NamedQuery, options: Options): Promise<Measurement> {
  const server = await startServer(file, options.snapshotDates);
  const load = loadavg()[0];
  const runs: Run[] = [];
  let timedOut = false;
  let spent = 0;
  try {
    while (runs.length < options.runs && spent < options.budgetSeconds * 1000) {
      const result = await runOnce(server, query, options.timeoutSeconds);
      if ("timeout" in result) {
        timedOut = true;
        break;
      }
      runs.push(result);
      spent += result.ms;
      process.stdout.write(`    ${query.name}: run ${runs.length} ${duration(result.ms)}, ${result.statements} statements\n`);
    }
    // A server still busy with a timed-out query cannot answer: read its memory from /proc (Linux) instead.
    const memory = timedOut ? procMemory(server.child.pid!) : await memoryOf(server);
    const statements = [...new Set(runs.map((r) => r.statements))].sort((a, b) => a - b);
    return {
      scale,
      query: query.name,
      runs,
      timedOut,
      statements: statements.length === 0 ? "–" : statements.length === 1 ? String(statements[0]) : `${statements[0]}–${statements.at(-1)}`,
      startRssMiB: mib(server.startMemory.rss),
      peakRssMiB: memory ? mib(memory.peakRss) : NaN,
      rssAfterMiB: memory ? mib(memory.rss) : NaN,
      heapAfterGcMiB: memory ? mib(memory.heapUsedAfterGc) : NaN,
      load,
      bytes: runs.at(-1)?.bytes ?? 0,
      description: runs.at(-1)?.description ?? "",
    };
  } finally {
    await stopServer(server, timedOut);
  }
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
  const line = (row: string[]) => `| ${row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join(" | ")} |`;
  const rule = `|${widths.map((w, c) => (c === 0 ? "-".repeat(w + 2) : `${"-".repeat(w + 1)}:`)).join("|")}|`;
  return [line(rows[0]), rule, ...rows.slice(1).map(line)].join("\n");
}

const whole = (value: number) => (Number.isFinite(value) ? value.toFixed(0) : "?");

function p50Text(m: Measurement, options: Options, runs = m.runs): string {
  if (runs.length === 0) return m.timedOut ? `timeout (> ${options.timeoutSeconds} s)` : "–";
  const text = duration(median(runs.map((r) => r.ms)));
  const notes = [runs.length < options.runs - (runs === m.runs ? 0 : 1) ? `${runs.length} run${runs.length > 1 ? "s" : ""}` : "", m.timedOut ? "then timeout" : ""].filter(Boolean);
  return notes.length ? `${text} (${notes.join(", ")})` : text;
}

/** The first run reads and judges the data (as the first request after a write does); the later ones reuse the data version's snapshot. */
const coldText = (m: Measurement) => (m.runs.length ? duration(m.runs[0].ms) : m.timedOut ? "timeout" : "–");
const warmText = (m: Measurement, options: Options) => (m.runs.length > 1 ? p50Text(m, options, m.runs.slice(1)) : "–");

interface Built {
  scale: string;
  file: string;
  seconds: number;
  bytes: number;
  counts: NationalCounts;
}

/** Builds the database of one scale: migrations, the Dalsland seed, the national data; closed afterwards. */
async function build(dir: string, scale: { label: string; value: number }): Promise<Built> {
  const file = join(dir, `national-${scale.label.replace("/", "_")}.db`);
  const db = await openDatabase({ url: file });
  try {
    await loadSeed(db);
    const started = performance.now();
    await addNationalData(db, scale.value);
    const seconds = (performance.now() - started) / 1000;
    const counts = await countRows(db);
    await db.query("PRAGMA wal_checkpoint(TRUNCATE)");
    return { scale: scale.label, file, seconds, bytes: 0, counts };
  } finally {
    await db.destroy();
  }
}

/** A kept database, counted as it is. */
async function counted(file: string): Promise<Built> {
  if (!existsSync(file)) throw new Error(`--database: ${file} does not exist.`);
  const db = await openDatabase({ url: file });
  try {
    return { scale: basename(file), file, seconds: 0, bytes: 0, counts: await countRows(db) };
  } finally {
    await db.destroy();
  }
}

function fileBytes(file: string): number {
  return [file, `${file}-wal`].filter(existsSync).reduce((sum, f) => sum + statSync(f).size, 0);
}

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  if (!options) {
    console.log(USAGE);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), "samverkan-national-"));
  const onSignal = () => {
    if (!options.keep) rmSync(dir, { recursive: true, force: true });
    process.exit(130);
  };
  process.once("SIGINT", onSignal);
  const started = performance.now();
  console.log(
    [
      `Samverkan national benchmark — Node ${process.version}, ${process.platform}/${process.arch}, ${availableParallelism()} CPUs (${cpus()[0]?.model ?? "unknown"}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
      `Server: a child process per query, with npm start's Node flags (${serverNodeFlags().join(" ") || "none"}) (buildServer, production config, NODE_ENV=production, statements from the process's counter (not the x-sql-statements header, whose bookkeeping costs time), clock ${BENCH_NOW}, response cache off, fact snapshot of ${options.snapshotDates} dates); runs one at a time over HTTP on 127.0.0.1.`,
      `Runs: up to ${options.runs} per query (fewer once a query's runs took ${options.budgetSeconds} s); timeout ${options.timeoutSeconds} s per run.`,
      `Started ${new Date().toISOString()}; load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(" ")} (above the CPU count, other work shares the CPUs and the times grow).`,
    ].join("\n"),
  );
  const measurements: Measurement[] = [];
  const built: Built[] = [];
  try {
    const scales = options.database ? [{ label: basename(options.database), value: 0 }] : options.scales;
    for (const scale of scales) {
      console.log(`\nScale ${scale.label}: ${options.database ? "kept database" : "building…"}`);
      const b = options.database ? await counted(options.database) : await build(dir, scale);
      b.bytes = fileBytes(b.file);
      built.push(b);
      console.log(
        `  generated in ${b.seconds.toFixed(1)} s; database ${mib(b.bytes).toFixed(0)} MiB; ${Object.entries(b.counts)
          .map(([t, n]) => `${t} ${n}`)
          .join(", ")}`,
      );
      for (const query of options.queries) measurements.push(await measure(b.file, scale.label, query, options));
    }

    console.log("\nData (the Dalsland seed plus the national data at each scale; rows in the whole database):\n");
    const tables = ["municipality", "application_usage", "collaboration", "agreement", "role_assignment", "person", "competence", "training_plan"];
    console.log(
      table([["scale", "generated in", "DB size MiB", ...tables], ...built.map((b) => [b.scale, `${b.seconds.toFixed(1)} s`, mib(b.bytes).toFixed(0), ...tables.map((t) => String(b.counts[t]))])]),
    );

    console.log("\nQueries (p50 over the runs; statements from the server's counter; memory of the server process serving only that query):\n");
    console.log(
      table([
        [
          "query",
          "scale",
          "p50",
          "first (cold)",
          "p50 of the rest (warm)",
          "min",
          "max",
          "SQL statements",
          "peak RSS MiB",
          "RSS at start MiB",
          "heap after GC MiB",
          "response bytes",
          "answer",
          "load",
        ],
        ...measurements.map((m) => [
          m.query,
          m.scale,
          p50Text(m, options),
          coldText(m),
          warmText(m, options),
          m.runs.length ? duration(Math.min(...m.runs.map((r) => r.ms))) : "–",
          m.runs.length ? duration(Math.max(...m.runs.map((r) => r.ms))) : "–",
          m.statements,
          whole(m.peakRssMiB),
          whole(m.startRssMiB),
          whole(m.heapAfterGcMiB),
          String(m.bytes),
          m.description,
          m.load.toFixed(1),
        ]),
      ]),
    );

    console.log(`\nSummary (first run, cold · p50 of the later runs, warm · statements · peak RSS; snapshot of ${options.snapshotDates} dates):\n`);
    console.log(
      table([
        ["query", ...scales.map((s) => `scale ${s.label}`)],
        ...options.queries.map((q) => [
          q.name,
          ...scales.map((s) => {
            const m = measurements.find((x) => x.query === q.name && x.scale === s.label)!;
            return `${coldText(m)} · ${warmText(m, options)} · ${m.statements} stmts · ${whole(m.peakRssMiB)} MiB`;
          }),
        ]),
      ]),
    );
    console.log(
      `\nTotal time ${((performance.now() - started) / 1000).toFixed(0)} s; load average now ${loadavg()
        .map((l) => l.toFixed(1))
        .join(" ")}.${options.keep ? ` Databases kept in ${dir}` : ""}`,
    );
  } finally {
    process.removeListener("SIGINT", onSignal);
    if (!options.keep) rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error("Benchmark failed:", error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
