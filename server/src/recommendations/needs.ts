/**
 * Behovsanmälan — "Finns det redan?": before a municipality spends money on a need in a business
 * area, who already runs something there (in its collaboration body and elsewhere), at which level,
 * with which fit, users, cost and agreements, whose decision deadlines fall near the need, and the
 * options: join an existing collaboration, procure together with the municipalities whose
 * deadlines fall near the need or whose system is being phased out, or go alone; each with a
 * transition window clear of the participants' change freezes and a cost split by population.
 * Pure: the facts on a date in, the answer out.
 */
import { allocateCost, CostKeyKind } from "../agreements/cost-split";
import { procurementLeadTime } from "../agreements/deadlines";
import { isInUsePhase } from "../applications/lifecycle";
import { addMonths, type LocalDate } from "../common/dates";
import { compareNames } from "../common/names";
import { CATEGORY_NAMES, listNames } from "./explain";
import type { FactAgreement, RecommendationFacts } from "./facts";
import { transitionWindow } from "./freezes";

/** Decision deadlines within this many months of the need's date (before or after) count as near it. */
export const NEED_DEADLINE_NEAR_MONTHS = 12;

/** Months from a decision to join an existing collaboration (an amended samverkansavtal, no procurement) to the start of the transition. */
export const JOIN_LEAD_MONTHS = 3;

export interface Need {
  municipalityId: number;
  /** A code of the APPLICATION_CATEGORY vocabulary. */
  category: string;
  /** The area's Swedish name in lower case when the code is not one of today's enum values (the vocabulary term's name). */
  areaName?: string;
  neededBy: LocalDate;
  /** The frame for the municipality's own annual cost, in öre; null when not given. */
  budgetFrameOre: number | null;
}

export interface NeedAgreementFact {
  agreementId: number;
  name: string;
  decisionDeadline: LocalDate;
  noticeDeadline: LocalDate;
  currentTermEnd: LocalDate;
  status: string;
  /** The decision deadline lies within NEED_DEADLINE_NEAR_MONTHS of the need's date. */
  nearNeed: boolean;
}

/** One municipality's use of a product in the business area on asOf. */
export interface NeedMatch {
  usageId: number;
  municipalityId: number;
  applicationId: number;
  phase: string;
  functionalFit: number | null;
  technicalFit: number | null;
  userCount: number | null;
  annualCostSek: number | null;
  /** A member of one of the need's municipality's collaboration bodies on asOf. */
  inSameBody: boolean;
  /** The collaboration on the product the municipality takes part in, if any, and its level. */
  collaborationId: number | null;
  levelOrdinal: number | null;
  /** Agreements covering the product (or its collaboration) with the municipality as a party, earliest decision deadline first. */
  agreements: NeedAgreementFact[];
}

export enum NeedOptionKind {
  JOIN_COLLABORATION = "JOIN_COLLABORATION",
  PROCURE_TOGETHER = "PROCURE_TOGETHER",
  GO_ALONE = "GO_ALONE",
}

export interface NeedCostShare {
  municipalityId: number;
  population: number | null;
  amountOre: number;
}

export interface NeedWindow {
  decisionOn: LocalDate;
  leadMonths: number;
  earliestStart: LocalDate;
  lengthDays: number;
  start: LocalDate | null;
  end: LocalDate | null;
  avoided: string[];
}

export interface NeedOption {
  /** Stable within a date's answer: "JOIN_COLLABORATION:<collaboration id>", "PROCURE_TOGETHER:<ids>", "GO_ALONE". */
  key: string;
  kind: NeedOptionKind;
  collaborationId: number | null;
  applicationId: number | null;
  /** The other municipalities it is done with (for JOIN_COLLABORATION: the collaboration's participants), by name. */
  partnerIds: number[];
  window: NeedWindow;
  /** The estimated annual cost in öre of everyone taking part; null when unknown. */
  annualCostOre: number | null;
  /** That cost split by population (the policy's default key), the need's municipality first; null when a figure is missing. */
  costSplit: NeedCostShare[] | null;
  /** The window ends on or before the need's date. */
  meetsNeededBy: boolean;
  /** In Swedish. */
  summary: string;
}

export interface NeedAnswer {
  asOf: LocalDate;
  matches: NeedMatch[];
  options: NeedOption[];
  /** In Swedish: who already runs what in the area. */
  summary: string;
}

function near(deadline: LocalDate, neededBy: LocalDate): boolean {
  return deadline >= addMonths(neededBy, -NEED_DEADLINE_NEAR_MONTHS) && deadline <= addMonths(neededBy, NEED_DEADLINE_NEAR_MONTHS);
}

/**
 * The answer to a need on `facts.asOf`. `bodyMemberIds`: the municipalities that share a
 * collaboration body with the need's municipality on that date (itself included); `visible`:
 * the municipalities whose use the viewer may see.
 */
export function answerNeed(facts: RecommendationFacts, need: Need, bodyMemberIds: ReadonlySet<number>, visible: (municipalityId: number) => boolean = () => true): NeedAnswer {
  const asOf = facts.asOf;
  const municipalities = new Map(facts.municipalities.map((m) => [m.id, m]));
  const applications = new Map(facts.applications.map((a) => [a.id, a]));
  const name = (id: number) => municipalities.get(id)?.name ?? String(id);
  const inArea = new Set(facts.applications.filter((a) => a.category === need.category).map((a) => a.id));
  const collaborations = facts.collaborations.filter((c) => inArea.has(c.applicationId));
  const agreementsOf = (applicationId: number, collaborationId: number | null, municipalityId: number): FactAgreement[] =>
    facts.agreements.filter(
      (a) =>
        a.status !== "EXPIRED" &&
        a.partyMunicipalityIds.includes(municipalityId) &&
        (a.applicationIds.includes(applicationId) || (collaborationId !== null && a.collaborationIds.includes(collaborationId))),
    );

  const matches: NeedMatch[] = facts.usages
    .filter((u) => inArea.has(u.applicationId) && isInUsePhase(u.phase) && visible(u.municipalityId))
    .map((u) => {
      const collaboration = collaborations.find((c) => c.applicationId === u.applicationId && c.participantIds.includes(u.municipalityId)) ?? null;
      return {
        usageId: u.id,
        municipalityId: u.municipalityId,
        applicationId: u.applicationId,
        phase: u.phase,
        functionalFit: u.functionalFit,
        technicalFit: u.technicalFit,
        userCount: u.userCount,
        annualCostSek: u.annualCostSek,
        inSameBody: bodyMemberIds.has(u.municipalityId),
        collaborationId: collaboration?.id ?? null,
        levelOrdinal: collaboration?.levelOrdinal ?? null,
        agreements: agreementsOf(u.applicationId, collaboration?.id ?? null, u.municipalityId)
          .map((a) => ({
            agreementId: a.agreementId,
            name: a.name,
            decisionDeadline: a.decisionDeadline,
            noticeDeadline: a.noticeDeadline,
            currentTermEnd: a.currentTermEnd,
            status: a.status,
            nearNeed: near(a.decisionDeadline, need.neededBy),
          }))
          .sort((x, y) => (x.decisionDeadline < y.decisionDeadline ? -1 : x.decisionDeadline > y.decisionDeadline ? 1 : x.agreementId - y.agreementId)),
      };
    })
    // The body first, then by municipality and product name.
    .sort(
      (a, b) =>
        Number(b.inSameBody) - Number(a.inSameBody) ||
        compareNames(name(a.municipalityId), name(b.municipalityId)) ||
        compareNames(applications.get(a.applicationId)?.name ?? "", applications.get(b.applicationId)?.name ?? "") ||
        a.usageId - b.usageId,
    );

  const freezesOf = (ids: readonly number[]) => facts.freezes.filter((f) => ids.includes(f.municipalityId) && (f.category === null || f.category === need.category));
  const window = (participantIds: readonly number[], leadMonths: number): NeedWindow => {
    const earliestStart = addMonths(asOf, leadMonths);
    const found = transitionWindow(earliestStart, facts.settings.transitionWindowDays, freezesOf(participantIds));
    return { decisionOn: asOf, leadMonths, earliestStart, lengthDays: facts.settings.transitionWindowDays, start: found?.start ?? null, end: found?.end ?? null, avoided: found?.avoided ?? [] };
  };
  const split = (totalOre: number | null, participantIds: readonly number[]): NeedCostShare[] | null => {
    if (totalOre === null) return null;
    const people = participantIds.map((id) => municipalities.get(id)!);
    if (people.some((m) => !m || m.population === null || m.population <= 0)) return null;
    return allocateCost(
      totalOre,
      people.map((m) => ({ code: m.code, population: m.population, municipalityId: m.id })),
      { kind: CostKeyKind.POPULATION },
    ).map((s) => ({ municipalityId: s.participant.municipalityId, population: s.participant.population ?? null, amountOre: s.amountOre }));
  };
  const costOf = (usages: readonly NeedMatch[]): number | null => (usages.some((u) => u.annualCostSek !== null) ? usages.reduce((sum, u) => sum + (u.annualCostSek ?? 0) * 100, 0) : null);
  const area = CATEGORY_NAMES[need.category] ?? need.areaName ?? need.category.toLowerCase();
  const options: NeedOption[] = [];

  // Join a collaboration the municipality is not part of, on a product in the area.
  for (const c of [...collaborations].sort((a, b) => (b.levelOrdinal ?? 0) - (a.levelOrdinal ?? 0) || compareNames(a.name, b.name))) {
    if (c.participantIds.includes(need.municipalityId) || c.participantIds.length === 0 || !c.participantIds.some(visible)) continue;
    const partnerIds = [...c.participantIds].sort((a, b) => compareNames(name(a), name(b)));
    const ids = [need.municipalityId, ...partnerIds];
    const current = costOf(matches.filter((m) => m.collaborationId === c.id));
    const total = current === null ? null : current + (need.budgetFrameOre ?? 0);
    const w = window(ids, JOIN_LEAD_MONTHS);
    options.push({
      key: `${NeedOptionKind.JOIN_COLLABORATION}:${c.id}`,
      kind: NeedOptionKind.JOIN_COLLABORATION,
      collaborationId: c.id,
      applicationId: c.applicationId,
      partnerIds,
      window: w,
      annualCostOre: total,
      costSplit: split(total, ids),
      meetsNeededBy: w.end !== null && w.end <= need.neededBy,
      summary: `Gå med i ${c.name} (${applications.get(c.applicationId)?.name}${c.levelOrdinal === null ? "" : `, nivå ${c.levelOrdinal}`}) tillsammans med ${listNames(partnerIds.map(name))}.`,
    });
  }

  // Procure together with those in the body whose agreements in the area are up for decision near the need, or whose system is being phased out.
  const partnerIds = [
    ...new Set(matches.filter((m) => m.municipalityId !== need.municipalityId && m.inSameBody && (m.phase === "PHASE_OUT" || m.agreements.some((a) => a.nearNeed))).map((m) => m.municipalityId)),
  ].sort((a, b) => compareNames(name(a), name(b)));
  if (partnerIds.length > 0) {
    const ids = [need.municipalityId, ...partnerIds];
    const current = costOf(matches.filter((m) => partnerIds.includes(m.municipalityId)));
    const total = current === null && need.budgetFrameOre === null ? null : (current ?? 0) + (need.budgetFrameOre ?? 0);
    const w = window(ids, procurementLeadTime(null, facts.settings.jointLevel, facts.leadTimes));
    options.push({
      key: `${NeedOptionKind.PROCURE_TOGETHER}:${[...ids].sort((a, b) => a - b).join(",")}`,
      kind: NeedOptionKind.PROCURE_TOGETHER,
      collaborationId: null,
      applicationId: null,
      partnerIds,
      window: w,
      annualCostOre: total,
      costSplit: split(total, ids),
      meetsNeededBy: w.end !== null && w.end <= need.neededBy,
      summary: `Upphandla ${area} tillsammans med ${listNames(partnerIds.map(name))}, vars avtal ska beslutas nära behovsdatum eller vars system avvecklas.`,
    });
  }

  // Go alone.
  const alone = window([need.municipalityId], procurementLeadTime(null, null, facts.leadTimes));
  options.push({
    key: NeedOptionKind.GO_ALONE,
    kind: NeedOptionKind.GO_ALONE,
    collaborationId: null,
    applicationId: null,
    partnerIds: [],
    window: alone,
    annualCostOre: need.budgetFrameOre,
    costSplit: need.budgetFrameOre === null ? null : [{ municipalityId: need.municipalityId, population: municipalities.get(need.municipalityId)?.population ?? null, amountOre: need.budgetFrameOre }],
    meetsNeededBy: alone.end !== null && alone.end <= need.neededBy,
    summary: `Upphandla ${area} på egen hand.`,
  });

  const byProduct = new Map<number, string[]>();
  for (const m of matches) byProduct.set(m.applicationId, [...(byProduct.get(m.applicationId) ?? []), name(m.municipalityId)]);
  const summary =
    matches.length === 0
      ? `Ingen kommun använder i dag något system för ${area}.`
      : `För ${area} används i dag ${[...byProduct]
          .sort((a, b) => compareNames(applications.get(a[0])?.name ?? "", applications.get(b[0])?.name ?? ""))
          .map(([id, names]) => `${applications.get(id)?.name} (${listNames(names)})`)
          .join(", ")}.`;
  return { asOf, matches, options, summary };
}
