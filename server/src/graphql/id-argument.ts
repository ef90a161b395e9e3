import { GraphQLError } from "graphql";
import type { Context } from "../core/context";
import { decodeIdOf } from "../core/global-id";
import { loadNode } from "./node-registry";

/**
 * The row id named by a global ID in a query argument (a filter). An ID that is malformed, of
 * another kind, or names nothing is the client's mistake: BAD_USER_INPUT naming the argument, never
 * a silently empty answer. The check loads the object through the request's loaders (one batched
 * statement, reused by any field that shows it). Municipality filters use `municipalityArgument`,
 * which also accepts a municipality code.
 */
export async function idArgument(ctx: Context, value: string, argumentName: string, ...types: string[]): Promise<number> {
  const id = decodeIdOf(value, ...types);
  if (id === null) {
    throw new GraphQLError(`\`${argumentName}\` ska vara ID:t för en ${types.join(" eller ")}; "${value.slice(0, 40)}" är det inte.`, {
      extensions: { code: "BAD_USER_INPUT", argumentName },
    });
  }
  if ((await loadNode(ctx.loaders, value)) === null) {
    throw new GraphQLError(`\`${argumentName}\`: ingen ${types.join(" eller ")} har ID:t "${value.slice(0, 40)}".`, { extensions: { code: "BAD_USER_INPUT", argumentName } });
  }
  return id;
}
