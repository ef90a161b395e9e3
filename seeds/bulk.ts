import type { EntityManager, EntityTarget, ObjectLiteral } from "typeorm";

/**
 * Bulk writing for generated data: multi-row INSERTs of `CHUNK` rows each (500 rows of at most ~20
 * columns stays far below SQLite's 32 766 bound parameters), never one statement per row. Run inside
 * one transaction (the caller's EntityManager) to be fast on SQLite.
 */
export const CHUNK = 500;

/** Inserts the rows in chunks. Every row must name every column (no column defaults are relied on). */
export async function insertRows<T extends ObjectLiteral>(em: EntityManager, entity: EntityTarget<T>, rows: Partial<T>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await em
      .createQueryBuilder()
      .insert()
      .into(entity)
      .values(rows.slice(i, i + CHUNK) as T[])
      .updateEntity(false)
      .execute();
  }
}

/**
 * Inserts the rows and returns their generated ids, in the order of `rows`. It reads back the ids
 * above the largest id before the insert: right for a single writer, which generation is (one
 * transaction; SQLite and PostgreSQL both number the rows of one multi-row INSERT in order).
 */
export async function insertRowsReturningIds<T extends ObjectLiteral>(em: EntityManager, entity: EntityTarget<T>, rows: Partial<T>[]): Promise<number[]> {
  if (rows.length === 0) return [];
  const table = em.getRepository(entity).metadata.tableName;
  const [{ last }] = (await em.query(`SELECT COALESCE(MAX(id), 0) AS last FROM ${table}`)) as { last: number | string }[];
  await insertRows(em, entity, rows);
  const ids = ((await em.query(`SELECT id FROM ${table} WHERE id > ${Number(last)} ORDER BY id`)) as { id: number | string }[]).map((r) => Number(r.id));
  if (ids.length !== rows.length) throw new Error(`Bulk insert into ${table}: wrote ${rows.length} rows but found ${ids.length} new ids (another writer?).`);
  return ids;
}
