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

/**
 * One copy of each equal string. Texts made by templates are kept by V8 as trees of their parts
 * until flattened; a national evaluation that keeps 300 000 such sentences, most of them equal to
 * another, kept ~30 MB of trees (heap snapshot of the status board's facts). The pool keeps the
 * first of each, flat (hashing flattens it), and the copies become garbage at once.
 */
export class StringPool {
  private readonly kept = new Map<string, string>();

  of(text: string): string {
    const kept = this.kept.get(text);
    if (kept !== undefined) return kept;
    this.kept.set(text, text);
    return text;
  }
}
