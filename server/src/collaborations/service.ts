import { assertCanEditShared } from "../access/viewer";
import { snapshot } from "../audit/diff";
import type { MutationScope } from "../core/mutation";
import { UserErrorCode } from "../core/user-error";
import { Application } from "../applications/entities";
import { CollaborationBody, ItUnit, Municipality } from "../municipalities/entities";
import { Collaboration, CollaborationLevel, CollaborationParticipant, LevelChange } from "./entities";
import type {
  CollaborationCreateInput,
  CollaborationLevelSetInput,
  CollaborationLevelUpdateInput,
  CollaborationParticipantAddInput,
  CollaborationParticipantRemoveInput,
  CollaborationUpdateInput,
} from "./inputs";
import { checkLevelChange, latestChange, levelOn, levelsBefore, participatesOn } from "./rules";
import { recordFacts } from "../history/record";
import { COLLABORATION_FACTS } from "../history/subjects";
import { publishEvent, WebhookEventType } from "../reminders/events";
import { encodeGlobalId } from "../core/global-id";

async function participantsOn(s: MutationScope, collaborationId: number, on: string): Promise<CollaborationParticipant[]> {
  const all = await s.em.findBy(CollaborationParticipant, { collaborationId });
  return all.filter((p) => participatesOn(p, on));
}

export async function createCollaboration(s: MutationScope, input: CollaborationCreateInput): Promise<Collaboration | null> {
  const name = s.text("name", input.name, { required: true, max: 200 });
  const description = s.text("description", input.description, { max: 5000 });
  const decisionReference = s.text("decisionReference", input.decisionReference, { max: 100 });
  const startedOn = s.registeredFrom("startedOn", input.startedOn, input.correctionReason);
  const application = await s.find("applicationId", input.applicationId, Application);
  const host = await s.find("hostMunicipalityId", input.hostMunicipalityId, Municipality);
  const level = await s.find("levelId", input.levelId, CollaborationLevel);
  const operator = await s.find("operatorItUnitId", input.operatorItUnitId, ItUnit);
  const body = await s.find("collaborationBodyId", input.collaborationBodyId, CollaborationBody);
  const participantIds = new Set<number>(host ? [host.id] : []);
  for (const [i, id] of input.participantIds.entries()) {
    const m = await s.find(`participantIds.${i}`, id, Municipality);
    if (m) participantIds.add(m.id);
  }
  if (operator && !participantIds.has(operator.municipalityId)) {
    s.fail("operatorItUnitId", UserErrorCode.INVALID, "Den driftande IT-enheten måste höra till en deltagande kommun.");
  }
  if (s.failed) return null;
  assertCanEditShared(s.ctx.viewer, [...participantIds]);
  const collaboration = await recordFacts(
    s,
    COLLABORATION_FACTS,
    Object.assign(new Collaboration(), {
      name: name!,
      applicationId: application!.id,
      hostMunicipalityId: host!.id,
      operatorItUnitId: operator?.id ?? null,
      collaborationBodyId: body?.id ?? null,
      levelId: level!.id,
      startedOn,
      description,
    }),
    {},
    startedOn,
    null,
  );
  for (const municipalityId of participantIds) {
    await s.save(Object.assign(new CollaborationParticipant(), { collaborationId: collaboration.id, municipalityId, joinedOn: startedOn, leftOn: null }), null);
  }
  await s.save(
    Object.assign(new LevelChange(), {
      collaborationId: collaboration.id,
      fromLevelId: null,
      toLevelId: level!.id,
      changedOn: startedOn,
      decisionReference,
      reason: "Samverkan inleds.",
      recordedAt: s.ctx.now.toISOString(),
    }),
    null,
  );
  return collaboration;
}

export async function updateCollaboration(s: MutationScope, input: CollaborationUpdateInput): Promise<Collaboration | null> {
  const collaboration = await s.find("id", input.id, Collaboration);
  if (!collaboration) return null;
  assertCanEditShared(
    s.ctx.viewer,
    (await participantsOn(s, collaboration.id, s.ctx.today)).map((p) => p.municipalityId),
  );
  const dated = Boolean(input.hostMunicipalityId) || input.operatorItUnitId !== undefined;
  const on = dated ? s.effectiveFrom("effectiveFrom", input.effectiveFrom, input.correctionReason) : s.ctx.today;
  const participantIds = (await participantsOn(s, collaboration.id, on)).map((p) => p.municipalityId);
  const before = snapshot(collaboration);
  const changes: Partial<Collaboration> = {};
  if (input.name !== undefined) collaboration.name = s.text("name", input.name, { required: true, max: 200 })!;
  if (input.description !== undefined) collaboration.description = s.text("description", input.description, { max: 5000 });
  if (input.hostMunicipalityId) {
    const host = await s.find("hostMunicipalityId", input.hostMunicipalityId, Municipality);
    if (host && !participantIds.includes(host.id)) s.fail("hostMunicipalityId", UserErrorCode.INVALID, `Värdkommunen måste delta den ${on}.`);
    if (host) changes.hostMunicipalityId = host.id;
  }
  if (input.operatorItUnitId !== undefined) {
    const operator = await s.find("operatorItUnitId", input.operatorItUnitId, ItUnit);
    if (operator && !participantIds.includes(operator.municipalityId)) {
      s.fail("operatorItUnitId", UserErrorCode.INVALID, `Den driftande IT-enheten måste höra till en kommun som deltar den ${on}.`);
    }
    changes.operatorItUnitId = operator?.id ?? null;
  }
  if (input.collaborationBodyId !== undefined) {
    collaboration.collaborationBodyId = (await s.find("collaborationBodyId", input.collaborationBodyId, CollaborationBody))?.id ?? null;
  }
  if (s.failed) return null;
  return recordFacts(s, COLLABORATION_FACTS, collaboration, changes, on, before);
}

export async function addParticipant(s: MutationScope, input: CollaborationParticipantAddInput): Promise<Collaboration | null> {
  const collaboration = await s.find("collaborationId", input.collaborationId, Collaboration);
  const municipality = await s.find("municipalityId", input.municipalityId, Municipality);
  const joinedOn = s.effectiveFrom("joinedOn", input.joinedOn, input.correctionReason);
  if (!collaboration || !municipality) return null;
  const all = await s.em.findBy(CollaborationParticipant, { collaborationId: collaboration.id });
  assertCanEditShared(
    s.ctx.viewer,
    all.filter((p) => participatesOn(p, s.ctx.today)).map((p) => p.municipalityId),
  );
  const mine = all.filter((p) => p.municipalityId === municipality.id);
  if (mine.some((p) => p.leftOn === null || p.leftOn >= joinedOn)) {
    s.fail("municipalityId", UserErrorCode.CONFLICT, "Kommunen deltar redan det datumet.");
  }
  if (s.failed) return null;
  await s.save(Object.assign(new CollaborationParticipant(), { collaborationId: collaboration.id, municipalityId: municipality.id, joinedOn, leftOn: null }), null);
  return collaboration;
}

export async function removeParticipant(s: MutationScope, input: CollaborationParticipantRemoveInput): Promise<Collaboration | null> {
  const collaboration = await s.find("collaborationId", input.collaborationId, Collaboration);
  const municipality = await s.find("municipalityId", input.municipalityId, Municipality);
  const leftOn = s.lastDay("leftOn", input.leftOn, input.correctionReason);
  if (leftOn > s.ctx.today) s.fail("leftOn", UserErrorCode.DATE_IN_FUTURE, `Datumet får inte ligga efter i dag (${s.ctx.today}).`);
  if (!collaboration || !municipality) return null;
  const all = await s.em.findBy(CollaborationParticipant, { collaborationId: collaboration.id });
  assertCanEditShared(
    s.ctx.viewer,
    all.filter((p) => participatesOn(p, s.ctx.today)).map((p) => p.municipalityId),
  );
  const open = all.find((p) => p.municipalityId === municipality.id && p.leftOn === null);
  if (!open) s.fail("municipalityId", UserErrorCode.CONFLICT, "Kommunen deltar inte.");
  else if (leftOn < open.joinedOn) s.fail("leftOn", UserErrorCode.DATE_ORDER, `Deltagandet började ${open.joinedOn}; det kan inte upphöra före det.`);
  if (municipality.id === collaboration.hostMunicipalityId) {
    s.fail("municipalityId", UserErrorCode.CONFLICT, "Värdkommunen kan inte lämna; utse en annan värdkommun först.");
  }
  if (s.failed || !open) return null;
  const before = snapshot(open);
  open.leftOn = leftOn;
  await s.save(open, before);
  return collaboration;
}

export async function setLevel(s: MutationScope, input: CollaborationLevelSetInput): Promise<Collaboration | null> {
  const collaboration = await s.find("collaborationId", input.collaborationId, Collaboration);
  const level = await s.find("levelId", input.levelId, CollaborationLevel);
  const decisionReference = s.text("decisionReference", input.decisionReference, { max: 100 });
  const reason = s.text("reason", input.reason, { max: 5000 });
  if (!collaboration || !level) return null;
  const participants = await participantsOn(s, collaboration.id, s.ctx.today);
  assertCanEditShared(
    s.ctx.viewer,
    participants.map((p) => p.municipalityId),
  );
  const changedOn = s.effectiveFrom("changedOn", input.changedOn, input.correctionReason, { allowFuture: true });
  const history = await s.em.find(LevelChange, { where: { collaborationId: collaboration.id }, order: { changedOn: "ASC", recordedAt: "ASC", id: "ASC" } });
  for (const problem of checkLevelChange(history, { toLevelId: level.id, changedOn }, s.ctx.today, s.correctionReason !== null)) {
    s.fail(problem.field, UserErrorCode[problem.code], problem.message);
  }
  if (s.failed) return null;
  const change = await s.save(
    Object.assign(new LevelChange(), {
      collaborationId: collaboration.id,
      fromLevelId: levelOn(history, changedOn),
      toLevelId: level.id,
      changedOn,
      decisionReference,
      reason,
      recordedAt: s.ctx.now.toISOString(),
    }),
    null,
  );
  // A back-dated change (a correction) comes before recorded ones: each entry's level before it follows the new order.
  const ordered = [...history.filter((h) => h.changedOn <= changedOn), change, ...history.filter((h) => h.changedOn > changedOn)];
  const previous = levelsBefore(ordered);
  for (const [i, entry] of ordered.entries()) {
    if (entry !== change && entry.fromLevelId !== previous[i]) {
      const was = snapshot(entry);
      entry.fromLevelId = previous[i]!;
      await s.save(entry, was);
    }
  }
  const before = snapshot(collaboration);
  collaboration.levelId = latestChange([...history, change])!.toLevelId;
  await publishEvent(s, WebhookEventType.LEVEL_CHANGED, {
    collaboration: { id: collaboration.globalId, name: collaboration.name },
    level: { id: level.globalId, ordinal: level.ordinal, name: level.name },
    previousLevelId: change.fromLevelId === null ? null : encodeGlobalId(CollaborationLevel.typeName, change.fromLevelId),
    changedOn,
    decisionReference,
  });
  return s.save(collaboration, before);
}

export async function updateLevel(s: MutationScope, input: CollaborationLevelUpdateInput): Promise<CollaborationLevel | null> {
  const level = await s.find("id", input.id, CollaborationLevel);
  if (!level) return null;
  const before = snapshot(level);
  if (input.name !== undefined) level.name = s.text("name", input.name, { required: true, max: 100 })!;
  if (input.description !== undefined) level.description = s.text("description", input.description, { required: true, max: 5000 })!;
  if (s.failed) return null;
  return s.save(level, before);
}
