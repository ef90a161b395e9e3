import { createHash } from "node:crypto";
import { ApolloServer, HeaderMap } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import type { GraphQLSchema } from "graphql";
import type { DataSource } from "typeorm";
import { TokenService } from "../access/token-service";
import { bearerToken } from "../access/tokens";
import { unauthenticated } from "../access/viewer";
import { localWriteMark, markAfterLocalWrites, noLocalWriteSince, readVersionAndViewer } from "../cache/data-version";
import { otherRequestsFirst } from "../common/event-loop";
import { SnapshotReads } from "../cache/snapshot-reads";
import { SnapshotWarmUp } from "../cache/snapshot-warm-up";
import { matchesETag, ResponseCache, responseCacheKey, type CachedAnswer } from "../cache/response-cache";
import { CORS_OFF, FACT_SNAPSHOT_OFF, RATE_LIMIT_OFF, RESPONSE_CACHE_OFF, type Config } from "../config";
import { swedishDate } from "../common/dates";
import { countStatements, type StatementTally } from "../db/statements";
import { compiledExecution } from "../graphql/compiled-execution";
import { buildGraphQLSchema } from "./schema";
import { registerPages, type RunQuery } from "../pages/routes";
import { registerReportRoutes } from "../reports/http";
import { registerSpreadsheetRoutes } from "../spreadsheets/http";
import { registerFeedRoutes } from "../reminders/http";
import { createContext, type Context } from "../core/context";
import { formatError } from "../http/errors";
import { knownOperationTypeRule, MAX_COST, MAX_TOKENS, requestLimitsPlugin, UNPAGED_LIST_COST } from "../http/limits";
import { createRateLimiter, rateLimitHeaders, rateLimitKey, type RateLimitState } from "../http/rate-limit";
import { registerCors } from "../http/cors";
import { registerDrain } from "../http/shutdown";

declare module "fastify" {
  interface FastifyInstance {
    /** The fact snapshot's background warm-up; null when off. */
    snapshotWarmUp: SnapshotWarmUp | null;
  }
}

export interface ServerOptions {
  db: DataSource;
  config: Pick<Config, "production" | "introspection" | "exposeStatementCount"> &
    Partial<Pick<Config, "explorer" | "rateLimit" | "corsOrigins" | "responseCache" | "factSnapshotDates" | "factSnapshotWarmUp">>;
  /** The clock; tests pass a fixed one. Read once per request. */
  clock?: () => Date;
  logger?: boolean;
}

/** Largest accepted request body: generous for GraphQL documents, far below anything abusive. */
export const BODY_LIMIT_BYTES = 256 * 1024;

export async function buildServer(options: ServerOptions): Promise<FastifyInstance> {
  const { db, config } = options;
  const clock = options.clock ?? (() => new Date());
  const explorer = config.explorer ?? !config.production;
  const schema: GraphQLSchema = await buildGraphQLSchema();
  const tokens = new TokenService(db);

  const rateLimiter = await createRateLimiter(db, config.rateLimit ?? RATE_LIMIT_OFF);
  const cacheBytes = (config.responseCache ?? RESPONSE_CACHE_OFF).maxBytes;
  const responseCache = cacheBytes > 0 ? new ResponseCache(cacheBytes) : null;
  const snapshots = new SnapshotReads(db, config.factSnapshotDates ?? FACT_SNAPSHOT_OFF);
  const warmUp = snapshots.enabled && config.factSnapshotWarmUp ? new SnapshotWarmUp(db, snapshots, clock) : null;

  // Armor's cost limit sees only literal `first` values and its token limit turns syntax errors into
  // HTTP 500: the cost limit is requestLimitsPlugin, the token limit graphql-js's own (parseOptions).
  const armor = new ApolloArmor({
    maxDepth: { n: 12 },
    costLimit: { enabled: false },
    maxAliases: { n: 30 },
    maxDirectives: { n: 30 },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: config.production },
  });
  const protection = armor.protect();

  const apollo = new ApolloServer<Context>({
    gateway: compiledExecution(schema),
    introspection: config.introspection,
    // The server owns shutdown (main.ts): Apollo's own handler would re-raise SIGTERM mid-request.
    stopOnTerminationSignals: false,
    parseOptions: { maxTokens: MAX_TOKENS },
    // No field uses cache hints; Apollo's default cache-control plugin would still wrap every
    // resolver on every request (a large share of throughput in bench/). The header is set below instead.
    // Apollo's landing page loads its script from a CDN; the offline explorer at /explorer replaces it.
    plugins: [
      ...protection.plugins,
      requestLimitsPlugin(schema),
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginLandingPageDisabled(),
      ...(responseCache ? [responseCache.plugin()] : []),
    ],
    validationRules: [knownOperationTypeRule, ...protection.validationRules],
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    formatError,
  });
  await apollo.start();

  // A shutdown drains first (http/shutdown.ts) and closes Fastify only once every connection has
  // closed; should a request still come after that, Fastify answers it 503 with `Connection: close`.
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: BODY_LIMIT_BYTES, return503OnClosing: true });
  registerDrain(app);
  app.addHook("onClose", async () => {
    await warmUp?.stop();
    await apollo.stop();
  });
  app.decorate("snapshotWarmUp", warmUp);
  registerCors(app, config.corsOrigins ?? CORS_OFF);

  /** Liveness: the process is up and its event loop answers. */
  app.get("/healthz", async () => ({ status: "ok" }));

  /**
   * Readiness: not shutting down, the database answers and every migration has run. While the first
   * warm-up after start runs it says "warming", still with 200: every request is answered meanwhile
   * (light reads at once), only the first whole evaluations take longer.
   */
  app.get("/readyz", async (_request, reply) => {
    if (app.shuttingDown) return reply.code(503).send({ status: "shutting down" });
    try {
      await db.query("SELECT 1");
      if (await db.showMigrations()) return reply.code(503).send({ status: "migrations pending" });
    } catch {
      return reply.code(503).send({ status: "database unavailable" });
    }
    return { status: warmUp?.warming ? "warming" : "ready" };
  });

  /** Counters in the Prometheus text format (the response cache's hits and misses). */
  app.get("/metrics", async (_request, reply) =>
    reply.type("text/plain; version=0.0.4; charset=utf-8").send(responseCache?.metrics() ?? "# The response cache is off (SAMVERKAN_RESPONSE_CACHE_MB=0).\nsamverkan_response_cache_max_bytes 0\n"),
  );

  async function handleGraphQL(request: FastifyRequest, reply: FastifyReply) {
    // A browser opening /graphql (a page, not a query) gets the explorer.
    if (explorer && request.method === "GET" && !request.url.includes("?") && request.headers.accept?.includes("text/html")) {
      return reply.redirect("/explorer", 302);
    }
    const tally: StatementTally = { count: 0 };
    // Counting needs AsyncLocalStorage, whose promise hooks cost throughput:
    // only when asked for.
    const answer = config.exposeStatementCount ? await countStatements(tally, () => answerGraphQL(request)) : await answerGraphQL(request);
    for (const [key, value] of answer.headers) reply.header(key, value);
    if (answer.rateLimit) for (const [key, value] of rateLimitHeaders(answer.rateLimit)) reply.header(key, value);
    // A read answered whole (data, no errors) gets an ETag from its own bytes: it changes only when
    // the answer does, not with every write elsewhere. A client (or the browser's cache, for GET) may
    // keep it but must revalidate it (If-None-Match → 304) every time; answers depend on the token.
    const etag = answer.status === 200 && isRead(request) && wholeAnswer(answer.body) ? etagOf(answer.body) : undefined;
    reply.header("cache-control", etag ? "private, no-cache" : "no-store");
    const vary = reply.getHeader("vary");
    reply.header("vary", vary ? `${vary}, Authorization` : "Authorization");
    if (etag) reply.header("etag", etag);
    if (config.exposeStatementCount) reply.header("x-sql-statements", String(tally.count));
    if (etag && matchesETag(request.headers["if-none-match"], etag)) return reply.code(304).send();
    return reply.code(answer.status).send(answer.body);
  }

  interface Answer {
    status: number;
    headers: Iterable<[string, string]>;
    body: string | Buffer;
    /** Where the caller stands in its rate-limit window (the RateLimit headers); absent when off. */
    rateLimit?: RateLimitState;
  }

  /** What the response cache needs of a request; null when the request is not one it serves. */
  function cacheable(request: FastifyRequest): { query: string; operationName: unknown; variables: unknown; extensions: unknown; token: string | null } | null {
    if (!responseCache || request.method !== "POST") return null;
    const body = request.body as Record<string, unknown> | null;
    if (!body || typeof body !== "object" || typeof body.query !== "string") return null;
    const token = bearerToken(request.headers.authorization);
    if (request.headers.authorization !== undefined && !token) return null;
    return { query: body.query, operationName: body.operationName, variables: body.variables, extensions: body.extensions, token: token ?? null };
  }

  async function answerGraphQL(request: FastifyRequest): Promise<Answer> {
    // A read lets the writes that arrived with it commit first (they run in the event loop's poll
    // phase, the read resumes in its check phase): the reads of one turn then see one data version
    // and share one snapshot and one cached answer, instead of each judging the country anew
    // between two writes (bench/load.ts; figures in docs/performance.md).
    const read = isRead(request);
    if (read) await otherRequestsFirst();
    const now = clock();
    const writeMark = read ? await markAfterLocalWrites() : localWriteMark();
    // One statement reads the data version and the token's viewer together.
    const token = bearerToken(request.headers.authorization);
    const malformed = request.headers.authorization !== undefined && !token;
    const { version, viewer } = await readVersionAndViewer(db, malformed ? null : (token ?? null), now);
    const refused = malformed || (token !== undefined && token !== null && viewer === null);
    const evaluations = await snapshots.evaluationsFor(version, writeMark);
    let key: string | undefined;
    const probe = cacheable(request);
    if (probe && responseCache) {
      responseCache.observeVersion(version);
      // An unknown or revoked token takes the ordinary path, which refuses it.
      if (!refused) {
        key = responseCacheKey({ ...probe, version, today: swedishDate(now), viewer, accept: request.headers.accept });
        const hit = await responseCache.get(key);
        if (hit) {
          let limited = false;
          let rateLimit: RateLimitState | undefined;
          await rateLimiter?.consume(rateLimitKey(viewer?.tokenId ?? null, request.ip), (state) => (rateLimit = state)).catch(() => (limited = true));
          // Over the limit: the ordinary path counts again and answers 429.
          if (!limited) return { status: 200, headers: hit.headers, body: hit.body, rateLimit };
        }
      }
    }
    // Identical requests arriving meanwhile wait for this one's answer (ResponseCache.compute).
    const computed = key && responseCache ? responseCache.compute(key) : undefined;
    let rateLimit: RateLimitState | undefined;
    const observe = (state: RateLimitState) => (rateLimit = state);
    try {
      let context: Context | undefined;
      const headers = new HeaderMap();
      for (const [name, value] of Object.entries(request.headers)) {
        if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
      }
      const response = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: request.method.toUpperCase(),
          headers,
          search: request.url.includes("?") ? request.url.slice(request.url.indexOf("?")) : "",
          body: request.body,
        },
        context: async () => {
          if (refused) {
            // A wrong token counts against the address, so guessing tokens is limited too.
            await rateLimiter?.consume(rateLimitKey(null, request.ip), observe);
            throw unauthenticated();
          }
          await rateLimiter?.consume(rateLimitKey(viewer?.tokenId ?? null, request.ip), observe);
          context = createContext(db, viewer, now, evaluations);
          context.limits = { maxCost: MAX_COST, unpagedListCost: UNPAGED_LIST_COST, rateLimit: rateLimit ?? null };
          return context;
        },
      });
      let body: string;
      if (response.body.kind === "complete") body = response.body.string;
      else {
        body = "";
        for await (const chunk of response.body.asyncIterator) body += chunk;
      }
      const status = response.status ?? 200;
      const answerHeaders = [...response.headers];
      if (key && probe && responseCache && status === 200 && response.body.kind === "complete" && noLocalWriteSince(writeMark)) {
        const stored: CachedAnswer = { body: Buffer.from(body), headers: answerHeaders };
        if (responseCache.storeIfCacheable(context, probe.query, key, stored)) {
          computed?.(stored);
          return { status, headers: answerHeaders, body: stored.body, rateLimit };
        }
      }
      return { status, headers: answerHeaders, body, rateLimit };
    } finally {
      computed?.();
    }
  }

  app.route({ method: ["GET", "POST"], url: "/graphql", handler: handleGraphQL });
  app.route({
    method: ["PUT", "PATCH", "DELETE"],
    url: "/graphql",
    handler: async (_request, reply) =>
      reply
        .code(405)
        .header("allow", "GET, POST")
        .send({ errors: [{ message: "GraphQL besvaras bara med GET och POST.", extensions: { code: "METHOD_NOT_ALLOWED" } }] }),
  });

  const runQuery: RunQuery = async (viewer, query, variables) => {
    const evaluations = await snapshots.latest();
    const response = await apollo.executeOperation<Record<string, unknown>>({ query, variables }, { contextValue: createContext(db, viewer, clock(), evaluations) });
    if (response.body.kind !== "single") throw new Error("Pages expect a single GraphQL result.");
    return response.body.singleResult;
  };
  // Pages find their viewer from a bearer token or, for GET, the sign-in session cookie.
  const pages = await registerPages(app, { tokens, clock, explorer, runQuery, exposeStatementCount: config.exposeStatementCount });
  registerReportRoutes(app, { db, clock, viewerOf: (request) => pages.viewerOf(request) });
  const latestEvaluations = () => snapshots.latest();
  registerSpreadsheetRoutes(app, { db, clock, viewerOf: (request) => pages.viewerOf(request), latestEvaluations });
  registerFeedRoutes(app, { db, clock, latestEvaluations });
  return app;
}

/** Whether a GraphQL request can only read: sent with GET (never a mutation), or a document without the word `mutation`. */
/** An answer with data and no errors (graphql-js and Apollo write `errors` first when there are any). */
function wholeAnswer(body: string | Buffer): boolean {
  return (typeof body === "string" ? body.slice(0, 8) : body.subarray(0, 8).toString("latin1")) === '{"data":';
}

/** The ETags of cached answers' bytes (the same Buffer serves many requests): hashed once each. */
const cachedETags = new WeakMap<Buffer, string>();

/** A strong ETag from an answer's bytes: the SHA-256 of the body. */
function etagOf(body: string | Buffer): string {
  const known = typeof body === "string" ? undefined : cachedETags.get(body);
  if (known) return known;
  const etag = `"${createHash("sha256").update(body).digest("base64url")}"`;
  if (typeof body !== "string") cachedETags.set(body, etag);
  return etag;
}

function isRead(request: FastifyRequest): boolean {
  if (request.method === "GET") return true;
  const query = (request.body as Record<string, unknown> | null)?.query;
  return typeof query === "string" && !/\bmutation\b/.test(query);
}
