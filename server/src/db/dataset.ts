import type { DataSource, EntityMetadata } from "typeorm";
import { isPostgres } from "./where-in";

/**
 * The whole dataset as JSON, generic over TypeORM's entity metadata: every entity's table, every
 * column, rows by primary key, ids kept. A table added later is included without code changes.
 */
export interface Dataset {
  format: "samverkan-dataset";
  version: 1;
  /** The last migration applied to the source: an import needs the same schema. */
  schema: string;
  exportedAt: string;
  tables: Record<string, Record<string, unknown>[]>;
}

export class DatasetError extends Error {}

async function lastMigration(db: DataSource): Promise<string> {
  const table = db.driver.escape(db.options.migrationsTableName ?? "migrations");
  const rows: { name: string }[] = await db.query(`SELECT name FROM ${table} ORDER BY ${db.driver.escape("timestamp")} DESC LIMIT 1`);
  return rows[0]?.name ?? "";
}

/**
 * Entity tables in an order that inserts every referenced row before the rows that refer to it. The
 * foreign keys are read from the database itself (the migrations declare them, the entities do not).
 */
async function insertOrder(db: DataSource): Promise<EntityMetadata[]> {
  const tables = [...db.entityMetadatas].filter((m) => m.tableType === "regular").sort((a, b) => (a.tableName < b.tableName ? -1 : 1));
  const runner = db.createQueryRunner();
  const schema = await runner.getTables(tables.map((m) => m.tableName)).finally(() => runner.release());
  const references = new Map(schema.map((t) => [t.name.split(".").at(-1)!, t.foreignKeys.map((fk) => fk.referencedTableName.split(".").at(-1)!)]));
  const ordered: EntityMetadata[] = [];
  const placed = new Set<string>();
  while (ordered.length < tables.length) {
    const ready = tables.filter((m) => !placed.has(m.tableName) && (references.get(m.tableName) ?? []).every((table) => table === m.tableName || placed.has(table)));
    if (ready.length === 0) throw new DatasetError("Tabellernas främmande nycklar bildar en cykel: ingen ordning att läsa in dem i finns.");
    for (const m of ready) {
      ordered.push(m);
      placed.add(m.tableName);
    }
  }
  return ordered;
}

function orderByKey(db: DataSource, metadata: EntityMetadata): string {
  return metadata.primaryColumns.map((c) => db.driver.escape(c.databaseName)).join(", ");
}

export async function exportDataset(db: DataSource, now: Date): Promise<Dataset> {
  const tables: Dataset["tables"] = {};
  // One read transaction: a consistent snapshot even while a server writes.
  await db.transaction(async (em) => {
    for (const metadata of await insertOrder(db)) {
      const rows: Record<string, unknown>[] = await em.query(`SELECT * FROM ${db.driver.escape(metadata.tableName)} ORDER BY ${orderByKey(db, metadata)}`);
      tables[metadata.tableName] = rows.map((row) =>
        Object.fromEntries(metadata.columns.map((column) => [column.databaseName, db.driver.prepareHydratedValue(row[column.databaseName], column) ?? null])),
      );
    }
  });
  return { format: "samverkan-dataset", version: 1, schema: await lastMigration(db), exportedAt: now.toISOString(), tables };
}

/** Rows per INSERT: well under SQLite's 32 766 bound parameters and PostgreSQL's 65 535. */
const MAX_PARAMETERS = 30_000;

/**
 * Loads a dataset into an empty database of the same schema, in one transaction, keeping ids; on
 * PostgreSQL resets each id sequence past the highest id. Refuses a database that holds any row.
 */
/** Tables whose rows a migration writes (defaults): an import replaces them with the export's. */
const WRITTEN_BY_MIGRATIONS = new Set(["trigger_settings", "data_version", "county", "vocabulary_term"]);

export async function importDataset(db: DataSource, dataset: Dataset): Promise<{ tables: number; rows: number }> {
  if (dataset?.format !== "samverkan-dataset" || dataset.version !== 1 || typeof dataset.tables !== "object")
    throw new DatasetError("Filen är ingen export av Samverkans data (format samverkan-dataset, version 1).");
  const schema = await lastMigration(db);
  if (dataset.schema !== schema) throw new DatasetError(`Exporten har schemaversion ${dataset.schema || "(ingen)"}, databasen ${schema}: för båda till samma version först.`);
  const order = await insertOrder(db);
  const unknown = Object.keys(dataset.tables).filter((table) => !order.some((m) => m.tableName === table));
  if (unknown.length) throw new DatasetError(`Exporten har tabeller som databasen inte känner till: ${unknown.join(", ")}.`);
  const postgres = isPostgres(db);
  let rows = 0;
  await db.transaction(async (em) => {
    for (const metadata of order.filter((m) => !WRITTEN_BY_MIGRATIONS.has(m.tableName))) {
      const [{ count }] = await em.query(`SELECT COUNT(*) AS count FROM ${db.driver.escape(metadata.tableName)}`);
      if (Number(count) > 0) throw new DatasetError(`Databasen är inte tom (tabellen ${metadata.tableName} har rader): läs in i en ny databas.`);
    }
    // Only once nothing refers to them (the database is empty otherwise).
    for (const metadata of order.filter((m) => WRITTEN_BY_MIGRATIONS.has(m.tableName))) await em.query(`DELETE FROM ${db.driver.escape(metadata.tableName)}`);
    for (const metadata of order) {
      const source = dataset.tables[metadata.tableName] ?? [];
      const columns = metadata.columns;
      const batch = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
      for (let start = 0; start < source.length; start += batch) {
        const chunk = source.slice(start, start + batch);
        const parameters: unknown[] = [];
        const tuples = chunk.map((row) => {
          const placeholders = columns.map((column) => {
            parameters.push(db.driver.preparePersistentValue(row[column.databaseName] ?? null, column));
            return postgres ? `$${parameters.length}` : "?";
          });
          return `(${placeholders.join(", ")})`;
        });
        await em.query(`INSERT INTO ${db.driver.escape(metadata.tableName)} (${columns.map((c) => db.driver.escape(c.databaseName)).join(", ")}) VALUES ${tuples.join(", ")}`, parameters);
        rows += chunk.length;
      }
      if (postgres) {
        for (const column of metadata.primaryColumns.filter((c) => c.isGenerated && c.generationStrategy === "increment")) {
          const name = db.driver.escape(column.databaseName);
          await em.query(`SELECT setval(pg_get_serial_sequence($1, $2), COALESCE(MAX(${name}), 1), MAX(${name}) IS NOT NULL) FROM ${db.driver.escape(metadata.tableName)}`, [
            metadata.tableName,
            column.databaseName,
          ]);
        }
      }
    }
  });
  return { tables: order.length, rows };
}
