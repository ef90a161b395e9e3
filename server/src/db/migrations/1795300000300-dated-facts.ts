import { Table, TableColumn, type MigrationInterface, type QueryRunner } from "typeorm";
import { backfillVersions } from "../../history/backfill";
import { col, index } from "./columns";

/**
 * Dated history for every fact an answer for a date reads: fact versions (with their initial
 * versions backfilled from today's rows), periods on agreement links, training plans' creation
 * date, and corrections marked in the audit log.
 */
export class DatedFacts1795300000300 implements MigrationInterface {
  name = "DatedFacts1795300000300";

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: "fact_version",
        columns: [
          col.id(),
          col.varchar("subject_type", 40),
          col.int("subject_id"),
          col.date("valid_from"),
          col.date("valid_to", true),
          col.text("facts", false),
          col.instant("recorded_at"),
          col.text("correction_reason"),
        ],
        indices: [index("fact_version", ["subject_type", "subject_id", "valid_from"]), index("fact_version", ["subject_type", "valid_from"])],
      }),
    );
    await q.addColumn("audit_entry", new TableColumn({ ...col.text("correction_reason") }));

    await q.addColumn("role_assignment", new TableColumn(col.date("end_recorded_on", true)));
    await q.addColumn("training_plan", new TableColumn(col.date("created_on", true)));
    await q.query("UPDATE training_plan SET created_on = reviewed_on");

    await q.dropIndex("agreement_application", "uq_agreement_application_agreement_id_application_id");
    await q.dropIndex("agreement_collaboration", "uq_agreement_collaboration_agreement_id_collaboration_id");
    for (const table of ["agreement_party", "agreement_application", "agreement_collaboration"]) {
      await q.addColumn(table, new TableColumn({ ...col.date("valid_from"), default: "'0001-01-01'" }));
      await q.addColumn(table, new TableColumn(col.date("valid_to", true)));
      await q.query(`UPDATE ${table} SET valid_from = (SELECT a.start_date FROM agreement a WHERE a.id = ${table}.agreement_id)`);
    }
    await q.createIndex("agreement_application", index("agreement_application", ["agreement_id", "application_id"]));
    await q.createIndex("agreement_collaboration", index("agreement_collaboration", ["agreement_id", "collaboration_id"]));

    await backfillVersions(q.manager, new Date().toISOString());
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable("fact_version");
  }
}
