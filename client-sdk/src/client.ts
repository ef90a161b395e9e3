import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";
import type { TypedDocumentString } from "./generated/graphql.js";
import { mutationDocuments, queriesNullOnlyOnError, queryDocuments } from "./generated/methods.js";
import { errorFromResponse, SamverkanCostLimitError, SamverkanNetworkError, SamverkanRateLimitError, type SamverkanGraphQLErrorEntry } from "./errors.js";

export interface SamverkanClientOptions {
  /** The GraphQL endpoint, e.g. "https://samverkan.example.se/graphql". */
  url: string;
  /** An API token (`npm run token` on the server); sent as `Authorization: Bearer <token>`. */
  token?: string;
  /** A fetch implementation; default the global one (Node ≥ 18, browsers). */
  fetch?: typeof globalThis.fetch;
  /**
   * Retries after HTTP 429 (RATE_LIMITED): waits the server's Retry-After and asks again, at most
   * `maxRetries` times (default 2) and never waiting longer than `maxWaitSeconds` (default 60) at a
   * time; then throws SamverkanRateLimitError. `{ maxRetries: 0 }` turns retrying off.
   */
  retry?: { maxRetries?: number; maxWaitSeconds?: number; onRetry?: (error: SamverkanRateLimitError, attempt: number) => void };
}

/** One page of a connection, as every paged method answers it. */
export interface ConnectionPage<TNode> {
  nodes: TNode[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * Every node of a connection, page after page: calls `method` with `vars` and then with `after` set
 * to each page's end cursor while more pages follow. A page the server refuses as too costly
 * (`SamverkanCostLimitError`) is asked again with a smaller `first`, in proportion to its cost and the
 * limit (down to 1; then the error is thrown).
 */
export async function* paginate<TMethod extends (vars: { after?: string | null; first?: number | null }) => Promise<ConnectionPage<unknown>>>(
  method: TMethod,
  vars: NonNullable<Parameters<TMethod>[0]>,
): AsyncGenerator<Awaited<ReturnType<TMethod>>["nodes"][number], void, undefined> {
  let after = vars.after ?? null;
  let first = vars.first ?? undefined;
  for (;;) {
    let page: ConnectionPage<unknown>;
    try {
      page = await method({ ...vars, after, ...(first === undefined ? {} : { first }) });
    } catch (error) {
      const smaller = error instanceof SamverkanCostLimitError ? smallerPage(first ?? DEFAULT_PAGE_SIZE, error) : null;
      if (smaller === null) throw error;
      first = smaller;
      continue;
    }
    for (const node of page.nodes) yield node as Awaited<ReturnType<TMethod>>["nodes"][number];
    if (!page.pageInfo.hasNextPage || page.pageInfo.endCursor === null) return;
    after = page.pageInfo.endCursor;
  }
}

/** The server's page size when `first` is not given. */
const DEFAULT_PAGE_SIZE = 50;

/** A page size whose cost fits the limit, in proportion (with a margin); null when the page cannot shrink. */
function smallerPage(first: number, error: SamverkanCostLimitError): number | null {
  if (first <= 1 || !error.cost || !error.maxCost) return null;
  return Math.max(1, Math.min(first - 1, Math.floor((first * error.maxCost * 0.9) / error.cost)));
}

/** Every node of a connection method, all pages read: `await fetchAll(client.municipalities, { first: 100 })`. */
export async function fetchAll<TMethod extends (vars: { after?: string | null; first?: number | null }) => Promise<ConnectionPage<unknown>>>(
  method: TMethod,
  vars: NonNullable<Parameters<TMethod>[0]>,
): Promise<Awaited<ReturnType<TMethod>>["nodes"][number][]> {
  const all: Awaited<ReturnType<TMethod>>["nodes"][number][] = [];
  for await (const node of paginate(method, vars)) all.push(node);
  return all;
}

/** The result type of a typed document. */
export type ResultOf<D> = D extends DocumentTypeDecoration<infer R, infer _V> ? R : never;
/** The variables type of a typed document. */
export type VariablesOf<D> = D extends DocumentTypeDecoration<infer _R, infer V> ? V : never;

type QueryDocuments = typeof queryDocuments;
type MutationDocuments = typeof mutationDocuments;
/**
 * A query field's value as its method answers it: root fields are nullable in the schema (a denied
 * field is null beside the others' data), but a method throws on any error, so a connection or list
 * is never null; a lookup of one object may be.
 */
type QueryValue<K extends keyof QueryDocuments> = K extends (typeof queriesNullOnlyOnError)[number]
  ? NonNullable<ResultOf<QueryDocuments[K]>[K & keyof ResultOf<QueryDocuments[K]>]>
  : ResultOf<QueryDocuments[K]>[K & keyof ResultOf<QueryDocuments[K]>];
/** A query method: its variables (optional when every one is), answering the field's value. */
type QueryMethod<K extends keyof QueryDocuments> = {} extends VariablesOf<QueryDocuments[K]>
  ? (vars?: VariablesOf<QueryDocuments[K]>) => Promise<QueryValue<K>>
  : (vars: VariablesOf<QueryDocuments[K]>) => Promise<QueryValue<K>>;
/** A mutation method: its one `input`, answering the payload (check its `userErrors`, or use `orThrow`); never null (an error throws). */
type MutationMethod<K extends keyof MutationDocuments> = (
  input: VariablesOf<MutationDocuments[K]> extends { input: infer I } ? I : never,
) => Promise<NonNullable<ResultOf<MutationDocuments[K]>[K & keyof ResultOf<MutationDocuments[K]>]>>;
/** One method per Query field and per Mutation field of the API. */
export type SamverkanMethods = { [K in keyof QueryDocuments]: QueryMethod<K> } & { [K in keyof MutationDocuments]: MutationMethod<K> };

/**
 * A typed client of the Samverkan API: one method per Query field (its variables in, the field's
 * value out) and per Mutation field (its `input` in, the payload out), each running the operation in
 * client-sdk/operations/ (hand-written) or client-sdk/operations/api/ (generated from the schema).
 */
export function createSamverkanClient(options: SamverkanClientOptions) {
  const doFetch = options.fetch ?? globalThis.fetch;
  const mustBePresent = new Set<string>(queriesNullOnlyOnError);

  /**
   * Runs one document: a typed one from this SDK (typed result), or your own as a string. Throws a
   * SamverkanError subclass on any top-level error.
   */
  async function request<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables> | (DocumentTypeDecoration<TResult, TVariables> & string), variables: TVariables): Promise<TResult>;
  async function request<TResult = unknown>(document: string, variables?: Record<string, unknown>): Promise<TResult>;
  async function request(document: { toString(): string }, variables?: unknown): Promise<unknown> {
    const maxRetries = Math.max(0, options.retry?.maxRetries ?? 2);
    const maxWaitSeconds = options.retry?.maxWaitSeconds ?? 60;
    for (let attempt = 1; ; attempt++) {
      try {
        return await requestOnce(document, variables);
      } catch (error) {
        if (!(error instanceof SamverkanRateLimitError) || attempt > maxRetries || error.retryAfterSeconds > maxWaitSeconds) throw error;
        options.retry?.onRetry?.(error, attempt);
        await new Promise((resolve) => setTimeout(resolve, error.retryAfterSeconds * 1000));
      }
    }
  }

  async function requestOnce(document: { toString(): string }, variables?: unknown): Promise<unknown> {
    let response: Response;
    try {
      response = await doFetch(options.url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          accept: "application/graphql-response+json, application/json",
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        },
        body: JSON.stringify({ query: document.toString(), variables }),
      });
    } catch (cause) {
      throw new SamverkanNetworkError(`Could not reach ${options.url}: ${cause instanceof Error ? cause.message : String(cause)}`, undefined, cause);
    }
    let body: { data?: unknown; errors?: SamverkanGraphQLErrorEntry[] };
    try {
      body = (await response.json()) as typeof body;
    } catch (cause) {
      throw new SamverkanNetworkError(`${options.url} answered HTTP ${response.status} without a GraphQL response.`, response.status, cause);
    }
    if (body.errors?.length || response.status === 429) throw errorFromResponse(body.errors ?? [], response.status, response.headers.get("retry-after"));
    if (!response.ok || body.data === undefined || body.data === null) {
      throw new SamverkanNetworkError(`${options.url} answered HTTP ${response.status} without data.`, response.status);
    }
    return body.data;
  }

  /** The root field's value; null for a field that is null only with an error (never expected: the error throws first). */
  const present = (field: string, value: unknown) => {
    if (value === null && (mustBePresent.has(field) || field in mutationDocuments)) throw new SamverkanNetworkError(`${options.url} answered ${field}: null without an error.`);
    return value;
  };
  const methods: Record<string, (value?: unknown) => Promise<unknown>> = {};
  for (const [field, document] of Object.entries(queryDocuments)) {
    methods[field] = async (vars) => present(field, ((await request(document.toString(), (vars ?? {}) as Record<string, unknown>)) as Record<string, unknown>)[field]);
  }
  for (const [field, document] of Object.entries(mutationDocuments)) {
    methods[field] = async (input) => present(field, ((await request(document.toString(), { input })) as Record<string, unknown>)[field]);
  }

  const client = {
    /** Runs any document: one of the SDK's, your own typed one (codegen's client preset, documentMode string), or a string. */
    request,
    /** Every node of a connection method, page after page: `for await (const row of client.paginate(client.statusBoard, { first: 100 }))`. */
    paginate,
    /** Every node of a connection method as one array. */
    fetchAll,
    ...(methods as SamverkanMethods),
  };
  return client;
}

export type SamverkanClient = ReturnType<typeof createSamverkanClient>;
