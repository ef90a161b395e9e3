/** Pure rules about population figures. */
export interface YearFigure {
  year: number;
  population: number;
}

/**
 * The figure for `year`, or the latest earlier one when that year is not yet published
 * (SCB publishes with a lag); the latest of all when no year is asked. `figures` are sorted by year.
 */
export function figureFor<T extends YearFigure>(figures: readonly T[], year?: number | null): T | null {
  let best: T | null = null;
  for (const figure of figures) {
    if (year === null || year === undefined || figure.year <= year) best = figure;
  }
  return best;
}
