import { describe, expect, it } from "vitest";
import { addMonths } from "../../server/src/common/dates";
import { CandidateKind, candidateGroupShapes, candidateGroups, candidateGroupsOf, evaluateCandidates, sameShapeInput, shapeInputs } from "../../server/src/recommendations/candidates";
import { DecisionStatus, type DecisionFact } from "../../server/src/recommendations/decisions";
import { listNames } from "../../server/src/recommendations/explain";
import type { FactAgreement, FactCollaboration, FactUsage, RecommendationFacts } from "../../server/src/recommendations/facts";
import { freezeIntervals, isoWeekOf, isoWeeksInYear, isoWeekStart, transitionWindow, withoutExceptions } from "../../server/src/recommendations/freezes";
import { DEFAULT_TRIGGER_SETTINGS, settingProblems } from "../../server/src/recommendations/settings";
import { agreementExpiring, competenceRisk, poorApplication, sameApplication, Trigger, type TriggerInput } from "../../server/src/recommendations/triggers";

const ASOF = "2026-06-15";

function usage(id: number, municipalityId: number, applicationId: number, extra: Partial<FactUsage> = {}): FactUsage {
  return { id, municipalityId, applicationId, phase: "ACTIVE", functionalFit: 3, technicalFit: 3, userCount: 10, annualCostSek: 1000, lastChangedOn: "2020-01-01", ...extra };
}

function agreement(id: number, decisionDeadline: string, extra: Partial<FactAgreement> = {}): FactAgreement {
  return {
    agreementId: id,
    name: `Avtal ${id}`,
    applicationIds: [1],
    collaborationIds: [],
    partyMunicipalityIds: [2],
    decisionDeadline,
    noticeDeadline: addMonths(decisionDeadline, 12),
    currentTermEnd: addMonths(decisionDeadline, 15),
    status: decisionDeadline <= ASOF ? "DECISION_DUE" : "ACTIVE",
    lastChangedOn: "2024-01-01",
    ...extra,
  };
}

function input(extra: Partial<TriggerInput> = {}): TriggerInput {
  return { asOf: ASOF, settings: DEFAULT_TRIGGER_SETTINGS, participantIds: [1, 2], joiningIds: [], usages: [], collaborations: [], agreements: [], risks: [], ...extra };
}

/** Three Dalsland-like municipalities; application 1 (Procapita, CARE), 2 (Lifecare, CARE), 3 (GIS). */
function facts(extra: Partial<RecommendationFacts> = {}): RecommendationFacts {
  return {
    asOf: ASOF,
    municipalities: [
      { id: 1, name: "Bengtsfors", code: "1460", county: "Västra Götalands län", population: 9076 },
      { id: 2, name: "Dals-Ed", code: "1438", county: "Västra Götalands län", population: 4606 },
      { id: 3, name: "Färgelanda", code: "1439", county: "Västra Götalands län", population: 6376 },
    ],
    applications: [
      { id: 1, name: "Procapita", category: "CARE" },
      { id: 2, name: "Lifecare", category: "CARE" },
      { id: 3, name: "Geosecma", category: "GIS" },
    ],
    usages: [],
    collaborations: [],
    levels: [0, 1, 2, 3, 4, 5].map((ordinal) => ({
      ordinal,
      name: ["Ingen samverkan", "Erfarenhetsutbyte", "Samordning", "Gemensam drift", "Gemensam lösning", "Gemensam lösning och information"][ordinal],
    })),
    agreements: [],
    competenceRisks: [],
    freezes: [],
    settings: DEFAULT_TRIGGER_SETTINGS,
    leadTimes: { leadTimeMonths: 12, leadTimeMonthsHighLevel: 18, highLevelFrom: 3 },
    ...extra,
  };
}

describe("AGREEMENT_EXPIRING", () => {
  it("fires for an agreement exactly on its decision deadline, at full weight", () => {
    const result = agreementExpiring(input({ agreements: [agreement(1, ASOF, { status: "DECISION_DUE" })] }));
    expect(result).toMatchObject({ trigger: Trigger.AGREEMENT_EXPIRING, strength: 1 });
    expect(result!.findings[0]).toMatchObject({ state: "UPCOMING" });
  });

  it("fires up to the horizon's last day, at half weight beyond the urgent months, and not a day later", () => {
    expect(agreementExpiring(input({ agreements: [agreement(1, "2028-06-15")] }))?.strength).toBe(0.5);
    expect(agreementExpiring(input({ agreements: [agreement(1, "2027-06-15")] }))?.strength).toBe(1);
    expect(agreementExpiring(input({ agreements: [agreement(1, "2028-06-16")] }))).toBeNull();
  });

  it("fires after the decision deadline while notice can be given, and while a settled end is ahead; not once expired", () => {
    const passed = agreementExpiring(input({ agreements: [agreement(1, "2026-01-01", { noticeDeadline: "2026-09-30" })] }));
    expect(passed!.findings[0]).toMatchObject({ state: "DECISION_PASSED" });
    const ending = agreementExpiring(input({ agreements: [agreement(1, "2025-01-01", { noticeDeadline: "2026-01-01", status: "NOTICE_PASSED" })] }));
    expect(ending!.findings[0]).toMatchObject({ state: "ENDING" });
    expect(agreementExpiring(input({ agreements: [agreement(1, "2025-01-01", { status: "EXPIRED" })] }))).toBeNull();
  });
});

describe("POOR_APPLICATION", () => {
  it("fires at the fit threshold (2 of 4) or when phasing out, scaled by the share of participants", () => {
    expect(poorApplication(input({ usages: [usage(1, 1, 1, { functionalFit: 3, technicalFit: 3 })] }))).toBeNull();
    const atThreshold = poorApplication(input({ usages: [usage(1, 1, 1, { technicalFit: 2 }), usage(2, 2, 1)] }));
    expect(atThreshold).toMatchObject({ strength: 0.5 });
    const phasingOut = poorApplication(input({ usages: [usage(1, 1, 1, { phase: "PHASE_OUT" }), usage(2, 2, 1, { functionalFit: 1 })] }));
    expect(phasingOut).toMatchObject({ strength: 1 });
    expect(phasingOut!.findings[0]).toMatchObject({ phasingOut: true, poorFit: false });
    expect(poorApplication(input({ settings: { ...DEFAULT_TRIGGER_SETTINGS, poorFitThreshold: 1 }, usages: [usage(1, 1, 1, { technicalFit: 2 })] }))).toBeNull();
  });
});

describe("COMPETENCE_RISK", () => {
  it("fires at the HIGH band's 60 points, strength the highest score / 100", () => {
    const risk = (score: number) => ({
      kind: "APPLICATION_USAGE" as const,
      applicationUsageId: score,
      collaborationId: null,
      applicationId: 1,
      municipalityIds: [1],
      label: `r${score}`,
      score,
      band: score >= 60 ? "HIGH" : "MEDIUM",
    });
    expect(competenceRisk(input({ risks: [risk(59)] }))).toBeNull();
    expect(competenceRisk(input({ risks: [risk(60), risk(85)] }))).toMatchObject({ strength: 0.85, findings: [{ risk: { score: 85 } }, { risk: { score: 60 } }] });
    // Equal scores in the competence-risk list's order: by label as Swedish sorts it (Å after Z), then by subject.
    const named = (id: number, label: string) => ({ ...risk(70), applicationUsageId: id, label });
    expect(
      competenceRisk(input({ risks: [named(1, "Åmål"), named(3, "Vara"), named(2, "Vara"), risk(80)] }))!.findings.map((f) => (f as { risk: { applicationUsageId: number } }).risk.applicationUsageId),
    ).toEqual([80, 2, 3, 1]);
  });
});

describe("SAME_APPLICATION", () => {
  const collaboration = (level: number): FactCollaboration => ({ id: 9, name: "Samverkan", applicationId: 1, participantIds: [1, 2], levelOrdinal: level, lastChangedOn: null });
  it("fires for two municipalities outside a collaboration or inside one below level 3", () => {
    const usages = [usage(1, 1, 1), usage(2, 2, 1)];
    expect(sameApplication(input({ usages }))).toMatchObject({ strength: 0.4, findings: [{ municipalityIds: [1, 2] }] });
    expect(sameApplication(input({ usages, collaborations: [collaboration(2)] }))).not.toBeNull();
    expect(sameApplication(input({ usages, collaborations: [collaboration(3)] }))).toBeNull();
    expect(sameApplication(input({ usages: [usage(1, 1, 1), usage(2, 2, 2)] }))).toBeNull();
  });

  it("inside a joint collaboration, fires only for those who would join it", () => {
    const usages = [usage(1, 1, 1), usage(2, 2, 1), usage(3, 3, 1)];
    expect(sameApplication(input({ usages, participantIds: [1, 2, 3], joiningIds: [3], collaborations: [collaboration(4)] }))).toMatchObject({ strength: 0.6 });
  });
});

describe("candidates", () => {
  it("group one product as an APPLICATION candidate with a stable key, visible contributions and a Swedish summary", () => {
    const f = facts({
      usages: [usage(11, 2, 1, { functionalFit: 2 }), usage(12, 3, 1)],
      agreements: [agreement(7, "2027-03-31", { partyMunicipalityIds: [2] })],
    });
    const [candidate] = evaluateCandidates(f);
    expect(candidate.key).toBe("application:1|2,3");
    expect(candidate.kind).toBe(CandidateKind.APPLICATION);
    expect(candidate.contributions.map((c) => [c.trigger, c.weight, c.points])).toEqual([
      [Trigger.AGREEMENT_EXPIRING, 30, 30],
      [Trigger.POOR_APPLICATION, 25, 13],
      [Trigger.SAME_APPLICATION, 25, 10],
    ]);
    expect(candidate.score).toBe(53);
    expect(candidate.summary).toBe("Dals-Ed och Färgelanda använder redan Procapita; avtalet Avtal 7 för Dals-Ed ska beslutas senast 2027-03-31.");
    expect(candidate.drivingDeadline).toBe("2027-03-31");
    expect(candidate.targetLevel).toBe(3);
    expect(candidate.combinedAnnualCostSek).toBe(2000);
    expect(candidate.costSplit!.reduce((s, x) => s + x.amountOre, 0)).toBe(200_000);
    expect(candidate.evidence.find((e) => e.objectType === "Agreement")).toMatchObject({ objectId: 7, lastChangedOn: "2024-01-01" });
    // The same facts give the same key: identity is stable.
    expect(evaluateCandidates(f)[0].key).toBe(candidate.key);
  });

  it("a category with different products is one CATEGORY candidate proposing the best fit, then the most users", () => {
    const [candidate] = evaluateCandidates(
      facts({
        usages: [
          usage(11, 1, 1, { functionalFit: 2, technicalFit: 2, userCount: 300 }),
          usage(12, 2, 1, { functionalFit: 2, userCount: 100 }),
          usage(13, 3, 2, { functionalFit: 3, technicalFit: 4, userCount: 50 }),
        ],
      }),
    );
    expect(candidate).toMatchObject({ kind: CandidateKind.CATEGORY, key: "category:CARE|1,2,3", proposedApplicationId: 2 });
    expect(candidate.proposalReason).toContain("Förslaget är Lifecare, som har bäst passform (3,5 av 4) och 50 användare.");
    expect(candidate.summary).toMatch(/^Bengtsfors, Dals-Ed och Färgelanda använder olika produkter för vård och omsorg: Lifecare \(Färgelanda\), Procapita \(Bengtsfors och Dals-Ed\)/);
  });

  it("a municipality in two collaborations for one product is counted once: the joint one's candidate, the others joining", () => {
    const low: FactCollaboration = { id: 21, name: "Procapita-nätverket", applicationId: 1, participantIds: [1, 2], levelOrdinal: 1, lastChangedOn: null };
    const joint: FactCollaboration = { id: 22, name: "Gemensam Procapita", applicationId: 1, participantIds: [1], levelOrdinal: 4, lastChangedOn: null };
    const candidates = evaluateCandidates(facts({ usages: [usage(11, 1, 1, { functionalFit: 2 }), usage(12, 2, 1), usage(13, 3, 1)], collaborations: [low, joint] }));
    expect(candidates).toHaveLength(1);
    const [c] = candidates;
    expect(c).toMatchObject({ kind: CandidateKind.COLLABORATION, collaborationId: 22, key: "application:1|1,2,3", joiningIds: [2, 3], currentLevel: 4, targetLevel: 5 });
    expect(c.combinedAnnualCostSek).toBe(3000);
    expect(c.contributions.find((x) => x.trigger === Trigger.SAME_APPLICATION)!.explanation).toBe(
      "Dals-Ed och Färgelanda använder Procapita utanför Gemensam Procapita, där Bengtsfors redan samverkar.",
    );
  });

  it("a group on which nothing fires is no candidate; a lone municipality is none either", () => {
    expect(evaluateCandidates(facts({ settings: { ...DEFAULT_TRIGGER_SETTINGS, sameApplicationMinMunicipalities: 3 }, usages: [usage(11, 1, 3), usage(12, 2, 3)] }))).toEqual([]);
    expect(evaluateCandidates(facts({ usages: [usage(11, 1, 3, { functionalFit: 1 })] }))).toEqual([]);
  });

  it("order: score, then the earliest driving deadline", () => {
    const candidates = evaluateCandidates(
      facts({
        usages: [usage(11, 1, 1), usage(12, 2, 1), usage(21, 1, 3), usage(22, 2, 3)],
        agreements: [agreement(1, "2027-05-01", { applicationIds: [1], partyMunicipalityIds: [1] }), agreement(2, "2027-02-01", { applicationIds: [3], partyMunicipalityIds: [2] })],
      }),
    );
    expect(candidates.map((c) => c.key)).toEqual(["application:3|1,2", "application:1|1,2"]);
  });

  it("a rejected candidate is hidden until its evidence changes, then says what changed", () => {
    const base = facts({ usages: [usage(11, 1, 1), usage(12, 2, 1)], agreements: [agreement(7, "2027-03-31", { partyMunicipalityIds: [1] })] });
    const [candidate] = evaluateCandidates(base);
    const rejected: DecisionFact = {
      id: 1,
      candidateKey: candidate.key,
      subject: candidate.subject,
      participantIds: [1, 2],
      status: DecisionStatus.REJECTED,
      deferredUntil: null,
      decidedOn: "2026-06-01",
      fingerprint: candidate.fingerprint,
    };
    expect(evaluateCandidates(base, [rejected])[0].hidden).toBe(true);
    // Before the decision was taken, it did not apply.
    expect(evaluateCandidates({ ...base, asOf: "2026-05-31" }, [rejected])[0]).toMatchObject({ hidden: false, decision: null });

    const changed = evaluateCandidates({ ...base, usages: [...base.usages, usage(13, 3, 1)], agreements: [agreement(7, "2027-06-30", { partyMunicipalityIds: [1] })] }, [rejected])[0];
    expect(changed.hidden).toBe(false);
    expect(changed.key).toBe("application:1|1,2,3");
    expect(changed.changesSinceDecision).toEqual([
      "Ny deltagare: Färgelanda.",
      "Beslutsdatum för avtalet Avtal 7 har ändrats från 2027-03-31 till 2027-06-30.",
      "Ny användning: Färgelanda – Procapita.",
    ]);

    const deferred = { ...rejected, status: DecisionStatus.DEFERRED, deferredUntil: "2026-09-01" };
    expect(evaluateCandidates(base, [deferred])[0].hidden).toBe(true);
    expect(evaluateCandidates({ ...base, asOf: "2026-09-01" }, [deferred])[0].hidden).toBe(false);
  });

  it("the window starts after the decision and the lead time and avoids every participant's freezes for the category", () => {
    const [candidate] = evaluateCandidates(
      facts({
        usages: [usage(11, 1, 1), usage(12, 2, 1)],
        agreements: [agreement(7, "2026-06-15", { partyMunicipalityIds: [1] })],
        freezes: [
          { id: 1, municipalityId: 1, name: "Årsskifte", category: null, rule: { kind: "DAY_MONTH", from: "12-15", to: "01-15" } },
          { id: 2, municipalityId: 2, name: "Skolstart", category: "SCHOOL", rule: { kind: "DAY_MONTH", from: "01-16", to: "03-01" } },
          { id: 3, municipalityId: 3, name: "Inte deltagare", category: null, rule: { kind: "DAY_MONTH", from: "01-16", to: "03-01" } },
        ],
      }),
    );
    // Level 3 is proposed, so the 18-month lead time: 2027-12-15, inside the New Year freeze.
    expect(candidate.window).toMatchObject({ decisionOn: "2026-06-15", leadMonths: 18, earliestStart: "2027-12-15", start: "2028-01-16", end: "2028-02-12", avoided: ["Årsskifte"] });
  });
});

describe("change freezes and ISO weeks", () => {
  it("knows which years have 53 ISO weeks", () => {
    expect([2020, 2021, 2025, 2026, 2027, 2032].map(isoWeeksInYear)).toEqual([53, 52, 52, 53, 52, 53]);
    expect(isoWeekStart(2026, 53)).toBe("2026-12-28");
    expect(isoWeekOf("2027-01-03")).toEqual({ isoYear: 2026, week: 53 });
    expect(isoWeekOf("2024-12-30")).toEqual({ isoYear: 2025, week: 1 });
  });

  it("weeks 27–32 are Monday to Sunday of each ISO year", () => {
    expect(freezeIntervals({ kind: "ISO_WEEKS", fromWeek: 27, toWeek: 32 }, 2026, 2027)).toEqual([
      { from: "2026-06-29", to: "2026-08-09" },
      { from: "2027-07-05", to: "2027-08-15" },
    ]);
  });

  it("a freeze of week 53 applies only in years that have one; a range to week 53 ends with week 52 elsewhere", () => {
    expect(freezeIntervals({ kind: "ISO_WEEKS", fromWeek: 53, toWeek: 53 }, 2025, 2027)).toEqual([{ from: "2026-12-28", to: "2027-01-03" }]);
    expect(freezeIntervals({ kind: "ISO_WEEKS", fromWeek: 50, toWeek: 53 }, 2025, 2026)).toEqual([
      { from: "2025-12-08", to: "2025-12-28" },
      { from: "2026-12-07", to: "2027-01-03" },
    ]);
  });

  it("week ranges and day ranges spanning New Year run into the next year, also across week 53", () => {
    expect(freezeIntervals({ kind: "ISO_WEEKS", fromWeek: 52, toWeek: 1 }, 2026, 2026)).toEqual([{ from: "2026-12-21", to: "2027-01-10" }]);
    expect(freezeIntervals({ kind: "ISO_WEEKS", fromWeek: 53, toWeek: 2 }, 2025, 2025)).toEqual([{ from: "2025-12-29", to: "2026-01-11" }]);
    expect(freezeIntervals({ kind: "DAY_MONTH", from: "12-15", to: "01-15" }, 2026, 2026)).toEqual([{ from: "2026-12-15", to: "2027-01-15" }]);
    expect(freezeIntervals({ kind: "DAY_MONTH", from: "02-29", to: "03-01" }, 2027, 2028)).toEqual([
      { from: "2027-02-28", to: "2027-03-01" },
      { from: "2028-02-29", to: "2028-03-01" },
    ]);
  });

  it("the window jumps past a freeze spanning New Year, and past one in week 53", () => {
    const newYear = { name: "Årsskifte", rule: { kind: "DAY_MONTH" as const, from: "12-15", to: "01-15" } };
    expect(transitionWindow("2026-12-05", 14, [newYear])).toEqual({ start: "2027-01-16", end: "2027-01-29", avoided: ["Årsskifte"] });
    expect(transitionWindow("2026-12-01", 14, [newYear])).toEqual({ start: "2026-12-01", end: "2026-12-14", avoided: [] });
    const week53 = { name: "Vecka 53", rule: { kind: "ISO_WEEKS" as const, fromWeek: 53, toWeek: 53 } };
    expect(transitionWindow("2026-12-21", 7, [week53])).toEqual({ start: "2026-12-21", end: "2026-12-27", avoided: [] });
    expect(transitionWindow("2026-12-22", 7, [week53])).toEqual({ start: "2027-01-04", end: "2027-01-10", avoided: ["Vecka 53"] });
    const always = { name: "Alltid", rule: { kind: "DAY_MONTH" as const, from: "01-01", to: "12-31" } };
    expect(transitionWindow("2026-01-01", 7, [always])).toBeNull();
  });

  it("an approved exception opens its part of a freeze: a window fits there, and only there", () => {
    expect(withoutExceptions({ from: "2027-06-01", to: "2027-06-30" }, [{ from: "2027-06-10", to: "2027-06-19" }])).toEqual([
      { from: "2027-06-01", to: "2027-06-09" },
      { from: "2027-06-20", to: "2027-06-30" },
    ]);
    expect(withoutExceptions({ from: "2027-06-01", to: "2027-06-30" }, [{ from: "2027-05-01", to: "2027-07-31" }])).toEqual([]);
    const summer = { name: "Sommar", rule: { kind: "DATES" as const, fromDate: "2027-06-01", toDate: "2027-06-30" } };
    expect(transitionWindow("2027-06-05", 7, [summer])).toEqual({ start: "2027-07-01", end: "2027-07-07", avoided: ["Sommar"] });
    const opened = { ...summer, exceptions: [{ from: "2027-06-10", to: "2027-06-19" }] };
    expect(transitionWindow("2027-06-05", 7, [opened])).toEqual({ start: "2027-06-10", end: "2027-06-16", avoided: ["Sommar"] });
    // Too short a gap for the window: it moves past the freeze as before.
    expect(transitionWindow("2027-06-05", 14, [opened])).toEqual({ start: "2027-07-01", end: "2027-07-14", avoided: ["Sommar"] });
  });
});

describe("settings and sentences", () => {
  it("the defaults are valid; out-of-range values and an urgent period beyond the horizon are not", () => {
    expect(settingProblems({ ...DEFAULT_TRIGGER_SETTINGS })).toEqual([]);
    expect(settingProblems({ ...DEFAULT_TRIGGER_SETTINGS, poorFitThreshold: 5, weightCompetenceRisk: -1 }).map((p) => p.field)).toEqual(["poorFitThreshold", "weightCompetenceRisk"]);
    expect(settingProblems({ ...DEFAULT_TRIGGER_SETTINGS, agreementUrgentMonths: 30 }).map((p) => p.field)).toEqual(["agreementUrgentMonths"]);
  });

  it("lists names the Swedish way, in Swedish order", () => {
    expect(listNames(["Åmål", "Dals-Ed"])).toBe("Dals-Ed och Åmål");
    expect(listNames(["Årjäng", "Säffle", "Åmål", "Bengtsfors"])).toBe("Bengtsfors, Säffle, Åmål och Årjäng");
    expect(listNames(["a", "b", "c", "d", "e", "f", "g"])).toBe("a, b, c, d, e och 2 andra");
  });
});

describe("candidate groups' shapes", () => {
  const collaboration = (participantIds: number[], levelOrdinal = 1): FactCollaboration => ({ id: 9, name: "Samverkan", applicationId: 1, participantIds, levelOrdinal, lastChangedOn: null });
  const before = facts({ usages: [usage(1, 1, 1), usage(2, 2, 1), usage(3, 3, 2), usage(4, 3, 1)], collaborations: [collaboration([1, 2])] });
  const changed = (u: Partial<FactUsage>, c = before.collaborations): RecommendationFacts => ({ ...before, usages: before.usages.map((x) => (x.id === 1 ? { ...x, ...u } : x)), collaborations: c });
  const same = (now: RecommendationFacts) => [0, 1, 2, 3, 4].every((i) => sameShapeInput(shapeInputs(now)[i], shapeInputs(before)[i], i));

  it("are the same after a write of a user count, fit or cost, and the kept shapes give the groups judged anew", () => {
    const after = changed({ userCount: 99, functionalFit: 1, annualCostSek: 5 });
    expect(same(after)).toBe(true);
    const groups = candidateGroupsOf(candidateGroupShapes(before), after);
    expect(groups).toEqual(candidateGroups(after));
    expect(groups.flatMap((g) => g.usages).find((u) => u.id === 1)).toMatchObject({ userCount: 99 });
  });

  it("differ when who uses what changes: a usage retired or moved, a collaboration's participants or level", () => {
    expect(same(changed({ phase: "RETIRED" }))).toBe(false);
    expect(same(changed({ municipalityId: 3 }))).toBe(false);
    expect(same(changed({ applicationId: 2 }))).toBe(false);
    expect(same(changed({}, [collaboration([1, 2, 3])]))).toBe(false);
    expect(same(changed({}, [collaboration([1, 2], 3)]))).toBe(false);
    expect(same({ ...before, usages: before.usages.slice(1) })).toBe(false);
    expect(same({ ...before, settings: { ...before.settings, jointLevel: 4 } })).toBe(false);
  });
});
