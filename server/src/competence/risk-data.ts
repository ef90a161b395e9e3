import type { DataSource } from "typeorm";
import { addMonths, type LocalDate } from "../common/dates";
import type { SharedReads } from "../common/shared-reads";
import { factsOn, type FactsOn } from "../history/reader";
import { CompetenceLevel } from "./entities";
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
  return {
    asOf,
    horizonMonths,
    municipalities: [...municipalities.values()].map((m) => ({ id: m.id, name: m.name })),
    applications: [...applications.values()].map((a) => ({ id: a.id, name: a.name, category: a.category, scope: a.scope })),
    usages: usages.map((u) => ({ id: u.id, municipalityId: u.municipalityId, applicationId: u.applicationId, userCount: u.userCount })),
    collaborations: [...collaborations.values()].map((c) => ({ id: c.id, name: c.name, applicationId: c.applicationId })),
    participations: [...participants.values()].flat().map((p) => ({ collaborationId: p.collaborationId, municipalityId: p.municipalityId, joinedOn: p.joinedOn, leftOn: p.leftOn })),
    people: [...personIds].flatMap((id) => {
      const person = people.get(id);
      return person ? [{ id, municipalityId: person.municipalityId, plannedLeaveMonth: person.plannedLeaveMonth }] : [];
    }),
    specialists: specialists.map((s) => ({ personId: s.personId, applicationId: s.applicationId, since: s.since })),
    plans: plans.map((p) => ({ id: p.id, applicationUsageId: p.applicationUsageId, collaborationId: p.collaborationId, reviewedOn: p.reviewedOn })),
    trainings,
    networks: networks.map((n) => ({ id: n.network.id, category: n.network.category, collaborationIds: n.collaborationIds })),
    networkMembers: members.map((m) => ({ networkId: m.networkId, personId: m.personId, joinedOn: m.joinedOn, leftOn: m.leftOn })),
  };
}

/**
 * Every assessment on `asOf` over `horizonMonths`, with everyone's planned leave counted (as admins
 * see it, and as the governance rules and the recommendations judge): made once per date and horizon
 * for everyone sharing `reads`.
 */
export function assessedRisk(reads: SharedReads, db: DataSource, asOf: LocalDate, horizonMonths: number): Promise<RiskAssessment[]> {
  return reads.get(asOf, `competence-risk:${horizonMonths}:all`, async () => assessCompetenceRisk(await loadRiskInput(factsOn(reads, db, asOf), horizonMonths)));
}
