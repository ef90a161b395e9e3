import { ApolloServer, HeaderMap } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from "fastify";
import type { GraphQLSchema } from "graphql";
import type { DataSource } from "typeorm";
import { TokenService } from "../access/token-service";
import { bearerToken } from "../access/tokens";
import { unauthenticated, type Viewer } from "../access/viewer";
import type { Config } from "../config";
import { countStatements, type StatementTally } from "../db/statements";
import { buildGraphQLSchema } from "../graphql/schema";
import { registerPages, type RunQuery } from "../pages/routes";
import { registerReportRoutes } from "../reports/http";
import { createContext, type Context } from "./context";
import { formatError } from "./errors";

export interface ServerOptions {
  db: DataSource;
  config: Pick<Config, "production" | "introspection" | "exposeStatementCount"> & Partial<Pick<Config, "explorer">>;
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

  const armor = new ApolloArmor({
    maxDepth: { n: 12 },
    costLimit: { maxCost: 50_000, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5, ignoreIntrospection: true },
    maxAliases: { n: 30 },
    maxDirectives: { n: 30 },
    maxTokens: { n: 5_000 },
    blockFieldSuggestion: { enabled: config.production },
  });
  const protection = armor.protect();

  const apollo = new ApolloServer<Context>({
    schema,
    introspection: config.introspection,
    // No field uses cache hints; Apollo's default cache-control plugin would still wrap every
    // resolver on every request (~40 % of throughput in bench/). The header is set below instead.
    // Apollo's landing page loads its script from a CDN; the offline explorer at /explorer replaces it.
    plugins: [...protection.plugins, ApolloServerPluginCacheControlDisabled(), ApolloServerPluginLandingPageDisabled()],
    validationRules: protection.validationRules,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    formatError,
  });
  await apollo.start();

  const app = Fastify({ logger: options.logger ?? false, bodyLimit: BODY_LIMIT_BYTES });
  app.addHook("onClose", async () => apollo.stop());

  app.get("/healthz", async () => {
    await db.query("SELECT 1");
    return { status: "ok" };
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
        context: async () => createContext(db, await viewerOf(request), clock()),
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

