import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { DataSource } from "typeorm";
import { entities } from "./entities";
import { migrations } from "../db/migrations";
import { NameKeySubscriber } from "../db/name-keys";
import { SnakeNamingStrategy } from "../db/naming";
import { StatementLogger } from "../db/statements";
import { isPostgresUrl, sqliteFile } from "../db/urls";

export interface DatabaseOptions {
  /** A PostgreSQL URL (`postgres://…`), or an SQLite file path (optionally prefixed `sqlite:`). */
  url: string;
  verbose?: boolean;
}

export function createDataSource(options: DatabaseOptions): DataSource {
  const common = {
    entities,
    migrations,
    subscribers: [NameKeySubscriber],
    namingStrategy: new SnakeNamingStrategy(),
    logger: new StatementLogger(options.verbose),
    synchronize: false,
    migrationsRun: false,
  };
  if (isPostgresUrl(options.url)) {
    return new DataSource({ ...common, type: "postgres", url: options.url });
  }
  const file = sqliteFile(options.url);
  mkdirSync(dirname(file), { recursive: true });
  return new DataSource({
    ...common,
    type: "better-sqlite3",
    database: file,
    enableWAL: true,
    // A writer waits for another process's lock (the token CLI beside a running server) instead of failing.
    timeout: 5000,
  });
}

/** Opens the database and brings its schema up to date. */
export async function openDatabase(options: DatabaseOptions): Promise<DataSource> {
  const db = createDataSource(options);
  await db.initialize();
  await db.runMigrations({ transaction: "each" });
  return db;
}
