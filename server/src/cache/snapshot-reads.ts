import type { DataSource } from "typeorm";
import { Evaluations } from "../evaluations/registry";
import { markAfterLocalWrites, readVersionAndViewer, writtenBetween, writtenLocallyBetween } from "./data-version";

/**
 * The facts and evaluations of one data version, shared by every read of that version (fakta per
 * dataversion): the first request on a date after a write loads and judges the country once, later
 * requests of any page, filter or viewer reuse it until the next write. Never stale: the key is the
 * data version every committed write advances (in its own transaction) together with this
 * process's write epoch, so a write by any process starts a new snapshot, and so does a write of this
 * process that rolled back (a read made while it was open may have seen its rows). A request that
 * took its mark during an open write of this process gets reads of its own (a read waits for the
 * write to end: `markAfterLocalWrites`). Mutations switch to reads of their own as they begin
 * (runMutation), since they change what they read.
 */
export class SnapshotReads {
  private current: { version: string; writeMark: number; evaluations: Evaluations } | null = null;
  /** The move to the newest version under way, shared by the requests that find it (one change-log read). */
  private moving: Promise<Evaluations> | null = null;

  /** `maxDates`: dates whose facts one snapshot keeps (a date of national data is large: docs/performance.md); 0 turns sharing off. */
  constructor(
    private readonly db: DataSource,
    private readonly maxDates: number,
  ) {}

  get enabled(): boolean {
    return this.maxDates > 0;
  }

  /**
   * The evaluations of data version `version`; `writeMark` from `localWriteMark()` taken before the
   * version was read. On a new version (or after a write of this process), the evaluations of the
   * one before carried over: what the writes in between touched is read and judged again, the
   * rest kept (one statement reads the change log; when it cannot tell, everything starts afresh).
   */
  async evaluationsFor(version: string, writeMark: number | null): Promise<Evaluations> {
    if (this.maxDates === 0 || writeMark === null) return new Evaluations(this.db);
    while (this.moving) await this.moving;
    const current = this.current;
    if (current?.version === version && current.writeMark === writeMark) return current.evaluations;
    // A request that read an older version than the current one (a write committed meanwhile) is
    // answered from the newest version instead, as fresh or fresher, rather than judging everything
    // it asks anew for a version no one else reads.
    if (current && current.writeMark > writeMark) return this.latest();
    this.moving = this.move(current, version, writeMark);
    try {
      return await this.moving;
    } finally {
      this.moving = null;
    }
  }

  private async move(from: SnapshotReads["current"], version: string, writeMark: number): Promise<Evaluations> {
    let evaluations: Evaluations | null = null;
    if (from) {
      const local = writtenLocallyBetween(from.writeMark, writeMark);
      const logged = local && (from.version === version ? new Set<string>() : await writtenBetween(this.db, from.version, version));
      if (local && logged) evaluations = from.evaluations.carriedOver(new Set([...local, ...logged]));
    }
    evaluations ??= new Evaluations(this.db, this.maxDates);
    this.current = { version, writeMark, evaluations };
    return evaluations;
  }

  /** The evaluations of the database's data version now (their own when sharing is off): for reads outside GraphQL's own requests. */
  async latest(): Promise<Evaluations> {
    if (!this.enabled) return new Evaluations(this.db);
    const writeMark = await markAfterLocalWrites();
    return await this.evaluationsFor((await readVersionAndViewer(this.db, null)).version, writeMark);
  }
}
