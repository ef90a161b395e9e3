import { DateTimeISOResolver, LocalDateResolver } from "graphql-scalars";
import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { ApplicationCategory } from "../applications/entities";
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

export const recommendationEntities = [ChangeFreeze, TriggerSettings, RecommendationDecision];
