import { Table, type MigrationInterface, type QueryRunner } from "typeorm";
import { col, fk, index } from "./columns";

/**
 * Plans and budgets (införandeplan, budgetunderlag): the one-off costs and the annual cost after
 * entered on an accepted decision (one row per decision and kind), each municipality's budget
 * calendar (the month its budget for the next year is decided), and issued implementation plans
 * kept as issued (HTML and CSV, their SHA-256, a version per body and period), and decisions
 * recorded on a what-if with the scenario they were based on.
 */
export class Plans1795300002600 implements MigrationInterface {
  name = "Plans1795300002600";

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: "decision_cost",
        columns: [col.id(), col.int("decision_id"), col.varchar("kind", 20), col.int("amount_ore"), col.varchar("note", 500, true)],
        foreignKeys: [fk("decision_id", "recommendation_decision", "CASCADE")],
        indices: [index("decision_cost", ["decision_id", "kind"], true)],
      }),
    );
    await q.createTable(
      new Table({
        name: "budget_calendar",
        columns: [col.id(), col.int("municipality_id"), col.int("decision_month"), col.varchar("note", 500, true)],
        foreignKeys: [fk("municipality_id", "municipality", "CASCADE")],
        indices: [index("budget_calendar", ["municipality_id"], true)],
      }),
    );
    await q.createTable(
      new Table({
        name: "implementation_plan_issue",
        columns: [
          col.id(),
          col.int("collaboration_body_id"),
          col.date("period_from"),
          col.date("period_to"),
          col.int("version"),
          col.varchar("content_sha256", 64),
          col.text("html", false),
          col.text("csv", false),
          col.text("budget_notices", false),
          col.varchar("sha256", 64),
          col.date("issued_on"),
          col.instant("issued_at"),
          col.int("issued_by_token_id", true),
          col.varchar("issued_by", 200),
        ],
        foreignKeys: [fk("collaboration_body_id", "collaboration_body")],
        indices: [index("implementation_plan_issue", ["collaboration_body_id", "period_from", "period_to", "version"], true)],
      }),
    );
    await q.createTable(
      new Table({
        name: "what_if_decision",
        columns: [
          col.id(),
          col.varchar("change", 10),
          col.int("municipality_id"),
          col.int("collaboration_body_id", true),
          col.int("collaboration_id", true),
          col.date("from_date"),
          col.text("scenario", false),
          col.text("summary", false),
          col.varchar("result_sha256", 64),
          col.text("reason", false),
          col.varchar("decision_reference", 100, true),
          col.date("decided_on"),
          col.instant("decided_at"),
          col.varchar("decided_by", 200),
        ],
        foreignKeys: [fk("municipality_id", "municipality"), fk("collaboration_body_id", "collaboration_body"), fk("collaboration_id", "collaboration")],
        indices: [index("what_if_decision", ["municipality_id"])],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable("what_if_decision");
    await q.dropTable("implementation_plan_issue");
    await q.dropTable("budget_calendar");
    await q.dropTable("decision_cost");
  }
}
