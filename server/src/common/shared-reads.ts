/**
 * Reads shared within one request or evaluation (the fact reader for a date, a risk assessment): the first consumer that asks
 * for `key` makes the value, later ones get the same. The key must name everything the value
 * depends on, e.g. `competence-risk:${asOf}`. Passed explicitly, not through AsyncLocalStorage,
 * whose promise hooks would slow every later request of the process.
 */
export class SharedReads {
  private readonly values = new Map<string, unknown>();

  get<T>(key: string, make: () => T): T {
    if (!this.values.has(key)) this.values.set(key, make());
    return this.values.get(key) as T;
  }
}
