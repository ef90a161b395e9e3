/**
 * The load generator, run as a child process of bench/collaborations.ts so that autocannon's own
 * work (building requests, parsing responses, histograms) does not share the servers' event loop.
 * It receives one job over IPC, runs autocannon against a 127.0.0.1 URL and sends the summary back.
 */

/** What the parent asks for. */
export interface LoadJob {
  url: string;
  method: "GET" | "POST";
  headers: Record<string, string>;
  body?: string;
  connections: number;
  /** Seconds. */
  duration: number;
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

type Autocannon = (options: {
  url: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
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

async function run(job: LoadJob): Promise<LoadSummary> {
  assertLoopback(job.url);
  // autocannon ships no type declarations (and @types/autocannon is not a dependency): type the part used here.
  const autocannon = require("autocannon") as Autocannon;
  const result = await autocannon({
    url: job.url,
    method: job.method,
    headers: job.headers,
    body: job.body,
    connections: job.connections,
    duration: job.duration,
    pipelining: 1,
    timeout: 10,
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
  };
}

if (require.main === module) {
  if (!process.send) {
    console.error("bench/load-generator is started by bench/collaborations.js; run that instead.");
    process.exit(2);
  }
  process.once("message", (job: LoadJob) => {
    run(job).then(
      (summary) => process.send!({ ok: true, summary }, () => process.disconnect()),
      (error: unknown) => process.send!({ ok: false, error: String((error as Error)?.stack ?? error) }, () => process.disconnect()),
    );
  });
}
