/** Groups rows by a key, keeping their order; rows whose key is null are left out. */
export function groupBy<T, K>(rows: readonly T[], key: (row: T) => K | null): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    if (k === null) continue;
    let group = groups.get(k);
    if (!group) groups.set(k, (group = []));
    group.push(row);
  }
  return groups;
}

/**
 * A map keyed by two numbers (e.g. application and municipality), without building a string per
 * lookup: in the national-scale evaluations the `${a}:${b}` keys and their hashing cost more than
 * the work around them.
 */
export class PairMap<V> {
  private readonly outer = new Map<number, Map<number, V>>();

  get(a: number, b: number): V | undefined {
    return this.outer.get(a)?.get(b);
  }

  has(a: number, b: number): boolean {
    return this.outer.get(a)?.has(b) ?? false;
  }

  set(a: number, b: number, value: V): void {
    let inner = this.outer.get(a);
    if (!inner) this.outer.set(a, (inner = new Map()));
    inner.set(b, value);
  }
}

/** A value made on first use and kept: `once(make)()` calls `make` the first time only. */
export function once<T>(make: () => T): () => T {
  let made = false;
  let value: T;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value;
  };
}
