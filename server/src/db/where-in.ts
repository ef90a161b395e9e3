import type { DataSource, ObjectLiteral, SelectQueryBuilder } from "typeorm";

let parameterSequence = 0;

/**
 * Adds `column IN (values)` as one bound parameter, so a batch of any size is one statement with a
 * stable text (no parameter limit, no statement-cache churn): `json_each(?)` on SQLite,
 * `= ANY($1)` on PostgreSQL.
 */
export function whereIn<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, column: string, values: readonly (string | number)[]): SelectQueryBuilder<T> {
  const name = `in_${(parameterSequence = (parameterSequence + 1) % 1_000_000)}`;
  if (isPostgres(qb.connection)) return qb.andWhere(`${column} = ANY(:${name})`, { [name]: values });
  return qb.andWhere(`${column} IN (SELECT value FROM json_each(:${name}))`, { [name]: JSON.stringify(values) });
}

export function isPostgres(db: DataSource): boolean {
  return db.options.type === "postgres";
}
