import { Table, type MigrationInterface, type QueryRunner } from "typeorm";
import { col } from "./columns";

/**
 * The data version (dataversion): one row whose value every committed write replaces in its own
 * transaction. The response cache keys answers by it, so no instance serves an answer a write made stale.
 */
export class DataVersion1795300000700 implements MigrationInterface {
  name = "DataVersion1795300000700";

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: "data_version",
        columns: [{ name: "id", type: "integer", isPrimary: true }, col.varchar("version", 40)],
      }),
    );
    await q.query("INSERT INTO data_version (id, version) VALUES (1, 'initial')");
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable("data_version");
  }
}
