export {
  createSamverkanClient,
  fetchAll,
  paginate,
  type ConnectionPage,
  type ResultOf,
  type SamverkanClient,
  type SamverkanClientOptions,
  type SamverkanMethods,
  type VariablesOf,
} from "./client.js";
export { mutationDocuments, queriesNullOnlyOnError, queryDocuments, unkeyedTypes } from "./generated/methods.js";
export {
  SamverkanCostLimitError,
  SamverkanError,
  SamverkanForbiddenError,
  SamverkanNetworkError,
  SamverkanRateLimitError,
  SamverkanUnauthenticatedError,
  SamverkanUserError,
  orThrow,
  type SamverkanGraphQLErrorEntry,
  type SamverkanUserErrorEntry,
} from "./errors.js";
export { apolloTypePolicies, connectionKeyArgs, graphcacheOptions, nodesPagination, possibleTypes, scalars, typePolicies, type SamverkanScalars } from "./cache.js";
/** The typed documents and every operation's result, variables, input and enum types. */
export * from "./generated/graphql.js";
export { documentNode, gql, samverkanDocument } from "./documents.js";
