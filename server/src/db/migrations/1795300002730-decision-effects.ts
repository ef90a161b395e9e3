import { Table, type MigrationInterface, type QueryRunner } from "typeorm";
import { col, fk, index } from "./columns";

/** The effects expected of an accepted decision (nyttorealisering), one row per decision. */
export class DecisionEffects1795300002730 implements MigrationInterface {
  name = "DecisionEffects1795300002730";

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: "decision_effect",
        columns: [
          col.id(),
          col.int("decision_id"),
          col.int("expected_cost_per_inhabitant_ore", true),
          col.int("expected_level", true),
          col.int("expected_competence_risk_score", true),
          col.int("expected_product_count", true),
          col.text("note"),
          col.date("recorded_on"),
          col.varchar("recorded_by", 100),
        ],
        foreignKeys: [fk("decision_id", "recommendation_decision", "CASCADE")],
        indices: [index("decision_effect", ["decision_id"], true)],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable("decision_effect");
  }
}
