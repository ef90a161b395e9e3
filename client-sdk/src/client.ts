import {
  AgreementsDocument,
  AnnualReportDocument,
  ApplicationUsagesDocument,
  ApplicationUsagesImportDocument,
  ApplicationUsageUpdateDocument,
  CollaborationCandidatesDocument,
  CollaborationLevelSetDocument,
  CompetenceRiskDocument,
  RecommendationDecideDocument,
  StatusBoardDocument,
  ViewerDocument,
  type AgreementsQueryVariables,
  type AnnualReportQueryVariables,
  type ApplicationUsagesImportInput,
  type ApplicationUsagesQueryVariables,
  type ApplicationUsageUpdateInput,
  type CollaborationCandidatesQueryVariables,
  type CollaborationLevelSetInput,
  type CompetenceRiskQueryVariables,
  type RecommendationDecideInput,
  type StatusBoardQueryVariables,
  type TypedDocumentString,
} from "./generated/graphql.js";
import { errorFromResponse, SamverkanNetworkError, SamverkanRateLimitError, type SamverkanGraphQLErrorEntry } from "./errors.js";

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
 * to each page's end cursor while more pages follow.
 */
export async function* paginate<TMethod extends (vars: { after?: string | null }) => Promise<ConnectionPage<unknown>>>(
  method: TMethod,
  vars: NonNullable<Parameters<TMethod>[0]>,
): AsyncGenerator<Awaited<ReturnType<TMethod>>["nodes"][number], void, undefined> {
  let after = vars.after ?? null;
  for (;;) {
    const page = await method({ ...vars, after });
    for (const node of page.nodes) yield node as Awaited<ReturnType<TMethod>>["nodes"][number];
    if (!page.pageInfo.hasNextPage || page.pageInfo.endCursor === null) return;
    after = page.pageInfo.endCursor;
  }
}

/** Variables of a method without the `input` wrapper, with every optional variable optional. */
type Vars<T> = { [K in keyof T]: T[K] };

/** A typed client of the Samverkan API: one method per operation in client-sdk/operations/. */
export function createSamverkanClient(options: SamverkanClientOptions) {
  const doFetch = options.fetch ?? globalThis.fetch;

  /**
   * Runs one document: a typed one from this SDK (typed result), or your own as a string. Throws a
   * SamverkanError subclass on any top-level error.
   */
  async function request<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, variables: TVariables): Promise<TResult>;
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

  const client = {
    request,
    /** Who the token belongs to (role, municipality); null without a token. */
    viewer: async () => (await request(ViewerDocument, {})).viewer,
    /** One page of the status board (statustavla). */
    statusBoard: async (vars: Vars<StatusBoardQueryVariables> = {}) => (await request(StatusBoardDocument, vars)).statusBoard,
    /** One page of application usages (systemanvändning), e.g. `{ municipality: "1460" }`. */
    applicationUsages: async (vars: Vars<ApplicationUsagesQueryVariables> = {}) => (await request(ApplicationUsagesDocument, vars)).applicationUsages,
    /** Updates a usage; business-rule failures come back in `userErrors` (nothing changed then). */
    applicationUsageUpdate: async (input: ApplicationUsageUpdateInput) => (await request(ApplicationUsageUpdateDocument, { input })).applicationUsageUpdate,
    /** Imports a municipality's application list (CSV, or .xlsx as base64); a dry run unless `apply: true`. Problems in `plan.problems` and `userErrors`. */
    applicationUsagesImport: async (input: ApplicationUsagesImportInput) => (await request(ApplicationUsagesImportDocument, { input })).applicationUsagesImport,
    /** One page of agreements (avtal), each with its schedule and deadlines on `asOf`. */
    agreements: async (vars: Vars<AgreementsQueryVariables> = {}) => (await request(AgreementsDocument, vars)).agreements,
    /** One page of competence risk (kompetensrisk), highest score first. */
    competenceRisk: async (vars: Vars<CompetenceRiskQueryVariables> = {}) => (await request(CompetenceRiskDocument, vars)).competenceRisk,
    /** One page of collaboration candidates (samverkansförslag), highest score first. */
    collaborationCandidates: async (vars: Vars<CollaborationCandidatesQueryVariables> = {}) =>
      (await request(CollaborationCandidatesDocument, vars)).collaborationCandidates,
    /** Records a decision on a candidate; failures in `userErrors`. */
    recommendationDecide: async (input: RecommendationDecideInput) => (await request(RecommendationDecideDocument, { input })).recommendationDecide,
    /** Sets a collaboration's level; the answer carries today's board row (same id as in `statusBoard`). */
    collaborationLevelSet: async (input: CollaborationLevelSetInput) => (await request(CollaborationLevelSetDocument, { input })).collaborationLevelSet,
    /** The annual collaboration report (årlig samverkansrapport) for `year`. */
    annualReport: async (vars: Vars<AnnualReportQueryVariables>) => (await request(AnnualReportDocument, vars)).annualReport,
    /** Every node of a connection method, e.g. `client.paginate(client.statusBoard, { first: 100 })`. */
    paginate,
  };
  return client;
}

export type SamverkanClient = ReturnType<typeof createSamverkanClient>;
