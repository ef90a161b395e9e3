import { describe, expect, it } from "vitest";
import { mergeAll, mergeChanged } from "../../server/src/evaluations/sorted-merge";

/** The registry's merge of sorted units (evaluations/sorted-merge.ts): taking out and merging in only what changed equals merging all anew. */
const order = (a: { n: number }, b: { n: number }) => a.n - b.n;
const items = (...ns: number[]) => ns.map((n) => ({ n }));

describe("merging the lists of sorted units", () => {
  it("takes out the items of units judged again or gone and merges in the new ones, as a whole merge would", () => {
    const [a, b, c] = [items(1, 5, 9), items(2, 3, 10), items(4, 7)];
    const merged = mergeAll([a, b, c], order);
    expect(merged.map((x) => x.n)).toEqual([1, 2, 3, 4, 5, 7, 9, 10]);
    // Unit b judged again (new items), unit c gone, a new unit d.
    const [b2, d] = [items(0, 6, 11), items(8)];
    const changed = mergeChanged(merged, new Set([...b, ...c]), [b2, d], order);
    expect(changed).toEqual(mergeAll([a, b2, d], order));
    expect(changed[1]).toBe(a[0]);
  });

  it("keeps the list as it was when nothing changed, and empties it when everything went", () => {
    const merged = mergeAll([items(1, 3), items(2)], order);
    expect(mergeChanged(merged, new Set(), [], order)).toEqual(merged);
    expect(mergeChanged(merged, new Set(merged), [], order)).toEqual([]);
  });
});
