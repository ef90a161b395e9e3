import { COMPETENCE_RULES } from "../competence/governance";
import type { GovernanceRule } from "./rule";
import { POLICY_RULES } from "./policy-rules";

/** Every governance rule the report checks, in the order it lists them: the one list. */
export const GOVERNANCE_RULES: readonly GovernanceRule[] = [...POLICY_RULES, ...COMPETENCE_RULES];
