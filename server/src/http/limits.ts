import type { ApolloServerPlugin } from "@apollo/server";
import { getNamedType, getVariableValues, GraphQLError, isCompositeType, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode, type ValidationRule } from "graphql";
import { getComplexity, type ComplexityEstimator } from "graphql-query-complexity";
import { DEFAULT_PAGE_SIZE } from "../graphql/connection";
import type { Context } from "../core/context";

/** The largest query cost accepted (see `costEstimator`). */
export const MAX_COST = 10_000;
/** graphql-js's own token limit, applied while parsing (a parse error, HTTP 400). */
export const MAX_TOKENS = 5_000;

/**
 * A field costs 1 (a leaf) or 2 (an object) plus its selection; a field that pages (`first`/`last`,
 * from a literal, a variable or the argument's default) multiplies its selection by the page size,
 * and a connection asked without `first` by the default page size.
 */
const costEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const type = getNamedType(field.type);
  const own = isCompositeType(type) ? 2 : 1;
  const page = args.first ?? args.last;
  const multiplier = typeof page === "number" ? Math.max(page, 0) : type.name.endsWith("Connection") ? DEFAULT_PAGE_SIZE : 1;
  return own + childComplexity * multiplier;
};

/**
 * The cost of the operation that will run, with its variables and their defaults; null when the
 * variables do not fit their types (execution then answers BAD_USER_INPUT).
 */
export function queryCost(schema: GraphQLSchema, request: { document: DocumentNode; operation: OperationDefinitionNode; variables?: Record<string, unknown> }): number | null {
  const { errors } = getVariableValues(schema, request.operation.variableDefinitions ?? [], request.variables ?? {}, { maxErrors: 1 });
  if (errors) return null;
  return getComplexity({
    schema,
    query: request.document,
    variables: request.variables ?? {},
    operationName: request.operation.name?.value,
    estimators: [costEstimator],
  });
}

// With the `u` flag a valid surrogate pair is one code point: only lone surrogates match.
const LONE_SURROGATE = /\p{Surrogate}/u;

/** A string with a lone UTF-16 surrogate (no valid UTF-8 form), anywhere inside `value`. */
function hasLoneSurrogate(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return LONE_SURROGATE.test(value);
  if (value === null || typeof value !== "object" || depth > 64) return false;
  for (const item of Array.isArray(value) ? value : Object.values(value)) if (hasLoneSurrogate(item, depth + 1)) return true;
  return false;
}

/**
 * Checks of a request that need its variables, after parsing and validation and before anything
 * runs: no lone surrogates in variables (the database would store U+FFFD instead), and the cost
 * limit with `first`/`last` taken from variables and defaults. Both answer HTTP 400.
 */
export function requestLimitsPlugin(schema: GraphQLSchema, maxCost = MAX_COST): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation }) {
          if (hasLoneSurrogate(request.variables)) {
            throw new GraphQLError("Variables contain a lone UTF-16 surrogate: not valid Unicode text.", {
              extensions: { code: "BAD_USER_INPUT", http: { status: 400 } },
            });
          }
          const cost = operation ? queryCost(schema, { document, operation, variables: request.variables }) : null;
          if (cost !== null && cost > maxCost) {
            throw new GraphQLError(`The query costs ${cost}, more than the limit of ${maxCost}: ask for smaller pages (first) or fewer fields.`, {
              extensions: { code: "COST_LIMIT_EXCEEDED", cost, maxCost, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}

/** Rejects operations of a kind the schema has no root type for (here: subscriptions) as a validation error. */
export const knownOperationTypeRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    const schema = context.getSchema();
    const root = node.operation === "query" ? schema.getQueryType() : node.operation === "mutation" ? schema.getMutationType() : schema.getSubscriptionType();
    if (!root) context.reportError(new GraphQLError(`This server does not support ${node.operation} operations.`, { nodes: [node] }));
  },
});
