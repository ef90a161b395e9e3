import { describe, expect, it } from "vitest";
import { CostKeyKind } from "../../server/src/agreements/cost-split";
import { splitTrainingCost, TrainingCostBasis, type TrainingCostParty } from "../../server/src/competence/training-cost";

const party = (municipalityId: number, code: string, populations: [number, number][]): TrainingCostParty => ({
  municipalityId,
  code,
  populations: populations.map(([year, population]) => ({ year, population })),
});
const bengtsfors = party(1, "1460", [
  [2023, 9100],
  [2024, 9076],
]);
const dalsEd = party(2, "1438", [[2024, 4606]]);
const amal = party(3, "1492", [[2024, 11906]]);

describe("the cost split of a shared training activity", () => {
  it("is none for an activity of one municipality or without a cost", () => {
    expect(splitTrainingCost(100_000, "2026-04-22", [bengtsfors], null)).toBeNull();
    expect(splitTrainingCost(null, "2026-04-22", [bengtsfors, dalsEd], null)).toBeNull();
  });

  it("divides by the latest population up to the activity's year by default, to the öre", () => {
    const split = splitTrainingCost(9_000_000, "2026-04-22", [bengtsfors, dalsEd, amal], null)!;
    expect(split.basis).toBe(TrainingCostBasis.POPULATION_DEFAULT);
    expect(split.key).toBe(CostKeyKind.POPULATION);
    expect(split.shares.reduce((sum, s) => sum + s.amountOre, 0)).toBe(9_000_000);
    const total = 9076 + 4606 + 11906;
    expect(split.shares.map((s) => s.amountOre)).toEqual([9076, 4606, 11906].map((p) => expect.closeTo((9_000_000 * p) / total, 0)));
    expect(split.shares[0]).toMatchObject({ municipalityId: 1, population: 9076, populationYear: 2024 });
    // An activity in 2023 uses the 2023 figure where there is one, else the latest.
    const early = splitTrainingCost(1000, "2023-05-01", [bengtsfors, dalsEd], null)!;
    expect(early.shares.map((s) => [s.population, s.populationYear])).toEqual([
      [9100, 2023],
      [4606, 2024],
    ]);
  });

  it("uses the samverkansavtal's key where one applies", () => {
    const split = splitTrainingCost(100, "2026-04-22", [bengtsfors, dalsEd, amal], { agreementId: 7, key: { kind: CostKeyKind.EQUAL }, populationYear: null, shareBasisPoints: new Map() })!;
    expect(split).toMatchObject({ basis: TrainingCostBasis.AGREEMENT, key: CostKeyKind.EQUAL, agreementId: 7 });
    expect(split.shares.map((s) => s.amountOre).sort()).toEqual([33, 33, 34]);
    expect(split.shares.every((s) => s.population === null)).toBe(true);
  });

  it("falls back to population when the agreed key cannot apply to those taking part", () => {
    const shares = new Map([
      [1, 5000],
      [2, 2000],
      [3, 3000],
    ]);
    const agreed = { agreementId: 7, key: { kind: CostKeyKind.FIXED_SHARES } as const, populationYear: null, shareBasisPoints: shares };
    expect(splitTrainingCost(1000, "2026-04-22", [bengtsfors, dalsEd, amal], agreed)!.shares.map((s) => s.amountOre)).toEqual([500, 200, 300]);
    const subset = splitTrainingCost(1000, "2026-04-22", [bengtsfors, dalsEd], agreed)!;
    expect(subset.basis).toBe(TrainingCostBasis.POPULATION_DEFAULT);
    expect(subset.shares.reduce((sum, s) => sum + s.amountOre, 0)).toBe(1000);
  });

  it("cannot split without a population figure", () => {
    expect(splitTrainingCost(1000, "2026-04-22", [bengtsfors, party(9, "9999", [])], null)).toBeNull();
  });
});
