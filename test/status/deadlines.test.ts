import { describe, expect, it } from "vitest";
import { AgreementStatus } from "../../server/src/agreements/deadlines";
import { DeadlineKind, upcomingDeadlines } from "../../server/src/status/deadlines";

const agreement = (status: AgreementStatus, decisionDeadline: string, noticeDeadline: string, currentTermEnd: string) => ({ status, decisionDeadline, noticeDeadline, currentTermEnd });

describe("upcomingDeadlines", () => {
  it("lists deadlines on or after asOf, earliest first, decisions before notices before term ends before role ends on the same day", () => {
    const a = agreement(AgreementStatus.DECISION_DUE, "2025-06-30", "2026-09-30", "2026-12-31");
    const b = agreement(AgreementStatus.ACTIVE, "2026-09-30", "2027-06-30", "2027-12-31");
    const role = { toDate: "2026-09-30" };
    const deadlines = upcomingDeadlines("2026-06-15", [a, b], [role, { toDate: null }]);
    expect(deadlines.map((d) => `${d.date}:${d.kind}`)).toEqual(["2026-09-30:DECISION", "2026-09-30:NOTICE", "2026-09-30:ROLE_END", "2026-12-31:TERM_END", "2027-06-30:NOTICE", "2027-12-31:TERM_END"]);
    expect(deadlines[0]).toMatchObject({ agreement: b, roleAssignment: null, daysLeft: 107 });
    expect(deadlines[2]).toMatchObject({ kind: DeadlineKind.ROLE_END, roleAssignment: role, agreement: null });
  });

  it("counts a deadline falling on asOf, skips ended agreements and, once the end is settled, all but the term end", () => {
    const settled = agreement(AgreementStatus.NOTICE_PASSED, "2025-01-01", "2026-05-01", "2026-08-31");
    const ended = agreement(AgreementStatus.EXPIRED, "2024-01-01", "2025-01-01", "2025-04-30");
    const today = agreement(AgreementStatus.NOTICE_DUE, "2025-06-15", "2026-06-15", "2026-12-31");
    expect(upcomingDeadlines("2026-06-15", [settled, ended, today], []).map((d) => `${d.date}:${d.kind}:${d.daysLeft}`)).toEqual([
      "2026-06-15:NOTICE:0",
      "2026-08-31:TERM_END:77",
      "2026-12-31:TERM_END:199",
    ]);
    expect(upcomingDeadlines("2026-06-15", [], [])).toEqual([]);
  });
});
