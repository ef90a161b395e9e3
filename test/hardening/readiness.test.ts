import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type TestServer } from "../helpers/server";

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
