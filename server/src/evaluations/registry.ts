import type { DataSource } from "typeorm";
import type { LocalDate } from "../common/dates";
import { otherRequestsFirst } from "../common/event-loop";
import { competenceRisk, DEFAULT_HORIZON_MONTHS } from "../competence/risk-data";
import { governanceReport, governanceRuleOutcome } from "../governance/report";
import { FactsOn } from "../history/reader";
import { writtenName } from "../history/subjects";
import { implementationPlanEvaluation } from "../plans/load-plan";
import { whatIfEvaluation } from "../plans/load-whatif";
import { candidates } from "../recommendations/service";
import { annualReportEvaluation } from "../reports/facts";
import { boardRows, governanceGaps } from "../status/board";
import { type Evaluation, type EvaluationSource, isSorted, type Keep, makeNow } from "./evaluation";
import { sameParts, sameValue } from "./same-value";
import { mergeAll, mergeChanged } from "./sorted-merge";

/** An evaluation of any parameter, input and result type, as the list holds them. */
type AnyEvaluation = Evaluation<any, any, any>;

/** Every evaluation there is: the one list. Asking for one that is not here is a programming error. */
export const EVALUATIONS: readonly AnyEvaluation[] = [
  boardRows,
  governanceRuleOutcome,
  governanceReport,
  governanceGaps,
  competenceRisk,
  candidates,
  implementationPlanEvaluation,
  whatIfEvaluation,
  annualReportEvaluation,
];

/**
 * What the warm-up prepares for today after a start or a write, in this order (one at a time, so
 * memory peaks once): the board with its gaps, competence risk as admins see it, the candidates.
 */
export const WARM_UP: readonly { evaluation: AnyEvaluation; params: unknown }[] = [
  { evaluation: boardRows, params: undefined },
  { evaluation: governanceGaps, params: undefined },
  { evaluation: competenceRisk, params: { horizonMonths: DEFAULT_HORIZON_MONTHS, leave: "ALL" } },
  { evaluation: candidates, params: undefined },
];

const REGISTERED = new Set(EVALUATIONS);
if (new Set(EVALUATIONS.map((e) => e.name)).size !== EVALUATIONS.length) throw new Error("Two evaluations share a name.");

/** One result and what it was made from: what it read of the facts (change-log names) and the evaluations it asked. */
interface Made {
  result: Promise<unknown>;
  reads: Set<string>;
  asked: { date: LocalDate; key: string }[];
  /** Made without error: only such results are carried over (a result still being made may not have read everything yet). */
  done: boolean;
  /** For an evaluation in units: what they were judged from, and their results (a later generation keeps those whose input is the same). */
  units?: Judged;
  /** For an evaluation judged whole: what it was judged from, and its result (a later generation keeps it while the input is the same). */
  whole?: { input: unknown; result: unknown };
  /** What its read and split kept (`Keep`), by name, with the inputs each was made from. */
  kept: Kept;
}

type Kept = Map<string, { inputs: readonly unknown[]; value: unknown }>;

/** What an earlier generation made of an evaluation a write made to judge again: its units or whole result, and what it kept. */
type Earlier = Pick<Made, "units" | "whole" | "kept">;

interface Judged {
  shared: unknown;
  context: unknown;
  parts: Map<string, { input: unknown; result: unknown }>;
  /** Of `SortedUnits`: the units' lists merged. */
  merged?: unknown[];
}

/** How long the registry judges units before it lets other requests run (a light read never waits for the whole country). */
const SLICE_MS = 10;

interface OnDate {
  facts: FactsOn;
  made: Map<string, Made>;
  /** What an earlier generation made, by key, of evaluations a write made to judge again. */
  before: Map<string, Earlier>;
}

/**
 * The facts and evaluations of one state of the data (one data version), by date: the reader of
 * facts on each date and every evaluation's result under its key (name and parameters), each made
 * once and shared by every consumer: a request, or every read-only request of one data version
 * (cache/snapshot-reads.ts), which keeps the `maxDates` most recently used dates. The only place
 * that keeps evaluations: nothing else holds them under keys of its own.
 *
 * Kept up to date by what a write touches (Salsa's idea, at the grain of the reader's kinds of
 * fact): while an evaluation reads, the registry records which kinds of fact it read and which
 * evaluations it asked; after a write, `carriedOver` keeps every result whose reads the write left
 * alone (and the reader keeps every kind of fact it did not touch), so only what depends on the
 * write is read and judged again, and exactly as a from-scratch evaluation would.
 */
export class Evaluations implements EvaluationSource {
  private readonly dates = new Map<LocalDate, OnDate>();

  constructor(
    private readonly db: DataSource,
    private readonly maxDates = Number.POSITIVE_INFINITY,
  ) {}

  private on(date: LocalDate): OnDate {
    let entry = this.dates.get(date);
    if (entry) {
      // Most recently used last, so the first entry is the one to drop.
      this.dates.delete(date);
      this.dates.set(date, entry);
    } else {
      entry = { facts: new FactsOn(this.db, date), made: new Map(), before: new Map() };
      this.dates.set(date, entry);
      if (this.dates.size > this.maxDates) this.dates.delete(this.dates.keys().next().value!);
    }
    return entry;
  }

  /** The reader of facts on `date`, shared by every consumer of these evaluations. */
  facts(date: LocalDate): FactsOn {
    return this.on(date).facts;
  }

  fresh(): Evaluations {
    return new Evaluations(this.db);
  }

  /** Asked outside an evaluation's read, nothing is kept. */
  keep = makeNow;

  ask<P, I, R>(evaluation: Evaluation<P, I, R>, date: LocalDate, params: P): Promise<R> {
    if (!REGISTERED.has(evaluation)) throw new Error(`The evaluation ${evaluation.name} is not in EVALUATIONS.`);
    const { made, before: judgedBefore } = this.on(date);
    const key = `${evaluation.name}:${evaluation.key(params)}`;
    let entry = made.get(key);
    if (!entry) {
      const tracked: Made = { result: Promise.resolve(), reads: new Set(), asked: [], done: false, kept: new Map() };
      // Kept until this result is done: a write meanwhile carries it on to the next generation.
      const before = judgedBefore.get(key);
      const keep = this.keeping(tracked, before?.kept);
      tracked.result = evaluation.read(this.tracking(tracked, keep), date, params).then(async (input) => {
        // Let requests that came meanwhile run first: judging may take a while.
        await otherRequestsFirst();
        const result = evaluation.units ? await this.judgeInUnits(evaluation, input, params, tracked, before?.units, keep) : this.judgeWhole(evaluation, input, params, tracked, before?.whole);
        tracked.done = true;
        judgedBefore.delete(key);
        return result;
      });
      made.set(key, tracked);
      entry = tracked;
    }
    return entry.result as Promise<R>;
  }

  /**
   * Judges an evaluation unit by unit: a unit whose input (and the shared part) is the same as the
   * one judged before keeps its result; between units, after `SLICE_MS`, other requests run. Of
   * `SortedUnits`, the merged list judged before is kept too, with only the changed units' items
   * taken out and merged in.
   */
  private async judgeInUnits<P, I, R>(evaluation: Evaluation<P, I, R>, input: I, params: P, made: Made, before: Judged | undefined, keep: Keep): Promise<R> {
    const units = evaluation.units!;
    const { shared, units: parts } = units.split(input, params, keep);
    const same = before !== undefined && sameValue(shared, before.shared);
    const reusable = same ? before.parts : undefined;
    const context = same ? before.context : units.prepare(shared, params);
    const judged: Judged = { shared, context, parts: new Map() };
    const results: unknown[] = [];
    // The results of units judged again: the earlier ones (a merge takes their items out) and the new.
    const replaced: unknown[] = [];
    const judgedAgain: unknown[] = [];
    let sliceStart = performance.now();
    for (const [key, unit] of parts) {
      const earlier = reusable?.get(key);
      let result: unknown;
      if (earlier && sameValue(unit, earlier.input)) result = earlier.result;
      else {
        result = units.evaluateUnit(context, unit, params);
        if (earlier) replaced.push(earlier.result);
        judgedAgain.push(result);
      }
      judged.parts.set(key, { input: unit, result });
      results.push(result);
      if (performance.now() - sliceStart > SLICE_MS) {
        await otherRequestsFirst();
        sliceStart = performance.now();
      }
    }
    made.units = judged;
    if (!isSorted(units)) return units.combine(results, input, params);
    const lists = results as unknown[][];
    if (reusable && before?.merged) {
      for (const [key, earlier] of reusable) if (!parts.has(key)) replaced.push(earlier.result);
      judged.merged = mergeChanged(before.merged, new Set((replaced as unknown[][]).flat()), judgedAgain as unknown[][], units.order);
    } else judged.merged = mergeAll(lists, units.order);
    return units.finish(judged.merged, input, params);
  }

  /**
   * Judges an evaluation whole, unless its input holds the same parts as the one judged before
   * (early cutoff, `sameParts`): a write that touched a kind of fact it reads without changing what
   * it read of it (a governance rule that reads only where each usage is, after a user count was
   * written) keeps the result, and so keeps the results of the evaluations that ask for it in turn.
   */
  private judgeWhole<P, I, R>(evaluation: Evaluation<P, I, R>, input: I, params: P, made: Made, before: Made["whole"]): R {
    const result = before !== undefined && typeof input === "object" && input !== null && sameParts(input, before.input as object) ? (before.result as R) : evaluation.evaluate(input, params);
    made.whole = { input, result };
    return result;
  }

  /** `Keep` for one evaluation: what it made from the same inputs in the generation before (`earlier`) is taken over, the rest made; all recorded in `made`. */
  private keeping(made: Made, earlier: Kept | undefined): Keep {
    return (name, inputs, make, same) => {
      const last = earlier?.get(name) ?? made.kept.get(name);
      const kept = last && last.inputs.length === inputs.length && last.inputs.every((input, i) => input === inputs[i] || (same?.(inputs[i], input, i) ?? false));
      const value = kept ? (last.value as ReturnType<typeof make>) : make(last as Parameters<typeof make>[0]);
      made.kept.set(name, { inputs, value });
      return value;
    };
  }

  /** A source for one evaluation's read that records what it reads into `made`. */
  private tracking(made: Made, keep: Keep): EvaluationSource {
    return {
      facts: (date) =>
        new Proxy(this.facts(date), {
          get(facts, name, receiver) {
            if (FactsOn.isKind(name)) for (const read of facts.readsOf(name)) made.reads.add(read);
            return Reflect.get(facts, name, receiver);
          },
        }),
      ask: (evaluation, date, params) => {
        made.asked.push({ date, key: `${evaluation.name}:${evaluation.key(params)}` });
        return this.ask(evaluation, date, params);
      },
      fresh: () => this.fresh(),
      keep,
    };
  }

  /**
   * The evaluations after a write of `written` (change-log names: tables and dated facts' subject
   * types): every result made before whose reads, and whose asked evaluations' reads, the write left
   * alone, and each date's reader with the kinds of fact the write did not touch.
   */
  carriedOver(written: ReadonlySet<string>): Evaluations {
    const next = new Evaluations(this.db, this.maxDates);
    // A result read kinds of fact, not rows: any row written of a table or subject type touches it.
    const touched = new Set([...written].map(writtenName));
    const kept = new Map<string, boolean>();
    const keeps = (date: LocalDate, key: string): boolean => {
      const id = `${date}|${key}`;
      if (!kept.has(id)) {
        kept.set(id, false); // no cycles among evaluations; this guards against one all the same
        const made = this.dates.get(date)?.made.get(key);
        kept.set(id, !!made && made.done && ![...made.reads].some((read) => touched.has(read)) && made.asked.every((a) => keeps(a.date, a.key)));
      }
      return kept.get(id)!;
    };
    for (const [date, entry] of this.dates) next.dates.set(date, { facts: entry.facts.carriedOver(written), made: new Map(), before: new Map(entry.before) });
    for (const [date, entry] of this.dates) {
      const carried = next.dates.get(date)!;
      for (const [key, made] of entry.made) {
        if (keeps(date, key)) carried.made.set(key, made);
        else if (made.done) carried.before.set(key, { units: made.units, whole: made.whole, kept: made.kept });
      }
    }
    return next;
  }
}
