import { assertCanEditShared } from "../access/viewer";
import type { LocalDate } from "../common/dates";
import type { EvaluationSource } from "../evaluations/evaluation";
import type { MutationScope } from "../core/mutation";
import { UserErrorCode } from "../core/user-error";
import { DecisionStatus } from "./decisions";
import { DecisionEffect, RecommendationDecision } from "./entities";
import { costRose, type EffectMeasures, followUpDates, type FollowUpPoint, measureEffects } from "./follow-up";
import type { DecisionEffectsRecordInput } from "./inputs";
import { loadRecommendationFacts } from "./load-facts";

/** The measures of a decision's subject and participants on `date`, from the facts then. */
export async function measuresOn(source: EvaluationSource, decision: RecommendationDecision, date: LocalDate): Promise<EffectMeasures> {
  const facts = await loadRecommendationFacts(source, date);
  return measureEffects(facts, decision.subject, JSON.parse(decision.participantIds) as number[]);
}

/** The follow-up of a decision: its measures at +12 and +24 months, for the dates that have come by `today`. */
export async function followUp(source: EvaluationSource, decision: RecommendationDecision, today: LocalDate): Promise<{ baseline: EffectMeasures; points: FollowUpPoint[] }> {
  const baseline = await measuresOn(source, decision, decision.decidedOn);
  const points: FollowUpPoint[] = [];
  for (const { monthsAfter, date } of followUpDates(decision.decidedOn)) {
    const reached = date <= today;
    const measures = reached ? await measuresOn(source, decision, date) : null;
    points.push({ monthsAfter, date, reached, measures, costRose: measures ? costRose(baseline, measures) : null });
  }
  return { baseline, points };
}

export async function recordEffects(s: MutationScope, input: DecisionEffectsRecordInput): Promise<DecisionEffect | null> {
  const decision = await s.find("decisionId", input.decisionId, RecommendationDecision);
  if (!decision) return null;
  assertCanEditShared(s.ctx.viewer, JSON.parse(decision.participantIds) as number[]);
  if (decision.status !== DecisionStatus.ACCEPTED) s.fail("decisionId", UserErrorCode.INVALID, "Förväntade effekter registreras bara för ett godkänt beslut.");
  else if (await s.em.getRepository(DecisionEffect).findOneBy({ decisionId: decision.id })) s.fail("decisionId", UserErrorCode.CONFLICT, "Beslutet har redan förväntade effekter.");
  const effect = Object.assign(new DecisionEffect(), {
    decisionId: decision.id,
    expectedCostPerInhabitantOre: s.integer("expectedCostPerInhabitantOre", input.expectedCostPerInhabitantOre, 0, 10_000_000),
    expectedLevel: s.integer("expectedLevel", input.expectedLevel, 0, 100),
    expectedCompetenceRiskScore: s.integer("expectedCompetenceRiskScore", input.expectedCompetenceRiskScore, 0, 100),
    expectedProductCount: s.integer("expectedProductCount", input.expectedProductCount, 0, 1000),
    note: s.text("note", input.note, { max: 5000 }),
    recordedOn: s.ctx.today,
    recordedBy: s.ctx.viewer?.tokenName ?? "system",
  });
  return s.failed ? null : s.save(effect, null);
}
