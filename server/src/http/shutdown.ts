import type { IncomingMessage, ServerResponse } from "node:http";
import { Server as NetServer, type Socket } from "node:net";
import type { FastifyInstance } from "fastify";
import type { DataSource } from "typeorm";
import { isPostgres } from "../db/where-in";

declare module "fastify" {
  interface FastifyInstance {
    /** Set when a shutdown begins: readiness answers 503 and every answer closes its connection. */
    shuttingDown: boolean;
  }
}

/** Requests under way per open connection; 0: it has answered and waits for the next (kept alive). */
const underWay = new WeakMap<FastifyInstance, Map<Socket, number>>();

/**
 * Prepares `app` for a draining shutdown (buildServer calls it): every request that arrives once a
 * shutdown has begun is answered with `Connection: close`, so its client takes the next one
 * elsewhere; and the requests under way are counted per connection, so that the connections kept
 * alive and idle can be closed without cutting one whose request the busy process has accepted but
 * not yet read.
 */
export function registerDrain(app: FastifyInstance): void {
  app.decorate("shuttingDown", false);
  app.addHook("onRequest", (_request, reply, done) => {
    if (app.shuttingDown) reply.header("connection", "close");
    done();
  });
  const connections = new Map<Socket, number>();
  underWay.set(app, connections);
  app.server.on("connection", (socket: Socket) => socket.once("close", () => connections.delete(socket)));
  app.server.on("request", (request: IncomingMessage, response: ServerResponse) => {
    const socket = request.socket;
    connections.set(socket, (connections.get(socket) ?? 0) + 1);
    response.once("close", () => {
      const count = connections.get(socket);
      if (count === undefined) return;
      connections.set(socket, count - 1);
      // A request from before the signal, answered after the listener closed, kept its connection
      // alive: nothing more can come that the drain should serve.
      if (count === 1 && app.shuttingDown && !app.server.listening) socket.end();
    });
  });
}

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
 * A graceful stop in three steps, `timeoutMs` at most from the start:
 * - drain for `drainMs`: readiness answers 503 at once (a load balancer takes the instance out), but
 *   every connection, also a new one, is still accepted and served, each answer closing its
 *   connection. Closing the listener at once would reset the connections a busy process has not yet
 *   accepted (the kernel's backlog): those are requests in flight for their clients too;
 * - close the listener and the connections kept alive and idle; the requests under way (and those
 *   on connections accepted but not yet read) are answered, each closing its connection;
 * - when none is left, or at `timeoutMs` closing what is still open: stop Apollo, the warm-up and the
 *   reminders (Fastify's onClose hooks) and close the database.
 */
export async function shutdown(app: FastifyInstance, db: DataSource, timeoutMs: number, drainMs: number): Promise<void> {
  const connections = underWay.get(app);
  if (!connections) throw new Error("shutdown: the server was built without registerDrain.");
  app.shuttingDown = true;
  let timedOut!: () => void;
  const timeout = new Promise<void>((resolve) => (timedOut = resolve));
  const force = setTimeout(() => {
    console.warn(`Samverkan: requests still running after ${timeoutMs} ms; closing their connections.`);
    app.server.closeAllConnections();
    timedOut();
  }, timeoutMs);
  try {
    // Ends in a check phase, right after the event loop's poll phase has accepted what was waiting.
    await new Promise((resolve) => setTimeout(() => setImmediate(resolve), Math.min(drainMs, timeoutMs)));
    await Promise.race([stopListening(app, connections), timeout]);
  } finally {
    clearTimeout(force);
  }
  await app.close();
  await closeDatabase(db);
}

/** Closes the listener and the idle kept-alive connections; resolves once every connection has closed. */
function stopListening(app: FastifyInstance, connections: Map<Socket, number>): Promise<void> {
  return new Promise((resolve) => {
    // Not http.Server#close: that also closes every connection without a request under way,
    // including the ones just accepted whose request the busy process has not read yet.
    if (app.server.listening) NetServer.prototype.close.call(app.server, () => resolve());
    else resolve();
    for (const [socket, count] of connections) if (count === 0) socket.destroy();
  });
}

/** Shuts down on the first SIGTERM or SIGINT and exits 0 (1 if closing failed); a second signal is ignored. */
export function shutdownOnSignals(app: FastifyInstance, db: DataSource, timeoutMs: number, drainMs: number): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(
      `Samverkan: ${signal} received; not ready, still serving for ${Math.min(drainMs, timeoutMs)} ms, then finishing requests in flight (up to ${timeoutMs} ms after the signal) and closing the database.`,
    );
    shutdown(app, db, timeoutMs, drainMs).then(
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
