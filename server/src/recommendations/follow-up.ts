/**
 * Nyttorealisering: what an accepted decision was expected to deliver, and what the dated facts say
 * it delivered, at the decision and 12 and 24 months after. The four measures follow the policy's
 * promises (lower costs, higher level of collaboration, less vulnerability, fewer products in the
 * area). Pure: the facts on a date in, the measures out.
 */
import { isInUsePhase } from "../applications/lifecycle";
import { addMonths, type LocalDate } from "../common/dates";
import { capitalized } from "../common/vocabulary";
import { CATEGORY_NAMES } from "./explain";
import type { RecommendationFacts } from "./facts";

/** Months after a decision at which its effects are followed up. */
export const FOLLOW_UP_MONTHS: readonly number[] = [12, 24];

export interface EffectMeasures {
  /** The participants' annual cost for the subject's systems per inhabitant, in öre; null when no cost or population is known. */
  costPerInhabitantOre: number | null;
  /** The highest level of a collaboration on the subject's products among the participants; null outside any. */
  levelOrdinal: number | null;
  /** The highest competence-risk score among the participants' systems of the subject; null when none is assessed. */
  competenceRiskScore: number | null;
  /** How many different products the participants run in the subject's business area. */
  productCount: number;
}

/** The subject of a decision: `application:<id>` or `category:<CODE>`. */
export function subjectApplications(facts: Pick<RecommendationFacts, "applications">, subject: string): { category: string | null; applicationIds: Set<number> } {
  const [kind, value] = subject.split(":");
  if (kind === "application") {
    const application = facts.applications.find((a) => a.id === Number(value));
    return { category: application?.category ?? null, applicationIds: new Set(application ? [application.id] : []) };
  }
  return { category: value, applicationIds: new Set(facts.applications.filter((a) => a.category === value).map((a) => a.id)) };
}

/** The measures of a decision's subject and participants on `facts.asOf`. */
export function measureEffects(facts: RecommendationFacts, subject: string, participantIds: readonly number[]): EffectMeasures {
  const { category, applicationIds } = subjectApplications(facts, subject);
  const participants = new Set(participantIds);
  const inUse = facts.usages.filter((u) => participants.has(u.municipalityId) && isInUsePhase(u.phase));
  const ofSubject = inUse.filter((u) => applicationIds.has(u.applicationId));
  const costs = ofSubject.filter((u) => u.annualCostSek !== null);
  const populations = facts.municipalities.filter((m) => participants.has(m.id)).map((m) => m.population);
  const inhabitants = populations.every((p) => p !== null) ? populations.reduce<number>((sum, p) => sum + (p ?? 0), 0) : 0;
  const costPerInhabitantOre = costs.length > 0 && inhabitants > 0 ? Math.round((costs.reduce((sum, u) => sum + u.annualCostSek!, 0) * 100) / inhabitants) : null;
  const levels = facts.collaborations.filter((c) => applicationIds.has(c.applicationId) && c.levelOrdinal !== null && c.participantIds.some((m) => participants.has(m))).map((c) => c.levelOrdinal!);
  const risks = facts.competenceRisks.filter((r) => applicationIds.has(r.applicationId) && r.municipalityIds.some((m) => participants.has(m))).map((r) => r.score);
  const areaApplications = new Set(facts.applications.filter((a) => category !== null && a.category === category).map((a) => a.id));
  return {
    costPerInhabitantOre,
    levelOrdinal: levels.length ? Math.max(...levels) : null,
    competenceRiskScore: risks.length ? Math.max(...risks) : null,
    productCount: new Set(inUse.filter((u) => areaApplications.has(u.applicationId)).map((u) => u.applicationId)).size,
  };
}

export interface FollowUpPoint {
  monthsAfter: number;
  date: LocalDate;
  /** The date has come (on or before today); the measures are null until then. */
  reached: boolean;
  measures: EffectMeasures | null;
  /** The cost per inhabitant is higher than at the decision. */
  costRose: boolean | null;
}

/** The follow-up dates of a decision made on `decidedOn`. */
export function followUpDates(decidedOn: LocalDate): { monthsAfter: number; date: LocalDate }[] {
  return FOLLOW_UP_MONTHS.map((monthsAfter) => ({ monthsAfter, date: addMonths(decidedOn, monthsAfter) }));
}

/** Whether the cost per inhabitant rose from `baseline` to `later`; null when either is unknown. */
export function costRose(baseline: EffectMeasures, later: EffectMeasures): boolean | null {
  return baseline.costPerInhabitantOre === null || later.costPerInhabitantOre === null ? null : later.costPerInhabitantOre > baseline.costPerInhabitantOre;
}

/** What a decision concerns, in Swedish: its product's name (the subject itself when the product is unknown) or its business area (Vård och omsorg). */
export function decisionSubjectName(subject: string, applicationName: (id: number) => string | undefined): string {
  const [kind, value] = subject.split(":");
  if (kind === "application") return applicationName(Number(value)) ?? subject;
  return capitalized(CATEGORY_NAMES[value] ?? value);
}
