import type { AddressInfo } from "node:net";
import type { DataSource } from "typeorm";
import { expect } from "vitest";
import { TokenService } from "../../server/src/access/token-service";
import { Role } from "../../server/src/access/roles";
import { FACT_SNAPSHOT_OFF, RESPONSE_CACHE_OFF, type RateLimitConfig } from "../../server/src/config";
import { openDatabase } from "../../server/src/app/database";
import { buildServer } from "../../server/src/app/server";
import { loadSeed, SEED_RECORDED_AT } from "../../seeds/load";
import { backfillVersions } from "../../server/src/history/backfill";
import type { TypedDocumentString } from "../kit/generated/graphql";
import { freshDatabase, testPostgresUrl } from "./database";

/** The instant every test server believes it is, unless a test says otherwise: "today" is 2026-06-15. */
export const TEST_NOW = new Date("2026-06-15T10:00:00.000Z");

/** Dates a test server's shared fact snapshot keeps when a test asks for one (`factSnapshot: true`); off otherwise, as statement pins assume. */
export const TEST_FACT_SNAPSHOT_DATES = 2;

/** The response cache of a test server that asks for one (`responseCache: true`); off otherwise, as statement pins assume. */
export const TEST_RESPONSE_CACHE = { maxBytes: 8 * 1024 * 1024 };

export interface GraphQLResponse<T = any> {
  status: number;
  data: T;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; [key: string]: unknown } }[];
  /** SQL statements the server ran for this request. */
  statements: number;
}

export interface TestServer {
  url: string;
  db: DataSource;
  /** The database the server runs on, as `DATABASE_URL` takes it (an SQLite file path or a PostgreSQL URL), for CLIs run beside it. */
  databaseUrl: string;
  adminToken: string;
  /**
   * Sends a GraphQL document over HTTP; `token: null` sends none. A typed document (`graphql(`...`)`
   * from the kit) types the variables and the answer; a string (a document meant to be invalid, or
   * built at run time) is sent as it is, its answer untyped.
   */
  gql<R, V>(document: TypedDocumentString<R, V>, variables?: NoInfer<V>, options?: { token?: string | null }): Promise<GraphQLResponse<R>>;
  gql<T = any>(query: string, variables?: Record<string, unknown>, options?: { token?: string | null }): Promise<GraphQLResponse<T>>;
  /** Resolves once the fact snapshot's warm-up (`factSnapshotWarmUp: true`) has nothing scheduled or under way. */
  snapshotSettled(): Promise<void>;
  /** Creates a token (EDITOR/READER scoped by municipality code). */
  token(role: Role, municipalityCode?: string): Promise<string>;
  close(): Promise<void>;
}

export interface StartOptions {
  seed?: boolean;
  /** "sqlite": an SQLite database whatever the suite runs on, for tests of SQLite itself (its online backup). */
  database?: "sqlite";
  now?: Date;
  prepare?: (db: DataSource) => Promise<unknown>;
  production?: boolean;
  explorer?: boolean;
  rateLimit?: RateLimitConfig;
  corsOrigins?: string[];
  responseCache?: boolean;
  factSnapshot?: boolean;
  factSnapshotWarmUp?: boolean;
}

/**
 * Starts the real server on a fresh database of its own (a temp SQLite file, or a new PostgreSQL
 * database when TEST_DATABASE_URL names a server: see ./database.ts): migrations, the Dalsland seed
 * (unless `seed: false`), an admin token, a fixed clock, listening on a free port.
 */
export async function startServer(options: StartOptions = {}): Promise<TestServer> {
  const database = await freshDatabase(options.database);
  const now = options.now ?? TEST_NOW;
  const db = await openDatabase({ url: database.url });
  if (options.seed !== false) await loadSeed(db);
  if (options.prepare) {
    await options.prepare(db);
    // Rows a test wrote directly get their first versions, as seeds and generators do.
    await db.transaction((em) => backfillVersions(em, SEED_RECORDED_AT));
  }
  const tokens = new TokenService(db);
  const adminToken = (await tokens.create({ name: "test-admin", role: Role.ADMIN, now })).token;
  const app = await buildServer({
    db,
    config: {
      production: options.production ?? false,
      introspection: !options.production,
      exposeStatementCount: true,
      explorer: options.explorer,
      rateLimit: options.rateLimit,
      corsOrigins: options.corsOrigins,
      responseCache: options.responseCache ? TEST_RESPONSE_CACHE : RESPONSE_CACHE_OFF,
      factSnapshotDates: options.factSnapshot ? TEST_FACT_SNAPSHOT_DATES : FACT_SNAPSHOT_OFF,
      factSnapshotWarmUp: options.factSnapshotWarmUp ?? false,
    },
    clock: () => now,
  });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/graphql`;
  let tokenCount = 0;

  return {
    url,
    db,
    databaseUrl: database.url,
    adminToken,
    async snapshotSettled() {
      await app.snapshotWarmUp?.settled();
    },
    async gql(document: string | TypedDocumentString<unknown, unknown>, variables?: unknown, opts: { token?: string | null } = {}) {
      const token = opts.token === undefined ? adminToken : opts.token;
      const response = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query: document.toString(), variables }),
      });
      const body = (await response.json()) as { data: any; errors?: GraphQLResponse["errors"] };
      return { status: response.status, data: body.data, errors: body.errors, statements: Number(response.headers.get("x-sql-statements")) };
    },
    async token(role, municipalityCode) {
      return (await tokens.create({ name: `test-${role.toLowerCase()}-${++tokenCount}`, role, municipalityCode, now })).token;
    },
    async close() {
      // A response whose body a test left unread keeps its connection busy, and Fastify's close waits
      // for busy connections: every test of the file is done here, so none is still wanted.
      app.server.closeAllConnections();
      await step("the server's close", app.close());
      await step("the database connection's close", db.destroy());
      await step("the test database's removal", database.drop());
    },
  };
}

/** Awaits one step of closing a test server, saying which one if it is still pending after 15 s. */
async function step<T>(name: string, pending: Promise<T>): Promise<T> {
  const warning = setTimeout(() => console.error(`closing the test server: ${name} still pending after 15 s`), 15_000);
  try {
    return await pending;
  } finally {
    clearTimeout(warning);
  }
}

/** Asserts a response has no top-level errors and returns its data. */
export function ok<T = any>(response: GraphQLResponse<T>): T {
  if (response.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
  return response.data;
}

/** The global ID of a municipality by code (for mutation inputs). */
export async function municipalityId(server: TestServer, code: string): Promise<string> {
  return ok(await server.gql(`query($code: String!) { municipality(code: $code) { id } }`, { code })).municipality.id;
}

/**
 * Asserts a pinned statement count. SQLite's driver answers synchronously, so DataLoader batches
 * split the same way every time. On PostgreSQL answers arrive over sockets: a loader fed by two
 * queries of the same depth (participants' and operators' municipalities) gets one batch or two,
 * depending on whether both answers arrive before it dispatches. There the pin may be one more.
 */
export function expectStatements(actual: number, pinned: number): void {
  if (testPostgresUrl) {
    expect(actual).toBeGreaterThanOrEqual(pinned);
    expect(actual).toBeLessThanOrEqual(pinned + 1);
  } else {
    expect(actual).toBe(pinned);
  }
}
