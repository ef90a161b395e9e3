/**
 * The baseline: a minimal hand-written JSON endpoint on its own Fastify instance that answers the
 * benchmark's collaborations query with plain SQL on its own read-only better-sqlite3 connection to
 * the same file. Same authentication step (one indexed token lookup), same page, same filters and
 * orderings as the GraphQL resolvers, same response envelope (`{"data":{"collaborations":{"nodes":…}}}`).
 *
 * bench/collaborations.js runs it in a child process of its own (`startRawProcess`), so that it
 * shares neither the event loop, the heap and garbage collector, nor the process-wide async hooks
 * of the GraphQL server, and its memory can be reported separately.
 */
import { fork } from "node:child_process";
import Database from "better-sqlite3";
import Fastify, { type FastifyInstance } from "fastify";
import type { AddressInfo } from "node:net";
import { bearerToken, hashToken } from "../server/src/access/tokens";
import { swedishDate } from "../server/src/common/dates";

export const RAW_PATH = "/raw/collaborations";

interface PageRow {
  id: number;
  name: string;
  level_ordinal: number;
  level_name: string;
  host_code: string;
  host_name: string;
  operator_name: string | null;
}

interface ParticipantRow {
  collaboration_id: number;
  code: string;
  name: string;
}

interface HistoryRow {
  collaboration_id: number;
  changed_on: string;
  ordinal: number;
}

export interface RawCollaboration {
  name: string;
  level: { ordinal: number; name: string };
  host: { code: string; name: string };
  operator: { name: string } | null;
  participants: { municipality: { code: string; name: string } }[];
  levelHistory: { changedOn: string; toLevel: { ordinal: number } }[];
}

export interface RawEndpoint {
  app: FastifyInstance;
  close(): Promise<void>;
}

/** Opens its own read-only connection to `file` and builds (does not start) the endpoint. */
export function buildRawEndpoint(file: string): RawEndpoint {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });

  // Prepared once; each request runs four statements.
  const tokenStatement = sqlite.prepare<[string], { id: number }>("SELECT id FROM api_token WHERE token_hash = ? AND revoked_at IS NULL");
  const pageStatement = sqlite.prepare<[number], PageRow>(`
    SELECT c.id, c.name,
           l.ordinal AS level_ordinal, l.name AS level_name,
           h.code AS host_code, h.name AS host_name,
           u.name AS operator_name
      FROM collaboration c
      JOIN collaboration_level l ON l.id = c.level_id
      JOIN municipality h ON h.id = c.host_municipality_id
      LEFT JOIN it_unit u ON u.id = c.operator_it_unit_id
     ORDER BY c.name_key, c.id
     LIMIT ?`);
  // Participations in force today (both ends inclusive), as the GraphQL field does by default.
  const participantStatement = sqlite.prepare<[string, string, string], ParticipantRow>(`
    SELECT p.collaboration_id, m.code, m.name
      FROM collaboration_participant p
      JOIN municipality m ON m.id = p.municipality_id
     WHERE p.collaboration_id IN (SELECT value FROM json_each(?))
       AND p.joined_on <= ? AND (p.left_on IS NULL OR p.left_on >= ?)
     ORDER BY p.joined_on, p.id`);
  const historyStatement = sqlite.prepare<[string], HistoryRow>(`
    SELECT h.collaboration_id, h.changed_on, l.ordinal
      FROM collaboration_level_change h
      JOIN collaboration_level l ON l.id = h.to_level_id
     WHERE h.collaboration_id IN (SELECT value FROM json_each(?))
     ORDER BY h.changed_on, h.recorded_at, h.id`);

  const app = Fastify({ logger: false });

  app.get<{ Querystring: { first?: string } }>(RAW_PATH, async (request, reply) => {
    let statements = 0;
    const token = bearerToken(request.headers.authorization);
    statements++;
    if (!token || !tokenStatement.get(hashToken(token))) {
      return reply
        .code(401)
        .header("x-sql-statements", String(statements))
        .send({ errors: [{ message: "Unauthenticated." }] });
    }
    const first = Math.min(Math.max(Number(request.query.first ?? 50) | 0, 0), 100);
    const today = swedishDate(new Date());

    const page = pageStatement.all(first);
    statements++;
    const ids = JSON.stringify(page.map((row) => row.id));
    const byId = new Map<number, RawCollaboration>();
    const nodes = page.map((row) => {
      const node: RawCollaboration = {
        name: row.name,
        level: { ordinal: row.level_ordinal, name: row.level_name },
        host: { code: row.host_code, name: row.host_name },
        operator: row.operator_name === null ? null : { name: row.operator_name },
        participants: [],
        levelHistory: [],
      };
      byId.set(row.id, node);
      return node;
    });
    for (const p of participantStatement.all(ids, today, today)) byId.get(p.collaboration_id)!.participants.push({ municipality: { code: p.code, name: p.name } });
    statements++;
    for (const h of historyStatement.all(ids)) byId.get(h.collaboration_id)!.levelHistory.push({ changedOn: h.changed_on, toLevel: { ordinal: h.ordinal } });
    statements++;

    reply.header("x-sql-statements", String(statements));
    reply.header("content-type", "application/json; charset=utf-8");
    return reply.send(JSON.stringify({ data: { collaborations: { nodes } } }));
  });

  return {
    app,
    async close() {
      await app.close();
      sqlite.close();
    },
  };
}

/** A raw endpoint running in a child process. */
export interface RawProcess {
  /** Base URL, e.g. http://127.0.0.1:41234 */
  origin: string;
  memory(): Promise<NodeJS.MemoryUsage>;
  close(): Promise<void>;
}

type ChildMessage = { kind: "listening"; port: number } | { kind: "memory"; usage: NodeJS.MemoryUsage } | { kind: "failed"; error: string };

/** Forks this module on `file`; resolves once the endpoint listens on 127.0.0.1. */
export function startRawProcess(file: string): Promise<RawProcess> {
  const child = fork(__filename, [file], { stdio: ["ignore", "inherit", "inherit", "ipc"], execArgv: [] });
  const waiting: ((message: ChildMessage) => void)[] = [];
  child.on("message", (message: ChildMessage) => waiting.shift()?.(message));
  const next = (timeoutMs: number) =>
    new Promise<ChildMessage>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("The raw endpoint process did not answer in time.")), timeoutMs);
      waiting.push((message) => {
        clearTimeout(timer);
        resolve(message);
      });
    });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return next(30_000).then(
    (first) => {
      if (first.kind !== "listening") {
        child.kill();
        throw new Error(`The raw endpoint process failed: ${first.kind === "failed" ? first.error : first.kind}`);
      }
      return {
        origin: `http://127.0.0.1:${first.port}`,
        async memory() {
          const answer = next(10_000);
          child.send("memory");
          const message = await answer;
          if (message.kind !== "memory") throw new Error("Unexpected answer from the raw endpoint process.");
          return message.usage;
        },
        async close() {
          if (child.exitCode === null) child.send("close");
          const timer = setTimeout(() => child.kill(), 10_000);
          await exited;
          clearTimeout(timer);
        },
      };
    },
    (error: unknown) => {
      child.kill();
      throw error;
    },
  );
}

if (require.main === module) {
  const send = (message: ChildMessage) => process.send?.(message);
  const file = process.argv[2];
  if (!process.send || !file) {
    console.error("bench/raw-endpoint is started by bench/collaborations.js; run that instead.");
    process.exit(2);
  }
  process.env.NODE_ENV ||= "production";
  const endpoint = buildRawEndpoint(file);
  endpoint.app.listen({ port: 0, host: "127.0.0.1" }).then(
    () => send({ kind: "listening", port: (endpoint.app.server.address() as AddressInfo).port }),
    (error: unknown) => send({ kind: "failed", error: String(error) }),
  );
  process.on("message", (command: "memory" | "close") => {
    if (command === "memory") send({ kind: "memory", usage: process.memoryUsage() });
    if (command === "close") process.disconnect();
  });
  // If the parent goes away, so does this process.
  process.on("disconnect", () => {
    void endpoint.close().finally(() => process.exit(0));
  });
}
