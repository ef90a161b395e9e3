import type { DataSource } from "typeorm";
import { countStatements } from "../../server/src/db/statements";
import { Evaluations } from "../../server/src/evaluations/registry";
import { governanceReport } from "../../server/src/governance/report";
import type { RuleOutcome } from "../../server/src/governance/rule";
import { GOVERNANCE_RULES } from "../../server/src/governance/rules";

/** One governance rule's judgement on `date`, from the input the governance report reads for all rules. */
export async function judgeRule(db: DataSource, code: string, date: string): Promise<RuleOutcome> {
  const rule = GOVERNANCE_RULES.find((r) => r.code === code);
  if (!rule) throw new Error(`No governance rule ${code}.`);
  return rule.judge(await governanceReport.read(new Evaluations(db), date, undefined));
}

/** Statements the governance report runs to read what every rule judges on `date`. */
export async function governanceStatements(db: DataSource, date: string): Promise<number> {
  const tally = { count: 0 };
  await countStatements(tally, () => governanceReport.read(new Evaluations(db), date, undefined));
  return tally.count;
}
