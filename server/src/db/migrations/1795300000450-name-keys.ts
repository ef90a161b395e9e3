import type { MigrationInterface, QueryRunner } from "typeorm";
import { nameKey } from "../../common/names";

/** Every name-like column with its stored key (common/names.ts): table, key column, source column. */
const keys: [table: string, key: string, source: string][] = [
  ["municipality", "name_key", "name"],
  ["it_unit", "name_key", "name"],
  ["collaboration_body", "name_key", "name"],
  ["application", "name_key", "name"],
  ["application", "vendor_key", "vendor"],
  ["collaboration", "name_key", "name"],
  ["person", "name_key", "name"],
  ["agreement", "name_key", "name"],
  ["competence_network", "name_key", "name"],
  ["training_plan", "name_key", "name"],
  ["governance_document", "title_key", "title"],
];

/**
 * Sort and search keys for names: Swedish order (å, ä, ö after z) and case- and accent-folded search
 * that are the same on SQLite (binary comparison) and PostgreSQL (`COLLATE "C"`). Backfilled here;
 * kept by NameKeySubscriber afterwards.
 */
export class NameKeys1795300000450 implements MigrationInterface {
  name = "NameKeys1795300000450";

  async up(q: QueryRunner): Promise<void> {
    const postgres = q.connection.options.type === "postgres";
    for (const [table, key, source] of keys) {
      const nullable = source === "vendor";
      const type = `varchar(400)${postgres ? ' COLLATE "C"' : ""}`;
      await q.query(`ALTER TABLE ${table} ADD COLUMN ${key} ${type}${nullable ? "" : " NOT NULL DEFAULT ''"}`);
      const rows: { id: number; value: string | null }[] = await q.query(`SELECT id, ${source} AS value FROM ${table}`);
      for (const row of rows) {
        await q.query(`UPDATE ${table} SET ${key} = ${postgres ? "$1" : "?"} WHERE id = ${postgres ? "$2" : "?"}`, [row.value === null ? null : nameKey(row.value), row.id]);
      }
      await q.query(`CREATE INDEX ix_${table}_${key} ON ${table} (${key})`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    for (const [table, key] of keys.toReversed()) {
      await q.query(`DROP INDEX ix_${table}_${key}`);
      await q.query(`ALTER TABLE ${table} DROP COLUMN ${key}`);
    }
  }
}
