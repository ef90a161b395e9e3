/**
 * Calendar dates as ISO strings "YYYY-MM-DD" (what `LocalDate` carries over GraphQL and what the
 * database stores). Pure functions: callers pass "today" in explicitly.
 */
export type LocalDate = string;

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLocalDate(value: unknown): value is LocalDate {
  if (typeof value !== "string") return false;
  const match = LOCAL_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * The calendar's ends: a `LocalDate` has a four-digit year. Arithmetic saturates at them (a renewal
 * term that would end after 9999 ends on 9999-12-31), so no computation yields a date the API
 * cannot carry.
 */
export const FIRST_DATE: LocalDate = "0001-01-01";
export const LAST_DATE: LocalDate = "9999-12-31";

// Creating a formatter costs ~100 µs; one shared instance is ~1 µs a call (measured in bench/).
const swedishCalendar = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Stockholm", year: "numeric", month: "2-digit", day: "2-digit" });

/** The calendar date in Sweden at instant `now` (municipal deadlines are Swedish dates). */
export function swedishDate(now: Date): LocalDate {
  return swedishCalendar.format(now);
}

export function yearOf(date: LocalDate): number {
  return Number(date.slice(0, 4));
}

const MS_PER_DAY = 86_400_000;

function toUtc(date: LocalDate): number {
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  return new Date(0).setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

const FIRST_MS = toUtc(FIRST_DATE);
const LAST_MS = toUtc(LAST_DATE);

function fromUtc(ms: number): LocalDate {
  if (ms <= FIRST_MS) return FIRST_DATE;
  if (ms >= LAST_MS) return LAST_DATE;
  const date = new Date(ms);
  return format(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

function format(year: number, month: number, day: number): LocalDate {
  if (year > 9999) return LAST_DATE;
  if (year < 1) return FIRST_DATE;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function isLastDayOfMonth(date: LocalDate): boolean {
  return Number(date.slice(8, 10)) === daysInMonth(Number(date.slice(0, 4)), Number(date.slice(5, 7)));
}

/**
 * Adds (or with a negative number subtracts) calendar months.
 *
 * Forward (term ends, review dates): a date on the last day of its month lands on the last day of the
 * target month (31 Jan + 1 month = 28/29 Feb; 30 Apr + 1 = 31 May); any other day keeps its number,
 * clamped to the target month's length (30 Jan + 1 = 28 Feb).
 *
 * Backward (notice and decision deadlines, look-back windows): the same day number in the earlier
 * month, or that month's last day where it is shorter — the Swedish convention for periods counted
 * in months (30 Jun − 3 months = 30 Mar, not 31 Mar; 28 Feb 2027 − 3 = 28 Nov 2026; 31 May − 3 =
 * 28/29 Feb). Where conventions could differ this gives the earlier deadline: a warning tool must
 * never give a user a day they do not have.
 */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const length = daysInMonth(targetYear, targetMonth);
  return format(targetYear, targetMonth, months > 0 && isLastDayOfMonth(date) ? length : Math.min(day, length));
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return fromUtc(toUtc(date) + days * MS_PER_DAY);
}

/** Whole days from `from` to `to`: 0 on the same day, negative when `to` lies before `from`. */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((toUtc(to) - toUtc(from)) / MS_PER_DAY);
}
