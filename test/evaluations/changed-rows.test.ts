import { describe, expect, it } from "vitest";
import { changedRows } from "../../server/src/evaluations/changed-rows";

/** changedRows: what a write changed in a list the reader gives in id order, untouched rows being the same objects. */
describe("changedRows", () => {
  const row = (id: number, value = 0) => ({ id, value });
  const before = [row(1), row(3), row(5), row(7)];

  it("finds nothing when every row is the same object, even one equal in content but new", () => {
    expect(changedRows(before, [...before])).toEqual({ removed: [], added: [] });
    const renewed = [before[0], row(3), before[2], before[3]];
    const changed = changedRows(before, renewed)!;
    expect(changed.removed).toEqual([before[1]]);
    expect(changed.removed[0]).toBe(before[1]);
    expect(changed.added[0]).toBe(renewed[1]);
  });

  it("finds rows gone, rows new and rows written anew wherever they are in the lists", () => {
    const now = [row(0), before[0], row(3, 1), before[3], row(9)];
    const { removed, added } = changedRows(before, now)!;
    expect(removed).toEqual([before[1], before[2]]);
    expect(added).toEqual([now[0], now[2], now[4]]);
    expect(changedRows(before, [])).toEqual({ removed: before, added: [] });
    expect(changedRows([], before)).toEqual({ removed: [], added: before });
  });

  it("gives null for a list not in id order, so the caller makes its value anew", () => {
    expect(changedRows(before, [before[1], before[0], before[2], before[3]])).toBeNull();
    expect(changedRows(before, [before[0], before[0]])).toBeNull();
  });
});
