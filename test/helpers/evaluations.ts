import type { DataSource } from "typeorm";
import { countStatements } from "../../server/src/db/statements";
import { Evaluations } from "../../server/src/evaluations/registry";
import { governanceReport, governanceRuleOutcome } from "../../server/src/governance/report";
import type { RuleOutcome } from "../../server/src/governance/rule";
import { GOVERNANCE_RULES } from "../../server/src/governance/rules";

/** One governance rule's judgement on `date`, as the governance report asks for it. */
export async function judgeRule(db: DataSource, code: string, date: string): Promise<RuleOutcome> {
  const rule = GOVERNANCE_RULES.find((r) => r.code === code);
  if (!rule) throw new Error(`No governance rule ${code}.`);
  return new Evaluations(db).ask(governanceRuleOutcome, date, rule);
}

/** Statements the governance report runs on `date` (every rule; the facts they read, each kind once). */
export async function governanceStatements(db: DataSource, date: string): Promise<number> {
  const tally = { count: 0 };
  await countStatements(tally, () => new Evaluations(db).ask(governanceReport, date, undefined));
  return tally.count;
}

/** What the change log names for a write of one usage (its row and dated facts, and the audit log), to carry evaluations over as the server would. */
export function usageWritten(usageId: number): Set<string> {
  return new Set([`application_usage#${usageId}`, `fact_version:ApplicationUsage#${usageId}`, "audit_entry", "audit_object"]);
}
