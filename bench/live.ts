import "reflect-metadata";
import "./production-env";
/**
 * Reads while others write, at national scale (issue 21's targets): one server started as `npm start`
 * starts it (its Node flags and configuration from the environment: response cache, fact snapshot and
 * its warm-up on), six readers in a loop and one writer.
 *
 *   npm run bench:live                                   # builds the national dataset at scale 1 (several minutes)
 *   npm run bench:live -- --scale 0.1 --seconds 20       # smaller and shorter
 *   npm run bench:live -- --database FILE                # a database kept by bench:national --keep or bench:live --keep
 *   npm run bench:live -- --sigterm-only                 # only the SIGTERM figure on the seed (seconds)
 *
 * Readers: two of the status board's first page with needsAttention and its gaps, one governance
 * report, one collaboration candidates (first 20), two light reads of one municipality's usages
 * (first 20). The writer changes one usage's user count (applicationUsageUpdate). Scenarios: cold
 * start (a light read and the board sent the moment the server listens), no writes, one write every
 * 5 s, one write every second, a burst of 500 writes as fast as the server takes them, and a 500-row
 * import: about 2 s into the scenario the writer sends one applicationUsagesImport (CSV, apply) of
 * one municipality's application list, its export with every user count changed (UPDATE rows) filled
 * up to 500 rows with catalogue applications it does not use yet (CREATE rows), checked by a dry run
 * before the scenario. Prints per scenario and kind of read the reads answered, p50, p99 and max, and
 * reads over 1 s; the import's own answer time; the server's peak RSS; and, on the seed, how many of
 * 30 requests in flight a SIGTERM cuts. Asserts nothing: figures belong here, not in the test suite.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { openDatabase } from "../server/src/app/database";
import { CsvForm, writeCsv } from "../server/src/common/csv";
import { USAGE_COLUMN_KEYS, USAGE_COLUMNS, type UsageColumn } from "../server/src/spreadsheets/plan";
import { readTable, SheetFormat } from "../server/src/spreadsheets/sheet";
import { CATEGORY_LABELS, type Cell, integerOf, PHASE_LABELS } from "../server/src/spreadsheets/values";
import { loadSeed } from "../seeds/load";
import { addNationalData } from "../seeds/national";
import { serverNodeFlags } from "./production-env";
import { assertLoopback } from "./load-generator";

const ROOT = join(__dirname, "..", "..");

const READS = {
  board: `{ statusBoard(first: 100, needsAttention: true) { totalCount nodes { collaboration { name } level { ordinal } agreements { status } nextDeadline { date } openGaps { ruleCode } } } }`,
  governance: `{ governanceReport { applicable compliant rules { code applicable compliant } } }`,
  candidates: `{ collaborationCandidates(first: 20) { totalCount nodes { key score summary } } }`,
  light: `query($m: ID!) { applicationUsages(first: 20, municipality: $m) { totalCount nodes { id userCount application { name } } } }`,
} as const;
type ReadKind = keyof typeof READS;
/** The six readers. */
const READERS: ReadKind[] = ["board", "board", "governance", "candidates", "light", "light"];

interface Server {
  child: ChildProcess;
  url: string;
  token: string;
  listenedAt: number;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** A new ADMIN token in `file`, made with the token CLI as an operator would. */
function tokenFor(file: string): string {
  const out = execFileSync(process.execPath, [join(ROOT, "dist/server/src/cli/token.js"), "create", "--name", `bench-live-${Date.now()}`, "--role", "ADMIN"], {
    env: { ...process.env, DATABASE_URL: file },
    encoding: "utf8",
  });
  const token = /svk_[A-Za-z0-9_-]+/.exec(out)?.[0];
  if (!token) throw new Error(`The token CLI printed no token: ${out}`);
  return token;
}

async function startServer(file: string, token: string): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, [...serverNodeFlags(), join(ROOT, "dist/server/src/main.js")], {
    env: { ...process.env, DATABASE_URL: file, PORT: String(port), HOST: "127.0.0.1", SAMVERKAN_SEED: "0", SAMVERKAN_RATE_LIMIT: "0", SAMVERKAN_REMINDER_INTERVAL: "0" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}/graphql`;
  assertLoopback(url);
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server exited (code ${child.exitCode}) before listening.`);
    try {
      await fetch(`http://127.0.0.1:${port}/healthz`);
      return { child, url, token, listenedAt: Date.now() };
    } catch {
      if (Date.now() - started > 300_000) throw new Error("The server did not listen within 300 s.");
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

async function stopServer(server: Server): Promise<void> {
  if (server.child.exitCode !== null) return;
  const exited = new Promise((resolve) => server.child.once("exit", resolve));
  server.child.kill("SIGTERM");
  const timer = setTimeout(() => server.child.kill("SIGKILL"), 30_000);
  await exited;
  clearTimeout(timer);
}

function peakRss(pid: number): number {
  const file = `/proc/${pid}/status`;
  if (!existsSync(file)) return Number.NaN;
  return Number(/^VmHWM:\s+(\d+) kB/m.exec(readFileSync(file, "utf8"))?.[1] ?? Number.NaN) * 1024;
}

async function gql(server: Server, query: string, variables: Record<string, unknown> = {}): Promise<{ ms: number; data: any }> {
  const start = performance.now();
  const response = await fetch(server.url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${server.token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: any; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(`GraphQL error: ${body.errors[0].message}`);
  return { ms: performance.now() - start, data: body.data };
}

const quantile = (sorted: number[], q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : Number.NaN);
const ms = (value: number) => (Number.isNaN(value) ? "–" : value >= 1000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`);

interface Row {
  scenario: string;
  writes: number;
  latencies: Record<ReadKind, number[]>;
}

/** The six readers in a loop for `seconds`, with `write` called by the writer as the scenario says. */
async function scenario(server: Server, name: string, seconds: number, municipality: string, writer: (stop: () => boolean) => Promise<number>): Promise<Row> {
  const latencies: Record<ReadKind, number[]> = { board: [], governance: [], candidates: [], light: [] };
  const until = Date.now() + seconds * 1000;
  const stop = () => Date.now() >= until;
  const reader = async (kind: ReadKind) => {
    while (!stop()) latencies[kind].push((await gql(server, READS[kind], kind === "light" ? { m: municipality } : {})).ms);
  };
  const [writes] = await Promise.all([writer(stop), ...READERS.map(reader)]);
  return { scenario: name, writes, latencies };
}

function writerEvery(server: Server, usages: { id: string; userCount: number | null }[], intervalMs: number | null, limit = Number.POSITIVE_INFINITY) {
  return async (stop: () => boolean): Promise<number> => {
    let writes = 0;
    while (!stop() && writes < limit) {
      const usage = usages[writes % usages.length];
      const next = (usage.userCount ?? 0) + 1 + (writes % 2);
      await gql(server, `mutation($i: ApplicationUsageUpdateInput!) { applicationUsageUpdate(input: $i) { userErrors { code } } }`, { i: { id: usage.id, userCount: next } });
      usage.userCount = next;
      writes++;
      if (intervalMs !== null) await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
    return writes;
  };
}

/** The import scenario's file: one municipality's application list of exactly IMPORT_ROWS rows. */
const IMPORT_ROWS = 500;
/** A municipality with fewer usages than this gives too few UPDATE rows for a realistic import. */
const IMPORT_MIN_USAGES = 250;

interface UsageImport {
  municipality: string;
  /** CSV text, plain form (commas), in the import's columns. */
  content: string;
  updates: number;
  creates: number;
}

/** `preferred` when it has at least IMPORT_MIN_USAGES usages, else the first municipality (in the API's order) that has. */
async function importMunicipality(server: Server, preferred: string): Promise<string> {
  const usageCount = async (code: string) =>
    (await gql(server, `query($m: ID!) { applicationUsages(first: 1, municipality: $m) { totalCount } }`, { m: code })).data.applicationUsages.totalCount as number;
  if ((await usageCount(preferred)) >= IMPORT_MIN_USAGES) return preferred;
  const codes = ((await gql(server, `{ municipalities(first: 100) { nodes { code } } }`)).data.municipalities.nodes as { code: string }[]).map((m) => m.code);
  for (const code of codes) if (code !== preferred && (await usageCount(code)) >= IMPORT_MIN_USAGES) return code;
  throw new Error(`No municipality among the first ${codes.length} has ${IMPORT_MIN_USAGES} usages or more.`);
}

/**
 * The import file, made through the API only: the municipality's usages as the CSV export writes them
 * (the import's own columns) with every user count changed, so each is an UPDATE, then CREATE rows
 * for catalogue applications it does not use, matched by product and vendor, up to IMPORT_ROWS.
 */
async function importFile(server: Server, municipality: string): Promise<UsageImport> {
  const response = await fetch(`${new URL(server.url).origin}/export/usages.csv?municipality=${municipality}&csv=plain`, { headers: { authorization: `Bearer ${server.token}` } });
  if (response.status !== 200) throw new Error(`The usage export answered ${response.status}: ${await response.text()}`);
  const exported = await readTable(SheetFormat.CSV, Buffer.from(await response.arrayBuffer()));
  const headers = USAGE_COLUMN_KEYS.map((key) => USAGE_COLUMNS[key].header);
  if (exported.headers.join("\u0000") !== headers.join("\u0000")) throw new Error(`The usage export's columns (${exported.headers.join(", ")}) are not the import's (${headers.join(", ")}).`);
  const at = (column: UsageColumn) => USAGE_COLUMN_KEYS.indexOf(column);
  const updates = exported.rows.slice(0, IMPORT_ROWS).map(({ cells }) => {
    const row = [...cells];
    row[at("userCount")] = (integerOf(row[at("userCount")] ?? 0) ?? 0) + 1;
    return row;
  });
  // Exact names as stored: the export and the catalogue read the same columns.
  const used = new Set(exported.rows.map(({ cells }) => `${cells[at("product")]}\u0000${cells[at("vendor")] ?? ""}`));
  const creates: Cell[][] = [];
  let after: string | null = null;
  while (updates.length + creates.length < IMPORT_ROWS) {
    const page: { nodes: { name: string; vendor: string | null; categoryCode: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } = (
      await gql(server, `query($after: String) { applications(first: 100, after: $after) { nodes { name vendor categoryCode } pageInfo { hasNextPage endCursor } } }`, { after })
    ).data.applications;
    for (const application of page.nodes) {
      if (updates.length + creates.length === IMPORT_ROWS || used.has(`${application.name}\u0000${application.vendor ?? ""}`)) continue;
      const row: Cell[] = USAGE_COLUMN_KEYS.map(() => null);
      row[at("product")] = application.name;
      row[at("vendor")] = application.vendor;
      row[at("category")] = CATEGORY_LABELS[application.categoryCode as keyof typeof CATEGORY_LABELS] ?? application.categoryCode;
      row[at("lifecyclePhase")] = PHASE_LABELS.ACTIVE;
      row[at("userCount")] = 10 + (creates.length % 90);
      creates.push(row);
    }
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  if (updates.length + creates.length !== IMPORT_ROWS) throw new Error(`Only ${updates.length + creates.length} rows for ${municipality}: the catalogue has too few applications it does not use.`);
  return { municipality, content: writeCsv([headers, ...updates, ...creates], CsvForm.PLAIN), updates: updates.length, creates: creates.length };
}

const IMPORT = `mutation($i: ApplicationUsagesImportInput!, $dryRun: Boolean!) {
  applicationUsagesImport(input: $i) {
    plan { applied createCount updateCount unchangedCount problems { row column message } rows @include(if: $dryRun) { match } }
    userErrors { field message }
  }
}`;

/** Sends the import (a dry run unless `apply`); throws unless the plan is exactly the file's rows with no problems, and, applied, was applied. */
async function sendImport(server: Server, file: UsageImport, apply: boolean): Promise<number> {
  const { ms, data } = await gql(server, IMPORT, {
    i: { municipality: file.municipality, fileName: `bench-live-${file.municipality}.csv`, format: "CSV", content: file.content, apply },
    dryRun: !apply,
  });
  const { plan, userErrors } = data.applicationUsagesImport as {
    plan: { applied: boolean; createCount: number; updateCount: number; unchangedCount: number; problems: unknown[]; rows?: { match: string }[] } | null;
    userErrors: unknown[];
  };
  const wrong = [
    userErrors.length && `userErrors ${JSON.stringify(userErrors.slice(0, 5))}`,
    !plan && "no plan",
    plan?.problems.length && `problems ${JSON.stringify(plan.problems.slice(0, 5))}`,
    plan &&
      (plan.updateCount !== file.updates || plan.createCount !== file.creates || plan.unchangedCount !== 0) &&
      `${plan.updateCount} UPDATE, ${plan.createCount} CREATE, ${plan.unchangedCount} UNCHANGED instead of ${file.updates} UPDATE and ${file.creates} CREATE`,
    plan?.rows?.some((r) => r.match === "NEW_APPLICATION") && "rows that would add applications to the catalogue",
    apply && plan && !plan.applied && "not applied",
  ].filter(Boolean);
  if (wrong.length) throw new Error(`The ${apply ? "" : "dry run of the "}${IMPORT_ROWS}-row import for ${file.municipality}: ${wrong.join("; ")}.`);
  return ms;
}

/** The import scenario's writer: about 2 s into the scenario, the one import; 1 write. */
function importWriter(server: Server, file: UsageImport, answered: (ms: number) => void) {
  return async (): Promise<number> => {
    await new Promise((resolve) => setTimeout(resolve, 2000));
    answered(await sendImport(server, file, true));
    return 1;
  };
}

function print(rows: Row[]): void {
  const header = ["scenario", "writes", ...(["board", "governance", "candidates", "light"] as ReadKind[]).map((k) => `${k}: n · p50 · p99 · max · >1 s`)];
  console.log(`| ${header.join(" | ")} |`);
  console.log(`|${header.map(() => "---").join("|")}|`);
  for (const row of rows) {
    const cells = (["board", "governance", "candidates", "light"] as ReadKind[]).map((kind) => {
      const sorted = [...row.latencies[kind]].sort((a, b) => a - b);
      return `${sorted.length} · ${ms(quantile(sorted, 0.5))} · ${ms(quantile(sorted, 0.99))} · ${ms(sorted.at(-1) ?? Number.NaN)} · ${sorted.filter((v) => v > 1000).length}`;
    });
    console.log(`| ${row.scenario} | ${row.writes} | ${cells.join(" | ")} |`);
  }
}

/**
 * On the seed: 30 requests in flight (competence-risk reads, a write among every five), then SIGTERM
 * at the default shutdown timeout; how many were answered and how many cut (no answer, or not 200).
 */
async function shutdownInFlight(dir: string): Promise<{ answered: number; cut: number }> {
  const file = join(dir, "seed.db");
  const db = await openDatabase({ url: file });
  await loadSeed(db);
  await db.destroy();
  const server = await startServer(file, tokenFor(file));
  try {
    const usages = (await gql(server, `{ applicationUsages(first: 6) { nodes { id userCount } } }`)).data.applicationUsages.nodes as { id: string; userCount: number | null }[];
    const request = (i: number) => {
      const usage = usages[i % usages.length];
      const body =
        i % 5 === 4
          ? {
              query: `mutation($i: ApplicationUsageUpdateInput!) { applicationUsageUpdate(input: $i) { userErrors { code } } }`,
              variables: { i: { id: usage.id, userCount: (usage.userCount ?? 0) + i } },
            }
          : { query: `query($h: Int!) { competenceRisk(first: 50, horizonMonths: $h) { totalCount nodes { label score } } }`, variables: { h: 6 + i } };
      return fetch(server.url, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${server.token}` }, body: JSON.stringify(body) })
        .then(async (response) => response.status === 200 && !((await response.json()) as { errors?: unknown[] }).errors)
        .catch(() => false);
    };
    const inFlight = Array.from({ length: 30 }, (_, i) => request(i));
    await new Promise((resolve) => setTimeout(resolve, 20));
    server.child.kill("SIGTERM");
    const results = await Promise.all(inFlight);
    return { answered: results.filter(Boolean).length, cut: results.filter((ok) => !ok).length };
  } finally {
    await stopServer(server);
  }
}

function printShutdown({ answered, cut }: { answered: number; cut: number }): void {
  console.log(`SIGTERM with 30 requests in flight on the seed (competence-risk reads, a write among every five): ${answered} answered, ${cut} cut.`);
}

async function build(dir: string, scale: number): Promise<string> {
  const file = join(dir, `live-${scale}.db`);
  const db = await openDatabase({ url: file });
  try {
    await loadSeed(db);
    await addNationalData(db, scale);
  } finally {
    await db.destroy();
  }
  return file;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scale: { type: "string" },
      database: { type: "string" },
      seconds: { type: "string" },
      keep: { type: "boolean" },
      "sigterm-only": { type: "boolean" },
      help: { type: "boolean" },
    },
  });
  if (values.help) {
    console.log("Usage: npm run bench:live -- [--scale 0.1..1] [--database FILE] [--seconds N] [--keep] [--sigterm-only]");
    return;
  }
  const scale = Number(values.scale ?? "1");
  const seconds = Number(values.seconds ?? "60");
  if (!(scale > 0 && scale <= 1) || !(seconds >= 5 && seconds <= 600)) throw new Error("--scale must be above 0 and at most 1, --seconds from 5 to 600.");
  const dir = mkdtempSync(join(tmpdir(), "samverkan-live-"));
  try {
    if (values["sigterm-only"]) {
      printShutdown(await shutdownInFlight(dir));
      return;
    }
    const started = Date.now();
    const file = values.database ?? (await build(dir, scale));
    if (!values.database) console.log(`Dataset at scale ${scale} built in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
    console.log(
      `Started ${new Date().toISOString()}; load average ${loadavg()
        .map((l) => l.toFixed(1))
        .join(" ")}.`,
    );
    const server = await startServer(file, tokenFor(file));
    try {
      // Cold: a light read and the board the moment the server listens.
      const municipality = "1460";
      const [light, board] = await Promise.all([gql(server, READS.light, { m: municipality }), gql(server, READS.board)]);
      console.log(`Cold start: light read ${ms(light.ms)} after listening, the board (first full evaluation) ${ms(board.ms)}.`);
      const usages = (await gql(server, `{ applicationUsages(first: 100) { nodes { id userCount } } }`)).data.applicationUsages.nodes;
      const rows = [
        await scenario(server, "no writes", seconds, municipality, async () => 0),
        await scenario(server, "one write every 5 s", seconds, municipality, writerEvery(server, usages, 5000)),
        await scenario(server, "one write every second", seconds, municipality, writerEvery(server, usages, 1000)),
        await scenario(server, "a burst of 500 writes", seconds, municipality, writerEvery(server, usages, null, 500)),
      ];
      // Made and checked after the other scenarios' writes, so every UPDATE row still changes a value.
      const spreadsheet = await importFile(server, await importMunicipality(server, municipality));
      await sendImport(server, spreadsheet, false);
      let importMs = Number.NaN;
      rows.push(
        await scenario(
          server,
          `a ${IMPORT_ROWS}-row import`,
          seconds,
          municipality,
          importWriter(server, spreadsheet, (answeredMs) => (importMs = answeredMs)),
        ),
      );
      print(rows);
      console.log(`The ${IMPORT_ROWS}-row import of ${spreadsheet.municipality} (${spreadsheet.updates} changed, ${spreadsheet.creates} new) answered in ${ms(importMs)}.`);
      console.log(
        `Server peak RSS ${(peakRss(server.child.pid!) / 2 ** 20).toFixed(0)} MiB; load average now ${loadavg()
          .map((l) => l.toFixed(1))
          .join(" ")}.`,
      );
    } finally {
      await stopServer(server);
    }
    printShutdown(await shutdownInFlight(dir));
    if (values.keep && !values.database) console.log(`Database kept: ${file}`);
  } finally {
    if (!values.keep) rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
