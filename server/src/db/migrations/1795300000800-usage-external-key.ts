import { TableColumn, type MigrationInterface, type QueryRunner } from "typeorm";
import { col, index } from "./columns";

/**
 * A municipality's own stable key for an application usage (extern nyckel), as its spreadsheet
 * names the row: an import matches rows by it before it matches by product and vendor name.
 * Unique within a municipality.
 */
export class UsageExternalKey1795300000800 implements MigrationInterface {
  name = "UsageExternalKey1795300000800";

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn("application_usage", new TableColumn(col.varchar("external_key", 100, true)));
    await q.createIndex("application_usage", index("application_usage", ["municipality_id", "external_key"], true));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropIndex("application_usage", "uq_application_usage_municipality_id_external_key");
    await q.dropColumn("application_usage", "external_key");
  }
}
