import { Table, type MigrationInterface, type QueryRunner } from "typeorm";
import { col, fk, index } from "./columns";

/**
 * Need registrations (behovsanmälan): a municipality's need in a business area, registered before
 * money is spent, and the option chosen (recorded like a decision: what, why, when, by whom).
 */
export class NeedRegistrations1795300002700 implements MigrationInterface {
  name = "NeedRegistrations1795300002700";

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: "need_registration",
        columns: [
          col.id(),
          col.int("municipality_id"),
          col.varchar("category", 30),
          col.date("needed_by"),
          col.text("description", false),
          col.int("budget_frame_kronor", true),
          col.date("registered_on"),
          col.instant("registered_at"),
          col.varchar("registered_by", 100),
          col.varchar("choice_key", 200, true),
          col.varchar("choice_kind", 30, true),
          col.int("choice_collaboration_id", true),
          col.text("choice_partner_ids"),
          col.text("choice_option"),
          col.text("choice_reason"),
          col.date("chosen_on", true),
          col.instant("chosen_at", true),
          col.varchar("chosen_by", 100, true),
        ],
        foreignKeys: [fk("municipality_id", "municipality", "CASCADE"), fk("choice_collaboration_id", "collaboration", "SET NULL")],
        indices: [index("need_registration", ["municipality_id"]), index("need_registration", ["registered_on"])],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable("need_registration");
  }
}
