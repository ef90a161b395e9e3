import type { LocalDate } from "../common/dates";
import { compareNames } from "../common/names";

/**
 * Agreements' deadlines as a list people act on: pure (no ORM or GraphQL imports), shared by the
 * pages that list deadlines.
 */

/** Statuses whose deadlines still call for something: a passed one is overdue, not done. */
const RUNNING = new Set(["ACTIVE", "DECISION_DUE", "NOTICE_DUE", "NOT_STARTED"]);

export interface DeadlineRow {
  date: LocalDate;
  what: string;
  agreement: string;
  overdue: boolean;
}

/**
 * An agreement's deadlines on `asOf` in date order, passed ones first: a decision or notice deadline
 * that has passed while the agreement still runs is overdue (förfallen), not dropped.
 */
export function agreementDeadlines(
  agreements: { name: string; schedule: { status: string; decisionDeadline: LocalDate; noticeDeadline: LocalDate; currentTermEnd: LocalDate } | null }[],
  asOf: LocalDate,
): DeadlineRow[] {
  const rows: DeadlineRow[] = [];
  for (const a of agreements) {
    const s = a.schedule;
    if (!s || s.status === "EXPIRED") continue;
    const running = RUNNING.has(s.status);
    for (const [date, what] of [
      [s.decisionDeadline, "Beslutsdatum"],
      [s.noticeDeadline, "Sista dag för uppsägning"],
      [s.currentTermEnd, "Avtalsperioden slutar"],
    ] as const) {
      if (date >= asOf) rows.push({ date, what, agreement: a.name, overdue: false });
      else if (running && what !== "Avtalsperioden slutar" && !(what === "Beslutsdatum" && s.status === "NOTICE_PASSED")) rows.push({ date, what, agreement: a.name, overdue: true });
    }
  }
  return rows.sort((x, y) => Number(y.overdue) - Number(x.overdue) || (x.date < y.date ? -1 : x.date > y.date ? 1 : compareNames(x.agreement, y.agreement)));
}
