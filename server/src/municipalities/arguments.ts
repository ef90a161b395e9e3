import { GraphQLError } from "graphql";
import type { Context } from "../core/context";
import { decodeIdOf } from "../core/global-id";
import { idArgument } from "../graphql/id-argument";
import { Municipality } from "./entities";

/**
 * A municipality named in a query argument, by global ID or four-digit municipality code. An ID of
 * another kind, or a code or ID that names no municipality, is the client's mistake: BAD_USER_INPUT naming
 * the argument, never a silently empty answer.
 */
export async function municipalityArgument(ctx: Context, value: string, argumentName: string): Promise<number> {
  const byCode = /^\d{4}$/.test(value);
  const id = byCode ? ((await ctx.db.getRepository(Municipality).findOne({ where: { code: value }, select: { id: true } }))?.id ?? null) : decodeIdOf(value, Municipality.typeName);
  if (id === null) {
    throw new GraphQLError(`\`${argumentName}\` ska vara ett kommun-ID (Municipality) eller en fyrsiffrig kommunkod; "${value.slice(0, 40)}" är inget av dem.`, {
      extensions: { code: "BAD_USER_INPUT", argumentName },
    });
  }
  // An ID of the right kind must also name a municipality.
  return byCode ? id : idArgument(ctx, value, argumentName, Municipality.typeName);
}
