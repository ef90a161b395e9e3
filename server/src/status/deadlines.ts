/** Pure: the next deadline of any kind among a shared system's agreements and roles. */
import type { LocalDate } from "../common/dates";
import { AgreementStatus } from "../agreements/deadlines";
import { daysBetween } from "../common/dates";

export enum DeadlineKind {
  DECISION = "DECISION",
  NOTICE = "NOTICE",
  TERM_END = "TERM_END",
  ROLE_END = "ROLE_END",
}

/** Swedish name of each kind of deadline (pages, exports, reminders). */
export const DEADLINE_NAME: Record<DeadlineKind, string> = {
  [DeadlineKind.DECISION]: "Beslutsdatum",
  [DeadlineKind.NOTICE]: "Sista dag för uppsägning",
  [DeadlineKind.TERM_END]: "Avtalsperioden slutar",
  [DeadlineKind.ROLE_END]: "Rollen upphör",
};

export interface DeadlineCandidate<A, R> {
  date: LocalDate;
  kind: DeadlineKind;
  daysLeft: number;
  agreement: A | null;
  roleAssignment: R | null;
}

interface ScheduledAgreement {
  status: AgreementStatus;
  decisionDeadline: LocalDate;
  noticeDeadline: LocalDate;
  currentTermEnd: LocalDate;
}

const KIND_ORDER = [DeadlineKind.DECISION, DeadlineKind.NOTICE, DeadlineKind.TERM_END, DeadlineKind.ROLE_END];

/**
 * Every deadline on or after `asOf`: for each agreement not yet ended, its decision and notice
 * deadlines (unless its end is settled already: NOTICE_PASSED) and its current term end; for each
 * role with a last day, that day. Earliest first; on the same day decision before notice before
 * term end before role end.
 */
export function upcomingDeadlines<A extends ScheduledAgreement, R extends { toDate: LocalDate | null }>(asOf: LocalDate, agreements: readonly A[], roles: readonly R[]): DeadlineCandidate<A, R>[] {
  const deadlines: DeadlineCandidate<A, R>[] = [];
  const add = (date: LocalDate | null, kind: DeadlineKind, agreement: A | null, roleAssignment: R | null) => {
    if (date !== null && date >= asOf) deadlines.push({ date, kind, daysLeft: daysBetween(asOf, date), agreement, roleAssignment });
  };
  for (const s of agreements) {
    if (s.status === AgreementStatus.EXPIRED) continue;
    if (s.status !== AgreementStatus.NOTICE_PASSED) {
      add(s.decisionDeadline, DeadlineKind.DECISION, s, null);
      add(s.noticeDeadline, DeadlineKind.NOTICE, s, null);
    }
    add(s.currentTermEnd, DeadlineKind.TERM_END, s, null);
  }
  for (const r of roles) add(r.toDate, DeadlineKind.ROLE_END, null, r);
  return deadlines.sort((x, y) => (x.date === y.date ? KIND_ORDER.indexOf(x.kind) - KIND_ORDER.indexOf(y.kind) : x.date < y.date ? -1 : 1));
}

/**
 * Decision deadlines that have passed while the decision can still be made: the agreement still
 * runs and its notice deadline lies on or after `asOf`. Such a deadline is overdue (passerat), not
 * done: lists show it first and marked, rather than dropping it. Earliest first; `daysLeft` < 0.
 */
export function overdueDecisionDeadlines<A extends ScheduledAgreement>(asOf: LocalDate, agreements: readonly A[]): DeadlineCandidate<A, never>[] {
  return agreements
    .filter((s) => s.status !== AgreementStatus.EXPIRED && s.status !== AgreementStatus.NOTICE_PASSED && s.decisionDeadline < asOf && s.noticeDeadline >= asOf)
    .map((s) => ({ date: s.decisionDeadline, kind: DeadlineKind.DECISION, daysLeft: daysBetween(asOf, s.decisionDeadline), agreement: s, roleAssignment: null }))
    .sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}
