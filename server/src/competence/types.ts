import { LocalDateResolver, SafeIntResolver } from "graphql-scalars";
import { Field, Float, Int, ObjectType, registerEnumType } from "type-graphql";
import { CostKeyKind } from "../agreements/cost-split";
import { RiskLevel, RiskReasonCode, RiskSubjectKind, type RiskAssessment } from "./risk";
import { TrainingCostBasis, type TrainingCostSplit } from "./training-cost";

registerEnumType(RiskReasonCode, {
  name: "CompetenceRiskReasonCode",
  description: "Why a system's competence is at risk.",
  valuesConfig: {
    TOO_FEW_SPECIALISTS: { description: "Fewer than two specialists (across the collaboration for a shared system, in the municipality otherwise): 35 points with none, 20 with one." },
    SPECIALISTS_LEAVING: { description: "Specialists plan to leave within the horizon: how much the count's points rise once they have gone, at least 5." },
    NO_TRAINING_PLAN: { description: "No training plan for the system's users: 25 points." },
    TRAINING_PLAN_NOT_REVIEWED: { description: "The training plan was last reviewed more than 12 months ago: 15 points." },
    NO_COMPETENCE_NETWORK: { description: "A shared system without a competence network for its area (with current members from at least two municipalities): 15 points." },
    FEW_USERS_TRAINED: { description: "Under half of the users trained in the last 24 months: up to 25 points, in proportion to the shortfall." },
  },
});
registerEnumType(RiskLevel, {
  name: "CompetenceRiskLevel",
  description: "How serious a competence risk is, from its score.",
  valuesConfig: {
    LOW: { description: "Score below 30." },
    MEDIUM: { description: "Score 30–59." },
    HIGH: { description: "Score 60 or more." },
  },
});
registerEnumType(RiskSubjectKind, {
  name: "CompetenceRiskSubjectKind",
  description: "What a competence-risk entry judges.",
  valuesConfig: {
    APPLICATION_USAGE: { description: "One municipality's active use of an application." },
    COLLABORATION: { description: "A collaboration around a shared system, across its participating municipalities." },
  },
});

registerEnumType(TrainingCostBasis, {
  name: "TrainingCostBasis",
  description: "Where the key of a training activity's cost split comes from.",
  valuesConfig: {
    AGREEMENT: { description: "The cost key of the samverkansavtal covering the plan's collaboration." },
    POPULATION_DEFAULT: { description: "No agreed key applies: by population, the policy's default for joint costs." },
  },
});

@ObjectType("TrainingCostShare", { description: "One municipality's share of a shared training activity's cost." })
export class TrainingCostShareValue {
  municipalityId: number;
  @Field(() => SafeIntResolver, { description: "The share in öre; the shares add up exactly to the cost." }) amountOre: number;
  @Field(() => Float, { description: "The exact fraction of the cost, 0–1, before rounding to öre." }) fraction: number;
  @Field(() => Int, { nullable: true, description: "The population figure used; null when the key does not use population." }) population: number | null;
  @Field(() => Int, { nullable: true, description: "The year of that population figure." }) populationYear: number | null;
}

@ObjectType("TrainingCostSplit", { description: "How a shared training activity's cost is divided between the municipalities taking part (kostnadsfördelning)." })
export class TrainingCostSplitValue {
  agreementId: number | null;
  @Field(() => TrainingCostBasis, { description: "An agreed key or the population default." }) basis: TrainingCostBasis;
  @Field(() => CostKeyKind, { description: "The cost key used (fördelningsnyckel)." }) key: CostKeyKind;
  @Field(() => [TrainingCostShareValue], { description: "One share per municipality taking part, in the order of the activity's municipalities." }) shares: TrainingCostShareValue[];

  static of(split: TrainingCostSplit): TrainingCostSplitValue {
    return Object.assign(new TrainingCostSplitValue(), {
      basis: split.basis,
      key: split.key,
      agreementId: split.agreementId,
      shares: split.shares.map((share) => Object.assign(new TrainingCostShareValue(), share)),
    });
  }
}

@ObjectType({ description: "One reason behind a competence-risk score, with the points it adds." })
export class CompetenceRiskReason {
  @Field(() => RiskReasonCode, { description: "Machine-readable reason." }) code: RiskReasonCode;
  @Field(() => Int, { description: "Points this reason adds; the contributions add up to the score." }) contribution: number;
  @Field(() => String, { description: "Explanation in Swedish." }) explanation: string;
}

@ObjectType({ description: "The competence risk (kompetensrisk) of one active application usage or one collaboration, with its reasons." })
export class CompetenceRisk {
  assessment: RiskAssessment;

  @Field(() => RiskSubjectKind, { description: "Whether an application usage or a collaboration is judged." }) kind: RiskSubjectKind;
  @Field(() => String, { description: 'Human label, e.g. "Bengtsfors – Procapita VoO" or the collaboration\'s name.' }) label: string;
  @Field(() => Boolean, { description: "Whether the system is shared, and so judged across the collaboration's municipalities." }) shared: boolean;
  @Field(() => Int, { description: "Risk score 0–100: the sum of the reasons' contributions." }) score: number;
  @Field(() => RiskLevel, { description: "LOW below 30, MEDIUM 30–59, HIGH 60 and above." }) level: RiskLevel;
  @Field(() => [CompetenceRiskReason], { description: "The reasons, each with its contribution." }) reasons: CompetenceRiskReason[];
  @Field(() => Int, { description: "Specialists today (across the collaboration for shared systems)." }) specialistCount: number;
  @Field(() => Int, { description: "Of those, how many plan to leave within the horizon." }) specialistsLeaving: number;
  @Field(() => LocalDateResolver, { nullable: true, description: "When the training plan judged was last reviewed." }) trainingPlanReviewedOn: string | null;
  @Field(() => Int, { nullable: true, description: "Users counted (null when unknown)." }) userCount: number | null;
  @Field(() => Int, { description: "Attendances in training activities in the 24 months up to asOf." }) trainedCount: number;
  @Field(() => Float, { nullable: true, description: "Share of users trained in the last 24 months, 0–1 (attendances ÷ users, capped at 1); null without a user count." })
  trainedShare: number | null;

  static of(a: RiskAssessment): CompetenceRisk {
    return Object.assign(new CompetenceRisk(), { ...a, assessment: a, reasons: a.reasons.map((r) => Object.assign(new CompetenceRiskReason(), r)) });
  }
}
