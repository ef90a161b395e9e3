import { createHash } from "node:crypto";
import { HeaderMap } from "@apollo/server";
import { GraphQLError } from "graphql";
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import type { DataSource } from "typeorm";
import type { RateLimitConfig } from "../config";
import { isPostgres } from "../db/where-in";

/** The table the PostgreSQL store keeps its counters in (created by rate-limiter-flexible itself, if missing). */
export const RATE_LIMIT_TABLE = "rate_limit_counter";

/** Where a key stands in its window after a request was counted. */
export interface RateLimitState {
  /** Requests allowed per window. */
  limit: number;
  /** The window in seconds. */
  windowSeconds: number;
  /** Requests left in the current window. */
  remaining: number;
  /** Seconds until the window starts anew. */
  resetSeconds: number;
}

export interface RateLimiter {
  /**
   * Counts one request for `key` and tells `observe` where the key stands (also when refused);
   * throws a 429 GraphQL error (`RATE_LIMITED`, `Retry-After`) once it is over the limit.
   */
  consume(key: string, observe?: (state: RateLimitState) => void): Promise<void>;
}

/**
 * The IETF RateLimit headers (draft-ietf-httpapi-ratelimit-headers): the policy (`q` requests per
 * `w` seconds) and what is left of it (`r` requests, `t` seconds until the window starts anew).
 */
export function rateLimitHeaders(state: RateLimitState): [string, string][] {
  return [
    ["ratelimit-policy", `"default";q=${state.limit};w=${state.windowSeconds}`],
    ["ratelimit", `"default";r=${state.remaining};t=${state.resetSeconds}`],
  ];
}

/**
 * The request limiter: with PostgreSQL, counters live in a table of the shared database, so every
 * instance serving that database counts together (an in-memory limiter stands in if the table
 * cannot be reached); with SQLite (one process) in memory. Null when switched off.
 */
export async function createRateLimiter(db: DataSource, config: RateLimitConfig): Promise<RateLimiter | null> {
  if (config.requests <= 0) return null;
  const limits = { points: config.requests, duration: config.windowSeconds, keyPrefix: "graphql" };
  let limiter: RateLimiterAbstract;
  if (isPostgres(db)) {
    limiter = await new Promise<RateLimiterAbstract>((resolve, reject) => {
      const store: RateLimiterPostgres = new RateLimiterPostgres(
        { ...limits, storeClient: db, storeType: "typeorm", tableName: RATE_LIMIT_TABLE, clearExpiredByTimeout: true, insuranceLimiter: new RateLimiterMemory(limits) },
        (error?: unknown) => (error ? reject(error) : resolve(store)),
      );
    });
  } else {
    limiter = new RateLimiterMemory(limits);
  }
  return {
    async consume(key, observe) {
      const stateOf = (res: RateLimiterRes): RateLimitState => ({
        limit: config.requests,
        windowSeconds: config.windowSeconds,
        remaining: Math.max(0, res.remainingPoints),
        resetSeconds: Math.max(0, Math.ceil(res.msBeforeNext / 1000)),
      });
      try {
        observe?.(stateOf(await limiter.consume(key)));
      } catch (outcome) {
        if (!(outcome instanceof RateLimiterRes)) throw outcome;
        observe?.(stateOf(outcome));
        const retryAfter = Math.max(1, Math.ceil(outcome.msBeforeNext / 1000));
        throw new GraphQLError(`För många anrop: högst ${config.requests} per ${config.windowSeconds} s. Försök igen om ${retryAfter} s.`, {
          extensions: { code: "RATE_LIMITED", retryAfterSeconds: retryAfter, http: { status: 429, headers: new HeaderMap([["retry-after", String(retryAfter)]]) } },
        });
      }
    },
  };
}

/** The key a request is counted under: its (valid) token's id, else its client address (hashed: the store keeps no addresses). */
export function rateLimitKey(tokenId: number | null, address: string): string {
  return tokenId !== null ? `token:${tokenId}` : `address:${createHash("sha256").update(address).digest("base64url").slice(0, 22)}`;
}
