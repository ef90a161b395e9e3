import { describe, expect, it } from "vitest";
import { allocateCost, CostKeyKind, CostSplitError, type CostParticipant } from "../../server/src/agreements/cost-split";

/** The five DKF members with their 2024 populations (DOMAIN.md); together 41 016 inhabitants. */
const DKF: CostParticipant[] = [
  { code: "1460", population: 9076 }, // Bengtsfors
  { code: "1438", population: 4606 }, // Dals-Ed
  { code: "1439", population: 6376 }, // Färgelanda
  { code: "1461", population: 9052 }, // Mellerud
  { code: "1492", population: 11906 }, // Åmål
];

const amounts = (shares: { participant: CostParticipant; amountOre: number }[]) => Object.fromEntries(shares.map((s) => [s.participant.code, s.amountOre]));
const sum = (shares: { amountOre: number }[]) => shares.reduce((a, s) => a + s.amountOre, 0);

describe("allocateCost", () => {
  it("splits 1 000 000 kr by population over the five DKF members, to the öre", () => {
    // Exact shares of 100 000 000 öre: Bengtsfors 9076/41016 → 22 127 950.07, Dals-Ed 4606/41016 → 11 229 763.99,
    // Färgelanda 6376/41016 → 15 545 153.11, Mellerud 9052/41016 → 22 069 436.32, Åmål 11906/41016 → 29 027 696.51.
    // The floors leave 2 öre; the largest remainders are Dals-Ed (.99) and Åmål (.51).
    const shares = allocateCost(100_000_000, DKF, { kind: CostKeyKind.POPULATION });
    expect(amounts(shares)).toEqual({ "1460": 22_127_950, "1438": 11_229_764, "1439": 15_545_153, "1461": 22_069_436, "1492": 29_027_697 });
    expect(sum(shares)).toBe(100_000_000);
    expect(shares[0].fraction).toBeCloseTo(9076 / 41016, 10);
  });

  it("keeps the participants' order", () => {
    const reversed = [...DKF].reverse();
    expect(allocateCost(100_000_000, reversed, { kind: CostKeyKind.POPULATION }).map((s) => s.participant.code)).toEqual(reversed.map((p) => p.code));
  });

  it("splits equally and gives left-over öre to the larger municipalities, then by code", () => {
    // 1 kr 02 öre over five: 20 öre each, 2 left over → Åmål (11 906) and Bengtsfors (9 076).
    expect(amounts(allocateCost(102, DKF, { kind: CostKeyKind.EQUAL }))).toEqual({ "1460": 21, "1438": 20, "1439": 20, "1461": 20, "1492": 21 });
    // Without populations the lower code wins a tie.
    const noPop = [{ code: "1492" }, { code: "1438" }, { code: "1460" }];
    expect(amounts(allocateCost(100, noPop, { kind: CostKeyKind.EQUAL }))).toEqual({ "1438": 34, "1460": 33, "1492": 33 });
  });

  it("splits by fixed shares that add up to 100 %", () => {
    const shares = DKF.map((p, i) => ({ ...p, shareBasisPoints: [2500, 1000, 1500, 2000, 3000][i] }));
    // 12 345 678 öre: 25 % = 3 086 419.5, 10 % = 1 234 567.8, 15 % = 1 851 851.7, 20 % = 2 469 135.6, 30 % = 3 703 703.4.
    // The fractions add up to 3 öre → the largest remainders .8 (Dals-Ed), .7 (Färgelanda) and .6 (Mellerud).
    expect(amounts(allocateCost(12_345_678, shares, { kind: CostKeyKind.FIXED_SHARES }))).toEqual({
      "1460": 3_086_419,
      "1438": 1_234_568,
      "1439": 1_851_852,
      "1461": 2_469_136,
      "1492": 3_703_703,
    });
    expect(() =>
      allocateCost(
        100,
        shares.map((p) => ({ ...p, shareBasisPoints: 1900 })),
        { kind: CostKeyKind.FIXED_SHARES },
      ),
    ).toThrow(/blir 95 %/);
    expect(() => allocateCost(100, [{ code: "1460", shareBasisPoints: null }], { kind: CostKeyKind.FIXED_SHARES })).toThrow(CostSplitError);
  });

  it("splits a base part equally and the rest by population", () => {
    // 20 % base of 1 000 000 kr: 200 000 kr, 40 000 kr each; 800 000 kr by population:
    // Bengtsfors 4 000 000 + 80 000 000 × 9076/41016 = 4 000 000 + 17 702 360.05 = 21 702 360.05 öre; likewise
    // Dals-Ed 12 983 811.20, Färgelanda 16 436 122.49, Mellerud 21 655 549.05, Åmål 27 222 157.21.
    // The floors leave 1 öre → the largest remainder, Färgelanda (.49).
    const shares = allocateCost(100_000_000, DKF, { kind: CostKeyKind.BASE_PLUS_POPULATION, baseShareBasisPoints: 2000 });
    expect(amounts(shares)).toEqual({ "1460": 21_702_360, "1438": 12_983_811, "1439": 16_436_123, "1461": 21_655_549, "1492": 27_222_157 });
    expect(sum(shares)).toBe(100_000_000);
    // 100 % base is an equal split.
    expect(amounts(allocateCost(500, DKF, { kind: CostKeyKind.BASE_PLUS_POPULATION, baseShareBasisPoints: 10_000 }))).toEqual({
      "1460": 100,
      "1438": 100,
      "1439": 100,
      "1461": 100,
      "1492": 100,
    });
  });

  it("handles amounts beyond 32-bit integers and zero exactly", () => {
    const big = 9_000_000_000_000; // 90 000 000 000 kr
    expect(sum(allocateCost(big, DKF, { kind: CostKeyKind.POPULATION }))).toBe(big);
    expect(allocateCost(0, DKF, { kind: CostKeyKind.POPULATION }).every((s) => s.amountOre === 0)).toBe(true);
  });

  it("always adds up exactly, whatever the total", () => {
    for (let total = 0; total < 2000; total += 7) {
      for (const key of [{ kind: CostKeyKind.POPULATION }, { kind: CostKeyKind.EQUAL }, { kind: CostKeyKind.BASE_PLUS_POPULATION, baseShareBasisPoints: 3333 }] as const) {
        expect(sum(allocateCost(total, DKF, key))).toBe(total);
      }
    }
  });

  it("refuses input it cannot split", () => {
    expect(() => allocateCost(100, [], { kind: CostKeyKind.EQUAL })).toThrow(CostSplitError);
    expect(() => allocateCost(100, [{ code: "1460", population: null }], { kind: CostKeyKind.POPULATION })).toThrow(/Folkmängden för 1460/);
    expect(() => allocateCost(-1, DKF, { kind: CostKeyKind.EQUAL })).toThrow(CostSplitError);
    expect(() => allocateCost(1.5, DKF, { kind: CostKeyKind.EQUAL })).toThrow(CostSplitError);
    expect(() => allocateCost(100, [DKF[0], DKF[0]], { kind: CostKeyKind.EQUAL })).toThrow(/två gånger/);
    expect(() => allocateCost(100, [{ code: "1460", population: 0 }], { kind: CostKeyKind.POPULATION })).toThrow(/folkmängd är noll/);
  });
});
