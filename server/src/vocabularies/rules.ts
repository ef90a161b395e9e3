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
