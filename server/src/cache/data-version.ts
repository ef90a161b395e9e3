import { randomUUID } from "node:crypto";
import type { DataSource, EntityManager } from "typeorm";
import type { Role } from "../access/roles";
import { hashToken } from "../access/tokens";
import type { Viewer } from "../access/viewer";
import { isPostgres } from "../db/where-in";

/** Change-log rows kept: an instance further behind than this starts its evaluations afresh. */
const CHANGES_KEPT = 1000;

/**
 * Replaces the data version (the one row of `data_version`) and logs the change (`data_change`): what
 * the write wrote (table names, `fact_version:<subject type>` for dated facts), or null for anything
 * (seeds, bulk loads). Call it inside the transaction of every write, so the new version becomes
 * visible exactly when the write does. A fresh random value rather than a counter: a version seen
 * inside a transaction that then rolled back never returns.
 */
export async function advanceDataVersion(em: EntityManager, written: readonly string[] | null = null): Promise<void> {
  const postgres = isPostgres(em.connection);
  const version = randomUUID();
  await em.query(`UPDATE data_version SET version = ${postgres ? "$1" : "?"} WHERE id = 1`, [version]);
  const [row] = await em.query(`INSERT INTO data_change (version, written) VALUES (${postgres ? "$1, $2" : "?, ?"}) RETURNING id`, [
    version,
    written === null ? null : JSON.stringify([...new Set(written)].sort()),
  ]);
  if (Number(row.id) % 100 === 0) await em.query(`DELETE FROM data_change WHERE id <= ${postgres ? "$1" : "?"}`, [Number(row.id) - CHANGES_KEPT]);
}

/**
 * What was written between data version `from` and data version `to`, from the change log (one
 * statement): the union of every logged write after `from` up to `to`. Null when that cannot be told
 * (either version is not in the log, a write there wrote "anything", or `to` is not the latest):
 * then nothing may be kept.
 */
export async function writtenBetween(db: DataSource, from: string, to: string): Promise<Set<string> | null> {
  const rows: { version: string; written: string | null }[] = await db.query(
    `SELECT version, written FROM data_change WHERE id >= (SELECT id FROM data_change WHERE version = ${isPostgres(db) ? "$1" : "?"}) ORDER BY id`,
    [from],
  );
  if (rows.length < 2 || rows[0].version !== from || rows.at(-1)!.version !== to) return null;
  const written = new Set<string>();
  for (const row of rows.slice(1)) {
    if (row.written === null) return null;
    for (const name of JSON.parse(row.written) as string[]) written.add(name);
  }
  return written;
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
/** What this process's write transactions wrote (committed or rolled back), by the epoch at which each ended. */
const writtenLocally: { epoch: number; written: ReadonlySet<string> | null }[] = [];
const LOCAL_WRITES_KEPT = 1000;
/** The epoch of the latest entry dropped from `writtenLocally`. */
let droppedUpTo = 0;

/**
 * Runs a write transaction of this process, so the response cache knows it is open. `written`: the
 * set the transaction fills with what it writes (change-log names; see MutationScope.written);
 * without it, the write may have touched anything.
 */
export async function asLocalWrite<T>(work: () => Promise<T>, written: ReadonlySet<string> | null = null): Promise<T> {
  writesInFlight++;
  writeEpoch++;
  try {
    return await work();
  } finally {
    writesInFlight--;
    writeEpoch++;
    writtenLocally.push({ epoch: writeEpoch, written });
    if (writtenLocally.length > LOCAL_WRITES_KEPT) droppedUpTo = writtenLocally.shift()!.epoch;
    if (writesInFlight === 0) for (const listener of afterWrites) listener();
  }
}

/**
 * What this process's write transactions that ended after mark `from` and up to mark `to` wrote,
 * rolled back ones included (a read while one was open may have seen its rows); null when unknown.
 */
export function writtenLocallyBetween(from: number, to: number): Set<string> | null {
  if (from === to) return new Set();
  if (droppedUpTo > from) return null;
  const all = new Set<string>();
  for (const { epoch, written } of writtenLocally) {
    if (epoch <= from || epoch > to) continue;
    if (written === null) return null;
    for (const name of written) all.add(name);
  }
  return all;
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

/**
 * A mark taken once no write transaction of this process is open: a read waits for the open ones to
 * end (committed or rolled back; a short wait) rather than read rows that may yet roll back, which
 * would give it reads of its own and judge everything it asks from scratch.
 */
export async function markAfterLocalWrites(): Promise<number> {
  for (;;) {
    const mark = localWriteMark();
    if (mark !== null) return mark;
    await new Promise<void>((resolve) => {
      const off = onLocalWritesEnded(() => {
        off();
        resolve();
      });
    });
  }
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
