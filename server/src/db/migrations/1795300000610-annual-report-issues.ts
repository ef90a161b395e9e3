import { Table, type MigrationInterface, type QueryRunner } from "typeorm";
import { col, fk, index } from "./columns";

/** Issued annual reports, stored as issued (HTML, SHA-256, who and when). */
export class AnnualReportIssues1795300000610 implements MigrationInterface {
  name = "AnnualReportIssues1795300000610";

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: "annual_report_issue",
        columns: [
          col.id(),
          col.int("year"),
          col.varchar("scope", 40),
          col.int("collaboration_body_id", true),
          col.text("html", false),
          col.varchar("sha256", 64),
          col.date("issued_on"),
          col.instant("issued_at"),
          col.int("issued_by_token_id", true),
          col.varchar("issued_by", 200),
        ],
        foreignKeys: [fk("collaboration_body_id", "collaboration_body")],
        indices: [index("annual_report_issue", ["scope", "year"], true)],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable("annual_report_issue");
  }
}
