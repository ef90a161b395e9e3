import { Table, type MigrationInterface, type QueryRunner } from "typeorm";
import { col, fk, index } from "./columns";

/** Municipalities, IT units, collaboration bodies, applications, collaborations and levels, tokens, audit. */
export class Foundation1795300000000 implements MigrationInterface {
  name = "Foundation1795300000000";

  async up(q: QueryRunner): Promise<void> {
    const table = (name: string, columns: Table["columns"] | any[], foreignKeys = [] as ReturnType<typeof fk>[], indices = [] as ReturnType<typeof index>[]) =>
      q.createTable(new Table({ name, columns, foreignKeys, indices }));

    await table("municipality", [col.id(), col.varchar("code", 4), col.varchar("name", 100), col.varchar("county", 100, true)], [], [index("municipality", ["code"], true)]);
    await table(
      "municipality_population",
      [col.id(), col.int("municipality_id"), col.int("year"), col.int("population")],
      [fk("municipality_id", "municipality", "CASCADE")],
      [index("municipality_population", ["municipality_id", "year"], true)],
    );
    await table("it_unit", [col.id(), col.int("municipality_id"), col.varchar("name", 150), col.varchar("kind", 20)], [fk("municipality_id", "municipality")], [index("it_unit", ["municipality_id"])]);
    await table("collaboration_body", [col.id(), col.varchar("name", 200), col.varchar("short_name", 30, true), col.text("description")]);
    await table(
      "collaboration_body_membership",
      [col.id(), col.int("collaboration_body_id"), col.int("municipality_id"), col.date("from_date"), col.date("to_date", true), col.text("note")],
      [fk("collaboration_body_id", "collaboration_body", "CASCADE"), fk("municipality_id", "municipality")],
      [index("collaboration_body_membership", ["collaboration_body_id"]), index("collaboration_body_membership", ["municipality_id"])],
    );
    await table(
      "application",
      [col.id(), col.varchar("name", 150), col.varchar("vendor", 150, true), col.varchar("category", 30), col.varchar("scope", 20), col.text("description")],
      [],
      [index("application", ["name"])],
    );
    await table(
      "application_usage",
      [
        col.id(),
        col.int("municipality_id"),
        col.int("application_id"),
        col.int("it_unit_id", true),
        col.date("in_use_since", true),
        col.varchar("lifecycle_phase", 20),
        col.int("functional_fit", true),
        col.int("technical_fit", true),
        col.int("user_count", true),
        col.int("annual_cost_sek", true),
        col.text("note"),
      ],
      [fk("municipality_id", "municipality"), fk("application_id", "application"), fk("it_unit_id", "it_unit", "SET NULL")],
      [index("application_usage", ["municipality_id", "application_id"], true), index("application_usage", ["application_id"])],
    );
    await table("collaboration_level", [col.id(), col.int("ordinal"), col.varchar("name", 100), col.text("description", false)], [], [index("collaboration_level", ["ordinal"], true)]);
    await table(
      "collaboration",
      [
        col.id(),
        col.varchar("name", 200),
        col.int("application_id"),
        col.int("host_municipality_id"),
        col.int("operator_it_unit_id", true),
        col.int("collaboration_body_id", true),
        col.int("level_id"),
        col.date("started_on", true),
        col.text("description"),
      ],
      [
        fk("application_id", "application"),
        fk("host_municipality_id", "municipality"),
        fk("operator_it_unit_id", "it_unit", "SET NULL"),
        fk("collaboration_body_id", "collaboration_body", "SET NULL"),
        fk("level_id", "collaboration_level"),
      ],
      [index("collaboration", ["application_id"]), index("collaboration", ["host_municipality_id"]), index("collaboration", ["level_id"])],
    );
    await table(
      "collaboration_participant",
      [col.id(), col.int("collaboration_id"), col.int("municipality_id"), col.date("joined_on"), col.date("left_on", true)],
      [fk("collaboration_id", "collaboration", "CASCADE"), fk("municipality_id", "municipality")],
      [index("collaboration_participant", ["collaboration_id", "municipality_id"]), index("collaboration_participant", ["municipality_id"])],
    );
    await table(
      "collaboration_level_change",
      [
        col.id(),
        col.int("collaboration_id"),
        col.int("from_level_id", true),
        col.int("to_level_id"),
        col.date("changed_on"),
        col.varchar("decision_reference", 100, true),
        col.text("reason"),
        col.instant("recorded_at"),
      ],
      [fk("collaboration_id", "collaboration", "CASCADE"), fk("from_level_id", "collaboration_level"), fk("to_level_id", "collaboration_level")],
      [index("collaboration_level_change", ["collaboration_id", "changed_on"])],
    );
    await table(
      "api_token",
      [col.id(), col.varchar("name", 100), col.varchar("token_hash", 64), col.varchar("role", 10), col.int("municipality_id", true), col.instant("created_at"), col.instant("revoked_at", true)],
      [fk("municipality_id", "municipality")],
      [index("api_token", ["token_hash"], true)],
    );
    await table("audit_entry", [col.id(), col.instant("at"), col.int("actor_token_id", true), col.varchar("actor_name", 100), col.varchar("operation", 100), col.text("changes", false)]);
    await table("audit_object", [col.id(), col.int("entry_id"), col.varchar("object_id", 200)], [fk("entry_id", "audit_entry", "CASCADE")], [index("audit_object", ["object_id", "entry_id"])]);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const name of [
      "audit_object",
      "audit_entry",
      "api_token",
      "collaboration_level_change",
      "collaboration_participant",
      "collaboration",
      "collaboration_level",
      "application_usage",
      "application",
      "collaboration_body_membership",
      "collaboration_body",
      "it_unit",
      "municipality_population",
      "municipality",
    ]) {
      await q.dropTable(name);
    }
  }
}
