import { AsyncLocalStorage } from "node:async_hooks";
import type { Logger, QueryRunner } from "typeorm";

/** Counts the SQL statements run on behalf of one unit of work (one GraphQL request, one benchmark call). */
export interface StatementTally {
  count: number;
}

const scope = new AsyncLocalStorage<StatementTally>();
let statementsInProcess = 0;

/**
 * Statements this process has run since it started. Without AsyncLocalStorage's cost: a benchmark
 * reads it before and after one request sent while nothing else runs.
 */
export function statementsSoFar(): number {
  return statementsInProcess;
}

export function countStatements<T>(tally: StatementTally, work: () => T): T {
  return scope.run(tally, work);
}

/** The tables each tracked query runner (a write's transaction) has written to. */
const writesOf = new WeakMap<QueryRunner, Set<string>>();

/** Records from now on the tables `runner` writes to (INSERT, UPDATE, DELETE) into `written`. */
export function trackWrites(runner: QueryRunner, written: Set<string>): void {
  writesOf.set(runner, written);
}

/** Stops recording `runner`'s writes (SQLite's one runner serves every later statement too). */
export function untrackWrites(runner: QueryRunner): void {
  writesOf.delete(runner);
}

const WRITE = /^\s*(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+"?([A-Za-z_][A-Za-z0-9_]*)"?/i;

/** The table a statement writes to, or null when it reads. */
export function writtenTable(query: string): string | null {
  return WRITE.exec(query)?.[1]?.toLowerCase() ?? null;
}

/**
 * TypeORM logger: tallies every statement for the current scope and reports only errors and
 * migrations. TypeORM calls `logQuery` for every statement whatever the `logging` option says.
 */
export class StatementLogger implements Logger {
  constructor(private readonly verbose = false) {}
  logQuery(query: string, parameters?: unknown[], runner?: QueryRunner): void {
    statementsInProcess++;
    const written = runner && writesOf.get(runner);
    if (written) {
      const table = writtenTable(query);
      if (table) written.add(table);
    }
    const tally = scope.getStore();
    if (tally) tally.count++;
    if (this.verbose) console.log("[sql]", query, parameters ?? []);
  }
  logQueryError(error: string | Error, query: string, parameters?: unknown[]): void {
    if (this.verbose) console.error("[sql error]", error, query, parameters ?? []);
  }
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    if (this.verbose) console.log("[migration]", message);
  }
  log(level: "log" | "info" | "warn", message: unknown): void {
    if (level === "warn") console.warn("[typeorm]", message);
  }
}
