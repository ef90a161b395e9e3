/**
 * Pure: which deadlines a reminder speaks of, which deadline reminders are due on a date, and the
 * webhook retry schedule. No ORM, GraphQL or clock: callers pass the date and the facts.
 */
import { daysBetween, type LocalDate } from "../common/dates";
import { DEADLINE_NAME, DeadlineKind } from "../status/deadlines";

/** One deadline as feeds, webhooks and digests show it. */
export interface ReminderDeadline {
  /** Stable across runs and changes of date: a calendar replaces the event instead of adding one. */
  uid: string;
  kind: DeadlineKind;
  date: LocalDate;
  agreementId: number | null;
  roleAssignmentId: number | null;
  /** The agreement's name, or the role and its holder. */
  subject: string;
  /** Swedish one-line summary, e.g. "Beslutsdatum: Driftavtal gemensamt ekonomisystem". */
  summary: string;
  /** Swedish explanation of what the date means and what follows. */
  description: string;
  /** Municipalities it concerns (agreement parties, directly or through their IT units; the role holder's municipality). */
  municipalityIds: number[];
  /** A decision deadline that has passed while the decision can still be made (before the notice deadline). */
  overdue: boolean;
}

const UID_SUFFIX: Record<DeadlineKind, string> = {
  [DeadlineKind.DECISION]: "decision",
  [DeadlineKind.NOTICE]: "notice",
  [DeadlineKind.TERM_END]: "term-end",
  [DeadlineKind.ROLE_END]: "end",
};

export function agreementDeadlineUid(agreementId: number, kind: DeadlineKind): string {
  return `agreement-${agreementId}-${UID_SUFFIX[kind]}@samverkan`;
}

export function roleEndUid(roleAssignmentId: number): string {
  return `role-${roleAssignmentId}-end@samverkan`;
}

export interface AgreementDeadlineFacts {
  agreementId: number;
  name: string;
  kind: DeadlineKind;
  date: LocalDate;
  noticeDeadline: LocalDate;
  currentTermEnd: LocalDate;
  procurementLeadTimeMonths: number;
  municipalityIds: number[];
  /** The date has passed without the agreement ending: see ReminderDeadline.overdue. */
  overdue?: boolean;
}

/** An agreement's deadline with its Swedish summary and description. */
export function agreementDeadline(f: AgreementDeadlineFacts): ReminderDeadline {
  const description =
    f.kind === DeadlineKind.DECISION
      ? `Sista dag att besluta om avtalet ska förnyas eller upphandlas på nytt, så att en upphandling (${f.procurementLeadTimeMonths} månader) hinner bli klar före sista dag för uppsägning (${f.noticeDeadline}).`
      : f.kind === DeadlineKind.NOTICE
        ? `Sista dag att säga upp avtalet (eller påkalla förlängning) för att det ska upphöra när avtalsperioden slutar ${f.currentTermEnd}.`
        : "Sista dagen i avtalets nuvarande avtalsperiod.";
  const overdue = f.overdue === true;
  return {
    uid: agreementDeadlineUid(f.agreementId, f.kind),
    kind: f.kind,
    date: f.date,
    agreementId: f.agreementId,
    roleAssignmentId: null,
    subject: f.name,
    summary: `${DEADLINE_NAME[f.kind]}${overdue ? " (passerat)" : ""}: ${f.name}`,
    description: overdue
      ? `Beslutsdatumet har passerat utan att avtalet sagts upp eller förnyats. Besluta snarast om avtalet ska förnyas eller upphandlas på nytt: sista dag för uppsägning är ${f.noticeDeadline}. (Samverkan)`
      : `${description} (Samverkan)`,
    municipalityIds: f.municipalityIds,
    overdue,
  };
}

/** A role's last day with its Swedish summary. */
export function roleEndDeadline(f: { roleAssignmentId: number; roleName: string; personName: string; target: string; date: LocalDate; municipalityId: number }): ReminderDeadline {
  const subject = `${f.roleName} för ${f.target} (${f.personName})`;
  return {
    uid: roleEndUid(f.roleAssignmentId),
    kind: DeadlineKind.ROLE_END,
    date: f.date,
    agreementId: null,
    roleAssignmentId: f.roleAssignmentId,
    subject,
    summary: `${DEADLINE_NAME[DeadlineKind.ROLE_END]}: ${subject}`,
    description: `Sista dagen i rollen. Utse en efterträdare i tid. (Samverkan)`,
    municipalityIds: [f.municipalityId],
    overdue: false,
  };
}

/** A deadline reminder to fire: the agreement's deadline crossed `thresholdDays`. */
export interface DueReminder {
  deadline: ReminderDeadline & { agreementId: number };
  thresholdDays: number;
  daysLeft: number;
  /** The endpoints (ids) whose nearest crossed threshold this is. */
  endpointIds: number[];
}

/** The key of a reminder stamp: unique per agreement, kind, threshold and deadline date. */
export function stampKey(agreementId: number, kind: string, thresholdDays: number, deadlineDate: LocalDate): string {
  return `${agreementId}|${kind}|${thresholdDays}|${deadlineDate}`;
}

/**
 * The deadline reminders due on `asOf`. For each agreement deadline on or after `asOf` and each
 * endpoint, the endpoint's nearest threshold the deadline has come within (the smallest threshold
 * ≥ days left); a first run on a deadline 20 days away sends the 30-day reminder, not also the 180-
 * and 90-day ones. One reminder per (agreement, kind, threshold, deadline date) not stamped yet,
 * addressed to every endpoint with that nearest threshold.
 */
export function dueReminders(
  asOf: LocalDate,
  deadlines: readonly ReminderDeadline[],
  endpoints: readonly { id: number; thresholdDays: readonly number[] }[],
  stamped: ReadonlySet<string>,
): DueReminder[] {
  const due = new Map<string, DueReminder>();
  for (const deadline of deadlines) {
    if (deadline.agreementId === null || deadline.date < asOf) continue;
    const daysLeft = daysBetween(asOf, deadline.date);
    for (const endpoint of endpoints) {
      const crossed = endpoint.thresholdDays.filter((t) => t >= daysLeft);
      if (crossed.length === 0) continue;
      const thresholdDays = Math.min(...crossed);
      const key = stampKey(deadline.agreementId, deadline.kind, thresholdDays, deadline.date);
      if (stamped.has(key)) continue;
      const reminder = due.get(key);
      if (reminder) reminder.endpointIds.push(endpoint.id);
      else due.set(key, { deadline: deadline as ReminderDeadline & { agreementId: number }, thresholdDays, daysLeft, endpointIds: [endpoint.id] });
    }
  }
  return [...due.values()];
}

/**
 * When a failed delivery is tried again: `baseSeconds` × 2^(attempts − 1) after `now` (exponential
 * backoff), or null when `attempts` has reached `maxAttempts` (the delivery has failed for good).
 */
export function nextAttempt(now: Date, attempts: number, baseSeconds: number, maxAttempts: number): Date | null {
  if (attempts >= maxAttempts) return null;
  return new Date(now.getTime() + baseSeconds * 1000 * 2 ** (attempts - 1));
}

/** Whether a digest is due: none sent yet, or the last one `intervalDays` or more before `today`. */
export function digestDue(lastSentOn: LocalDate | null, today: LocalDate, intervalDays: number): boolean {
  return lastSentOn === null || daysBetween(lastSentOn, today) >= intervalDays;
}
