import { TableForeignKey, TableIndex, type TableColumnOptions } from "typeorm";

/** Column builders for migrations: only types that mean the same on SQLite and PostgreSQL. */
export const col = {
  id: (): TableColumnOptions => ({ name: "id", type: "integer", isPrimary: true, isGenerated: true, generationStrategy: "increment" }),
  int: (name: string, nullable = false): TableColumnOptions => ({ name, type: "integer", isNullable: nullable }),
  varchar: (name: string, length: number, nullable = false): TableColumnOptions => ({ name, type: "varchar", length: String(length), isNullable: nullable }),
  /** ISO calendar date "YYYY-MM-DD" as text: compares correctly as a string on every driver. */
  date: (name: string, nullable = false): TableColumnOptions => ({ name, type: "varchar", length: "10", isNullable: nullable }),
  /** ISO instant as text (UTC, "…Z"). */
  instant: (name: string, nullable = false): TableColumnOptions => ({ name, type: "varchar", length: "30", isNullable: nullable }),
  text: (name: string, nullable = true): TableColumnOptions => ({ name, type: "text", isNullable: nullable }),
};

export function fk(column: string, table: string, onDelete: "CASCADE" | "RESTRICT" | "SET NULL" = "RESTRICT"): TableForeignKey {
  return new TableForeignKey({ columnNames: [column], referencedTableName: table, referencedColumnNames: ["id"], onDelete });
}

export function index(table: string, columns: string[], unique = false): TableIndex {
  return new TableIndex({ name: `${unique ? "uq" : "ix"}_${table}_${columns.join("_")}`, columnNames: columns, isUnique: unique });
}
