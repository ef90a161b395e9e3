import type { EntityManager } from "typeorm";
import type { ApplicationCategory } from "../server/src/applications/entities";
import {
  Competence,
  CompetenceNetwork,
  CompetenceNetworkActivity,
  CompetenceNetworkCollaboration,
  CompetenceNetworkMember,
  NetworkActivityParticipant,
  TrainingActivity,
  TrainingActivityMunicipality,
  TrainingActivityParticipant,
  TrainingPlan,
  TrainingPlanTarget,
  type CompetenceLevel,
  type MeetingCadence,
  type NetworkActivityKind,
} from "../server/src/competence/entities";
import { isYearMonth } from "../server/src/competence/leave";
import { Person } from "../server/src/people/entities";
import { lookup, readOptionalSeedFile, type SeedRefs } from "./refs";

interface SeedCompetenceFile {
  competences: { person: string; application: string; level: CompetenceLevel; since?: string }[];
  plannedLeaves: { person: string; month: string }[];
  networks: {
    name: string;
    category: ApplicationCategory | null;
    collaborations: string[];
    coordinator: string;
    members: string[];
    meetingCadence?: MeetingCadence;
    startedOn: string;
    description?: string;
    activities: { on: string; kind: NetworkActivityKind; title: string; participants?: string[]; note?: string }[];
  }[];
  trainingPlans: {
    name: string;
    /** "IT_STAFF", or the collaboration's name, or a usage as "code:application". */
    target: "IT_STAFF" | { collaboration: string } | { usage: string };
    owner?: string;
    targetGroups: string[];
    reviewedOn: string;
    description?: string;
    activities: {
      heldOn: string;
      title: string;
      audience?: string;
      costSek?: number;
      /** Municipality code → participants from it (at least its named participants). */
      municipalities: Record<string, number>;
      participants?: string[];
      note?: string;
    }[];
  }[];
}

/** Competence networks, competences, planned leave and training plans from `competence.json` (after the people). */
export async function writeCompetence(em: EntityManager, refs: SeedRefs): Promise<void> {
  const seed = readOptionalSeedFile<SeedCompetenceFile>(refs.dir, "competence.json");
  if (!seed) return;
  const person = (name: string) => lookup(refs.people, name, "person");

  for (const c of seed.competences) {
    await em.insert(Competence, { personId: person(c.person).id, applicationId: lookup(refs.applications, c.application, "application").id, level: c.level, since: c.since ?? null });
  }
  for (const leave of seed.plannedLeaves) {
    if (!isYearMonth(leave.month)) throw new Error(`Seed planned leave "${leave.month}" of ${leave.person} is not YYYY-MM.`);
    await em.update(Person, { id: person(leave.person).id }, { plannedLeaveMonth: leave.month });
  }

  for (const n of seed.networks) {
    const coordinator = person(n.coordinator);
    const network = await em.save(
      Object.assign(new CompetenceNetwork(), {
        name: n.name,
        category: n.category,
        coordinatorId: coordinator.id,
        meetingCadence: n.meetingCadence ?? null,
        startedOn: n.startedOn,
        description: n.description ?? null,
      }),
    );
    for (const name of n.collaborations) {
      await em.insert(CompetenceNetworkCollaboration, { networkId: network.id, collaborationId: lookup(refs.collaborations, name, "collaboration").id });
    }
    for (const name of [n.coordinator, ...n.members]) {
      await em.insert(CompetenceNetworkMember, { networkId: network.id, personId: person(name).id, joinedOn: n.startedOn, leftOn: null });
    }
    for (const a of n.activities) {
      const activity = await em.save(Object.assign(new CompetenceNetworkActivity(), { networkId: network.id, occurredOn: a.on, kind: a.kind, title: a.title, note: a.note ?? null }));
      for (const name of a.participants ?? []) await em.insert(NetworkActivityParticipant, { activityId: activity.id, personId: person(name).id });
    }
  }

  for (const p of seed.trainingPlans) {
    const target = p.target;
    const plan = await em.save(
      Object.assign(new TrainingPlan(), {
        name: p.name,
        target: target === "IT_STAFF" ? TrainingPlanTarget.IT_STAFF : "usage" in target ? TrainingPlanTarget.APPLICATION_USAGE : TrainingPlanTarget.COLLABORATION,
        applicationUsageId: typeof target === "object" && "usage" in target ? lookup(refs.usages, target.usage, "usage").id : null,
        collaborationId: typeof target === "object" && "collaboration" in target ? lookup(refs.collaborations, target.collaboration, "collaboration").id : null,
        ownerId: p.owner ? person(p.owner).id : null,
        targetGroupsJson: JSON.stringify(p.targetGroups),
        createdOn: p.reviewedOn,
        reviewedOn: p.reviewedOn,
        description: p.description ?? null,
      }),
    );
    for (const a of p.activities) {
      const activity = await em.save(
        Object.assign(new TrainingActivity(), {
          planId: plan.id,
          heldOn: a.heldOn,
          title: a.title,
          audience: a.audience ?? null,
          costOre: a.costSek === undefined ? null : a.costSek * 100,
          note: a.note ?? null,
        }),
      );
      const named = (a.participants ?? []).map(person);
      for (const [code, count] of Object.entries(a.municipalities)) {
        const municipality = lookup(refs.municipalities, code, "municipality");
        const namedHere = named.filter((n) => n.municipalityId === municipality.id).length;
        if (count < namedHere) throw new Error(`Seed activity "${a.title}": ${code} has ${namedHere} named participants but a count of ${count}.`);
        await em.insert(TrainingActivityMunicipality, { activityId: activity.id, municipalityId: municipality.id, participantCount: count });
      }
      for (const n of named) {
        if (!Object.keys(a.municipalities).some((code) => refs.municipalities.get(code)?.id === n.municipalityId)) {
          throw new Error(`Seed activity "${a.title}": ${n.name} works for a municipality not taking part.`);
        }
        await em.insert(TrainingActivityParticipant, { activityId: activity.id, personId: n.id });
      }
    }
  }
}
