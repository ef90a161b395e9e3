/**
 * Merging the sorted lists of `SortedUnits` (evaluations/evaluation.ts). The order is total, so
 * every correct merge gives the same list: the registry may merge the whole anew or only what
 * changed, whichever costs less.
 */
type Order<T> = (a: T, b: T) => number;

/** Sorted lists merged into one list in `order`. */
export function mergeAll<T>(lists: readonly (readonly T[])[], order: Order<T>): T[] {
  return lists.flat().sort(order);
}

/**
 * `merged` (a merge in `order`) without the items of `removed` and with the items of `added`
 * (lists in `order`) merged in: O(k log n) comparisons for k added items, not the O(n log n) of
 * sorting the whole again.
 */
export function mergeChanged<T>(merged: readonly T[], removed: ReadonlySet<T>, added: readonly (readonly T[])[], order: Order<T>): T[] {
  const kept = removed.size === 0 ? merged : merged.filter((item) => !removed.has(item));
  const incoming = mergeAll(added, order);
  if (incoming.length === 0) return kept === merged ? [...merged] : (kept as T[]);
  const result: T[] = [];
  let from = 0;
  for (const item of incoming) {
    // The first kept item after `item`, by binary search from where the last one went in.
    let low = from;
    let high = kept.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (order(kept[middle], item) < 0) low = middle + 1;
      else high = middle;
    }
    for (let i = from; i < low; i++) result.push(kept[i]);
    result.push(item);
    from = low;
  }
  for (let i = from; i < kept.length; i++) result.push(kept[i]);
  return result;
}
