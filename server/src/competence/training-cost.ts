/**
 * Pure cost split of a shared training activity (one with two or more municipalities taking part
 * and a cost). The key is the samverkansavtal's of the collaboration the plan belongs to, where
 * one applies; otherwise the policy's default, by population (IT-policy 2008: joint costs are
 * divided by population unless otherwise agreed). The öre are allocated by the agreements
 * module's largest-remainder split, so the shares add up exactly to the cost.
 *
 * Population figures: the year the agreement names; otherwise the latest figure up to the
 * activity's year (SCB publishes with a lag), or the latest of all when none is that old.
 * An agreed key that cannot be applied to the municipalities taking part (e.g. fixed shares
 * agreed for all participants when only some take part) gives way to the population default.
 */
import { allocateCost, CostKeyKind, CostSplitError, type CostKey } from "../agreements/cost-split";
import { yearOf, type LocalDate } from "../common/dates";
import { figureFor, type YearFigure } from "../municipalities/population";

export enum TrainingCostBasis {
  AGREEMENT = "AGREEMENT",
  POPULATION_DEFAULT = "POPULATION_DEFAULT",
}

export interface TrainingCostParty {
  municipalityId: number;
  code: string;
  /** Population figures sorted by year. */
  populations: readonly YearFigure[];
}

/** The cost key of the samverkansavtal that applies, if any. */
export interface AgreedCostKey {
  agreementId: number;
  key: CostKey;
  /** The population year the agreement names; null: latest up to the activity's year. */
  populationYear: number | null;
  /** Fixed shares in basis points, by municipality id (FIXED_SHARES). */
  shareBasisPoints: ReadonlyMap<number, number>;
}

export interface TrainingCostShare {
  municipalityId: number;
  amountOre: number;
  fraction: number;
  /** The population figure the split used, and its year; null when the key does not use population. */
  population: number | null;
  populationYear: number | null;
}

export interface TrainingCostSplit {
  basis: TrainingCostBasis;
  key: CostKeyKind;
  agreementId: number | null;
  shares: TrainingCostShare[];
}

const usesPopulation = (key: CostKey) => key.kind === CostKeyKind.POPULATION || key.kind === CostKeyKind.BASE_PLUS_POPULATION;

function trySplit(costOre: number, parties: readonly TrainingCostParty[], key: CostKey, year: number | null, shares: ReadonlyMap<number, number>) {
  const participants = parties.map((p) => {
    const figure = year === null ? null : (figureFor(p.populations, year) ?? figureFor(p.populations));
    return { party: p, code: p.code, figure, population: figure?.population ?? null, shareBasisPoints: shares.get(p.municipalityId) ?? null };
  });
  return allocateCost(costOre, participants, key).map((s) => ({
    municipalityId: s.participant.party.municipalityId,
    amountOre: s.amountOre,
    fraction: s.fraction,
    population: usesPopulation(key) ? s.participant.population : null,
    populationYear: usesPopulation(key) ? (s.participant.figure?.year ?? null) : null,
  }));
}

/**
 * The per-municipality shares of a training activity's cost; null when it is not shared (fewer
 * than two municipalities), has no cost, or cannot be split (a taking-part municipality without
 * any population figure).
 */
export function splitTrainingCost(costOre: number | null, heldOn: LocalDate, parties: readonly TrainingCostParty[], agreed: AgreedCostKey | null): TrainingCostSplit | null {
  if (costOre === null || parties.length < 2) return null;
  if (agreed) {
    const year = usesPopulation(agreed.key) ? (agreed.populationYear ?? yearOf(heldOn)) : null;
    try {
      return { basis: TrainingCostBasis.AGREEMENT, key: agreed.key.kind, agreementId: agreed.agreementId, shares: trySplit(costOre, parties, agreed.key, year, agreed.shareBasisPoints) };
    } catch (error) {
      if (!(error instanceof CostSplitError)) throw error;
    }
  }
  try {
    const shares = trySplit(costOre, parties, { kind: CostKeyKind.POPULATION }, yearOf(heldOn), new Map());
    return { basis: TrainingCostBasis.POPULATION_DEFAULT, key: CostKeyKind.POPULATION, agreementId: null, shares };
  } catch (error) {
    if (error instanceof CostSplitError) return null;
    throw error;
  }
}
