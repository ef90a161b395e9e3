/**
 * Caps of free-text inputs. Each input field states its cap in its schema description (`capped`),
 * and its service refuses a longer text with TOO_LONG (`MutationScope.text`).
 */

/** A free-text field's description with its cap, as the schema states it. */
export function capped(description: string, max: number): string {
  return `${description} At most ${max} characters.`;
}

/** Why a change dated before today is made (rättelse, correction), kept in the audit log and the fact versions. */
export const MAX_CORRECTION_REASON = 2000;

export const CORRECTION_REASON_DESCRIPTION = capped(
  "Why a change dated before today is made (rättelse): required then, since it alters answers for past dates; recorded in the audit log.",
  MAX_CORRECTION_REASON,
);
