import type { DataSource } from "typeorm";
import type { LocalDate } from "../common/dates";
import type { SharedReads } from "../common/shared-reads";
import type { Node } from "../graphql/node";

/** An object that fails a governance rule, and why (in Swedish, for the report). */
export interface RuleFailure {
  /** The failing object as it stood on the date judged, as the rule read it from the one reader of facts. */
  object: Node;
  /** Human label, e.g. "Bengtsfors – Procapita VoO". */
  label: string;
  reason: string;
  /**
   * Global IDs of other objects the failure concerns (e.g. the collaboration whose systemägare
   * failed), so views such as the shared-system status board can show it in context. Optional.
   */
  relatedObjectIds?: string[];
}

export interface RuleOutcome {
  /** How many objects the rule applies to. */
  applicable: number;
  failures: RuleFailure[];
}

/**
 * One of the policy's rules as a check (e.g. "every application usage has a systemägare").
 * `evaluate` must run a constant number of SQL statements, whatever the number of objects.
 */
export interface GovernanceRule {
  /** Stable machine code, e.g. USAGE_HAS_SYSTEM_OWNER. */
  code: string;
  /** Swedish title, e.g. "Varje applikation har en systemägare". */
  title: string;
  /** Where the rule comes from, e.g. "IT-policy Dalsland 2008, kap. 3". */
  source: string;
  evaluate(db: DataSource, asOf: LocalDate, reads: SharedReads): Promise<RuleOutcome>;
}

const rules: GovernanceRule[] = [];

/** Domains register their rules at import time; the governance report runs them in registration order. */
export function registerGovernanceRule(rule: GovernanceRule): void {
  if (rules.some((r) => r.code === rule.code)) throw new Error(`Governance rule ${rule.code} registered twice.`);
  rules.push(rule);
}

export function governanceRules(): readonly GovernanceRule[] {
  return rules;
}
