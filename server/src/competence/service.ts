/**
 * Competence mutations. Who may change what (besides admins, who may change everything):
 * - a person's competences and planned leave: editors of the person's municipality;
 * - a competence network's name, area, cadence, collaborations and coordinator: editors of the
 *   coordinator's municipality (the coordinating municipality runs the network); creating one:
 *   editors of the coordinator-to-be's municipality;
 * - a network's members: as above, and editors of the member's own municipality (a municipality
 *   enrols and withdraws its own people);
 * - a network's activity log: editors of the coordinator's municipality or of any current member's;
 * - a training plan and its activities: editors of the usage's municipality (usage plans), of a
 *   participating municipality (collaboration plans); the joint plan for IT staff serves every
 *   municipality and is changed by admins (IT-chefsgruppen) only.
 */
import { In } from "typeorm";
import { assertCanEditMunicipality, assertCanEditShared, canEditMunicipality, forbidden, isAdmin } from "../access/viewer";
import { Application, ApplicationUsage } from "../applications/entities";
import { snapshot } from "../audit/diff";
import { Collaboration, CollaborationParticipant } from "../collaborations/entities";
import { participatesOn } from "../collaborations/rules";
import type { LocalDate } from "../common/dates";
import { decodeIdOf } from "../core/global-id";
import type { MutationScope } from "../core/mutation";
import type { Node } from "../core/node";
import { UserErrorCode } from "../core/user-error";
import { Municipality } from "../municipalities/entities";
import { Person } from "../people/entities";
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
} from "./entities";
import type {
  CompetenceNetworkActivityAddInput,
  CompetenceNetworkCreateInput,
  CompetenceNetworkMemberAddInput,
  CompetenceNetworkMemberRemoveInput,
  CompetenceNetworkUpdateInput,
  CompetenceRemoveInput,
  CompetenceSetInput,
  PersonPlannedLeaveSetInput,
  TrainingActivityAddInput,
  TrainingActivityMunicipalityInput,
  TrainingActivityRemoveInput,
  TrainingActivityUpdateInput,
  TrainingPlanCreateInput,
  TrainingPlanUpdateInput,
} from "./inputs";
import { addDays, addMonths } from "../common/dates";
import { endFacts, recordFacts } from "../history/record";
import { COMPETENCE_FACTS, PLANNED_LEAVE_FACTS, TRAINING_PLAN_FACTS } from "../history/subjects";
import { isYearMonth } from "./leave";

const MAX_TARGET_GROUPS = 20;
const MAX_PARTICIPANTS = 100_000;
/** The cost column is a 32-bit integer on PostgreSQL: 20 million SEK is far above any training. */
const MAX_COST_ORE = 2_000_000_000;
const EARLIEST_ACTIVITY: LocalDate = "2000-01-01";
const PLANNING_MONTHS = 60;

// ---- helpers ----

/**
 * Brings the rows of a child table in line with `desired` (keyed by `key`): keeps matching rows
 * (updating them with `update` when it changes them), creates missing ones, deletes the rest.
 */
async function syncRows<T extends Node, D>(
  s: MutationScope,
  existing: T[],
  desired: D[],
  key: { ofRow: (row: T) => number; ofDesired: (d: D) => number },
  create: (d: D) => T,
  update?: (row: T, d: D) => void,
): Promise<void> {
  const wanted = new Map(desired.map((d) => [key.ofDesired(d), d]));
  for (const row of existing) {
    const d = wanted.get(key.ofRow(row));
    if (d === undefined) {
      await s.remove(row);
      continue;
    }
    wanted.delete(key.ofRow(row));
    if (update) {
      const before = snapshot(row);
      update(row, d);
      await s.save(row, before);
    }
  }
  for (const d of wanted.values()) await s.save(create(d), null);
}

async function currentParticipantIds(s: MutationScope, collaborationId: number, on: LocalDate): Promise<number[]> {
  const all = await s.em.findBy(CollaborationParticipant, { collaborationId });
  return all.filter((p) => participatesOn(p, on)).map((p) => p.municipalityId);
}

// ---- competence networks ----

async function checkNetworkName(s: MutationScope, name: string | null, exceptId?: number): Promise<void> {
  if (!name) return;
  const qb = s.em.getRepository(CompetenceNetwork).createQueryBuilder("n").where("LOWER(n.name) = :name", { name: name.toLowerCase() });
  if (exceptId) qb.andWhere("n.id <> :id", { id: exceptId });
  if (await qb.getExists()) s.fail("name", UserErrorCode.DUPLICATE, "Det finns redan ett kompetensnätverk med det namnet.");
}

async function coordinatorOf(s: MutationScope, network: CompetenceNetwork): Promise<Person> {
  return s.em.findOneByOrFail(Person, { id: network.coordinatorId });
}

async function currentMembers(s: MutationScope, networkId: number): Promise<CompetenceNetworkMember[]> {
  return (await s.em.findBy(CompetenceNetworkMember, { networkId })).filter((m) => participatesOn(m, s.ctx.today));
}

async function syncNetworkCollaborations(s: MutationScope, networkId: number, collaborations: Collaboration[]): Promise<void> {
  await syncRows(s, await s.em.findBy(CompetenceNetworkCollaboration, { networkId }), collaborations, { ofRow: (l) => l.collaborationId, ofDesired: (c) => c.id }, (c) =>
    Object.assign(new CompetenceNetworkCollaboration(), { networkId, collaborationId: c.id }),
  );
}

export async function createNetwork(s: MutationScope, input: CompetenceNetworkCreateInput): Promise<CompetenceNetwork | null> {
  const name = s.text("name", input.name, { required: true, max: 200 });
  const description = s.text("description", input.description, { max: 5000 });
  const startedOn = s.pastDate("startedOn", input.startedOn) ?? s.ctx.today;
  const coordinator = await s.find("coordinatorId", input.coordinatorId, Person);
  const collaborations = await s.findAll("collaborationIds", input.collaborationIds, Collaboration);
  const members = await s.findAll("memberIds", input.memberIds, Person);
  await checkNetworkName(s, name);
  if (!coordinator) return null;
  assertCanEditMunicipality(s.ctx.viewer, coordinator.municipalityId);
  if (s.failed) return null;
  const network = await s.save(
    Object.assign(new CompetenceNetwork(), {
      name: name!,
      category: input.category ?? null,
      coordinatorId: coordinator.id,
      meetingCadence: input.meetingCadence ?? null,
      startedOn,
      description,
    }),
    null,
  );
  await syncNetworkCollaborations(s, network.id, collaborations);
  for (const person of [coordinator, ...members.filter((m) => m.id !== coordinator.id)]) {
    await s.save(Object.assign(new CompetenceNetworkMember(), { networkId: network.id, personId: person.id, joinedOn: startedOn, leftOn: null }), null);
  }
  return network;
}

export async function updateNetwork(s: MutationScope, input: CompetenceNetworkUpdateInput): Promise<CompetenceNetwork | null> {
  const network = await s.find("id", input.id, CompetenceNetwork);
  if (!network) return null;
  assertCanEditMunicipality(s.ctx.viewer, (await coordinatorOf(s, network)).municipalityId);
  const before = snapshot(network);
  if (input.name !== undefined) {
    network.name = s.text("name", input.name, { required: true, max: 200 })!;
    await checkNetworkName(s, network.name, network.id);
  }
  if (input.description !== undefined) network.description = s.text("description", input.description, { max: 5000 });
  if (input.category !== undefined) network.category = input.category;
  if (input.meetingCadence !== undefined) network.meetingCadence = input.meetingCadence;
  if (input.coordinatorId === null) s.fail("coordinatorId", UserErrorCode.REQUIRED, "Ett nätverk måste ha en samordnare.");
  if (input.coordinatorId) {
    const coordinator = await s.find("coordinatorId", input.coordinatorId, Person);
    if (coordinator && !(await currentMembers(s, network.id)).some((m) => m.personId === coordinator.id)) {
      s.fail("coordinatorId", UserErrorCode.CONFLICT, "Den nya samordnaren måste vara medlem i nätverket nu.");
    }
    if (coordinator) network.coordinatorId = coordinator.id;
  }
  const collaborations = input.collaborationIds === undefined ? undefined : await s.findAll("collaborationIds", input.collaborationIds, Collaboration);
  if (s.failed) return null;
  if (collaborations) await syncNetworkCollaborations(s, network.id, collaborations);
  return s.save(network, before);
}

export async function addNetworkMember(s: MutationScope, input: CompetenceNetworkMemberAddInput): Promise<CompetenceNetwork | null> {
  const network = await s.find("networkId", input.networkId, CompetenceNetwork);
  const person = await s.find("personId", input.personId, Person);
  const joinedOn = s.pastDate("joinedOn", input.joinedOn) ?? s.ctx.today;
  if (!network || !person) return null;
  const coordinator = await coordinatorOf(s, network);
  if (!canEditMunicipality(s.ctx.viewer, coordinator.municipalityId) && !canEditMunicipality(s.ctx.viewer, person.municipalityId)) {
    throw forbidden("Din token får bara lägga till medlemmar från sin egen kommun eller i nätverk som dess kommun samordnar.");
  }
  const memberships = await s.em.findBy(CompetenceNetworkMember, { networkId: network.id, personId: person.id });
  if (memberships.some((m) => m.leftOn === null || m.leftOn >= joinedOn)) s.fail("personId", UserErrorCode.CONFLICT, "Personen är redan medlem det datumet.");
  if (s.failed) return null;
  await s.save(Object.assign(new CompetenceNetworkMember(), { networkId: network.id, personId: person.id, joinedOn, leftOn: null }), null);
  return network;
}

export async function removeNetworkMember(s: MutationScope, input: CompetenceNetworkMemberRemoveInput): Promise<CompetenceNetwork | null> {
  const network = await s.find("networkId", input.networkId, CompetenceNetwork);
  const person = await s.find("personId", input.personId, Person);
  const leftOn = s.pastDate("leftOn", input.leftOn) ?? s.ctx.today;
  if (!network || !person) return null;
  const coordinator = await coordinatorOf(s, network);
  if (!canEditMunicipality(s.ctx.viewer, coordinator.municipalityId) && !canEditMunicipality(s.ctx.viewer, person.municipalityId)) {
    throw forbidden("Din token får bara ta bort medlemmar från sin egen kommun eller ur nätverk som dess kommun samordnar.");
  }
  const open = (await s.em.findBy(CompetenceNetworkMember, { networkId: network.id, personId: person.id })).find((m) => m.leftOn === null);
  if (!open) s.fail("personId", UserErrorCode.CONFLICT, "Personen är inte medlem.");
  else if (leftOn < open.joinedOn) s.fail("leftOn", UserErrorCode.DATE_ORDER, `Medlemskapet började ${open.joinedOn}; det kan inte upphöra före det.`);
  if (person.id === network.coordinatorId) s.fail("personId", UserErrorCode.CONFLICT, "Samordnaren kan inte lämna nätverket; utse en annan samordnare först.");
  if (s.failed || !open) return null;
  const before = snapshot(open);
  open.leftOn = leftOn;
  await s.save(open, before);
  return network;
}

export async function addNetworkActivity(s: MutationScope, input: CompetenceNetworkActivityAddInput): Promise<CompetenceNetworkActivity | null> {
  const network = await s.find("networkId", input.networkId, CompetenceNetwork);
  const occurredOn = s.pastDate("occurredOn", input.occurredOn);
  const title = s.text("title", input.title, { required: true, max: 200 });
  const note = s.text("note", input.note, { max: 5000 });
  const participants = await s.findAll("participantIds", input.participantIds, Person);
  if (!network) return null;
  const members = await currentMembers(s, network.id);
  const memberMunicipalities = members.length ? (await s.em.findBy(Person, { id: In(members.map((m) => m.personId)) })).map((p) => p.municipalityId) : [];
  assertCanEditShared(s.ctx.viewer, [(await coordinatorOf(s, network)).municipalityId, ...memberMunicipalities]);
  if (network.startedOn && occurredOn && occurredOn < network.startedOn) {
    s.fail("occurredOn", UserErrorCode.DATE_ORDER, `Nätverket startade ${network.startedOn}; dess logg kan inte börja tidigare.`);
  }
  if (s.failed) return null;
  const activity = await s.save(Object.assign(new CompetenceNetworkActivity(), { networkId: network.id, occurredOn: occurredOn!, kind: input.kind, title: title!, note }), null);
  for (const person of participants) await s.save(Object.assign(new NetworkActivityParticipant(), { activityId: activity.id, personId: person.id }), null);
  return activity;
}

// ---- competences and planned leave ----

export async function setCompetence(s: MutationScope, input: CompetenceSetInput): Promise<Competence | null> {
  const person = await s.find("personId", input.personId, Person);
  const application = await s.find("applicationId", input.applicationId, Application);
  const since = s.pastDate("since", input.since);
  if (!person || !application) return null;
  assertCanEditMunicipality(s.ctx.viewer, person.municipalityId);
  if (s.failed) return null;
  const on = s.effectiveFrom("effectiveFrom", input.effectiveFrom, input.correctionReason);
  if (s.failed) return null;
  const existing = await s.em.findOneBy(Competence, { personId: person.id, applicationId: application.id });
  const competence = existing ?? Object.assign(new Competence(), { personId: person.id, applicationId: application.id, since: null, level: input.level });
  const before = existing ? snapshot(existing) : null;
  const changes: Partial<Competence> = { level: input.level };
  if (input.since !== undefined) changes.since = since;
  return recordFacts(s, COMPETENCE_FACTS, existing ? competence : Object.assign(competence, changes), existing ? changes : {}, on, before);
}

export async function removeCompetence(s: MutationScope, input: CompetenceRemoveInput): Promise<Person | null> {
  const person = await s.find("personId", input.personId, Person);
  const application = await s.find("applicationId", input.applicationId, Application);
  if (!person || !application) return null;
  assertCanEditMunicipality(s.ctx.viewer, person.municipalityId);
  const competence = await s.em.findOneBy(Competence, { personId: person.id, applicationId: application.id });
  if (!competence) s.fail("applicationId", UserErrorCode.CONFLICT, "Personen har ingen registrerad kompetens på denna applikation.");
  if (s.failed || !competence) return null;
  // The versions stay: answers for dates before today still count the competence.
  await endFacts(s, COMPETENCE_FACTS, competence.id, addDays(s.ctx.today, -1));
  await s.remove(competence);
  return person;
}

export async function setPlannedLeave(s: MutationScope, input: PersonPlannedLeaveSetInput): Promise<Person | null> {
  const person = await s.find("personId", input.personId, Person);
  const month = input.plannedLeave?.trim() || null;
  if (month !== null && !isYearMonth(month)) s.fail("plannedLeave", UserErrorCode.INVALID, "Inte ett år och en månad (ÅÅÅÅ-MM).");
  else if (month !== null && (month < "2000-01" || month > "2099-12")) s.fail("plannedLeave", UserErrorCode.OUT_OF_RANGE, "Året måste ligga mellan 2000 och 2099.");
  if (!person) return null;
  assertCanEditMunicipality(s.ctx.viewer, person.municipalityId);
  if (s.failed) return null;
  const before = snapshot(person);
  return recordFacts(s, PLANNED_LEAVE_FACTS, person, { plannedLeaveMonth: month }, s.ctx.today, before);
}

// ---- training plans ----

/** What a plan is for, loaded, once the caller's right to change it has been checked. */
interface PlanScope {
  usage: ApplicationUsage | null;
  collaboration: Collaboration | null;
}

async function assertCanEditPlanTarget(s: MutationScope, scope: PlanScope): Promise<void> {
  if (scope.usage) assertCanEditMunicipality(s.ctx.viewer, scope.usage.municipalityId);
  else if (scope.collaboration) assertCanEditShared(s.ctx.viewer, await currentParticipantIds(s, scope.collaboration.id, s.ctx.today));
  else if (!isAdmin(s.ctx.viewer)) throw forbidden("Den gemensamma utbildningsplanen för IT-personal gäller alla kommuner: administratörer (IT-chefsgruppen) ändrar den.");
}

async function loadPlanScope(s: MutationScope, plan: TrainingPlan): Promise<PlanScope> {
  return {
    usage: plan.applicationUsageId === null ? null : await s.em.findOneByOrFail(ApplicationUsage, { id: plan.applicationUsageId }),
    collaboration: plan.collaborationId === null ? null : await s.em.findOneByOrFail(Collaboration, { id: plan.collaborationId }),
  };
}

function targetGroups(s: MutationScope, values: readonly string[] | null | undefined): string[] {
  const groups: string[] = [];
  if ((values?.length ?? 0) > MAX_TARGET_GROUPS) s.fail("targetGroups", UserErrorCode.OUT_OF_RANGE, `Högst ${MAX_TARGET_GROUPS} målgrupper.`);
  for (const [i, value] of (values ?? []).entries()) {
    const group = s.text(`targetGroups.${i}`, value, { required: true, max: 100 });
    if (!group) continue;
    if (groups.some((g) => g.toLowerCase() === group.toLowerCase())) s.fail(`targetGroups.${i}`, UserErrorCode.DUPLICATE, "Målgruppen står två gånger i listan.");
    else groups.push(group);
  }
  return groups;
}

/** The owner of a usage's plan works for its municipality; of a collaboration's plan, for a participant. */
async function checkOwner(s: MutationScope, owner: Person | null, scope: PlanScope): Promise<void> {
  if (!owner) return;
  if (scope.usage && owner.municipalityId !== scope.usage.municipalityId) {
    s.fail("ownerId", UserErrorCode.INVALID, "Ägaren av en användnings utbildningsplan måste arbeta i användningens kommun.");
  }
  if (scope.collaboration && !(await currentParticipantIds(s, scope.collaboration.id, s.ctx.today)).includes(owner.municipalityId)) {
    s.fail("ownerId", UserErrorCode.INVALID, "Ägaren av en samverkans utbildningsplan måste arbeta i en deltagande kommun.");
  }
}

export async function createPlan(s: MutationScope, input: TrainingPlanCreateInput): Promise<TrainingPlan | null> {
  const name = s.text("name", input.name, { required: true, max: 200 });
  const description = s.text("description", input.description, { max: 5000 });
  const reviewedOn = s.pastDate("reviewedOn", input.reviewedOn) ?? s.ctx.today;
  const groups = targetGroups(s, input.targetGroups);
  const targets = [input.applicationUsageId, input.collaborationId].filter((t) => t !== null && t !== undefined).length + (input.itStaff ? 1 : 0);
  if (targets !== 1) {
    s.fail(null, UserErrorCode.INVALID, "Ange exakt ett mål: applicationUsageId, collaborationId eller itStaff: true för den gemensamma planen för IT-personal.");
    return null;
  }
  const usage = await s.find("applicationUsageId", input.applicationUsageId, ApplicationUsage);
  const collaboration = await s.find("collaborationId", input.collaborationId, Collaboration);
  const owner = await s.find("ownerId", input.ownerId, Person);
  if (s.failed && !usage && !collaboration && !input.itStaff) return null;
  const scope: PlanScope = { usage, collaboration };
  await assertCanEditPlanTarget(s, scope);
  await checkOwner(s, owner, scope);
  const target = usage ? TrainingPlanTarget.APPLICATION_USAGE : collaboration ? TrainingPlanTarget.COLLABORATION : TrainingPlanTarget.IT_STAFF;
  const where = usage ? { applicationUsageId: usage.id } : collaboration ? { collaborationId: collaboration.id } : { target };
  if (await s.em.existsBy(TrainingPlan, where)) {
    s.fail(usage ? "applicationUsageId" : collaboration ? "collaborationId" : "itStaff", UserErrorCode.DUPLICATE, "Det finns redan en utbildningsplan; uppdatera eller granska den.");
  }
  const createdOn = s.registeredFrom("effectiveFrom", input.effectiveFrom, input.correctionReason);
  if (s.failed) return null;
  return recordFacts(
    s,
    TRAINING_PLAN_FACTS,
    Object.assign(new TrainingPlan(), {
      name: name!,
      target,
      applicationUsageId: usage?.id ?? null,
      collaborationId: collaboration?.id ?? null,
      ownerId: owner?.id ?? null,
      targetGroupsJson: JSON.stringify(groups),
      createdOn,
      reviewedOn,
      description,
    }),
    {},
    createdOn,
    null,
  );
}

export async function updatePlan(s: MutationScope, input: TrainingPlanUpdateInput): Promise<TrainingPlan | null> {
  const plan = await s.find("id", input.id, TrainingPlan);
  if (!plan) return null;
  const scope = await loadPlanScope(s, plan);
  await assertCanEditPlanTarget(s, scope);
  const before = snapshot(plan);
  if (input.name !== undefined) plan.name = s.text("name", input.name, { required: true, max: 200 })!;
  if (input.description !== undefined) plan.description = s.text("description", input.description, { max: 5000 });
  if (input.targetGroups !== undefined) plan.targetGroupsJson = JSON.stringify(targetGroups(s, input.targetGroups));
  if (input.ownerId !== undefined) {
    const owner = await s.find("ownerId", input.ownerId, Person);
    await checkOwner(s, owner, scope);
    plan.ownerId = owner?.id ?? null;
  }
  if (input.reviewedOn === null) s.fail("reviewedOn", UserErrorCode.REQUIRED, "En utbildningsplan behåller datumet för sin senaste granskning.");
  const changes: Partial<TrainingPlan> = {};
  if (input.reviewedOn) {
    const reviewedOn = s.pastDate("reviewedOn", input.reviewedOn);
    if (reviewedOn && reviewedOn < plan.reviewedOn) s.fail("reviewedOn", UserErrorCode.DATE_BEFORE_PREVIOUS, `Planen granskades senast ${plan.reviewedOn}; en granskning kan inte vara tidigare.`);
    if (reviewedOn) changes.reviewedOn = reviewedOn;
  }
  const on = s.recordedFrom(changes.reviewedOn ?? null, input.correctionReason);
  if (s.failed) return null;
  return recordFacts(s, TRAINING_PLAN_FACTS, plan, changes, on, before);
}

// ---- training activities ----

interface ActivityMunicipality {
  municipalityId: number;
  participantCount: number;
}

/**
 * Validates the municipalities taking part and the named participants of an activity, given or
 * kept from `existing`, against the plan's target; returns what the rows should be.
 */
async function activityParticipation(
  s: MutationScope,
  scope: PlanScope,
  heldOn: LocalDate,
  input: { municipalities?: TrainingActivityMunicipalityInput[] | null; participantIds?: string[] | null },
  existing: { municipalities: TrainingActivityMunicipality[]; participants: TrainingActivityParticipant[] } | null,
): Promise<{ municipalities: ActivityMunicipality[]; participants: Person[] }> {
  const participants =
    input.participantIds !== undefined && input.participantIds !== null
      ? await s.findAll("participantIds", input.participantIds, Person)
      : existing?.participants.length
        ? await s.em.findBy(Person, { id: In(existing.participants.map((p) => p.personId)) })
        : [];

  // Requested municipalities with their counts (null: count the named participants); `at` is the
  // input path of a municipality the client listed, null for one kept or defaulted.
  let requested: { at: string | null; municipalityId: number; count: number | null }[] = [];
  if (input.municipalities?.length) {
    for (const [i, m] of input.municipalities.entries()) {
      const municipality = await s.find(`municipalities.${i}.municipalityId`, m.municipalityId, Municipality);
      const count = s.integer(`municipalities.${i}.participantCount`, m.participantCount, 0, MAX_PARTICIPANTS);
      if (!municipality) continue;
      if (requested.some((r) => r.municipalityId === municipality.id)) s.fail(`municipalities.${i}.municipalityId`, UserErrorCode.DUPLICATE, "Kommunen står två gånger i listan.");
      else requested.push({ at: `municipalities.${i}`, municipalityId: municipality.id, count });
    }
  } else if (existing && input.municipalities === undefined) {
    requested = existing.municipalities.map((m) => ({ at: null, municipalityId: m.municipalityId, count: m.participantCount }));
  } else if (scope.usage) {
    requested = [{ at: null, municipalityId: scope.usage.municipalityId, count: null }];
  } else {
    s.fail("municipalities", UserErrorCode.REQUIRED, "Ange de kommuner som deltar.");
  }

  const allowed = scope.usage ? [scope.usage.municipalityId] : scope.collaboration ? await currentParticipantIds(s, scope.collaboration.id, heldOn < s.ctx.today ? heldOn : s.ctx.today) : null;
  for (const r of requested) {
    if (allowed && !allowed.includes(r.municipalityId)) {
      s.fail(
        r.at ? `${r.at}.municipalityId` : "municipalities",
        UserErrorCode.INVALID,
        scope.usage ? "En användnings utbildning hålls bara i dess egen kommun." : "Kommunen deltar inte i samverkan det datumet.",
      );
    }
  }
  for (const person of participants) {
    if (!requested.some((r) => r.municipalityId === person.municipalityId)) {
      const i = input.participantIds?.findIndex((id) => decodeIdOf(id, Person.typeName) === person.id) ?? -1;
      s.fail(i >= 0 ? `participantIds.${i}` : "participantIds", UserErrorCode.INVALID, "Varje namngiven deltagare måste arbeta i en deltagande kommun.");
    }
  }
  const municipalities = requested.map((r) => {
    const named = participants.filter((p) => p.municipalityId === r.municipalityId).length;
    if (r.count !== null && r.count < named) {
      s.fail(r.at ? `${r.at}.participantCount` : "municipalities", UserErrorCode.INVALID, `Minst de ${named} namngivna deltagarna från kommunen.`);
    }
    return { municipalityId: r.municipalityId, participantCount: r.count ?? named };
  });
  return { municipalities, participants };
}

function activityFacts(s: MutationScope, activity: TrainingActivity, input: TrainingActivityAddInput | TrainingActivityUpdateInput): void {
  if (input.heldOn === null) s.fail("heldOn", UserErrorCode.REQUIRED, "En aktivitet har ett datum.");
  if (input.heldOn) {
    if (input.heldOn < EARLIEST_ACTIVITY || input.heldOn > addMonths(s.ctx.today, PLANNING_MONTHS)) {
      s.fail("heldOn", UserErrorCode.OUT_OF_RANGE, `Datumet måste ligga mellan ${EARLIEST_ACTIVITY} och ${addMonths(s.ctx.today, PLANNING_MONTHS)}.`);
    }
    activity.heldOn = input.heldOn;
  }
  if (input.title !== undefined) activity.title = s.text("title", input.title, { required: true, max: 200 })!;
  if (input.audience !== undefined) activity.audience = s.text("audience", input.audience, { max: 200 });
  if (input.costOre !== undefined) activity.costOre = s.integer("costOre", input.costOre, 0, MAX_COST_ORE);
  if (input.note !== undefined) activity.note = s.text("note", input.note, { max: 5000 });
}

async function writeParticipation(s: MutationScope, activityId: number, wanted: { municipalities: ActivityMunicipality[]; participants: Person[] }): Promise<void> {
  await syncRows(
    s,
    await s.em.findBy(TrainingActivityMunicipality, { activityId }),
    wanted.municipalities,
    { ofRow: (r) => r.municipalityId, ofDesired: (d) => d.municipalityId },
    (d) => Object.assign(new TrainingActivityMunicipality(), { activityId, ...d }),
    (row, d) => (row.participantCount = d.participantCount),
  );
  await syncRows(s, await s.em.findBy(TrainingActivityParticipant, { activityId }), wanted.participants, { ofRow: (r) => r.personId, ofDesired: (p) => p.id }, (p) =>
    Object.assign(new TrainingActivityParticipant(), { activityId, personId: p.id }),
  );
}

export async function addActivity(s: MutationScope, input: TrainingActivityAddInput): Promise<TrainingActivity | null> {
  const plan = await s.find("planId", input.planId, TrainingPlan);
  const activity = Object.assign(new TrainingActivity(), { audience: null, costOre: null, note: null });
  activityFacts(s, activity, input);
  if (!plan) return null;
  activity.planId = plan.id;
  const scope = await loadPlanScope(s, plan);
  await assertCanEditPlanTarget(s, scope);
  const participation = await activityParticipation(s, scope, input.heldOn, input, null);
  if (s.failed) return null;
  const saved = await s.save(activity, null);
  await writeParticipation(s, saved.id, participation);
  return saved;
}

export async function updateActivity(s: MutationScope, input: TrainingActivityUpdateInput): Promise<TrainingActivity | null> {
  const activity = await s.find("id", input.id, TrainingActivity);
  if (!activity) return null;
  const scope = await loadPlanScope(s, await s.em.findOneByOrFail(TrainingPlan, { id: activity.planId }));
  await assertCanEditPlanTarget(s, scope);
  const before = snapshot(activity);
  activityFacts(s, activity, input);
  const existing = {
    municipalities: await s.em.findBy(TrainingActivityMunicipality, { activityId: activity.id }),
    participants: await s.em.findBy(TrainingActivityParticipant, { activityId: activity.id }),
  };
  const participation = await activityParticipation(s, scope, activity.heldOn, input, existing);
  if (s.failed) return null;
  await writeParticipation(s, activity.id, participation);
  return s.save(activity, before);
}

export async function removeActivity(s: MutationScope, input: TrainingActivityRemoveInput): Promise<TrainingPlan | null> {
  const activity = await s.find("id", input.id, TrainingActivity);
  if (!activity) return null;
  const plan = await s.em.findOneByOrFail(TrainingPlan, { id: activity.planId });
  await assertCanEditPlanTarget(s, await loadPlanScope(s, plan));
  for (const row of await s.em.findBy(TrainingActivityParticipant, { activityId: activity.id })) await s.remove(row);
  for (const row of await s.em.findBy(TrainingActivityMunicipality, { activityId: activity.id })) await s.remove(row);
  await s.remove(activity);
  return plan;
}
