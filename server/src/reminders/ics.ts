import ical, { ICalCalendarMethod } from "ical-generator";
import { addDays, type LocalDate } from "../common/dates";
import type { ReminderDeadline } from "./due";

const utcMidnight = (date: LocalDate) => new Date(`${date}T00:00:00.000Z`);

/**
 * An iCalendar feed (RFC 5545) of `deadlines`: one all-day VEVENT each (VALUE=DATE; VTODO is ignored
 * by the major calendars) with the deadline's stable UID, so a calendar that fetches the feed again
 * moves an event whose date changed instead of adding one. `now` is the DTSTAMP.
 */
export function renderCalendar(options: { name: string; deadlines: readonly ReminderDeadline[]; now: Date }): string {
  const calendar = ical({
    name: options.name,
    description: "Beslutsdatum, uppsägningsdatum, avtalsperiodernas slut och roller som upphör, från Samverkan.",
    prodId: { company: "Samverkan", product: "Samverkan", language: "SV" },
    method: ICalCalendarMethod.PUBLISH,
    ttl: 60 * 60,
  });
  for (const d of options.deadlines) {
    calendar.createEvent({
      id: d.uid,
      allDay: true,
      start: utcMidnight(d.date),
      end: utcMidnight(addDays(d.date, 1)),
      stamp: options.now,
      summary: d.summary,
      description: d.description,
      categories: [{ name: "Samverkan" }],
    });
  }
  return calendar.toString();
}
