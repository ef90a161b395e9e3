import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "pg";

/**
 * The PostgreSQL server the suite runs on, when it runs on one: `TEST_DATABASE_URL` (or a
 * `postgres://` `DATABASE_URL`), naming a role allowed to create databases. Unset: SQLite.
 */
export const testPostgresUrl: string | undefined = [process.env.TEST_DATABASE_URL, process.env.DATABASE_URL].find((url) => url && /^postgres(ql)?:\/\//i.test(url));

export interface FreshDatabase {
  /** A URL for `openDatabase` (an SQLite file path, or a PostgreSQL URL). */
  url: string;
  kind: "sqlite" | "postgres";
  drop(): Promise<void>;
}

let sequence = 0;

async function admin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: testPostgresUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A new, empty database of its own: a temp SQLite file, or a new PostgreSQL database dropped
 * afterwards when the suite runs on PostgreSQL (`kind: "sqlite"` asks for SQLite whatever the run).
 */
export async function freshDatabase(kind?: "sqlite"): Promise<FreshDatabase> {
  if (!testPostgresUrl || kind === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "samverkan-test-"));
    return { url: join(dir, "samverkan.db"), kind: "sqlite", drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `samverkan_test_${process.pid}_${Date.now().toString(36)}_${++sequence}`;
  await admin((client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(testPostgresUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), kind: "postgres", drop: () => admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined) };
}
