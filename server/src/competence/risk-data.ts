import { Role } from "../access/roles";
import type { Viewer } from "../access/viewer";
import { addMonths } from "../common/dates";
import type { Evaluation } from "../evaluations/evaluation";
import type { FactsOn } from "../history/reader";
import { CompetenceLevel } from "./entities";
import { hasLeft } from "./leave";
import { assessCompetenceRisk, TRAINING_WINDOW_MONTHS, type RiskAssessment, type RiskInput } from "./risk";

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

/** Whose planned leave counts: everyone's (as admins, the governance rules and the recommendations judge), or that of one municipality's people (the viewer's; null: nobody's). */
export type LeaveView = "ALL" | { municipalityId: number | null };

/** The leave a viewer may count: admins everyone's, others their own municipality's people's. */
export function leaveViewOf(viewer: Viewer | null): LeaveView {
  return viewer?.role === Role.ADMIN ? "ALL" : { municipalityId: viewer?.municipalityId ?? null };
}

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
    people: input.people.map((p) => (p.plannedLeaveMonth === null || hasLeft(p.plannedLeaveMonth, input.asOf) || leave.municipalityId === p.municipalityId ? p : { ...p, plannedLeaveMonth: null })),
  };
}

/** Competence risk (kompetensrisk) on a date over a horizon, with the planned leave one view may count. */
export const competenceRisk: Evaluation<CompetenceRiskParams, RiskInput, RiskAssessment[]> = {
  name: "competence-risk",
  key: ({ horizonMonths, leave }) => `${horizonMonths}:${leave === "ALL" ? "all" : `municipality ${leave.municipalityId ?? "none"}`}`,
  read: (source, date, { horizonMonths }) => loadRiskInput(source.facts(date), horizonMonths),
  evaluate: (input, { leave }) => assessCompetenceRisk(withVisibleLeave(input, leave)),
};
