import { Table, type MigrationInterface, type QueryRunner } from "typeorm";
import { col, fk, index } from "./columns";

/** Policy goals with deadlines (mål med datum) of the IT-policy. */
export class PolicyGoals1795300000600 implements MigrationInterface {
  name = "PolicyGoals1795300000600";

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: "policy_goal",
        columns: [col.id(), col.varchar("title", 300), col.text("description"), col.date("deadline"), col.date("achieved_on", true), col.int("collaboration_body_id", true)],
        foreignKeys: [fk("collaboration_body_id", "collaboration_body")],
        indices: [index("policy_goal", ["collaboration_body_id"])],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable("policy_goal");
  }
}
