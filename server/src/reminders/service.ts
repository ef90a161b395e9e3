import { randomBytes } from "node:crypto";
import { hashToken } from "../access/tokens";
import { assertCanEditMunicipality, forbidden, isAdmin } from "../access/viewer";
import type { AuditChange } from "../audit/entities";
import type { MutationScope } from "../core/mutation";
import { UserErrorCode } from "../core/user-error";
import { Municipality } from "../municipalities/entities";
import { CalendarFeedRow, WebhookEndpointRow } from "./entities";
import { generateWebhookSecret, WebhookEventType } from "./events";

/** The thresholds (days before a deadline) of an endpoint that does not name its own. */
export const DEFAULT_THRESHOLD_DAYS = [180, 90, 30];
const MAX_THRESHOLD_DAYS = 3650;

/** A feed token: "svkf_" + 32 random bytes; only its SHA-256 is stored, like an API token's. */
export function generateFeedToken(): string {
  return `svkf_${randomBytes(32).toString("base64url")}`;
}

export function feedPath(token: string): string {
  return `/feeds/${token}.ics`;
}

function record(s: MutationScope, type: { typeName: string }, row: { globalId: string }, kind: AuditChange["kind"], fields: AuditChange["fields"]): void {
  s.changes.push({ objectId: row.globalId, objectType: type.typeName, kind, fields });
}

/** Who may manage a feed: admins any, editors their own municipality's. */
function assertCanManageFeed(s: MutationScope, municipalityId: number | null): void {
  if (municipalityId === null) {
    if (!isAdmin(s.ctx.viewer)) throw forbidden("Bara en administratörstoken hanterar kalenderflöden för hela samverkansorganet; en redaktör anger sin egen kommun.");
  } else assertCanEditMunicipality(s.ctx.viewer, municipalityId);
}

export async function createFeed(s: MutationScope, input: { name: string; municipalityId?: string | null }): Promise<{ calendarFeed: CalendarFeedRow; token: string; url: string } | null> {
  const name = s.text("name", input.name, { required: true, max: 100 });
  const municipality = await s.find("municipalityId", input.municipalityId, Municipality);
  if (s.failed) return null;
  assertCanManageFeed(s, municipality?.id ?? null);
  const token = generateFeedToken();
  const feed = await s.em.save(
    Object.assign(new CalendarFeedRow(), {
      name: name!,
      tokenHash: hashToken(token),
      municipalityId: municipality?.id ?? null,
      createdBy: s.ctx.viewer?.tokenName ?? "system",
      createdAt: s.ctx.now.toISOString(),
      revokedAt: null,
    }),
  );
  record(s, CalendarFeedRow, feed, "CREATE", { name: { before: null, after: feed.name }, municipalityId: { before: null, after: municipality?.globalId ?? null } });
  return { calendarFeed: feed, token, url: feedPath(token) };
}

export async function revokeFeed(s: MutationScope, input: { id: string }): Promise<CalendarFeedRow | null> {
  const feed = await s.find("id", input.id, CalendarFeedRow);
  if (!feed) return null;
  assertCanManageFeed(s, feed.municipalityId);
  if (feed.revokedAt !== null) {
    s.fail("id", UserErrorCode.CONFLICT, "Kalenderflödet är redan återkallat.");
    return null;
  }
  feed.revokedAt = s.ctx.now.toISOString();
  await s.em.save(feed);
  record(s, CalendarFeedRow, feed, "UPDATE", { revokedAt: { before: null, after: feed.revokedAt } });
  return feed;
}

export interface WebhookEndpointCreate {
  url: string;
  eventTypes: WebhookEventType[];
  thresholdDays?: number[] | null;
  description?: string | null;
}

export async function createEndpoint(s: MutationScope, input: WebhookEndpointCreate): Promise<{ webhookEndpoint: WebhookEndpointRow; secret: string } | null> {
  const url = s.text("url", input.url, { required: true, max: 2000 });
  if (url) {
    let parsed: URL | null = null;
    try {
      parsed = new URL(url);
    } catch {}
    if (!parsed || !["http:", "https:"].includes(parsed.protocol)) s.fail("url", UserErrorCode.INVALID, "Inte en http- eller https-adress.");
    else if (parsed.username || parsed.password) s.fail("url", UserErrorCode.INVALID, "Ange inga inloggningsuppgifter i adressen: leveranserna signeras med mottagarens hemlighet.");
  }
  const eventTypes = input.eventTypes ?? [];
  if (eventTypes.length === 0) s.fail("eventTypes", UserErrorCode.REQUIRED, "Ange minst en händelsetyp.");
  eventTypes.forEach((type, i) => {
    if (eventTypes.indexOf(type) !== i) s.fail(`eventTypes.${i}`, UserErrorCode.DUPLICATE, "Händelsetypen står två gånger i listan.");
  });
  const thresholds = input.thresholdDays ?? DEFAULT_THRESHOLD_DAYS;
  if (input.thresholdDays && !eventTypes.includes(WebhookEventType.DEADLINE_APPROACHING)) {
    s.fail("thresholdDays", UserErrorCode.INVALID, "Gränser (thresholdDays) gäller bara DEADLINE_APPROACHING: prenumerera på den eller utelämna dem.");
  }
  if (thresholds.length === 0) s.fail("thresholdDays", UserErrorCode.REQUIRED, "Ange minst en gräns, eller utelämna dem för 180, 90 och 30 dagar.");
  thresholds.forEach((days, i) => {
    if (!Number.isInteger(days) || days < 0 || days > MAX_THRESHOLD_DAYS) s.fail(`thresholdDays.${i}`, UserErrorCode.OUT_OF_RANGE, `Ska vara ett helt antal dagar från 0 till ${MAX_THRESHOLD_DAYS}.`);
    else if (thresholds.indexOf(days) !== i) s.fail(`thresholdDays.${i}`, UserErrorCode.DUPLICATE, "Gränsen står två gånger i listan.");
  });
  const description = s.text("description", input.description, { max: 200 });
  if (s.failed) return null;
  const secret = generateWebhookSecret();
  const endpoint = await s.em.save(
    Object.assign(new WebhookEndpointRow(), {
      url: url!,
      secret,
      eventTypes: JSON.stringify(eventTypes),
      thresholdDays: JSON.stringify(eventTypes.includes(WebhookEventType.DEADLINE_APPROACHING) ? [...thresholds].sort((a, b) => b - a) : []),
      description,
      createdAt: s.ctx.now.toISOString(),
      disabledAt: null,
    }),
  );
  // The secret stays out of the audit log.
  record(s, WebhookEndpointRow, endpoint, "CREATE", {
    url: { before: null, after: endpoint.url },
    eventTypes: { before: null, after: JSON.parse(endpoint.eventTypes) },
    thresholdDays: { before: null, after: JSON.parse(endpoint.thresholdDays) },
  });
  return { webhookEndpoint: endpoint, secret };
}

export async function disableEndpoint(s: MutationScope, input: { id: string }): Promise<WebhookEndpointRow | null> {
  const endpoint = await s.find("id", input.id, WebhookEndpointRow);
  if (!endpoint) return null;
  if (endpoint.disabledAt !== null) {
    s.fail("id", UserErrorCode.CONFLICT, "Mottagaren är redan avstängd.");
    return null;
  }
  endpoint.disabledAt = s.ctx.now.toISOString();
  await s.em.save(endpoint);
  record(s, WebhookEndpointRow, endpoint, "UPDATE", { disabledAt: { before: null, after: endpoint.disabledAt } });
  return endpoint;
}
