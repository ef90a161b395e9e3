import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";

/**
 * Runs `qb` and builds its entities from plain rows: every column selected under its property name,
 * each row assigned onto a new instance. For the reader's bulk loads, where TypeORM's entity
 * hydration cost more than the query itself (measured on the national dataset).
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
  const Target = metadata.target as new () => T;
  return (await query.getRawMany<ObjectLiteral>()).map((row) => Object.assign(new Target(), row));
}
