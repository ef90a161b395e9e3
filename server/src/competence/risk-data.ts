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

/**
 * Every assessment on `asOf` over `horizonMonths`, with everyone's planned leave counted (as admins
 * see it, and as the governance rules and the recommendations judge): made once per date and horizon
 * for everyone sharing `reads`.
 */
export function assessedRisk(reads: SharedReads, db: DataSource, asOf: LocalDate, horizonMonths: number): Promise<RiskAssessment[]> {
  return reads.get(asOf, `competence-risk:${horizonMonths}:all`, async () => assessCompetenceRisk(await loadRiskInput(factsOn(reads, db, asOf), horizonMonths)));
}
