import type { LeadTimeSettings } from "../config";
/**
 * Pure date arithmetic of agreements (avtal): term ends, tacit and express renewal, notice and
 * decision deadlines, status. No ORM, GraphQL or clock: callers pass `asOf` explicitly.
 *
 * Definitions (all dates are calendar dates, both ends of a period inclusive):
 *
 * - **Month arithmetic** (`addMonths`): counting forward, a date on the last day of its month lands
 *   on the last day of the target month (31 Jan + 1 month = 28/29 Feb; 30 Apr + 1 = 31 May); any
 *   other day keeps its number, clamped to the target month's length. Counting back (notice and
 *   decision deadlines) keeps the day number, or takes the earlier month's last day where it is
 *   shorter (30 Jun − 3 months = 30 Mar; 28 Feb 2027 − 3 = 28 Nov 2026): the Swedish convention,
 *   and the earlier — safe — deadline where conventions differ.
 * - **Term end**: the initial term runs from `startDate` to `endDate`. Renewal term k ends on
 *   `addMonths(endDate, k × renewalTermMonths)`, always counted from `endDate` (never chained), so a
 *   clamp in one year does not drift into the next.
 * - **Notice deadline** of a term: the last day on which notice (uppsägning) can be given for the
 *   agreement to end with that term, i.e. the term end minus the notice period (months by the rule
 *   above, days by the calendar). Without a notice period it is the term end itself. For express
 *   renewal it is also the last day to call the extension.
 * - **Decision deadline**: the notice deadline minus the procurement lead time (months): the last day
 *   to decide between renewing and procuring anew, so a procurement can finish in time.
 * - **Extensions used**: renewal terms that have become binding. For EXPRESS renewal, the extensions
 *   recorded with `agreementExtend`; for TACIT renewal, every term whose notice deadline passed
 *   (asOf after it) without notice having been given, up to `maxExtensions`. Both count committed
 *   renewals, so a tacit agreement whose notice deadline has just passed shows its new term at once.
 * - **Current term end**: the end of the term the agreement is committed to on asOf (the initial
 *   term plus the extensions used), or the termination date when it was terminated early.
 * - **Notice given** on a date: the agreement ends at the end of the first term whose notice deadline
 *   is on or after that date. Notice and termination count only from their dates on (a past `asOf`
 *   sees the agreement as it was then).
 * - **Status** on asOf, the first that applies:
 *   NOT_STARTED before the start date (signed, not yet in force);
 *   EXPIRED after the current term end (the agreement has ended: terminated, notice given, express
 *   extension not called, no renewal left);
 *   NOTICE_PASSED when the end is settled: notice has been given, the agreement was terminated, or
 *   the notice deadline has passed (a tacit agreement with renewals left never gets here: it renews);
 *   NOTICE_DUE within `noticeDueDays` days before the notice deadline (the deadline day included);
 *   DECISION_DUE from `decisionWarningMonths` before the decision deadline on (a warning in time, not
 *   only once it has passed);
 *   ACTIVE otherwise.
 */
import { addDays, addMonths, daysBetween, type LocalDate } from "../common/dates";

export enum RenewalKind {
  NONE = "NONE",
  TACIT = "TACIT",
  EXPRESS = "EXPRESS",
}

export enum PeriodUnit {
  DAYS = "DAYS",
  MONTHS = "MONTHS",
}

export enum AgreementStatus {
  NOT_STARTED = "NOT_STARTED",
  ACTIVE = "ACTIVE",
  DECISION_DUE = "DECISION_DUE",
  NOTICE_DUE = "NOTICE_DUE",
  NOTICE_PASSED = "NOTICE_PASSED",
  EXPIRED = "EXPIRED",
}

export interface NoticePeriod {
  amount: number;
  unit: PeriodUnit;
}

/** The contract facts the schedule is computed from. */
export interface AgreementTerms {
  startDate: LocalDate;
  /** Last day of the initial term. */
  endDate: LocalDate;
  noticePeriod: NoticePeriod | null;
  renewalKind: RenewalKind;
  renewalTermMonths: number | null;
  maxExtensions: number | null;
  /** Express extensions recorded (agreementExtend); ignored for other renewal kinds. */
  expressExtensions: number;
  noticeGivenOn: LocalDate | null;
  terminatedOn: LocalDate | null;
}

export interface DeadlinePolicy {
  /** Procurement lead time in months (upphandlingstid): decision deadline = notice deadline − this. */
  procurementLeadTimeMonths: number;
  /** How many days before the notice deadline the status becomes NOTICE_DUE. */
  noticeDueDays: number;
  /** How many months before the decision deadline the status becomes DECISION_DUE. */
  decisionWarningMonths: number;
}

export interface AgreementSchedule {
  asOf: LocalDate;
  currentTermStart: LocalDate;
  currentTermEnd: LocalDate;
  noticeDeadline: LocalDate;
  decisionDeadline: LocalDate;
  status: AgreementStatus;
  /** Days from asOf to the current term end: 0 on its last day, negative once it has ended. */
  daysLeft: number;
  extensionsUsed: number;
  extensionsRemaining: number;
  /** The latest the agreement can run: the current term end when its end is settled, else the end of the last possible renewal. */
  latestPossibleEnd: LocalDate;
  /** Whether it will renew by itself unless notice is given (tacit renewal with renewals left, no notice, not terminated). */
  renewsAutomatically: boolean;
  procurementLeadTimeMonths: number;
}

/** How many renewals the terms allow (0 without renewal). */
export function maxRenewals(terms: Pick<AgreementTerms, "renewalKind" | "maxExtensions">): number {
  return terms.renewalKind === RenewalKind.NONE ? 0 : (terms.maxExtensions ?? 0);
}

/** The last day of term `k` (0 = the initial term). */
export function termEnd(terms: Pick<AgreementTerms, "endDate" | "renewalTermMonths">, k: number): LocalDate {
  return k === 0 ? terms.endDate : addMonths(terms.endDate, k * (terms.renewalTermMonths ?? 0));
}

/** The last day to give notice for a term ending on `end`. */
export function noticeDeadline(end: LocalDate, notice: NoticePeriod | null): LocalDate {
  if (!notice || notice.amount === 0) return end;
  return notice.unit === PeriodUnit.MONTHS ? addMonths(end, -notice.amount) : addDays(end, -notice.amount);
}

/** The agreement's computed dates and status on `asOf`; see the definitions at the top of this file. */
export function agreementSchedule(terms: AgreementTerms, asOf: LocalDate, policy: DeadlinePolicy): AgreementSchedule {
  const terminated = terms.terminatedOn !== null && terms.terminatedOn <= asOf ? terms.terminatedOn : null;
  const notice = terms.noticeGivenOn !== null && terms.noticeGivenOn <= asOf ? terms.noticeGivenOn : null;
  const max = maxRenewals(terms);
  // Renewals stop becoming binding once the agreement is terminated.
  const bindingBy = terminated ?? asOf;
  let used = 0;
  if (terms.renewalKind === RenewalKind.EXPRESS) {
    used = Math.min(terms.expressExtensions, max);
  } else if (terms.renewalKind === RenewalKind.TACIT) {
    while (used < max) {
      const deadline = noticeDeadline(termEnd(terms, used), terms.noticePeriod);
      if (notice !== null && notice <= deadline) break;
      if (deadline >= bindingBy) break;
      used++;
    }
  }
  const scheduledEnd = termEnd(terms, used);
  const currentTermEnd = terminated !== null && terminated < scheduledEnd ? terminated : scheduledEnd;
  const deadline = noticeDeadline(scheduledEnd, terms.noticePeriod);
  const decisionDeadline = addMonths(deadline, -policy.procurementLeadTimeMonths);
  const settled = terminated !== null || notice !== null;
  let status: AgreementStatus;
  if (asOf < terms.startDate) status = AgreementStatus.NOT_STARTED;
  else if (asOf > currentTermEnd) status = AgreementStatus.EXPIRED;
  else if (settled || asOf > deadline) status = AgreementStatus.NOTICE_PASSED;
  else if (asOf >= addDays(deadline, -policy.noticeDueDays)) status = AgreementStatus.NOTICE_DUE;
  else if (asOf >= addMonths(decisionDeadline, -policy.decisionWarningMonths)) status = AgreementStatus.DECISION_DUE;
  else status = AgreementStatus.ACTIVE;
  return {
    asOf,
    currentTermStart: used === 0 ? terms.startDate : addDays(termEnd(terms, used - 1), 1),
    currentTermEnd,
    noticeDeadline: deadline,
    decisionDeadline,
    status,
    daysLeft: daysBetween(asOf, currentTermEnd),
    extensionsUsed: used,
    extensionsRemaining: max - used,
    latestPossibleEnd: settled ? currentTermEnd : termEnd(terms, max),
    renewsAutomatically: terms.renewalKind === RenewalKind.TACIT && used < max && !settled,
    procurementLeadTimeMonths: policy.procurementLeadTimeMonths,
  };
}

/** Whether the agreement has begun and not ended on `asOf` (the lead time does not matter for that). */
export function inForceOn(terms: AgreementTerms, asOf: LocalDate): boolean {
  const status = agreementSchedule(terms, asOf, { procurementLeadTimeMonths: 0, noticeDueDays: 0, decisionWarningMonths: 0 }).status;
  return status !== AgreementStatus.NOT_STARTED && status !== AgreementStatus.EXPIRED;
}

/**
 * The procurement lead time for an agreement: its own override when set, else the longer lead time
 * when the systems it covers sit at `highLevelFrom` or above, else the normal one.
 */
export function procurementLeadTime(override: number | null, systemLevel: number | null, settings: LeadTimeSettings): number {
  if (override !== null) return override;
  return systemLevel !== null && systemLevel >= settings.highLevelFrom ? settings.leadTimeMonthsHighLevel : settings.leadTimeMonths;
}

export interface TermProblem {
  field: "endDate" | "noticePeriod" | "renewalTermMonths" | "maxExtensions";
  code: "DATE_ORDER" | "OUT_OF_RANGE" | "REQUIRED" | "INVALID";
  message: string;
}

const MAX_RENEWAL_TERM_MONTHS = 120;
const MAX_EXTENSIONS = 20;
const MAX_NOTICE = { [PeriodUnit.DAYS]: 3650, [PeriodUnit.MONTHS]: 120 } as const;

/**
 * Checks contract terms: the end after the start; renewal term and maximum number of extensions
 * given exactly when the agreement renews; a notice period that fits inside the initial term and
 * inside a renewal term (notice must be possible during each term).
 */
export function termProblems(terms: Omit<AgreementTerms, "expressExtensions" | "noticeGivenOn" | "terminatedOn">): TermProblem[] {
  const problems: TermProblem[] = [];
  if (terms.endDate <= terms.startDate) problems.push({ field: "endDate", code: "DATE_ORDER", message: "Slutdatumet måste ligga efter startdatumet." });
  const renews = terms.renewalKind !== RenewalKind.NONE;
  const ranged = (field: "renewalTermMonths" | "maxExtensions", value: number | null, max: number) => {
    if (!renews) {
      if (value !== null) problems.push({ field, code: "INVALID", message: "Bara ett avtal som förlängs (TACIT eller EXPRESS) har detta." });
    } else if (value === null) problems.push({ field, code: "REQUIRED", message: "Ett avtal som förlängs behöver detta (LOU tillåter inga tillsvidareavtal)." });
    else if (!Number.isInteger(value) || value < 1 || value > max) problems.push({ field, code: "OUT_OF_RANGE", message: `Ska vara ett heltal från 1 till ${max}.` });
  };
  ranged("renewalTermMonths", terms.renewalTermMonths, MAX_RENEWAL_TERM_MONTHS);
  ranged("maxExtensions", terms.maxExtensions, MAX_EXTENSIONS);
  const notice = terms.noticePeriod;
  if (notice) {
    if (!Number.isInteger(notice.amount) || notice.amount < 0 || notice.amount > MAX_NOTICE[notice.unit]) {
      problems.push({
        field: "noticePeriod",
        code: "OUT_OF_RANGE",
        message: `Ska vara ett helt antal ${notice.unit === PeriodUnit.DAYS ? "dagar" : "månader"} från 0 till ${MAX_NOTICE[notice.unit]}.`,
      });
    } else if (problems.length === 0) {
      if (noticeDeadline(terms.endDate, notice) < terms.startDate) {
        problems.push({ field: "noticePeriod", code: "OUT_OF_RANGE", message: "Uppsägningstiden måste vara kortare än avtalsperioden: annars kan avtalet inte sägas upp under den." });
      } else if (renews && noticeDeadline(termEnd(terms, 1), notice) <= terms.endDate) {
        problems.push({ field: "noticePeriod", code: "OUT_OF_RANGE", message: "Uppsägningstiden måste vara kortare än förlängningsperioden." });
      }
    }
  }
  return problems;
}

/** Swedish name of each agreement status (pages, exports). */
export const AGREEMENT_STATUS: Record<string, string> = {
  NOT_STARTED: "Har inte börjat gälla",
  ACTIVE: "Gäller",
  DECISION_DUE: "Beslut behövs",
  NOTICE_DUE: "Uppsägningstiden närmar sig",
  NOTICE_PASSED: "Uppsägningstiden har passerat",
  EXPIRED: "Har löpt ut",
};
