import type { DataSource } from "typeorm";
import type { LocalDate } from "../common/dates";
import { competenceRisk, DEFAULT_HORIZON_MONTHS } from "../competence/risk-data";
import { governanceReport } from "../governance/report";
import { FactsOn } from "../history/reader";
import { candidates } from "../recommendations/service";
import { boardRows, governanceGaps } from "../status/board";
import type { Evaluation, EvaluationSource } from "./evaluation";

/** An evaluation of any parameter, input and result type, as the list holds them. */
type AnyEvaluation = Evaluation<any, any, any>;

/** Every evaluation there is: the one list. Asking for one that is not here is a programming error. */
export const EVALUATIONS: readonly AnyEvaluation[] = [boardRows, governanceReport, governanceGaps, competenceRisk, candidates];

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

/**
 * The facts and evaluations of one state of the data (one data version), by date: the reader of
 * facts on each date and every evaluation's result under its key (name and parameters), each made
 * once and shared by every consumer: a request, or every read-only request of one data version
 * (cache/snapshot-reads.ts), which keeps the `maxDates` most recently used dates. The only place
 * that keeps evaluations: nothing else holds them under keys of its own.
 */
export class Evaluations implements EvaluationSource {
  private readonly dates = new Map<LocalDate, { facts: FactsOn; results: Map<string, Promise<unknown>> }>();

  constructor(
    private readonly db: DataSource,
    private readonly maxDates = Number.POSITIVE_INFINITY,
  ) {}

  private on(date: LocalDate) {
    let entry = this.dates.get(date);
    if (entry) {
      // Most recently used last, so the first entry is the one to drop.
      this.dates.delete(date);
      this.dates.set(date, entry);
    } else {
      entry = { facts: new FactsOn(this.db, date), results: new Map() };
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
    const { results } = this.on(date);
    const key = `${evaluation.name}:${evaluation.key(params)}`;
    let result = results.get(key) as Promise<R> | undefined;
    if (!result) {
      result = evaluation.read(this, date, params).then((input) => evaluation.evaluate(input, params));
      results.set(key, result);
    }
    return result;
  }
}
