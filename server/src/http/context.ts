import type { DataSource } from "typeorm";
import { swedishDate, type LocalDate } from "../common/dates";
import { Loaders } from "../graphql/loaders";
import type { Viewer } from "../access/viewer";

/** Everything a resolver may use for one request. */
export interface Context {
  db: DataSource;
  viewer: Viewer | null;
  loaders: Loaders;
  /** The instant the request started; the only clock domain code sees. */
  now: Date;
  /** The Swedish calendar date at `now`: the default for every `asOf` argument. */
  today: LocalDate;
}

export function createContext(db: DataSource, viewer: Viewer | null, now: Date): Context {
  return { db, viewer, loaders: new Loaders(db), now, today: swedishDate(now) };
}
