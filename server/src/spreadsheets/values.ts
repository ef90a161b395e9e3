/**
 * Cell values of the spreadsheets, both ways: Swedish labels of the enums the files carry, kronor
 * (the file) to öre (the database) and back, dates. Pure: no ORM or GraphQL imports.
 */
import type { ApplicationCategory, LifecyclePhase } from "../applications/entities";
import { isLocalDate, type LocalDate } from "../common/dates";
import { nameKey } from "../common/names";

/** One cell as read from or written to a file: text, number, calendar date (ISO) or empty. */
export type Cell = string | number | null;

export const CATEGORY_LABELS: Record<ApplicationCategory, string> = {
  FINANCE: "Ekonomi",
  PAYROLL_HR: "Lön/PA",
  GIS: "GIS",
  BUILDING_PERMITS: "Bygg",
  SCHOOL: "Skola",
  CARE: "Omsorg",
  LIBRARY: "Bibliotek",
  TELEPHONY: "Telefoni",
  HELPDESK: "Helpdesk",
  E_ARCHIVE: "E-arkiv",
  RECORDS: "Diarium",
  INFORMATION: "Information",
  OTHER: "Övrigt",
};

export const PHASE_LABELS: Record<LifecyclePhase, string> = {
  PLAN: "Planerad",
  PHASE_IN: "Införande",
  ACTIVE: "I drift",
  PHASE_OUT: "Avveckling",
  RETIRED: "Avvecklad",
};

/** The enum value a cell names, by its Swedish label or its code, case- and accent-insensitively; undefined when none. */
export function enumOf<E extends string>(labels: Record<E, string>, text: string): E | undefined {
  const key = nameKey(text.trim());
  return (Object.keys(labels) as E[]).find((code) => nameKey(code) === key || nameKey(labels[code]) === key);
}

/**
 * An amount of kronor from a cell, in öre: a number, or text with an optional decimal comma or point
 * and spaces as thousands separators ("12 345,50", "12345.5", "12 345 kr"). Undefined when not an amount.
 */
export function oreOf(cell: Cell): number | undefined {
  if (typeof cell === "number") return Number.isFinite(cell) ? Math.round(cell * 100) : undefined;
  const text = String(cell)
    .replace(/[\s\u00a0\u202f]/g, "")
    .replace(/(kr|sek|:-)$/i, "");
  const match = /^(-?\d+)(?:[.,](\d{1,2}))?$/.exec(text);
  if (!match) return undefined;
  const sign = match[1].startsWith("-") ? -1 : 1;
  return sign * (Math.abs(Number(match[1])) * 100 + Number((match[2] ?? "0").padEnd(2, "0")));
}

/** A whole number from a cell ("1 200" too); undefined when the cell holds something else. */
export function integerOf(cell: Cell): number | undefined {
  const value = typeof cell === "number" ? cell : /^-?\d+$/.test(String(cell).replace(/[\s\u00a0\u202f]/g, "")) ? Number(String(cell).replace(/[\s\u00a0\u202f]/g, "")) : Number.NaN;
  return Number.isInteger(value) ? value : undefined;
}

/** A calendar date from a cell ("YYYY-MM-DD"; the readers turn spreadsheet dates into that form); undefined otherwise. */
export function dateOf(cell: Cell): LocalDate | undefined {
  const text = String(cell).trim();
  return isLocalDate(text) ? text : undefined;
}
