import type { LocalDate } from "./dates";

/**
 * Reads and evaluations shared by everyone who asks for the same date: the fact reader for a date, a
 * risk assessment, the governance report. The first consumer that asks for `kind` on `date` makes
 * the value, later ones get the same. `kind` must name everything else the value depends on, e.g.
 * `competence-risk:${horizonMonths}`. Passed explicitly, not through AsyncLocalStorage, whose promise
 * hooks would slow every later request of the process.
 *
 * One instance serves a request or an evaluation; the server also keeps one per data version for
 * every read-only request of that version (cache/snapshot-reads.ts), holding the most recently used
 * `maxDates` dates.
 */
export class SharedReads {
  private readonly dates = new Map<LocalDate, Map<string, unknown>>();

  constructor(private readonly maxDates = Number.POSITIVE_INFINITY) {}

  get<T>(date: LocalDate, kind: string, make: () => T): T {
    let values = this.dates.get(date);
    if (values) {
      // Most recently used last, so the first entry is the one to drop.
      this.dates.delete(date);
      this.dates.set(date, values);
    } else {
      values = new Map();
      this.dates.set(date, values);
      if (this.dates.size > this.maxDates) this.dates.delete(this.dates.keys().next().value!);
    }
    if (!values.has(kind)) values.set(kind, make());
    return values.get(kind) as T;
  }
}
