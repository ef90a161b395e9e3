/**
 * The rows of `before` that `now` no longer holds as the same objects (`removed`) and the rows of
 * `now` that `before` did not (`added`; a row written anew is in both), for two lists in id order,
 * as the reader gives them: the reader gives a row no write touched as the same object, so this
 * finds what a write changed by one walk over the lists, comparing objects rather than contents.
 * Null when `now` is not in id order (the caller then makes its value anew).
 */
export function changedRows<T extends { id: number }>(before: readonly T[], now: readonly T[]): { removed: T[]; added: T[] } | null {
  const removed: T[] = [];
  const added: T[] = [];
  let i = 0;
  let j = 0;
  while (i < before.length || j < now.length) {
    const [b, n] = [before[i], now[j]];
    if (j > 0 && n !== undefined && n.id <= now[j - 1].id) return null;
    if (b === n) {
      i++;
      j++;
    } else if (n === undefined || (b !== undefined && b.id < n.id)) {
      removed.push(b);
      i++;
    } else if (b === undefined || n.id < b.id) {
      added.push(n);
      j++;
    } else {
      removed.push(b);
      added.push(n);
      i++;
      j++;
    }
  }
  return { removed, added };
}
