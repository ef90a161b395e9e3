import { Table, type MigrationInterface, type QueryRunner } from "typeorm";
import { col, fk, index } from "./columns";

/** People: the holders of roles, competence and network memberships. */
export class People1795300000050 implements MigrationInterface {
  name = "People1795300000050";

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: "person",
        columns: [
          col.id(),
          col.varchar("name", 150),
          col.varchar("title", 150, true),
          col.int("municipality_id"),
          col.int("it_unit_id", true),
          col.varchar("email", 200, true),
          col.varchar("phone", 50, true),
        ],
        foreignKeys: [fk("municipality_id", "municipality"), fk("it_unit_id", "it_unit", "SET NULL")],
        indices: [index("person", ["municipality_id"])],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable("person");
  }
}
