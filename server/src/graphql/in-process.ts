import { graphql, type GraphQLSchema } from "graphql";
import type { Context } from "../core/context";
import type { RunGraphQL } from "../reports/facts";

/**
 * Runs documents in-process against `schema` with a request's context (its viewer, loaders and
 * clock). Errors are thrown, unless `partial`: then fields that failed are null and their errors come
 * back under `errors`. The schema is passed in by whoever holds it (a resolver's `info.schema`, the
 * composition roots), so nothing below the API imports the schema's assembly.
 */
export function inProcessGraphQL(schema: GraphQLSchema, ctx: Context): RunGraphQL {
  return async (document, variables, options) => {
    const result = await graphql({ schema, source: document, variableValues: variables, contextValue: ctx });
    if (options?.partial && result.data) return { ...result.data, errors: result.errors ?? [] } as any;
    if (result.errors?.length) throw result.errors[0];
    return result.data as any;
  };
}
