import type { DataSource } from "typeorm";

/**
 * SQL for the text value of one top-level key of a JSON object stored in a text column, on SQLite
 * and PostgreSQL alike (`key` is a code constant, never user input).
 */
export function jsonTextSql(db: DataSource, column: string, key: string): string {
  if (!/^[A-Za-z]\w*$/.test(key)) throw new Error(`Not a JSON key name: ${key}`);
  return db.options.type === "postgres" ? `(${column}::json ->> '${key}')` : `json_extract(${column}, '$.${key}')`;
}
