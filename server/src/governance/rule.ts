import type { ApplicationUsage } from "../applications/entities";
import type { LocalDate } from "../common/dates";
import type { RiskAssessment } from "../competence/risk";
import type { FactValue } from "../history/reader";
import type { RoleAssignment } from "../roles/entities";

/**
 * The object a failure concerns, by its GraphQL type and id: the object itself is looked up on the
 * report's date when an answer shows it (governance/failure-object.ts), so an outcome kept across a
 * write that changed none of what the rule read never shows an object as it was before the write.
 */
export interface ObjectRef {
  type: string;
  id: number;
}

/** An object that fails a governance rule, and why (in Swedish, for the report). */
export interface RuleFailure {
  /** The failing object. */
  object: ObjectRef;
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

/** What a usage is and where: its id, municipality, application and lifecycle phase, nothing a write of its user count, fit or cost changes. */
export type UsagePlace = Pick<ApplicationUsage, "id" | "globalId" | "municipalityId" | "applicationId" | "lifecyclePhase">;

/** What the competence rules read of a competence-risk assessment: nothing a write of a user count changes. */
export type RiskForRules = Pick<RiskAssessment, "kind" | "applicationUsageId" | "collaborationId" | "applicationId" | "label" | "shared" | "businessSpecific" | "trainingPlanId" | "specialistCount">;

/** Everything the rules judge, as it stood on `asOf`: read once for all of them (governance/report.ts). */
export interface GovernanceInput {
  asOf: LocalDate;
  municipalities: FactValue<"municipalities">;
  applications: FactValue<"applications">;
  itUnits: FactValue<"itUnits">;
  people: FactValue<"people">;
  usages: FactValue<"usages">;
  /**
   * Where each usage is (its municipality, application and phase), by id: kept while no usage is
   * added, removed, moved or moved to another phase, so a rule that reads only this is not judged
   * again after a user count or a fit is written (governance/report.ts).
   */
  usagePlaces: ReadonlyMap<number, UsagePlace>;
  /** Where each usage in use is, in id order: kept the same way. */
  usagePlacesInUse: readonly UsagePlace[];
  collaborations: FactValue<"collaborations">;
  collaborationsByApplication: FactValue<"collaborationsByApplication">;
  participants: FactValue<"participants">;
  levelOrdinals: FactValue<"levelOrdinals">;
  // Made from the role assignments in force on asOf once, and kept while they are the same (governance/report.ts).
  /** The systemägare. */
  systemOwners: readonly RoleAssignment[];
  /** The usages and collaborations that have a systemägare. */
  ownedSystems: { usageIds: ReadonlySet<number>; collaborationIds: ReadonlySet<number> };
  /** What the systemansvariga are for (`roleTargetKey`). */
  systemansvarigTargets: ReadonlySet<string>;
  agreements: FactValue<"agreements">;
  agreementsByCollaboration: FactValue<"agreementsByCollaboration">;
  governanceDocuments: FactValue<"governanceDocuments">;
  /**
   * The competence-risk assessment on asOf (everyone's planned leave counted; the rules read nothing
   * that depends on the horizon), kept while what RiskForRules names of it is the same.
   */
  competenceRisk: readonly RiskForRules[];
}

/** What a role assignment is for, as one key: its usage, collaboration and IT unit (two of them null). */
export const roleTargetKey = (r: RoleAssignment) => `${r.applicationUsageId}:${r.collaborationId}:${r.itUnitId}`;

/**
 * One of the policy's rules as a check (e.g. "every application usage has a systemägare"): a pure
 * judgement of the facts on a date. The rules are listed in governance/rules.ts.
 */
export interface GovernanceRule {
  /** Stable machine code, e.g. USAGE_HAS_SYSTEM_OWNER. */
  code: string;
  /** Swedish title, e.g. "Varje applikation har en systemägare". */
  title: string;
  /** Where the rule comes from, e.g. "IT-policy Dalsland 2008, kap. 3". */
  source: string;
  /** What it judges: the parts of GovernanceInput it reads (only those are read for it, and only a write to them judges it again). */
  reads: readonly Exclude<keyof GovernanceInput, "asOf">[];
  judge(input: GovernanceInput): RuleOutcome;
}
