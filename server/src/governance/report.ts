import { LocalDateResolver } from "graphql-scalars";
import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { competenceRisk } from "../competence/risk-data";
import { evaluation } from "../evaluations/evaluation";
import { Node } from "../graphql/node";
import type { GovernanceInput, RuleFailure } from "./rule";
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
  @Field(() => Node, { nullable: true, description: "The failing object itself, as it stood on the report's date." }) object: Node;
}

@ObjectType({ description: "One policy rule checked on a date: how many objects it applies to, the share that comply, and the failing ones." })
export class GovernanceRuleResult {
  @Field(() => String, { description: "Stable code, e.g. USAGE_HAS_SYSTEM_OWNER." }) code: string;
  @Field(() => String, { description: "Swedish title, e.g. Varje applikationsanvändning har en systemägare." }) title: string;
  @Field(() => String, { description: "Where the rule comes from." }) source: string;
  @Field(() => Int, { description: "Objects the rule applies to." }) applicable: number;
  @Field(() => Int, { description: "Objects that comply." }) compliant: number;
  @Field(() => Float, { description: "compliant / applicable, 0–1; 1 when the rule applies to nothing." }) complianceRate: number;
  @Field(() => [GovernanceFailure], { description: "The failing objects." }) failures: GovernanceFailure[];
}

@ObjectType({ description: "The policy's rules as checks on a date (styrningsrapport)." })
export class GovernanceReport {
  @Field(() => LocalDateResolver, { description: "The date checked." }) asOf: string;
  @Field(() => [GovernanceRuleResult], { description: "Every rule, in registration order." }) rules: GovernanceRuleResult[];
  @Field(() => Int, { description: "Sum of the rules' applicable objects." }) applicable: number;
  @Field(() => Int, { description: "Sum of the rules' compliant objects." }) compliant: number;
  @Field(() => Float, { description: "compliant / applicable over all rules, 0–1." }) complianceRate: number;
}

const rate = (compliant: number, applicable: number) => (applicable === 0 ? 1 : compliant / applicable);

/**
 * The governance report (styrningsrapport) on a date: every rule of GOVERNANCE_RULES judges the
 * same facts, read once (a fixed number of statements whatever the size of the data).
 */
export const governanceReport = evaluation({
  name: "governance",
  async read(source, asOf): Promise<GovernanceInput> {
    const facts = source.facts(asOf);
    const [
      municipalities,
      applications,
      itUnits,
      people,
      usages,
      usagesInUse,
      collaborations,
      collaborationsByApplication,
      participants,
      levelOrdinals,
      roles,
      agreements,
      agreementsByCollaboration,
      governanceDocuments,
      competenceRiskAssessment,
    ] = await Promise.all([
      facts.municipalities(),
      facts.applications(),
      facts.itUnits(),
      facts.people(),
      facts.usages(),
      facts.usagesInUse(),
      facts.collaborations(),
      facts.collaborationsByApplication(),
      facts.participants(),
      facts.levelOrdinals(),
      facts.roles(),
      facts.agreements(),
      facts.agreementsByCollaboration(),
      facts.governanceDocuments(),
      source.ask(competenceRisk, asOf, { horizonMonths: 0, leave: "ALL" }),
    ]);
    return {
      asOf,
      municipalities,
      applications,
      itUnits,
      people,
      usages,
      usagesInUse,
      collaborations,
      collaborationsByApplication,
      participants,
      levelOrdinals,
      roles,
      agreements,
      agreementsByCollaboration,
      governanceDocuments,
      competenceRisk: competenceRiskAssessment,
    };
  },
  evaluate(input): GovernanceReport {
    const rules = GOVERNANCE_RULES.map((rule) => {
      const outcome = rule.judge(input);
      const failing = new Set(outcome.failures.map((f) => f.object.globalId)).size;
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
            objectId: f.object.globalId,
            objectType: (f.object.constructor as typeof Node).typeName,
            label: f.label,
            reason: f.reason,
            relatedObjectIds: f.relatedObjectIds ?? [],
            object: f.object,
          }),
        ),
      });
    });
    const applicable = rules.reduce((n, r) => n + r.applicable, 0);
    const compliant = rules.reduce((n, r) => n + r.compliant, 0);
    return Object.assign(new GovernanceReport(), { asOf: input.asOf, rules, applicable, compliant, complianceRate: rate(compliant, applicable) });
  },
});
