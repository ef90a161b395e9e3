import type { DataSource } from "typeorm";
import { swedishDate } from "../common/dates";
import { WARM_UP } from "../evaluations/registry";
import { localWriteMark, onLocalWritesEnded, readVersionAndViewer } from "./data-version";
import type { SnapshotReads } from "./snapshot-reads";

/** After a write the warm-up waits this long for the next one, so a burst of writes costs one warm-up. */
const QUIET_MS = 500;
/** How often it looks for a write by another process (one statement when nothing changed). */
const POLL_MS = 60_000;

/**
 * Prepares today's fact snapshot in the background (förvärmning): at start, after this process's
 * writes (once they pause) and when a poll finds another instance's write. The first reader after a
 * write then finds what the registry's WARM_UP lists judged, or joins the judging already under way, instead of starting it. A
 * warm-up is an ordinary read of the current data version: it never makes anything staler.
 */
export class SnapshotWarmUp {
  private timer: NodeJS.Timeout | null = null;
  private readonly poll: NodeJS.Timeout;
  private running: Promise<void> | null = null;
  private stopped = false;
  /** Whether a warm-up has run through since start (readiness says "warming" until then). */
  private warmedOnce = false;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly db: DataSource,
    private readonly snapshots: SnapshotReads,
    private readonly clock: () => Date,
  ) {
    this.unsubscribe = onLocalWritesEnded(() => this.schedule());
    this.poll = setInterval(() => this.schedule(), POLL_MS).unref();
    this.schedule();
  }

  private schedule(): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.running) this.schedule();
      else this.running = this.warm().finally(() => (this.running = null));
    }, QUIET_MS).unref();
  }

  private async warm(): Promise<void> {
    const mark = localWriteMark();
    if (mark === null) return; // A write is open: its end schedules the next warm-up.
    try {
      const { version } = await readVersionAndViewer(this.db, null);
      const evaluations = await this.snapshots.evaluationsFor(version, mark);
      const today = swedishDate(this.clock());
      for (const { evaluation, params } of WARM_UP) {
        if (this.stopped) return;
        await evaluations.ask(evaluation, today, params);
      }
    } catch (error) {
      // A request asking for the same date meets the same error itself and answers it; shutting down closes the database mid-way.
      if (!this.stopped) console.error("Samverkan: the fact snapshot's warm-up failed:", error instanceof Error ? error.message : error);
    } finally {
      // A failed one ends it too: readiness would otherwise say "warming" for as long as the fault lasts.
      this.warmedOnce = true;
    }
  }

  /** True from start until the first warm-up has run through (done or failed). */
  get warming(): boolean {
    return !this.warmedOnce && !this.stopped;
  }

  /** Stops scheduling and waits for a warm-up under way. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.unsubscribe();
    clearInterval(this.poll);
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** Resolves once no warm-up is scheduled or under way (tests). */
  async settled(): Promise<void> {
    while (this.timer || this.running) await (this.running ?? new Promise((resolve) => setTimeout(resolve, QUIET_MS)));
  }
}
