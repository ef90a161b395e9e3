import { ApolloServer, HeaderMap } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import type { GraphQLSchema } from "graphql";
import type { DataSource } from "typeorm";
import { TokenService } from "../access/token-service";
import { bearerToken } from "../access/tokens";
import { unauthenticated, type Viewer } from "../access/viewer";
import { RATE_LIMIT_OFF, type Config } from "../config";
import { countStatements, type StatementTally } from "../db/statements";
import { buildGraphQLSchema } from "../graphql/schema";
import { registerPages, type RunQuery } from "../pages/routes";
import { registerReportRoutes } from "../reports/http";
import { createContext, type Context } from "./context";
import { formatError } from "./errors";
import { knownOperationTypeRule, MAX_TOKENS, requestLimitsPlugin } from "./limits";
import { createRateLimiter, rateLimitKey } from "./rate-limit";

export interface ServerOptions {
  db: DataSource;
  config: Pick<Config, "production" | "introspection" | "exposeStatementCount"> & Partial<Pick<Config, "explorer" | "rateLimit">>;
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
    schema,
    introspection: config.introspection,
    // The server owns shutdown (main.ts): Apollo's own handler would re-raise SIGTERM mid-request.
    stopOnTerminationSignals: false,
    parseOptions: { maxTokens: MAX_TOKENS },
    // No field uses cache hints; Apollo's default cache-control plugin would still wrap every
    // resolver on every request (~40 % of throughput in bench/). The header is set below instead.
    // Apollo's landing page loads its script from a CDN; the offline explorer at /explorer replaces it.
    plugins: [...protection.plugins, requestLimitsPlugin(schema), ApolloServerPluginCacheControlDisabled(), ApolloServerPluginLandingPageDisabled()],
    validationRules: [knownOperationTypeRule, ...protection.validationRules],
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    formatError,
  });
  await apollo.start();

  // While closing, Fastify answers every new request (on kept-alive connections; the listener is
  // closed) with 503 and `Connection: close`, /readyz included: not ready while shutting down.
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: BODY_LIMIT_BYTES, return503OnClosing: true });
  app.addHook("onClose", async () => apollo.stop());

  /** Liveness: the process is up and its event loop answers. */
  app.get("/healthz", async () => ({ status: "ok" }));

  /** Readiness: the database answers and every migration has run (and, above, not shutting down). */
  app.get("/readyz", async (_request, reply) => {
    try {
      await db.query("SELECT 1");
      if (await db.showMigrations()) return reply.code(503).send({ status: "migrations pending" });
    } catch {
      return reply.code(503).send({ status: "database unavailable" });
    }
    return { status: "ready" };
  });

  async function viewerOf(request: FastifyRequest): Promise<Viewer | null> {
    const token = bearerToken(request.headers.authorization);
    if (request.headers.authorization !== undefined && !token) throw unauthenticated();
    if (!token) return null;
    const viewer = await tokens.resolve(token);
    if (!viewer) throw unauthenticated();
    return viewer;
  }

  async function handleGraphQL(request: FastifyRequest, reply: FastifyReply) {
    // A browser opening /graphql (a page, not a query) gets the explorer.
    if (explorer && request.method === "GET" && !request.url.includes("?") && request.headers.accept?.includes("text/html")) {
      return reply.redirect("/explorer", 302);
    }
    const tally: StatementTally = { count: 0 };
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    const execute = () =>
      apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: {
          method: request.method.toUpperCase(),
          headers,
          search: request.url.includes("?") ? request.url.slice(request.url.indexOf("?")) : "",
          body: request.body,
        },
        context: async () => {
          let viewer: Viewer | null;
          try {
            viewer = await viewerOf(request);
          } catch (error) {
            // A wrong token counts against the address, so guessing tokens is limited too.
            await rateLimiter?.consume(rateLimitKey(null, request.ip));
            throw error;
          }
          await rateLimiter?.consume(rateLimitKey(viewer?.tokenId ?? null, request.ip));
          return createContext(db, viewer, clock());
        },
      });
    // Counting needs AsyncLocalStorage, whose promise hooks cost ~30 % of throughput on Node 20:
    // only when asked for.
    const response = config.exposeStatementCount ? await countStatements(tally, execute) : await execute();
    for (const [key, value] of response.headers) reply.header(key, value);
    reply.header("cache-control", "no-store");
    if (config.exposeStatementCount) reply.header("x-sql-statements", String(tally.count));
    reply.code(response.status ?? 200);
    if (response.body.kind === "complete") return reply.send(response.body.string);
    let text = "";
    for await (const chunk of response.body.asyncIterator) text += chunk;
    return reply.send(text);
  }

  app.route({ method: ["GET", "POST"], url: "/graphql", handler: handleGraphQL });
  app.route({
    method: ["PUT", "PATCH", "DELETE"],
    url: "/graphql",
    handler: async (_request, reply) =>
      reply
        .code(405)
        .header("allow", "GET, POST")
        .send({ errors: [{ message: "GraphQL is served with GET and POST only.", extensions: { code: "METHOD_NOT_ALLOWED" } }] }),
  });

  const runQuery: RunQuery = async (viewer, query, variables) => {
    const response = await apollo.executeOperation<Record<string, unknown>>({ query, variables }, { contextValue: createContext(db, viewer, clock()) });
    if (response.body.kind !== "single") throw new Error("Pages expect a single GraphQL result.");
    return response.body.singleResult;
  };
  // Pages find their viewer from a bearer token or, for GET, the sign-in session cookie.
  const pages = await registerPages(app, { tokens, clock, explorer, runQuery, exposeStatementCount: config.exposeStatementCount });
  registerReportRoutes(app, { db, clock, viewerOf: (request) => pages.viewerOf(request) });
  return app;
}
