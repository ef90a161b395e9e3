/**
 * The one period type of dated facts: both ends are calendar days and inclusive; `to` null means
 * "still so". A fact is in force on a date when its period covers the date. Every dated row
 * (participations, roles, memberships, agreement links, fact versions) is read through `covers`.
 */
import { addDays, type LocalDate } from "./dates";

export interface Period {
  from: LocalDate;
  to: LocalDate | null;
}

/** The earliest date: the start of facts recorded without a known start ("as far back as we know"). */
export const BEGINNING: LocalDate = "0001-01-01";

/** Whether the period from `from` to `to` (both inclusive; null = open) covers `date`. */
export function covers(from: LocalDate, to: LocalDate | null, date: LocalDate): boolean {
  return from <= date && (to === null || to >= date);
}

/** Whether two periods share at least one day. */
export function overlaps(a: Period, b: Period): boolean {
  return (a.to === null || a.to >= b.from) && (b.to === null || b.to >= a.from);
}

/** The day before `date`: where a period closed by a change on `date` ends. */
export function dayBefore(date: LocalDate): LocalDate {
  return addDays(date, -1);
}

/** SQL condition: the period in columns `<alias>.<fromColumn>`/`<toColumn>` covers the date bound as `:param`. */
export function coversSql(alias: string, fromColumn: string, toColumn: string, param: string): string {
  return `${alias}.${fromColumn} <= :${param} AND (${alias}.${toColumn} IS NULL OR ${alias}.${toColumn} >= :${param})`;
}
