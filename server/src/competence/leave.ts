/**
 * Pure date rules of competence: year-month values for planned leave.
 *
 * A person's planned leave (planerad avgång: retirement or other departure) keeps only year and
 * month ("YYYY-MM"). The exact day is unknown, so the person is treated as gone from the FIRST day
 * of that month: the conservative reading, which flags a competence risk as early as it can be.
 */
import { addMonths, type LocalDate } from "../common/dates";

/** A calendar month "YYYY-MM". */
export type YearMonth = string;

const YEAR_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isYearMonth(value: unknown): value is YearMonth {
  return typeof value === "string" && YEAR_MONTH.test(value);
}

/** The first day of a month: the day a planned leave takes effect. */
export function firstDayOf(month: YearMonth): LocalDate {
  return `${month}-01`;
}

/** Whether a person with this planned leave has already gone on `asOf` (leave month's first day on or before it). */
export function hasLeft(plannedLeave: YearMonth | null, asOf: LocalDate): boolean {
  return plannedLeave !== null && firstDayOf(plannedLeave) <= asOf;
}

/**
 * Whether a person leaves within the horizon: still here on `asOf`, and the leave month's first day
 * is on or before `asOf` + `horizonMonths`. With a horizon of 0 nobody "leaves within" it.
 */
export function leavesWithin(plannedLeave: YearMonth | null, asOf: LocalDate, horizonMonths: number): boolean {
  if (plannedLeave === null || hasLeft(plannedLeave, asOf)) return false;
  return firstDayOf(plannedLeave) <= addMonths(asOf, horizonMonths);
}
