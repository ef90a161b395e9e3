import type { LocalDate } from "./dates";

/**
 * Addresses of the pages that show one object, so that any page, the e-mail digest or a feed can
 * link to them without importing the pages. `asOf` is added only when it is not today.
 */

function dated(path: string, asOf?: LocalDate, today?: LocalDate): string {
  return asOf && asOf !== today ? `${path}?asOf=${asOf}` : path;
}

/** Ett system: one collaboration (its global ID). */
export function systemPath(id: string, asOf?: LocalDate, today?: LocalDate): string {
  return dated(`/system/${encodeURIComponent(id)}`, asOf, today);
}

/** One collaboration candidate (its ID). */
export function candidatePath(id: string, asOf?: LocalDate, today?: LocalDate): string {
  return dated(`/rekommendationer/${encodeURIComponent(id)}`, asOf, today);
}

/** En kommun: by its four-digit code. */
export function municipalityPath(code: string, asOf?: LocalDate, today?: LocalDate): string {
  return dated(`/kommun/${encodeURIComponent(code)}`, asOf, today);
}

/** One need registration (behovsanmälan): by its global ID. */
export function needPath(id: string): string {
  return `/behov/${encodeURIComponent(id)}`;
}

/** Avtal och tidsgränser: every agreement's deadlines. */
export const AGREEMENTS_PATH = "/avtal";

/** Statustavlan: the board, the start page. */
export const BOARD_PATH = "/";

/** Rekommendationer: the collaboration candidates. */
export const RECOMMENDATIONS_PATH = "/rekommendationer";
