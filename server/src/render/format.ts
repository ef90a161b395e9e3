import type { LocalDate } from "../common/dates";

/**
 * Swedish formatting for pages and reports, written out by hand rather than through Intl so that
 * the bytes never depend on the ICU data of the Node build (an issued report must rebuild identically).
 */

const MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];
const NBSP = "\u00a0";

/** "2025-03-01" → "1 mars 2025". */
export function formatLongDate(date: LocalDate): string {
  return `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
}

/** Whole numbers with a non-breaking space every three digits: 12 345. */
export function formatInteger(value: number): string {
  const sign = value < 0 ? "−" : "";
  const digits = String(Math.abs(Math.trunc(value)));
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
}

/** Any number the Swedish way: 1 500 000, 0,5, −12,25 (up to `decimals` decimals, trailing zeros dropped). */
export function formatNumber(value: number, decimals = 2): string {
  const sign = value < 0 ? "−" : "";
  const [whole, fraction = ""] = Math.abs(value).toFixed(decimals).split(".");
  const kept = fraction.replace(/0+$/, "");
  return `${sign}${formatInteger(Number(whole))}${kept ? `,${kept}` : ""}`;
}

/** Amounts in öre as kronor with two decimals: 123456 → "1 234,56 kr". */
export function formatKronor(ore: number): string {
  const sign = ore < 0 ? "−" : "";
  const abs = Math.abs(Math.round(ore));
  return `${sign}${formatInteger(Math.floor(abs / 100))},${String(abs % 100).padStart(2, "0")}${NBSP}kr`;
}

/** A share 0–1 as a percentage with no decimals: 0.755 → "76 %". */
export function formatPercent(share: number): string {
  return `${Math.round(share * 100)}${NBSP}%`;
}
