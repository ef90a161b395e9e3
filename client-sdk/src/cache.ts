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
 * `id` (`SharedSystemStatus.id` is stable per collaboration and date) and is normalised by it.
 */
export const typePolicies = {
  AgreementSchedule: { keyFields: false },
  CostKey: { keyFields: false },
  GovernanceReport: { keyFields: false },
  CompetenceRisk: { keyFields: false },
  AnnualReport: { keyFields: false },
} as const;

/**
 * The arguments that select a different list, per paged Query field; the rest (`first`, `after`,
 * `last`, `before`) only page. Use them with Apollo's `relayStylePagination(keyArgs)` (see the README).
 */
export const connectionKeyArgs = {
  statusBoard: ["asOf", "participant", "level", "needsAttention", "orderBy"],
  applicationUsages: ["municipality", "application", "category", "lifecyclePhase"],
  agreements: ["municipality", "application", "collaboration", "asOf", "expiringBefore", "kind", "status", "orderBy"],
  competenceRisk: ["municipality", "application", "asOf", "horizonMonths", "kind", "minLevel", "minScore"],
  collaborationCandidates: ["municipality", "asOf", "category", "kind", "minScore", "includeHidden", "orderBy"],
} as const;
