import type { DataSource } from "typeorm";
import { Evaluations } from "../evaluations/registry";
import { localWriteMark, readVersionAndViewer } from "./data-version";

/**
 * The facts and evaluations of one data version, shared by every read of that version (fakta per
 * dataversion): the first request on a date after a write loads and judges the country once, later
 * requests of any page, filter or viewer reuse it until the next write. Never stale: the key is the
 * data version every committed write advances (in its own transaction) together with this
 * process's write epoch, so a write by any process starts a new snapshot, and so does a write of this
 * process that rolled back (a read made while it was open may have seen its rows). A request during
 * an open write of this process gets reads of its own. Mutations switch to reads of their own as
 * they begin (runMutation), since they change what they read.
 */
export class SnapshotReads {
  private current: { key: string; evaluations: Evaluations } | null = null;

  /** `maxDates`: dates whose facts one snapshot keeps (a date of national data is large: docs/performance.md); 0 turns sharing off. */
  constructor(
    private readonly db: DataSource,
    private readonly maxDates: number,
  ) {}

  get enabled(): boolean {
    return this.maxDates > 0;
  }

  /** The evaluations of data version `version`; `writeMark` from `localWriteMark()` taken before the version was read. */
  evaluationsFor(version: string, writeMark: number | null): Evaluations {
    if (this.maxDates === 0 || writeMark === null) return new Evaluations(this.db);
    const key = `${version}:${writeMark}`;
    if (this.current?.key !== key) this.current = { key, evaluations: new Evaluations(this.db, this.maxDates) };
    return this.current.evaluations;
  }

  /** The evaluations of the database's data version now (their own when sharing is off): for reads outside GraphQL's own requests. */
  async latest(): Promise<Evaluations> {
    if (!this.enabled) return new Evaluations(this.db);
    const writeMark = localWriteMark();
    return this.evaluationsFor((await readVersionAndViewer(this.db, null)).version, writeMark);
  }
}
