import { GraphQLError } from "graphql";
import { decodeIdOf } from "./global-id";

/**
 * The row id named by a global ID in a query argument (a filter). An ID that is malformed or of
 * another kind is the client's mistake: BAD_USER_INPUT naming the argument, never a silently empty
 * answer. Municipality filters use `municipalityArgument`, which also accepts a municipality code.
 */
export function idArgument(value: string, argumentName: string, ...types: string[]): number {
  const id = decodeIdOf(value, ...types);
  if (id === null) {
    throw new GraphQLError(`\`${argumentName}\` must be the ID of a ${types.join(" or ")}; "${value.slice(0, 40)}" is not.`, {
      extensions: { code: "BAD_USER_INPUT", argumentName },
    });
  }
  return id;
}
