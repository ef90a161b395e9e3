import type { LocalDate } from "../common/dates";
import { compareNames } from "../common/names";

/**
 * Agreements' deadlines as a list people act on: pure (no ORM or GraphQL imports), shared by the
 * pages that list deadlines.
 */

export interface DeadlineRow {
  date: LocalDate;
  what: string;
  agreement: string;
  overdue: boolean;
}

/**
 * Agreements' deadlines on `asOf` in date order (as status/deadlines.ts upcomingDeadlines), passed
 * ones first: a decision deadline that has passed while the notice deadline still lies ahead is
 * overdue (passerat), not dropped.
 */
export function agreementDeadlines(
  agreements: { name: string; schedule: { status: string; decisionDeadline: LocalDate; noticeDeadline: LocalDate; currentTermEnd: LocalDate } | null }[],
  asOf: LocalDate,
): DeadlineRow[] {
  const rows: DeadlineRow[] = [];
  for (const a of agreements) {
    const s = a.schedule;
    if (!s || s.status === "EXPIRED") continue;
    const settled = s.status === "NOTICE_PASSED";
    if (!settled && s.decisionDeadline >= asOf) rows.push({ date: s.decisionDeadline, what: "Beslutsdatum", agreement: a.name, overdue: false });
    // A passed decision deadline can still be acted on until the notice deadline: overdue, not dropped (as status/deadlines.ts overdueDecisionDeadlines).
    else if (!settled && s.noticeDeadline >= asOf) rows.push({ date: s.decisionDeadline, what: "Beslutsdatum", agreement: a.name, overdue: true });
    if (!settled && s.noticeDeadline >= asOf) rows.push({ date: s.noticeDeadline, what: "Sista dag för uppsägning", agreement: a.name, overdue: false });
    if (s.currentTermEnd >= asOf) rows.push({ date: s.currentTermEnd, what: "Avtalsperioden slutar", agreement: a.name, overdue: false });
  }
  return rows.sort((x, y) => Number(y.overdue) - Number(x.overdue) || (x.date < y.date ? -1 : x.date > y.date ? 1 : compareNames(x.agreement, y.agreement)));
}
