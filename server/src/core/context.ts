import type { DataSource } from "typeorm";
import { swedishDate, type LocalDate } from "../common/dates";
import { Loaders } from "./request-loaders";
import type { Viewer } from "../access/viewer";
import type { EvaluationSource } from "../evaluations/evaluation";

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
   * The facts and evaluations the whole request shares (the registry); for a read-only request,
   * shared with every request of the same data version (cache/snapshot-reads.ts). A mutation
   * replaces them with its own as it begins.
   */
  evaluations: EvaluationSource;
}

export function createContext(db: DataSource, viewer: Viewer | null, now: Date, evaluations: EvaluationSource): Context {
  return { db, viewer, loaders: new Loaders(db), now, today: swedishDate(now), evaluations };
}
