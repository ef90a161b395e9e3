import { describe, expect, it } from "vitest";
import { addDays, addMonths, daysBetween } from "../../server/src/common/dates";
import { agreementSchedule, AgreementStatus, noticeDeadline, PeriodUnit, procurementLeadTime, RenewalKind, termEnd, termProblems, type AgreementTerms } from "../../server/src/agreements/deadlines";

const policy = { procurementLeadTimeMonths: 12, noticeDueDays: 90, decisionWarningMonths: 0 };
const months = (amount: number) => ({ amount, unit: PeriodUnit.MONTHS });
const days = (amount: number) => ({ amount, unit: PeriodUnit.DAYS });

function terms(overrides: Partial<AgreementTerms>): AgreementTerms {
  return {
    startDate: "2022-01-01",
    endDate: "2025-12-31",
    noticePeriod: null,
    renewalKind: RenewalKind.NONE,
    renewalTermMonths: null,
    maxExtensions: null,
    expressExtensions: 0,
    noticeGivenOn: null,
    terminatedOn: null,
    ...overrides,
  };
}

describe("calendar arithmetic", () => {
  it("clamps month ends and keeps the last day of a month the last day", () => {
    expect(addMonths("2025-01-31", 1)).toBe("2025-02-28");
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2025-01-30", 1)).toBe("2025-02-28");
    expect(addMonths("2025-01-30", 2)).toBe("2025-03-30");
    expect(addMonths("2023-04-30", 1)).toBe("2023-05-31");
    expect(addMonths("2025-02-28", 1)).toBe("2025-03-31");
    expect(addMonths("2025-03-15", 1)).toBe("2025-04-15");
  });

  it("respects leap years", () => {
    expect(addMonths("2024-02-29", 12)).toBe("2025-02-28");
    expect(addMonths("2024-02-29", 48)).toBe("2028-02-29");
    expect(addMonths("2027-02-28", 12)).toBe("2028-02-29");
    expect(addMonths("2024-02-28", 12)).toBe("2025-02-28");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2024-02-28", 2)).toBe("2024-03-01");
    expect(addDays("2025-02-28", 1)).toBe("2025-03-01");
    expect(daysBetween("2024-01-01", "2025-01-01")).toBe(366);
    expect(daysBetween("2025-01-01", "2026-01-01")).toBe(365);
  });

  it("subtracts months and days across year ends", () => {
    expect(addMonths("2026-12-31", -3)).toBe("2026-09-30");
    expect(addMonths("2026-03-30", -1)).toBe("2026-02-28");
    expect(addMonths("2026-01-15", -1)).toBe("2025-12-15");
    // Counting back keeps the day number (the Swedish rule): not the month's last day.
    expect(addMonths("2026-06-30", -18)).toBe("2024-12-30");
    expect(addMonths("2025-11-15", 3)).toBe("2026-02-15");
    expect(addDays("2026-01-01", -1)).toBe("2025-12-31");
    expect(daysBetween("2026-06-15", "2026-06-14")).toBe(-1);
  });
});

describe("notice deadline", () => {
  it("is the term end minus the notice period", () => {
    expect(noticeDeadline("2026-12-31", months(3))).toBe("2026-09-30");
    expect(noticeDeadline("2026-12-31", months(12))).toBe("2025-12-31");
    expect(noticeDeadline("2026-12-31", days(60))).toBe("2026-11-01");
    expect(noticeDeadline("2024-03-31", days(60))).toBe("2024-01-31");
    expect(noticeDeadline("2024-08-31", months(6))).toBe("2024-02-29");
    expect(noticeDeadline("2026-12-31", null)).toBe("2026-12-31");
    expect(noticeDeadline("2026-12-31", months(0))).toBe("2026-12-31");
  });
});

describe("term ends", () => {
  it("counts renewal terms from the initial end date, so clamps never drift", () => {
    const t = terms({ endDate: "2025-01-30", renewalKind: RenewalKind.TACIT, renewalTermMonths: 1, maxExtensions: 3 });
    expect([0, 1, 2, 3].map((k) => termEnd(t, k))).toEqual(["2025-01-30", "2025-02-28", "2025-03-30", "2025-04-30"]);
    const monthEnd = terms({ endDate: "2023-02-28", renewalKind: RenewalKind.TACIT, renewalTermMonths: 12, maxExtensions: 5 });
    expect([1, 2, 5].map((k) => termEnd(monthEnd, k))).toEqual(["2024-02-29", "2025-02-28", "2028-02-29"]);
  });
});

describe("a fixed-term agreement (no renewal)", () => {
  // A support agreement 2023-07-01 – 2026-06-30 with 90 days' notice: notice deadline 2026-04-01,
  // decision deadline 2025-04-01 (12 months before), NOTICE_DUE from 2026-01-01 (90 days before).
  const t = terms({ startDate: "2023-07-01", endDate: "2026-06-30", noticePeriod: days(90) });
  const at = (asOf: string) => agreementSchedule(t, asOf, policy);

  it("moves through the statuses at the documented thresholds", () => {
    expect(at("2025-03-31").status).toBe(AgreementStatus.ACTIVE);
    expect(at("2025-04-01").status).toBe(AgreementStatus.DECISION_DUE);
    expect(at("2025-12-31").status).toBe(AgreementStatus.DECISION_DUE);
    expect(at("2026-01-01").status).toBe(AgreementStatus.NOTICE_DUE);
    expect(at("2026-04-01").status).toBe(AgreementStatus.NOTICE_DUE);
    expect(at("2026-04-02").status).toBe(AgreementStatus.NOTICE_PASSED);
    expect(at("2026-06-30")).toMatchObject({ status: AgreementStatus.NOTICE_PASSED, daysLeft: 0 });
    expect(at("2026-07-01")).toMatchObject({ status: AgreementStatus.EXPIRED, daysLeft: -1 });
  });

  it("reports its dates", () => {
    expect(at("2026-06-15")).toMatchObject({
      currentTermStart: "2023-07-01",
      currentTermEnd: "2026-06-30",
      noticeDeadline: "2026-04-01",
      decisionDeadline: "2025-04-01",
      daysLeft: 15,
      extensionsUsed: 0,
      extensionsRemaining: 0,
      latestPossibleEnd: "2026-06-30",
      renewsAutomatically: false,
    });
  });

  it("without a notice period uses the end date as notice deadline", () => {
    const s = agreementSchedule(terms({ startDate: "2020-01-01", endDate: "2026-12-31" }), "2026-06-15", policy);
    expect(s).toMatchObject({ noticeDeadline: "2026-12-31", decisionDeadline: "2025-12-31", status: AgreementStatus.DECISION_DUE });
  });
});

describe("tacit renewal", () => {
  // 2022-01-01 – 2025-12-31, renews by itself for 12 months at a time, at most 3 times; 6 months' notice.
  const t = terms({ noticePeriod: months(6), renewalKind: RenewalKind.TACIT, renewalTermMonths: 12, maxExtensions: 3 });
  const at = (asOf: string, extra: Partial<AgreementTerms> = {}) => agreementSchedule({ ...t, ...extra }, asOf, policy);

  it("is in its initial term up to and including the notice deadline", () => {
    expect(at("2025-06-30")).toMatchObject({
      currentTermEnd: "2025-12-31",
      noticeDeadline: "2025-06-30",
      status: AgreementStatus.NOTICE_DUE,
      extensionsUsed: 0,
      renewsAutomatically: true,
      latestPossibleEnd: "2028-12-31",
    });
  });

  it("rolls over the day after the notice deadline passes without notice", () => {
    expect(at("2025-07-01")).toMatchObject({
      currentTermStart: "2026-01-01",
      currentTermEnd: "2026-12-31",
      noticeDeadline: "2026-06-30",
      decisionDeadline: "2025-06-30",
      status: AgreementStatus.DECISION_DUE,
      extensionsUsed: 1,
      extensionsRemaining: 2,
    });
    expect(at("2026-06-15")).toMatchObject({ currentTermEnd: "2026-12-31", status: AgreementStatus.NOTICE_DUE, daysLeft: 199 });
  });

  it("rolls over several terms at once for a late asOf", () => {
    expect(at("2027-08-01")).toMatchObject({ currentTermStart: "2028-01-01", currentTermEnd: "2028-12-31", extensionsUsed: 3, extensionsRemaining: 0 });
  });

  it("ends when the extensions are exhausted", () => {
    expect(at("2028-06-30")).toMatchObject({ status: AgreementStatus.NOTICE_DUE, renewsAutomatically: false, latestPossibleEnd: "2028-12-31" });
    expect(at("2028-07-01")).toMatchObject({ status: AgreementStatus.NOTICE_PASSED, currentTermEnd: "2028-12-31", extensionsUsed: 3 });
    expect(at("2029-01-01")).toMatchObject({ status: AgreementStatus.EXPIRED, currentTermEnd: "2028-12-31", extensionsUsed: 3 });
    expect(at("2035-01-01").extensionsUsed).toBe(3);
  });

  it("ends at the current term end once notice is given in time", () => {
    const given = { noticeGivenOn: "2026-03-01" };
    expect(at("2026-06-15", given)).toMatchObject({
      currentTermEnd: "2026-12-31",
      status: AgreementStatus.NOTICE_PASSED,
      renewsAutomatically: false,
      latestPossibleEnd: "2026-12-31",
      extensionsUsed: 1,
    });
    expect(at("2027-01-01", given)).toMatchObject({ status: AgreementStatus.EXPIRED, currentTermEnd: "2026-12-31" });
    // Before the notice was given, the agreement looked as it did then.
    expect(at("2026-02-01", given)).toMatchObject({ status: AgreementStatus.DECISION_DUE, renewsAutomatically: true });
  });

  it("lets notice given on the deadline day count, and late notice end the following term", () => {
    expect(at("2026-08-01", { noticeGivenOn: "2026-06-30" })).toMatchObject({ currentTermEnd: "2026-12-31", status: AgreementStatus.NOTICE_PASSED });
    expect(at("2026-08-01", { noticeGivenOn: "2026-07-15" })).toMatchObject({ currentTermEnd: "2027-12-31", extensionsUsed: 2, status: AgreementStatus.NOTICE_PASSED });
  });

  it("renews across a leap day on month ends", () => {
    const feb = terms({ startDate: "2019-03-01", endDate: "2023-02-28", noticePeriod: months(6), renewalKind: RenewalKind.TACIT, renewalTermMonths: 12, maxExtensions: 2 });
    expect(agreementSchedule(feb, "2023-06-01", policy)).toMatchObject({ currentTermStart: "2023-03-01", currentTermEnd: "2024-02-29", noticeDeadline: "2023-08-29", extensionsUsed: 1 });
    expect(agreementSchedule(feb, "2023-09-01", policy)).toMatchObject({ currentTermStart: "2024-03-01", currentTermEnd: "2025-02-28", noticeDeadline: "2024-08-28", extensionsUsed: 2 });
    expect(agreementSchedule(feb, "2024-09-01", policy).status).toBe(AgreementStatus.NOTICE_PASSED);
    expect(agreementSchedule(feb, "2025-03-01", policy).status).toBe(AgreementStatus.EXPIRED);
  });

  it("stops renewing when terminated", () => {
    const terminated = { terminatedOn: "2026-03-31" };
    expect(at("2026-03-31", terminated)).toMatchObject({ status: AgreementStatus.NOTICE_PASSED, currentTermEnd: "2026-03-31", daysLeft: 0, renewsAutomatically: false });
    expect(at("2027-08-01", terminated)).toMatchObject({ status: AgreementStatus.EXPIRED, currentTermEnd: "2026-03-31", extensionsUsed: 1 });
    expect(at("2026-03-30", terminated).status).toBe(AgreementStatus.DECISION_DUE);
  });
});

describe("express renewal", () => {
  // 2021-01-01 – 2024-12-31 with two 12-month options that must be called 3 months before the end.
  const t = terms({ startDate: "2021-01-01", endDate: "2024-12-31", noticePeriod: months(3), renewalKind: RenewalKind.EXPRESS, renewalTermMonths: 12, maxExtensions: 2 });
  const at = (asOf: string, extra: Partial<AgreementTerms> = {}) => agreementSchedule({ ...t, ...extra }, asOf, { procurementLeadTimeMonths: 18, noticeDueDays: 90, decisionWarningMonths: 0 });

  it("does not renew by itself", () => {
    expect(at("2024-10-01")).toMatchObject({ status: AgreementStatus.NOTICE_PASSED, currentTermEnd: "2024-12-31", renewsAutomatically: false, latestPossibleEnd: "2026-12-31" });
    expect(at("2025-01-01").status).toBe(AgreementStatus.EXPIRED);
  });

  it("counts the recorded extensions", () => {
    expect(at("2026-06-15", { expressExtensions: 2 })).toMatchObject({
      currentTermStart: "2026-01-01",
      currentTermEnd: "2026-12-31",
      noticeDeadline: "2026-09-30",
      decisionDeadline: "2025-03-30",
      status: AgreementStatus.DECISION_DUE,
      extensionsUsed: 2,
      extensionsRemaining: 0,
    });
    expect(at("2026-06-15", { expressExtensions: 5 }).extensionsUsed).toBe(2);
  });
});

describe("counting months back the safe way (the Swedish convention)", () => {
  it("keeps the day number, or takes the shorter month's last day", () => {
    expect(addMonths("2026-06-30", -3)).toBe("2026-03-30");
    expect(addMonths("2027-02-28", -3)).toBe("2026-11-28");
    expect(addMonths("2026-05-31", -3)).toBe("2026-02-28");
    expect(addMonths("2024-05-31", -3)).toBe("2024-02-29");
    expect(addMonths("2024-02-29", -12)).toBe("2023-02-28");
    expect(addMonths("2026-12-31", -1)).toBe("2026-11-30");
  });

  it("gives notice and decision deadlines on the same day number", () => {
    expect(noticeDeadline("2026-06-30", months(3))).toBe("2026-03-30");
    expect(noticeDeadline("2027-02-28", months(3))).toBe("2026-11-28");
    const t = terms({ startDate: "2024-01-01", endDate: "2026-06-30", noticePeriod: months(3) });
    expect(agreementSchedule(t, "2025-01-01", policy)).toMatchObject({ noticeDeadline: "2026-03-30", decisionDeadline: "2025-03-30" });
  });

  it("still counts forward from a month's end to a month's end (term ends)", () => {
    expect(addMonths("2024-02-29", 12)).toBe("2025-02-28");
    expect(addMonths("2026-04-30", 1)).toBe("2026-05-31");
  });
});

describe("statuses that warn in time", () => {
  const t = terms({ startDate: "2027-01-01", endDate: "2029-12-31", noticePeriod: months(6) });
  // Notice deadline 2029-06-30, decision deadline 2028-06-30 (12 months), warning 6 months before it.
  const at = (asOf: string, decisionWarningMonths = 6) => agreementSchedule(t, asOf, { ...policy, decisionWarningMonths });

  it("is NOT_STARTED before the start date, and not in force", () => {
    expect(at("2026-06-15").status).toBe(AgreementStatus.NOT_STARTED);
    expect(at("2026-12-31").status).toBe(AgreementStatus.NOT_STARTED);
    expect(at("2027-01-01").status).toBe(AgreementStatus.ACTIVE);
  });

  it("turns DECISION_DUE when the decision deadline falls within the warning horizon", () => {
    expect(at("2027-12-29").status).toBe(AgreementStatus.ACTIVE);
    expect(at("2027-12-30").status).toBe(AgreementStatus.DECISION_DUE);
    expect(at("2028-06-30").status).toBe(AgreementStatus.DECISION_DUE);
    expect(at("2027-12-30", 0).status).toBe(AgreementStatus.ACTIVE);
    expect(at("2028-06-30", 0).status).toBe(AgreementStatus.DECISION_DUE);
  });
});

describe("procurement lead time", () => {
  const settings = { leadTimeMonths: 12, leadTimeMonthsHighLevel: 18, highLevelFrom: 3 };
  it("is 18 months from level 3, 12 below, and an agreement's own override wins", () => {
    expect(procurementLeadTime(null, 3, settings)).toBe(18);
    expect(procurementLeadTime(null, 5, settings)).toBe(18);
    expect(procurementLeadTime(null, 2, settings)).toBe(12);
    expect(procurementLeadTime(null, null, settings)).toBe(12);
    expect(procurementLeadTime(6, 4, settings)).toBe(6);
  });
});

describe("termProblems", () => {
  const base = { startDate: "2025-01-01", endDate: "2025-06-30", noticePeriod: null, renewalKind: RenewalKind.NONE, renewalTermMonths: null, maxExtensions: null };
  const codes = (overrides: Partial<typeof base> | Record<string, unknown>) => termProblems({ ...base, ...overrides } as typeof base).map((p) => `${p.field}:${p.code}`);

  it("accepts sound terms", () => {
    expect(codes({})).toEqual([]);
    expect(codes({ noticePeriod: months(5) })).toEqual([]);
    expect(codes({ renewalKind: RenewalKind.TACIT, renewalTermMonths: 12, maxExtensions: 2, noticePeriod: months(3) })).toEqual([]);
  });

  it("wants the end after the start", () => {
    expect(codes({ endDate: "2025-01-01" })).toEqual(["endDate:DATE_ORDER"]);
    expect(codes({ endDate: "2024-12-31" })).toEqual(["endDate:DATE_ORDER"]);
  });

  it("wants the notice period shorter than the initial term and the renewal term", () => {
    expect(codes({ noticePeriod: months(6) })).toEqual(["noticePeriod:OUT_OF_RANGE"]);
    expect(codes({ noticePeriod: days(400) })).toEqual(["noticePeriod:OUT_OF_RANGE"]);
    expect(codes({ endDate: "2027-12-31", noticePeriod: months(3), renewalKind: RenewalKind.TACIT, renewalTermMonths: 3, maxExtensions: 4 })).toEqual(["noticePeriod:OUT_OF_RANGE"]);
    expect(codes({ noticePeriod: months(-1) })).toEqual(["noticePeriod:OUT_OF_RANGE"]);
  });

  it("wants renewal term and maximum extensions exactly when the agreement renews", () => {
    expect(codes({ renewalKind: RenewalKind.TACIT })).toEqual(["renewalTermMonths:REQUIRED", "maxExtensions:REQUIRED"]);
    expect(codes({ renewalTermMonths: 12 })).toEqual(["renewalTermMonths:INVALID"]);
    expect(codes({ renewalKind: RenewalKind.EXPRESS, renewalTermMonths: 0, maxExtensions: 99 })).toEqual(["renewalTermMonths:OUT_OF_RANGE", "maxExtensions:OUT_OF_RANGE"]);
  });
});
