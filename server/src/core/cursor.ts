import { GraphQLError } from "graphql";

/**
 * Page cursors, one format for every list: base64url of the JSON array of an item's values in its
 * list's total order (a keyset: the sort values, then what breaks ties). Opaque to clients; each
 * list says which values its key holds and checks them when it reads a cursor back, so a cursor
 * that is not one of the list's keys (forged, of a list with another key, or of a format no longer
 * written) is refused with BAD_USER_INPUT naming the argument, never an internal error.
 */
export type CursorValue = string | number | null;

export type CursorArgument = "after" | "before";

export function encodeCursor(key: readonly CursorValue[]): string {
  return Buffer.from(JSON.stringify(key), "utf8").toString("base64url");
}

/**
 * The key a cursor holds: `length` values, which `read` checks and makes the key of (null when they
 * are not a key of the list).
 */
export function decodeCursor<K>(text: string, argumentName: CursorArgument, length: number, read: (values: readonly unknown[]) => K | null): K {
  let key: K | null = null;
  try {
    const values: unknown = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
    if (Array.isArray(values) && values.length === length) key = read(values);
  } catch {
    // not JSON: refused below
  }
  if (key === null) throw invalidCursor(argumentName);
  return key;
}

function invalidCursor(argumentName: CursorArgument): GraphQLError {
  return new GraphQLError(`Markören i \`${argumentName}\` är inte giltig.`, { extensions: { code: "BAD_USER_INPUT", argumentName } });
}
