/**
 * Collaboration candidates (samverkanskandidater): groups of municipalities around one product, or
 * one business area where their products differ, scored by the four triggers and explained in
 * Swedish. Pure: `evaluateCandidates(facts, decisions)` is the whole evaluation on `facts.asOf`.
 *
 * Grouping (every usage in use — introduction, in operation or being phased out — belongs to at
 * most one group):
 * - A collaboration at `jointLevel` or above (per product, the highest first) is a COLLABORATION
 *   candidate: its participants on asOf, plus the municipalities of its participants' counties that
 *   run its product outside every such collaboration (they would join). Proposed: the next level
 *   when a trigger other than SAME_APPLICATION fires and a higher level exists, else its own level
 *   (the others join). Those in other counties stay with the remaining usages.
 * - The remaining usages, per business area and county (municipalities sharing a collaboration
 *   below `jointLevel` count as one county), form a group of two or more municipalities: an
 *   APPLICATION candidate when they all run one product, else a CATEGORY candidate that proposes
 *   the product not being phased out with the best mean fit, then the most users. Proposed: the
 *   level after the collaboration it builds on, and at least `jointLevel`.
 * A group on which no trigger fires is no candidate.
 *
 * Identity: `subject|participants`, where the subject is `application:<id>` or `category:<CODE>`
 * and the participants are the sorted municipality ids: the same group gets the same key on every
 * evaluation, and decisions are stored with it.
 *
 * Score: the sum of the triggers' points, each round(weight × strength) (see triggers.ts).
 * Order: score, then the driving deadline (earliest first, none last), then key.
 */
import { procurementLeadTime } from "../agreements/deadlines";
import { isInUsePhase } from "../applications/lifecycle";
import { allocateCost, CostKeyKind } from "../agreements/cost-split";
import { groupBy, once } from "../common/collections";
import { compareNames } from "../common/names";
import { formatInteger, formatKronor } from "../render/format";
import { addMonths, type LocalDate } from "../common/dates";
import { decisionsFor, evidenceChanges, hiddenBy, type DecisionFact, type EvidenceChange, type EvidenceFingerprint } from "./decisions";
import * as explain from "./explain";
import type { FactAgreement, FactApplication, FactCollaboration, FactCompetenceRisk, FactFreeze, FactMunicipality, FactUsage, RecommendationFacts } from "./facts";
import { transitionWindow, WINDOW_SEARCH_YEARS } from "./freezes";
import { Trigger, TRIGGERS, weightOf, type Finding, type TriggerInput } from "./triggers";

export enum CandidateKind {
  APPLICATION = "APPLICATION",
  CATEGORY = "CATEGORY",
  COLLABORATION = "COLLABORATION",
}

export type EvidenceObjectType = "Agreement" | "ApplicationUsage" | "Collaboration";

/** One input behind a contribution: the object, and when that input last changed. */
export interface EvidenceItem {
  objectType: EvidenceObjectType;
  objectId: number;
  trigger: Trigger;
  label: string;
  /** The values used, in Swedish. */
  detail: string;
  lastChangedOn: LocalDate | null;
}

export interface Contribution {
  trigger: Trigger;
  weight: number;
  points: number;
  explanation: string;
  findings: Finding[];
  evidence: EvidenceItem[];
}

export interface TransitionWindowPlan {
  decisionOn: LocalDate;
  leadMonths: number;
  earliestStart: LocalDate;
  lengthDays: number;
  start: LocalDate | null;
  end: LocalDate | null;
  avoided: string[];
}

export interface CostShareOfCandidate {
  municipalityId: number;
  population: number;
  amountOre: number;
}

export interface Candidate {
  key: string;
  subject: string;
  kind: CandidateKind;
  category: string;
  asOf: LocalDate;
  /** The products the participants run in the group, by name. */
  applicationIds: number[];
  proposedApplicationId: number;
  proposalReason: string | null;
  /** The collaboration it builds on, if any. */
  collaborationId: number | null;
  /** By name. */
  participantIds: number[];
  joiningIds: number[];
  currentLevel: number | null;
  targetLevel: number;
  targetLevelReason: string;
  score: number;
  contributions: Contribution[];
  evidence: EvidenceItem[];
  drivingDeadline: LocalDate | null;
  drivingAgreementId: number | null;
  combinedAnnualCostSek: number | null;
  /** Split of the combined cost by population; null when a population figure is missing or no cost is known. */
  costSplit: CostShareOfCandidate[] | null;
  window: TransitionWindowPlan;
  fingerprint: EvidenceFingerprint;
  summary: string;
  explanation: string[];
  decision: DecisionFact | null;
  decisionHistory: DecisionFact[];
  changesSinceDecision: string[];
  hidden: boolean;
}

type DetailKey = "proposalReason" | "targetLevelReason" | "summary" | "explanation" | "changesSinceDecision" | "evidence" | "costSplit" | "window" | "fingerprint";

/** How a candidate makes each of its details (each once, when first read). */
type CandidateDetails = { [K in DetailKey]: () => Candidate[K] };

/**
 * A candidate whose sentences, evidence, window, cost split and fingerprint are each made when first
 * read: filtering, ordering and paging need none of them, and a page shows 100 of the country's
 * ~5 000 candidates, some with thousands of findings.
 */
class LazyCandidate implements Candidate {
  declare key: string;
  declare subject: string;
  declare kind: CandidateKind;
  declare category: string;
  declare asOf: LocalDate;
  declare applicationIds: number[];
  declare proposedApplicationId: number;
  declare collaborationId: number | null;
  declare participantIds: number[];
  declare joiningIds: number[];
  declare currentLevel: number | null;
  declare targetLevel: number;
  declare score: number;
  declare contributions: Contribution[];
  declare drivingDeadline: LocalDate | null;
  declare drivingAgreementId: number | null;
  declare combinedAnnualCostSek: number | null;
  declare decision: DecisionFact | null;
  declare decisionHistory: DecisionFact[];
  declare hidden: boolean;

  constructor(
    eager: Omit<Candidate, DetailKey>,
    private readonly details: CandidateDetails,
  ) {
    Object.assign(this, eager);
  }

  get proposalReason() {
    return this.details.proposalReason();
  }
  get targetLevelReason() {
    return this.details.targetLevelReason();
  }
  get summary() {
    return this.details.summary();
  }
  get explanation() {
    return this.details.explanation();
  }
  get changesSinceDecision() {
    return this.details.changesSinceDecision();
  }
  get evidence() {
    return this.details.evidence();
  }
  get costSplit() {
    return this.details.costSplit();
  }
  get window() {
    return this.details.window();
  }
  get fingerprint() {
    return this.details.fingerprint();
  }
}

/** A trigger's contribution whose sentence and evidence are made when first read. */
class LazyContribution implements Contribution {
  constructor(
    readonly trigger: Trigger,
    readonly weight: number,
    readonly points: number,
    readonly findings: Finding[],
    private readonly sentence: () => string,
    private readonly items: () => EvidenceItem[],
  ) {}

  get explanation() {
    return this.sentence();
  }
  get evidence() {
    return this.items();
  }
}

/** Municipalities whose usages of one product or business area would become one candidate. */
export interface CandidateGroup {
  kind: CandidateKind;
  subject: string;
  category: string;
  participantIds: number[];
  joiningIds: number[];
  usages: FactUsage[];
  collaborations: FactCollaboration[];
  /** The collaboration it builds on: the joint one, or the highest of those below the joint level. */
  collaboration: FactCollaboration | null;
  /** The competence risks of its usages, then of its collaborations (those judged). */
  risks: FactCompetenceRisk[];
}

/** A union-find over municipality ids (counties joined by the collaborations between them). */
function unionFind(ids: Iterable<number>) {
  const parent = new Map<number, number>();
  for (const id of ids) parent.set(id, id);
  const find = (x: number): number => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  return { find, union: (a: number, b: number) => parent.set(find(a), find(b)) };
}

const fitOf = (u: FactUsage): number | null => {
  const known = [u.functionalFit, u.technicalFit].filter((f): f is number => f !== null);
  return known.length ? known.reduce((a, b) => a + b, 0) / known.length : null;
};

/** Builds the candidate groups of `facts`; see the module comment. */
export function candidateGroups(facts: RecommendationFacts): CandidateGroup[] {
  return candidateGroupsOf(candidateGroupShapes(facts), facts);
}

/**
 * A group as its shape: what candidateGroups forms from who uses what (usages' municipality,
 * application and whether in use; collaborations' participants, level and application; the
 * applications' categories and municipalities' counties; the joint level), with its usages and
 * collaborations as their places in `facts.usages` and `facts.collaborations`.
 */
export interface CandidateGroupShape extends Omit<CandidateGroup, "usages" | "collaborations" | "collaboration" | "risks"> {
  usages: number[];
  /** The first is the collaboration it builds on. */
  collaborations: number[];
}

/** What candidateGroupShapes reads of `facts`. */
export type ShapeFacts = Pick<RecommendationFacts, "usages" | "collaborations" | "applications" | "municipalities" | "settings">;

/** The inputs of candidateGroupShapes, to compare with `sameShapeInput`. */
export const shapeInputs = (facts: ShapeFacts): unknown[] => [facts.usages, facts.collaborations, facts.applications, facts.municipalities, facts.settings.jointLevel];

/**
 * Whether two values of one of `shapeInputs` give the same shapes: the same objects, or lists whose
 * usages (or collaborations) agree, place by place, in all candidateGroupShapes reads of them. A
 * write of a usage's user count, fit or cost leaves the shapes as they were.
 */
export function sameShapeInput(now: unknown, before: unknown, index: number): boolean {
  if (now === before) return true;
  if (index > 1 || !Array.isArray(now) || !Array.isArray(before) || now.length !== before.length) return false;
  const same =
    index === 0
      ? (a: FactUsage, b: FactUsage) => a.id === b.id && a.municipalityId === b.municipalityId && a.applicationId === b.applicationId && isInUsePhase(a.phase) === isInUsePhase(b.phase)
      : (a: FactCollaboration, b: FactCollaboration) =>
          a.id === b.id &&
          a.applicationId === b.applicationId &&
          a.levelOrdinal === b.levelOrdinal &&
          a.participantIds.length === b.participantIds.length &&
          a.participantIds.every((m, i) => m === b.participantIds[i]);
  for (let i = 0; i < now.length; i++) if (now[i] !== before[i] && !same(now[i], before[i])) return false;
  return true;
}

/** The groups of `facts` as shapes (see CandidateGroupShape). */
export function candidateGroupShapes(facts: ShapeFacts): CandidateGroupShape[] {
  const { jointLevel } = facts.settings;
  const applications = new Map(facts.applications.map((a) => [a.id, a]));
  const municipalities = new Map(facts.municipalities.map((m) => [m.id, m]));
  const usagePlace = new Map(facts.usages.map((u, i) => [u, i]));
  const collaborationPlace = new Map(facts.collaborations.map((c, i) => [c, i]));
  const inUse = facts.usages.filter((u) => isInUsePhase(u.phase) && applications.has(u.applicationId) && municipalities.has(u.municipalityId));
  const usagesByApplication = groupBy(inUse, (u) => u.applicationId);
  const live = facts.collaborations.filter((c) => c.participantIds.length > 0 && c.levelOrdinal !== null);
  const collaborationsByApplication = groupBy(live, (c) => c.applicationId);
  const groups: CandidateGroupShape[] = [];
  const grouped = new Set<number>();
  const places = (usages: FactUsage[], collaborations: FactCollaboration[]) => ({
    usages: usages.map((u) => usagePlace.get(u)!),
    collaborations: collaborations.map((c) => collaborationPlace.get(c)!),
  });
  for (const application of [...applications.values()].sort((a, b) => a.id - b.id)) {
    const joint = (collaborationsByApplication.get(application.id) ?? []).filter((c) => c.levelOrdinal! >= jointLevel).sort((a, b) => b.levelOrdinal! - a.levelOrdinal! || a.id - b.id);
    if (joint.length === 0) continue;
    const users = usagesByApplication.get(application.id) ?? [];
    const inJoint = new Set(joint.flatMap((c) => c.participantIds));
    const outside = new Set(users.map((u) => u.municipalityId).filter((m) => !inJoint.has(m)));
    const countyOf = (m: number) => municipalities.get(m)?.county ?? "";
    const seen = new Set<string>();
    const joined = new Set<number>();
    for (const c of joint) {
      // Municipalities of the collaboration's counties that run its product outside it would join (the highest level first).
      const counties = new Set(c.participantIds.map(countyOf));
      const joiningIds = [...outside].filter((m) => !joined.has(m) && counties.has(countyOf(m)));
      for (const m of joiningIds) joined.add(m);
      const participantIds = [...new Set([...c.participantIds, ...joiningIds])].filter((m) => municipalities.has(m));
      // Two joint collaborations with the same participants are one candidate (the higher level's).
      const identity = [...participantIds].sort((a, b) => a - b).join(",");
      if (seen.has(identity)) continue;
      seen.add(identity);
      const usages = users.filter((u) => participantIds.includes(u.municipalityId));
      groups.push({ kind: CandidateKind.COLLABORATION, subject: `application:${application.id}`, category: application.category, participantIds, joiningIds, ...places(usages, [c]) });
    }
    for (const u of users) if (!outside.has(u.municipalityId) || joined.has(u.municipalityId)) grouped.add(u.id);
  }

  const free = inUse.filter((u) => !grouped.has(u.id));
  const regions = unionFind(free.map((u) => u.municipalityId));
  const countyRoot = new Map<string, number>();
  for (const u of free) {
    const county = municipalities.get(u.municipalityId)!.county ?? "";
    const root = countyRoot.get(county);
    if (root === undefined) countyRoot.set(county, u.municipalityId);
    else regions.union(u.municipalityId, root);
  }
  const freeMunicipalities = new Set(free.map((u) => u.municipalityId));
  for (const c of live) {
    const inside = c.participantIds.filter((m) => freeMunicipalities.has(m));
    for (const m of inside.slice(1)) regions.union(m, inside[0]);
  }

  for (const [, usages] of groupBy(free, (u) => `${applications.get(u.applicationId)!.category}|${regions.find(u.municipalityId)}`)) {
    const participantIds = [...new Set(usages.map((u) => u.municipalityId))];
    if (participantIds.length < 2) continue;
    const applicationIds = [...new Set(usages.map((u) => u.applicationId))];
    const among = new Set(participantIds);
    const collaborations = applicationIds
      .flatMap((id) => collaborationsByApplication.get(id) ?? [])
      .filter((c) => c.participantIds.some((m) => among.has(m)))
      .sort((a, b) => b.levelOrdinal! - a.levelOrdinal! || b.participantIds.length - a.participantIds.length || a.id - b.id);
    const category = applications.get(applicationIds[0])!.category;
    groups.push({
      kind: applicationIds.length === 1 ? CandidateKind.APPLICATION : CandidateKind.CATEGORY,
      subject: applicationIds.length === 1 ? `application:${applicationIds[0]}` : `category:${category}`,
      category,
      participantIds,
      joiningIds: [],
      ...places(usages, collaborations),
    });
  }
  return groups;
}

/** The groups of `shapes` made of `facts`' usages, collaborations and competence risks (the shapes must be of facts that give them: see sameShapeInput). */
export function candidateGroupsOf(shapes: readonly CandidateGroupShape[], facts: Pick<RecommendationFacts, "usages" | "collaborations" | "competenceRisks">): CandidateGroup[] {
  const risksByUsage = new Map<number, FactCompetenceRisk>();
  const risksByCollaboration = new Map<number, FactCompetenceRisk>();
  for (const r of facts.competenceRisks) {
    if (r.kind === "APPLICATION_USAGE" && r.applicationUsageId !== null) risksByUsage.set(r.applicationUsageId, r);
    if (r.kind === "COLLABORATION" && r.collaborationId !== null) risksByCollaboration.set(r.collaborationId, r);
  }
  return shapes.map((shape) => {
    const usages = shape.usages.map((i) => facts.usages[i]);
    const collaborations = shape.collaborations.map((i) => facts.collaborations[i]);
    const risks: FactCompetenceRisk[] = [];
    for (const u of usages) if (risksByUsage.has(u.id)) risks.push(risksByUsage.get(u.id)!);
    for (const c of collaborations) if (risksByCollaboration.has(c.id)) risks.push(risksByCollaboration.get(c.id)!);
    return { ...shape, usages, collaborations, collaboration: collaborations[0] ?? null, risks };
  });
}

/** The municipalities an agreement concerns: its municipal parties and the participants of the collaborations it covers. */
function concernedMunicipalities(agreement: FactAgreement, collaborations: Map<number, FactCollaboration>): Set<number> {
  const ids = new Set(agreement.partyMunicipalityIds);
  for (const id of agreement.collaborationIds) for (const m of collaborations.get(id)?.participantIds ?? []) ids.add(m);
  return ids;
}

/**
 * What the candidate of every group looks up alike on `facts.asOf`: names, the level scale,
 * agreements by the applications they cover, freezes, the decisions taken (each group has its own
 * usages, collaborations and competence risks). Made once per evaluation; `candidateOf` then judges one group from it.
 */
export interface CandidateContext {
  asOf: LocalDate;
  settings: RecommendationFacts["settings"];
  leadTimes: RecommendationFacts["leadTimes"];
  municipalities: Map<number, FactMunicipality>;
  applications: Map<number, FactApplication>;
  collaborations: Map<number, FactCollaboration>;
  maxLevel: number;
  levelAtLeast: (ordinal: number) => number;
  names: explain.Names;
  byName: (a: number, b: number) => number;
  agreementsByApplication: Map<number, { agreement: FactAgreement; concerned: Set<number> }[]>;
  freezesByMunicipality: Map<number, FactFreeze[]>;
  decisions: readonly DecisionFact[];
}

export function candidateContext(facts: Omit<RecommendationFacts, "usages" | "competenceRisks">, decisions: readonly DecisionFact[] = []): CandidateContext {
  const { asOf, settings, leadTimes } = facts;
  const municipalities = new Map(facts.municipalities.map((m) => [m.id, m]));
  const applications = new Map(facts.applications.map((a) => [a.id, a]));
  const collaborations = new Map(facts.collaborations.map((c) => [c.id, c]));
  const levels = [...facts.levels].sort((a, b) => a.ordinal - b.ordinal);
  const levelNames = new Map(levels.map((l) => [l.ordinal, l.name]));
  const maxLevel = levels.at(-1)?.ordinal ?? 0;
  const levelAtLeast = (n: number) => levels.find((l) => l.ordinal >= n)?.ordinal ?? maxLevel;
  const names: explain.Names = {
    municipality: (id) => municipalities.get(id)?.name ?? `kommun ${id}`,
    application: (id) => applications.get(id)?.name ?? `applikation ${id}`,
    collaboration: (id) => collaborations.get(id)?.name ?? `samverkan ${id}`,
    level: (ordinal) => `${ordinal} ${levelNames.get(ordinal) ?? ""}`.trim(),
  };
  const byName = (a: number, b: number) => compareNames(names.municipality(a), names.municipality(b)) || a - b;

  // Agreements by the applications they cover, directly or through a collaboration; with whom they concern.
  const agreementsByApplication = new Map<number, { agreement: FactAgreement; concerned: Set<number> }[]>();
  for (const agreement of facts.agreements) {
    if (agreement.status === "EXPIRED") continue;
    const entry = { agreement, concerned: concernedMunicipalities(agreement, collaborations) };
    const covered = new Set([...agreement.applicationIds, ...agreement.collaborationIds.flatMap((id) => (collaborations.has(id) ? [collaborations.get(id)!.applicationId] : []))]);
    for (const applicationId of covered) agreementsByApplication.set(applicationId, [...(agreementsByApplication.get(applicationId) ?? []), entry]);
  }
  const freezesByMunicipality = groupBy(facts.freezes, (f) => f.municipalityId);

  return {
    asOf,
    settings,
    leadTimes,
    municipalities,
    applications,
    collaborations,
    maxLevel,
    levelAtLeast,
    names,
    byName,
    agreementsByApplication,
    freezesByMunicipality,
    decisions,
  };
}

/** The candidate of one group (candidateGroups), or null when no trigger fires on it. */
export function candidateOf(shared: CandidateContext, group: CandidateGroup): Candidate | null {
  const { asOf, settings, leadTimes, municipalities, collaborations, maxLevel, levelAtLeast, names, byName, agreementsByApplication, freezesByMunicipality, decisions } = shared;
  const applicationIds = [...new Set(group.usages.map((u) => u.applicationId))].sort((a, b) => compareNames(names.application(a), names.application(b)) || a - b);
  const agreements = [
    ...new Set(applicationIds.flatMap((id) => (agreementsByApplication.get(id) ?? []).filter((e) => group.participantIds.some((m) => e.concerned.has(m))).map((e) => e.agreement))),
  ].sort((a, b) => (a.decisionDeadline < b.decisionDeadline ? -1 : a.decisionDeadline > b.decisionDeadline ? 1 : a.agreementId - b.agreementId));
  const input: TriggerInput = {
    asOf,
    settings,
    participantIds: group.participantIds,
    joiningIds: group.joiningIds,
    usages: group.usages,
    collaborations: group.collaborations,
    agreements,
    risks: group.risks,
  };
  const context: explain.GroupContext = {
    participantIds: group.participantIds,
    joiningIds: group.joiningIds,
    collaborationId: group.collaboration?.id ?? null,
    collaborationLevel: group.collaboration?.levelOrdinal ?? null,
  };
  const contributions: Contribution[] = [];
  for (const trigger of TRIGGERS) {
    const result = trigger(input);
    if (!result) continue;
    const weight = weightOf(result.trigger, settings);
    const findings = result.findings;
    contributions.push(
      new LazyContribution(
        result.trigger,
        weight,
        Math.round(weight * result.strength),
        findings,
        once(() => explain.contributionSentence(names, findings, context)),
        once(() => {
          const usages = new Map(group.usages.map((u) => [u.id, u]));
          return findings.flatMap((f) => evidenceOf(f, names, collaborations, usages));
        }),
      ),
    );
  }
  if (contributions.length === 0) return null;

  const participantIds = [...group.participantIds].sort(byName);
  const key = `${group.subject}|${[...group.participantIds].sort((a, b) => a - b).join(",")}`;
  const currentLevel = group.collaboration?.levelOrdinal ?? null;

  // The product proposed (only a choice when the products differ).
  const usagesOf = groupBy(group.usages, (u) => u.applicationId);
  const products = applicationIds.map((applicationId) => {
    const usages = usagesOf.get(applicationId)!;
    const fits = usages.map(fitOf).filter((f): f is number => f !== null);
    return {
      applicationId,
      municipalityIds: [...new Set(usages.map((u) => u.municipalityId))].sort(byName),
      phasedOut: usages.every((u) => u.phase === "PHASE_OUT"),
      fit: fits.length ? fits.reduce((a, b) => a + b, 0) / fits.length : null,
      users: usages.reduce((sum, u) => sum + (u.userCount ?? 0), 0),
    };
  });
  const best = [...products].sort(
    (a, b) => Number(a.phasedOut) - Number(b.phasedOut) || (b.fit ?? -1) - (a.fit ?? -1) || b.users - a.users || compareNames(names.application(a.applicationId), names.application(b.applicationId)),
  )[0];
  const proposedApplicationId = group.kind === CandidateKind.COLLABORATION ? group.collaboration!.applicationId : best.applicationId;

  // The level proposed.
  let targetLevel: number;
  let levelCase: explain.TargetLevelCase;
  if (group.kind === CandidateKind.COLLABORATION) {
    const raise = contributions.some((c) => c.trigger !== Trigger.SAME_APPLICATION) && currentLevel! < maxLevel;
    targetLevel = raise ? levelAtLeast(currentLevel! + 1) : currentLevel!;
    levelCase = raise
      ? { kind: "RAISE", collaborationId: group.collaboration!.id, from: currentLevel!, to: targetLevel }
      : { kind: "JOIN", collaborationId: group.collaboration!.id, level: currentLevel!, joiningIds: group.joiningIds };
  } else {
    targetLevel = levelAtLeast(Math.max(settings.jointLevel, (currentLevel ?? -1) + 1));
    levelCase =
      group.collaboration && currentLevel !== null
        ? { kind: "DEEPEN", collaborationId: group.collaboration.id, from: currentLevel, to: targetLevel }
        : {
            kind: "START",
            to: targetLevel,
            subject: group.kind === CandidateKind.APPLICATION ? names.application(proposedApplicationId) : (explain.CATEGORY_NAMES[group.category] ?? group.category),
          };
  }

  // The deadline that drives it.
  const driving = agreements[0] ?? null;
  const drivingDeadline = driving?.decisionDeadline ?? null;
  const costs = group.usages.filter((u) => u.annualCostSek !== null);
  const combinedAnnualCostSek = costs.length ? costs.reduce((sum, u) => sum + u.annualCostSek!, 0) : null;

  const fingerprint = once(
    (): EvidenceFingerprint => ({
      participants: [...group.participantIds].sort((a, b) => a - b).map((id) => ({ id, name: names.municipality(id) })),
      agreements: [...agreements].sort((a, b) => a.agreementId - b.agreementId).map((a) => ({ id: a.agreementId, name: a.name, decisionDeadline: a.decisionDeadline })),
      usages: [...group.usages]
        .sort((a, b) => a.id - b.id)
        .map((u) => ({ id: u.id, label: explain.usageLabel(names, u), functionalFit: u.functionalFit, technicalFit: u.technicalFit, phase: u.phase })),
    }),
  );
  const history = decisionsFor(decisions, group.subject, group.participantIds, asOf);
  const decision = history.at(-1) ?? null;
  const changes: EvidenceChange[] = decision ? evidenceChanges(decision.fingerprint, fingerprint()) : [];

  // The rest only a page's few candidates are asked for, each part made when first read.
  const window = once((): TransitionWindowPlan => {
    // After the decision and the procurement, clear of every participant's freezes.
    const decisionOn = drivingDeadline !== null && drivingDeadline > asOf ? drivingDeadline : asOf;
    const leadMonths = procurementLeadTime(null, targetLevel, leadTimes);
    const earliestStart = addMonths(decisionOn, leadMonths);
    const freezes = participantIds.flatMap((m) => freezesByMunicipality.get(m) ?? []).filter((f) => f.category === null || f.category === group.category);
    const found = transitionWindow(earliestStart, settings.transitionWindowDays, freezes);
    return {
      decisionOn,
      leadMonths,
      earliestStart,
      lengthDays: settings.transitionWindowDays,
      start: found?.start ?? null,
      end: found?.end ?? null,
      avoided: found?.avoided ?? [],
    };
  });

  // A split preview of today's cost by population.
  const costSplit = once((): CostShareOfCandidate[] | null => {
    const populations = participantIds.map((m) => municipalities.get(m)!);
    return combinedAnnualCostSek !== null && populations.every((m) => m.population !== null && m.population > 0)
      ? allocateCost(
          combinedAnnualCostSek * 100,
          populations.map((m) => ({ code: m.code, population: m.population, municipalityId: m.id })),
          { kind: CostKeyKind.POPULATION },
        ).map((s) => ({ municipalityId: s.participant.municipalityId, population: s.participant.population!, amountOre: s.amountOre }))
      : null;
  });

  const evidence = once((): EvidenceItem[] => {
    const items = new Map<string, EvidenceItem>();
    for (const item of contributions.flatMap((c) => c.evidence)) items.set(`${item.trigger}:${item.objectType}:${item.objectId}`, item);
    return [...items.values()];
  });

  const proposalReason = once(() =>
    group.kind === CandidateKind.CATEGORY
      ? `${explain.sentence(explain.differentProductsClause(names, group.category, products))} ${explain.proposalSentence(names, best.applicationId, best.fit, best.users, best.phasedOut)}`
      : null,
  );
  const changesSinceDecision = once(() => changes.map(explain.changeSentence));
  const summary = once(() => {
    const same = contributions.find((c) => c.trigger === Trigger.SAME_APPLICATION);
    const opening =
      group.kind === CandidateKind.CATEGORY
        ? explain.differentProductsClause(names, group.category, products)
        : same
          ? same.explanation
          : group.kind === CandidateKind.COLLABORATION
            ? explain.collaboratingClause(names, participantIds, group.collaboration!.id, currentLevel!)
            : (contributions.find((c) => c.trigger !== Trigger.AGREEMENT_EXPIRING)?.explanation ?? null);
    const drivingFinding = contributions
      .find((c) => c.trigger === Trigger.AGREEMENT_EXPIRING)
      ?.findings.find((f): f is Extract<Finding, { trigger: Trigger.AGREEMENT_EXPIRING }> => f.trigger === Trigger.AGREEMENT_EXPIRING && f.agreement === driving);
    return explain.summarySentence(names, opening, drivingFinding ? { agreement: drivingFinding.agreement, state: drivingFinding.state } : null, context);
  });
  const targetLevelReason = once(() => explain.targetLevelSentence(names, levelCase));
  const explanation = once(() => {
    const proposal = proposalReason();
    return [
      ...contributions.map((c) => c.explanation),
      ...(proposal ? [proposal] : []),
      targetLevelReason(),
      explain.windowSentence({ ...window(), searchYears: WINDOW_SEARCH_YEARS }),
      ...(decision ? [explain.decisionSentence(decision.status, decision.decidedOn, decision.deferredUntil, changes.length > 0), ...changesSinceDecision()] : []),
    ];
  });

  return new LazyCandidate(
    {
      key,
      subject: group.subject,
      kind: group.kind,
      category: group.category,
      asOf,
      applicationIds,
      proposedApplicationId,
      collaborationId: group.collaboration?.id ?? null,
      participantIds,
      joiningIds: [...group.joiningIds].sort(byName),
      currentLevel,
      targetLevel,
      score: contributions.reduce((sum, c) => sum + c.points, 0),
      contributions,
      drivingDeadline,
      drivingAgreementId: driving?.agreementId ?? null,
      combinedAnnualCostSek,
      decision,
      decisionHistory: history,
      hidden: hiddenBy(decision, changes, asOf),
    },
    { proposalReason, targetLevelReason, summary, explanation, changesSinceDecision, evidence, costSplit, window, fingerprint },
  );
}

/** Evaluates every candidate on `facts.asOf`, hidden ones included (`hidden` says which); sorted. */
export function evaluateCandidates(facts: RecommendationFacts, decisions: readonly DecisionFact[] = []): Candidate[] {
  const context = candidateContext(facts, decisions);
  return candidateGroups(facts)
    .flatMap((group) => candidateOf(context, group) ?? [])
    .sort(compareCandidates);
}

/** Score descending, then the driving deadline (earliest first, none last), then key: a total order. */
export function compareCandidates(a: Pick<Candidate, "score" | "drivingDeadline" | "key">, b: Pick<Candidate, "score" | "drivingDeadline" | "key">): number {
  const da = a.drivingDeadline ?? "9999-12-31";
  const db = b.drivingDeadline ?? "9999-12-31";
  return b.score - a.score || (da < db ? -1 : da > db ? 1 : 0) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/** `usages`: the group's, by id (a competence risk's usage is one of them). */
function evidenceOf(finding: Finding, names: explain.Names, collaborations: Map<number, FactCollaboration>, usages: Map<number, FactUsage>): EvidenceItem[] {
  switch (finding.trigger) {
    case Trigger.AGREEMENT_EXPIRING: {
      const a = finding.agreement;
      return [
        {
          objectType: "Agreement",
          objectId: a.agreementId,
          trigger: finding.trigger,
          label: a.name,
          detail: `beslutsdatum ${a.decisionDeadline}, uppsägning senast ${a.noticeDeadline}, löper till ${a.currentTermEnd}`,
          lastChangedOn: a.lastChangedOn,
        },
      ];
    }
    case Trigger.POOR_APPLICATION: {
      const u = finding.usage;
      return [
        {
          objectType: "ApplicationUsage",
          objectId: u.id,
          trigger: finding.trigger,
          label: explain.usageLabel(names, u),
          detail: `funktionell passform ${u.functionalFit ?? "okänd"}, teknisk passform ${u.technicalFit ?? "okänd"}, fas ${explain.PHASE_NAMES[u.phase] ?? u.phase}`,
          lastChangedOn: u.lastChangedOn,
        },
      ];
    }
    case Trigger.COMPETENCE_RISK: {
      const r = finding.risk;
      const collaboration = r.kind === "COLLABORATION" && r.collaborationId !== null;
      return [
        {
          objectType: collaboration ? "Collaboration" : "ApplicationUsage",
          objectId: collaboration ? r.collaborationId! : r.applicationUsageId!,
          trigger: finding.trigger,
          label: r.label,
          detail: `kompetensrisk ${r.score} poäng`,
          // The risk's subject's last change: its collaboration's or its usage's.
          lastChangedOn: (collaboration ? collaborations.get(r.collaborationId!)?.lastChangedOn : usages.get(r.applicationUsageId!)?.lastChangedOn) ?? null,
        },
      ];
    }
    case Trigger.SAME_APPLICATION:
      return finding.usages.map((u) => ({
        objectType: "ApplicationUsage" as const,
        objectId: u.id,
        trigger: finding.trigger,
        label: explain.usageLabel(names, u),
        detail: `${u.userCount === null ? "okänt antal" : formatInteger(u.userCount)} användare, årskostnad ${u.annualCostSek === null ? "okänd" : formatKronor(u.annualCostSek * 100)}`,
        lastChangedOn: u.lastChangedOn,
      }));
  }
}
