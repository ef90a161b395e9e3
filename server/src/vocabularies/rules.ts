/**
 * Vocabularies as data (vokabulärer): role kinds, governance-document kinds and application
 * categories are rows an admin edits (code, Swedish name, description, order), like the level scale.
 * Data refers to a term by its stable code; today's GraphQL enums keep accepting and returning
 * today's codes. Pure: no ORM or GraphQL imports.
 */

export enum Vocabulary {
  ROLE_KIND = "ROLE_KIND",
  GOVERNANCE_DOCUMENT_KIND = "GOVERNANCE_DOCUMENT_KIND",
  APPLICATION_CATEGORY = "APPLICATION_CATEGORY",
}

/** What a role can be held on. */
export type RoleTarget = "applicationUsage" | "collaboration" | "itUnit";
export const ROLE_TARGET_NAMES: readonly RoleTarget[] = ["applicationUsage", "collaboration", "itUnit"];

/** A term as the rules read it. */
export interface Term {
  vocabulary: Vocabulary;
  code: string;
  name: string;
  description: string | null;
  sortOrder: number;
  /** ROLE_KIND: what the role may be held on. */
  roleTargets: RoleTarget[] | null;
  /** ROLE_KIND: only one holder per target at a time. */
  singleHolder: boolean | null;
  /** GOVERNANCE_DOCUMENT_KIND: the review interval's least, most and default months. */
  reviewMinMonths: number | null;
  reviewMaxMonths: number | null;
  reviewDefaultMonths: number | null;
}

/** Codes are stable identifiers: capital letters A–Z, digits and underscores, 2–20 characters, beginning with a letter. */
export const CODE_PATTERN = /^[A-Z][A-Z0-9_]{1,19}$/;

export function isTermCode(code: string): boolean {
  return CODE_PATTERN.test(code);
}

/** The code a client's enum value stands for in an enum that knows only today's codes: itself, or `fallback` for a code added since. */
export function enumValueOf<E extends string>(code: string, values: Readonly<Record<string, E>>, fallback: E): E {
  return (Object.values(values) as string[]).includes(code) ? (code as E) : fallback;
}

/** A governance-document kind's review interval (revideringsintervall) in months. */
export interface ReviewRange {
  min: number;
  max: number;
  default: number;
}

/** What a document kind without a range of its own allows: 1–120 months, 3 years by default. */
export const DEFAULT_REVIEW_RANGE: ReviewRange = { min: 1, max: 120, default: 36 };
/** The longest review interval any kind may allow: 20 years. */
export const MAX_REVIEW_MONTHS = 240;

/** The review interval a GOVERNANCE_DOCUMENT_KIND term allows; the default range when it states none. */
export function reviewRangeOf(term: Pick<Term, "reviewMinMonths" | "reviewMaxMonths" | "reviewDefaultMonths"> | null): ReviewRange {
  if (!term || term.reviewMinMonths === null || term.reviewMaxMonths === null || term.reviewDefaultMonths === null) return DEFAULT_REVIEW_RANGE;
  return { min: term.reviewMinMonths, max: term.reviewMaxMonths, default: term.reviewDefaultMonths };
}

/** What is wrong with a review range, in Swedish; null when it holds (1 ≤ least ≤ default ≤ most ≤ 240). */
export function reviewRangeProblem(range: ReviewRange): string | null {
  const { min, max } = range;
  if (![min, max, range.default].every(Number.isInteger)) return "Revideringsintervallet anges i hela månader.";
  if (min < 1 || max > MAX_REVIEW_MONTHS) return `Revideringsintervallet ligger mellan 1 och ${MAX_REVIEW_MONTHS} månader.`;
  if (!(min <= range.default && range.default <= max)) return `Standardintervallet ska ligga mellan minsta och längsta (${min}–${max} månader).`;
  return null;
}
