import { describe, expect, it } from "vitest";
import { CostKeyKind } from "../../server/src/agreements/cost-split";
import { budgetDecisionDate, budgetNotices, buildPlan, DecisionCostKind, type PlanInput } from "../../server/src/plans/plan";
import { evaluateWhatIf, WhatIfChange, type WhatIfInput } from "../../server/src/plans/whatif";

const municipalities = [
  { id: 1, name: "Alfa", code: "0001", population: 10_000, budgetDecisionMonth: 11 },
  { id: 2, name: "Beta", code: "0002", population: 20_001, budgetDecisionMonth: 6 },
  { id: 3, name: "Gamma", code: "0003", population: 3_333, budgetDecisionMonth: 11 },
];

function planInput(asOf: string): PlanInput {
  return {
    asOf,
    body: { id: 1, name: "Förbundet", shortName: "FB" },
    period: { from: "2026-01-01", to: "2030-12-31" },
    windowDays: 28,
    municipalities,
    applications: new Map([[10, "Produkt"]]),
    levels: new Map([[3, "Gemensam drift"]]),
    collaborations: new Map(),
    agreements: [],
    freezes: [{ municipalityId: 2, name: "Sommar", category: null, rule: { kind: "DAY_MONTH", from: "06-01", to: "08-31" } }],
    decisions: [
      {
        id: 7,
        decidedOn: "2026-03-02",
        reason: "Godkänt.",
        summary: "Tre kommuner.",
        costs: [{ kind: DecisionCostKind.EXIT, amountOre: 100_001, note: "Avgift" }],
        candidate: {
          key: "application:10|1,2,3",
          kind: "APPLICATION",
          category: "CARE",
          participantIds: [1, 2, 3],
          proposedApplicationId: 10,
          applicationIds: [10],
          collaborationId: null,
          currentLevel: null,
          targetLevel: 3,
          leadMonths: 3,
          usages: [
            { municipalityId: 1, applicationId: 10, annualCostSek: 1000 },
            { municipalityId: 2, applicationId: 10, annualCostSek: 2001 },
            { municipalityId: 3, applicationId: 10, annualCostSek: null },
          ],
        },
      },
    ],
  };
}

describe("the implementation plan (pure)", () => {
  it("budget decision dates: the last day of the decision month the year before", () => {
    expect(budgetDecisionDate(11, 2028)).toBe("2027-11-30");
    expect(budgetDecisionDate(2, 2029)).toBe("2028-02-29");
  });

  it("splits every amount exactly, avoids the freeze, and marks a budget process already passed", () => {
    const plan = buildPlan(planInput("2026-03-02"));
    const [item] = plan.items;
    // Decided 2 March + 3 months = 2 June, inside Beta's summer freeze: the window starts 1 September.
    expect(item.window).toMatchObject({ earliestStart: "2026-06-02", start: "2026-09-01", end: "2026-09-28", avoided: ["Sommar"] });
    const exit = item.oneOff.find((a) => a.kind === DecisionCostKind.EXIT)!;
    expect(exit).toMatchObject({ amountOre: 100_001, estimated: false, basis: "Avgift", budgetYear: 2026 });
    expect(exit.shares.reduce((s, x) => s + x.amountOre, 0)).toBe(100_001);
    expect(item.annualBeforeOre).toBe(300_100);
    // The one-off costs fall in 2026, whose budgets were decided in 2025: too late for the ordinary process.
    expect(item.municipalities.map((m) => [m.code, m.budgetDecidedBy, m.inTime])).toEqual([
      ["0001", "2025-11-30", false],
      ["0002", "2025-06-30", false],
      ["0003", "2025-11-30", false],
    ]);
    const notices = budgetNotices(plan);
    expect(notices.map((n) => n.code)).toEqual(["0001", "0002", "0003"]);
    for (const n of notices) {
      const line = item.municipalities.find((m) => m.code === n.code)!;
      expect(n.years.reduce((s, y) => s + y.amountOre, 0)).toBe(line.oneOffOre + line.annualChangeOre);
    }
  });
});

describe("what-if (pure)", () => {
  const input: WhatIfInput = {
    change: WhatIfChange.LEAVE,
    municipality: { id: 3, name: "Gamma", code: "0003", population: 3_333 },
    scope: { kind: "COLLABORATION", name: "Samverkan" },
    from: "2027-01-01",
    municipalities: municipalities.map(({ budgetDecisionMonth: _, ...m }) => m),
    collaborations: [
      {
        id: 5,
        name: "Samverkan",
        applicationId: 10,
        application: "Produkt",
        category: "CARE",
        level: { ordinal: 3, name: "Gemensam drift" },
        participantIds: [1, 3],
        hostMunicipalityId: 3,
        operator: { name: "IT Gamma", municipalityId: 3 },
      },
    ],
    agreements: [
      {
        id: 9,
        name: "Avtal med fasta andelar",
        kind: "SAMVERKANSAVTAL",
        referenceNumber: null,
        partyMunicipalityIds: [1, 3],
        collaborationIds: [5],
        annualCostOre: 1_000_00,
        costKey: { kind: CostKeyKind.FIXED_SHARES },
        shares: new Map([
          [1, 6000],
          [3, 4000],
        ]),
        populations: new Map(),
        noticeDeadline: "2026-12-31",
        decisionDeadline: "2026-06-30",
        currentTermEnd: "2027-12-31",
      },
    ],
    specialists: [],
    roles: [],
    freezes: [],
    windowDays: 28,
  };

  it("fixed shares need a new agreement; the host and operator leaving, and one participant left, end the system's level", () => {
    const result = evaluateWhatIf(input);
    expect(result.costSplits).toEqual([expect.objectContaining({ shares: null, problem: expect.stringContaining("Kräver ny överenskommelse") })]);
    expect(result.agreements[0]).toMatchObject({ change: "Gamma utgår som part", noticeDeadlinePassed: true });
    expect(result.systems[0]).toMatchObject({ participantsAfter: 1, fallsBelowLevel: true });
    expect(result.systems[0].consequences).toEqual([
      "Gamma är värdkommun: en ny värdkommun behövs.",
      "IT Gamma driftar systemet: på nivå 3 Gemensam drift krävs en ny driftande IT-enhet med driftavtal.",
      "Färre än två deltagare återstår: samverkan upphör.",
    ]);
    expect(result.window).toEqual({ start: "2027-01-01", end: "2027-01-28", avoided: [] });
  });
});
