import { addMonths } from "../common/dates";
import { groupBy } from "../common/collections";
import { changedRows } from "../evaluations/changed-rows";
import { type Evaluation, type Keep, makeNow, partitioned } from "../evaluations/evaluation";
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
 * Each list is kept (`keep`) while the kinds it is made of are the same: after a write only those
 * the write touched are new objects.
 */
export async function loadRiskInput(facts: FactsOn, horizonMonths: number, keep: Keep = makeNow): Promise<RiskInput> {
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
  const specialists = keep("specialists", [competences], () => competences.filter((c) => c.level === CompetenceLevel.SPECIALIST));
  // The facts themselves (each has the fields the assessment reads), not copies of 300 000 rows.
  return {
    asOf,
    horizonMonths,
    municipalities: keep("municipalities", [municipalities], () => [...municipalities.values()]),
    applications: keep("applications", [applications], () => [...applications.values()]),
    usages,
    collaborations: keep("collaborations", [collaborations], () => [...collaborations.values()]),
    participations: keep("participations", [participants], () => [...participants.values()].flat()),
    people: keep("people", [specialists, members, people], () => [...new Set([...specialists.map((s) => s.personId), ...members.map((m) => m.personId)])].flatMap((id) => people.get(id) ?? [])),
    specialists,
    plans,
    trainings,
    networks: keep("networks", [networks], () => networks.map((n) => ({ id: n.network.id, category: n.network.category, collaborationIds: n.collaborationIds }))),
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
 * municipalities and networks are looked up alike by all). Only the usages (and the plans, which
 * follow their usages) are divided anew after every write; the other lists' division is kept while
 * the list is the same (`keep`), so after a usage's write an application's unit is made of the same
 * lists as before but its usages.
 */
function byApplication(input: RiskInput, keep: Keep): { shared: RiskSharedInput; units: Map<string, RiskUnitInput> } {
  const collaborationsOf = keep("collaborationsOf", [input.collaborations], () => groupBy(input.collaborations, (c) => c.applicationId));
  const applicationOfCollaboration = keep("applicationOfCollaboration", [input.collaborations], () => new Map(input.collaborations.map((c) => [c.id, c.applicationId])));
  const participationsOf = keep("participationsOf", [input.participations, applicationOfCollaboration], () =>
    groupBy(
      input.participations.filter((p) => applicationOfCollaboration.has(p.collaborationId)),
      (p) => applicationOfCollaboration.get(p.collaborationId)!,
    ),
  );
  const specialistsOf = keep("specialistsOf", [input.specialists], () => groupBy(input.specialists, (s) => s.applicationId));
  const trainingsOf = keep("trainingsOf", [input.trainings], () => groupBy(input.trainings, (t) => t.planId));
  // A plan concerns the application of its usage (while in use) or of its collaboration.
  const plannedUsages = keep("plannedUsages", [input.plans], () => new Set(input.plans.flatMap((p) => p.applicationUsageId ?? [])));
  // After a write, brought up to date from the usages it changed (found by one walk over the lists) rather than divided anew.
  const { usagesOf, applicationOfUsage } = keep<UsageDivision>("usagesOf", [input.usages, plannedUsages], (earlier) => {
    const changed = earlier?.inputs[1] === plannedUsages ? changedRows(earlier.inputs[0] as RiskInput["usages"], input.usages) : null;
    return changed ? redivided(earlier!.value, changed, plannedUsages) : divided(input.usages, plannedUsages);
  });
  const plansOf = new Map<number, RiskUnitInput["plans"]>();
  for (const plan of input.plans) {
    const of = new Set<number>();
    if (plan.applicationUsageId !== null && applicationOfUsage.has(plan.applicationUsageId)) of.add(applicationOfUsage.get(plan.applicationUsageId)!);
    if (plan.collaborationId !== null && applicationOfCollaboration.has(plan.collaborationId)) of.add(applicationOfCollaboration.get(plan.collaborationId)!);
    for (const applicationId of of) {
      const list = plansOf.get(applicationId);
      if (list) list.push(plan);
      else plansOf.set(applicationId, [plan]);
    }
  }
  // A unit for every application, and for any application something names that the list lacks.
  const ids = new Set([...input.applications.map((a) => a.id), ...usagesOf.keys(), ...collaborationsOf.keys(), ...participationsOf.keys(), ...plansOf.keys()]);
  const applicationsOf = keep("applicationsOf", [input.applications], () => groupBy(input.applications, (a) => a.id));
  const units = new Map<string, RiskUnitInput>();
  for (const id of ids) {
    const plans = plansOf.get(id) ?? [];
    units.set(String(id), {
      applications: applicationsOf.get(id) ?? [],
      usages: usagesOf.get(id) ?? [],
      collaborations: collaborationsOf.get(id) ?? [],
      participations: participationsOf.get(id) ?? [],
      specialists: specialistsOf.get(id) ?? [],
      plans,
      trainings: plans.flatMap((plan) => trainingsOf.get(plan.id) ?? []),
    });
  }
  const { asOf, horizonMonths, municipalities, people, networks, networkMembers } = input;
  return { shared: { asOf, horizonMonths, municipalities, people, networks, networkMembers }, units };
}

/** Usages by application, and the application of each planned usage (the plans follow their usages). */
interface UsageDivision {
  usagesOf: Map<number, RiskUnitInput["usages"]>;
  applicationOfUsage: Map<number, number>;
}

function divided(usages: RiskInput["usages"], planned: ReadonlySet<number>): UsageDivision {
  const usagesOf = groupBy(usages, (u) => u.applicationId);
  const applicationOfUsage = new Map(usages.filter((u) => planned.has(u.id)).map((u) => [u.id, u.applicationId]));
  return { usagesOf, applicationOfUsage };
}

/** `divided` of the usages now, from the division before and the usages that changed since (each list in id order, as a whole division gives it). */
function redivided(earlier: UsageDivision, { removed, added }: { removed: RiskInput["usages"]; added: RiskInput["usages"] }, planned: ReadonlySet<number>): UsageDivision {
  const usagesOf = new Map(earlier.usagesOf);
  const applicationOfUsage = new Map(earlier.applicationOfUsage);
  const gone = new Set(removed);
  const touched = new Set([...removed, ...added].map((u) => u.applicationId));
  for (const u of removed) applicationOfUsage.delete(u.id);
  for (const u of added) if (planned.has(u.id)) applicationOfUsage.set(u.id, u.applicationId);
  for (const applicationId of touched) {
    const list = [...(usagesOf.get(applicationId) ?? []).filter((u) => !gone.has(u)), ...added.filter((u) => u.applicationId === applicationId)].sort((a, b) => a.id - b.id);
    if (list.length > 0) usagesOf.set(applicationId, list);
    else usagesOf.delete(applicationId);
  }
  return { usagesOf, applicationOfUsage };
}

/** Competence risk (kompetensrisk) on a date over a horizon, with the planned leave one view may count; judged per application. */
export const competenceRisk: Evaluation<CompetenceRiskParams, RiskInput, RiskAssessment[]> = partitioned({
  name: "competence-risk",
  key: ({ horizonMonths, leave }: CompetenceRiskParams) => `${horizonMonths}:${leave === "ALL" ? "all" : `municipality ${leave.municipalityId ?? "none"}`}`,
  read: (source, date, { horizonMonths }) => loadRiskInput(source.facts(date), horizonMonths, source.keep),
  units: {
    split: (input: RiskInput, { leave }: CompetenceRiskParams, keep: Keep) => byApplication(withVisibleLeave(input, leave), keep),
    prepare: riskContext,
    evaluateUnit: (context: RiskContext, unit: RiskUnitInput): RankedAssessment[] => rankAssessments(unit, context),
    order: compareRanked,
    finish: (merged: RankedAssessment[]) => merged.map((k) => k.a),
  },
});
