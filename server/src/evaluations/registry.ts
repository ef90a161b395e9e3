import type { DataSource } from "typeorm";
import type { LocalDate } from "../common/dates";
import { competenceRisk, DEFAULT_HORIZON_MONTHS } from "../competence/risk-data";
import { governanceReport, governanceRuleOutcome } from "../governance/report";
import { FactsOn } from "../history/reader";
import { candidates } from "../recommendations/service";
import { boardRows, governanceGaps } from "../status/board";
import type { Evaluation, EvaluationSource } from "./evaluation";

/** An evaluation of any parameter, input and result type, as the list holds them. */
type AnyEvaluation = Evaluation<any, any, any>;

/** Every evaluation there is: the one list. Asking for one that is not here is a programming error. */
export const EVALUATIONS: readonly AnyEvaluation[] = [boardRows, governanceRuleOutcome, governanceReport, governanceGaps, competenceRisk, candidates];

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
}

interface OnDate {
  facts: FactsOn;
  made: Map<string, Made>;
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
      entry = { facts: new FactsOn(this.db, date), made: new Map() };
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

  ask<P, I, R>(evaluation: Evaluation<P, I, R>, date: LocalDate, params: P): Promise<R> {
    if (!REGISTERED.has(evaluation)) throw new Error(`The evaluation ${evaluation.name} is not in EVALUATIONS.`);
    const { made } = this.on(date);
    const key = `${evaluation.name}:${evaluation.key(params)}`;
    let entry = made.get(key);
    if (!entry) {
      const tracked: Made = { result: Promise.resolve(), reads: new Set(), asked: [], done: false };
      tracked.result = evaluation.read(this.tracking(tracked), date, params).then((input) => {
        const result = evaluation.evaluate(input, params);
        tracked.done = true;
        return result;
      });
      made.set(key, tracked);
      entry = tracked;
    }
    return entry.result as Promise<R>;
  }

  /** A source for one evaluation's read that records what it reads into `made`. */
  private tracking(made: Made): EvaluationSource {
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
    };
  }

  /**
   * The evaluations after a write of `written` (change-log names: tables and dated facts' subject
   * types): every result made before whose reads, and whose asked evaluations' reads, the write left
   * alone, and each date's reader with the kinds of fact the write did not touch.
   */
  carriedOver(written: ReadonlySet<string>): Evaluations {
    const next = new Evaluations(this.db, this.maxDates);
    const kept = new Map<string, boolean>();
    const keeps = (date: LocalDate, key: string): boolean => {
      const id = `${date}|${key}`;
      if (!kept.has(id)) {
        kept.set(id, false); // no cycles among evaluations; this guards against one all the same
        const made = this.dates.get(date)?.made.get(key);
        kept.set(id, !!made && made.done && ![...made.reads].some((read) => written.has(read)) && made.asked.every((a) => keeps(a.date, a.key)));
      }
      return kept.get(id)!;
    };
    for (const [date, entry] of this.dates) next.dates.set(date, { facts: entry.facts.carriedOver(written), made: new Map() });
    for (const [date, entry] of this.dates) {
      for (const [key, made] of entry.made) if (keeps(date, key)) next.dates.get(date)!.made.set(key, made);
    }
    return next;
  }
}
