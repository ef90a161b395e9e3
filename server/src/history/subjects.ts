/**
 * Which subjects keep dated versions of their facts, and which fields are versioned. Explicit list:
 * a subject whose facts an answer for a date reads is added here (and its mutations record
 * through `recordFacts`). Column names are given for the migration's backfill, which must not
 * depend on today's entity classes.
 */
import { BEGINNING } from "../common/period";
import type { LocalDate } from "../common/dates";

export interface VersionedSubject {
  /** GraphQL type name, stored as `fact_version.subject_type`. */
  typeName: string;
  table: string;
  /** Versioned field → column. */
  fields: Record<string, string>;
  /** Column holding the first day the subject's facts are known to hold (null column or value: BEGINNING). */
  startColumn: string | null;
}

export const COLLABORATION_FACTS: VersionedSubject = {
  typeName: "Collaboration",
  table: "collaboration",
  fields: { hostMunicipalityId: "host_municipality_id", operatorItUnitId: "operator_it_unit_id" },
  startColumn: "started_on",
};

export const USAGE_FACTS: VersionedSubject = {
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
};

export const AGREEMENT_FACTS: VersionedSubject = {
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
};

export const COMPETENCE_FACTS: VersionedSubject = {
  typeName: "Competence",
  table: "competence",
  // Person and application are kept in every version, so a removed competence still answers for earlier dates.
  fields: { personId: "person_id", applicationId: "application_id", level: "level", since: "since" },
  startColumn: "since",
};

/** Planned leave as recorded on a date (personal data: who may see it is decided by the reader's callers). */
export const PLANNED_LEAVE_FACTS: VersionedSubject = {
  typeName: "Person",
  table: "person",
  fields: { plannedLeaveMonth: "planned_leave_month" },
  startColumn: null,
};

export const TRAINING_PLAN_FACTS: VersionedSubject = {
  typeName: "TrainingPlan",
  table: "training_plan",
  fields: { reviewedOn: "reviewed_on" },
  startColumn: "created_on",
};

export const GOVERNANCE_DOCUMENT_FACTS: VersionedSubject = {
  typeName: "GovernanceDocument",
  table: "governance_document",
  fields: { lastReviewedOn: "last_reviewed_on", retiredOn: "retired_on" },
  startColumn: "adopted_on",
};

export const versionedSubjects: readonly VersionedSubject[] = [
  COLLABORATION_FACTS,
  USAGE_FACTS,
  AGREEMENT_FACTS,
  COMPETENCE_FACTS,
  PLANNED_LEAVE_FACTS,
  TRAINING_PLAN_FACTS,
  GOVERNANCE_DOCUMENT_FACTS,
];

export interface InitialVersion {
  from: LocalDate;
  facts: Record<string, unknown>;
}

/**
 * The versions a subject gets when its history is first recorded from its current row (migration of
 * an existing database, seeds, generators): one version from its start, except that dated events
 * among the facts (a document's review and retirement, an agreement's notice and termination) open
 * a version of their own on their date, so earlier dates do not see them.
 */
export function initialVersions(subject: VersionedSubject, start: LocalDate | null, facts: Record<string, unknown>): InitialVersion[] {
  const from = start ?? BEGINNING;
  const events: [string, LocalDate][] = [];
  const eventFields = subject === GOVERNANCE_DOCUMENT_FACTS ? ["lastReviewedOn", "retiredOn"] : subject === AGREEMENT_FACTS ? ["noticeGivenOn", "terminatedOn"] : [];
  for (const field of eventFields) {
    const on = facts[field];
    if (typeof on === "string" && on > from) events.push([field, on]);
  }
  events.sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  const versions: InitialVersion[] = [{ from, facts: { ...facts, ...Object.fromEntries(events.map(([field]) => [field, null])) } }];
  for (const [field, on] of events) {
    const previous = versions.at(-1)!;
    const next = { ...previous.facts, [field]: facts[field] };
    if (previous.from === on) previous.facts = next;
    else versions.push({ from: on, facts: next });
  }
  return versions;
}

/** How the change log names a write of a subject type's dated facts (history/record.ts) and how the reader names reading them. */
export function factVersionsOf(subject: VersionedSubject): string {
  return `fact_version:${subject.typeName}`;
}

/**
 * The change log's name for a write of one subject's row or dated facts only (`application_usage#7`,
 * `fact_version:ApplicationUsage#7`): history/record.ts logs it when it can tell every statement it
 * ran concerned that subject, so the reader re-reads that row instead of the whole table.
 */
export function rowWritten(name: string, id: number): string {
  return `${name}#${id}`;
}

/** The table or subject type a change-log name concerns, with or without a row: `application_usage#7` → `application_usage`. */
export function writtenName(name: string): string {
  const hash = name.indexOf("#");
  return hash < 0 ? name : name.slice(0, hash);
}

/** The rows of `name` a write wrote, from change-log names; null when it wrote `name` as a whole (or rows it could not tell). */
export function rowsWritten(written: ReadonlySet<string>, name: string): number[] | null {
  if (written.has(name)) return null;
  const ids: number[] = [];
  for (const w of written) if (w.length > name.length && w.startsWith(name) && w[name.length] === "#") ids.push(Number(w.slice(name.length + 1)));
  return ids;
}
