/**
 * A case-insensitive "contains" pattern for `LOWER(column) LIKE :pattern`. The user's `%` and `_`
 * are dropped, so search text is always matched literally, never as a wildcard.
 */
export function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[%_]/g, "")}%`;
}
