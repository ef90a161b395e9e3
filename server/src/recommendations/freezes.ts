/**
 * Change freezes (förändringsstopp) and the transition window that avoids them. Pure: dates in,
 * dates out.
 *
 * ISO weeks: week 1 is the week (Monday–Sunday) holding 4 January; a year has 53 weeks when it
 * begins on a Thursday, or is a leap year beginning on a Wednesday (2020, 2026, 2032 …). A freeze
 * of weeks 27–32 is the Monday of week 27 to the Sunday of week 32 of every ISO year; a range whose
 * first week is after its last (52–2) runs into the next ISO year; week 53 is frozen only in the
 * years that have one (elsewhere a range to week 53 ends with week 52).
 */
import { addDays, daysBetween, daysInMonth, yearOf, type LocalDate } from "../common/dates";
import type { FreezeRule } from "./facts";

function utcDate(year: number, month: number, day: number): LocalDate {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

/** Monday = 1 … Sunday = 7. */
function isoWeekday(date: LocalDate): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The Monday of ISO week 1 of `isoYear`. */
function isoYearStart(isoYear: number): LocalDate {
  const jan4 = utcDate(isoYear, 1, 4);
  return addDays(jan4, 1 - isoWeekday(jan4));
}

/** 52 or 53. */
export function isoWeeksInYear(isoYear: number): number {
  return daysBetween(isoYearStart(isoYear), isoYearStart(isoYear + 1)) / 7;
}

/** The Monday of ISO week `week` of `isoYear` (week must exist in that year). */
export function isoWeekStart(isoYear: number, week: number): LocalDate {
  return addDays(isoYearStart(isoYear), (week - 1) * 7);
}

/** The ISO year and week a date falls in. */
export function isoWeekOf(date: LocalDate): { isoYear: number; week: number } {
  // The Thursday of the date's week decides its ISO year.
  const thursday = addDays(date, 4 - isoWeekday(date));
  const isoYear = yearOf(thursday);
  return { isoYear, week: Math.floor(daysBetween(isoYearStart(isoYear), date) / 7) + 1 };
}

/** "MM-DD", 29 February allowed. */
export function isMonthDay(text: string): boolean {
  const match = /^(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [month, day] = [Number(match[1]), Number(match[2])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(2024, month);
}

function monthDayIn(year: number, monthDay: string): LocalDate {
  const month = Number(monthDay.slice(0, 2));
  return utcDate(year, month, Math.min(Number(monthDay.slice(3, 5)), daysInMonth(year, month)));
}

export interface Interval {
  from: LocalDate;
  to: LocalDate;
}

/** The concrete periods of a freeze that begin in the years `fromYear`…`toYear` (calendar or ISO years). */
export function freezeIntervals(rule: FreezeRule, fromYear: number, toYear: number): Interval[] {
  const intervals: Interval[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    if (rule.kind === "DATES") {
      if (yearOf(rule.fromDate) === year) intervals.push({ from: rule.fromDate, to: rule.toDate });
    } else if (rule.kind === "DAY_MONTH") {
      const spans = rule.from > rule.to;
      intervals.push({ from: monthDayIn(year, rule.from), to: monthDayIn(spans ? year + 1 : year, rule.to) });
    } else {
      const weeks = isoWeeksInYear(year);
      if (rule.fromWeek <= rule.toWeek) {
        if (rule.fromWeek > weeks) continue;
        intervals.push({ from: isoWeekStart(year, rule.fromWeek), to: addDays(isoWeekStart(year, Math.min(rule.toWeek, weeks)), 6) });
      } else {
        // Spans New Year: from `fromWeek` of this ISO year (or week 1 of the next when this year has no such week) to `toWeek` of the next.
        const nextWeeks = isoWeeksInYear(year + 1);
        const from = rule.fromWeek <= weeks ? isoWeekStart(year, rule.fromWeek) : isoWeekStart(year + 1, 1);
        intervals.push({ from, to: addDays(isoWeekStart(year + 1, Math.min(rule.toWeek, nextWeeks)), 6) });
      }
    }
  }
  return intervals;
}

export interface NamedFreeze {
  name: string;
  rule: FreezeRule;
  /** Periods inside the freeze opened by approved exceptions: changes may happen there. */
  exceptions?: readonly Interval[];
}

/** What is left of `period` once `holes` are cut out of it (the parts in order). */
export function withoutExceptions(period: Interval, holes: readonly Interval[]): Interval[] {
  let parts: Interval[] = [period];
  for (const hole of holes) {
    parts = parts.flatMap((p) => {
      if (hole.to < p.from || hole.from > p.to) return [p];
      const left = hole.from > p.from ? [{ from: p.from, to: addDays(hole.from, -1) }] : [];
      const right = hole.to < p.to ? [{ from: addDays(hole.to, 1), to: p.to }] : [];
      return [...left, ...right];
    });
  }
  return parts;
}

export interface WindowResult {
  start: LocalDate;
  end: LocalDate;
  /** The freezes that pushed the window later, in the order met. */
  avoided: string[];
}

/** How far ahead a window is looked for. */
export const WINDOW_SEARCH_YEARS = 5;

/**
 * The first period of `lengthDays` days starting on or after `earliestStart` that overlaps none of
 * `freezes` (less the parts their approved exceptions open); null when there is none within
 * WINDOW_SEARCH_YEARS.
 */
export function transitionWindow(earliestStart: LocalDate, lengthDays: number, freezes: readonly NamedFreeze[]): WindowResult | null {
  const firstYear = yearOf(earliestStart) - 1;
  const lastYear = yearOf(earliestStart) + WINDOW_SEARCH_YEARS + 1;
  const periods = freezes.flatMap((f) =>
    freezeIntervals(f.rule, firstYear, lastYear)
      .flatMap((i) => withoutExceptions(i, f.exceptions ?? []))
      .map((i) => ({ ...i, name: f.name })),
  );
  const limit = addDays(earliestStart, WINDOW_SEARCH_YEARS * 366);
  const avoided: string[] = [];
  let start = earliestStart;
  while (start <= limit) {
    const end = addDays(start, lengthDays - 1);
    const blocking = periods.filter((p) => p.from <= end && p.to >= start);
    if (blocking.length === 0) return { start, end, avoided };
    for (const p of blocking) if (!avoided.includes(p.name)) avoided.push(p.name);
    start = addDays(
      blocking.reduce((latest, p) => (p.to > latest ? p.to : latest), blocking[0].to),
      1,
    );
  }
  return null;
}
