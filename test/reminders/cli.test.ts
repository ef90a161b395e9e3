import { execFile } from "node:child_process";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildInto, removeBuild } from "../helpers/compiled";
import { ok, type TestServer } from "../helpers/server";
import { type Collaboration, type Kit, startKit, graphql } from "../kit";
import { startReceiver } from "./helpers";

// The CLI runs compiled, from a build of its own (another test file may build dist/ meanwhile).
let build: string;
let kit: Kit;
let server: TestServer;
/** The collaboration whose level change the outbox delivers, built with the test kit. */
let helpdesk: Collaboration;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
beforeAll(async () => {
  build = buildInto("reminders");
  // With the response cache on: the delivery log, written by the scheduler outside any mutation, must never be served stale.
  kit = await startKit({ responseCache: true });
  server = kit.server;
  helpdesk = await kit.collaboration({ name: "Gemensam helpdesk", level: 3 });
  receiver = await startReceiver();
});
afterAll(async () => {
  await receiver.close();
  await kit.close();
  removeBuild(build);
});

function reminders(args: string[] = []): Promise<{ status: number; out: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [join(build, "server", "src", "cli", "reminders.js"), ...args], { env: { ...process.env, DATABASE_URL: server.databaseUrl } }, (error, stdout, stderr) =>
      resolve({ status: error ? Number(error.code ?? 1) : 0, out: stdout + stderr }),
    );
  });
}

describe("npm run reminders", () => {
  it("runs the scheduler once: delivers the outbox's events and says what it did", async () => {
    const created = ok(
      await server.gql(graphql(`mutation RemindersCliWebhookEndpointCreate($url: String!) { webhookEndpointCreate(input: { url: $url, eventTypes: [LEVEL_CHANGED] }) { userErrors { code } } }`), {
        url: receiver.url,
      }),
    );
    expect(created.webhookEndpointCreate!.userErrors).toEqual([]);
    const collaboration = helpdesk;
    const level = kit.level(4);
    const set = ok(
      await server.gql(graphql(`mutation RemindersCliCollaborationLevelSet($input: CollaborationLevelSetInput!) { collaborationLevelSet(input: $input) { userErrors { code } } }`), {
        input: { collaborationId: collaboration.id, levelId: level.id },
      }),
    );
    expect(set.collaborationLevelSet!.userErrors).toEqual([]);

    const log = graphql(`query RemindersCliWebhookDeliveries { webhookDeliveries { totalCount nodes { eventType status } } }`);
    expect(ok(await server.gql(log)).webhookDeliveries!.totalCount).toBe(0);
    const run = await reminders();
    expect(run.status).toBe(0);
    expect(run.out).toMatch(/^Påminnelser: 0; leveranser skapade: 1, försökta: 1, levererade: 1; sammanfattningar skickade: 0\.$/m);
    expect(receiver.received.map((r) => JSON.parse(r.body).type)).toEqual(["LEVEL_CHANGED"]);
    expect(ok(await server.gql(log)).webhookDeliveries).toEqual({ totalCount: 1, nodes: [{ eventType: "LEVEL_CHANGED", status: "DELIVERED" }] });
    // A second run has nothing left to deliver.
    expect((await reminders()).out).toMatch(/leveranser skapade: 0, försökta: 0, levererade: 0/);
    expect(receiver.received).toHaveLength(1);
  });

  it("prints its usage for --help and refuses unknown arguments", async () => {
    expect(await reminders(["--help"])).toMatchObject({ status: 0, out: expect.stringContaining("Usage: npm run reminders") });
    expect((await reminders(["--now"])).status).toBe(2);
  });
});
