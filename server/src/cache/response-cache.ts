import { createHash } from "node:crypto";
import type { ApolloServerPlugin } from "@apollo/server";
import { LRUCache } from "lru-cache";
import type { Viewer } from "../access/viewer";
import type { Context } from "../core/context";

/** One stored answer: the bytes sent and the headers that describe them. */
export interface CachedAnswer {
  body: Buffer;
  headers: [string, string][];
}

/** What an answer depends on besides the stored data: the request and who asks, on which day. */
export interface CacheKeyParts {
  /** The data version read for this request (advanced by every committed write). */
  version: string;
  /** The request's calendar day: the default `asOf` of every dated field. */
  today: string;
  viewer: Viewer | null;
  /** The Accept header: it chooses the answer's content type. */
  accept: string | undefined;
  query: string;
  operationName: unknown;
  variables: unknown;
  extensions: unknown;
}

/**
 * The key of an answer: SHA-256 over the document, operation name, variables, the caller's
 * visibility scope (role and municipality: personal data differs between them), the day and the
 * data version. Base64url, so it doubles as the ETag.
 */
export function responseCacheKey(parts: CacheKeyParts): string {
  // No Accept header and `*/*` get the same answer (application/json).
  const accept = parts.accept === undefined || parts.accept === "*/*" ? "" : parts.accept;
  const scope = parts.viewer ? `${parts.viewer.role}:${parts.viewer.municipalityId ?? ""}` : "anonymous";
  return createHash("sha256")
    .update(JSON.stringify([parts.version, parts.today, scope, accept, parts.operationName ?? null, parts.query, parts.variables ?? null, parts.extensions ?? null]))
    .digest("base64url");
}

/**
 * What identifies one request: Apollo hands resolvers and plugins shallow copies of the context, so
 * the context object itself does not; the request's own loaders object does.
 */
const requestOf = (ctx: Context): object => ctx.loaders;

/** Requests whose answer has fields about the token itself (not its scope): never shared. */
const tokenSpecific = new WeakSet<object>();

/** Called by a resolver whose answer depends on more than the caller's role and municipality (e.g. the token's name). */
export function keepOutOfResponseCache(ctx: Context): void {
  tokenSpecific.add(requestOf(ctx));
}

/** Introspection answers are never cached (they are cheap, and differ by configuration). */
const INTROSPECTION = /__schema|__type\b/;

/**
 * The in-memory cache of serialized GraphQL answers, bounded by their size in bytes (least recently
 * used go first). Only answers to queries without errors, without introspection and without
 * token-specific fields are stored; the Apollo plugin records which answers qualify.
 */
export class ResponseCache {
  hits = 0;
  misses = 0;
  coalesced = 0;
  stores = 0;
  evictions = 0;
  private readonly lru: LRUCache<string, CachedAnswer>;
  private readonly computing = new Map<string, Promise<CachedAnswer | undefined>>();
  private readonly cacheable = new WeakSet<object>();
  private lastVersion: string | null = null;

  constructor(readonly maxBytes: number) {
    this.lru = new LRUCache<string, CachedAnswer>({
      maxSize: maxBytes,
      sizeCalculation: (answer, key) => answer.body.length + key.length + 64,
      dispose: (_answer, _key, reason) => {
        if (reason === "evict") this.evictions++;
      },
    });
  }

  /** Entries of earlier data versions can never be asked for again: drop them when the version moves. */
  observeVersion(version: string): void {
    if (this.lastVersion !== null && this.lastVersion !== version) this.lru.clear();
    this.lastVersion = version;
  }

  /** The stored answer for `key`, or the one a request of the same key is computing now (undefined if it ends up not stored). */
  get(key: string): CachedAnswer | Promise<CachedAnswer | undefined> | undefined {
    const answer = this.lru.get(key);
    if (answer) {
      this.hits++;
      return answer;
    }
    const computing = this.computing.get(key);
    if (computing) this.coalesced++;
    return computing;
  }

  /**
   * Marks `key` as being computed by the caller, until it calls the returned function (with the answer
   * if it stored one). Meanwhile requests of the same key wait for that answer instead of each running
   * the same query: after a write empties the cache, the next page of concurrent reads execute once.
   */
  compute(key: string): (stored?: CachedAnswer) => void {
    this.misses++;
    let settle!: (stored?: CachedAnswer) => void;
    const answer = new Promise<CachedAnswer | undefined>((resolve) => (settle = resolve));
    this.computing.set(key, answer);
    return (stored) => {
      if (this.computing.get(key) === answer) this.computing.delete(key);
      settle(stored);
    };
  }

  /** Stores the answer of the request whose context is `ctx`, when the plugin found it cacheable. */
  storeIfCacheable(ctx: Context | undefined, query: string, key: string, answer: CachedAnswer): boolean {
    if (!ctx || !this.cacheable.has(requestOf(ctx)) || tokenSpecific.has(requestOf(ctx)) || INTROSPECTION.test(query)) return false;
    this.lru.set(key, answer);
    this.stores++;
    return true;
  }

  /** Marks a request's context cacheable when it ran a query that produced no errors. */
  plugin(): ApolloServerPlugin<Context> {
    const cacheable = this.cacheable;
    return {
      async requestDidStart() {
        return {
          async willSendResponse({ operation, response, contextValue }) {
            if (operation?.operation !== "query" || response.body.kind !== "single") return;
            if (response.body.singleResult.errors?.length) return;
            cacheable.add(requestOf(contextValue));
          },
        };
      },
    };
  }

  /** Counters and sizes in the Prometheus text format. */
  metrics(): string {
    const lines: string[] = [];
    const metric = (name: string, type: "counter" | "gauge", help: string, value: number) => lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`, `${name} ${value}`);
    metric("samverkan_response_cache_hits_total", "counter", "GraphQL requests answered from the response cache.", this.hits);
    metric("samverkan_response_cache_misses_total", "counter", "Cacheable-looking GraphQL requests that were executed (not in the cache).", this.misses);
    metric("samverkan_response_cache_coalesced_total", "counter", "Requests answered with the answer of an identical request running at the same time.", this.coalesced);
    metric("samverkan_response_cache_stores_total", "counter", "Answers stored in the response cache.", this.stores);
    metric("samverkan_response_cache_evictions_total", "counter", "Answers dropped to stay within the size bound.", this.evictions);
    metric("samverkan_response_cache_entries", "gauge", "Answers held now.", this.lru.size);
    metric("samverkan_response_cache_bytes", "gauge", "Bytes the held answers take (approximately).", this.lru.calculatedSize);
    metric("samverkan_response_cache_max_bytes", "gauge", "The size bound (SAMVERKAN_RESPONSE_CACHE_MB).", this.maxBytes);
    return `${lines.join("\n")}\n`;
  }
}

/** Whether an `If-None-Match` header names `etag` (weak or strong, or `*`). */
export function matchesETag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(",").some((tag) => {
    const t = tag.trim();
    return t === "*" || t === etag || t === `W/${etag}`;
  });
}
