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

/**
 * The Swedish answer when a cost split finds no population figure: which year it looked for (that
 * year exactly when the cost key names it, else that year or an earlier one) and which years the
 * municipality has figures for.
 */
export function missingPopulation(municipality: string, year: number, exact: boolean, figures: readonly YearFigure[]): string {
  const wanted = exact ? `för ${year} (året kostnadsnyckeln anger)` : `för ${year} eller något tidigare år (ett budgetår fördelas efter folkmängden året före)`;
  const years = figures.map((f) => f.year);
  const present = years.length ? `registrerade år: ${years.join(", ")}` : "inga år är registrerade";
  return `${municipality} saknar folkmängd ${wanted}; ${present}. Lägg in folkmängden med municipalityPopulationSet.`;
}
