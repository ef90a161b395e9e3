import { Table, TableColumn, type MigrationInterface, type QueryRunner } from "typeorm";
import { col, fk, index } from "./columns";

/** Competence networks and their activity log, people's competences and planned leave, training plans and their activities. */
export class Competence1795300000200 implements MigrationInterface {
  name = "Competence1795300000200";

  async up(q: QueryRunner): Promise<void> {
    const table = (name: string, columns: any[], foreignKeys: ReturnType<typeof fk>[], indices: ReturnType<typeof index>[]) => q.createTable(new Table({ name, columns, foreignKeys, indices }));

    /** Planned leave (planerad avgång) keeps year and month only: "YYYY-MM". */
    await q.addColumn("person", new TableColumn({ name: "planned_leave_month", type: "varchar", length: "7", isNullable: true }));

    await table(
      "competence_network",
      [
        col.id(),
        col.varchar("name", 200),
        col.varchar("category", 30, true),
        col.int("coordinator_id"),
        col.varchar("meeting_cadence", 20, true),
        col.date("started_on", true),
        col.text("description"),
      ],
      [fk("coordinator_id", "person")],
      [index("competence_network", ["category"]), index("competence_network", ["coordinator_id"])],
    );
    await table(
      "competence_network_collaboration",
      [col.id(), col.int("network_id"), col.int("collaboration_id")],
      [fk("network_id", "competence_network", "CASCADE"), fk("collaboration_id", "collaboration", "CASCADE")],
      [index("competence_network_collaboration", ["network_id", "collaboration_id"], true), index("competence_network_collaboration", ["collaboration_id"])],
    );
    await table(
      "competence_network_member",
      [col.id(), col.int("network_id"), col.int("person_id"), col.date("joined_on"), col.date("left_on", true)],
      [fk("network_id", "competence_network", "CASCADE"), fk("person_id", "person", "CASCADE")],
      [index("competence_network_member", ["network_id"]), index("competence_network_member", ["person_id"])],
    );
    await table(
      "competence_network_activity",
      [col.id(), col.int("network_id"), col.date("occurred_on"), col.varchar("kind", 20), col.varchar("title", 200), col.text("note")],
      [fk("network_id", "competence_network", "CASCADE")],
      [index("competence_network_activity", ["network_id", "occurred_on"])],
    );
    await table(
      "competence_network_activity_participant",
      [col.id(), col.int("activity_id"), col.int("person_id")],
      [fk("activity_id", "competence_network_activity", "CASCADE"), fk("person_id", "person", "CASCADE")],
      [index("competence_network_activity_participant", ["activity_id", "person_id"], true), index("competence_network_activity_participant", ["person_id"])],
    );
    await table(
      "competence",
      [col.id(), col.int("person_id"), col.int("application_id"), col.varchar("level", 20), col.date("since", true)],
      [fk("person_id", "person", "CASCADE"), fk("application_id", "application", "CASCADE")],
      [index("competence", ["person_id", "application_id"], true), index("competence", ["application_id"])],
    );
    await table(
      "training_plan",
      [
        col.id(),
        col.varchar("name", 200),
        col.varchar("target", 20),
        col.int("application_usage_id", true),
        col.int("collaboration_id", true),
        col.int("owner_id", true),
        col.text("target_groups_json", false),
        col.date("reviewed_on"),
        col.text("description"),
      ],
      [fk("application_usage_id", "application_usage", "CASCADE"), fk("collaboration_id", "collaboration", "CASCADE"), fk("owner_id", "person", "SET NULL")],
      [index("training_plan", ["application_usage_id"], true), index("training_plan", ["collaboration_id"], true), index("training_plan", ["owner_id"])],
    );
    await table(
      "training_activity",
      [col.id(), col.int("plan_id"), col.date("held_on"), col.varchar("title", 200), col.varchar("audience", 200, true), col.int("cost_ore", true), col.text("note")],
      [fk("plan_id", "training_plan", "CASCADE")],
      [index("training_activity", ["plan_id", "held_on"]), index("training_activity", ["held_on"])],
    );
    await table(
      "training_activity_municipality",
      [col.id(), col.int("activity_id"), col.int("municipality_id"), col.int("participant_count")],
      [fk("activity_id", "training_activity", "CASCADE"), fk("municipality_id", "municipality")],
      [index("training_activity_municipality", ["activity_id", "municipality_id"], true), index("training_activity_municipality", ["municipality_id"])],
    );
    await table(
      "training_activity_participant",
      [col.id(), col.int("activity_id"), col.int("person_id")],
      [fk("activity_id", "training_activity", "CASCADE"), fk("person_id", "person", "CASCADE")],
      [index("training_activity_participant", ["activity_id", "person_id"], true), index("training_activity_participant", ["person_id"])],
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const name of [
      "training_activity_participant",
      "training_activity_municipality",
      "training_activity",
      "training_plan",
      "competence",
      "competence_network_activity_participant",
      "competence_network_activity",
      "competence_network_member",
      "competence_network_collaboration",
      "competence_network",
    ]) {
      await q.dropTable(name);
    }
    await q.dropColumn("person", "planned_leave_month");
  }
}
