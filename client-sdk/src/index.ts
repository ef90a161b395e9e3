export { createSamverkanClient, paginate, type ConnectionPage, type SamverkanClient, type SamverkanClientOptions } from "./client.js";
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
export { connectionKeyArgs, possibleTypes, scalars, typePolicies, type SamverkanScalars } from "./cache.js";
/** The typed documents and every operation's result, variables, input and enum types. */
export * from "./generated/graphql.js";
export { gql } from "./generated/gql.js";
