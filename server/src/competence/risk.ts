/**
 * Competence risk (kompetensrisk): pure scoring of every active application usage and every
 * collaboration from plain data, judged on an explicit `asOf`. Nothing here reads the clock or the
 * database; `risk-data.ts` loads the input in a fixed number of statements.
 *
 * Score 0–100, the sum of the contributions of the reasons found (each visible with its points):
 *
 * | reason | points |
 * |---|---|
 * | TOO_FEW_SPECIALISTS: fewer than two specialists today | 35 with none, 20 with one |
 * | SPECIALISTS_LEAVING: specialists whose planned leave falls within the horizon | how much worse the count gets when they have gone (35 − 20 …), at least 5; together with the reason above at most 35 |
 * | NO_TRAINING_PLAN / TRAINING_PLAN_NOT_REVIEWED: no plan, or one last reviewed more than 12 months before `asOf` | 25 / 15 |
 * | NO_COMPETENCE_NETWORK (shared systems only): no network for the area with current members from two or more municipalities | 15 |
 * | FEW_USERS_TRAINED: share of users trained in the 24 months up to `asOf`, against a target of 50 % | 25 × (1 − share / 50 %), rounded; 0 at or above the target |
 *
 * Level: LOW below 30, MEDIUM 30–59, HIGH 60 and above.
 *
 * Who counts as a specialist: a person with SPECIALIST competence on the application since on or
 * before `asOf` (or with no date), who has not left (see `leave.ts`). For a shared system (a
 * usage whose municipality participates in a collaboration around the application on `asOf`, and
 * the collaboration itself) specialists are counted over every participating municipality's
 * people; for a usage of its own, over the municipality's people alone.
 *
 * Share of users trained (an approximation): the participants of training activities held in the
 * window, per municipality taking part, summed, divided by the usage's `userCount`. It counts
 * attendances, not distinct people (a user trained twice counts twice), and is capped at 100 %.
 * The activities counted are those of the usage's own training plan and, for a shared system, of
 * the collaboration's plan. For a collaboration the participants and user counts of all its
 * participating municipalities' usages are summed. Without a known user count there is no share
 * and no contribution.
 */
import { compareNames, nameKey, usageLabel, usageLabelKey } from "../common/names";
import type { LocalDate } from "../common/dates";
import { participatesOn } from "../collaborations/rules";
import { groupBy, PairMap } from "../common/collections";
import { addMonths } from "../common/dates";
import { hasLeft, leavesWithin, type YearMonth } from "./leave";

export const MIN_SPECIALISTS = 2;
export const PLAN_REVIEW_MONTHS = 12;
export const TRAINING_WINDOW_MONTHS = 24;
export const TRAINED_SHARE_TARGET = 0.5;

export const RISK_POINTS = {
  noSpecialist: 35,
  oneSpecialist: 20,
  leavingAtLeast: 5,
  noTrainingPlan: 25,
  trainingPlanNotReviewed: 15,
  noCompetenceNetwork: 15,
  fewUsersTrained: 25,
} as const;

export const RISK_LEVEL_FROM = { MEDIUM: 30, HIGH: 60 } as const;

export enum RiskReasonCode {
  TOO_FEW_SPECIALISTS = "TOO_FEW_SPECIALISTS",
  SPECIALISTS_LEAVING = "SPECIALISTS_LEAVING",
  NO_TRAINING_PLAN = "NO_TRAINING_PLAN",
  TRAINING_PLAN_NOT_REVIEWED = "TRAINING_PLAN_NOT_REVIEWED",
  NO_COMPETENCE_NETWORK = "NO_COMPETENCE_NETWORK",
  FEW_USERS_TRAINED = "FEW_USERS_TRAINED",
}

export enum RiskLevel {
  LOW = "LOW",
  MEDIUM = "MEDIUM",
  HIGH = "HIGH",
}

export enum RiskSubjectKind {
  APPLICATION_USAGE = "APPLICATION_USAGE",
  COLLABORATION = "COLLABORATION",
}

// ---- input: plain rows ----

export interface RiskMunicipality {
  id: number;
  name: string;
}
export interface RiskApplication {
  id: number;
  name: string;
  category: string;
  scope: string;
}
/** Active application usages only. */
export interface RiskUsage {
  id: number;
  municipalityId: number;
  applicationId: number;
  userCount: number | null;
}
export interface RiskCollaboration {
  id: number;
  name: string;
  applicationId: number;
}
export interface RiskParticipation {
  collaborationId: number;
  municipalityId: number;
  joinedOn: LocalDate;
  leftOn: LocalDate | null;
}
export interface RiskPerson {
  id: number;
  municipalityId: number;
  plannedLeaveMonth: YearMonth | null;
}
/** Competences at SPECIALIST level (other levels do not count). */
export interface RiskSpecialist {
  personId: number;
  applicationId: number;
  since: LocalDate | null;
}
export interface RiskPlan {
  id: number;
  applicationUsageId: number | null;
  collaborationId: number | null;
  reviewedOn: LocalDate;
}
/** One municipality's participation in one training activity. */
export interface RiskTraining {
  planId: number;
  heldOn: LocalDate;
  municipalityId: number;
  participantCount: number;
}
export interface RiskNetwork {
  id: number;
  category: string | null;
  collaborationIds: number[];
}
export interface RiskNetworkMember {
  networkId: number;
  personId: number;
  joinedOn: LocalDate;
  leftOn: LocalDate | null;
}

export interface RiskInput {
  asOf: LocalDate;
  horizonMonths: number;
  municipalities: RiskMunicipality[];
  applications: RiskApplication[];
  usages: RiskUsage[];
  collaborations: RiskCollaboration[];
  participations: RiskParticipation[];
  people: RiskPerson[];
  specialists: RiskSpecialist[];
  plans: RiskPlan[];
  trainings: RiskTraining[];
  networks: RiskNetwork[];
  networkMembers: RiskNetworkMember[];
}

// ---- output ----

export interface RiskReason {
  code: RiskReasonCode;
  /** Points this reason adds to the score. */
  contribution: number;
  /** Swedish explanation for the report. */
  explanation: string;
}

export interface RiskAssessment {
  kind: RiskSubjectKind;
  /** Set for APPLICATION_USAGE. */
  applicationUsageId: number | null;
  /** The collaboration judged (COLLABORATION), or the one a shared usage belongs to. */
  collaborationId: number | null;
  applicationId: number;
  /** The municipalities the entry concerns: the usage's, or the collaboration's current participants. */
  municipalityIds: number[];
  label: string;
  /** Whether the system is shared (judged across a collaboration). */
  shared: boolean;
  /** Whether the application is business-specific (verksamhetssystem). */
  businessSpecific: boolean;
  score: number;
  level: RiskLevel;
  reasons: RiskReason[];
  specialistCount: number;
  specialistsLeaving: number;
  /** The training plan judged, if any. */
  trainingPlanId: number | null;
  trainingPlanReviewedOn: LocalDate | null;
  /** Users counted (null when no user count is known). */
  userCount: number | null;
  /** Attendances in training activities in the window. */
  trainedCount: number;
  /** trainedCount / userCount, capped at 1; null without a user count. */
  trainedShare: number | null;
  /** Networks that serve the area (with members from two or more municipalities). */
  networkIds: number[];
}

export function riskLevel(score: number): RiskLevel {
  if (score >= RISK_LEVEL_FROM.HIGH) return RiskLevel.HIGH;
  if (score >= RISK_LEVEL_FROM.MEDIUM) return RiskLevel.MEDIUM;
  return RiskLevel.LOW;
}

function pointsForSpecialists(count: number): number {
  if (count <= 0) return RISK_POINTS.noSpecialist;
  if (count < MIN_SPECIALISTS) return RISK_POINTS.oneSpecialist;
  return 0;
}

/** The two specialist reasons from today's count and how many of them leave within the horizon. */
export function specialistReasons(count: number, leaving: number, horizonMonths: number, scopeText: string): RiskReason[] {
  const reasons: RiskReason[] = [];
  const now = pointsForSpecialists(count);
  if (now > 0) {
    reasons.push({
      code: RiskReasonCode.TOO_FEW_SPECIALISTS,
      contribution: now,
      explanation: count === 0 ? `Ingen specialist ${scopeText}; minst ${MIN_SPECIALISTS} behövs.` : `Endast en specialist ${scopeText}; minst ${MIN_SPECIALISTS} behövs.`,
    });
  }
  if (leaving > 0) {
    const remaining = count - leaving;
    const contribution = Math.max(RISK_POINTS.leavingAtLeast, pointsForSpecialists(remaining) - now);
    reasons.push({
      code: RiskReasonCode.SPECIALISTS_LEAVING,
      contribution,
      explanation: `${leaving} av ${count} ${count === 1 ? "specialist" : "specialister"} ${scopeText} planerar att sluta inom ${horizonMonths} månader; ${remaining} återstår därefter.`,
    });
  }
  return reasons;
}

// The two reasons that say the same thing wherever they apply: one frozen object each, shared.
const NO_TRAINING_PLAN: RiskReason = Object.freeze({
  code: RiskReasonCode.NO_TRAINING_PLAN,
  contribution: RISK_POINTS.noTrainingPlan,
  explanation: "Ingen utbildningsplan för systemets användare.",
});
const NO_COMPETENCE_NETWORK: RiskReason = Object.freeze({
  code: RiskReasonCode.NO_COMPETENCE_NETWORK,
  contribution: RISK_POINTS.noCompetenceNetwork,
  explanation: "Inget kompetensnätverk för systemets samverkansområde med deltagare från minst två kommuner.",
});

/** The training plan reason, if any, for the plan judged (or none). */
export function trainingPlanReason(plan: RiskPlan | null, asOf: LocalDate, reviewedBefore = addMonths(asOf, -PLAN_REVIEW_MONTHS)): RiskReason | null {
  if (!plan) return NO_TRAINING_PLAN;
  if (plan.reviewedOn < reviewedBefore) {
    return {
      code: RiskReasonCode.TRAINING_PLAN_NOT_REVIEWED,
      contribution: RISK_POINTS.trainingPlanNotReviewed,
      explanation: `Utbildningsplanen reviderades senast ${plan.reviewedOn}, för mer än ${PLAN_REVIEW_MONTHS} månader sedan.`,
    };
  }
  return null;
}

/** Points for the share of users trained: full points at 0 %, none at or above the target. */
export function trainedReason(trainedCount: number, userCount: number | null): { share: number | null; reason: RiskReason | null } {
  if (userCount === null || userCount <= 0) return { share: null, reason: null };
  const share = Math.min(1, trainedCount / userCount);
  const contribution = Math.round(RISK_POINTS.fewUsersTrained * Math.max(0, 1 - share / TRAINED_SHARE_TARGET));
  if (contribution === 0) return { share, reason: null };
  return {
    share,
    reason: {
      code: RiskReasonCode.FEW_USERS_TRAINED,
      contribution,
      explanation: `${Math.round(share * 100)} % av användarna (${Math.min(trainedCount, userCount)} av ${userCount}) har utbildats de senaste ${TRAINING_WINDOW_MONTHS} månaderna; målet är minst ${Math.round(TRAINED_SHARE_TARGET * 100)} %.`,
    },
  };
}

function networkReason(networkIds: number[]): RiskReason | null {
  return networkIds.length > 0 ? null : NO_COMPETENCE_NETWORK;
}

/** The plan judged among candidates: the one reviewed last. */
function bestPlan(candidates: (RiskPlan | undefined)[]): RiskPlan | null {
  let best: RiskPlan | null = null;
  for (const plan of candidates) if (plan && (!best || plan.reviewedOn > best.reviewedOn)) best = plan;
  return best;
}

/** Assesses every active usage and every current collaboration; sorted by score (highest first), then label. */
export function assessCompetenceRisk(input: RiskInput): RiskAssessment[] {
  return rankAssessments(input, riskContext(input)).map((k) => k.a);
}

/** An assessment with the keys of its place in the list: its score and its label's name key. */
export interface RankedAssessment {
  a: RiskAssessment;
  score: number;
  key: string;
}

/** compareAssessments' order on ranked assessments, with each label's sort key made once rather than per comparison. */
export function compareRanked(x: RankedAssessment, y: RankedAssessment): number {
  return y.score - x.score || (x.key < y.key ? -1 : x.key > y.key ? 1 : 0) || x.a.kind.localeCompare(y.a.kind) || subjectId(x.a) - subjectId(y.a);
}

/** What the assessments of every application look up alike: municipalities, people and the live networks (the shared part of RiskInput, indexed once). */
export interface RiskContext {
  asOf: LocalDate;
  horizonMonths: number;
  windowStart: LocalDate;
  municipalities: Map<number, RiskMunicipality>;
  people: Map<number, RiskPerson>;
  position: Map<number, number>;
  networksByCollaboration: Map<number, number[]>;
  networksByCategory: Map<string, number[]>;
}

/** The part of RiskInput every application's assessments read alike. */
export type RiskSharedInput = Pick<RiskInput, "asOf" | "horizonMonths" | "municipalities" | "people" | "networks" | "networkMembers">;
/** The part of RiskInput that concerns applications, each row one application. */
export type RiskUnitInput = Pick<RiskInput, "applications" | "usages" | "collaborations" | "participations" | "specialists" | "plans" | "trainings">;

export function riskContext(input: RiskSharedInput): RiskContext {
  const { asOf, horizonMonths } = input;
  const municipalities = new Map(input.municipalities.map((m) => [m.id, m]));
  const people = new Map(input.people.map((p) => [p.id, p]));
  const windowStart = addMonths(asOf, -TRAINING_WINDOW_MONTHS);
  // Networks with current members from two or more municipalities.
  const memberMunicipalities = new Map<number, Set<number>>();
  for (const m of input.networkMembers) {
    const person = people.get(m.personId);
    if (!person || !participatesOn(m, asOf) || hasLeft(person.plannedLeaveMonth, asOf)) continue;
    const set = memberMunicipalities.get(m.networkId) ?? new Set<number>();
    set.add(person.municipalityId);
    memberMunicipalities.set(m.networkId, set);
  }
  const liveNetworks = input.networks.filter((n) => (memberMunicipalities.get(n.id)?.size ?? 0) >= 2);
  // Indexed, so each usage finds its networks without scanning them all.
  const position = new Map(liveNetworks.map((n, i) => [n.id, i]));
  const networksByCollaboration = new Map<number, number[]>();
  const networksByCategory = new Map<string, number[]>();
  for (const n of liveNetworks) {
    for (const id of n.collaborationIds) networksByCollaboration.set(id, [...(networksByCollaboration.get(id) ?? []), n.id]);
    if (n.category !== null) networksByCategory.set(n.category, [...(networksByCategory.get(n.category) ?? []), n.id]);
  }
  return { asOf, horizonMonths, windowStart, municipalities, people, position, networksByCollaboration, networksByCategory };
}

/** The assessments of `assessCompetenceRisk` with their keys, in its order (lists of parts of the input merge into the whole's by `compareRanked`). */
export function rankAssessments(input: RiskUnitInput, context: RiskContext): RankedAssessment[] {
  const { asOf, horizonMonths, windowStart, municipalities, people, position, networksByCollaboration, networksByCategory } = context;
  const applications = new Map(input.applications.map((a) => [a.id, a]));

  // Current participants of each collaboration; the collaboration a municipality shares an application in.
  const participantsOf = new Map<number, number[]>();
  for (const p of input.participations) {
    if (!participatesOn(p, asOf)) continue;
    const list = participantsOf.get(p.collaborationId) ?? [];
    if (!list.includes(p.municipalityId)) list.push(p.municipalityId);
    participantsOf.set(p.collaborationId, list);
  }
  const collaborations = input.collaborations.filter((c) => participantsOf.has(c.id)).sort((a, b) => a.id - b.id);
  const sharedIn = new PairMap<RiskCollaboration>();
  for (const c of collaborations) {
    for (const m of participantsOf.get(c.id)!) if (!sharedIn.has(m, c.applicationId)) sharedIn.set(m, c.applicationId, c);
  }

  // Specialists per application and municipality, as people still here on asOf, and how many of
  // them leave within the horizon. A person belongs to one municipality, so the groups of different
  // municipalities never share a person and a scope's count is their sum.
  const specialistsAt = new PairMap<{ persons: Set<number>; leaving: number }>();
  for (const s of input.specialists) {
    const person = people.get(s.personId);
    if ((s.since !== null && s.since > asOf) || !person || hasLeft(person.plannedLeaveMonth, asOf)) continue;
    let group = specialistsAt.get(s.applicationId, person.municipalityId);
    if (!group) specialistsAt.set(s.applicationId, person.municipalityId, (group = { persons: new Set(), leaving: 0 }));
    if (group.persons.has(s.personId)) continue;
    group.persons.add(s.personId);
    if (leavesWithin(person.plannedLeaveMonth, asOf, horizonMonths)) group.leaving++;
  }
  const countSpecialists = (applicationId: number, municipalityIds: number[]) => {
    let count = 0;
    let leaving = 0;
    for (const m of municipalityIds) {
      const group = specialistsAt.get(applicationId, m);
      if (group) {
        count += group.persons.size;
        leaving += group.leaving;
      }
    }
    return { count, leaving };
  };

  const planOfUsage = new Map<number, RiskPlan>();
  const planOfCollaboration = new Map<number, RiskPlan>();
  for (const plan of input.plans) {
    if (plan.applicationUsageId !== null) planOfUsage.set(plan.applicationUsageId, bestPlan([planOfUsage.get(plan.applicationUsageId), plan])!);
    if (plan.collaborationId !== null) planOfCollaboration.set(plan.collaborationId, bestPlan([planOfCollaboration.get(plan.collaborationId), plan])!);
  }

  // Attendances in the window, by plan and municipality.
  const trained = new PairMap<number>();
  for (const t of input.trainings) {
    if (t.heldOn <= windowStart || t.heldOn > asOf) continue;
    trained.set(t.planId, t.municipalityId, (trained.get(t.planId, t.municipalityId) ?? 0) + t.participantCount);
  }
  const trainedFor = (usage: RiskUsage, collaboration: RiskCollaboration | undefined) => {
    const usagePlan = planOfUsage.get(usage.id);
    const collaborationPlan = collaboration && planOfCollaboration.get(collaboration.id);
    return (usagePlan ? (trained.get(usagePlan.id, usage.municipalityId) ?? 0) : 0) + (collaborationPlan ? (trained.get(collaborationPlan.id, usage.municipalityId) ?? 0) : 0);
  };

  const networksFor = (collaboration: RiskCollaboration, application: RiskApplication) =>
    [...new Set([...(networksByCollaboration.get(collaboration.id) ?? []), ...(networksByCategory.get(application.category) ?? [])])].sort((a, b) => position.get(a)! - position.get(b)!);

  // Each assessment with its label's sort key, for compareAssessments' order. A usage's label joins
  // two names, and so does its key (usageLabelKey): each name's key is made once, not once per label.
  const keyed: RankedAssessment[] = [];
  // The national data's assessments are kept as long as their date's facts, and most of their reasons
  // are equal to another's: each distinct reason is made (its sentence written) once, by what it says,
  // and shared (frozen: nobody may change a shared one). A sentence per reason, kept as V8's trees of
  // template parts, cost much heap and time (docs/performance.md). Each reasons array is exactly as long as it is (a
  // filtered array keeps room for 17); a municipality's usages share one list of it, and usages
  // without a network one empty list.
  const reviewedBefore = addMonths(asOf, -PLAN_REVIEW_MONTHS);
  const specialistsSaid = new PairMap<readonly RiskReason[]>();
  /** The specialist reasons within a collaboration (`scope` 0) or in one municipality (its id). */
  const specialistsOf = (count: number, leaving: number, scope: number): readonly RiskReason[] => {
    const said = count * 100_000 + leaving;
    let reasons = specialistsSaid.get(scope, said);
    if (!reasons) {
      const where = scope === 0 ? "inom samverkan" : `i ${municipalities.get(scope)!.name}`;
      specialistsSaid.set(scope, said, (reasons = Object.freeze(specialistReasons(count, leaving, horizonMonths, where).map((r) => Object.freeze(r)))));
    }
    return reasons;
  };
  const plansSaid = new Map<LocalDate, RiskReason | null>();
  const planReason = (plan: RiskPlan | null): RiskReason | null => {
    if (!plan) return NO_TRAINING_PLAN;
    let reason = plansSaid.get(plan.reviewedOn);
    if (reason === undefined) {
      const made = trainingPlanReason(plan, asOf, reviewedBefore);
      plansSaid.set(plan.reviewedOn, (reason = made && Object.freeze(made)));
    }
    return reason;
  };
  const trainedSaid = new PairMap<{ share: number | null; reason: RiskReason | null }>();
  const trainedOf = (trainedCount: number, userCount: number | null) => {
    let said = trainedSaid.get(trainedCount, userCount ?? -1);
    if (!said) {
      const made = trainedReason(trainedCount, userCount);
      trainedSaid.set(trainedCount, userCount ?? -1, (said = { share: made.share, reason: made.reason && Object.freeze(made.reason) }));
    }
    return said;
  };
  const reasonsOf = (specialists: readonly RiskReason[], ...others: (RiskReason | null)[]): RiskReason[] => {
    let n = specialists.length;
    for (const r of others) if (r) n++;
    const reasons = new Array<RiskReason>(n);
    let i = 0;
    for (const r of specialists) reasons[i++] = r;
    for (const r of others) if (r) reasons[i++] = r;
    return reasons;
  };
  const onlyMunicipality = new Map<number, number[]>();
  const only = (municipalityId: number): number[] => {
    let list = onlyMunicipality.get(municipalityId);
    if (!list) onlyMunicipality.set(municipalityId, (list = Object.freeze([municipalityId]) as number[]));
    return list;
  };
  const noNetworks = Object.freeze([]) as unknown as number[];
  const finish = (partial: Omit<RiskAssessment, "score" | "level">, key: string): void => {
    const assessment = partial as RiskAssessment;
    let score = 0;
    for (const r of partial.reasons) score += r.contribution;
    assessment.score = score;
    assessment.level = riskLevel(score);
    keyed.push({ a: assessment, score, key });
  };
  const nameKeys = new Map<string, string>();
  const keyOf = (name: string) => {
    let key = nameKeys.get(name);
    if (key === undefined) nameKeys.set(name, (key = nameKey(name)));
    return key;
  };

  const usagesByApplication = groupBy(input.usages, (u) => u.applicationId);
  for (const usage of input.usages) {
    const application = applications.get(usage.applicationId);
    const municipality = municipalities.get(usage.municipalityId);
    if (!application || !municipality) continue;
    const collaboration = sharedIn.get(usage.municipalityId, usage.applicationId);
    const scope = collaboration ? participantsOf.get(collaboration.id)! : [usage.municipalityId];
    const specialists = countSpecialists(usage.applicationId, scope);
    const plan = bestPlan([planOfUsage.get(usage.id), collaboration && planOfCollaboration.get(collaboration.id)]);
    const trainedCount = trainedFor(usage, collaboration);
    const training = trainedOf(trainedCount, usage.userCount);
    const networkIds = collaboration ? networksFor(collaboration, application) : noNetworks;
    const reasons = reasonsOf(
      specialistsOf(specialists.count, specialists.leaving, collaboration ? 0 : municipality.id),
      planReason(plan),
      collaboration ? networkReason(networkIds) : null,
      training.reason,
    );
    finish(
      {
        kind: RiskSubjectKind.APPLICATION_USAGE,
        applicationUsageId: usage.id,
        collaborationId: collaboration?.id ?? null,
        applicationId: application.id,
        municipalityIds: only(municipality.id),
        label: usageLabel(municipality.name, application.name),
        shared: collaboration !== undefined,
        businessSpecific: application.scope === "BUSINESS_SPECIFIC",
        reasons,
        specialistCount: specialists.count,
        specialistsLeaving: specialists.leaving,
        trainingPlanId: plan?.id ?? null,
        trainingPlanReviewedOn: plan?.reviewedOn ?? null,
        userCount: training.share === null ? null : usage.userCount,
        trainedCount,
        trainedShare: training.share,
        networkIds,
      },
      usageLabelKey(keyOf(municipality.name), keyOf(application.name)),
    );
  }

  for (const collaboration of collaborations) {
    const application = applications.get(collaboration.applicationId);
    if (!application) continue;
    const participants = participantsOf.get(collaboration.id)!;
    const specialists = countSpecialists(collaboration.applicationId, participants);
    const plan = planOfCollaboration.get(collaboration.id) ?? null;
    let users = 0;
    let trainedCount = 0;
    for (const usage of usagesByApplication.get(collaboration.applicationId) ?? []) {
      if (!participants.includes(usage.municipalityId) || usage.userCount === null) continue;
      users += usage.userCount;
      trainedCount += trainedFor(usage, collaboration);
    }
    const training = trainedOf(trainedCount, users > 0 ? users : null);
    const networkIds = networksFor(collaboration, application);
    const reasons = reasonsOf(specialistsOf(specialists.count, specialists.leaving, 0), planReason(plan), networkReason(networkIds), training.reason);
    finish(
      {
        kind: RiskSubjectKind.COLLABORATION,
        applicationUsageId: null,
        collaborationId: collaboration.id,
        applicationId: application.id,
        municipalityIds: participants,
        label: collaboration.name,
        shared: true,
        businessSpecific: application.scope === "BUSINESS_SPECIFIC",
        reasons,
        specialistCount: specialists.count,
        specialistsLeaving: specialists.leaving,
        trainingPlanId: plan?.id ?? null,
        trainingPlanReviewedOn: plan?.reviewedOn ?? null,
        userCount: training.share === null ? null : users,
        trainedCount,
        trainedShare: training.share,
        networkIds,
      },
      keyOf(collaboration.name),
    );
  }

  keyed.sort(compareRanked);
  return keyed;
}

/** Score descending, then label, then kind and id: a total order (the risk list's cursor relies on it). */
/** What the competence-risk list is ordered by: an assessment, or the recommendations' fact of one (`kind` as the same string). */
export type RiskOrderKeys = Pick<RiskAssessment, "score" | "label" | "applicationUsageId" | "collaborationId"> & { kind: `${RiskSubjectKind}` };

export function compareAssessments(a: RiskOrderKeys, b: RiskOrderKeys): number {
  return b.score - a.score || compareNames(a.label, b.label) || a.kind.localeCompare(b.kind) || subjectId(a) - subjectId(b);
}

export function subjectId(a: Pick<RiskOrderKeys, "kind" | "applicationUsageId" | "collaborationId">): number {
  return (a.kind === RiskSubjectKind.APPLICATION_USAGE ? a.applicationUsageId : a.collaborationId)!;
}
