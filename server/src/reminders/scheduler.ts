import { createTransport } from "nodemailer";
import { type DataSource, In } from "typeorm";
import { addDays, swedishDate, type LocalDate } from "../common/dates";
import type { ReminderSettings, SmtpSettings } from "../config";
import { isPostgres } from "../db/where-in";
import { encodeGlobalId } from "../core/global-id";
import { FactsOn } from "../history/reader";
import { RoleKind } from "../roles/rules";
import { type DigestBudgetNotice, type NeedNews, renderDigest } from "./digest";
import { PlanIssueRow } from "../plans/entities";
import type { IssuedBudgetNotice } from "../plans/plan";
import { coversSql } from "../common/period";
import { Membership } from "../municipalities/entities";
import { Collaboration } from "../collaborations/entities";
import { NeedRegistration } from "../recommendations/entities";
import { CATEGORY_NAMES } from "../recommendations/explain";
import type { NeedOption } from "../recommendations/needs";
import { digestDue, dueReminders, nextAttempt, type ReminderDeadline, stampKey } from "./due";
import { DeliveryStatus, DigestStampRow, ReminderStampRow, WebhookDeliveryRow, WebhookEndpointRow, WebhookEventRow } from "./entities";
import { deliveryBody, signedHeaders, WebhookEventType } from "./events";
import { reminderDeadlines } from "./read";

/** What one run did. */
export interface ReminderRunResult {
  /** False when another instance held the scheduler lock (PostgreSQL): this run did nothing. */
  ran: boolean;
  remindersFired: number;
  deliveriesCreated: number;
  deliveriesAttempted: number;
  delivered: number;
  digestsSent: number;
}

/** Advisory lock key of the scheduler on PostgreSQL ("svk-remi"). */
const LOCK_KEY = 0x73766b2d72656d69n;
/** Deliveries attempted per run at most; the rest wait for the next run. */
const DELIVERIES_PER_RUN = 500;
/** Rows per INSERT, far below SQLite's bound-parameter limit. */
const INSERT_CHUNK = 500;

const parseList = (json: string): unknown[] => JSON.parse(json) as unknown[];

/**
 * One run of the reminder scheduler at `now` (the only clock it reads): fire the deadline reminders
 * that are due (stamped, so never twice), fan the outbox's events out into deliveries, attempt the
 * deliveries that are due (retrying failures with exponential backoff), and send the e-mail
 * digests that are due. On PostgreSQL only one instance runs at a time (an advisory lock; a run
 * that does not get it does nothing). A fixed number of statements plus one per delivery attempt
 * and one per digest sent, whatever the number of agreements.
 */
export async function runReminders(db: DataSource, settings: ReminderSettings, now: Date): Promise<ReminderRunResult> {
  const result = await withSchedulerLock(db, async () => {
    const today = swedishDate(now);
    const facts = new FactsOn(db, today);
    const endpoints = (await db.getRepository(WebhookEndpointRow).createQueryBuilder("e").where("e.disabled_at IS NULL").orderBy("e.id").getMany()).map(subscriptionOf);
    // Made once, and only when a subscriber or a digest needs them.
    let made: Promise<ReminderDeadline[]> | undefined;
    const deadlines = () => (made ??= reminderDeadlines(facts));
    const remindersFired = await fireDeadlineReminders(db, facts, deadlines, endpoints, now);
    const deliveriesCreated = await dispatchEvents(db, endpoints, now);
    const { attempted, delivered } = await deliver(db, settings, now);
    const digestsSent = settings.smtp ? await sendDigests(db, facts, deadlines, settings, settings.smtp, now) : 0;
    return { ran: true, remindersFired, deliveriesCreated, deliveriesAttempted: attempted, delivered, digestsSent };
  });
  return result ?? { ran: false, remindersFired: 0, deliveriesCreated: 0, deliveriesAttempted: 0, delivered: 0, digestsSent: 0 };
}

async function withSchedulerLock<T>(db: DataSource, work: () => Promise<T>): Promise<T | null> {
  // An SQLite database serves one server process: nothing to coordinate.
  if (!isPostgres(db)) return work();
  const runner = db.createQueryRunner();
  await runner.connect();
  try {
    const [{ locked }] = await runner.query("SELECT pg_try_advisory_lock($1) AS locked", [LOCK_KEY.toString()]);
    if (!locked) return null;
    try {
      return await work();
    } finally {
      await runner.query("SELECT pg_advisory_unlock($1)", [LOCK_KEY.toString()]);
    }
  } finally {
    await runner.release();
  }
}

/** An enabled endpoint's subscription, its stored JSON lists parsed once a run. */
interface Subscription {
  id: number;
  eventTypes: Set<string>;
  /** Days before a deadline to remind at; empty unless subscribed to DEADLINE_APPROACHING. */
  thresholdDays: number[];
}

function subscriptionOf(endpoint: WebhookEndpointRow): Subscription {
  const eventTypes = new Set(parseList(endpoint.eventTypes) as string[]);
  return { id: endpoint.id, eventTypes, thresholdDays: eventTypes.has(WebhookEventType.DEADLINE_APPROACHING) ? (parseList(endpoint.thresholdDays) as number[]) : [] };
}

async function fireDeadlineReminders(db: DataSource, facts: FactsOn, reminderDeadlinesOn: () => Promise<ReminderDeadline[]>, endpoints: Subscription[], now: Date): Promise<number> {
  const subscribed = endpoints.filter((e) => e.thresholdDays.length > 0);
  if (subscribed.length === 0) return 0;
  const [deadlines, municipalities, stamps] = await Promise.all([
    reminderDeadlinesOn(),
    facts.municipalities(),
    db.getRepository(ReminderStampRow).createQueryBuilder("s").where("s.deadline_date >= :today", { today: facts.date }).getMany(),
  ]);
  const stamped = new Set(stamps.map((s) => stampKey(s.agreementId, s.kind, s.thresholdDays, s.deadlineDate)));
  const due = dueReminders(facts.date, deadlines, subscribed, stamped);
  if (due.length === 0) return 0;
  const at = now.toISOString();
  try {
    await db.transaction(async (em) => {
      for (let i = 0; i < due.length; i += INSERT_CHUNK) {
        const chunk = due.slice(i, i + INSERT_CHUNK);
        await em.insert(
          ReminderStampRow,
          chunk.map((r) => ({ agreementId: r.deadline.agreementId, kind: r.deadline.kind, thresholdDays: r.thresholdDays, deadlineDate: r.deadline.date, firedAt: at })),
        );
        await em.insert(
          WebhookEventRow,
          chunk.map((r) => ({
            type: WebhookEventType.DEADLINE_APPROACHING,
            data: JSON.stringify(deadlineEventData(r.deadline, r.daysLeft, r.thresholdDays, municipalities)),
            endpointIds: JSON.stringify(r.endpointIds),
            createdAt: at,
            dispatchedAt: null,
          })),
        );
      }
    });
  } catch (error) {
    // Another run stamped one of these first (the unique stamp): it fired them; nothing to do.
    if (/unique|duplicate/i.test(String((error as Error).message))) return 0;
    throw error;
  }
  return due.length;
}

function deadlineEventData(d: ReminderDeadline & { agreementId: number }, daysLeft: number, thresholdDays: number, municipalities: Map<number, { code: string; name: string }>) {
  return {
    agreement: { id: encodeGlobalId("Agreement", d.agreementId), name: d.subject },
    deadline: { kind: d.kind, date: d.date, uid: d.uid },
    daysLeft,
    thresholdDays,
    summary: d.summary,
    description: d.description,
    municipalities: d.municipalityIds.flatMap((id) => (municipalities.has(id) ? [{ code: municipalities.get(id)!.code, name: municipalities.get(id)!.name }] : [])),
  };
}

/** Turns every undispatched outbox event into deliveries to the endpoints it is for, in one transaction. */
async function dispatchEvents(db: DataSource, endpoints: Subscription[], now: Date): Promise<number> {
  return db.transaction(async (em) => {
    const events = await em.getRepository(WebhookEventRow).createQueryBuilder("e").where("e.dispatched_at IS NULL").orderBy("e.id").getMany();
    if (events.length === 0) return 0;
    const at = now.toISOString();
    const deliveries: Partial<WebhookDeliveryRow>[] = [];
    for (const event of events) {
      const addressed = event.endpointIds === null ? null : new Set(parseList(event.endpointIds) as number[]);
      for (const endpoint of endpoints) {
        if (addressed ? !addressed.has(endpoint.id) : !endpoint.eventTypes.has(event.type)) continue;
        deliveries.push({
          endpointId: endpoint.id,
          eventId: event.id,
          eventType: event.type,
          status: DeliveryStatus.PENDING,
          attempts: 0,
          nextAttemptAt: at,
          lastAttemptAt: null,
          lastResponseCode: null,
          lastError: null,
          createdAt: at,
        });
      }
    }
    for (let i = 0; i < deliveries.length; i += INSERT_CHUNK) await em.insert(WebhookDeliveryRow, deliveries.slice(i, i + INSERT_CHUNK));
    for (let i = 0; i < events.length; i += INSERT_CHUNK) {
      await em.update(WebhookEventRow, { id: In(events.slice(i, i + INSERT_CHUNK).map((e) => e.id)) }, { dispatchedAt: at });
    }
    return deliveries.length;
  });
}

interface DueDelivery {
  id: number;
  attempts: number;
  eventId: number;
  type: string;
  data: string;
  createdAt: string;
  url: string;
  secret: string;
}

/** Attempts each delivery that is due, one signed POST each, and records the outcome. */
async function deliver(db: DataSource, settings: ReminderSettings, now: Date): Promise<{ attempted: number; delivered: number }> {
  const rows = await db
    .getRepository(WebhookDeliveryRow)
    .createQueryBuilder("d")
    .innerJoin(WebhookEventRow, "ev", "ev.id = d.event_id")
    .innerJoin(WebhookEndpointRow, "ep", "ep.id = d.endpoint_id AND ep.disabled_at IS NULL")
    .select("d.id", "id")
    .addSelect("d.attempts", "attempts")
    .addSelect("ev.id", "eventid")
    .addSelect("ev.type", "type")
    .addSelect("ev.data", "data")
    .addSelect("ev.created_at", "createdat")
    .addSelect("ep.url", "url")
    .addSelect("ep.secret", "secret")
    .where("d.status = :pending", { pending: DeliveryStatus.PENDING })
    .andWhere("d.next_attempt_at <= :now", { now: now.toISOString() })
    .orderBy("d.id")
    .limit(DELIVERIES_PER_RUN)
    .getRawMany<Record<string, unknown>>();
  const due: DueDelivery[] = rows.map((r) => ({
    id: Number(r.id),
    attempts: Number(r.attempts),
    eventId: Number(r.eventid),
    type: String(r.type),
    data: String(r.data),
    createdAt: String(r.createdat),
    url: String(r.url),
    secret: String(r.secret),
  }));
  let delivered = 0;
  for (const d of due) {
    const body = deliveryBody(d.type, new Date(d.createdAt), JSON.parse(d.data) as Record<string, unknown>);
    let code: number | null = null;
    let error: string | null = null;
    try {
      const response = await fetch(d.url, {
        method: "POST",
        headers: signedHeaders(d.secret, `msg_${d.eventId}`, now, body),
        body,
        redirect: "manual",
        signal: AbortSignal.timeout(settings.webhookTimeoutSeconds * 1000),
      });
      code = response.status;
      await response.body?.cancel();
      if (code < 200 || code > 299) error = `HTTP ${code}`;
    } catch (failure) {
      const cause = (failure as Error & { cause?: Error }).cause;
      error = `${(failure as Error).message}${cause?.message ? `: ${cause.message}` : ""}`.slice(0, 500);
    }
    const attempts = d.attempts + 1;
    const retryAt = error === null ? null : nextAttempt(now, attempts, settings.webhookRetryBaseSeconds, settings.webhookMaxAttempts);
    const status = error === null ? DeliveryStatus.DELIVERED : retryAt ? DeliveryStatus.PENDING : DeliveryStatus.FAILED;
    if (status === DeliveryStatus.DELIVERED) delivered++;
    await db.getRepository(WebhookDeliveryRow).update(d.id, {
      status,
      attempts,
      nextAttemptAt: retryAt?.toISOString() ?? null,
      lastAttemptAt: now.toISOString(),
      lastResponseCode: code,
      lastError: error,
    });
  }
  return { attempted: due.length, delivered };
}

/** Roles whose holders receive their municipality's digest. */
const DIGEST_ROLES: readonly RoleKind[] = [RoleKind.IT_CHEF, RoleKind.IT_CHEFSGRUPPEN];

/**
 * The digest's recipients per municipality: the people who on `facts.date` hold the role of IT chief
 * or IT-chefsgruppen member on one of its IT units and have an e-mail address.
 */
export async function digestRecipients(facts: FactsOn): Promise<Map<number, string[]>> {
  const [roles, people, itUnits] = await Promise.all([facts.roles(), facts.people(), facts.itUnits()]);
  const recipients = new Map<number, Set<string>>();
  for (const role of roles) {
    if (!DIGEST_ROLES.includes(role.kind) || role.itUnitId === null) continue;
    const unit = itUnits.get(role.itUnitId);
    const email = people.get(role.personId)?.email?.trim();
    if (!unit || !email) continue;
    const set = recipients.get(unit.municipalityId) ?? new Set<string>();
    set.add(email);
    recipients.set(unit.municipalityId, set);
  }
  return new Map([...recipients].map(([id, set]) => [id, [...set].sort()]));
}

/** The budget notices for one municipality in the plans issued after `since` (a date). */
function budgetNoticesSince(issues: readonly PlanIssueRow[], municipalityId: number, since: LocalDate): DigestBudgetNotice[] {
  return issues.flatMap((issue) => {
    if (issue.issuedOn <= since) return [];
    const notice = (JSON.parse(issue.budgetNotices) as IssuedBudgetNotice[]).find((n) => n.municipalityId === municipalityId);
    if (!notice) return [];
    return notice.lines.length
      ? [
          {
            plan: `Införandeplan ${issue.periodFrom.slice(0, 4)}–${issue.periodTo.slice(0, 4)}`,
            version: issue.version,
            issuedOn: issue.issuedOn,
            budgetDecidedBy: notice.budgetDecidedBy,
            inTime: notice.inTime,
            lines: notice.lines,
          },
        ]
      : [];
  });
}

/** The collaborations (global ID, name) each deadline concerns: an agreement's covered systems, a role's system. */
async function deadlineSystems(facts: FactsOn, deadlines: readonly ReminderDeadline[]): Promise<Map<string, { id: string; name: string }[]>> {
  const [agreements, collaborations, roles] = await Promise.all([facts.agreements(), facts.collaborations(), facts.roles()]);
  const byAgreement = new Map(agreements.map((a) => [a.agreement.id, a.collaborationIds]));
  const byRole = new Map(roles.map((r) => [r.id, r.collaborationId]));
  const named = (ids: readonly (number | null)[]) =>
    ids.flatMap((id) => {
      const c = id === null ? undefined : collaborations.get(id);
      return c ? [{ id: encodeGlobalId(Collaboration.typeName, c.id), name: c.name }] : [];
    });
  return new Map(deadlines.map((d) => [d.uid, named(d.agreementId !== null ? (byAgreement.get(d.agreementId) ?? []) : d.roleAssignmentId !== null ? [byRole.get(d.roleAssignmentId) ?? null] : [])]));
}

async function sendDigests(db: DataSource, facts: FactsOn, reminderDeadlinesOn: () => Promise<ReminderDeadline[]>, settings: ReminderSettings, smtp: SmtpSettings, now: Date): Promise<number> {
  const today: LocalDate = facts.date;
  const horizon = addDays(today, settings.digestHorizonDays);
  const since = addDays(today, -settings.digestIntervalDays);
  const [recipients, deadlines, municipalities, last, issues, needs, memberships] = await Promise.all([
    digestRecipients(facts),
    reminderDeadlinesOn(),
    facts.municipalities(),
    db
      .getRepository(DigestStampRow)
      .createQueryBuilder("s")
      .select("s.municipality_id", "municipalityid")
      .addSelect("MAX(s.sent_on)", "senton")
      .groupBy("s.municipality_id")
      .getRawMany<{ municipalityid: number; senton: string }>(),
    // Implementation plans issued in the last year: their budget notices go out with the next digest.
    db
      .getRepository(PlanIssueRow)
      .createQueryBuilder("p")
      .where("p.issued_on > :from AND p.issued_on <= :today", { from: addDays(today, -366), today })
      .orderBy("p.id")
      .getMany(),
    // Needs registered or decided within the digest interval (behovsanmälningar), for the other members of the body.
    db
      .getRepository(NeedRegistration)
      .createQueryBuilder("n")
      .where("(n.registered_on >= :since OR n.chosen_on >= :since)", { since })
      .orderBy("n.registered_at", "ASC")
      .addOrderBy("n.id", "ASC")
      .getMany(),
    db
      .getRepository(Membership)
      .createQueryBuilder("m")
      .where(coversSql("m", "from_date", "to_date", "on"), { on: today })
      .getMany(),
  ]);
  const bodiesOf = (municipalityId: number) => new Set(memberships.filter((m) => m.municipalityId === municipalityId).map((m) => m.collaborationBodyId));
  const needNewsFor = (municipalityId: number): NeedNews[] => {
    const bodies = bodiesOf(municipalityId);
    return needs
      .filter((n) => n.municipalityId !== municipalityId && [...bodiesOf(n.municipalityId)].some((b) => bodies.has(b)))
      .map((n) => ({
        municipalityName: municipalities.get(n.municipalityId)?.name ?? "",
        area: CATEGORY_NAMES[n.category] ?? n.category,
        neededBy: n.neededBy,
        description: n.description,
        registeredOn: n.registeredOn,
        choice: n.choiceOption === null ? null : (JSON.parse(n.choiceOption) as NeedOption).summary,
        chosenOn: n.chosenOn,
      }));
  };
  const lastSent = new Map(last.map((r) => [Number(r.municipalityid), r.senton]));
  // The systems each deadline concerns, for the digests' links (read once, and only with a public address).
  let systems: Promise<Map<string, { id: string; name: string }[]>> | undefined;
  const systemsOfDeadlines = () => (systems ??= deadlineSystems(facts, deadlines));
  const within = deadlines.filter((d) => d.date <= horizon);
  const transport = createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    auth: smtp.user ? { user: smtp.user, pass: smtp.password ?? "" } : undefined,
  });
  let sent = 0;
  try {
    for (const [municipalityId, to] of [...recipients].sort((x, y) => x[0] - y[0])) {
      const municipality = municipalities.get(municipalityId);
      const own = within.filter((d) => d.municipalityIds.includes(municipalityId));
      const noticesSince = lastSent.get(municipalityId) ?? addDays(today, -settings.digestIntervalDays);
      const notices = budgetNoticesSince(issues, municipalityId, noticesSince);
      const news = needNewsFor(municipalityId);
      if (!municipality || (own.length === 0 && notices.length === 0 && news.length === 0) || !digestDue(lastSent.get(municipalityId) ?? null, today, settings.digestIntervalDays)) continue;
      const links = settings.publicUrl ? { base: settings.publicUrl, municipalityCode: municipality.code, systems: await systemsOfDeadlines() } : null;
      const digest = renderDigest({ municipalityName: municipality.name, today, horizonDays: settings.digestHorizonDays, deadlines: own, budgetNotices: notices, needs: news, links });
      try {
        await transport.sendMail({ from: smtp.from, to, subject: digest.subject, text: digest.text, html: digest.html, date: now });
      } catch (error) {
        console.error(`Samverkan: the digest to ${municipality.name} could not be sent (tried again next run):`, (error as Error).message);
        continue;
      }
      await db.getRepository(DigestStampRow).insert({ municipalityId, sentOn: today, recipients: JSON.stringify(to), sentAt: now.toISOString() });
      sent++;
    }
  } finally {
    transport.close();
  }
  return sent;
}

/**
 * The scheduler inside the server: a run every `intervalSeconds` (the first right after start),
 * never two at once in this process. `stop()` waits for a run in progress.
 */
export class ReminderScheduler {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<unknown> | null = null;

  constructor(
    private readonly db: DataSource,
    private readonly settings: ReminderSettings,
    private readonly clock: () => Date,
  ) {}

  start(): void {
    if (this.settings.intervalSeconds === 0 || this.timer) return;
    const tick = () => {
      if (this.running) return;
      this.running = runReminders(this.db, this.settings, this.clock())
        .catch((error: unknown) => console.error("Samverkan: the reminder run failed:", error))
        .finally(() => (this.running = null));
    };
    this.timer = setInterval(tick, this.settings.intervalSeconds * 1000);
    this.timer.unref();
    setImmediate(tick);
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }
}
