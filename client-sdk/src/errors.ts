/** One entry of a GraphQL response's `errors`. */
export interface SamverkanGraphQLErrorEntry {
  message: string;
  path?: readonly (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

/** Every error the SDK throws; `code` is the server's `extensions.code` (or NETWORK_ERROR). */
export class SamverkanError extends Error {
  override name = "SamverkanError";
  constructor(
    message: string,
    readonly code: string,
    /** The response's `errors`, when the server answered. */
    readonly errors: readonly SamverkanGraphQLErrorEntry[] = [],
    /** The HTTP status, when the server answered. */
    readonly status?: number,
  ) {
    super(message);
  }
}

/** No token, or one that is unknown, expired or revoked (UNAUTHENTICATED). */
export class SamverkanUnauthenticatedError extends SamverkanError {
  override name = "SamverkanUnauthenticatedError";
}

/** The token's role or municipality does not allow this (FORBIDDEN). */
export class SamverkanForbiddenError extends SamverkanError {
  override name = "SamverkanForbiddenError";
}

/** The server could not be reached, or answered something that is not a GraphQL response. */
export class SamverkanNetworkError extends SamverkanError {
  override name = "SamverkanNetworkError";
  constructor(message: string, status?: number, override readonly cause?: unknown) {
    super(message, "NETWORK_ERROR", [], status);
  }
}

/** The query asks for too much at once (COST_LIMIT_EXCEEDED): ask for smaller pages or fewer fields. */
export class SamverkanCostLimitError extends SamverkanError {
  override name = "SamverkanCostLimitError";
  constructor(
    message: string,
    errors: readonly SamverkanGraphQLErrorEntry[],
    status: number | undefined,
    /** The query's cost as the server counted it. */
    readonly cost: number,
    /** The largest cost the server accepts. */
    readonly maxCost: number,
  ) {
    super(message, "COST_LIMIT_EXCEEDED", errors, status);
  }
}

/** Too many requests (HTTP 429, RATE_LIMITED): try again after `retryAfterSeconds`. */
export class SamverkanRateLimitError extends SamverkanError {
  override name = "SamverkanRateLimitError";
  constructor(
    message: string,
    errors: readonly SamverkanGraphQLErrorEntry[],
    status: number | undefined,
    /** Seconds to wait before the next request (the Retry-After header). */
    readonly retryAfterSeconds: number,
  ) {
    super(message, "RATE_LIMITED", errors, status);
  }
}

/** One business-rule failure of a mutation (its payload's `userErrors`). */
export interface SamverkanUserErrorEntry {
  field?: readonly string[] | null;
  message: string;
  code: string;
}

/** A mutation was refused (its payload's `userErrors` were not empty; nothing was changed): thrown by `orThrow`. */
export class SamverkanUserError extends SamverkanError {
  override name = "SamverkanUserError";
  constructor(
    /** The payload's userErrors: which input field, what, and a code. */
    readonly userErrors: readonly SamverkanUserErrorEntry[],
  ) {
    super(userErrors.map((e) => (e.field?.length ? `${e.field.join(".")}: ${e.message}` : e.message)).join("; "), userErrors[0]?.code ?? "USER_ERROR");
  }
}

/**
 * A mutation's payload when it succeeded; throws SamverkanUserError when its `userErrors` are not
 * empty: `const { applicationUsage } = orThrow(await client.applicationUsageUpdate(input))`.
 */
export function orThrow<T extends { userErrors: readonly SamverkanUserErrorEntry[] }>(payload: T | null | undefined): T {
  if (!payload) throw new SamverkanError("The mutation answered no payload.", "INTERNAL_SERVER_ERROR");
  if (payload.userErrors.length > 0) throw new SamverkanUserError(payload.userErrors);
  return payload;
}

/** The error an answer's `errors` stand for: the most specific class for its first code. */
export function errorFromResponse(errors: readonly SamverkanGraphQLErrorEntry[], status: number, retryAfterHeader: string | null): SamverkanError {
  const first = errors[0];
  const code = first?.extensions?.code ?? (status === 429 ? "RATE_LIMITED" : "INTERNAL_SERVER_ERROR");
  const message = first?.message ?? `HTTP ${status}`;
  switch (code) {
    case "UNAUTHENTICATED":
      return new SamverkanUnauthenticatedError(message, code, errors, status);
    case "FORBIDDEN":
      return new SamverkanForbiddenError(message, code, errors, status);
    case "COST_LIMIT_EXCEEDED":
      return new SamverkanCostLimitError(message, errors, status, Number(first?.extensions?.cost), Number(first?.extensions?.maxCost));
    case "RATE_LIMITED": {
      const seconds = Number(retryAfterHeader ?? first?.extensions?.retryAfterSeconds);
      return new SamverkanRateLimitError(message, errors, status, Number.isFinite(seconds) && seconds > 0 ? seconds : 1);
    }
    default:
      return new SamverkanError(message, code, errors, status);
  }
}
