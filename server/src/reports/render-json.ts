import type { AnnualReport } from "./annual-report";

/** The structured report as JSON (amounts in öre, dates ISO), as the GraphQL query returns it. */
export function renderReportJson(report: AnnualReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
