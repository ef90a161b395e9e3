import type { LocalDate } from "../common/dates";
import type { FactsOn } from "../history/reader";
import { mergeAll } from "./sorted-merge";

/**
 * What an evaluation reads from: the one reader of facts on a date, and the results of other
 * registered evaluations (the governance rules read the competence-risk assessment, for example).
 */
export interface EvaluationSource {
  facts(date: LocalDate): FactsOn;
  ask<P, I, R>(evaluation: Evaluation<P, I, R>, date: LocalDate, params: P): Promise<R>;
  /** A source of its own over the same database, sharing nothing (a mutation's, which changes what it reads). */
  fresh(): EvaluationSource;
  /** See `Keep`: for an evaluation's read, what it made from the same inputs last time. */
  keep: Keep;
}

/**
 * What `make` makes from `inputs` (values an evaluation's read or split takes from the reader of
 * facts, or from another evaluation), kept from the generation before while every input is the same
 * object: the reader keeps the kinds of fact a write left alone as the same objects, so what is made
 * of them alone (an index, a list of a kind's values) is not made again after a write that did not
 * touch them. `make` reads nothing but `inputs`; `name` is unique within one evaluation. `same`, when
 * given, also takes an input that is not the same object as the one before (`index` its place in
 * `inputs`) when what `make` reads of the two is the same. When it is not kept, `make` is given what
 * was made before and from what (`earlier`), so it may bring that up to date from the rows that
 * changed rather than make it from all of them; it must give what making it anew would. Outside the
 * registry (judging from scratch) it simply makes.
 */
export type Keep = <T>(
  name: string,
  inputs: readonly unknown[],
  make: (earlier?: { value: T; inputs: readonly unknown[] }) => T,
  same?: (now: unknown, before: unknown, index: number) => boolean,
) => T;

/** `Keep` that keeps nothing: judging from scratch. */
export const makeNow: Keep = (_name, _inputs, make) => make();

/**
 * `make` per row, kept with the row (by `keep`, under `name`): the reader gives a row no write
 * touched as the same object after the write, so what is made of it alone is the same object too,
 * and the units made of it compare equal at once.
 */
export function keptPerRow<R extends object, T>(keep: Keep, name: string, make: (row: R) => T): (row: R) => T {
  const made = keep(name, [], () => new WeakMap<R, T>());
  return (row) => {
    let value = made.get(row);
    if (value === undefined) {
      value = make(row);
      made.set(row, value);
    }
    return value;
  };
}

/**
 * One evaluation of the facts on a date (utvärdering): the status board's rows, the governance
 * report, competence risk, the collaboration candidates. It declares what it reads (`read`, through
 * the reader of dated facts and other evaluations only: never the database itself) and judges that
 * typed input with a pure function (`evaluate`: no ORM, no GraphQL, no caching). Where results are
 * kept, for how long, and when they are made again is the registry's business alone
 * (evaluations/registry.ts), which is also the one list of every evaluation there is.
 */
export interface Evaluation<P, I, R> {
  /** Stable name, unique in the registry; part of every key. */
  readonly name: string;
  /** What the parameters add to the key ("" when there are none): equal keys must mean equal results. */
  key(params: P): string;
  read(source: EvaluationSource, date: LocalDate, params: P): Promise<I>;
  evaluate(input: I, params: P): R;
  /** How it divides into units judged one by one, when it does (see `Units`, `SortedUnits`); `evaluate` then judges them all. */
  readonly units?: Units<P, I, any, any, any, any, R> | SortedUnits<P, I, any, any, any, any, R>;
}

/**
 * An evaluation in units (delar) by its natural key: the competence risk of one application, say.
 * `split` divides the input into what every unit reads alike (`shared`) and each unit's own part;
 * `prepare` indexes the shared part once; `evaluateUnit` judges one unit from those alone; `combine`
 * joins the units' results, in the order
 * `split` gave them, into the whole result. Judged so, the result must equal judging the undivided
 * input: the registry relies on it to judge again after a write only the units whose input the write
 * changed (the others keep their results), and to let other requests run between units.
 */
export interface Units<P, I, S, C, U, UR, R> {
  split(input: I, params: P, keep: Keep): { shared: S; units: Map<string, U> };
  prepare(shared: S, params: P): C;
  evaluateUnit(context: C, unit: U, params: P): UR;
  combine(results: UR[], input: I, params: P): R;
}

/**
 * Units whose results are lists in one total order (`order`: no two items of the whole compare
 * equal), the whole being their merge: competence risk's ranked assessments, say. `finish` makes
 * the result from the merged list. Judged so, the registry keeps the merged list and, after a write,
 * takes out the items of the units it judges again and merges in their new ones, instead of sorting
 * the whole list anew; any correct merge gives the same list, since the order is total.
 */
export interface SortedUnits<P, I, S, C, U, T, R> {
  split(input: I, params: P, keep: Keep): { shared: S; units: Map<string, U> };
  prepare(shared: S, params: P): C;
  /** One unit's list, in `order`. */
  evaluateUnit(context: C, unit: U, params: P): readonly T[];
  order(a: T, b: T): number;
  finish(merged: T[], input: I, params: P): R;
}

/** Whether units are `SortedUnits`. */
export function isSorted<P, I, R>(units: Units<P, I, any, any, any, any, R> | SortedUnits<P, I, any, any, any, any, R>): units is SortedUnits<P, I, any, any, any, any, R> {
  return "order" in units;
}

/** An evaluation in units: `evaluate` judges every unit and combines (or merges) them, as the registry does. */
export function partitioned<P, I, S, C, U, UR, R>(
  definition: Omit<Evaluation<P, I, R>, "evaluate" | "units"> & { units: Units<P, I, S, C, U, UR, R> | SortedUnits<P, I, S, C, U, UR, R> },
): Evaluation<P, I, R> {
  const { units } = definition;
  return {
    ...definition,
    evaluate(input, params) {
      const { shared, units: parts } = units.split(input, params, makeNow);
      const context = units.prepare(shared, params);
      const results = [...parts.values()].map((unit) => units.evaluateUnit(context, unit, params));
      return isSorted(units) ? units.finish(mergeAll(results as readonly UR[][], units.order), input, params) : units.combine(results as UR[], input, params);
    },
  };
}

/** An evaluation without parameters. */
export function evaluation<I, R>(definition: { name: string; read(source: EvaluationSource, date: LocalDate): Promise<I>; evaluate(input: I): R }): Evaluation<void, I, R> {
  return { name: definition.name, key: () => "", read: (source, date) => definition.read(source, date), evaluate: (input) => definition.evaluate(input) };
}
