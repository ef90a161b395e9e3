import { Table, type MigrationInterface, type QueryRunner } from "typeorm";
import { col, fk, index } from "./columns";

/**
 * Reminders (påminnelser): calendar feed tokens, webhook endpoints, the event outbox and delivery
 * log, stamps of deadline reminders that fired (unique per agreement, kind, threshold and deadline
 * date) and of e-mail digests sent.
 */
export class Reminders1795300000900 implements MigrationInterface {
  name = "Reminders1795300000900";

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: "calendar_feed",
        columns: [
          col.id(),
          col.varchar("name", 100),
          col.varchar("token_hash", 64),
          col.int("municipality_id", true),
          col.varchar("created_by", 200),
          col.instant("created_at"),
          col.instant("revoked_at", true),
        ],
        foreignKeys: [fk("municipality_id", "municipality")],
        indices: [index("calendar_feed", ["token_hash"], true)],
      }),
    );
    await q.createTable(
      new Table({
        name: "webhook_endpoint",
        columns: [
          col.id(),
          col.varchar("url", 2000),
          col.varchar("secret", 100),
          col.text("event_types", false),
          col.text("threshold_days", false),
          col.varchar("description", 200, true),
          col.instant("created_at"),
          col.instant("disabled_at", true),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: "webhook_event",
        columns: [col.id(), col.varchar("type", 40), col.text("data", false), col.text("endpoint_ids"), col.instant("created_at"), col.instant("dispatched_at", true)],
        indices: [index("webhook_event", ["dispatched_at"])],
      }),
    );
    await q.createTable(
      new Table({
        name: "webhook_delivery",
        columns: [
          col.id(),
          col.int("endpoint_id"),
          col.int("event_id"),
          col.varchar("event_type", 40),
          col.varchar("status", 10),
          col.int("attempts"),
          col.instant("next_attempt_at", true),
          col.instant("last_attempt_at", true),
          col.int("last_response_code", true),
          col.varchar("last_error", 500, true),
          col.instant("created_at"),
        ],
        foreignKeys: [fk("endpoint_id", "webhook_endpoint", "CASCADE"), fk("event_id", "webhook_event", "CASCADE")],
        indices: [index("webhook_delivery", ["endpoint_id"]), index("webhook_delivery", ["status", "next_attempt_at"])],
      }),
    );
    await q.createTable(
      new Table({
        name: "reminder_stamp",
        columns: [col.id(), col.int("agreement_id"), col.varchar("kind", 20), col.int("threshold_days"), col.date("deadline_date"), col.instant("fired_at")],
        foreignKeys: [fk("agreement_id", "agreement", "CASCADE")],
        // The scheduler reads the stamps of deadlines from today on: a range on deadline_date.
        indices: [index("reminder_stamp", ["agreement_id", "kind", "threshold_days", "deadline_date"], true), index("reminder_stamp", ["deadline_date"])],
      }),
    );
    await q.createTable(
      new Table({
        name: "digest_stamp",
        columns: [col.id(), col.int("municipality_id"), col.date("sent_on"), col.text("recipients", false), col.instant("sent_at")],
        foreignKeys: [fk("municipality_id", "municipality", "CASCADE")],
        indices: [index("digest_stamp", ["municipality_id"])],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ["digest_stamp", "reminder_stamp", "webhook_delivery", "webhook_event", "webhook_endpoint", "calendar_feed"]) await q.dropTable(table);
  }
}
