import { randomBytes } from "node:crypto";
import type { EntityManager } from "typeorm";
import { Webhook } from "standardwebhooks";
import { WebhookEventRow } from "./entities";

/** What a webhook endpoint can subscribe to. */
export enum WebhookEventType {
  /** An agreement's decision, notice or term-end deadline came within one of the endpoint's thresholds (days). */
  DEADLINE_APPROACHING = "DEADLINE_APPROACHING",
  /** A shared system's collaboration level (samverkansnivå) was set. */
  LEVEL_CHANGED = "LEVEL_CHANGED",
  /** A collaboration candidate was accepted, rejected or deferred. */
  RECOMMENDATION_DECIDED = "RECOMMENDATION_DECIDED",
  /** A spreadsheet import was applied. */
  IMPORT_APPLIED = "IMPORT_APPLIED",
  /** An implementation plan (införandeplan) was issued in a new version, with every municipality's budget notice. */
  PLAN_ISSUED = "PLAN_ISSUED",
  /** A municipality registered a need (behovsanmälan). */
  NEED_REGISTERED = "NEED_REGISTERED",
  /** The option chosen for a need (behovsanmälan) was recorded. */
  NEED_CHOICE_RECORDED = "NEED_CHOICE_RECORDED",
}

/** The one way to publish an event: an outbox row written in the caller's transaction (a mutation's `scope.em`), delivered by the scheduler. */
export async function publishEvent(scope: { em: EntityManager; ctx: { now: Date } }, type: WebhookEventType, data: Record<string, unknown>): Promise<void> {
  await scope.em.insert(WebhookEventRow, { type, data: JSON.stringify(data), endpointIds: null, createdAt: scope.ctx.now.toISOString(), dispatchedAt: null });
}

/** A new endpoint secret in the Standard Webhooks form: "whsec_" + base64 of 32 random bytes. */
export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("base64")}`;
}

/** The body of a delivery, in the Standard Webhooks shape. */
export function deliveryBody(type: string, at: Date, data: Record<string, unknown>): string {
  return JSON.stringify({ type, timestamp: at.toISOString(), data });
}

/**
 * The Standard Webhooks headers of one delivery: `webhook-id` (the same on every retry, so a
 * receiver can drop duplicates), `webhook-timestamp` (seconds) and `webhook-signature`
 * ("v1," + base64 HMAC-SHA256 with the secret over "id.timestamp.body").
 */
export function signedHeaders(secret: string, messageId: string, at: Date, body: string): Record<string, string> {
  return {
    "content-type": "application/json",
    "user-agent": "Samverkan-Webhooks/1",
    "webhook-id": messageId,
    "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
    "webhook-signature": new Webhook(secret).sign(messageId, at, body),
  };
}
