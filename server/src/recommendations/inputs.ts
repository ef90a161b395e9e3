import { capped } from "../common/text-limits";
import { LocalDateResolver } from "graphql-scalars";
import { Field, ID, InputType, Int } from "type-graphql";
import { SafeIntResolver } from "graphql-scalars";
import { ApplicationCategory } from "../applications/entities";
import { DecisionStatus } from "./decisions";
import { FreezeExceptionKind, FreezeExceptionStatus, FreezeKind } from "./entities";

@InputType({ description: "Records a decision on a collaboration candidate as it stands today." })
export class RecommendationDecideInput {
  @Field(() => ID, { description: "The candidate (CollaborationCandidate.id)." }) candidateId: string;
  @Field(() => DecisionStatus, { description: "ACCEPTED, REJECTED or DEFERRED." }) status: DecisionStatus;
  @Field(() => String, { description: capped("Why (motivering); required.", 2000) }) reason: string;
  @Field(() => LocalDateResolver, { nullable: true, description: "DEFERRED only, and required then: hidden until this date (after today)." }) deferredUntil?: string | null;
}

@InputType({ description: "Changes trigger settings; fields left out keep their value. Every value is a whole number within its documented range." })
export class TriggerSettingsUpdateInput {
  @Field(() => Int, { nullable: true, description: "1–120." }) agreementHorizonMonths?: number | null;
  @Field(() => Int, { nullable: true, description: "0–120, at most agreementHorizonMonths." }) agreementUrgentMonths?: number | null;
  @Field(() => Int, { nullable: true, description: "1–4." }) poorFitThreshold?: number | null;
  @Field(() => Int, { nullable: true, description: "0–100." }) competenceRiskMinScore?: number | null;
  @Field(() => Int, { nullable: true, description: "0–120." }) competenceHorizonMonths?: number | null;
  @Field(() => Int, { nullable: true, description: "2–100." }) sameApplicationMinMunicipalities?: number | null;
  @Field(() => Int, { nullable: true, description: "0–100." }) jointLevel?: number | null;
  @Field(() => Int, { nullable: true, description: "0–100." }) weightAgreementExpiring?: number | null;
  @Field(() => Int, { nullable: true, description: "0–100." }) weightPoorApplication?: number | null;
  @Field(() => Int, { nullable: true, description: "0–100." }) weightCompetenceRisk?: number | null;
  @Field(() => Int, { nullable: true, description: "0–100." }) weightSameApplication?: number | null;
  @Field(() => Int, { nullable: true, description: "1–365." }) transitionWindowDays?: number | null;
}

@InputType({ description: "The period of a change freeze: `kind` and the fields it uses (ISO_WEEKS: weeks; DAY_MONTH: MM-DD days; DATES: dates)." })
export class ChangeFreezePeriodInput {
  @Field(() => FreezeKind, { description: "How it recurs." }) kind: FreezeKind;
  @Field(() => Int, { nullable: true, description: "ISO_WEEKS: first week, 1–53." }) fromWeek?: number | null;
  @Field(() => Int, { nullable: true, description: "ISO_WEEKS: last week, 1–53 (before the first: spans New Year)." }) toWeek?: number | null;
  @Field(() => String, { nullable: true, description: "DAY_MONTH: first day, MM-DD." }) fromMonthDay?: string | null;
  @Field(() => String, { nullable: true, description: "DAY_MONTH: last day, MM-DD (before the first: spans New Year)." }) toMonthDay?: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: "DATES: first day." }) fromDate?: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: "DATES: last day." }) toDate?: string | null;
}

@InputType({ description: "A new change freeze (förändringsstopp) of a municipality." })
export class ChangeFreezeCreateInput {
  @Field(() => ID, { description: "The municipality." }) municipalityId: string;
  @Field(() => String, { description: capped("Name, e.g. Sommarperiod.", 150) }) name: string;
  @Field(() => ApplicationCategory, { nullable: true, description: "Only systems of this business area; default every system." }) category?: ApplicationCategory | null;
  @Field(() => ChangeFreezePeriodInput, { description: "When it applies." }) period: ChangeFreezePeriodInput;
  @Field(() => String, { nullable: true, description: capped("Free text.", 2000) }) note?: string | null;
}

@InputType({ description: "Changes a change freeze; fields left out keep their value." })
export class ChangeFreezeUpdateInput {
  @Field(() => ID, { description: "The freeze." }) id: string;
  @Field(() => String, { nullable: true, description: capped("Name.", 150) }) name?: string | null;
  @Field(() => ApplicationCategory, { nullable: true, description: "Only systems of this business area; null for every system." }) category?: ApplicationCategory | null;
  @Field(() => ChangeFreezePeriodInput, { nullable: true, description: "When it applies (replaces the period)." }) period?: ChangeFreezePeriodInput | null;
  @Field(() => String, { nullable: true, description: capped("Free text.", 2000) }) note?: string | null;
}

@InputType({ description: "Deletes a change freeze." })
export class ChangeFreezeDeleteInput {
  @Field(() => ID, { description: "The freeze." }) id: string;
}

@InputType({ description: "A need registration (behovsanmälan): what a municipality needs, in which business area, by when and within which budget frame." })
export class NeedRegisterInput {
  @Field(() => ID, { description: "The municipality with the need (its ID). Editors: their own." }) municipalityId: string;
  @Field(() => ApplicationCategory, {
    nullable: true,
    description: "The business area (verksamhetsområde) as today's enum, e.g. BUILDING_PERMITS for bygglov; or give categoryCode. One of the two is required.",
  })
  category?: ApplicationCategory | null;
  @Field(() => String, { nullable: true, description: "The business area as a code of the APPLICATION_CATEGORY vocabulary (vocabularyTerms), e.g. one an admin added; instead of category." })
  categoryCode?: string | null;
  @Field(() => LocalDateResolver, { description: "When the need must be met (behövs senast); today or later." }) neededBy: string;
  @Field(() => String, { description: capped("Short description (kort beskrivning); required, at most 2 000 characters.", 2000) }) description: string;
  @Field(() => SafeIntResolver, { nullable: true, description: "The budget frame (budgetram) for the municipality's annual cost, in öre (whole kronor)." }) budgetFrameOre?: number | null;
}

@InputType({ description: "Records the option chosen for a need (behovsanmälan), among the options of its answer today." })
export class NeedChooseInput {
  @Field(() => ID, { description: "The need (NeedRegistration.id)." }) needId: string;
  @Field(() => String, { description: "The chosen option's key (NeedOption.key, as answered today)." }) optionKey: string;
  @Field(() => String, { description: capped("Why (motivering); required.", 2000) }) reason: string;
}

@InputType({ description: "A request for a change inside a change freeze (undantag från förändringsstopp)." })
export class FreezeExceptionRequestInput {
  @Field(() => ID, { description: "The freeze (ChangeFreeze.id). Editors: their own municipality's." }) freezeId: string;
  @Field(() => FreezeExceptionKind, { description: "STANDARD, EMERGENCY or RISK_ASSESSED." }) kind: FreezeExceptionKind;
  @Field(() => LocalDateResolver, { description: "First day of the change; today or later, inside one of the freeze's periods." }) fromDate: string;
  @Field(() => LocalDateResolver, { description: "Last day of the change; inside the same period." }) toDate: string;
  @Field(() => String, { description: capped("What is to be changed, and why now; required.", 5000) }) description: string;
  @Field(() => String, { nullable: true, description: capped("RISK_ASSESSED (required there): the risk assessment.", 5000) }) riskAssessment?: string | null;
  @Field(() => String, { nullable: true, description: capped("RISK_ASSESSED (required there): the rollback plan (återställningsplan).", 5000) }) rollbackPlan?: string | null;
}

@InputType({ description: "Approves or refuses a requested exception from a change freeze." })
export class FreezeExceptionDecideInput {
  @Field(() => ID, { description: "The exception (FreezeException.id)." }) id: string;
  @Field(() => FreezeExceptionStatus, { description: "APPROVED or REFUSED." }) status: FreezeExceptionStatus;
  @Field(() => String, { description: capped("Why (motivering); required.", 5000) }) reason: string;
}

@InputType({ description: "The effects expected of an accepted decision (förväntade effekter), once per decision; every value optional." })
export class DecisionEffectsRecordInput {
  @Field(() => ID, { description: "The decision (RecommendationDecision.id); ACCEPTED only." }) decisionId: string;
  @Field(() => Int, { nullable: true, description: "Expected annual cost per inhabitant for the subject's systems, in öre (0–10 000 000)." }) expectedCostPerInhabitantOre?: number | null;
  @Field(() => Int, { nullable: true, description: "Expected level (ordinal, 0–100)." }) expectedLevel?: number | null;
  @Field(() => Int, { nullable: true, description: "Expected highest competence-risk score (0–100)." }) expectedCompetenceRiskScore?: number | null;
  @Field(() => Int, { nullable: true, description: "Expected number of products in the area (0–1 000)." }) expectedProductCount?: number | null;
  @Field(() => String, { nullable: true, description: capped("Free text, e.g. the business case.", 5000) }) note?: string | null;
}
