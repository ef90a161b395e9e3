import type { Reporter, TestModule } from "vitest/node";
import { testPostgresUrl } from "./helpers/database";

/**
 * Ends the run with the database it ran on and one plain line, "Tests: N passed, N failed, N skipped",
 * that any CI can read.
 */
export default class PlainSummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === "passed" || state === "failed" || state === "skipped") counts[state]++;
      }
      if (module.state() === "failed" && [...module.children.allTests()].length === 0) counts.failed++;
    }
    console.log(`\nDatabase: ${testPostgresUrl ? `PostgreSQL ${testPostgresUrl.replace(/\/\/[^@/]*@/, "//")}` : "SQLite"}`);
    console.log(`Tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  }
}
