import { DateTimeISOResolver } from "graphql-scalars";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { encodeGlobalId } from "../core/global-id";

const instant = (value: string | null) => (value === null ? null : new Date(value));

/**
 * A calendar feed (kalenderprenumeration): a read-only token for `/feeds/<token>.ics`, separate from
 * API tokens. Only the SHA-256 of the token is stored; revoking it makes the feed answer 404.
 */
@ObjectType("CalendarFeed", { description: "A calendar feed (kalenderprenumeration) of deadlines at /feeds/<token>.ics; the token is shown once, when it is created." })
@Entity("calendar_feed")
export class CalendarFeedRow {
  static readonly typeName = "CalendarFeed";
  @PrimaryGeneratedColumn() id: number;
  @Field(() => ID, { name: "id", description: "Opaque ID." })
  get globalId(): string {
    return encodeGlobalId(CalendarFeedRow.typeName, this.id);
  }
  @Field(() => String, { description: "A name to tell feeds apart, e.g. whose calendar it is in." })
  @Column({ type: "varchar", length: 100 })
  name: string;
  @Index({ unique: true }) @Column({ type: "varchar", length: 64 }) tokenHash: string;
  /** The municipality the feed shows; null: the whole collaboration body. */
  @Column({ type: "integer", nullable: true }) municipalityId: number | null;
  @Field(() => String, { description: "The name of the API token that created it." })
  @Column({ type: "varchar", length: 200 })
  createdBy: string;
  @Column({ type: "varchar", length: 30 }) createdAt: string;
  @Column({ type: "varchar", length: 30, nullable: true }) revokedAt: string | null;
  @Field(() => DateTimeISOResolver, { name: "createdAt", description: "When it was created." })
  get createdAtInstant(): Date {
    return new Date(this.createdAt);
  }
  @Field(() => DateTimeISOResolver, { name: "revokedAt", nullable: true, description: "When it was revoked (the feed answers 404 since); null while it works." })
  get revokedAtInstant(): Date | null {
    return instant(this.revokedAt);
  }
}

/** A webhook endpoint an admin registered: where events go, signed with its secret. */
@ObjectType("WebhookEndpoint", { description: "A webhook endpoint (webbhook-mottagare): events are POSTed to its URL, signed the Standard Webhooks way with its secret." })
@Entity("webhook_endpoint")
export class WebhookEndpointRow {
  static readonly typeName = "WebhookEndpoint";
  @PrimaryGeneratedColumn() id: number;
  @Field(() => ID, { name: "id", description: "Opaque ID." })
  get globalId(): string {
    return encodeGlobalId(WebhookEndpointRow.typeName, this.id);
  }
  @Field(() => String, { description: "Where deliveries are POSTed (http or https)." })
  @Column({ type: "varchar", length: 2000 })
  url: string;
  /** The Standard Webhooks secret, "whsec_" + base64; kept to sign deliveries, shown once. */
  @Column({ type: "varchar", length: 100 }) secret: string;
  /** JSON array of WebhookEventType names. */
  @Column({ type: "text" }) eventTypes: string;
  /** JSON array of whole days before a deadline at which DEADLINE_APPROACHING fires, largest first. */
  @Column({ type: "text" }) thresholdDays: string;
  @Field(() => String, { nullable: true, description: "What the endpoint is for." })
  @Column({ type: "varchar", length: 200, nullable: true })
  description: string | null;
  @Column({ type: "varchar", length: 30 }) createdAt: string;
  @Column({ type: "varchar", length: 30, nullable: true }) disabledAt: string | null;
  @Field(() => DateTimeISOResolver, { name: "createdAt", description: "When it was registered." })
  get createdAtInstant(): Date {
    return new Date(this.createdAt);
  }
  @Field(() => DateTimeISOResolver, { name: "disabledAt", nullable: true, description: "When it was disabled (nothing is delivered to it since); null while active." })
  get disabledAtInstant(): Date | null {
    return instant(this.disabledAt);
  }
}

/** The outbox: an event written in the transaction that caused it, fanned out to endpoints by the scheduler. */
@Entity("webhook_event")
export class WebhookEventRow {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: "varchar", length: 40 }) type: string;
  /** JSON object: the event's `data`. */
  @Column({ type: "text" }) data: string;
  /** JSON array of the endpoint ids it is addressed to (a deadline reminder: the endpoints whose threshold it is); null: every endpoint subscribed to its type. */
  @Column({ type: "text", nullable: true }) endpointIds: string | null;
  @Column({ type: "varchar", length: 30 }) createdAt: string;
  /** When the scheduler created its deliveries; null until then. */
  @Index() @Column({ type: "varchar", length: 30, nullable: true }) dispatchedAt: string | null;
}

export enum DeliveryStatus {
  PENDING = "PENDING",
  DELIVERED = "DELIVERED",
  FAILED = "FAILED",
}
registerEnumType(DeliveryStatus, {
  name: "WebhookDeliveryStatus",
  description: "Where a webhook delivery stands.",
  valuesConfig: {
    PENDING: { description: "Not delivered yet: waiting for its first attempt or for a retry at `nextAttemptAt`." },
    DELIVERED: { description: "The endpoint answered 2xx." },
    FAILED: { description: "Every attempt failed; no more retries." },
  },
});

/** One event to one endpoint: the delivery log (leveranslogg) with its attempts. */
@ObjectType("WebhookDelivery", { description: "One event to one endpoint, with its attempts: the delivery log (leveranslogg)." })
@Entity("webhook_delivery")
@Index(["status", "nextAttemptAt"])
export class WebhookDeliveryRow {
  static readonly typeName = "WebhookDelivery";
  @PrimaryGeneratedColumn() id: number;
  @Field(() => ID, { name: "id", description: "Opaque ID." })
  get globalId(): string {
    return encodeGlobalId(WebhookDeliveryRow.typeName, this.id);
  }
  @Index() @Column({ type: "integer" }) endpointId: number;
  @Column({ type: "integer" }) eventId: number;
  @Field(() => String, { description: "The event's message id, sent as the `webhook-id` header (the same on every retry)." })
  get messageId(): string {
    return `msg_${this.eventId}`;
  }
  /** The WebhookEventType of the event (the resolver exposes it as an enum). */
  @Column({ type: "varchar", length: 40 }) eventType: string;
  @Field(() => DeliveryStatus, { description: "Delivered, waiting for a retry, or failed for good." })
  @Column({ type: "varchar", length: 10 })
  status: DeliveryStatus;
  @Field(() => Int, { description: "Attempts made so far." })
  @Column({ type: "integer" })
  attempts: number;
  @Column({ type: "varchar", length: 30, nullable: true }) nextAttemptAt: string | null;
  @Column({ type: "varchar", length: 30, nullable: true }) lastAttemptAt: string | null;
  @Field(() => Int, { nullable: true, description: "The HTTP status of the last answer; null when there was none (no connection, timeout)." })
  @Column({ type: "integer", nullable: true })
  lastResponseCode: number | null;
  @Field(() => String, { nullable: true, description: "Why the last attempt failed; null after a success." })
  @Column({ type: "varchar", length: 500, nullable: true })
  lastError: string | null;
  @Column({ type: "varchar", length: 30 }) createdAt: string;
  @Field(() => DateTimeISOResolver, { name: "createdAt", description: "When the delivery was created from its event." })
  get createdAtInstant(): Date {
    return new Date(this.createdAt);
  }
  @Field(() => DateTimeISOResolver, { name: "nextAttemptAt", nullable: true, description: "When it is tried (again); null once delivered or failed." })
  get nextAttemptAtInstant(): Date | null {
    return instant(this.nextAttemptAt);
  }
  @Field(() => DateTimeISOResolver, { name: "lastAttemptAt", nullable: true, description: "When it was last tried; null before the first attempt." })
  get lastAttemptAtInstant(): Date | null {
    return instant(this.lastAttemptAt);
  }
}

/**
 * A deadline reminder that has fired: one per agreement, deadline kind, threshold and deadline date
 * (unique), so it never fires twice, and fires again when the deadline moves to another date.
 */
@Entity("reminder_stamp")
@Index(["agreementId", "kind", "thresholdDays", "deadlineDate"], { unique: true })
export class ReminderStampRow {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: "integer" }) agreementId: number;
  @Column({ type: "varchar", length: 20 }) kind: string;
  @Column({ type: "integer" }) thresholdDays: number;
  @Index() @Column({ type: "varchar", length: 10 }) deadlineDate: string;
  @Column({ type: "varchar", length: 30 }) firedAt: string;
}

/** An e-mail digest sent to a municipality (on `sentOn`); the next is due `digestIntervalDays` later. */
@Entity("digest_stamp")
export class DigestStampRow {
  @PrimaryGeneratedColumn() id: number;
  @Index() @Column({ type: "integer" }) municipalityId: number;
  @Column({ type: "varchar", length: 10 }) sentOn: string;
  @Column({ type: "text" }) recipients: string;
  @Column({ type: "varchar", length: 30 }) sentAt: string;
}

export const reminderEntities = [CalendarFeedRow, WebhookEndpointRow, WebhookEventRow, WebhookDeliveryRow, ReminderStampRow, DigestStampRow];
