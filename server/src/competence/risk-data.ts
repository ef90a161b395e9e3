import type { DataSource, ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { Application, ApplicationUsage, LifecyclePhase } from "../applications/entities";
import { Collaboration, CollaborationParticipant } from "../collaborations/entities";
import type { LocalDate } from "../common/dates";
import { Municipality } from "../municipalities/entities";
import { Competence, CompetenceLevel, CompetenceNetwork, CompetenceNetworkCollaboration, CompetenceNetworkMember, TrainingActivity, TrainingPlan } from "./entities";
import { addMonths } from "../common/dates";
import { TRAINING_WINDOW_MONTHS, type RiskInput, type RiskPerson } from "./risk";

/**
 * Loads everything the competence-risk assessment needs in a fixed number of statements (11),
 * whatever the size of the data: each table once, in bulk, only the columns used. People come
 * with the specialist and network-member rows that refer to them.
 */
export async function loadRiskInput(db: DataSource, asOf: LocalDate, horizonMonths: number): Promise<RiskInput> {
  const people = new Map<number, RiskPerson>();
  const person = (row: { personId: number; municipalityId: number; plannedLeaveMonth: string | null }) => {
    people.set(row.personId, { id: row.personId, municipalityId: row.municipalityId, plannedLeaveMonth: row.plannedLeaveMonth });
  };
  const withPerson = <T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, alias: string) =>
    qb
      .innerJoin("person", "p", `p.id = ${alias}.person_id`)
      .addSelect("p.id", "personId")
      .addSelect("p.municipality_id", "municipalityId")
      .addSelect("p.planned_leave_month", "plannedLeaveMonth");

  const [municipalities, applications, usages, collaborations, participations, specialistRows, plans, trainings, networks, links, memberRows] = await Promise.all([
    db.getRepository(Municipality).createQueryBuilder("m").select(["m.id", "m.name"]).getMany(),
    db.getRepository(Application).createQueryBuilder("a").select(["a.id", "a.name", "a.category", "a.scope"]).getMany(),
    db
      .getRepository(ApplicationUsage)
      .createQueryBuilder("u")
      .select(["u.id", "u.municipalityId", "u.applicationId", "u.userCount"])
      .where("u.lifecycle_phase = :active", { active: LifecyclePhase.ACTIVE })
      .getMany(),
    db.getRepository(Collaboration).createQueryBuilder("c").select(["c.id", "c.name", "c.applicationId"]).getMany(),
    db.getRepository(CollaborationParticipant).createQueryBuilder("cp").select(["cp.collaborationId", "cp.municipalityId", "cp.joinedOn", "cp.leftOn", "cp.id"]).getMany(),
    withPerson(
      db.getRepository(Competence).createQueryBuilder("c").select("c.application_id", "applicationId").addSelect("c.since", "since").where("c.level = :level", { level: CompetenceLevel.SPECIALIST }),
      "c",
    ).getRawMany<{ applicationId: number; since: string | null; personId: number; municipalityId: number; plannedLeaveMonth: string | null }>(),
    db.getRepository(TrainingPlan).createQueryBuilder("tp").select(["tp.id", "tp.applicationUsageId", "tp.collaborationId", "tp.reviewedOn"]).getMany(),
    db
      .getRepository(TrainingActivity)
      .createQueryBuilder("ta")
      .innerJoin("training_activity_municipality", "tm", "tm.activity_id = ta.id")
      .select("ta.plan_id", "planId")
      .addSelect("ta.held_on", "heldOn")
      .addSelect("tm.municipality_id", "municipalityId")
      .addSelect("tm.participant_count", "participantCount")
      .where("ta.held_on > :from AND ta.held_on <= :asOf", { from: addMonths(asOf, -TRAINING_WINDOW_MONTHS), asOf })
      .getRawMany<{ planId: number; heldOn: string; municipalityId: number; participantCount: number }>(),
    db.getRepository(CompetenceNetwork).createQueryBuilder("n").select(["n.id", "n.category"]).getMany(),
    db.getRepository(CompetenceNetworkCollaboration).createQueryBuilder("l").select(["l.id", "l.networkId", "l.collaborationId"]).getMany(),
    withPerson(
      db.getRepository(CompetenceNetworkMember).createQueryBuilder("nm").select("nm.network_id", "networkId").addSelect("nm.joined_on", "joinedOn").addSelect("nm.left_on", "leftOn"),
      "nm",
    ).getRawMany<{ networkId: number; joinedOn: string; leftOn: string | null; personId: number; municipalityId: number; plannedLeaveMonth: string | null }>(),
  ]);
  specialistRows.forEach(person);
  memberRows.forEach(person);
  const linksByNetwork = new Map<number, number[]>();
  for (const l of links) linksByNetwork.set(l.networkId, [...(linksByNetwork.get(l.networkId) ?? []), l.collaborationId]);

  return {
    asOf,
    horizonMonths,
    municipalities,
    applications,
    usages,
    collaborations,
    participations,
    people: [...people.values()],
    specialists: specialistRows.map((s) => ({ personId: s.personId, applicationId: s.applicationId, since: s.since })),
    plans,
    trainings: trainings.map((t) => ({ ...t, participantCount: Number(t.participantCount) })),
    networks: networks.map((n) => ({ id: n.id, category: n.category, collaborationIds: linksByNetwork.get(n.id) ?? [] })),
    networkMembers: memberRows.map((m) => ({ networkId: m.networkId, personId: m.personId, joinedOn: m.joinedOn, leftOn: m.leftOn })),
  };
}
