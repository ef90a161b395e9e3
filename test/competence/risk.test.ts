import { describe, expect, it } from "vitest";
import { addMonths } from "../../server/src/common/dates";
import { compareNames, nameKey, usageLabel, usageLabelKey } from "../../server/src/common/names";
import { hasLeft, isYearMonth, leavesWithin } from "../../server/src/competence/leave";
import {
  assessCompetenceRisk,
  RiskLevel,
  RiskReasonCode,
  RiskSubjectKind,
  riskLevel,
  specialistReasons,
  trainedReason,
  trainingPlanReason,
  type RiskAssessment,
  type RiskInput,
} from "../../server/src/competence/risk";

const ASOF = "2026-06-15";

describe("planned leave and months", () => {
  it("adds months, clamping the day to the month's length", () => {
    expect(addMonths("2026-06-15", 12)).toBe("2027-06-15");
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2024-01-31", 1)).toBe("2024-02-29");
    expect(addMonths("2026-06-15", -24)).toBe("2024-06-15");
    expect(addMonths("2026-03-31", -1)).toBe("2026-02-28");
    expect(addMonths("2026-12-01", 1)).toBe("2027-01-01");
  });

  it("accepts year-months only as YYYY-MM with a real month", () => {
    expect(isYearMonth("2027-03")).toBe(true);
    expect(["2027-13", "2027-00", "2027-3", "2027-03-01", 202703, null].map(isYearMonth)).toEqual([false, false, false, false, false, false]);
  });

  it("treats a person as gone from the first day of the leave month", () => {
    expect(hasLeft("2026-06", "2026-05-31")).toBe(false);
    expect(hasLeft("2026-06", "2026-06-01")).toBe(true);
    expect(hasLeft(null, ASOF)).toBe(false);
  });

  it("counts a leave within the horizon when its first day is on or before asOf + horizon", () => {
    expect(leavesWithin("2027-06", ASOF, 12)).toBe(true); // 2027-06-01 <= 2027-06-15
    expect(leavesWithin("2027-07", ASOF, 12)).toBe(false);
    expect(leavesWithin("2026-07", ASOF, 0)).toBe(false);
    expect(leavesWithin("2026-06", ASOF, 12)).toBe(false); // already gone, not "leaving"
    expect(leavesWithin(null, ASOF, 12)).toBe(false);
    expect(leavesWithin("2026-09", ASOF, 3)).toBe(true);
    expect(leavesWithin("2026-10", ASOF, 3)).toBe(false);
  });
});

describe("the reasons' points", () => {
  const points = (count: number, leaving: number) => specialistReasons(count, leaving, 12, "inom samverkan").map((r) => [r.code, r.contribution]);

  it("scores too few specialists and specialists leaving, together at most 35", () => {
    expect(points(0, 0)).toEqual([[RiskReasonCode.TOO_FEW_SPECIALISTS, 35]]);
    expect(points(1, 0)).toEqual([[RiskReasonCode.TOO_FEW_SPECIALISTS, 20]]);
    expect(points(2, 0)).toEqual([]);
    expect(points(1, 1)).toEqual([
      [RiskReasonCode.TOO_FEW_SPECIALISTS, 20],
      [RiskReasonCode.SPECIALISTS_LEAVING, 15],
    ]);
    expect(points(2, 2)).toEqual([[RiskReasonCode.SPECIALISTS_LEAVING, 35]]);
    expect(points(2, 1)).toEqual([[RiskReasonCode.SPECIALISTS_LEAVING, 20]]);
    expect(points(3, 1)).toEqual([[RiskReasonCode.SPECIALISTS_LEAVING, 5]]);
    for (const [count, leaving] of [
      [0, 0],
      [1, 1],
      [2, 2],
      [5, 5],
    ]) {
      expect(specialistReasons(count, leaving, 12, "").reduce((sum, r) => sum + r.contribution, 0)).toBeLessThanOrEqual(35);
    }
    expect(specialistReasons(2, 1, 12, "inom samverkan")[0].explanation).toBe("1 av 2 specialister inom samverkan planerar att sluta inom 12 månader; 1 återstår därefter.");
  });

  it("scores a missing plan and one not reviewed in the last 12 months", () => {
    const plan = (reviewedOn: string) => ({ id: 1, applicationUsageId: 1, collaborationId: null, reviewedOn });
    expect(trainingPlanReason(null, ASOF)?.contribution).toBe(25);
    expect(trainingPlanReason(plan("2025-06-15"), ASOF)).toBeNull();
    expect(trainingPlanReason(plan("2025-06-14"), ASOF)).toMatchObject({ code: RiskReasonCode.TRAINING_PLAN_NOT_REVIEWED, contribution: 15 });
  });

  it("scores the share of users trained against a 50 % target", () => {
    expect(trainedReason(0, null)).toEqual({ share: null, reason: null });
    expect(trainedReason(5, 0)).toEqual({ share: null, reason: null });
    expect(trainedReason(0, 100).reason?.contribution).toBe(25);
    expect(trainedReason(25, 100).reason?.contribution).toBe(13);
    expect(trainedReason(40, 100).reason?.contribution).toBe(5);
    expect(trainedReason(50, 100)).toEqual({ share: 0.5, reason: null });
    expect(trainedReason(250, 100)).toEqual({ share: 1, reason: null });
    expect(trainedReason(9, 75).reason?.explanation).toBe("12 % av användarna (9 av 75) har utbildats de senaste 24 månaderna; målet är minst 50 %.");
  });

  it("maps scores to levels at 30 and 60", () => {
    expect([0, 29, 30, 59, 60, 100].map(riskLevel)).toEqual([RiskLevel.LOW, RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.MEDIUM, RiskLevel.HIGH, RiskLevel.HIGH]);
  });
});

/**
 * Three municipalities (1, 2, 3). Application 10 is shared by 1 and 2 in collaboration 100;
 * municipality 3 uses it alone. Application 20 is used by municipality 1 alone.
 */
function fixture(): RiskInput {
  return {
    asOf: ASOF,
    horizonMonths: 12,
    municipalities: [
      { id: 1, name: "Ett" },
      { id: 2, name: "Två" },
      { id: 3, name: "Tre" },
    ],
    applications: [
      { id: 10, name: "Delat", category: "FINANCE", scope: "COMMON" },
      { id: 20, name: "Eget", category: "CARE", scope: "BUSINESS_SPECIFIC" },
    ],
    usages: [
      { id: 1, municipalityId: 1, applicationId: 10, userCount: 100 },
      { id: 2, municipalityId: 2, applicationId: 10, userCount: 50 },
      { id: 3, municipalityId: 3, applicationId: 10, userCount: 10 },
      { id: 4, municipalityId: 1, applicationId: 20, userCount: 40 },
    ],
    collaborations: [{ id: 100, name: "Samverkan Delat", applicationId: 10 }],
    participations: [
      { collaborationId: 100, municipalityId: 1, joinedOn: "2010-01-01", leftOn: null },
      { collaborationId: 100, municipalityId: 2, joinedOn: "2010-01-01", leftOn: null },
    ],
    people: [
      { id: 1, municipalityId: 1, plannedLeaveMonth: null },
      { id: 2, municipalityId: 2, plannedLeaveMonth: "2026-11" },
      { id: 3, municipalityId: 3, plannedLeaveMonth: null },
      { id: 4, municipalityId: 2, plannedLeaveMonth: "2026-01" },
      { id: 5, municipalityId: 1, plannedLeaveMonth: null },
    ],
    specialists: [
      { personId: 1, applicationId: 10, since: "2015-01-01" },
      { personId: 2, applicationId: 10, since: null },
      { personId: 4, applicationId: 10, since: "2015-01-01" }, // left in January
      { personId: 5, applicationId: 10, since: "2026-07-01" }, // not yet
      { personId: 2, applicationId: 20, since: null }, // another municipality's: does not count for usage 4
    ],
    plans: [
      { id: 1, applicationUsageId: null, collaborationId: 100, reviewedOn: "2025-01-10" },
      { id: 2, applicationUsageId: 2, collaborationId: null, reviewedOn: "2026-01-10" },
    ],
    trainings: [
      { planId: 1, heldOn: "2024-06-15", municipalityId: 1, participantCount: 500 }, // exactly 24 months back: outside
      { planId: 1, heldOn: "2024-06-16", municipalityId: 1, participantCount: 20 },
      { planId: 1, heldOn: "2026-06-16", municipalityId: 1, participantCount: 500 }, // after asOf: planned
      { planId: 1, heldOn: "2026-03-01", municipalityId: 2, participantCount: 10 },
      { planId: 2, heldOn: "2026-04-01", municipalityId: 2, participantCount: 15 },
    ],
    networks: [
      { id: 1, category: "FINANCE", collaborationIds: [] },
      { id: 2, category: null, collaborationIds: [100] },
    ],
    networkMembers: [
      { networkId: 1, personId: 1, joinedOn: "2020-01-01", leftOn: null },
      { networkId: 1, personId: 4, joinedOn: "2020-01-01", leftOn: null }, // left the organisation
      { networkId: 2, personId: 1, joinedOn: "2020-01-01", leftOn: null },
      { networkId: 2, personId: 2, joinedOn: "2020-01-01", leftOn: "2026-01-31" },
    ],
  };
}

const find = (list: RiskAssessment[], kind: RiskSubjectKind, id: number) =>
  list.find((a) => a.kind === kind && (kind === RiskSubjectKind.APPLICATION_USAGE ? a.applicationUsageId : a.collaborationId) === id)!;
const codes = (a: RiskAssessment) => Object.fromEntries(a.reasons.map((r) => [r.code, r.contribution]));

describe("assessCompetenceRisk with a controlled asOf", () => {
  it("gives one entry per active usage and per current collaboration, contributions summing to the score, highest first", () => {
    const result = assessCompetenceRisk(fixture());
    expect(result).toHaveLength(5);
    for (const a of result) {
      expect(a.score).toBe(a.reasons.reduce((sum, r) => sum + r.contribution, 0));
      expect(a.level).toBe(riskLevel(a.score));
    }
    expect(result.map((a) => a.score)).toEqual([...result.map((a) => a.score)].sort((x, y) => y - x));
  });

  it("counts specialists over the whole collaboration for a shared system, only present ones, and who is leaving", () => {
    const result = assessCompetenceRisk(fixture());
    const collaboration = find(result, RiskSubjectKind.COLLABORATION, 100);
    // persons 1 and 2 (person 4 has left, person 5 only from July); person 2 leaves in November.
    expect([collaboration.specialistCount, collaboration.specialistsLeaving]).toEqual([2, 1]);
    expect(codes(collaboration)[RiskReasonCode.SPECIALISTS_LEAVING]).toBe(20);
    expect(find(result, RiskSubjectKind.APPLICATION_USAGE, 1)).toMatchObject({ shared: true, collaborationId: 100, specialistCount: 2 });
    // Municipality 3 uses the same application alone: its own people only (none).
    expect(find(result, RiskSubjectKind.APPLICATION_USAGE, 3)).toMatchObject({ shared: false, collaborationId: null, specialistCount: 0 });
    expect(codes(find(result, RiskSubjectKind.APPLICATION_USAGE, 3))[RiskReasonCode.TOO_FEW_SPECIALISTS]).toBe(35);
    // A non-shared usage does not count another municipality's specialist, and has no network reason.
    const own = find(result, RiskSubjectKind.APPLICATION_USAGE, 4);
    expect(own.specialistCount).toBe(0);
    expect(codes(own)[RiskReasonCode.NO_COMPETENCE_NETWORK]).toBeUndefined();
  });

  it("does not count a specialist leaving after the horizon", () => {
    const collaboration = find(assessCompetenceRisk({ ...fixture(), horizonMonths: 3 }), RiskSubjectKind.COLLABORATION, 100);
    expect(collaboration.specialistsLeaving).toBe(0);
    expect(codes(collaboration)[RiskReasonCode.SPECIALISTS_LEAVING]).toBeUndefined();
  });

  it("judges the usage's own plan or its collaboration's, whichever was reviewed last", () => {
    const result = assessCompetenceRisk(fixture());
    expect(codes(find(result, RiskSubjectKind.COLLABORATION, 100))[RiskReasonCode.TRAINING_PLAN_NOT_REVIEWED]).toBe(15);
    expect(find(result, RiskSubjectKind.APPLICATION_USAGE, 1)).toMatchObject({ trainingPlanId: 1, trainingPlanReviewedOn: "2025-01-10" });
    expect(find(result, RiskSubjectKind.APPLICATION_USAGE, 2)).toMatchObject({ trainingPlanId: 2 });
    expect(codes(find(result, RiskSubjectKind.APPLICATION_USAGE, 2))[RiskReasonCode.TRAINING_PLAN_NOT_REVIEWED]).toBeUndefined();
    expect(codes(find(result, RiskSubjectKind.APPLICATION_USAGE, 3))[RiskReasonCode.NO_TRAINING_PLAN]).toBe(25);
  });

  it("counts attendances in the 24 months up to asOf, from the usage's and its collaboration's plans", () => {
    const result = assessCompetenceRisk(fixture());
    expect(find(result, RiskSubjectKind.APPLICATION_USAGE, 1)).toMatchObject({ trainedCount: 20, userCount: 100, trainedShare: 0.2 });
    expect(find(result, RiskSubjectKind.APPLICATION_USAGE, 2)).toMatchObject({ trainedCount: 25, trainedShare: 0.5 });
    expect(codes(find(result, RiskSubjectKind.APPLICATION_USAGE, 2))[RiskReasonCode.FEW_USERS_TRAINED]).toBeUndefined();
    expect(find(result, RiskSubjectKind.COLLABORATION, 100)).toMatchObject({ trainedCount: 45, userCount: 150, trainedShare: 0.3 });
    expect(codes(find(result, RiskSubjectKind.COLLABORATION, 100))[RiskReasonCode.FEW_USERS_TRAINED]).toBe(10);
  });

  it("needs a network for the area with current members from two municipalities", () => {
    const collaboration = find(assessCompetenceRisk(fixture()), RiskSubjectKind.COLLABORATION, 100);
    // Network 1 (same category) lost person 4 with her leave; network 2 (linked) lost person 2's membership.
    expect(collaboration.networkIds).toEqual([]);
    expect(codes(collaboration)[RiskReasonCode.NO_COMPETENCE_NETWORK]).toBe(15);
    const input = fixture();
    input.networkMembers.push({ networkId: 2, personId: 2, joinedOn: "2026-02-01", leftOn: null });
    const withNetwork = find(assessCompetenceRisk(input), RiskSubjectKind.COLLABORATION, 100);
    expect(withNetwork.networkIds).toEqual([2]);
    expect(codes(withNetwork)[RiskReasonCode.NO_COMPETENCE_NETWORK]).toBeUndefined();
  });

  it("judges on asOf: a municipality that left the collaboration counts alone, and earlier dates see earlier data", () => {
    const input = fixture();
    input.participations[1] = { ...input.participations[1], leftOn: "2026-05-31" };
    const result = assessCompetenceRisk(input);
    expect(find(result, RiskSubjectKind.APPLICATION_USAGE, 2)).toMatchObject({ shared: false, specialistCount: 1 });
    expect(find(result, RiskSubjectKind.COLLABORATION, 100).municipalityIds).toEqual([1]);

    const earlier = assessCompetenceRisk({ ...fixture(), asOf: "2025-06-15" });
    // Person 4 was still there and leaves in January 2026, within 12 months; person 2's leave (November 2026) lies beyond.
    expect(find(earlier, RiskSubjectKind.COLLABORATION, 100)).toMatchObject({ specialistCount: 3, specialistsLeaving: 1 });
  });
});

describe("the order of equal scores", () => {
  it("is the labels' Swedish order, the usage labels' sort keys made from the two names' keys", () => {
    const names = ["Åmål", "Ale", "Ödeshög", "Älvdalen", "Zed|x", "Dals-Ed", "Färgelanda", "Émile", "straße"];
    for (const m of names) for (const a of names) expect(usageLabelKey(nameKey(m), nameKey(a))).toBe(nameKey(usageLabel(m, a)));

    // Four municipalities with the same application and nothing else: every usage scores the same.
    const input: RiskInput = {
      asOf: ASOF,
      horizonMonths: 12,
      municipalities: ["Åmål", "Ale", "Ödeshög", "Älvdalen"].map((name, i) => ({ id: i + 1, name })),
      applications: [{ id: 1, name: "Ärendesystem", category: "Ärendehantering", scope: "BUSINESS_SPECIFIC" }],
      usages: [1, 2, 3, 4].map((id) => ({ id, municipalityId: id, applicationId: 1, userCount: null })),
      collaborations: [],
      participations: [],
      people: [],
      specialists: [],
      plans: [],
      trainings: [],
      networks: [],
      networkMembers: [],
    };
    const labels = assessCompetenceRisk(input).map((a) => a.label);
    expect(labels).toEqual(["Ale – Ärendesystem", "Åmål – Ärendesystem", "Älvdalen – Ärendesystem", "Ödeshög – Ärendesystem"]);
    expect(labels).toEqual([...labels].sort(compareNames));
  });
});
