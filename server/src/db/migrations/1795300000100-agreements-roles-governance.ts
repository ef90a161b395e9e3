import { Table, TableCheck, type MigrationInterface, type QueryRunner } from "typeorm";
import { col, fk, index } from "./columns";

/** Exactly one of `columns` is set. */
function exactlyOne(table: string, columns: string[]): TableCheck {
  return new TableCheck({ name: `ck_${table}_one_target`, expression: `${columns.map((c) => `(CASE WHEN ${c} IS NULL THEN 0 ELSE 1 END)`).join(" + ")} = 1` });
}

/** Agreements with their parties and covered systems; role assignments; governance documents. */
export class AgreementsRolesGovernance1795300000100 implements MigrationInterface {
  name = "AgreementsRolesGovernance1795300000100";

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: "agreement",
        columns: [
          col.id(),
          col.varchar("kind", 20),
          col.varchar("name", 200),
          col.varchar("reference_number", 100, true),
          col.varchar("vendor_name", 150, true),
          col.date("start_date"),
          col.date("end_date"),
          col.int("notice_period_amount", true),
          col.varchar("notice_period_unit", 6, true),
          col.varchar("renewal_kind", 10),
          col.int("renewal_term_months", true),
          col.int("max_extensions", true),
          { ...col.int("express_extensions"), default: 0 },
          col.date("notice_given_on", true),
          col.date("terminated_on", true),
          col.int("annual_cost_sek", true),
          col.varchar("document_url", 500, true),
          col.int("procurement_lead_time_months", true),
          col.varchar("cost_key", 30, true),
          col.int("cost_key_population_year", true),
          col.int("cost_key_base_share_basis_points", true),
          col.text("note"),
        ],
        indices: [index("agreement", ["kind"]), index("agreement", ["end_date"])],
      }),
    );
    await q.createTable(
      new Table({
        name: "agreement_party",
        columns: [col.id(), col.int("agreement_id"), col.int("municipality_id", true), col.int("it_unit_id", true), col.int("cost_share_basis_points", true)],
        foreignKeys: [fk("agreement_id", "agreement", "CASCADE"), fk("municipality_id", "municipality"), fk("it_unit_id", "it_unit")],
        indices: [index("agreement_party", ["agreement_id"]), index("agreement_party", ["municipality_id"]), index("agreement_party", ["it_unit_id"])],
        checks: [exactlyOne("agreement_party", ["municipality_id", "it_unit_id"])],
      }),
    );
    await q.createTable(
      new Table({
        name: "agreement_application",
        columns: [col.id(), col.int("agreement_id"), col.int("application_id")],
        foreignKeys: [fk("agreement_id", "agreement", "CASCADE"), fk("application_id", "application")],
        indices: [index("agreement_application", ["agreement_id", "application_id"], true), index("agreement_application", ["application_id"])],
      }),
    );
    await q.createTable(
      new Table({
        name: "agreement_collaboration",
        columns: [col.id(), col.int("agreement_id"), col.int("collaboration_id")],
        foreignKeys: [fk("agreement_id", "agreement", "CASCADE"), fk("collaboration_id", "collaboration")],
        indices: [index("agreement_collaboration", ["agreement_id", "collaboration_id"], true), index("agreement_collaboration", ["collaboration_id"])],
      }),
    );
    await q.createTable(
      new Table({
        name: "role_assignment",
        columns: [
          col.id(),
          col.varchar("kind", 30),
          col.int("person_id"),
          col.int("application_usage_id", true),
          col.int("collaboration_id", true),
          col.int("it_unit_id", true),
          col.date("from_date"),
          col.date("to_date", true),
          col.text("note"),
        ],
        foreignKeys: [fk("person_id", "person"), fk("application_usage_id", "application_usage"), fk("collaboration_id", "collaboration"), fk("it_unit_id", "it_unit")],
        indices: [
          index("role_assignment", ["kind"]),
          index("role_assignment", ["person_id"]),
          index("role_assignment", ["application_usage_id"]),
          index("role_assignment", ["collaboration_id"]),
          index("role_assignment", ["it_unit_id"]),
        ],
        checks: [exactlyOne("role_assignment", ["application_usage_id", "collaboration_id", "it_unit_id"])],
      }),
    );
    await q.createTable(
      new Table({
        name: "governance_document",
        columns: [
          col.id(),
          col.varchar("kind", 20),
          col.varchar("title", 200),
          col.int("municipality_id", true),
          col.int("collaboration_body_id", true),
          col.date("adopted_on"),
          col.date("last_reviewed_on", true),
          col.int("review_interval_months"),
          col.date("retired_on", true),
          col.varchar("decision_reference", 100, true),
          col.varchar("document_url", 500, true),
        ],
        foreignKeys: [fk("municipality_id", "municipality"), fk("collaboration_body_id", "collaboration_body")],
        indices: [index("governance_document", ["municipality_id"])],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const name of ["governance_document", "role_assignment", "agreement_collaboration", "agreement_application", "agreement_party", "agreement"]) {
      await q.dropTable(name);
    }
  }
}
