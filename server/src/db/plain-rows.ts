import type { EntityMetadata, ObjectLiteral, SelectQueryBuilder } from "typeorm";
import type { ColumnMetadata } from "typeorm/metadata/ColumnMetadata";
import type { BetterSqlite3Driver } from "typeorm/driver/better-sqlite3/BetterSqlite3Driver";
import { isPostgres } from "./where-in";

/**
 * Runs `qb` and builds its entities from plain rows: every column selected under its property name,
 * each row's values assigned onto a new instance. For the reader's bulk loads, where TypeORM's entity
 * hydration cost more than the query itself (measured on the national dataset). On SQLite the rows
 * come as one JSON text (see below); the statement is counted as TypeORM's own are.
 */
export async function plainRows<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): Promise<T[]> {
  const metadata = qb.expressionMap.mainAlias!.metadata;
  const alias = qb.alias;
  const query = qb.clone();
  metadata.columns.forEach((column, i) => {
    const selection = `${alias}.${column.databaseName}`;
    if (i === 0) query.select(selection, column.propertyName);
    else query.addSelect(selection, column.propertyName);
  });
  if (isPostgres(qb.connection)) {
    const Target = metadata.target as new () => T;
    return (await query.getRawMany<ObjectLiteral>()).map((row) => Object.assign(new Target(), row));
  }
  // One JSON text of every row, parsed at once: better-sqlite3 builds each row through V8's API,
  // which costs more than SQLite and JSON.parse together (docs/performance.md). The subquery keeps its ORDER BY: SQLite does not flatten an ordered subquery into an
  // aggregate query, so rows are aggregated in that order. Each column is named by its alias, the property.
  const columns = metadata.columns.map((column) => `"${column.propertyName.replaceAll('"', '""')}"`).join(", ");
  const json = aggregateOnSqlite(query, (sql) => `SELECT json_group_array(json_array(${columns})) FROM (${sql})`)!;
  const build = builderOf(metadata);
  const short = shortValues();
  return (JSON.parse(json) as unknown[][]).map((row) => build(row, short));
}

/**
 * Column types that plain rows give exactly as TypeORM's hydration does (no conversion on either
 * database); `Number` is the type TypeORM keeps for a `@PrimaryGeneratedColumn()` (an integer).
 */
const PLAIN_TYPES = new Set<unknown>(["integer", "varchar", "text", Number]);

/**
 * The entities of `qb`: from plain rows when every column of the entity is an integer or a text
 * without a transformer (the same values TypeORM would give), otherwise through TypeORM. For the
 * API's loaders: a page of 100 collaborations' 500 participations and 300 level changes spent more
 * time in better-sqlite3's row objects and TypeORM's hydration than in SQLite.
 */
export function loadEntities<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>): Promise<T[]> {
  return hasPlainColumns(qb.expressionMap.mainAlias!.metadata) ? plainRows(qb) : qb.getMany();
}

export function hasPlainColumns(metadata: EntityMetadata): boolean {
  return metadata.columns.every((column) => PLAIN_TYPES.has(column.type) && !column.transformer);
}

/**
 * One copy of each short text of a load (kinds, codes, dates): JSON.parse makes a string per value,
 * and the national roles' kinds and dates were megabytes of copies kept with the facts.
 */
function shortValues(): (value: unknown) => unknown {
  const kept = new Map<string, string>();
  return (value) => {
    if (typeof value !== "string") return value;
    const same = kept.get(value);
    if (same !== undefined) return same;
    kept.set(value, value);
    return value;
  };
}

/**
 * Runs `qb` on SQLite wrapped in the aggregate `outer` makes of its SQL, and returns the one text
 * that aggregate gives (null over no rows); the statement is counted as TypeORM's own are.
 */
function aggregateOnSqlite(qb: SelectQueryBuilder<ObjectLiteral>, outer: (sql: string) => string): string | null {
  const [sql, parameters] = qb.getQueryAndParameters();
  const bound = parameters.map((p) => (typeof p === "boolean" ? (p ? 1 : 0) : p));
  qb.connection.logger.logQuery(sql, bound);
  const sqlite = (qb.connection.driver as BetterSqlite3Driver).databaseConnection;
  return preparedOn(sqlite, outer(sql)).get(...bound) as string | null;
}

type SqliteDatabase = BetterSqlite3Driver["databaseConnection"];
type PluckedStatement = ReturnType<ReturnType<SqliteDatabase["prepare"]>["pluck"]>;
const prepared = new WeakMap<SqliteDatabase, Map<string, PluckedStatement>>();
/** Statements kept per connection, as TypeORM's own cache keeps 100: the loaders' few dozen texts fit. */
const MAX_PREPARED = 200;

/** The statement for `sql`, prepared once per connection (preparing cost a fifth of a page's loads). */
function preparedOn(sqlite: SqliteDatabase, sql: string): PluckedStatement {
  let statements = prepared.get(sqlite);
  if (!statements) {
    statements = new Map();
    prepared.set(sqlite, statements);
  }
  let statement = statements.get(sql);
  if (!statement) {
    statement = sqlite.prepare(sql).pluck();
    statements.set(sql, statement);
    if (statements.size > MAX_PREPARED) statements.delete(statements.keys().next().value!);
  }
  return statement;
}

type Builder = (row: unknown[], short: (value: unknown) => unknown) => never;
const builders = new WeakMap<EntityMetadata, Builder>();

/** A varchar column of at most 30 characters: a kind, a code or a date, mostly repeated. */
function isShortText(column: ColumnMetadata): boolean {
  return column.type === "varchar" && column.length !== "" && Number(column.length) <= 30;
}

/**
 * A function building one entity from a row of its columns in metadata order, each property
 * assigned by its own name: V8 then gives every entity one shape at once (about twice as fast as a
 * loop over the names).
 */
function builderOf(metadata: EntityMetadata): Builder {
  let build = builders.get(metadata);
  if (!build) {
    const body = metadata.columns.map((column, i) => `e[${JSON.stringify(column.propertyName)}] = ${isShortText(column) ? `short(row[${i}])` : `row[${i}]`};`).join(" ");
    const make = new Function("Target", `return function build(row, short) { const e = new Target(); ${body} return e; };`) as (target: unknown) => Builder;
    build = make(metadata.target);
    builders.set(metadata, build);
  }
  return build;
}

/**
 * Runs `qb`, which selects an integer column aliased `id` and a column of JSON objects aliased
 * `json`, and returns the parsed objects by id. On SQLite the rows come as one JSON array text built
 * by the database (the stored JSON is spliced in unparsed), parsed at once: 87 000 fact versions in
 * about half the time of a row each with its own JSON.parse.
 */
export async function jsonById(qb: SelectQueryBuilder<ObjectLiteral>): Promise<Map<number, Record<string, unknown>>> {
  if (isPostgres(qb.connection)) {
    const rows = await qb.getRawMany<{ id: number; json: string }>();
    return new Map(rows.map((r) => [Number(r.id), JSON.parse(r.json) as Record<string, unknown>]));
  }
  const text = aggregateOnSqlite(qb, (sql) => `SELECT '[' || group_concat(id || ',' || json, ',') || ']' FROM (${sql})`);
  const flat = text === null ? [] : (JSON.parse(text) as unknown[]);
  const result = new Map<number, Record<string, unknown>>();
  for (let i = 0; i < flat.length; i += 2) result.set(flat[i] as number, flat[i + 1] as Record<string, unknown>);
  return result;
}
