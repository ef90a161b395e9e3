import { DateTimeISOResolver, LocalDateResolver, SafeIntResolver } from "graphql-scalars";
import { enumValueOf } from "../vocabularies/rules";
import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { ApplicationCategory } from "../applications/entities";
import { daysBetween } from "../common/dates";
import { Node } from "../core/node";
import { DecisionStatus } from "./decisions";
import type { FreezeRule } from "./facts";
import type { TriggerSettingsValues } from "./settings";

export enum FreezeKind {
  ISO_WEEKS = "ISO_WEEKS",
  DAY_MONTH = "DAY_MONTH",
  DATES = "DATES",
}
registerEnumType(FreezeKind, {
  name: "FreezeKind",
  description: "How a change freeze (förändringsstopp) recurs.",
  valuesConfig: {
    ISO_WEEKS: { description: "Every year, ISO weeks `fromWeek`–`toWeek` (Monday to Sunday); a first week after the last spans New Year; week 53 only in years that have one." },
    DAY_MONTH: { description: "Every year, from `fromMonthDay` to `toMonthDay` (MM-DD); a start after the end spans New Year (15 Dec–15 Jan)." },
    DATES: { description: "Once, from `fromDate` to `toDate`: a period announced ahead (normally at least 6 weeks)." },
  },
});

registerEnumType(DecisionStatus, {
  name: "RecommendationDecisionStatus",
  description: "A decision on a collaboration candidate (beslut om samverkansförslag).",
  valuesConfig: {
    ACCEPTED: { description: "Godkänt: the collaboration is to be pursued." },
    REJECTED: { description: "Avvisat: hidden until its evidence changes (a new agreement deadline, a changed fit, a new participant)." },
    DEFERRED: { description: "Uppskjutet: hidden until `deferredUntil`, or until its evidence changes." },
  },
});

@ObjectType({
  implements: Node,
  description: "A change freeze (förändringsstopp) of a municipality: a recurring or announced period in which its systems, or those of one business area, may not be changed.",
})
@Entity("change_freeze")
export class ChangeFreeze extends Node {
  static readonly typeName = "ChangeFreeze";
  @PrimaryGeneratedColumn() id: number;
  @Index() @Column({ type: "integer" }) municipalityId: number;

  @Field(() => String, { description: "Name, e.g. Sommarperiod, Årsskifte, Betygsveckor." })
  @Column({ type: "varchar", length: 150 })
  name: string;

  @Field(() => FreezeKind, { description: "How it recurs." })
  @Column({ type: "varchar", length: 20 })
  kind: FreezeKind;

  @Field(() => ApplicationCategory, { nullable: true, description: "Only systems of this business area (SCHOOL for the education environment); null for every system." })
  @Column({ type: "varchar", length: 30, nullable: true })
  category: ApplicationCategory | null;

  @Field(() => Int, { nullable: true, description: "ISO_WEEKS: first week (1–53)." })
  @Column({ type: "integer", nullable: true })
  fromWeek: number | null;

  @Field(() => Int, { nullable: true, description: "ISO_WEEKS: last week (1–53)." })
  @Column({ type: "integer", nullable: true })
  toWeek: number | null;

  @Field(() => String, { nullable: true, description: "DAY_MONTH: first day, MM-DD." })
  @Column({ type: "varchar", length: 5, nullable: true })
  fromMonthDay: string | null;

  @Field(() => String, { nullable: true, description: "DAY_MONTH: last day, MM-DD." })
  @Column({ type: "varchar", length: 5, nullable: true })
  toMonthDay: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: "DATES: first day." })
  @Column({ type: "varchar", length: 10, nullable: true })
  fromDate: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: "DATES: last day." })
  @Column({ type: "varchar", length: 10, nullable: true })
  toDate: string | null;

  @Field(() => String, { nullable: true, description: "Free text, e.g. the guideline it comes from." })
  @Column({ type: "text", nullable: true })
  note: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: "The day it was recorded (announced); null for freezes recorded before this was kept." })
  @Column({ type: "varchar", length: 10, nullable: true })
  announcedOn: string | null;

  @Field(() => Boolean, {
    description: "A one-off freeze (DATES) announced less than six weeks (42 days) before its first day: the guideline wants other periods announced at least six weeks ahead.",
  })
  get announcedLate(): boolean {
    return this.kind === FreezeKind.DATES && this.announcedOn !== null && this.fromDate !== null && daysBetween(this.announcedOn, this.fromDate) < FREEZE_NOTICE_DAYS;
  }
}

/** One-off freezes are to be announced at least six weeks ahead (the roles and change-freeze guideline). */
export const FREEZE_NOTICE_DAYS = 42;

export enum FreezeExceptionKind {
  STANDARD = "STANDARD",
  EMERGENCY = "EMERGENCY",
  RISK_ASSESSED = "RISK_ASSESSED",
}
registerEnumType(FreezeExceptionKind, {
  name: "FreezeExceptionKind",
  description: "Why a change may happen inside a change freeze (undantag från förändringsstopp), as the guideline allows.",
  valuesConfig: {
    STANDARD: { description: "Standardändring: a documented low-risk standard change." },
    EMERGENCY: { description: "Akut ändring: an emergency change, after approval." },
    RISK_ASSESSED: { description: "Undantag efter riskbedömning: with the risk assessment and a rollback plan (återställningsplan)." },
  },
});

export enum FreezeExceptionStatus {
  REQUESTED = "REQUESTED",
  APPROVED = "APPROVED",
  REFUSED = "REFUSED",
}
registerEnumType(FreezeExceptionStatus, {
  name: "FreezeExceptionStatus",
  description: "Where a request for an exception from a change freeze stands.",
  valuesConfig: {
    REQUESTED: { description: "Begärt: waiting for a decision; windows still avoid the freeze." },
    APPROVED: { description: "Godkänt: the period is open for changes; transition windows may use it from the day of approval." },
    REFUSED: { description: "Avslaget." },
  },
});

@ObjectType({
  implements: Node,
  description:
    "A request for a change inside a change freeze (undantag från förändringsstopp): standard, emergency or risk-assessed with its rollback plan; approved or refused by an admin (IT-chefsgruppen), audited. An approved exception opens its period of the freeze for transition windows.",
})
@Entity("freeze_exception")
export class FreezeException extends Node {
  static readonly typeName = "FreezeException";
  static readonly auditReferences = { freezeId: "ChangeFreeze" };
  @PrimaryGeneratedColumn() id: number;
  @Index() @Column({ type: "integer" }) freezeId: number;
  @Index() @Column({ type: "integer" }) municipalityId: number;

  @Field(() => FreezeExceptionKind, { description: "What kind of exception." })
  @Column({ type: "varchar", length: 20 })
  kind: FreezeExceptionKind;

  @Field(() => LocalDateResolver, { description: "First day of the change." })
  @Column({ type: "varchar", length: 10 })
  fromDate: string;

  @Field(() => LocalDateResolver, { description: "Last day of the change." })
  @Column({ type: "varchar", length: 10 })
  toDate: string;

  @Field(() => String, { description: "What is to be changed, and why now." })
  @Column({ type: "text" })
  description: string;

  @Field(() => String, { nullable: true, description: "RISK_ASSESSED: the risk assessment (riskbedömning)." })
  @Column({ type: "text", nullable: true })
  riskAssessment: string | null;

  @Field(() => String, { nullable: true, description: "RISK_ASSESSED: the rollback plan (återställningsplan)." })
  @Column({ type: "text", nullable: true })
  rollbackPlan: string | null;

  @Field(() => FreezeExceptionStatus, { description: "Where it stands." })
  @Column({ type: "varchar", length: 10 })
  status: FreezeExceptionStatus;

  @Field(() => LocalDateResolver, { description: "The day it was requested." })
  @Column({ type: "varchar", length: 10 })
  requestedOn: string;

  @Field(() => String, { description: "Who requested it: the name of the token used." })
  @Column({ type: "varchar", length: 100 })
  requestedBy: string;

  @Field(() => LocalDateResolver, { nullable: true, description: "The day it was approved or refused." })
  @Column({ type: "varchar", length: 10, nullable: true })
  decidedOn: string | null;

  @Field(() => String, { nullable: true, description: "Who decided." })
  @Column({ type: "varchar", length: 100, nullable: true })
  decidedBy: string | null;

  @Field(() => String, { nullable: true, description: "Why (motivering)." })
  @Column({ type: "text", nullable: true })
  decisionReason: string | null;
}

/** The pure rule of a stored freeze. */
export function freezeRuleOf(f: Pick<ChangeFreeze, "kind" | "fromWeek" | "toWeek" | "fromMonthDay" | "toMonthDay" | "fromDate" | "toDate">): FreezeRule {
  switch (f.kind) {
    case FreezeKind.ISO_WEEKS:
      return { kind: "ISO_WEEKS", fromWeek: f.fromWeek!, toWeek: f.toWeek! };
    case FreezeKind.DAY_MONTH:
      return { kind: "DAY_MONTH", from: f.fromMonthDay!, to: f.toMonthDay! };
    case FreezeKind.DATES:
      return { kind: "DATES", fromDate: f.fromDate!, toDate: f.toDate! };
  }
}

@ObjectType({
  implements: Node,
  description: "The thresholds, weights and horizons of the four triggers (utlösare för samverkan) and of the transition window; one set, changed by admins with triggerSettingsUpdate (audited).",
})
@Entity("trigger_settings")
export class TriggerSettings extends Node implements TriggerSettingsValues {
  static readonly typeName = "TriggerSettings";
  @PrimaryGeneratedColumn() id: number;

  @Field(() => Int, { description: "AGREEMENT_EXPIRING (avtal på väg ut): decision deadlines within this many months fire, as do passed ones until the agreement has ended. Default 24." })
  @Column({ type: "integer" })
  agreementHorizonMonths: number;

  @Field(() => Int, { description: "AGREEMENT_EXPIRING gives its full weight when the earliest deadline lies within this many months (or has passed), half otherwise. Default 12." })
  @Column({ type: "integer" })
  agreementUrgentMonths: number;

  @Field(() => Int, { description: "POOR_APPLICATION (fungerar dåligt): functional or technical fit at or below this, of 4. Default 2." })
  @Column({ type: "integer" })
  poorFitThreshold: number;

  @Field(() => Int, { description: "COMPETENCE_RISK (svårt att upprätthålla kompetens): a competence-risk score at or above this. Default 60, the HIGH band." })
  @Column({ type: "integer" })
  competenceRiskMinScore: number;

  @Field(() => Int, { description: "COMPETENCE_RISK: specialists leaving within this many months count as leaving. Default 12." })
  @Column({ type: "integer" })
  competenceHorizonMonths: number;

  @Field(() => Int, { description: "SAME_APPLICATION (flera använder samma applikation): at least this many municipalities run the same product. Default 2." })
  @Column({ type: "integer" })
  sameApplicationMinMunicipalities: number;

  @Field(() => Int, {
    description:
      "The level (ordinal) from which municipalities count as operating a system together: SAME_APPLICATION looks outside collaborations at or above it, and groups outside one are proposed it. Default 3 (Gemensam drift).",
  })
  @Column({ type: "integer" })
  jointLevel: number;

  @Field(() => Int, { description: "Weight (points at full strength) of AGREEMENT_EXPIRING. Default 30." })
  @Column({ type: "integer" })
  weightAgreementExpiring: number;

  @Field(() => Int, { description: "Weight of POOR_APPLICATION; multiplied by the share of participants with a poor or phased-out usage. Default 25." })
  @Column({ type: "integer" })
  weightPoorApplication: number;

  @Field(() => Int, { description: "Weight of COMPETENCE_RISK; multiplied by the highest risk score ÷ 100. Default 20." })
  @Column({ type: "integer" })
  weightCompetenceRisk: number;

  @Field(() => Int, { description: "Weight of SAME_APPLICATION; a fifth of it per municipality running the product, at most all of it. Default 25." })
  @Column({ type: "integer" })
  weightSameApplication: number;

  @Field(() => Int, { description: "Length in days of the suggested transition window (övergångsfönster). Default 28." })
  @Column({ type: "integer" })
  transitionWindowDays: number;
}

@ObjectType({ implements: Node, description: "A decision on a collaboration candidate (beslut om samverkansförslag), kept as dated history." })
@Entity("recommendation_decision")
export class RecommendationDecision extends Node {
  static readonly typeName = "RecommendationDecision";
  @PrimaryGeneratedColumn() id: number;

  @Field(() => String, { description: "The candidate's stable key (subject and participants) at the time of the decision." })
  @Column({ type: "text" })
  candidateKey: string;

  /** `application:<id>` or `category:<CODE>`: decisions apply to candidates of the same subject with overlapping participants. */
  @Index() @Column({ type: "varchar", length: 60 }) subject: string;
  /** JSON array of the participating municipality ids. */
  @Column({ type: "text" }) participantIds: string;
  /** JSON EvidenceFingerprint at decision time. */
  @Column({ type: "text" }) fingerprint: string;

  @Field(() => DecisionStatus, { description: "What was decided." })
  @Column({ type: "varchar", length: 10 })
  status: DecisionStatus;

  @Field(() => LocalDateResolver, { nullable: true, description: "DEFERRED: hidden until this date." })
  @Column({ type: "varchar", length: 10, nullable: true })
  deferredUntil: string | null;

  @Field(() => String, { description: "Why (motivering)." })
  @Column({ type: "text" })
  reason: string;

  @Field(() => String, { description: "The candidate's summary when it was decided." })
  @Column({ type: "text" })
  summary: string;

  @Field(() => LocalDateResolver, { description: "The day of the decision." })
  @Index()
  @Column({ type: "varchar", length: 10 })
  decidedOn: string;

  @Field(() => DateTimeISOResolver, { description: "When it was recorded." })
  @Column({ type: "varchar", length: 30 })
  decidedAt: string;

  @Field(() => String, { description: "Who decided: the name of the token used." })
  @Column({ type: "varchar", length: 100 })
  decidedBy: string;

  /** The municipality the deciding token speaks for; null for admins without one. */
  @Column({ type: "integer", nullable: true }) municipalityId: number | null;
}

@ObjectType({
  implements: Node,
  description:
    "A need registration (behovsanmälan): a municipality's need in a business area, reported before money is spent, answered with who already runs what there and the options; its choice is recorded like a decision.",
})
@Entity("need_registration")
export class NeedRegistration extends Node {
  static readonly typeName = "NeedRegistration";
  static readonly auditReferences = { choiceCollaborationId: "Collaboration" };
  @PrimaryGeneratedColumn() id: number;
  @Index() @Column({ type: "integer" }) municipalityId: number;

  /** The business area: a code of the APPLICATION_CATEGORY vocabulary (today's enum values, or a term added since). */
  @Column({ type: "varchar", length: 30 })
  category: string;

  @Field(() => ApplicationCategory, {
    name: "category",
    description: "The business area (verksamhetsområde) as today's enum, e.g. BUILDING_PERMITS for bygglov; OTHER for a category added to the vocabulary since (read categoryCode).",
  })
  get categoryEnum(): ApplicationCategory {
    return enumValueOf(this.category, ApplicationCategory, ApplicationCategory.OTHER);
  }

  @Field(() => String, { description: "The business area's code in the APPLICATION_CATEGORY vocabulary (vocabularyTerms), including categories added since the enum." })
  get categoryCode(): string {
    return this.category;
  }

  @Field(() => LocalDateResolver, { description: "When the need must be met (behövs senast)." })
  @Column({ type: "varchar", length: 10 })
  neededBy: string;

  @Field(() => String, { description: "Short description of the need (kort beskrivning)." })
  @Column({ type: "text" })
  description: string;

  /** The budget frame in whole kronor (the API shows öre). */
  @Column({ type: "integer", nullable: true }) budgetFrameKronor: number | null;

  @Field(() => SafeIntResolver, { nullable: true, description: "The budget frame (budgetram) for the municipality's own annual cost, in öre (whole kronor); null when not given." })
  get budgetFrameOre(): number | null {
    return this.budgetFrameKronor === null ? null : this.budgetFrameKronor * 100;
  }

  @Field(() => LocalDateResolver, { description: "The day it was registered: its answer is read on this date unless asked for another." })
  @Index()
  @Column({ type: "varchar", length: 10 })
  registeredOn: string;

  @Field(() => DateTimeISOResolver, { description: "When it was registered." })
  @Column({ type: "varchar", length: 30 })
  registeredAt: string;

  @Field(() => String, { description: "Who registered it: the name of the token used." })
  @Column({ type: "varchar", length: 100 })
  registeredBy: string;

  /** The chosen option's key (NeedOption.key on the day of the choice); null until chosen. */
  @Column({ type: "varchar", length: 200, nullable: true }) choiceKey: string | null;
  /** NeedOptionKind of the choice. */
  @Column({ type: "varchar", length: 30, nullable: true }) choiceKind: string | null;
  @Column({ type: "integer", nullable: true }) choiceCollaborationId: number | null;
  /** JSON array of the partner municipality ids of the choice. */
  @Column({ type: "text", nullable: true }) choicePartnerIds: string | null;
  /** JSON of the chosen option as it stood (window, cost, summary). */
  @Column({ type: "text", nullable: true }) choiceOption: string | null;
  @Column({ type: "text", nullable: true }) choiceReason: string | null;
  @Column({ type: "varchar", length: 10, nullable: true }) chosenOn: string | null;
  @Column({ type: "varchar", length: 30, nullable: true }) chosenAt: string | null;
  @Column({ type: "varchar", length: 100, nullable: true }) chosenBy: string | null;
}

@ObjectType({
  implements: Node,
  description:
    "The effects expected of an accepted decision (förväntade effekter, nyttorealisering): cost per inhabitant, level, competence risk and number of products in the area, against which the realised values are followed up at +12 and +24 months.",
})
@Entity("decision_effect")
export class DecisionEffect extends Node {
  static readonly typeName = "DecisionEffect";
  static readonly auditReferences = { decisionId: "RecommendationDecision" };
  @PrimaryGeneratedColumn() id: number;
  @Index({ unique: true }) @Column({ type: "integer" }) decisionId: number;

  @Field(() => Int, { nullable: true, description: "Expected annual cost per inhabitant for the subject's systems, in öre." })
  @Column({ type: "integer", nullable: true })
  expectedCostPerInhabitantOre: number | null;

  @Field(() => Int, { nullable: true, description: "Expected collaboration level (ordinal)." })
  @Column({ type: "integer", nullable: true })
  expectedLevel: number | null;

  @Field(() => Int, { nullable: true, description: "Expected highest competence-risk score (0–100)." })
  @Column({ type: "integer", nullable: true })
  expectedCompetenceRiskScore: number | null;

  @Field(() => Int, { nullable: true, description: "Expected number of products the participants run in the area." })
  @Column({ type: "integer", nullable: true })
  expectedProductCount: number | null;

  @Field(() => String, { nullable: true, description: "Free text, e.g. the business case." })
  @Column({ type: "text", nullable: true })
  note: string | null;

  @Field(() => LocalDateResolver, { description: "The day the expectations were recorded." })
  @Column({ type: "varchar", length: 10 })
  recordedOn: string;

  @Field(() => String, { description: "Who recorded them: the name of the token used." })
  @Column({ type: "varchar", length: 100 })
  recordedBy: string;
}

export const recommendationEntities = [ChangeFreeze, TriggerSettings, RecommendationDecision, NeedRegistration, FreezeException, DecisionEffect];
