import type { ApolloServerPlugin } from "@apollo/server";
import {
  getNamedType,
  getNullableType,
  getVariableValues,
  GraphQLError,
  isCompositeType,
  isListType,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValidationRule,
} from "graphql";
import { getComplexity, type ComplexityEstimator } from "graphql-query-complexity";
import { DEFAULT_PAGE_SIZE } from "../graphql/connection";
import type { Context } from "../core/context";

/**
 * The largest query cost accepted (see `costEstimator`): a hundred rows of a connection with a few
 * unpaged lists each pass; lists nested in lists in a large page do not.
 */
export const MAX_COST = 50_000;
/** graphql-js's own token limit, applied while parsing (a parse error, HTTP 400). */
export const MAX_TOKENS = 5_000;

/**
 * What an unpaged list of objects (a collaboration's `participants`, a municipality's
 * `applicationUsages`, a report's rows) counts as in the cost: so many items, whatever it holds.
 */
export const UNPAGED_LIST_COST = 5;

/**
 * A field costs 1 (a leaf) or 2 (an object) plus its selection; a field that pages (`first`/`last`,
 * from a literal, a variable or the argument's default) multiplies its selection by the page size,
 * a connection asked without `first` by the default page size, and an unpaged list of objects by
 * UNPAGED_LIST_COST (so lists nested in lists multiply, as their answers do).
 */
const costEstimator: ComplexityEstimator = ({ type: parent, field, args, childComplexity }) => {
  const type = getNamedType(field.type);
  const own = isCompositeType(type) ? 2 : 1;
  const page = args.first ?? args.last;
  // A connection's own `nodes` and `edges` are its page, already counted by the connection field.
  const unpagedList = isListType(getNullableType(field.type)) && isCompositeType(type) && !parent.name.endsWith("Connection");
  const multiplier = typeof page === "number" ? Math.max(page, 0) : type.name.endsWith("Connection") ? DEFAULT_PAGE_SIZE : unpagedList ? UNPAGED_LIST_COST : 1;
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
 * limit with `first`/`last` taken from variables and defaults. Both answer HTTP 400. Every answer
 * of an operation carries its cost in `extensions.cost` ({ requested, limit }).
 */
export function requestLimitsPlugin(schema: GraphQLSchema, maxCost = MAX_COST): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let cost: number | null = null;
      return {
        async didResolveOperation({ request, document, operation }) {
          // The server's own pages run their fixed queries in process (no HTTP request): counted, not refused.
          const fromClient = request.http !== undefined;
          if (hasLoneSurrogate(request.variables)) {
            throw new GraphQLError("Variablerna innehåller ett ensamt UTF-16-surrogat: det är inte giltig Unicode-text.", {
              extensions: { code: "BAD_USER_INPUT", http: { status: 400 } },
            });
          }
          cost = operation ? queryCost(schema, { document, operation, variables: request.variables }) : null;
          if (fromClient && cost !== null && cost > maxCost) {
            throw new GraphQLError(`Frågan kostar ${cost}, mer än gränsen ${maxCost}: be om mindre sidor (first) eller färre fält.`, {
              extensions: { code: "COST_LIMIT_EXCEEDED", cost, maxCost, http: { status: 400 } },
            });
          }
        },
        // Every answer tells its cost and the limit (`extensions.cost`), so a client sees how close it is before a query is refused.
        async willSendResponse({ response }) {
          if (cost === null || response.body.kind !== "single") return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, cost: { requested: cost, limit: maxCost } };
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
    if (!root) context.reportError(new GraphQLError(`Den här servern stöder inte operationer av typen ${node.operation}.`, { nodes: [node] }));
  },
});
