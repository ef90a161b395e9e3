/** Runtime configuration, read once from the environment at start-up. */
export interface Config {
  port: number;
  host: string;
  databaseUrl: string;
  /** When set and the database has no tokens, this value becomes the first admin token. */
  bootstrapToken: string | undefined;
  production: boolean;
  introspection: boolean;
  /** Adds an `x-sql-statements` header to every GraphQL response (tests and benchmarks). */
  exposeStatementCount: boolean;
  seedOnEmpty: boolean;
  /** Serves the GraphQL explorer (GraphiQL, bundled by `npm run build`) at /explorer. */
  explorer: boolean;
}

export const DEFAULT_DATABASE_URL = "./data/samverkan.db";

function flag(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === "") return fallback;
  return ["1", "true", "yes", "on"].includes(value.toLowerCase());
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === "production";
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  return {
    port,
    host: env.HOST ?? "127.0.0.1",
    databaseUrl: env.DATABASE_URL || DEFAULT_DATABASE_URL,
    bootstrapToken: env.SAMVERKAN_BOOTSTRAP_TOKEN || undefined,
    production,
    introspection: flag(env.GRAPHQL_INTROSPECTION, !production),
    exposeStatementCount: flag(env.SAMVERKAN_SQL_COUNT_HEADER, false),
    seedOnEmpty: flag(env.SAMVERKAN_SEED, true),
    explorer: flag(env.SAMVERKAN_EXPLORER, !production),
  };
}
