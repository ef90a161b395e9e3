import "reflect-metadata";
import "./production-env";
/**
 * The server of bench/national.ts, in a child process of its own: `node --expose-gc
 * dist/bench/national-server.js <sqlite file> <clock ISO instant> [snapshot dates]`. It opens the database, creates
 * an ADMIN token, starts the real server (`buildServer`, production config) on 127.0.0.1, port 0,
 * and tells its parent the port and token over IPC. It answers "memory" with its own memory
 * figures, "statements" with the statements it has run so far (the process-wide counter: the
 * statement header's AsyncLocalStorage would slow every request it measures by a third), and
 * "close" by shutting down. A child of its own so that its
 * memory is the server's alone and a query that times out can be stopped by ending the process.
 */
import type { AddressInfo } from "node:net";
import { Role } from "../server/src/access/roles";
import { TokenService } from "../server/src/access/token-service";
import { openDatabase } from "../server/src/app/database";
import { statementsSoFar } from "../server/src/db/statements";
import { buildServer } from "../server/src/app/server";

/** What the child reports about its memory. */
export interface ServerMemory {
  /** Resident set size now, bytes. */
  rss: number;
  /** Largest resident set size over the process's life (getrusage maxrss), bytes. */
  peakRss: number;
  /** V8 heap in use after a full garbage collection, bytes. */
  heapUsedAfterGc: number;
}

export type ServerMessage =
  | { type: "ready"; port: number; token: string; memory: ServerMemory }
  | { type: "memory"; memory: ServerMemory }
  | { type: "statements"; count: number }
  | { type: "error"; message: string };
export type ParentMessage = { type: "memory" } | { type: "statements" } | { type: "close" };

function memory(): ServerMemory {
  (globalThis as { gc?: () => void }).gc?.();
  return { rss: process.memoryUsage().rss, peakRss: process.resourceUsage().maxRSS * 1024, heapUsedAfterGc: process.memoryUsage().heapUsed };
}

async function main(): Promise<void> {
  const [file, instant, snapshotDates = "3"] = process.argv.slice(2);
  if (!file || !instant || !process.send) throw new Error("Usage: forked by bench/national.js with <sqlite file> <clock ISO instant>.");
  const now = new Date(instant);
  const db = await openDatabase({ url: file });
  const token = (await new TokenService(db).create({ name: `bench-national-${process.pid}`, role: Role.ADMIN, now })).token;
  const app = await buildServer({ db, config: { production: true, introspection: false, exposeStatementCount: false, factSnapshotDates: Number(snapshotDates) }, clock: () => now });
  await app.listen({ port: 0, host: "127.0.0.1" });
  process.on("message", (message: ParentMessage) => {
    if (message.type === "memory") process.send!({ type: "memory", memory: memory() } satisfies ServerMessage);
    if (message.type === "statements") process.send!({ type: "statements", count: statementsSoFar() } satisfies ServerMessage);
    if (message.type === "close") {
      void (async () => {
        await app.close();
        await db.destroy();
        process.exit(0);
      })();
    }
  });
  process.on("disconnect", () => process.exit(0));
  process.send({ type: "ready", port: (app.server.address() as AddressInfo).port, token, memory: memory() } satisfies ServerMessage);
}

main().catch((error: unknown) => {
  process.send?.({ type: "error", message: error instanceof Error ? error.message : String(error) } satisfies ServerMessage);
  process.exitCode = 1;
});
