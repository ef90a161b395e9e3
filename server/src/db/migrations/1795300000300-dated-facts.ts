import { Table, TableColumn, type MigrationInterface, type QueryRunner } from "typeorm";
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

    await backfillVersions(q, new Date().toISOString());
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable("fact_version");
  }
}

// What follows is a frozen copy of history/backfill.ts and history/subjects.ts (as they stood when this
// copy was made): a migration must backfill the same way forever, whatever those live modules (which
// the seeds and generators use) become. Plain SQL, no entity classes.

/** Versioned subjects: GraphQL type name, table, versioned field → column, and the column of its first day. */
const SUBJECTS: readonly { typeName: string; table: string; fields: Record<string, string>; startColumn: string | null; eventFields: string[] }[] = [
  {
    typeName: "Collaboration",
    table: "collaboration",
    fields: { hostMunicipalityId: "host_municipality_id", operatorItUnitId: "operator_it_unit_id" },
    startColumn: "started_on",
    eventFields: [],
  },
  {
    typeName: "ApplicationUsage",
    table: "application_usage",
    fields: {
      itUnitId: "it_unit_id",
      lifecyclePhase: "lifecycle_phase",
      functionalFit: "functional_fit",
      technicalFit: "technical_fit",
      userCount: "user_count",
      annualCostSek: "annual_cost_sek",
    },
    startColumn: "in_use_since",
    eventFields: [],
  },
  {
    typeName: "Agreement",
    table: "agreement",
    fields: {
      startDate: "start_date",
      endDate: "end_date",
      noticePeriodAmount: "notice_period_amount",
      noticePeriodUnit: "notice_period_unit",
      renewalKind: "renewal_kind",
      renewalTermMonths: "renewal_term_months",
      maxExtensions: "max_extensions",
      expressExtensions: "express_extensions",
      noticeGivenOn: "notice_given_on",
      terminatedOn: "terminated_on",
      annualCostSek: "annual_cost_sek",
      procurementLeadTimeMonths: "procurement_lead_time_months",
      costKey: "cost_key",
      costKeyPopulationYear: "cost_key_population_year",
      costKeyBaseShareBasisPoints: "cost_key_base_share_basis_points",
    },
    startColumn: "start_date",
    eventFields: ["noticeGivenOn", "terminatedOn"],
  },
  {
    typeName: "Competence",
    table: "competence",
    fields: { personId: "person_id", applicationId: "application_id", level: "level", since: "since" },
    startColumn: "since",
    eventFields: [],
  },
  { typeName: "Person", table: "person", fields: { plannedLeaveMonth: "planned_leave_month" }, startColumn: null, eventFields: [] },
  { typeName: "TrainingPlan", table: "training_plan", fields: { reviewedOn: "reviewed_on" }, startColumn: "created_on", eventFields: [] },
  {
    typeName: "GovernanceDocument",
    table: "governance_document",
    fields: { lastReviewedOn: "last_reviewed_on", retiredOn: "retired_on" },
    startColumn: "adopted_on",
    eventFields: ["lastReviewedOn", "retiredOn"],
  },
];

const CHUNK = 400;

/** Every subject without a version gets its initial versions from its current row. */
async function backfillVersions(q: QueryRunner, recordedAt: string): Promise<void> {
  const postgres = q.connection.options.type === "postgres";
  for (const subject of SUBJECTS) {
    const columns = Object.values(subject.fields).map((column) => `t.${column} AS ${column}`);
    const start = subject.startColumn ? `t.${subject.startColumn}` : "NULL";
    const rows: Record<string, unknown>[] = await q.query(
      `SELECT t.id AS id, ${start} AS start_on, ${columns.join(", ")} FROM ${subject.table} t` +
        ` WHERE NOT EXISTS (SELECT 1 FROM fact_version v WHERE v.subject_type = '${subject.typeName}' AND v.subject_id = t.id) ORDER BY t.id`,
    );
    const versions: unknown[][] = [];
    for (const row of rows) {
      const facts = Object.fromEntries(Object.entries(subject.fields).map(([field, column]) => [field, row[column] === undefined ? null : row[column]]));
      const list = initialVersions(subject.eventFields, (row.start_on as string | null) ?? null, facts);
      for (const [i, version] of list.entries()) {
        const validTo = i + 1 < list.length ? dayBefore(list[i + 1].from) : null;
        versions.push([subject.typeName, Number(row.id), version.from, validTo, JSON.stringify(version.facts), recordedAt, null]);
      }
    }
    for (let i = 0; i < versions.length; i += CHUNK) {
      const chunk = versions.slice(i, i + CHUNK);
      let n = 0;
      const placeholders = chunk.map((values) => `(${values.map(() => (postgres ? `$${++n}` : "?")).join(", ")})`);
      await q.query(`INSERT INTO fact_version (subject_type, subject_id, valid_from, valid_to, facts, recorded_at, correction_reason) VALUES ${placeholders.join(", ")}`, chunk.flat());
    }
  }
}

/**
 * One version from the subject's start ("0001-01-01" when unknown), except that dated events among
 * the facts (a document's review and retirement, an agreement's notice and termination) open a
 * version of their own on their date, so earlier dates do not see them.
 */
function initialVersions(eventFields: string[], start: string | null, facts: Record<string, unknown>): { from: string; facts: Record<string, unknown> }[] {
  const from = start ?? "0001-01-01";
  const events: [string, string][] = [];
  for (const field of eventFields) {
    const on = facts[field];
    if (typeof on === "string" && on > from) events.push([field, on]);
  }
  events.sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  const versions = [{ from, facts: { ...facts, ...Object.fromEntries(events.map(([field]) => [field, null])) } }];
  for (const [field, on] of events) {
    const previous = versions.at(-1)!;
    const next = { ...previous.facts, [field]: facts[field] };
    if (previous.from === on) previous.facts = next;
    else versions.push({ from: on, facts: next });
  }
  return versions;
}

/** The calendar day before an ISO date "YYYY-MM-DD" (never before 0001-01-01). */
function dayBefore(date: string): string {
  const day = new Date(new Date(0).setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)) - 1));
  if (day.getUTCFullYear() < 1) return "0001-01-01";
  return `${String(day.getUTCFullYear()).padStart(4, "0")}-${String(day.getUTCMonth() + 1).padStart(2, "0")}-${String(day.getUTCDate()).padStart(2, "0")}`;
}
