import type { DataSource } from "typeorm";
import { swedishDate, type LocalDate } from "../common/dates";
import { Loaders } from "../graphql/loaders";
import type { Viewer } from "../access/viewer";
import { SharedReads } from "../common/shared-reads";
import { factsOn, type FactsOn } from "../history/reader";

/** Everything a resolver may use for one request. */
export interface Context {
  db: DataSource;
  viewer: Viewer | null;
  loaders: Loaders;
  /** The instant the request started; the only clock domain code sees. */
  now: Date;
  /** The Swedish calendar date at `now`: the default for every `asOf` argument. */
  today: LocalDate;
  /**
   * Reads shared by the whole request (the fact reader per date, evaluations built on it); for a
   * read-only request, shared with every request of the same data version (cache/snapshot-reads.ts).
   * A mutation replaces it with reads of its own as it begins.
   */
  reads: SharedReads;
}

export function createContext(db: DataSource, viewer: Viewer | null, now: Date, reads: SharedReads = new SharedReads()): Context {
  return { db, viewer, loaders: new Loaders(db), now, today: swedishDate(now), reads };
}

/** The request's reader of facts on `date` (one per date, shared by every resolver of the request). */
export function factsFor(ctx: Context, date: LocalDate): FactsOn {
  return factsOn(ctx.reads, ctx.db, date);
}
