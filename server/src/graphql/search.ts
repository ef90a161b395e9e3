import { GraphQLError } from "graphql";
import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { containsKeyPattern, MAX_SEARCH_LENGTH } from "../common/names";

/** The description of a `search` argument, naming what it searches and its cap. */
export function searchDescription(what: string): string {
  return `Only ${what} contains this text: case- and accent-insensitive (å, ä and ö are letters of their own), \`%\` and \`_\` match themselves; at most ${MAX_SEARCH_LENGTH} characters.`;
}

/**
 * Keeps the rows where any of `keyColumns` (stored name keys, see common/names.ts) contains `search`.
 * A search over MAX_SEARCH_LENGTH characters answers BAD_USER_INPUT.
 */
export function whereKeyContains<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, keyColumns: string[], search: string | null | undefined): SelectQueryBuilder<T> {
  if (!search) return qb;
  if (search.length > MAX_SEARCH_LENGTH) {
    throw new GraphQLError(`\`search\` får vara högst ${MAX_SEARCH_LENGTH} tecken lång.`, { extensions: { code: "BAD_USER_INPUT", argumentName: "search" } });
  }
  return qb.andWhere(`(${keyColumns.map((column) => `${column} LIKE :search ESCAPE '\\'`).join(" OR ")})`, { search: containsKeyPattern(search) });
}
