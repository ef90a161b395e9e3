import { addMonths } from "../common/dates";
import { type Evaluation, partitioned } from "../evaluations/evaluation";
import type { FactsOn } from "../history/reader";
import { CompetenceLevel } from "./entities";
import { hasLeft } from "./leave";
import { seesLeaveOf, type LeaveView } from "./privacy";
import {
  compareRanked,
  rankAssessments,
  riskContext,
  TRAINING_WINDOW_MONTHS,
  type RankedAssessment,
  type RiskAssessment,
  type RiskContext,
  type RiskInput,
  type RiskSharedInput,
  type RiskUnitInput,
} from "./risk";

/**
 * The competence-risk assessment's input on the reader's date, from the one reader of facts: usages
 * in use then, competences then, planned leave as recorded then, training plans as they stood then,
 * participations and memberships in force then. A fixed number of statements whatever the data.
 */
export async function loadRiskInput(facts: FactsOn, horizonMonths: number): Promise<RiskInput> {
  const asOf = facts.date;
  const [municipalities, applications, usages, collaborations, participants, people, competences, plans, trainings, networks, members] = await Promise.all([
    facts.municipalities(),
    facts.applications(),
    facts.usagesInUse(),
    facts.collaborations(),
    facts.participants(),
    facts.people(),
    facts.competences(),
    facts.trainingPlans(),
    facts.trainingAttendance(addMonths(asOf, -TRAINING_WINDOW_MONTHS)),
    facts.networks(),
    facts.networkMembers(),
  ]);
  const specialists = competences.filter((c) => c.level === CompetenceLevel.SPECIALIST);
  const personIds = new Set([...specialists.map((s) => s.personId), ...members.map((m) => m.personId)]);
  // The facts themselves (each has the fields the assessment reads), not copies of 300 000 rows.
  return {
    asOf,
    horizonMonths,
    municipalities: [...municipalities.values()],
    applications: [...applications.values()],
    usages,
    collaborations: [...collaborations.values()],
    participations: [...participants.values()].flat(),
    people: [...personIds].flatMap((id) => people.get(id) ?? []),
    specialists,
    plans,
    trainings,
    networks: networks.map((n) => ({ id: n.network.id, category: n.network.category, collaborationIds: n.collaborationIds })),
    networkMembers: members,
  };
}

/** The horizon (months) of competence risk unless a client asks for another. */
export const DEFAULT_HORIZON_MONTHS = 12;

export interface CompetenceRiskParams {
  horizonMonths: number;
  leave: LeaveView;
}

/**
 * Planned leave is personal data: a specialist's coming leave counts in the risk only for viewers
 * who may see that person's leave, so no count or reason reveals it to others (asking with growing
 * horizons would otherwise give the month). Leave already taken (the person has gone) is no secret.
 */
function withVisibleLeave(input: RiskInput, leave: LeaveView): RiskInput {
  if (leave === "ALL") return input;
  return {
    ...input,
    people: input.people.map((p) => (p.plannedLeaveMonth === null || hasLeft(p.plannedLeaveMonth, input.asOf) || seesLeaveOf(leave, p.municipalityId) ? p : { ...p, plannedLeaveMonth: null })),
  };
}

/**
 * The input divided by application: each usage, collaboration, specialist, plan and training
 * concerns one application, and an application's assessments read nothing of another's (people,
 * municipalities and networks are looked up alike by all).
 */
function byApplication(input: RiskInput): { shared: RiskSharedInput; units: Map<string, RiskUnitInput> } {
  const units = new Map<number, RiskUnitInput>();
  const unit = (applicationId: number): RiskUnitInput => {
    let u = units.get(applicationId);
    if (!u) units.set(applicationId, (u = { applications: [], usages: [], collaborations: [], participations: [], specialists: [], plans: [], trainings: [] }));
    return u;
  };
  for (const a of input.applications) unit(a.id).applications.push(a);
  const applicationOfUsage = new Map<number, number>();
  for (const u of input.usages) {
    unit(u.applicationId).usages.push(u);
    applicationOfUsage.set(u.id, u.applicationId);
  }
  const applicationOfCollaboration = new Map<number, number>();
  for (const c of input.collaborations) {
    unit(c.applicationId).collaborations.push(c);
    applicationOfCollaboration.set(c.id, c.applicationId);
  }
  for (const p of input.participations) {
    const applicationId = applicationOfCollaboration.get(p.collaborationId);
    if (applicationId !== undefined) unit(applicationId).participations.push(p);
  }
  for (const s of input.specialists) if (units.has(s.applicationId)) unit(s.applicationId).specialists.push(s);
  const unitsOfPlan = new Map<number, Set<number>>();
  for (const plan of input.plans) {
    const of = new Set<number>();
    if (plan.applicationUsageId !== null && applicationOfUsage.has(plan.applicationUsageId)) of.add(applicationOfUsage.get(plan.applicationUsageId)!);
    if (plan.collaborationId !== null && applicationOfCollaboration.has(plan.collaborationId)) of.add(applicationOfCollaboration.get(plan.collaborationId)!);
    for (const applicationId of of) unit(applicationId).plans.push(plan);
    unitsOfPlan.set(plan.id, of);
  }
  for (const t of input.trainings) for (const applicationId of unitsOfPlan.get(t.planId) ?? []) unit(applicationId).trainings.push(t);
  const { asOf, horizonMonths, municipalities, people, networks, networkMembers } = input;
  return { shared: { asOf, horizonMonths, municipalities, people, networks, networkMembers }, units: new Map([...units].map(([id, u]) => [String(id), u])) };
}

/** Competence risk (kompetensrisk) on a date over a horizon, with the planned leave one view may count; judged per application. */
export const competenceRisk: Evaluation<CompetenceRiskParams, RiskInput, RiskAssessment[]> = partitioned({
  name: "competence-risk",
  key: ({ horizonMonths, leave }: CompetenceRiskParams) => `${horizonMonths}:${leave === "ALL" ? "all" : `municipality ${leave.municipalityId ?? "none"}`}`,
  read: (source, date, { horizonMonths }) => loadRiskInput(source.facts(date), horizonMonths),
  units: {
    split: (input: RiskInput, { leave }: CompetenceRiskParams) => byApplication(withVisibleLeave(input, leave)),
    prepare: riskContext,
    evaluateUnit: (context: RiskContext, unit: RiskUnitInput): RankedAssessment[] => rankAssessments(unit, context),
    order: compareRanked,
    finish: (merged: RankedAssessment[]) => merged.map((k) => k.a),
  },
});
