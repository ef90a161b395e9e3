import DataLoader from "dataloader";
import { describe, expect, it } from "vitest";
import { RequestLoader } from "../../server/src/core/request-loaders";

describe("a request's loader", () => {
  it("answers a key it has loaded with the value itself, and batches the first loads into one call", async () => {
    const batches: number[][] = [];
    const loader = new RequestLoader(
      new DataLoader<number, string>(async (ids) => {
        batches.push([...ids]);
        return ids.map((id) => `m${id}`);
      }),
    );
    const first = [loader.load(1), loader.load(2), loader.load(1)];
    expect(first.every((value) => value instanceof Promise)).toBe(true);
    expect(await Promise.all(first)).toEqual(["m1", "m2", "m1"]);
    expect(loader.load(2)).toBe("m2");
    expect(batches).toEqual([[1, 2]]);
  });

  it("does not remember a failed load", async () => {
    let calls = 0;
    const loader = new RequestLoader(
      new DataLoader<number, string>(
        async (ids) => {
          calls++;
          return ids.map(() => new Error("database down"));
        },
        { cache: false },
      ),
    );
    await expect(loader.load(1)).rejects.toThrow("database down");
    await expect(loader.load(1)).rejects.toThrow("database down");
    expect(calls).toBe(2);
  });
});
