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
  /** The limits the request runs under, as the HTTP layer set them (`viewer { limits }`); absent in process. */
  limits?: RequestLimits;
}

/** The query cost limit and the caller's rate-limit window, for a request over HTTP. */
export interface RequestLimits {
  /** The largest query cost accepted. */
  maxCost: number;
  /** How many items an unpaged list of objects counts as in the cost. */
  unpagedListCost: number;
  /** Where the caller stands in its rate-limit window after this request; null when rate limiting is off. */
  rateLimit: { limit: number; windowSeconds: number; remaining: number; resetSeconds: number } | null;
}

export function createContext(db: DataSource, viewer: Viewer | null, now: Date, evaluations: EvaluationSource): Context {
  return { db, viewer, loaders: new Loaders(db), now, today: swedishDate(now), evaluations };
}
