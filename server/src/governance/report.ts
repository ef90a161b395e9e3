import { LocalDateResolver } from "graphql-scalars";
import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { competenceRisk, DEFAULT_HORIZON_MONTHS } from "../competence/risk-data";
import type { LocalDate } from "../common/dates";
import { changedRows } from "../evaluations/changed-rows";
import { type Evaluation, type EvaluationSource, evaluation } from "../evaluations/evaluation";
import { encodeGlobalId } from "../core/global-id";
import { RoleKind } from "../roles/rules";
import { type GovernanceInput, type GovernanceRule, type ObjectRef, type RiskForRules, roleTargetKey, type RuleFailure, type RuleOutcome, type UsagePlace } from "./rule";
import { GOVERNANCE_RULES } from "./rules";

@ObjectType({ description: "An object that fails a governance rule, and why." })
export class GovernanceFailure {
  @Field(() => String, { description: "The rule's code." }) ruleCode: string;
  @Field(() => String, { description: "The rule's title." }) ruleTitle: string;
  @Field(() => ID, { description: "Global ID of the failing object." }) objectId: string;
  @Field(() => String, { description: "Its type, e.g. ApplicationUsage." }) objectType: string;
  @Field(() => String, { description: "A human label, e.g. Bengtsfors – Procapita VoO." }) label: string;
  @Field(() => String, { description: "Why it fails (in Swedish)." }) reason: string;
  /** Global IDs of other objects the failure concerns (not exposed: the board uses them). */
  relatedObjectIds: string[];
  /** The failing object, looked up on `asOf` when an answer shows it (`object`, governance/resolver.ts). */
  objectRef: ObjectRef;
  /** The report's date. */
  asOf: LocalDate;
}

@ObjectType({ description: "One policy rule checked on a date: how many objects it applies to, the share that comply, and the failing ones." })
export class GovernanceRuleResult {
  @Field(() => String, { description: "Stable code, e.g. USAGE_HAS_SYSTEM_OWNER." }) code: string;
  @Field(() => String, { description: "Swedish title, e.g. Varje applikationsanvändning har en systemägare." }) title: string;
  @Field(() => String, { description: "Where the rule comes from." }) source: string;
  @Field(() => Int, { description: "Objects the rule applies to." }) applicable: number;
  @Field(() => Int, { description: "Objects that comply." }) compliant: number;
  @Field(() => Float, { description: "Compliance rate (efterlevnadsgrad): compliant / applicable, 0–1; 1 when the rule applies to nothing." }) complianceRate: number;
  @Field(() => [GovernanceFailure], { description: "The failing objects." }) failures: GovernanceFailure[];
}

@ObjectType({ description: "The policy's rules as checks on a date (styrningsrapport)." })
export class GovernanceReport {
  @Field(() => LocalDateResolver, { description: "The date checked." }) asOf: string;
  @Field(() => [GovernanceRuleResult], { description: "Every rule, in registration order." }) rules: GovernanceRuleResult[];
  @Field(() => Int, { description: "Sum of the rules' applicable objects." }) applicable: number;
  @Field(() => Int, { description: "Sum of the rules' compliant objects." }) compliant: number;
  @Field(() => Float, { description: "Compliance rate (efterlevnadsgrad): compliant / applicable over all rules, 0–1." }) complianceRate: number;
}

/** Whether two lists of usages in id order (one before a write, one after) hold the same usages at the same places. */
function samePlaces(before: readonly UsagePlace[], now: readonly UsagePlace[]): boolean {
  const changed = changedRows(before, now);
  return (
    changed !== null &&
    changed.removed.length === changed.added.length &&
    changed.removed.every((b, i) => {
      const n = changed.added[i];
      return b.id === n.id && b.municipalityId === n.municipalityId && b.applicationId === n.applicationId && b.lifecyclePhase === n.lifecyclePhase;
    })
  );
}

const RISK_FOR_RULES: readonly (keyof RiskForRules)[] = ["kind", "applicationUsageId", "collaborationId", "applicationId", "label", "shared", "businessSpecific", "trainingPlanId", "specialistCount"];

/** Whether two competence-risk lists (one before a write, one after) hold, place by place, assessments alike in all RiskForRules names. */
function sameRiskForRules(before: readonly RiskForRules[], now: readonly RiskForRules[]): boolean {
  if (before.length !== now.length) return false;
  for (let i = 0; i < now.length; i++) {
    const [b, n] = [before[i], now[i]];
    if (b !== n && RISK_FOR_RULES.some((field) => b[field] !== n[field])) return false;
  }
  return true;
}

/**
 * `value` as an earlier write left it while `same` finds it alike now: the value kept holds old
 * rows, alike in what the part's type (UsagePlace, RiskForRules) lets a rule read of them, which
 * `same` has checked at every write since.
 */
function keptWhileSame<T>(source: EvaluationSource, name: string, value: T, same: (before: T, now: T) => boolean): T {
  return source.keep(
    name,
    [value],
    () => value,
    (now, before) => same(before as T, now as T),
  );
}

const rate = (compliant: number, applicable: number) => (applicable === 0 ? 1 : compliant / applicable);

type Part = Exclude<keyof GovernanceInput, "asOf">;

/** How each part of GovernanceInput is read: from the reader of facts on the date, or (competence risk) another evaluation. */
const PARTS: { [K in Part]: (source: EvaluationSource, asOf: LocalDate) => Promise<GovernanceInput[K]> } = {
  municipalities: (source, asOf) => source.facts(asOf).municipalities(),
  applications: (source, asOf) => source.facts(asOf).applications(),
  itUnits: (source, asOf) => source.facts(asOf).itUnits(),
  people: (source, asOf) => source.facts(asOf).people(),
  usages: (source, asOf) => source.facts(asOf).usages(),
  usagePlaces: async (source, asOf) => keptWhileSame(source, "usagePlaces", await source.facts(asOf).usages(), (before, now) => samePlaces([...before.values()], [...now.values()])),
  usagePlacesInUse: async (source, asOf) => keptWhileSame(source, "usagePlacesInUse", await source.facts(asOf).usagesInUse(), samePlaces),
  collaborations: (source, asOf) => source.facts(asOf).collaborations(),
  collaborationsByApplication: (source, asOf) => source.facts(asOf).collaborationsByApplication(),
  participants: (source, asOf) => source.facts(asOf).participants(),
  levelOrdinals: (source, asOf) => source.facts(asOf).levelOrdinals(),
  systemOwners: async (source, asOf) => {
    const roles = await source.facts(asOf).roles();
    return source.keep("systemOwners", [roles], () => roles.filter((r) => r.kind === RoleKind.SYSTEMAGARE));
  },
  ownedSystems: async (source, asOf) => {
    const owners = await PARTS.systemOwners(source, asOf);
    return source.keep("ownedSystems", [owners], () => ({
      usageIds: new Set(owners.flatMap((r) => r.applicationUsageId ?? [])),
      collaborationIds: new Set(owners.flatMap((r) => r.collaborationId ?? [])),
    }));
  },
  systemansvarigTargets: async (source, asOf) => {
    const roles = await source.facts(asOf).roles();
    return source.keep("systemansvarigTargets", [roles], () => new Set(roles.filter((r) => r.kind === RoleKind.SYSTEMANSVARIG).map(roleTargetKey)));
  },
  agreements: (source, asOf) => source.facts(asOf).agreements(),
  agreementsByCollaboration: (source, asOf) => source.facts(asOf).agreementsByCollaboration(),
  governanceDocuments: (source, asOf) => source.facts(asOf).governanceDocuments(),
  // What the rules read of an assessment (which usages and collaborations are assessed, their training
  // plan, their specialists still here on the date) is the same at every horizon: the default
  // horizon's, which the readers' own list asks for too, is judged once for both.
  competenceRisk: async (source, asOf) => keptWhileSame(source, "competenceRisk", await source.ask(competenceRisk, asOf, { horizonMonths: DEFAULT_HORIZON_MONTHS, leave: "ALL" }), sameRiskForRules),
};

/** One governance rule judged on a date: it reads only the parts of the facts it declares (`reads`), so a write elsewhere keeps its outcome. */
export const governanceRuleOutcome: Evaluation<GovernanceRule, GovernanceInput, RuleOutcome> = {
  name: "governance-rule",
  key: (rule) => rule.code,
  async read(source, asOf, rule) {
    const values = await Promise.all(rule.reads.map((part) => PARTS[part](source, asOf)));
    return Object.fromEntries([["asOf", asOf], ...rule.reads.map((part, i) => [part, values[i]])]) as GovernanceInput;
  },
  evaluate(input, rule) {
    // A part the rule did not declare is a mistake in the rule, not an empty list.
    const declared = new Proxy(input, {
      get(target, part) {
        if (typeof part === "string" && !(part in target)) throw new Error(`Governance rule ${rule.code} reads ${part} without declaring it in reads.`);
        return Reflect.get(target, part);
      },
    });
    return rule.judge(declared);
  },
};

/**
 * The governance report (styrningsrapport) on a date: the outcome of every rule of GOVERNANCE_RULES,
 * each its own evaluation, with their compliance rates.
 */
export const governanceReport = evaluation({
  name: "governance",
  async read(source, asOf) {
    return { asOf, outcomes: await Promise.all(GOVERNANCE_RULES.map((rule) => source.ask(governanceRuleOutcome, asOf, rule))) };
  },
  evaluate({ asOf, outcomes }): GovernanceReport {
    const rules = GOVERNANCE_RULES.map((rule, i) => {
      const outcome = outcomes[i];
      const failing = new Set(outcome.failures.map((f) => `${f.object.type}:${f.object.id}`)).size;
      const compliant = Math.max(0, outcome.applicable - failing);
      return Object.assign(new GovernanceRuleResult(), {
        code: rule.code,
        title: rule.title,
        source: rule.source,
        applicable: outcome.applicable,
        compliant,
        complianceRate: rate(compliant, outcome.applicable),
        failures: outcome.failures.map((f: RuleFailure) =>
          Object.assign(new GovernanceFailure(), {
            ruleCode: rule.code,
            ruleTitle: rule.title,
            objectId: encodeGlobalId(f.object.type, f.object.id),
            objectType: f.object.type,
            label: f.label,
            reason: f.reason,
            relatedObjectIds: f.relatedObjectIds ?? [],
            objectRef: f.object,
            asOf,
          }),
        ),
      });
    });
    const applicable = rules.reduce((n, r) => n + r.applicable, 0);
    const compliant = rules.reduce((n, r) => n + r.compliant, 0);
    return Object.assign(new GovernanceReport(), { asOf, rules, applicable, compliant, complianceRate: rate(compliant, applicable) });
  },
});
