/**
 * The load generator, run as a child process of the benchmarks (`runLoad`) so that autocannon's own
 * work (building requests, parsing responses, histograms) does not share the servers' event loop.
 * It receives one job over IPC, runs autocannon against a 127.0.0.1 URL and sends the summary back.
 */
import { fork } from "node:child_process";
import { join } from "node:path";

/** What the parent asks for. */
export interface LoadJob {
  url: string;
  method: "GET" | "POST";
  headers: Record<string, string>;
  body?: string;
  /**
   * Instead of one `body`: request cycles. A connection takes a cycle no other connection is in,
   * sends its bodies in order (each after the previous answer), releases it and takes the next;
   * so writes to one object never interleave. All cycles have the same length.
   */
  cycles?: string[][];
  connections: number;
  /** Seconds. */
  duration: number;
  /** Seconds a request may take before autocannon counts it as a timeout (default 10). */
  timeout?: number;
  /**
   * With `cycles`: the first seconds of the run, whose requests `steady` leaves out. At the start
   * every connection connects at once to a server that is already saturated, and the last ones
   * wait seconds for their first answer; that start-up queue says nothing of the steady state.
   */
  warmUp?: number;
}

/** Latency of the requests sent after the warm-up, measured per request from sending to the whole answer. */
export interface SteadyLatency {
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
}

/** What the parent gets back: the figures the benchmark prints. */
export interface LoadSummary {
  requestsPerSecondMean: number;
  requestsTotal: number;
  durationSeconds: number;
  latencyMeanMs: number;
  latencyP50Ms: number;
  latencyP90Ms: number;
  latencyP99Ms: number;
  latencyMaxMs: number;
  /** Bytes received per second (headers and bodies). */
  throughputBytesPerSecond: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  /** With `cycles`: answers carrying top-level GraphQL `errors`, and mutation payloads with `userErrors`. */
  graphqlErrors: number;
  userErrors: number;
  /** With `cycles` and `warmUp`. */
  steady?: SteadyLatency;
}

interface AutocannonHistogram {
  mean: number;
  max: number;
  total?: number;
  p50: number;
  p90: number;
  p99: number;
}

interface AutocannonResult {
  duration: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  latency: AutocannonHistogram;
  requests: AutocannonHistogram;
  throughput: AutocannonHistogram;
}

interface AutocannonRequest {
  method: string;
  setupRequest(request: Record<string, unknown>, context: CycleContext): Record<string, unknown>;
  onResponse(status: number, body: string, context: CycleContext): void;
}

interface CycleContext {
  cycle?: number;
  /** When the request now under way was handed to autocannon (ms, performance.now()). */
  sentAt?: number;
}

type Autocannon = (options: {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
  requests?: AutocannonRequest[];
  connections: number;
  duration: number;
  pipelining: number;
  timeout: number;
}) => Promise<AutocannonResult>;

/** Only loopback: the benchmark never talks to anything but its own servers. */
export function assertLoopback(url: string): void {
  const host = new URL(url).hostname;
  if (host !== "127.0.0.1") throw new Error(`The load generator only targets 127.0.0.1, not ${host}.`);
}

/** Every request's sending time and duration (ms), for `steady`. */
type Timings = [sentAt: number, durationMs: number][];

/** The figures of the requests sent from `from` (ms, performance.now()) to `to`. */
function steadyLatency(timings: Timings, from: number, to: number): SteadyLatency {
  const durations = timings
    .filter(([sentAt]) => sentAt >= from)
    .map(([, duration]) => duration)
    .sort((a, b) => a - b);
  const at = (q: number) => Math.round(durations[Math.min(durations.length - 1, Math.floor(durations.length * q))] ?? 0);
  return { requests: durations.length, requestsPerSecond: durations.length / ((to - from) / 1000), p50Ms: at(0.5), p90Ms: at(0.9), p99Ms: at(0.99), maxMs: Math.round(durations.at(-1) ?? 0) };
}

/** autocannon requests that walk `cycles` (see LoadJob), count GraphQL errors and user errors, and time each request. */
function cycleRequests(job: LoadJob, counts: { graphqlErrors: number; userErrors: number }, timings: Timings): AutocannonRequest[] {
  const cycles = job.cycles!;
  const length = cycles[0].length;
  if (cycles.some((c) => c.length !== length)) throw new Error("All request cycles must have the same length.");
  const busy = new Set<number>();
  let cursor = 0;
  const take = (): number => {
    for (let tries = 0; tries < cycles.length; tries++) {
      const k = cursor++ % cycles.length;
      if (!busy.has(k)) {
        busy.add(k);
        return k;
      }
    }
    return cursor++ % cycles.length; // all busy (a request was lost to a timeout): share one
  };
  return Array.from({ length }, (_, step) => ({
    method: job.method,
    setupRequest(request, context) {
      if (step === 0 || context.cycle === undefined) context.cycle = take();
      context.sentAt = performance.now();
      return { ...request, body: cycles[context.cycle][step] };
    },
    onResponse(_status, body, context) {
      if (context.sentAt !== undefined) timings.push([context.sentAt, performance.now() - context.sentAt]);
      if (body.includes('"errors":')) counts.graphqlErrors++;
      if (body.includes('"userErrors":[{')) counts.userErrors++;
      if (step === length - 1 && context.cycle !== undefined) busy.delete(context.cycle);
    },
  }));
}

async function run(job: LoadJob): Promise<LoadSummary> {
  assertLoopback(job.url);
  // autocannon ships no type declarations (and @types/autocannon is not a dependency): type the part used here.
  const autocannon = require("autocannon") as Autocannon;
  const counts = { graphqlErrors: 0, userErrors: 0 };
  const timings: Timings = [];
  const started = performance.now();
  const result = await autocannon({
    url: job.url,
    method: job.method,
    headers: job.headers,
    body: job.body,
    requests: job.cycles ? cycleRequests(job, counts, timings) : undefined,
    connections: job.connections,
    duration: job.duration,
    pipelining: 1,
    timeout: job.timeout ?? 10,
  });
  return {
    requestsPerSecondMean: result.requests.mean,
    requestsTotal: result.requests.total ?? 0,
    durationSeconds: result.duration,
    latencyMeanMs: result.latency.mean,
    latencyP50Ms: result.latency.p50,
    latencyP90Ms: result.latency.p90,
    latencyP99Ms: result.latency.p99,
    latencyMaxMs: result.latency.max,
    throughputBytesPerSecond: result.throughput.mean,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    ...counts,
    steady: job.cycles && job.warmUp ? steadyLatency(timings, started + job.warmUp * 1000, performance.now()) : undefined,
  };
}

/** Runs `job` in a child process (this file) and resolves with its summary; bounded by a kill timer at duration + 60 s. */
export function runLoad(job: LoadJob): Promise<LoadSummary> {
  assertLoopback(job.url);
  return new Promise((resolve, reject) => {
    const child = fork(join(__dirname, "load-generator.js"), [], { stdio: ["ignore", "inherit", "inherit", "ipc"], execArgv: [] });
    let settled = false;
    const finish = (error: Error | null, summary?: LoadSummary) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) reject(error);
      else resolve(summary!);
    };
    const timer = setTimeout(
      () => {
        child.kill();
        finish(new Error(`The load generator did not finish within ${job.duration + 60} s; stopped it.`));
      },
      (job.duration + 60) * 1000,
    );
    child.on("message", (message: { ok: true; summary: LoadSummary } | { ok: false; error: string }) => {
      if (message.ok) finish(null, message.summary);
      else finish(new Error(`Load generator failed: ${message.error}`));
    });
    child.on("error", (error) => finish(error));
    child.on("exit", (code) => finish(new Error(`The load generator exited (code ${code}) without a result.`)));
    child.send(job);
  });
}

if (require.main === module) {
  if (!process.send) {
    console.error("bench/load-generator is started by the benchmarks (bench/collaborations.js, bench/load.js); run one of those instead.");
    process.exit(2);
  }
  process.once("message", (job: LoadJob) => {
    run(job).then(
      (summary) => process.send!({ ok: true, summary }, () => process.disconnect()),
      (error: unknown) => process.send!({ ok: false, error: String((error as Error)?.stack ?? error) }, () => process.disconnect()),
    );
  });
}
