import type { FastifyInstance } from "fastify";
import type { DataSource } from "typeorm";
import { isPostgres } from "../db/where-in";

/**
 * Closes the database; on SQLite first checkpoints the write-ahead log into the database file and
 * truncates it, so the file alone holds every committed write.
 */
export async function closeDatabase(db: DataSource): Promise<void> {
  if (!db.isInitialized) return;
  if (!isPostgres(db)) await db.query("PRAGMA wal_checkpoint(TRUNCATE)");
  await db.destroy();
}

/**
 * A graceful stop: stop accepting connections (readiness turns 503 at once), let in-flight requests
 * finish for up to `timeoutMs`, then close the connections still open, stop Apollo and close the
 * database.
 */
export async function shutdown(app: FastifyInstance, db: DataSource, timeoutMs: number): Promise<void> {
  const force = setTimeout(() => {
    console.warn(`Samverkan: requests still running after ${timeoutMs} ms; closing their connections.`);
    app.server.closeAllConnections();
  }, timeoutMs);
  try {
    await app.close();
  } finally {
    clearTimeout(force);
  }
  await closeDatabase(db);
}

/** Shuts down on the first SIGTERM or SIGINT and exits 0 (1 if closing failed); a second signal is ignored. */
export function shutdownOnSignals(app: FastifyInstance, db: DataSource, timeoutMs: number): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`Samverkan: ${signal} received; finishing requests in flight (up to ${timeoutMs} ms), then closing the database.`);
    shutdown(app, db, timeoutMs).then(
      () => {
        console.log("Samverkan: stopped.");
        process.exit(0);
      },
      (error: unknown) => {
        console.error("Samverkan: shutdown failed:", error);
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", onSignal);
  process.on("SIGINT", onSignal);
}
