import { randomUUID } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import type { Role } from "../access/roles";
import { hashToken } from "../access/tokens";
import type { Viewer } from "../access/viewer";
import { isPostgres } from "../db/where-in";

/**
 * Replaces the data version (the one row of `data_version`). Call it inside the transaction of every
 * write, so the new version becomes visible exactly when the write does. A fresh random value
 * rather than a counter: a version seen inside a transaction that then rolled back never returns.
 */
export async function advanceDataVersion(em: EntityManager): Promise<void> {
  await em.query(`UPDATE data_version SET version = ${isPostgres(em.connection) ? "$1" : "?"} WHERE id = 1`, [randomUUID()]);
}

/**
 * Write transactions open in this process. On SQLite every request of the process shares one
 * connection, so a read made while a mutation's transaction is open sees its uncommitted rows, which
 * a rollback (user errors) then takes back without advancing the version: such an answer must not
 * be stored. (Other processes, and PostgreSQL's pooled connections, see committed rows only.)
 */
let writesInFlight = 0;
let writeEpoch = 0;
const afterWrites = new Set<() => void>();

/** Runs a write transaction of this process, so the response cache knows it is open. */
export async function asLocalWrite<T>(work: () => Promise<T>): Promise<T> {
  writesInFlight++;
  writeEpoch++;
  try {
    return await work();
  } finally {
    writesInFlight--;
    writeEpoch++;
    if (writesInFlight === 0) for (const listener of afterWrites) listener();
  }
}

/** Calls `listener` whenever this process's last open write transaction has ended (committed or not); returns the unsubscribe. */
export function onLocalWritesEnded(listener: () => void): () => void {
  afterWrites.add(listener);
  return () => afterWrites.delete(listener);
}

/** A mark to pass to `noLocalWriteSince`; null while a write transaction of this process is open. */
export function localWriteMark(): number | null {
  return writesInFlight === 0 ? writeEpoch : null;
}

/** Whether no write transaction of this process was open at any time since `mark` was taken. */
export function noLocalWriteSince(mark: number | null): boolean {
  return mark !== null && writesInFlight === 0 && writeEpoch === mark;
}

export interface VersionAndViewer {
  version: string;
  /** The bearer token's viewer; null when there was no token or it is unknown or revoked. */
  viewer: Viewer | null;
}

interface Row {
  version: string;
  token_id: number | null;
  token_name: string | null;
  role: Role | null;
  municipality_id: number | null;
  expires_at: string | null;
}

/**
 * The current data version and, in the same statement, the viewer of `token` (not revoked, not
 * expired at `now`): one indexed read per request, so a revocation (by any process) refuses the
 * token at once.
 */
export async function readVersionAndViewer(db: DataSource, token: string | null, now?: Date): Promise<VersionAndViewer> {
  if (token === null) {
    const [row] = (await db.query("SELECT version FROM data_version WHERE id = 1")) as Row[];
    return { version: row.version, viewer: null };
  }
  const [row] = (await db.query(
    `SELECT v.version, t.id AS token_id, t.name AS token_name, t.role, t.municipality_id, t.expires_at FROM data_version v LEFT JOIN api_token t ON t.token_hash = ${isPostgres(db) ? "$1" : "?"} AND t.revoked_at IS NULL WHERE v.id = 1`,
    [hashToken(token)],
  )) as Row[];
  const expired = row.expires_at !== null && row.expires_at !== undefined && (now === undefined || row.expires_at <= now.toISOString());
  const viewer =
    row.token_id === null || expired
      ? null
      : { tokenId: Number(row.token_id), tokenName: row.token_name!, role: row.role!, municipalityId: row.municipality_id === null ? null : Number(row.municipality_id), expiresAt: row.expires_at };
  return { version: row.version, viewer };
}
