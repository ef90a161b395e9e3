import DataLoader from "dataloader";
import type { DataSource, EntityTarget, ObjectLiteral } from "typeorm";
import { loadEntities } from "../db/plain-rows";
import { whereIn } from "../db/where-in";

/**
 * Ids are bound as one JSON/array value (whereIn), so a batch has no parameter limit; the cap only
 * bounds one statement, above the largest batch the national dataset makes, so statement counts do
 * not grow when the data does (a split batch is one statement more).
 */
export const MAX_BATCH = 100_000;

export type LoaderDefinition<K, V> = (db: DataSource) => DataLoader<K, V>;

/** Loaders live for one request: created on first use, so a request pays only for what it touches. */
export class Loaders {
  private readonly created = new Map<LoaderDefinition<any, any>, RequestLoader<any, any>>();
  constructor(private readonly db: DataSource) {}

  get<K, V>(definition: LoaderDefinition<K, V>): RequestLoader<K, V> {
    let loader = this.created.get(definition);
    if (!loader) {
      loader = new RequestLoader(definition(this.db));
      this.created.set(definition, loader);
    }
    return loader as RequestLoader<K, V>;
  }
}

/**
 * A request's DataLoader that answers a key it has already loaded with the value itself, not a new
 * promise of it: a page's 500 participations name some 40 municipalities, and the level scale is read
 * once for 300 level changes; DataLoader makes a promise per cached load, and the compiled execution
 * completes a plain value without one.
 */
export class RequestLoader<K, V> {
  private readonly known = new Map<K, V>();
  private readonly asked = new Set<K>();
  constructor(private readonly loader: DataLoader<K, V>) {}

  load(key: K): V | Promise<V> {
    if (this.known.has(key)) return this.known.get(key) as V;
    const value = this.loader.load(key);
    if (!this.asked.has(key)) {
      this.asked.add(key);
      // A failed load is not remembered; the caller gets its rejection from `value`.
      value.then(
        (loaded) => this.known.set(key, loaded),
        () => {},
      );
    }
    return value;
  }

  loadMany(keys: readonly K[]): Promise<Array<V | Error>> {
    return this.loader.loadMany(keys);
  }
}

/** Loads entities by primary key; missing ids give null. */
export function byId<T extends ObjectLiteral & { id: number }>(entity: EntityTarget<T>): LoaderDefinition<number, T | null> {
  return (db) =>
    new DataLoader<number, T | null>(
      async (ids) => {
        const rows = await loadEntities(whereIn(db.getRepository(entity).createQueryBuilder("e"), "e.id", ids));
        const found = new Map(rows.map((row) => [row.id, row]));
        return ids.map((id) => found.get(id) ?? null);
      },
      { maxBatchSize: MAX_BATCH },
    );
}

/** Loads the children of many parents in one statement, grouped by `foreignKey`, ordered by `orderBy`; `where` (SQL on alias `e`) narrows them. */
export function childrenOf<T extends ObjectLiteral>(entity: EntityTarget<T>, foreignKey: keyof T & string, orderBy: (keyof T & string)[], where?: string): LoaderDefinition<number, T[]> {
  return (db) =>
    new DataLoader<number, T[]>(
      async (parentIds) => {
        const qb = whereIn(db.getRepository(entity).createQueryBuilder("e"), `e.${foreignKey}`, parentIds);
        if (where) qb.andWhere(where);
        for (const [i, column] of orderBy.entries()) i === 0 ? qb.orderBy(`e.${column}`, "ASC") : qb.addOrderBy(`e.${column}`, "ASC");
        const groups = new Map<number, T[]>(parentIds.map((id) => [id, []]));
        for (const row of await loadEntities(qb)) groups.get(row[foreignKey] as number)?.push(row);
        return parentIds.map((id) => groups.get(id)!);
      },
      { maxBatchSize: MAX_BATCH },
    );
}

/**
 * For small reference tables (the level scale): the table is read once per request, however its
 * lookups are spread over batches (a lookup made while the first read is under way is a batch of its
 * own, answered from the same read).
 */
export function wholeTable<T extends ObjectLiteral & { id: number }>(entity: EntityTarget<T>): LoaderDefinition<number, T | null> {
  return (db) => {
    let table: Promise<Map<number, T>> | undefined;
    return new DataLoader(async (ids) => {
      table ??= db
        .getRepository(entity)
        .find()
        .then((rows) => new Map(rows.map((row) => [row.id, row])));
      const found = await table;
      return ids.map((id) => found.get(id) ?? null);
    });
  };
}
