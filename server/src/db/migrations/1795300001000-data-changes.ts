import { Table, type MigrationInterface, type QueryRunner } from "typeorm";
import { col, index } from "./columns";

/**
 * The change log (ändringslogg): one row per committed write, in the write's own transaction, with the
 * data version it made and what it wrote (table names, and `fact_version:<subject type>` for dated
 * facts; null: anything). An instance holding evaluations of an earlier version reads the rows
 * after it and keeps every evaluation that read none of what changed.
 */
export class DataChanges1795300001000 implements MigrationInterface {
  name = "DataChanges1795300001000";

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: "data_change",
        columns: [col.id(), col.varchar("version", 40), col.text("written")],
        indices: [index("data_change", ["version"], true)],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable("data_change");
  }
}
