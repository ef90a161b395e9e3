import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startKit } from "../kit";
import { ok, startServer, type TestServer } from "../helpers/server";

let server: TestServer;
let origin: string;
beforeAll(async () => {
  server = await startServer({ seed: false });
  origin = new URL(server.url).origin;
});
afterAll(async () => server.close());

const probe = async (path: string) => {
  const response = await fetch(`${origin}${path}`);
  return { status: response.status, body: await response.json() };
};

describe("/healthz and /readyz", () => {
  it("is ready when the database answers and every migration has run", async () => {
    expect(await probe("/readyz")).toEqual({ status: 200, body: { status: "ready" } });
    expect(await probe("/healthz")).toEqual({ status: 200, body: { status: "ok" } });
  });

  it("is not ready while a migration is pending, and ready again once it has run; the process stays live", async () => {
    await server.db.undoLastMigration({ transaction: "each" });
    expect(await probe("/readyz")).toEqual({ status: 503, body: { status: "migrations pending" } });
    expect((await probe("/healthz")).status).toBe(200);
    await server.db.runMigrations({ transaction: "each" });
    expect((await probe("/readyz")).status).toBe(200);
  });

  it("is not ready when the database is unreachable", async () => {
    await server.db.destroy();
    try {
      expect(await probe("/readyz")).toEqual({ status: 503, body: { status: "database unavailable" } });
      expect((await probe("/healthz")).status).toBe(200);
    } finally {
      await server.db.initialize();
    }
    expect((await probe("/readyz")).status).toBe(200);
  });
});

describe("/readyz while the first warm-up after start runs", () => {
  it("says warming (still 200: requests are answered meanwhile), then ready once the warm-up has run", async () => {
    const kit = await startKit({ factSnapshot: true, factSnapshotWarmUp: true });
    try {
      const readyz = async () => {
        const response = await fetch(`${new URL(kit.server.url).origin}/readyz`);
        return { status: response.status, body: await response.json() };
      };
      // The warm-up starts half a second after the server, then judges every evaluation it lists.
      expect(await readyz()).toEqual({ status: 200, body: { status: "warming" } });
      expect(ok(await kit.server.gql(`{ municipalities { totalCount } }`)).municipalities.totalCount).toBe(0);
      await kit.server.snapshotSettled();
      expect(await readyz()).toEqual({ status: 200, body: { status: "ready" } });
      // The warm-ups after a write are no start: ready throughout.
      await kit.municipality();
      expect(await readyz()).toEqual({ status: 200, body: { status: "ready" } });
      await kit.server.snapshotSettled();
      expect(await readyz()).toEqual({ status: 200, body: { status: "ready" } });
    } finally {
      await kit.server.close();
    }
  });
});
