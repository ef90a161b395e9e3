import { connectionKeyArgs as connectionKeyArgsTable, unkeyedTypes } from "./generated/methods.js";
import possibleTypesResult from "./generated/possible-types.js";

/**
 * TypeScript types of the schema's custom scalars, as the SDK's generated types use them; give the
 * same map to your own graphql-codegen config (`config.scalars`) so your types agree.
 */
export const scalars = {
  /** A calendar date, "YYYY-MM-DD" (Swedish dates: no time zone). */
  LocalDate: "string",
  /** An instant, ISO 8601 with offset. */
  DateTimeISO: "string",
  /** A safe integer (money in öre, ören: 1 krona = 100 öre). */
  SafeInt: "number",
  /** Free-form JSON (audit diffs, evidence). */
  JSON: "unknown",
} as const;

/** The TypeScript shape of each custom scalar (see `scalars`). */
export interface SamverkanScalars {
  LocalDate: string;
  DateTimeISO: string;
  SafeInt: number;
  JSON: unknown;
}

/** Which object types implement each interface (`Node`): give it to Apollo Client's InMemoryCache. */
export const possibleTypes: Record<string, string[]> = possibleTypesResult.possibleTypes;

/**
 * Apollo Client type policies for types that are values, not entities: they have no identity of
 * their own and are stored inside their parent (an agreement's schedule on a date, its cost key, a
 * governance report, a competence-risk entry, the annual report). Every other object type has an
 * `id` (`SharedSystemStatus.id` is stable per collaboration and date, a `CollaborationCandidate.id`
 * names its date) and is normalised by it.
 */
export const typePolicies = {
  AgreementSchedule: { keyFields: false },
  CostKey: { keyFields: false },
  GovernanceReport: { keyFields: false },
  CompetenceRisk: { keyFields: false },
  AnnualReport: { keyFields: false },
} as const;

export { connectionKeyArgs } from "./generated/methods.js";

interface PageInfoShape {
  hasNextPage?: boolean;
  hasPreviousPage?: boolean;
  startCursor?: string | null;
  endCursor?: string | null;
}
interface ConnectionShape {
  nodes?: readonly unknown[];
  edges?: readonly unknown[];
  pageInfo?: PageInfoShape;
  [field: string]: unknown;
}

/**
 * An Apollo Client field policy that keeps every page of a connection the SDK's documents ask for
 * (they select `nodes`; Apollo's relayStylePagination merges only `edges`): a page asked with
 * `after` is appended, one asked with `before` prepended, one without either replaces the list.
 * `keyArgs`: the arguments that choose another list (see connectionKeyArgs).
 */
export function nodesPagination(keyArgs: readonly string[]) {
  return {
    keyArgs: [...keyArgs],
    merge(existing: ConnectionShape | undefined, incoming: ConnectionShape, options: { args: Record<string, unknown> | null }): ConnectionShape {
      const args = options.args ?? {};
      if (!existing || (!args.after && !args.before)) return incoming;
      const join = (a: readonly unknown[] | undefined, b: readonly unknown[] | undefined) => (a || b ? [...(a ?? []), ...(b ?? [])] : undefined);
      if (args.after) {
        return {
          ...incoming,
          nodes: join(existing.nodes, incoming.nodes),
          edges: join(existing.edges, incoming.edges),
          pageInfo: { ...incoming.pageInfo, hasPreviousPage: existing.pageInfo?.hasPreviousPage, startCursor: existing.pageInfo?.startCursor },
        };
      }
      return {
        ...incoming,
        nodes: join(incoming.nodes, existing.nodes),
        edges: join(incoming.edges, existing.edges),
        pageInfo: { ...incoming.pageInfo, hasNextPage: existing.pageInfo?.hasNextPage, endCursor: existing.pageInfo?.endCursor },
      };
    },
  };
}

/**
 * Everything Apollo Client's InMemoryCache needs for this API: `typePolicies` and a `nodesPagination`
 * policy for every paged Query field. `new InMemoryCache({ possibleTypes, typePolicies: apolloTypePolicies() })`.
 */
export function apolloTypePolicies() {
  return {
    ...typePolicies,
    Query: { fields: Object.fromEntries(Object.entries(connectionKeyArgsTable).map(([field, keyArgs]) => [field, nodesPagination(keyArgs)])) },
  };
}

/**
 * urql Graphcache options for this API: `keys` embedding every object type without an `id` (values,
 * connections, payloads) in its parent, and a pagination resolver on every paged Query field. Give it
 * Graphcache's own `relayPagination` (it merges `nodes` as well as `edges`, so every page stays):
 *
 *     import { cacheExchange } from "@urql/exchange-graphcache";
 *     import { relayPagination } from "@urql/exchange-graphcache/extras";
 *     cacheExchange(graphcacheOptions(relayPagination))
 *
 * Every other type is normalised by its `id`: board rows and candidates carry ids that name their
 * date, so two dates never mix.
 */
export function graphcacheOptions<TResolver>(relayPagination: () => TResolver): {
  keys: Record<string, () => null>;
  resolvers: { Query: Record<string, TResolver> };
} {
  return {
    keys: Object.fromEntries(unkeyedTypes.map((type) => [type, () => null])),
    resolvers: { Query: Object.fromEntries(Object.keys(connectionKeyArgsTable).map((field) => [field, relayPagination()])) },
  };
}
