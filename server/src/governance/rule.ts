import type { LocalDate } from "../common/dates";
import type { RiskAssessment } from "../competence/risk";
import type { FactsOn } from "../history/reader";
import type { Node } from "../core/node";
import type { RoleAssignment } from "../roles/entities";
import type { RoleKind } from "../roles/rules";
import { groupBy } from "../common/collections";

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

type Read<K extends keyof FactsOn> = FactsOn[K] extends () => Promise<infer T> ? T : never;

/** Everything the rules judge, as it stood on `asOf`: read once for all of them (governance/report.ts). */
export interface GovernanceInput {
  asOf: LocalDate;
  municipalities: Read<"municipalities">;
  applications: Read<"applications">;
  itUnits: Read<"itUnits">;
  people: Read<"people">;
  usages: Read<"usages">;
  usagesInUse: Read<"usagesInUse">;
  collaborations: Read<"collaborations">;
  collaborationsByApplication: Read<"collaborationsByApplication">;
  participants: Read<"participants">;
  levelOrdinals: Read<"levelOrdinals">;
  /** The role assignments in force on asOf, indexed (`indexRoles`): made from `roles`, and kept while they are the same. */
  roleIndex: RoleIndex;
  agreements: Read<"agreements">;
  agreementsByCollaboration: Read<"agreementsByCollaboration">;
  governanceDocuments: Read<"governanceDocuments">;
  /** The competence-risk assessment on asOf (no horizon, everyone's planned leave counted). */
  competenceRisk: RiskAssessment[];
}

/** Role assignments in force on a date, indexed once for the rules on roles. */
export interface RoleIndex {
  /** By kind, in the order read. */
  byKind: ReadonlyMap<RoleKind, readonly RoleAssignment[]>;
  /** By kind, what they are for (`roleTargetKey`). */
  targetsByKind: ReadonlyMap<RoleKind, ReadonlySet<string>>;
  /** By kind, the usages and the collaborations they are for. */
  usageIdsByKind: ReadonlyMap<RoleKind, ReadonlySet<number>>;
  collaborationIdsByKind: ReadonlyMap<RoleKind, ReadonlySet<number>>;
}

/** What a role assignment is for, as one key: its usage, collaboration and IT unit (two of them null). */
export const roleTargetKey = (r: RoleAssignment) => `${r.applicationUsageId}:${r.collaborationId}:${r.itUnitId}`;

/** `RoleIndex` of the role assignments `roles`. */
export function indexRoles(roles: readonly RoleAssignment[]): RoleIndex {
  const byKind = groupBy(roles, (r) => r.kind);
  const per = <T>(of: (r: RoleAssignment) => T) => new Map([...byKind].map(([kind, list]) => [kind, new Set(list.map(of))]));
  return { byKind, targetsByKind: per(roleTargetKey), usageIdsByKind: per((r) => r.applicationUsageId), collaborationIdsByKind: per((r) => r.collaborationId) } as RoleIndex;
}

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
