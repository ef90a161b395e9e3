import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "../../server/src/core/cursor";

const pair = (values: readonly unknown[]) => (typeof values[0] === "string" && Number.isSafeInteger(values[1]) ? { sort: values[0], id: values[1] as number } : null);

describe("page cursors", () => {
  it("keep the one format every list has handed out: base64url of the JSON array of the item's key", () => {
    // Changing it is a conscious step: cursors clients hold must then still be refused cleanly.
    expect(encodeCursor(["bengtsfors", 3])).toBe(Buffer.from('["bengtsfors",3]', "utf8").toString("base64url"));
    expect(decodeCursor(encodeCursor(["bengtsfors", 3]), "after", 2, pair)).toEqual({ sort: "bengtsfors", id: 3 });
    expect(decodeCursor(encodeCursor([42, "Åmål – Book-IT", null]), "before", 3, (values) => values)).toEqual([42, "Åmål – Book-IT", null]);
  });

  it("refuse what is not a key of the list (other values, more or fewer) with BAD_USER_INPUT naming the argument, in Swedish", () => {
    const forged = [
      "",
      "nope",
      Buffer.from("Municipality:1").toString("base64url"),
      encodeCursor([1]),
      Buffer.from('{"sort":"a","id":1}').toString("base64url"),
      encodeCursor([7, "a"]),
      encodeCursor(["a", 1, "b"]),
    ];
    for (const text of forged) {
      for (const argumentName of ["after", "before"] as const) {
        let thrown: unknown;
        try {
          decodeCursor(text, argumentName, 2, pair);
        } catch (error) {
          thrown = error;
        }
        expect(thrown, text).toBeInstanceOf(GraphQLError);
        expect((thrown as GraphQLError).extensions).toEqual({ code: "BAD_USER_INPUT", argumentName });
        expect((thrown as GraphQLError).message).toBe(`Markören i \`${argumentName}\` är inte giltig.`);
      }
    }
  });
});
