import type { Evaluation, EvaluationSource } from "../evaluations/evaluation";
import { costKeyOf } from "../agreements/cost-split";
import { isInUsePhase } from "../applications/lifecycle";
import { groupBy } from "../common/collections";
import { compareNames } from "../common/names";
import type { LocalDate } from "../common/dates";
import { DecisionStatus } from "../recommendations/decisions";
import { candidates } from "../recommendations/service";
import { RoleKind } from "../roles/rules";
import { buildPlan, DEFAULT_BUDGET_DECISION_MONTH, type Plan, type PlanAgreement, type PlanDecision, type PlanInput } from "./plan";

/** The plan's input cannot be made (an unknown body, a period the wrong way round). */
export class PlanInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Everything the plan of `bodyId` for `period` reads, as it stood on `asOf`: the accepted decisions
 * whose candidates concern the body's members, through the recommendations' evaluation (itself read
 * through the fact reader), the costs entered on them, the budget calendars, the agreements with
 * their cost keys, the freezes and the roles. The one place that turns stored rows into a PlanInput.
 */
export async function loadPlanInput(source: EvaluationSource, asOf: LocalDate, params: PlanParams): Promise<PlanInput> {
  const { bodyId, from, to } = params;
  const period = { from, to };
  if (period.to < period.from) throw new PlanInputError("to", "Periodens sista dag ligger före dess första.");
  // Every read goes through the reader (tracked, so a write to what it read makes the plan anew).
  const facts = source.facts(asOf);
  const [bodies, memberships, calendars, costRows, evaluation, agreements, schedules, roles, people, itUnits, collaborations] = await Promise.all([
    facts.collaborationBodies(),
    facts.memberships(),
    facts.budgetCalendars(),
    facts.decisionCosts(),
    source.ask(candidates, asOf, undefined),
    facts.agreements(),
    facts.schedules(),
    facts.roles(),
    facts.people(),
    facts.itUnits(),
    facts.collaborations(),
  ]);
  const body = bodies.get(bodyId);
  if (!body) throw new PlanInputError("body", "Inget samverkansorgan har detta ID.");
  const memberSet = new Set(memberships.filter((m) => m.collaborationBodyId === bodyId).map((m) => m.municipalityId));
  const accepted = evaluation.candidates.filter((c) => c.decision?.status === DecisionStatus.ACCEPTED && c.participantIds.some((m) => memberSet.has(m)));
  const costsOf = groupBy(costRows, (c) => c.decisionId);
  const monthOf = new Map(calendars.map((c) => [c.municipalityId, c.decisionMonth]));
  const recommendationFacts = evaluation.facts;

  const decisions: PlanDecision[] = accepted.map((c) => {
    const row = evaluation.decisions.get(c.decision!.id)!;
    const applicationIds = new Set(c.applicationIds);
    const participants = new Set(c.participantIds);
    return {
      id: row.id,
      decidedOn: row.decidedOn,
      reason: row.reason,
      summary: row.summary,
      costs: (costsOf.get(row.id) ?? []).map((r) => ({ kind: r.kind, amountOre: Number(r.amountOre), note: r.note })),
      candidate: {
        key: c.key,
        kind: c.kind,
        category: c.category,
        participantIds: c.participantIds,
        proposedApplicationId: c.proposedApplicationId,
        applicationIds: c.applicationIds,
        collaborationId: c.collaborationId,
        currentLevel: c.currentLevel,
        targetLevel: c.targetLevel,
        leadMonths: c.window.leadMonths,
        usages: recommendationFacts.usages
          .filter((u) => participants.has(u.municipalityId) && applicationIds.has(u.applicationId) && isInUsePhase(u.phase))
          .map((u) => ({ municipalityId: u.municipalityId, applicationId: u.applicationId, annualCostSek: u.annualCostSek })),
      },
    };
  });

  const personName = (id: number) => (people.get(id) as { name?: string } | undefined)?.name ?? `person ${id}`;
  const ownersOf = groupBy(
    roles.filter((r) => r.kind === RoleKind.SYSTEMAGARE && r.collaborationId !== null),
    (r) => r.collaborationId!,
  );
  const planAgreements: PlanAgreement[] = agreements.map((a) => ({
    id: a.agreement.id,
    name: a.agreement.name,
    referenceNumber: a.agreement.referenceNumber ?? null,
    applicationIds: a.applicationIds,
    collaborationIds: a.collaborationIds,
    partyMunicipalityIds: [...new Set([...a.municipalityIds, ...a.itUnitIds.flatMap((id) => itUnits.get(id)?.municipalityId ?? [])])],
    kind: a.agreement.kind,
    annualCostOre: a.agreement.annualCostSek === null ? null : Number(a.agreement.annualCostSek) * 100,
    costKey: costKeyOf(a.agreement),
    shares: a.shares,
    currentTermEnd: schedules.get(a.agreement.id)!.currentTermEnd,
  }));
  return {
    asOf,
    body: { id: body.id, name: body.name, shortName: body.shortName },
    period,
    windowDays: recommendationFacts.settings.transitionWindowDays,
    municipalities: recommendationFacts.municipalities.map((m) => ({
      id: m.id,
      name: m.name,
      code: m.code,
      population: m.population,
      budgetDecisionMonth: monthOf.get(m.id) ?? DEFAULT_BUDGET_DECISION_MONTH,
    })),
    applications: new Map(recommendationFacts.applications.map((a) => [a.id, a.name])),
    levels: new Map(recommendationFacts.levels.map((l) => [l.ordinal, l.name])),
    collaborations: new Map(
      [...collaborations.values()].map((c) => [
        c.id,
        {
          name: c.name,
          operator: c.operatorItUnitId === null ? null : (itUnits.get(c.operatorItUnitId)?.name ?? null),
          systemOwners: (ownersOf.get(c.id) ?? []).map((r) => personName(r.personId)).sort(compareNames),
        },
      ]),
    ),
    agreements: planAgreements.filter((a) => schedules.has(a.id)),
    freezes: recommendationFacts.freezes.map((f) => ({ municipalityId: f.municipalityId, name: f.name, category: f.category, rule: f.rule })),
    decisions,
  };
}

export interface PlanParams {
  bodyId: number;
  from: LocalDate;
  to: LocalDate;
}

/** The implementation plan of a body for a period on a date: read through the fact reader and the candidates, judged by `buildPlan`. */
export const implementationPlanEvaluation: Evaluation<PlanParams, PlanInput, Plan> = {
  name: "implementationPlan",
  key: (p) => `${p.bodyId}|${p.from}|${p.to}`,
  read: (source, date, params) => loadPlanInput(source, date, params),
  evaluate: (input) => buildPlan(input),
};
