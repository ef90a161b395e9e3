import { createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/src/access/roles";
import { countStatements } from "../../server/src/db/statements";
import { runReminders } from "../../server/src/reminders/scheduler";
import { testPostgresUrl } from "../helpers/database";
import { expectStatements, ok, TEST_NOW, type TestServer } from "../helpers/server";
import { type Collaboration, type Kit, type Municipality, months, startKit, graphql } from "../kit";
import { importFile } from "../spreadsheets/helpers";
import { startReceiver, TEST_REMINDER_SETTINGS, type Received } from "./helpers";

/**
 * Webhooks: endpoints, signed deadline reminders with retries, the outbox of level changes and
 * imports, over agreements and collaborations this file builds with the test kit.
 */
let kit: Kit;
let server: TestServer;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
/** Bengtby, one of the five parties of the finance samverkansavtal. */
let b: Municipality;
let five: Municipality[];
let helpdesk: Collaboration;
beforeAll(async () => {
  kit = await startKit();
  server = kit.server;
  b = await kit.municipality({ name: "Bengtby" });
  five = [b, await kit.municipality({ name: "Dalby" }), await kit.municipality({ name: "Fälla" }), await kit.municipality({ name: "Mellby" }), await kit.municipality({ name: "Åby" })];
  const finance = await kit.collaboration({ name: "Gemensamt ekonomisystem", level: 4, participants: five, startedOn: "2005-01-01" });
  helpdesk = await kit.collaboration({ name: "Gemensam helpdesk", level: 3, participants: [five[3], b], startedOn: "2007-01-01" });
  await kit.usage({ municipality: b, application: await kit.application({ name: "Geosecma", vendor: "Sokigo", category: "GIS" }), users: 12 });
  // Three decision deadlines within 180 days of 2026-06-15: 30 June (a level-4 system's 18 months
  // before the notice deadline of 2027-12-31), 31 August and 30 September (12 months before the end
  // of two fixed-term agreements without notice); one beyond (31 December).
  await kit.agreement({
    kind: "SAMVERKANSAVTAL",
    name: "Samverkansavtal gemensamt ekonomisystem",
    parties: five,
    collaborations: [finance],
    starts: "2023-01-01",
    ends: "2028-12-31",
    notice: months(12),
    more: { renewalKind: "TACIT", renewalTermMonths: 24, maxExtensions: 2 },
  });
  await kit.agreement({ name: "Leverantörsavtal kartor", parties: [b], starts: "2022-01-01", ends: "2027-08-31" });
  await kit.agreement({ name: "Leverantörsavtal arkiv", parties: [b], starts: "2022-01-01", ends: "2027-09-30" });
  await kit.agreement({ name: "Leverantörsavtal telefoni", parties: [b], starts: "2022-01-01", ends: "2027-12-31" });
  // The first delivery fails with 500; every later one succeeds.
  receiver = await startReceiver([500]);
});
afterAll(async () => {
  await receiver.close();
  await kit.close();
});

const CREATE = graphql(`mutation WebhooksWebhookEndpointCreate($input: WebhookEndpointCreateInput!) { webhookEndpointCreate(input: $input) {
  webhookEndpoint { id url eventTypes thresholdDays disabledAt } secret userErrors { field code message } } }`);
const DELIVERIES = graphql(`query WebhooksWebhookDeliveries($endpoint: ID, $status: WebhookDeliveryStatus) { webhookDeliveries(endpoint: $endpoint, status: $status, first: 100) {
  totalCount nodes { messageId eventType status attempts lastResponseCode lastError nextAttemptAt lastAttemptAt } } }`);

const later = (seconds: number) => new Date(TEST_NOW.getTime() + seconds * 1000);
const run = async (now: Date) => {
  const tally = { count: 0 };
  const result = await countStatements(tally, () => runReminders(server.db, TEST_REMINDER_SETTINGS, now));
  return { ...result, statements: tally.count };
};
/** The advisory lock and unlock of the scheduler on PostgreSQL. */
const LOCK_STATEMENTS = testPostgresUrl ? 2 : 0;

/** Checks a delivery's Standard Webhooks signature with node's crypto: v1,base64(HMAC-SHA256(key, id.timestamp.body)). */
function verify(secret: string, delivery: Received): boolean {
  const key = Buffer.from(secret.slice("whsec_".length), "base64");
  const signed = `${delivery.headers["webhook-id"]}.${delivery.headers["webhook-timestamp"]}.${delivery.body}`;
  const expected = createHmac("sha256", key).update(signed).digest("base64");
  return String(delivery.headers["webhook-signature"])
    .split(" ")
    .some((s) => s === `v1,${expected}`);
}

const deadlineEvents = (from = 0) =>
  receiver.received
    .slice(from)
    .filter((r) => r.status < 300)
    .map((r) => JSON.parse(r.body))
    .filter((e) => e.type === "DEADLINE_APPROACHING");

let secret: string;
let endpointId: string;

describe("webhooks", () => {
  it("registers endpoints for admins only, with a whsec_ secret shown once, and validates the input", async () => {
    const editor = await server.token(Role.EDITOR, b.code);
    expect((await server.gql(CREATE, { input: { url: receiver.url, eventTypes: ["LEVEL_CHANGED"] } }, { token: editor })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const bad = ok(await server.gql(CREATE, { input: { url: "ftp://example.org/x", eventTypes: [], thresholdDays: [90, 90, -1] } })).webhookEndpointCreate;
    expect(bad!.webhookEndpoint).toBeNull();
    expect(bad!.userErrors.map((e: any) => `${e.field.join(".")}:${e.code}`)).toEqual([
      "input.url:INVALID",
      "input.eventTypes:REQUIRED",
      "input.thresholdDays:INVALID",
      "input.thresholdDays.1:DUPLICATE",
      "input.thresholdDays.2:OUT_OF_RANGE",
    ]);
    expect(ok(await server.gql(graphql(`query WebhooksWebhookEndpoints { webhookEndpoints { totalCount } }`))).webhookEndpoints!.totalCount).toBe(0);

    const created = ok(await server.gql(CREATE, { input: { url: receiver.url, eventTypes: ["DEADLINE_APPROACHING", "LEVEL_CHANGED"], thresholdDays: [30, 180, 90] } })).webhookEndpointCreate;
    expect(created!.userErrors).toEqual([]);
    expect(created!.webhookEndpoint).toMatchObject({ url: receiver.url, eventTypes: ["DEADLINE_APPROACHING", "LEVEL_CHANGED"], thresholdDays: [180, 90, 30], disabledAt: null });
    expect(created!.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    secret = created!.secret!;
    endpointId = created!.webhookEndpoint!.id;
    // The secret is never shown again, nor written to the audit log.
    const audit = JSON.stringify(await server.db.query("SELECT changes FROM audit_entry"));
    expect(audit).not.toContain(secret.slice(6, 20));
  });

  it("fires each due deadline reminder once at its nearest threshold, signed; retries a failed delivery with backoff", async () => {
    const first = await run(TEST_NOW);
    // Within 180 days of 2026-06-15: 30 June (15 days: the 30-day reminder), 31 August (77 days: 90)
    // and 30 September (107 days: 180).
    expect(first).toMatchObject({ ran: true, remindersFired: 3, deliveriesCreated: 3, deliveriesAttempted: 3, delivered: 2, digestsSent: 0 });
    expect(receiver.received).toHaveLength(3);
    for (const delivery of receiver.received) {
      expect(verify(secret, delivery)).toBe(true);
      expect(delivery.headers["webhook-timestamp"]).toBe(String(TEST_NOW.getTime() / 1000));
      expect(delivery.headers["content-type"]).toBe("application/json");
    }
    // A tampered body does not verify.
    expect(verify(secret, { ...receiver.received[0], body: receiver.received[0].body.replace("2026", "2027") })).toBe(false);

    const events = receiver.received.map((r) => JSON.parse(r.body));
    const decision = events.find((e) => e.data.summary === "Beslutsdatum: Samverkansavtal gemensamt ekonomisystem");
    expect(decision).toMatchObject({
      type: "DEADLINE_APPROACHING",
      data: { deadline: { kind: "DECISION", date: "2026-06-30" }, daysLeft: 15, thresholdDays: 30, agreement: { name: "Samverkansavtal gemensamt ekonomisystem" } },
    });
    expect(decision.data.municipalities.map((m: any) => m.code)).toEqual(five.map((m) => m.code));
    expect(events.map((e) => [e.data.agreement.name, e.data.deadline.date, e.data.thresholdDays]).sort()).toEqual([
      ["Leverantörsavtal arkiv", "2026-09-30", 180],
      ["Leverantörsavtal kartor", "2026-08-31", 90],
      ["Samverkansavtal gemensamt ekonomisystem", "2026-06-30", 30],
    ]);

    const failed = ok(await server.gql(DELIVERIES, { endpoint: endpointId, status: "PENDING" })).webhookDeliveries;
    expect(failed!.nodes).toEqual([
      {
        messageId: receiver.received[0].headers["webhook-id"],
        eventType: "DEADLINE_APPROACHING",
        status: "PENDING",
        attempts: 1,
        lastResponseCode: 500,
        lastError: "HTTP 500",
        nextAttemptAt: later(60).toISOString(),
        lastAttemptAt: TEST_NOW.toISOString(),
      },
    ]);
    expect(ok(await server.gql(DELIVERIES, { status: "DELIVERED" })).webhookDeliveries!.totalCount).toBe(2);
  });

  it("fires nothing twice: a second run finds nothing due and the retry waits for its time; then the retry succeeds with the same message id", async () => {
    const second = await run(later(30));
    expect(second).toMatchObject({ remindersFired: 0, deliveriesCreated: 0, deliveriesAttempted: 0 });
    // Pinned: the reads of facts on today and the outbox, whatever the number of agreements.
    expectStatements(second.statements, 23 + LOCK_STATEMENTS);
    expect(receiver.received).toHaveLength(3);
    // Constant in rows: three more agreements (their deadlines far off) read in the same statements.
    for (const n of [1, 2, 3]) {
      const created = ok(
        await server.gql(graphql(`mutation WebhooksAgreementCreate($input: AgreementCreateInput!) { agreementCreate(input: $input) { userErrors { field message } } }`), {
          input: { kind: "SUPPORTAVTAL", name: `Supportavtal ${n}`, startDate: "2026-01-01", endDate: "2035-12-31", municipalityIds: [b.id] },
        }),
      );
      expect(created.agreementCreate!.userErrors).toEqual([]);
    }
    const more = await run(later(45));
    expect(more).toMatchObject({ remindersFired: 0, deliveriesAttempted: 0 });
    expectStatements(more.statements, 23 + LOCK_STATEMENTS);

    const third = await run(later(61));
    expect(third).toMatchObject({ remindersFired: 0, deliveriesCreated: 0, deliveriesAttempted: 1, delivered: 1 });
    expect(receiver.received).toHaveLength(4);
    expect(receiver.received[3].headers["webhook-id"]).toBe(receiver.received[0].headers["webhook-id"]);
    expect(receiver.received[3].body).toBe(receiver.received[0].body);
    expect(verify(secret, receiver.received[3])).toBe(true);
    const log = ok(await server.gql(DELIVERIES, { endpoint: endpointId })).webhookDeliveries;
    expect(log!.totalCount).toBe(3);
    expect(log!.nodes.every((d: any) => d.status === "DELIVERED" && d.lastError === null && d.nextAttemptAt === null)).toBe(true);
    expect(log!.nodes.find((d: any) => d.messageId === receiver.received[0].headers["webhook-id"])).toMatchObject({ attempts: 2, lastResponseCode: 204 });
    // Another instance's run at the same moment finds everything stamped.
    expect((await run(later(61))).remindersFired).toBe(0);
  });

  it("fires again when the agreement's dates change", async () => {
    const agreement = ok(await server.gql(graphql(`query WebhooksAgreements { agreements(first: 100) { nodes { id name } } }`))).agreements!.nodes.find(
      (a: any) => a.name === "Samverkansavtal gemensamt ekonomisystem",
    );
    // A lead time of 17 months instead of 18 moves the decision deadline from 30 June to 31 July (46 days: the 90-day threshold).
    const updated = ok(
      await server.gql(graphql(`mutation WebhooksAgreementUpdate($input: AgreementUpdateInput!) { agreementUpdate(input: $input) { userErrors { message } } }`), {
        input: { id: agreement!.id, procurementLeadTimeMonths: 17 },
      }),
    );
    expect(updated.agreementUpdate!.userErrors).toEqual([]);
    const seen = receiver.received.length;
    const result = await run(later(120));
    expect(result).toMatchObject({ remindersFired: 1, deliveriesAttempted: 1, delivered: 1 });
    expect(deadlineEvents(seen)).toEqual([
      expect.objectContaining({ data: expect.objectContaining({ deadline: expect.objectContaining({ kind: "DECISION", date: "2026-07-31" }), daysLeft: 46, thresholdDays: 90 }) }),
    ]);
    expect((await run(later(180))).remindersFired).toBe(0);
  });

  it("delivers a level change written by a mutation (outbox), and nothing for a refused one", async () => {
    const collaboration = helpdesk;
    const levels = ok(await server.gql(graphql(`query WebhooksCollaborationLevels { collaborationLevels { id ordinal } }`))).collaborationLevels;
    const SET = graphql(`mutation WebhooksCollaborationLevelSet($input: CollaborationLevelSetInput!) { collaborationLevelSet(input: $input) { userErrors { code } } }`);
    const refused = ok(await server.gql(SET, { input: { collaborationId: collaboration.id, levelId: levels!.find((l: any) => l.ordinal === 4)!.id, changedOn: "2020-01-01" } }));
    expect(refused.collaborationLevelSet!.userErrors).not.toEqual([]);
    const set = ok(await server.gql(SET, { input: { collaborationId: collaboration.id, levelId: levels!.find((l: any) => l.ordinal === 4)!.id, decisionReference: "IT-chefsgruppen 2026-06-15 §4" } }));
    expect(set.collaborationLevelSet!.userErrors).toEqual([]);
    const seen = receiver.received.length;
    const result = await run(later(240));
    expect(result).toMatchObject({ remindersFired: 0, deliveriesCreated: 1, delivered: 1 });
    const received = receiver.received.slice(seen);
    expect(received).toHaveLength(1);
    expect(verify(secret, received[0])).toBe(true);
    expect(JSON.parse(received[0].body)).toMatchObject({
      type: "LEVEL_CHANGED",
      data: { collaboration: { id: collaboration.id, name: "Gemensam helpdesk" }, level: { ordinal: 4 }, changedOn: "2026-06-15", decisionReference: "IT-chefsgruppen 2026-06-15 §4" },
    });
  });

  it("delivers an applied spreadsheet import to an endpoint that asked for IMPORT_APPLIED, and nothing for a dry run", async () => {
    const created = ok(await server.gql(CREATE, { input: { url: receiver.url, eventTypes: ["IMPORT_APPLIED"] } })).webhookEndpointCreate;
    expect(created!.userErrors).toEqual([]);
    const content = "Produkt,Leverantör,Antal användare\nGeosecma,Sokigo,17\n";
    expect((await importFile(server, { municipality: b.code, fileName: "bengtsfors.csv", format: "CSV", content })).payload!.plan!.applied).toBe(false);
    expect((await importFile(server, { municipality: b.code, fileName: "bengtsfors.csv", format: "CSV", content, apply: true })).payload!.userErrors).toEqual([]);
    const seen = receiver.received.length;
    const result = await run(later(300));
    expect(result.delivered).toBeGreaterThanOrEqual(1);
    const imports = receiver.received
      .slice(seen)
      .map((r) => ({ r, event: JSON.parse(r.body) }))
      .filter(({ event }) => event.type === "IMPORT_APPLIED");
    expect(imports).toHaveLength(1);
    expect(verify(created!.secret!, imports[0].r)).toBe(true);
    expect(imports[0].event.data).toMatchObject({ fileName: "bengtsfors.csv", created: 0, updated: 1, unchanged: 0 });
  });

  it("delivers nothing to a disabled endpoint", async () => {
    const disabled = ok(
      await server.gql(graphql(`mutation WebhooksWebhookEndpointDisable($id: ID!) { webhookEndpointDisable(input: { id: $id }) { webhookEndpoint { disabledAt } userErrors { code } } }`), {
        id: endpointId,
      }),
    );
    expect(disabled.webhookEndpointDisable).toEqual({ webhookEndpoint: { disabledAt: TEST_NOW.toISOString() }, userErrors: [] });
    const collaboration = helpdesk;
    const level3 = ok(await server.gql(graphql(`query WebhooksCollaborationLevels { collaborationLevels { id ordinal } }`))).collaborationLevels!.find((l: any) => l.ordinal === 3);
    const set = graphql(`mutation WebhooksCollaborationLevelSet($input: CollaborationLevelSetInput!) { collaborationLevelSet(input: $input) { userErrors { code } } }`);
    expect(ok(await server.gql(set, { input: { collaborationId: collaboration.id, levelId: level3!.id } })).collaborationLevelSet!.userErrors).toEqual([]);
    const seen = receiver.received.length;
    expect(await run(new Date("2026-09-01T10:00:00Z"))).toMatchObject({ remindersFired: 0, deliveriesCreated: 0, deliveriesAttempted: 0 });
    expect(receiver.received.length).toBe(seen);
  });
});
