/**
 * The annual report as an evaluation (evaluations/registry.ts): `read` takes what the report shows
 * from the one reader of dated facts (`FactsOn` on the year's dates) and from the evaluations it
 * builds on (competence risk, the governance report, the candidates, the decisions' follow-ups);
 * `reportFacts` shapes that typed input into the report's facts and `buildAnnualReport`
 * (annual-report.ts) assembles them, both pure. Names, hosts, covering agreements, parties and cost
 * keys are the ones recorded now, as the report has always shown them; everything dated is read on
 * the report's dates.
 */
import { type AgreementCostProblem, type AgreementCostSplit, costKeyOf, splitAgreementCost } from "../agreements/cost-split";
import { agreementSchedule, type AgreementSchedule, inForceOn } from "../agreements/deadlines";
import { AgreementKind, termsOf } from "../agreements/entities";
import { deadlinePolicy } from "../agreements/settings";
import type { Application } from "../applications/entities";
import type { Collaboration, CollaborationLevel, CollaborationParticipant, LevelChange } from "../collaborations/entities";
import { levelOn } from "../collaborations/rules";
import { groupBy } from "../common/collections";
import { addMonths, type LocalDate } from "../common/dates";
import { compareNames } from "../common/names";
import { DECISION_NAMES, TRIGGER_NAMES } from "../common/vocabulary";
import type { CompetenceNetwork, CompetenceNetworkActivity } from "../competence/entities";
import { type RiskAssessment, RiskLevel, RiskSubjectKind } from "../competence/risk";
import { type LeaveView } from "../competence/privacy";
import { competenceRisk, DEFAULT_HORIZON_MONTHS } from "../competence/risk-data";
import { type AgreedCostKey, splitTrainingCost } from "../competence/training-cost";
import { encodeGlobalId } from "../core/global-id";
import type { EvaluationSource, Evaluation } from "../evaluations/evaluation";
import { governanceReport, type GovernanceReport } from "../governance/report";
import type { AgreementOn } from "../history/reader";
import type { CollaborationBody, Membership, Municipality, PopulationFigure } from "../municipalities/entities";
import { figureFor } from "../municipalities/population";
import { DecisionStatus } from "../recommendations/decisions";
import type { DecisionEffect, RecommendationDecision } from "../recommendations/entities";
import { type EffectMeasures, decisionSubjectName } from "../recommendations/follow-up";
import { followUp } from "../recommendations/follow-up-service";
import { type Evaluation as CandidatesEvaluation, candidateGlobalId, candidates } from "../recommendations/service";
import {
  buildAnnualReport,
  reportDates,
  type AgreementFact,
  type AnnualReport,
  type CollaborationFact,
  type LevelFact,
  type MunicipalityFact,
  type MunicipalityRef,
  type RecommendationFact,
  type ReportFacts,
} from "./annual-report";
import type { PolicyGoal } from "./entities";
import { FOLLOW_UP_PERIOD_MONTHS, type FollowUpFact, type FollowUpMeasures } from "./follow-ups";
import { policyGoalStatus } from "./policy-goals";

/** Years shown year over year, Y included. */
export const YEARS_SHOWN = 5;

export interface AnnualReportParams {
  year: number;
  /** A collaboration body's id (one that exists: the caller checks); null for every collaboration. */
  bodyId: number | null;
  /** Whose planned leave competence risk counts: the viewer's (leaveViewOf). */
  leave: LeaveView;
  /** The last day a follow-up point is realised on: the year's last day, or today while the year runs. */
  followedUpUntil: LocalDate;
}

interface AgreementRead {
  on: AgreementOn;
  start: AgreementSchedule;
  end: AgreementSchedule;
}

interface TrainingActivityRead {
  id: number;
  title: string;
  heldOn: LocalDate;
  costOre: number | null;
  plan: string;
  collaborationId: number | null;
  municipalities: { municipalityId: number; participantCount: number }[];
}

interface FollowUpRead {
  decision: RecommendationDecision;
  effect: DecisionEffect | null;
  baseline: EffectMeasures;
  points: { monthsAfter: number; date: LocalDate; measures: EffectMeasures | null }[];
}

/** What the report reads, as the reader and the evaluations give it. */
export interface AnnualReportInput {
  body: CollaborationBody | null;
  levels: CollaborationLevel[];
  municipalities: Map<number, Municipality>;
  applications: Map<number, Application>;
  /** Every collaboration as recorded now, by name. */
  collaborations: Collaboration[];
  /** Level changes up to the year's end, by collaboration. */
  levelChanges: Map<number, LevelChange[]>;
  participantsStart: Map<number, CollaborationParticipant[]>;
  participantsEnd: Map<number, CollaborationParticipant[]>;
  /** Every agreement as recorded now with its latest links, by name, and its schedules on the year's first and last day. */
  agreements: AgreementRead[];
  populationFigures: PopulationFigure[];
  memberships: Membership[];
  networks: { network: CompetenceNetwork; collaborationIds: number[] }[];
  networkActivities: CompetenceNetworkActivity[];
  networkMembersEnd: Map<number, number>;
  trainingActivities: TrainingActivityRead[];
  risks: RiskAssessment[];
  governanceEnd: GovernanceReport;
  governancePrevious: GovernanceReport;
  policyGoals: PolicyGoal[];
  candidates: CandidatesEvaluation;
  decisions: RecommendationDecision[];
  followUps: FollowUpRead[];
}

/** An agreement's schedule on `date`: from its terms then, or its first recorded terms when it was not on record yet (as `scheduleOf` answers). */
function scheduleOn(on: AgreementOn, date: LocalDate, recorded: Map<number, AgreementSchedule>, first: Map<number, Record<string, unknown>>): AgreementSchedule {
  const schedule = recorded.get(on.agreement.id);
  if (schedule) return schedule;
  const facts = first.get(on.agreement.id);
  const stood = facts ? Object.assign({}, on.agreement, facts) : on.agreement;
  return agreementSchedule(termsOf(stood), date, deadlinePolicy(stood.procurementLeadTimeMonths, null));
}

async function read(source: EvaluationSource, end: LocalDate, params: AnnualReportParams): Promise<AnnualReportInput> {
  const { start } = reportDates(params.year);
  const onEnd = source.facts(end);
  const onStart = source.facts(start);
  const [
    bodies,
    levels,
    municipalities,
    applications,
    collaborations,
    levelChanges,
    participantsStart,
    participantsEnd,
    recordedAgreements,
    schedulesStart,
    schedulesEnd,
    firstFacts,
    populationFigures,
    memberships,
    networks,
    networkActivities,
    networkMembers,
    trainingActivities,
    policyGoals,
    decisionRows,
    effects,
  ] = await Promise.all([
    onEnd.collaborationBodies(),
    onEnd.levels(),
    onEnd.municipalities(),
    onEnd.applications(),
    onEnd.recordedCollaborations(),
    onEnd.levelChanges(),
    onStart.participants(),
    onEnd.participants(),
    onEnd.recordedAgreements(),
    onStart.schedules(),
    onEnd.schedules(),
    onEnd.firstAgreementFacts(),
    onEnd.allPopulationFigures(),
    onEnd.allMemberships(),
    onEnd.allNetworks(),
    onEnd.networkActivities(start),
    onEnd.networkMembers(),
    onEnd.trainingActivities(start),
    onEnd.policyGoals(),
    onEnd.recommendationDecisions(),
    onEnd.decisionEffects(),
  ]);
  const [risks, governanceEnd, governancePrevious, candidateEvaluation] = await Promise.all([
    source.ask(competenceRisk, end, { horizonMonths: DEFAULT_HORIZON_MONTHS, leave: params.leave }),
    source.ask(governanceReport, end, undefined),
    source.ask(governanceReport, `${params.year - 1}-12-31`, undefined),
    source.ask(candidates, end, undefined),
  ]);
  // The accepted decisions whose follow-up period overlaps the year, measured on their dates.
  const followedFrom = addMonths(start, -FOLLOW_UP_PERIOD_MONTHS);
  const accepted = decisionRows.filter((d) => d.status === DecisionStatus.ACCEPTED && d.decidedOn >= followedFrom && d.decidedOn <= end);
  const followUps = await Promise.all(
    accepted.map(async (decision): Promise<FollowUpRead> => {
      const result = await followUp(source, decision, params.followedUpUntil);
      return { decision, effect: effects.get(decision.id) ?? null, baseline: result.baseline, points: result.points };
    }),
  );
  return {
    body: params.bodyId === null ? null : (bodies.get(params.bodyId) ?? null),
    levels: [...levels.values()].sort((a, b) => a.ordinal - b.ordinal),
    municipalities,
    applications,
    collaborations,
    levelChanges,
    participantsStart,
    participantsEnd,
    agreements: recordedAgreements.map((on) => ({ on, start: scheduleOn(on, start, schedulesStart, firstFacts), end: scheduleOn(on, end, schedulesEnd, firstFacts) })),
    populationFigures,
    memberships,
    networks,
    networkActivities,
    networkMembersEnd: new Map([...groupBy(networkMembers, (m) => m.networkId)].map(([id, members]) => [id, members.length])),
    trainingActivities,
    risks,
    governanceEnd,
    governancePrevious,
    policyGoals,
    candidates: candidateEvaluation,
    decisions: decisionRows,
    followUps,
  };
}

const byDecisionDate = (a: RecommendationDecision, b: RecommendationDecision) => (a.decidedOn < b.decidedOn ? -1 : a.decidedOn > b.decidedOn ? 1 : a.id - b.id);

const levelFact = (level: CollaborationLevel): LevelFact => ({ ordinal: level.ordinal, name: level.name });

const measuresFact = (m: Pick<EffectMeasures, keyof FollowUpMeasures>): FollowUpMeasures => ({
  costPerInhabitantOre: m.costPerInhabitantOre,
  levelOrdinal: m.levelOrdinal,
  competenceRiskScore: m.competenceRiskScore,
  productCount: m.productCount,
});

const scheduleFact = (s: AgreementSchedule) => ({
  currentTermStart: s.currentTermStart,
  currentTermEnd: s.currentTermEnd,
  noticeDeadline: s.noticeDeadline,
  decisionDeadline: s.decisionDeadline,
  status: s.status,
  extensionsUsed: s.extensionsUsed,
});

/** The report's facts for `params` from what `read` gathered (pure). */
function reportFacts(input: AnnualReportInput, params: AnnualReportParams): ReportFacts {
  const { year, bodyId } = params;
  const { start, end } = reportDates(year);
  const yearEnds = Array.from({ length: YEARS_SHOWN }, (_, i) => `${year - YEARS_SHOWN + 1 + i}-12-31`);
  const levelDates = [...new Set([start, end, ...yearEnds])];
  const levelById = new Map(input.levels.map((l) => [l.id, l]));
  const levelByOrdinal = new Map(input.levels.map((l) => [l.ordinal, l]));
  const municipality = (id: number) => input.municipalities.get(id)!;
  const ref = (id: number): MunicipalityRef => ({ code: municipality(id).code, name: municipality(id).name });
  const codesOf = (participants: CollaborationParticipant[] | undefined) => (participants ?? []).map((p) => municipality(p.municipalityId).code);

  const collaborations = input.collaborations.filter((c) => bodyId === null || c.collaborationBodyId === bodyId);
  const collaborationFacts: CollaborationFact[] = collaborations.map((c) => {
    const history = input.levelChanges.get(c.id) ?? [];
    return {
      id: encodeGlobalId("Collaboration", c.id),
      name: c.name,
      application: input.applications.get(c.applicationId)!.name,
      host: municipality(c.hostMunicipalityId).name,
      levelOn: Object.fromEntries(
        levelDates.map((date) => {
          const id = levelOn(history, date);
          return [date, id === null ? null : levelFact(levelById.get(id)!)];
        }),
      ),
      participantsStart: codesOf(input.participantsStart.get(c.id)),
      participantsEnd: codesOf(input.participantsEnd.get(c.id)),
      history: history.map((h) => ({
        changedOn: h.changedOn,
        from: h.fromLevelId === null ? null : levelFact(levelById.get(h.fromLevelId)!),
        to: levelFact(levelById.get(h.toLevelId)!),
        decisionReference: h.decisionReference,
        reason: h.reason,
      })),
    };
  });

  // Agreements covering the collaborations in scope (by their latest links), directly or through their applications.
  const covering = (c: Pick<Collaboration, "id" | "applicationId">) => input.agreements.filter((a) => a.on.collaborationIds.includes(c.id) || a.on.applicationIds.includes(c.applicationId));
  const inScopeAgreements = [...new Set(collaborations.flatMap(covering))].sort((a, b) => (a.on.agreement.name < b.on.agreement.name ? -1 : a.on.agreement.name > b.on.agreement.name ? 1 : 0));
  const figuresOf = groupBy(input.populationFigures, (f) => f.municipalityId);
  const agreementFacts: AgreementFact[] = inScopeAgreements.map(({ on, start: onStart, end: onEnd }) => {
    const a = on.agreement;
    const split: AgreementCostSplit<Municipality> | AgreementCostProblem | null =
      a.kind === AgreementKind.SAMVERKANSAVTAL
        ? splitAgreementCost(
            a,
            year,
            undefined,
            [...new Set(on.municipalityIds)].sort((x, y) => x - y).map((id) => ({ municipality: municipality(id), shareBasisPoints: on.shares.get(id) ?? null })),
            (id) => figuresOf.get(id) ?? [],
          )
        : null;
    return {
      name: a.name,
      kind: a.kind,
      referenceNumber: a.referenceNumber,
      startDate: a.startDate,
      noticeGivenOn: a.noticeGivenOn,
      terminatedOn: a.terminatedOn,
      municipalities: on.municipalityIds.map((id) => municipality(id).code),
      start: scheduleFact(onStart),
      end: scheduleFact(onEnd),
      allocation:
        split && !("problem" in split)
          ? {
              key: split.key,
              baseShareBasisPoints: split.baseShareBasisPoints,
              populationYear: split.populationYear,
              totalOre: split.totalOre,
              shares: split.shares.map((s) => ({ code: s.municipality.code, amountOre: s.amountOre, population: s.population, shareBasisPoints: s.shareBasisPoints })),
            }
          : null,
      // A cost that cannot be split (no population figure for the year) is reported, not fatal.
      allocationProblem: split && "problem" in split ? split.problem : null,
    };
  });

  // Municipalities in scope: the body's members during Y (or everyone), and every party of a cost in scope.
  const parties = new Set(agreementFacts.flatMap((a) => a.allocation?.shares.map((s) => s.code) ?? []));
  for (const c of collaborationFacts) for (const code of [...c.participantsStart, ...c.participantsEnd]) parties.add(code);
  const bodyMemberships = groupBy(
    input.memberships.filter((ms) => ms.collaborationBodyId === bodyId),
    (ms) => ms.municipalityId,
  );
  const inScope = (m: Municipality) =>
    parties.has(m.code) || (bodyId === null ? false : (bodyMemberships.get(m.id) ?? []).some((ms) => ms.fromDate <= end && (ms.toDate === null || ms.toDate >= start)));
  const byName = [...input.municipalities.values()].sort((a, b) => compareNames(a.name, b.name) || a.id - b.id);
  const municipalityFacts: MunicipalityFact[] = byName.filter(inScope).map((m) => {
    const figure = figureFor(figuresOf.get(m.id) ?? [], year);
    return { code: m.code, name: m.name, population: figure?.population ?? null, populationYear: figure?.year ?? null };
  });
  const codes = new Set(municipalityFacts.map((m) => m.code));
  const memberOn = (id: number, date: LocalDate) => (bodyMemberships.get(id) ?? []).some((ms) => ms.fromDate <= date && (ms.toDate === null || ms.toDate >= date));
  const shown = (participantIds: readonly number[], date: LocalDate) => bodyId === null || (participantIds.length > 0 && participantIds.every((id) => memberOn(id, date)));

  const collaborationIds = new Set(collaborations.map((c) => c.id));
  const activitiesOf = groupBy(input.networkActivities, (a) => a.networkId);
  const collaborationById = new Map(input.collaborations.map((c) => [c.id, c]));
  const trainings = input.trainingActivities
    .filter((a) => a.municipalities.some((m) => codes.has(municipality(m.municipalityId).code)))
    .map((a) => {
      const split = splitTrainingCost(
        a.costOre,
        a.heldOn,
        a.municipalities.map((m) => ({ municipalityId: m.municipalityId, code: municipality(m.municipalityId).code, populations: figuresOf.get(m.municipalityId) ?? [] })),
        agreedCostKey(a, collaborationById, covering),
      );
      return {
        title: a.title,
        plan: a.plan,
        heldOn: a.heldOn,
        participants: a.municipalities.filter((m) => codes.has(municipality(m.municipalityId).code)).reduce((sum, m) => sum + m.participantCount, 0),
        costOre: a.costOre,
        shares: split ? split.shares.map((s) => ({ code: municipality(s.municipalityId).code, amountOre: s.amountOre })) : null,
      };
    })
    .sort((a, b) => (a.heldOn < b.heldOn ? -1 : a.heldOn > b.heldOn ? 1 : a.title < b.title ? -1 : 1));

  const decided = (d: { status: string; reason: string } | null) => (d ? `${DECISION_NAMES[d.status] ?? d.status}: ${d.reason}` : null);
  const participantIdsOf = (d: RecommendationDecision) => JSON.parse(d.participantIds) as number[];
  const candidateFacts: RecommendationFact[] = input.candidates.candidates
    .filter((c) => !c.hidden && shown(c.participantIds, end))
    .map((c) => {
      const decision = c.decision ? (input.candidates.decisions.get(c.decision.id) ?? null) : null;
      const collaboration = c.collaborationId === null ? null : (collaborationById.get(c.collaborationId) ?? null);
      return {
        date: end,
        trigger: [...new Set(c.contributions.map((x) => TRIGGER_NAMES[x.trigger] ?? x.trigger))].join("; "),
        subject: c.participantIds.map((id) => municipality(id).name).join(", "),
        explanation: c.summary,
        decision: decided(decision),
        decidedOn: decision?.decidedOn ?? null,
        candidateId: candidateGlobalId(c.key, c.asOf),
        system: collaboration && { id: encodeGlobalId("Collaboration", collaboration.id), name: collaboration.name },
        participants: c.participantIds.map(ref),
        proposedLevel: levelFact(levelByOrdinal.get(c.targetLevel)!),
        proposedProduct: input.applications.get(c.proposedApplicationId)!.name,
        score: c.score,
        deadline: c.drivingDeadline,
        window: c.window.start ? { start: c.window.start, end: c.window.end } : null,
        annualCostOre: c.combinedAnnualCostSek === null ? null : c.combinedAnnualCostSek * 100,
        costSplit: c.costSplit ? c.costSplit.map((s) => ({ municipality: municipality(s.municipalityId).name, amountOre: s.amountOre })) : null,
      };
    });
  const decisionFacts: RecommendationFact[] = input.decisions
    .filter((d) => d.decidedOn >= start && d.decidedOn <= end && shown(participantIdsOf(d), d.decidedOn))
    .sort(byDecisionDate)
    .map((d) => ({
      date: d.decidedOn,
      trigger: "Beslut",
      subject: participantIdsOf(d)
        .map((id) => municipality(id).name)
        .join(", "),
      explanation: d.summary,
      decision: decided(d),
      decidedOn: d.decidedOn,
      candidateId: null,
      system: null,
      participants: participantIdsOf(d).map(ref),
      proposedLevel: null,
      proposedProduct: null,
      score: null,
      deadline: null,
      window: null,
      annualCostOre: null,
      costSplit: null,
    }));

  const followUps: FollowUpFact[] = [...input.followUps]
    .sort((a, b) => byDecisionDate(a.decision, b.decision))
    .filter((f) => bodyId === null || participantIdsOf(f.decision).some((id) => codes.has(municipality(id).code)))
    .map(({ decision, effect, baseline, points }) => ({
      decidedOn: decision.decidedOn,
      subject: decisionSubjectName(decision.subject, (id) => input.applications.get(id)?.name),
      participants: participantIdsOf(decision).map(ref),
      summary: decision.summary,
      expected: effect
        ? {
            costPerInhabitantOre: effect.expectedCostPerInhabitantOre,
            levelOrdinal: effect.expectedLevel,
            competenceRiskScore: effect.expectedCompetenceRiskScore,
            productCount: effect.expectedProductCount,
          }
        : null,
      atDecision: measuresFact(baseline),
      points: points.map((p) => ({ monthsAfter: p.monthsAfter, date: p.date, realised: p.measures && measuresFact(p.measures) })),
    }));

  const governanceFact = (report: GovernanceReport) => ({
    complianceRate: report.complianceRate,
    rules: report.rules.map((r) => ({ code: r.code, title: r.title, applicable: r.applicable, compliant: r.compliant, complianceRate: r.complianceRate })),
  });

  return {
    year,
    body: input.body && { name: input.body.name, shortName: input.body.shortName },
    levels: input.levels.map(levelFact),
    yearEnds,
    municipalities: municipalityFacts,
    collaborations: collaborationFacts,
    agreements: agreementFacts,
    networks: input.networks
      .filter((n) => bodyId === null || n.collaborationIds.length === 0 || n.collaborationIds.some((id) => collaborationIds.has(id)))
      .map((n) => ({
        name: n.network.name,
        activities: (activitiesOf.get(n.network.id) ?? []).map((a) => ({ occurredOn: a.occurredOn, kind: a.kind, title: a.title })),
        membersEnd: input.networkMembersEnd.get(n.network.id) ?? 0,
      })),
    trainings,
    risks: input.risks
      .filter((r) => r.level !== RiskLevel.LOW)
      .filter((r) => (r.collaborationId !== null ? collaborationIds.has(r.collaborationId) : r.kind === RiskSubjectKind.APPLICATION_USAGE && codes.has(municipality(r.municipalityIds[0]).code)))
      .map((r) => ({ label: r.label, level: r.level, score: r.score, reasons: r.reasons.map((x) => x.explanation) })),
    governanceEnd: governanceFact(input.governanceEnd),
    governancePrevious: governanceFact(input.governancePrevious),
    policyGoals: input.policyGoals
      .filter((g) => bodyId === null || g.collaborationBodyId === null || g.collaborationBodyId === bodyId)
      .map((g) => ({ title: g.title, deadline: g.deadline, achievedOn: g.achievedOn, status: policyGoalStatus(g, end) })),
    recommendations: [...decisionFacts, ...candidateFacts],
    followUps,
  };
}

/**
 * The cost key of the samverkansavtal that covers the collaboration of the activity's plan and is
 * in force on the activity's date (the first by name when several are); null for other plans.
 */
function agreedCostKey(
  activity: TrainingActivityRead,
  collaborations: Map<number, Collaboration>,
  covering: (c: Pick<Collaboration, "id" | "applicationId">) => AgreementRead[],
): AgreedCostKey | null {
  const collaboration = activity.collaborationId === null ? undefined : collaborations.get(activity.collaborationId);
  if (!collaboration) return null;
  const agreement = covering(collaboration).find(({ on }) => on.agreement.kind === AgreementKind.SAMVERKANSAVTAL && on.agreement.costKey !== null && inForceOn(on.terms, activity.heldOn))?.on;
  const key = agreement && costKeyOf(agreement.agreement);
  if (!agreement || !key) return null;
  return { agreementId: agreement.agreement.id, key, populationYear: agreement.agreement.costKeyPopulationYear, shareBasisPoints: agreement.shares };
}

/** The annual report for a year and scope, from the facts as they stood on its dates. */
export const annualReportEvaluation: Evaluation<AnnualReportParams, AnnualReportInput, AnnualReport> = {
  name: "annualReport",
  key: (p) => `${p.year}|${p.bodyId ?? "all"}|${JSON.stringify(p.leave)}|${p.followedUpUntil}`,
  read: (source, date, params) => read(source, date, params),
  evaluate: (input, params) => buildAnnualReport(reportFacts(input, params)),
};
