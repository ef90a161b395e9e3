import { relative } from "node:path";
import type { Reporter, TestModule } from "vitest/node";
import { testPostgresUrl } from "./helpers/database";

/**
 * Ends the run with each failed test on a line of its own ("Failed: file > test: message"), the
 * database it ran on and one plain line, "Tests: N passed, N failed, N skipped", that any CI can
 * read: a CI that keeps only the end of the output still names what failed.
 */
export default class PlainSummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    const failures: string[] = [];
    for (const module of testModules) {
      const file = relative(process.cwd(), module.moduleId);
      for (const test of module.children.allTests()) {
        const result = test.result();
        if (result.state === "passed" || result.state === "failed" || result.state === "skipped") counts[result.state]++;
        if (result.state === "failed") failures.push(`Failed: ${file} > ${test.fullName}: ${firstLine(result.errors?.[0]?.message)}`);
      }
      if (module.state() === "failed" && [...module.children.allTests()].length === 0) {
        counts.failed++;
        failures.push(`Failed: ${file}: ${firstLine(module.errors()[0]?.message)}`);
      }
    }
    if (failures.length > 0) console.log(`\n${failures.join("\n")}`);
    console.log(`\nDatabase: ${testPostgresUrl ? `PostgreSQL ${testPostgresUrl.replace(/\/\/[^@/]*@/, "//")}` : "SQLite"}`);
    console.log(`Tests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  }
}

function firstLine(message: string | undefined): string {
  return (message ?? "(no message)").split("\n")[0].slice(0, 300);
}
