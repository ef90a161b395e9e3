/**
 * Pure cost split (kostnadsfördelning) of a joint cost between municipalities. No ORM or GraphQL
 * imports: the cost allocation query, the annual report and the CLI all use it.
 *
 * Every key reduces to one integer weight per participant; the exact share of participant i is
 * `totalOre × weightᵢ / Σ weight`. Each participant first gets the floor of its exact share; the
 * öre left over (fewer than the number of participants) go one each to the largest remainders
 * (largest-remainder / Hamilton method), so the shares always add up exactly to the total.
 * Ties between equal remainders are broken deterministically: larger weight first, then larger
 * population, then lower municipality code. Arithmetic is in BigInt, so no rounding can creep in.
 */

import { compareNames } from "../common/names";
import { figureFor, missingPopulation, type YearFigure } from "../municipalities/population";

/** How a joint cost is divided (fördelningsnyckel). */
export enum CostKeyKind {
  /** By population (folkmängd) of a named year: the policy's default. */
  POPULATION = "POPULATION",
  /** Equal parts. */
  EQUAL = "EQUAL",
  /** Agreed fixed shares that add up to exactly 100 %. */
  FIXED_SHARES = "FIXED_SHARES",
  /** A base part split equally, the rest by population (grundavgift + per invånare). */
  BASE_PLUS_POPULATION = "BASE_PLUS_POPULATION",
}

/** 100 % in basis points (hundredths of a percent): shares and base parts are whole basis points. */
export const FULL_SHARE_BASIS_POINTS = 10_000;

export interface CostParticipant {
  /** Municipality code (kommunkod): the last tie-breaker. */
  code: string;
  /** Inhabitants; required by POPULATION and BASE_PLUS_POPULATION, otherwise only a tie-breaker. */
  population?: number | null;
  /** The agreed share in basis points (2 500 = 25 %); required by FIXED_SHARES. */
  shareBasisPoints?: number | null;
}

export type CostKey = { kind: CostKeyKind.POPULATION | CostKeyKind.EQUAL | CostKeyKind.FIXED_SHARES } | { kind: CostKeyKind.BASE_PLUS_POPULATION; baseShareBasisPoints: number };

/** The cost key of an agreement, or null when it has none. */
export function costKeyOf(agreement: { costKey: CostKeyKind | null; costKeyBaseShareBasisPoints: number | null }): CostKey | null {
  if (agreement.costKey === null) return null;
  return agreement.costKey === CostKeyKind.BASE_PLUS_POPULATION
    ? { kind: CostKeyKind.BASE_PLUS_POPULATION, baseShareBasisPoints: agreement.costKeyBaseShareBasisPoints ?? 0 }
    : { kind: agreement.costKey };
}

export interface CostShare<P extends CostParticipant> {
  participant: P;
  /** This participant's part of the total, in öre. The parts add up exactly to the total. */
  amountOre: number;
  /** The exact (unrounded) fraction of the total this participant bears, 0–1. */
  fraction: number;
}

/** The input cannot be split (no participants, a missing population figure, shares not adding up to 100 %, …). */
export class CostSplitError extends Error {}

function requireWhole(value: number | null | undefined, min: number, max: number, what: string): number {
  if (value === null || value === undefined || !Number.isSafeInteger(value) || value < min || value > max) {
    throw new CostSplitError(`${what} ska vara ett heltal från ${min} till ${max}.`);
  }
  return value;
}

/** One integer weight per participant, in participant order. */
export function costWeights(participants: readonly CostParticipant[], key: CostKey): bigint[] {
  if (participants.length === 0) throw new CostSplitError("Det finns ingen att fördela kostnaden mellan.");
  const codes = new Set(participants.map((p) => p.code));
  if (codes.size !== participants.length) throw new CostSplitError("En kommun står två gånger i listan.");
  const population = (p: CostParticipant) => BigInt(requireWhole(p.population, 0, Number.MAX_SAFE_INTEGER, `Folkmängden för ${p.code}`));
  switch (key.kind) {
    case CostKeyKind.EQUAL:
      return participants.map(() => 1n);
    case CostKeyKind.POPULATION: {
      const weights = participants.map(population);
      if (weights.every((w) => w === 0n)) throw new CostSplitError("Deltagarnas sammanlagda folkmängd är noll.");
      return weights;
    }
    case CostKeyKind.FIXED_SHARES: {
      const weights = participants.map((p) => BigInt(requireWhole(p.shareBasisPoints, 0, FULL_SHARE_BASIS_POINTS, `Andelen för ${p.code} (baspunkter)`)));
      const sum = weights.reduce((a, b) => a + b, 0n);
      if (sum !== BigInt(FULL_SHARE_BASIS_POINTS)) throw new CostSplitError(`De fasta andelarna måste bli exakt 100 % tillsammans; de blir ${Number(sum) / 100} %.`);
      return weights;
    }
    case CostKeyKind.BASE_PLUS_POPULATION: {
      // base b (of 10 000) split equally over n, the rest by population P: wᵢ = b·P + (10 000 − b)·n·pᵢ, Σw = 10 000·n·P.
      const base = BigInt(requireWhole(key.baseShareBasisPoints, 0, FULL_SHARE_BASIS_POINTS, "Grunddelen (baspunkter)"));
      const pops = participants.map(population);
      const total = pops.reduce((a, b) => a + b, 0n);
      if (total === 0n && base !== BigInt(FULL_SHARE_BASIS_POINTS)) throw new CostSplitError("Deltagarnas sammanlagda folkmängd är noll.");
      const n = BigInt(participants.length);
      return pops.map((p) => base * total + (BigInt(FULL_SHARE_BASIS_POINTS) - base) * n * p);
    }
  }
}

/**
 * Splits `totalOre` between `participants` by `key`. Returns one share per participant, in the
 * order given, whose `amountOre` add up exactly to `totalOre`. Throws CostSplitError on input that
 * cannot be split.
 */
export function allocateCost<P extends CostParticipant>(totalOre: number, participants: readonly P[], key: CostKey): CostShare<P>[] {
  requireWhole(totalOre, 0, Number.MAX_SAFE_INTEGER, "Summan (öre)");
  const weights = costWeights(participants, key);
  const weightSum = weights.reduce((a, b) => a + b, 0n);
  const total = BigInt(totalOre);
  const floors = weights.map((w) => (total * w) / weightSum);
  const remainders = weights.map((w) => (total * w) % weightSum);
  let leftover = total - floors.reduce((a, b) => a + b, 0n);
  const order = participants
    .map((_, i) => i)
    .sort((a, b) => {
      if (remainders[a] !== remainders[b]) return remainders[a] > remainders[b] ? -1 : 1;
      if (weights[a] !== weights[b]) return weights[a] > weights[b] ? -1 : 1;
      const popA = participants[a].population ?? 0;
      const popB = participants[b].population ?? 0;
      if (popA !== popB) return popB - popA;
      return participants[a].code < participants[b].code ? -1 : participants[a].code > participants[b].code ? 1 : 0;
    });
  const amounts = [...floors];
  for (const i of order) {
    if (leftover === 0n) break;
    amounts[i] += 1n;
    leftover -= 1n;
  }
  return participants.map((participant, i) => ({
    participant,
    amountOre: Number(amounts[i]),
    fraction: Number((weights[i] * 1_000_000_000_000n) / weightSum) / 1e12,
  }));
}

/** A samverkansavtal's cost for a year split by its cost key: the shares by municipality name, in öre adding up to the total. */
export interface AgreementCostSplit<M> {
  key: CostKeyKind;
  /** The year of population figures the key names or falls back to; null for keys without population. */
  populationYear: number | null;
  baseShareBasisPoints: number | null;
  totalOre: number;
  shares: { municipality: M; population: number | null; populationYear: number | null; shareBasisPoints: number | null; fraction: number; amountOre: number }[];
}

/** Why a cost cannot be split, in Swedish, and the argument of `costAllocation` it concerns. */
export interface AgreementCostProblem {
  problem: string;
  argumentName: "agreement" | "year" | "totalOre";
}

/** What of an agreement its cost split reads (an Agreement is one). */
interface CostTerms {
  kind: string;
  costKey: CostKeyKind | null;
  annualCostSek: number | null;
  costKeyPopulationYear: number | null;
  costKeyBaseShareBasisPoints: number | null;
}

/**
 * Splits a samverkansavtal's cost for `year` between its municipal `parties` by its cost key (pure:
 * the caller reads the parties and each municipality's population figures, oldest first).
 * Population keys use the key's named year of figures, exactly; without a named year, the figure
 * of the year before `year` (the population on 31 December, as SCB publishes it), or the latest
 * earlier one when that is not yet published. A party without such a figure is a problem naming
 * the year looked for and the years on record.
 */
export function splitAgreementCost<M extends { id: number; code: string; name: string }>(
  agreement: CostTerms,
  year: number,
  totalOre: number | null | undefined,
  parties: readonly { municipality: M; shareBasisPoints: number | null }[],
  figuresOf: (municipalityId: number) => readonly YearFigure[],
): AgreementCostSplit<M> | AgreementCostProblem {
  if (agreement.kind !== "SAMVERKANSAVTAL" || agreement.costKey === null) return { problem: "Bara ett samverkansavtal har en fördelningsnyckel att fördela efter.", argumentName: "agreement" };
  if (!Number.isInteger(year) || year < 1900 || year > 2100) return { problem: "Året måste ligga mellan 1900 och 2100.", argumentName: "year" };
  const total = totalOre ?? (agreement.annualCostSek === null ? null : agreement.annualCostSek * 100);
  if (total === null) return { problem: "Avtalet har ingen årskostnad: ange `totalOre`.", argumentName: "totalOre" };
  if (total < 0) return { problem: "Summan får inte vara negativ.", argumentName: "totalOre" };

  const usesPopulation = agreement.costKey === CostKeyKind.POPULATION || agreement.costKey === CostKeyKind.BASE_PLUS_POPULATION;
  const populationYear = usesPopulation ? (agreement.costKeyPopulationYear ?? year - 1) : null;
  const participants = [];
  for (const { municipality, shareBasisPoints } of [...parties].sort((a, b) => compareNames(a.municipality.name, b.municipality.name))) {
    const own = figuresOf(municipality.id);
    const figure = populationYear === null ? null : agreement.costKeyPopulationYear !== null ? (own.find((f) => f.year === populationYear) ?? null) : figureFor(own, populationYear);
    if (populationYear !== null && !figure) return { problem: missingPopulation(municipality.name, populationYear, agreement.costKeyPopulationYear !== null, own), argumentName: "agreement" };
    participants.push({ municipality, code: municipality.code, population: figure?.population ?? null, populationYear: figure?.year ?? null, shareBasisPoints });
  }
  const key: CostKey =
    agreement.costKey === CostKeyKind.BASE_PLUS_POPULATION ? { kind: CostKeyKind.BASE_PLUS_POPULATION, baseShareBasisPoints: agreement.costKeyBaseShareBasisPoints ?? 0 } : { kind: agreement.costKey };
  let shares: CostShare<(typeof participants)[number]>[];
  try {
    shares = allocateCost(total, participants, key);
  } catch (error) {
    if (error instanceof CostSplitError) return { problem: error.message, argumentName: "agreement" };
    throw error;
  }
  return {
    key: agreement.costKey,
    populationYear,
    baseShareBasisPoints: agreement.costKeyBaseShareBasisPoints,
    totalOre: total,
    shares: shares.map(({ participant: p, amountOre, fraction }) => ({
      municipality: p.municipality,
      population: p.population,
      populationYear: p.populationYear,
      shareBasisPoints: agreement.costKey === CostKeyKind.FIXED_SHARES ? p.shareBasisPoints : null,
      fraction,
      amountOre,
    })),
  };
}
