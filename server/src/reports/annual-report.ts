/**
 * The annual collaboration report (årlig samverkansrapport) for a year Y, assembled from the facts as
 * they stood on the dates of Y. Pure: no ORM, no GraphQL, no clock. `facts.ts` gathers the input
 * through the reader of dated facts and the evaluations it builds on; the renderers (render-*.ts)
 * turn the result into HTML, Markdown, JSON and CSV.
 */
import { allocateCost, CostKeyKind, CostSplitError, type CostKey } from "../agreements/cost-split";
import { type FollowUpFact, type ReportFollowUps, reportFollowUps } from "./follow-ups";
import { addMonths, type LocalDate } from "../common/dates";

// ---------------------------------------------------------------- facts (the input)

export interface LevelFact {
  ordinal: number;
  name: string;
}

export interface LevelHistoryFact {
  changedOn: LocalDate;
  from: LevelFact | null;
  to: LevelFact;
  decisionReference: string | null;
  reason: string | null;
}

export interface CollaborationFact {
  /** Its global ID (its page is /system/<id>). */
  id: string;
  name: string;
  application: string;
  host: string;
  /** Level on each date asked for (the start and end of Y and the end of each earlier year shown); null before it began. */
  levelOn: Record<LocalDate, LevelFact | null>;
  /** Municipality codes participating on the first and last day of Y. */
  participantsStart: string[];
  participantsEnd: string[];
  history: LevelHistoryFact[];
}

export interface MunicipalityFact {
  code: string;
  name: string;
  /** The population figure for Y (or the latest earlier one). */
  population: number | null;
  populationYear: number | null;
}

export interface ScheduleFact {
  currentTermStart: LocalDate;
  currentTermEnd: LocalDate;
  noticeDeadline: LocalDate;
  decisionDeadline: LocalDate;
  status: string;
  extensionsUsed: number;
}

export interface CostShareFact {
  code: string;
  amountOre: number;
  population: number | null;
  shareBasisPoints: number | null;
}

export interface AgreementFact {
  name: string;
  kind: string;
  referenceNumber: string | null;
  startDate: LocalDate;
  noticeGivenOn: LocalDate | null;
  terminatedOn: LocalDate | null;
  /** Party municipality codes. */
  municipalities: string[];
  /** Schedules on the first and last day of Y. */
  start: ScheduleFact;
  end: ScheduleFact;
  /** A samverkansavtal's annual cost split for Y by its cost key; null for other kinds or without a cost. */
  allocation: { key: string; baseShareBasisPoints: number | null; populationYear: number | null; totalOre: number; shares: CostShareFact[] } | null;
  /** Why a samverkansavtal's cost could not be split for Y (e.g. a missing population figure); null otherwise. */
  allocationProblem: string | null;
}

export interface NetworkFact {
  name: string;
  /** Activities held during Y. */
  activities: { occurredOn: LocalDate; kind: string; title: string }[];
  membersEnd: number;
}

export interface TrainingFact {
  title: string;
  plan: string;
  heldOn: LocalDate;
  participants: number;
  costOre: number | null;
  /** The cost split between the municipalities taking part; null when not shared or without a cost. */
  shares: { code: string; amountOre: number }[] | null;
}

export interface RiskFact {
  label: string;
  level: string;
  score: number;
  reasons: string[];
}

export interface GovernanceFact {
  complianceRate: number;
  rules: { code: string; title: string; applicable: number; compliant: number; complianceRate: number }[];
}

export interface PolicyGoalFact {
  title: string;
  deadline: LocalDate;
  /** Status on the last day of Y. */
  status: string;
  achievedOn: LocalDate | null;
}

/** A municipality a recommendation names, by code (for links to its page) and name. */
export interface MunicipalityRef {
  code: string;
  name: string;
}

/**
 * A collaboration candidate (samverkansförslag) standing on the last day of Y, or a decision taken on
 * one during Y: what it proposes, its score, deadline, transition window, cost and split, and the
 * decision. `facts.ts` takes them from the candidates' evaluation and the decisions the reader gives.
 */
export interface RecommendationFact {
  date: LocalDate;
  /** The triggers, in Swedish ("Beslut" for a decision taken). */
  trigger: string;
  /** The participants' names, comma-separated. */
  subject: string;
  explanation: string;
  /** The decision in Swedish ("Godkänt: skäl"); null when none. */
  decision: string | null;
  /** When the decision was taken; null without one. */
  decidedOn: LocalDate | null;
  /** The candidate's ID on the report's last day (its page is /rekommendationer/<id>); null for a decision. */
  candidateId: string | null;
  /** The shared system it concerns (its page is /system/<id>); null when it proposes a new one. */
  system: { id: string; name: string } | null;
  participants: MunicipalityRef[];
  proposedLevel: LevelFact | null;
  proposedProduct: string | null;
  score: number | null;
  /** The deadline that drives it (the earliest decision deadline of the agreements concerned). */
  deadline: LocalDate | null;
  /** The transition window (övergångsfönster); null for a decision or when none was found. */
  window: { start: LocalDate; end: LocalDate | null } | null;
  /** The participants' combined annual cost today, öre; null when unknown. */
  annualCostOre: number | null;
  /** The cost split by population; null when it cannot be split. */
  costSplit: { municipality: string; amountOre: number }[] | null;
}

export interface ReportFacts {
  year: number;
  body: { name: string; shortName: string | null } | null;
  levels: LevelFact[];
  /** Year-end dates of the years shown year over year, oldest first (the last is the end of Y). */
  yearEnds: LocalDate[];
  municipalities: MunicipalityFact[];
  collaborations: CollaborationFact[];
  agreements: AgreementFact[];
  networks: NetworkFact[];
  trainings: TrainingFact[];
  risks: RiskFact[];
  governanceEnd: GovernanceFact;
  governancePrevious: GovernanceFact;
  policyGoals: PolicyGoalFact[];
  recommendations: RecommendationFact[];
  /** Accepted decisions and their follow-up (nyttorealisering). */
  followUps: FollowUpFact[];
}

// ---------------------------------------------------------------- the report (the output)

export interface ReportSystem {
  /** The collaboration's global ID (its page is /system/<id>). */
  id: string;
  name: string;
  application: string;
  host: string;
  levelStart: LevelFact | null;
  levelEnd: LevelFact | null;
  participantsStart: number;
  participantsEnd: number;
}

export interface ReportLevelChange extends LevelHistoryFact {
  system: string;
}

export interface ReportLevelCount {
  level: LevelFact;
  systemsStart: number;
  systemsEnd: number;
  /** Municipalities taking part, at the end of Y, in at least one system at this level. */
  municipalitiesEnd: number;
}

export interface ReportMatrixRow {
  municipality: string;
  /** Its code (its page is /kommun/<code>). */
  code: string;
  /** One cell per system (in `summary.systems` order at the end of Y): its level ordinal where the municipality takes part, else null. */
  levels: (number | null)[];
}

export interface ReportYearLevels {
  year: number;
  /** Systems per level ordinal, in `levels` order. */
  systems: number[];
}

export interface ReportAgreementEvent {
  agreement: string;
  kind: string;
  referenceNumber: string | null;
  /** The day it happened or falls due. */
  date: LocalDate;
  /** In Swedish, e.g. "Förlängt till 31 december 2026". */
  detail: string;
}

export interface ReportCostLine {
  agreement: string;
  key: string;
  totalOre: number;
  shares: { municipality: string; amountOre: number }[];
}

export interface ReportMunicipalityCost {
  municipality: string;
  agreementsOre: number;
  trainingOre: number;
  totalOre: number;
  population: number | null;
  /** Shared IT cost per inhabitant in öre; null without a population figure. */
  perInhabitantOre: number | null;
  /** What the others would take over if this municipality left: its shares of costs that can be re-split. */
  leavingShiftsOre: number;
  /** The largest increase for one remaining member, and who. */
  leavingLargestIncrease: { municipality: string; amountOre: number } | null;
  /** Agreements with fixed shares that would need a new agreement instead of a re-split. */
  leavingNeedsNewAgreement: string[];
}

export interface AnnualReport {
  year: number;
  start: LocalDate;
  end: LocalDate;
  /** Whether anything was recorded for the year: a system begun, an agreement started, training, network activity or a recommendation. */
  hasData: boolean;
  body: { name: string; shortName: string | null } | null;
  levels: LevelFact[];
  summary: { systems: ReportSystem[]; changes: ReportLevelChange[]; perLevel: ReportLevelCount[] };
  matrix: { systems: string[]; rows: ReportMatrixRow[] };
  levelsByYear: ReportYearLevels[];
  agreements: { ended: ReportAgreementEvent[]; renewed: ReportAgreementEvent[]; noticeGiven: ReportAgreementEvent[]; upcomingDecisions: ReportAgreementEvent[] };
  recommendations: RecommendationFact[];
  followUps: ReportFollowUps;
  competence: {
    networks: { name: string; meetings: number; trainings: number; supportCases: number; membersEnd: number }[];
    trainings: TrainingFact[];
    trainingParticipants: number;
    trainingCostOre: number;
    risks: RiskFact[];
  };
  cost: { lines: ReportCostLine[]; municipalities: ReportMunicipalityCost[]; totalOre: number; unsplit: { agreement: string; reason: string }[] };
  governance: {
    complianceEnd: number;
    compliancePrevious: number;
    /** Objects the rules applied to on 31 December and a year earlier: with none, there is no compliance to state. */
    applicableEnd: number;
    applicablePrevious: number;
    rules: { code: string; title: string; applicable: number; compliant: number; complianceEnd: number; compliancePrevious: number | null }[];
    policyGoals: PolicyGoalFact[];
  };
}

export const AGREEMENT_KIND_SV: Record<string, string> = {
  DRIFTAVTAL: "Driftavtal",
  SUPPORTAVTAL: "Supportavtal",
  LEVERANTORSAVTAL: "Leverantörsavtal",
  SAMVERKANSAVTAL: "Samverkansavtal",
};

export const COST_KEY_SV: Record<string, string> = {
  POPULATION: "Efter folkmängd",
  EQUAL: "Lika delar",
  FIXED_SHARES: "Fasta andelar",
  BASE_PLUS_POPULATION: "Grundavgift plus folkmängd",
};

/** How far ahead decision deadlines are listed. */
export const DECISION_HORIZON_MONTHS = 24;

const inYear = (date: LocalDate | null, year: number) => date?.startsWith(`${year}-`);

export function reportDates(year: number): { start: LocalDate; end: LocalDate } {
  return { start: `${year}-01-01`, end: `${year}-12-31` };
}

export function buildAnnualReport(facts: ReportFacts): AnnualReport {
  const { year } = facts;
  const { start, end } = reportDates(year);
  const names = new Map(facts.municipalities.map((m) => [m.code, m.name]));
  const nameOf = (code: string) => names.get(code) ?? code;

  // Summary: systems begun by the end of Y.
  const begun = facts.collaborations.filter((c) => c.levelOn[end] !== null);
  const systems: ReportSystem[] = begun.map((c) => ({
    id: c.id,
    name: c.name,
    application: c.application,
    host: c.host,
    levelStart: c.levelOn[start] ?? null,
    levelEnd: c.levelOn[end],
    participantsStart: c.participantsStart.length,
    participantsEnd: c.participantsEnd.length,
  }));
  const changes: ReportLevelChange[] = facts.collaborations
    .flatMap((c) => c.history.filter((h) => h.changedOn >= start && h.changedOn <= end).map((h) => ({ system: c.name, ...h })))
    .sort((a, b) => (a.changedOn < b.changedOn ? -1 : a.changedOn > b.changedOn ? 1 : 0));
  const perLevel: ReportLevelCount[] = facts.levels.map((level) => {
    const atEnd = begun.filter((c) => c.levelOn[end]?.ordinal === level.ordinal);
    return {
      level,
      systemsStart: facts.collaborations.filter((c) => c.levelOn[start]?.ordinal === level.ordinal).length,
      systemsEnd: atEnd.length,
      municipalitiesEnd: new Set(atEnd.flatMap((c) => c.participantsEnd).filter((code) => names.has(code))).size,
    };
  });

  const matrix = {
    systems: begun.map((c) => c.name),
    rows: facts.municipalities.map((m) => ({
      municipality: m.name,
      code: m.code,
      levels: begun.map((c) => (c.participantsEnd.includes(m.code) ? c.levelOn[end]!.ordinal : null)),
    })),
  };
  const levelsByYear = facts.yearEnds.map((date) => ({
    year: Number(date.slice(0, 4)),
    systems: facts.levels.map((level) => facts.collaborations.filter((c) => c.levelOn[date]?.ordinal === level.ordinal).length),
  }));

  // Agreements.
  const event = (a: AgreementFact, date: LocalDate, detail: string): ReportAgreementEvent => ({
    agreement: a.name,
    kind: AGREEMENT_KIND_SV[a.kind] ?? a.kind,
    referenceNumber: a.referenceNumber,
    date,
    detail,
  });
  const started = facts.agreements.filter((a) => a.startDate <= end);
  const byDate = (x: ReportAgreementEvent, y: ReportAgreementEvent) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.agreement < y.agreement ? -1 : 1);
  const ended = started
    .filter((a) => inYear(a.end.currentTermEnd, year))
    .map((a) => event(a, a.end.currentTermEnd, a.terminatedOn === a.end.currentTermEnd ? "Avslutat i förtid" : a.noticeGivenOn ? "Upphörde efter uppsägning" : "Löpte ut"))
    .sort(byDate);
  const renewed = started
    .filter((a) => a.end.extensionsUsed > a.start.extensionsUsed)
    .map((a) => event(a, a.end.currentTermStart, `Förlängt till och med ${a.end.currentTermEnd}`))
    .sort(byDate);
  const noticeGiven = started
    .filter((a) => inYear(a.noticeGivenOn, year))
    .map((a) => event(a, a.noticeGivenOn!, `Upphör ${a.end.currentTermEnd}`))
    .sort(byDate);
  const horizon = addMonths(end, DECISION_HORIZON_MONTHS);
  const upcomingDecisions = started
    .filter((a) => a.end.currentTermEnd > end && a.end.status !== "NOTICE_PASSED" && a.end.decisionDeadline > end && a.end.decisionDeadline <= horizon)
    .map((a) => event(a, a.end.decisionDeadline, `Uppsägning senast ${a.end.noticeDeadline}; avtalsperioden slutar ${a.end.currentTermEnd}`))
    .sort(byDate);

  // Competence.
  const networks = facts.networks.map((n) => ({
    name: n.name,
    meetings: n.activities.filter((a) => a.kind === "MEETING").length,
    trainings: n.activities.filter((a) => a.kind === "TRAINING").length,
    supportCases: n.activities.filter((a) => a.kind === "SUPPORT_CASE").length,
    membersEnd: n.membersEnd,
  }));
  const trainings = facts.trainings.filter((t) => inYear(t.heldOn, year));

  // Cost.
  const lines: ReportCostLine[] = started
    .filter((a) => a.allocation && a.start.currentTermEnd >= start)
    .map((a) => ({
      agreement: a.name,
      key: COST_KEY_SV[a.allocation!.key] ?? a.allocation!.key,
      totalOre: a.allocation!.totalOre,
      shares: a.allocation!.shares.map((s) => ({ municipality: nameOf(s.code), amountOre: s.amountOre })),
    }));
  const costAgreements = started.filter((a) => a.allocation && a.start.currentTermEnd >= start);
  const municipalities: ReportMunicipalityCost[] = facts.municipalities.map((m) => {
    const agreementsOre = costAgreements.reduce((sum, a) => sum + (a.allocation!.shares.find((s) => s.code === m.code)?.amountOre ?? 0), 0);
    const trainingOre = trainings.reduce((sum, t) => sum + (t.shares?.find((s) => s.code === m.code)?.amountOre ?? 0), 0);
    const totalOre = agreementsOre + trainingOre;
    return {
      municipality: m.name,
      agreementsOre,
      trainingOre,
      totalOre,
      population: m.population,
      perInhabitantOre: m.population ? Math.round(totalOre / m.population) : null,
      ...leaving(m.code, costAgreements, nameOf),
    };
  });
  // Training shares of municipalities outside the report's scope are not its costs.
  const totalOre = lines.reduce((sum, l) => sum + l.totalOre, 0) + trainings.reduce((sum, t) => sum + (t.shares ?? []).filter((s) => names.has(s.code)).reduce((x, s) => x + s.amountOre, 0), 0);

  // Governance.
  const previous = new Map(facts.governancePrevious.rules.map((r) => [r.code, r]));
  const rules = facts.governanceEnd.rules.map((r) => ({
    code: r.code,
    title: r.title,
    applicable: r.applicable,
    compliant: r.compliant,
    complianceEnd: r.complianceRate,
    compliancePrevious: previous.get(r.code)?.complianceRate ?? null,
  }));

  const recommendations = facts.recommendations.filter((r) => inYear(r.date, year));
  const hasData =
    begun.length > 0 ||
    started.length > 0 ||
    trainings.length > 0 ||
    facts.networks.some((n) => n.activities.length > 0) ||
    recommendations.length > 0 ||
    facts.governanceEnd.rules.some((r) => r.applicable > 0);

  return {
    year,
    start,
    end,
    hasData,
    body: facts.body,
    levels: facts.levels,
    summary: { systems, changes, perLevel },
    matrix,
    levelsByYear,
    agreements: { ended, renewed, noticeGiven, upcomingDecisions },
    recommendations,
    followUps: reportFollowUps(facts.followUps, year),
    competence: {
      networks,
      trainings,
      trainingParticipants: trainings.reduce((sum, t) => sum + t.participants, 0),
      trainingCostOre: trainings.reduce((sum, t) => sum + (t.costOre ?? 0), 0),
      risks: facts.risks,
    },
    cost: { lines, municipalities, totalOre, unsplit: started.filter((a) => a.allocationProblem && a.start.currentTermEnd >= start).map((a) => ({ agreement: a.name, reason: a.allocationProblem! })) },
    governance: {
      complianceEnd: facts.governanceEnd.complianceRate,
      compliancePrevious: facts.governancePrevious.complianceRate,
      applicableEnd: facts.governanceEnd.rules.reduce((sum, r) => sum + r.applicable, 0),
      applicablePrevious: facts.governancePrevious.rules.reduce((sum, r) => sum + r.applicable, 0),
      rules,
      policyGoals: facts.policyGoals,
    },
  };
}

/** What a member leaving would change: each cost re-split by the same key without it (the existing cost split). */
function leaving(code: string, agreements: AgreementFact[], nameOf: (code: string) => string) {
  let shiftsOre = 0;
  const increases = new Map<string, number>();
  const needsNewAgreement: string[] = [];
  for (const a of agreements) {
    const allocation = a.allocation!;
    const own = allocation.shares.find((s) => s.code === code);
    const others = allocation.shares.filter((s) => s.code !== code);
    if (!own || others.length === 0) continue;
    if (allocation.key === CostKeyKind.FIXED_SHARES) {
      needsNewAgreement.push(a.name);
      continue;
    }
    const key: CostKey =
      allocation.key === CostKeyKind.BASE_PLUS_POPULATION
        ? { kind: CostKeyKind.BASE_PLUS_POPULATION, baseShareBasisPoints: allocation.baseShareBasisPoints ?? 0 }
        : { kind: allocation.key as CostKeyKind.POPULATION | CostKeyKind.EQUAL };
    try {
      const resplit = allocateCost(allocation.totalOre, others, key);
      shiftsOre += own.amountOre;
      for (const share of resplit) increases.set(share.participant.code, (increases.get(share.participant.code) ?? 0) + share.amountOre - share.participant.amountOre);
    } catch (error) {
      if (!(error instanceof CostSplitError)) throw error;
      needsNewAgreement.push(a.name);
    }
  }
  let largest: { municipality: string; amountOre: number } | null = null;
  for (const [other, amountOre] of increases) if (!largest || amountOre > largest.amountOre) largest = { municipality: nameOf(other), amountOre };
  return { leavingShiftsOre: shiftsOre, leavingLargestIncrease: largest, leavingNeedsNewAgreement: needsNewAgreement };
}
