import { Table, TableColumn, type MigrationInterface, type QueryRunner } from "typeorm";
import { col, fk, index } from "./columns";

/**
 * Exceptions from change freezes (undantag från förändringsstopp): requests for a change inside a
 * freeze, approved or refused; and the day a freeze was announced, so one-off freezes announced
 * less than six weeks ahead can be flagged (null for freezes recorded before).
 */
export class FreezeExceptions1795300002720 implements MigrationInterface {
  name = "FreezeExceptions1795300002720";

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn("change_freeze", new TableColumn(col.date("announced_on", true)));
    await q.createTable(
      new Table({
        name: "freeze_exception",
        columns: [
          col.id(),
          col.int("freeze_id"),
          col.int("municipality_id"),
          col.varchar("kind", 20),
          col.date("from_date"),
          col.date("to_date"),
          col.text("description", false),
          col.text("risk_assessment"),
          col.text("rollback_plan"),
          col.varchar("status", 10),
          col.date("requested_on"),
          col.varchar("requested_by", 100),
          col.date("decided_on", true),
          col.varchar("decided_by", 100, true),
          col.text("decision_reason"),
        ],
        foreignKeys: [fk("freeze_id", "change_freeze", "CASCADE"), fk("municipality_id", "municipality", "CASCADE")],
        indices: [index("freeze_exception", ["freeze_id"]), index("freeze_exception", ["municipality_id"])],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable("freeze_exception");
    await q.dropColumn("change_freeze", "announced_on");
  }
}
