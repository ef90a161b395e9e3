import type { LocalDate } from "../common/dates";
import { DECISION_NAMES, TRIGGER_NAMES } from "../common/vocabulary";
/**
 * The one place the annual report reads data: GraphQL documents executed in-process against the
 * server's own schema, with `asOf` arguments for every dated fact. The public API is the stable
 * interface while the internal readers of dated facts change (issue 7).
 */
import { followUpsOf } from "./follow-ups";
import { reportDates, type AgreementFact, type CollaborationFact, type MunicipalityFact, type MunicipalityRef, type RecommendationFact, type ReportFacts } from "./annual-report";

/** Years shown year over year, Y included. */
export const YEARS_SHOWN = 5;

/** Runs a GraphQL document as the report's reader (graphql/in-process.ts makes one). */
export type RunGraphQL = <T = any>(document: string, variables?: Record<string, unknown>, options?: { partial?: boolean }) => Promise<T>;

/** Every node of a connection field at the root, page by page (first is capped at 100). */
async function allNodes<T>(run: RunGraphQL, field: string, args: string, argTypes: string, selection: string, variables: Record<string, unknown>): Promise<T[]> {
  const nodes: T[] = [];
  let after: string | null = null;
  do {
    const data: any = await run(`query($after: String${argTypes}) { page: ${field}(first: 100, after: $after${args}) { nodes { ${selection} } pageInfo { hasNextPage endCursor } } }`, {
      ...variables,
      after,
    });
    nodes.push(...data.page.nodes);
    after = data.page.pageInfo.hasNextPage ? data.page.pageInfo.endCursor : null;
  } while (after);
  return nodes;
}

const LEVEL = "{ ordinal name }";
const SCHEDULE = "{ currentTermStart currentTermEnd noticeDeadline decisionDeadline status extensionsUsed }";

export interface FactsInput {
  year: number;
  /** A collaboration body's global ID; null for every collaboration. */
  bodyId: string | null;
}

export async function gatherFacts(run: RunGraphQL, input: FactsInput): Promise<ReportFacts> {
  const { year, bodyId } = input;
  const { start, end } = reportDates(year);
  const previousEnd = `${year - 1}-12-31`;
  const yearEnds = Array.from({ length: YEARS_SHOWN }, (_, i) => `${year - YEARS_SHOWN + 1 + i}-12-31`);
  const levelDates = [...new Set([start, end, ...yearEnds])];

  const head = await run(
    `query($body: ID!, $hasBody: Boolean!) {
      body: node(id: $body) @include(if: $hasBody) { ... on CollaborationBody { name shortName } }
      collaborationLevels ${LEVEL}
    }`,
    { body: bodyId ?? "", hasBody: bodyId !== null },
  );
  if (bodyId !== null && !head.body?.name) throw new ReportInputError("body", "Inget samverkansorgan har detta ID.");

  const levelAliases = levelDates.map((date, i) => `l${i}: levelOn(date: "${date}") ${LEVEL}`).join(" ");
  const collaborations = await allNodes<any>(
    run,
    "collaborations",
    bodyId ? ", collaborationBody: $body" : "",
    bodyId ? ", $body: ID, $start: LocalDate, $end: LocalDate" : ", $start: LocalDate, $end: LocalDate",
    `id name application { name } host { name } ${levelAliases}
     participantsStart: participants(asOf: $start) { municipality { code } }
     participantsEnd: participants(asOf: $end) { municipality { code } }
     levelHistory { changedOn decisionReference reason fromLevel ${LEVEL} toLevel ${LEVEL} }
     agreements { id }`,
    bodyId ? { body: bodyId, start, end } : { start, end },
  );

  const collaborationFacts: CollaborationFact[] = collaborations.map((c) => ({
    id: c.id,
    name: c.name,
    application: c.application.name,
    host: c.host.name,
    levelOn: Object.fromEntries(levelDates.map((date, i) => [date, c[`l${i}`]])),
    participantsStart: c.participantsStart.map((p: any) => p.municipality.code),
    participantsEnd: c.participantsEnd.map((p: any) => p.municipality.code),
    history: c.levelHistory.map((h: any) => ({ changedOn: h.changedOn, from: h.fromLevel, to: h.toLevel, decisionReference: h.decisionReference, reason: h.reason })),
  }));

  // Agreements covering the collaborations in scope, directly or through their applications.
  const agreementIds = [...new Set(collaborations.flatMap((c) => c.agreements.map((a: any) => a.id)))];
  const agreements = agreementIds.length
    ? (
        await run(
          `query($ids: [ID!]!, $start: LocalDate!, $end: LocalDate!) { nodes(ids: $ids) { ... on Agreement {
            id name kind referenceNumber startDate noticeGivenOn terminatedOn
            municipalities { code }
            start: schedule(asOf: $start) ${SCHEDULE}
            end: schedule(asOf: $end) ${SCHEDULE}
          } } }`,
          { ids: agreementIds, start, end },
        )
      ).nodes.sort((a: any, b: any) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    : [];
  const samverkansavtal = agreements.filter((a: any) => a.kind === "SAMVERKANSAVTAL");
  const allocations = samverkansavtal.length
    ? await run(
        `query($year: Int!, ${samverkansavtal.map((_: any, i: number) => `$a${i}: ID!`).join(", ")}) { ${samverkansavtal
          .map(
            (_: any, i: number) =>
              `a${i}: costAllocation(agreement: $a${i}, year: $year) { key baseShareBasisPoints populationYear totalOre shares { municipality { code } amountOre population shareBasisPoints } }`,
          )
          .join(" ")} }`,
        { year, ...Object.fromEntries(samverkansavtal.map((a: any, i: number) => [`a${i}`, a.id])) },
        { partial: true },
      )
    : { errors: [] };
  // A cost that cannot be split (no population figure for the year) is reported, not fatal.
  const problemOf = new Map<string, string>(
    (allocations.errors as { path?: readonly (string | number)[]; message: string }[]).map((e) => [samverkansavtal[Number(String(e.path?.[0]).slice(1))]?.id, e.message]),
  );
  const allocationOf = new Map<string, any>(samverkansavtal.map((a: any, i: number) => [a.id, allocations[`a${i}`]]));
  const agreementFacts: AgreementFact[] = agreements.map((a: any) => {
    const allocation = allocationOf.get(a.id);
    return {
      name: a.name,
      kind: a.kind,
      referenceNumber: a.referenceNumber,
      startDate: a.startDate,
      noticeGivenOn: a.noticeGivenOn,
      terminatedOn: a.terminatedOn,
      municipalities: a.municipalities.map((m: any) => m.code),
      start: a.start,
      end: a.end,
      allocation: allocation
        ? { ...allocation, shares: allocation.shares.map((s: any) => ({ code: s.municipality.code, amountOre: s.amountOre, population: s.population, shareBasisPoints: s.shareBasisPoints })) }
        : null,
      allocationProblem: problemOf.get(a.id) ?? null,
    };
  });

  // Municipalities in scope: the body's members during Y (or everyone), and every party of a cost in scope.
  const municipalities = await allNodes<any>(
    run,
    "municipalities",
    "",
    ", $year: Int",
    `code name population(year: $year) { population year } memberships { collaborationBody { id } fromDate toDate }`,
    { year },
  );
  const parties = new Set(agreementFacts.flatMap((a) => a.allocation?.shares.map((s) => s.code) ?? []));
  for (const c of collaborationFacts) for (const code of [...c.participantsStart, ...c.participantsEnd]) parties.add(code);
  const inScope = (m: any) =>
    parties.has(m.code) || (bodyId === null ? false : m.memberships.some((ms: any) => ms.collaborationBody.id === bodyId && ms.fromDate <= end && (ms.toDate === null || ms.toDate >= start)));
  const municipalityFacts: MunicipalityFact[] = municipalities
    .filter(inScope)
    .map((m) => ({ code: m.code, name: m.name, population: m.population?.population ?? null, populationYear: m.population?.year ?? null }));
  const codes = new Set(municipalityFacts.map((m) => m.code));
  const membershipsOf = new Map<string, { fromDate: LocalDate; toDate: LocalDate | null }[]>(
    municipalities.map((m) => [m.code, m.memberships.filter((ms: any) => ms.collaborationBody.id === bodyId)]),
  );
  const memberOn = (code: string, date: LocalDate) => (membershipsOf.get(code) ?? []).some((ms) => ms.fromDate <= date && (ms.toDate === null || ms.toDate >= date));

  const collaborationIds = new Set(collaborations.map((c) => c.id));
  const networks = await allNodes<any>(
    run,
    "competenceNetworks",
    "",
    ", $start: LocalDate, $end: LocalDate",
    `name collaborations { id } activities(since: $start) { occurredOn kind title } members(asOf: $end) { id }`,
    { start, end },
  );
  const plans = await allNodes<any>(
    run,
    "trainingPlans",
    "",
    ", $start: LocalDate, $end: LocalDate",
    `name activities(from: $start, to: $end) { title heldOn costOre municipalities { municipality { code } participantCount } costSplit { shares { municipality { code } amountOre } } }`,
    { start, end },
  );
  const risks = await allNodes<any>(
    run,
    "competenceRisk",
    ", asOf: $end, minLevel: MEDIUM",
    ", $end: LocalDate",
    `label level score collaboration { id } municipality { code } reasons { explanation }`,
    { end },
  );
  const governance = await run(
    `query($end: LocalDate!, $previous: LocalDate!) {
      end: governanceReport(asOf: $end) { complianceRate rules { code title applicable compliant complianceRate } }
      previous: governanceReport(asOf: $previous) { complianceRate rules { code title applicable compliant complianceRate } }
      policyGoals { title deadline achievedOn status(asOf: $end) collaborationBody { id } }
    }`,
    { end, previous: previousEnd },
  );

  return {
    year,
    body: head.body ?? null,
    levels: head.collaborationLevels,
    yearEnds,
    municipalities: municipalityFacts,
    collaborations: collaborationFacts,
    agreements: agreementFacts,
    networks: networks
      .filter((n) => bodyId === null || n.collaborations.length === 0 || n.collaborations.some((c: any) => collaborationIds.has(c.id)))
      .map((n) => ({ name: n.name, activities: n.activities.filter((a: any) => a.occurredOn <= end), membersEnd: n.members.length })),
    trainings: plans
      .flatMap((p) =>
        p.activities
          .filter((a: any) => a.municipalities.some((m: any) => codes.has(m.municipality.code)))
          .map((a: any) => ({
            title: a.title,
            plan: p.name,
            heldOn: a.heldOn,
            participants: a.municipalities.filter((m: any) => codes.has(m.municipality.code)).reduce((sum: number, m: any) => sum + m.participantCount, 0),
            costOre: a.costOre,
            shares: a.costSplit ? a.costSplit.shares.map((s: any) => ({ code: s.municipality.code, amountOre: s.amountOre })) : null,
          })),
      )
      .sort((a, b) => (a.heldOn < b.heldOn ? -1 : a.heldOn > b.heldOn ? 1 : a.title < b.title ? -1 : 1)),
    risks: risks
      .filter((r) => (r.collaboration ? collaborationIds.has(r.collaboration.id) : r.municipality !== null && codes.has(r.municipality.code)))
      .map((r) => ({ label: r.label, level: r.level, score: r.score, reasons: r.reasons.map((x: any) => x.explanation) })),
    governanceEnd: governance.end,
    governancePrevious: governance.previous,
    policyGoals: governance.policyGoals
      .filter((g: any) => bodyId === null || g.collaborationBody === null || g.collaborationBody.id === bodyId)
      .map((g: any) => ({ title: g.title, deadline: g.deadline, achievedOn: g.achievedOn, status: g.status })),
    recommendations: await recommendationsOf(run, end, (participants, date) => bodyId === null || (participants.length > 0 && participants.every((p) => memberOn(p.code, date)))),
    followUps: await followUpsOf(run, year, bodyId === null ? null : codes),
  };
}

/**
 * Whether the report shows a recommendation naming `participants` on `date`: with a body, when every
 * participant is its member on that date (the DKF report names no candidate of non-members); the
 * report over every collaboration shows them all.
 */
type InScope = (participants: MunicipalityRef[], date: LocalDate) => boolean;

const inOrder = (a: { date: LocalDate }, b: { date: LocalDate }) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0);

/**
 * The candidates standing on the last day of the year (those not hidden by a decision) and the
 * decisions taken during the year, for candidates whose participants are all in scope on that day:
 * what each proposes, its score, deadline, window, cost and split, in the recommendations' own words.
 */
async function recommendationsOf(run: RunGraphQL, end: LocalDate, inScope: InScope): Promise<RecommendationFact[]> {
  const start = `${end.slice(0, 4)}-01-01`;
  const data = await run(
    `query($end: LocalDate!, $start: LocalDate!) {
      collaborationCandidates(asOf: $end, first: 100) { nodes {
        id summary score drivingDeadline combinedAnnualCostOre
        participants { code name } contributions { trigger }
        collaboration { id name } proposedApplication { name } targetLevel ${LEVEL}
        transitionWindow { start end }
        costSplit { municipality { name } amountOre }
        decision { status reason decidedOn }
      } }
      recommendationDecisions(from: $start, to: $end, first: 100) { nodes { decidedOn status reason summary participants { code name } } }
    }`,
    { end, start },
  );
  const decided = (d: { status: string; reason: string } | null) => (d ? `${DECISION_NAMES[d.status] ?? d.status}: ${d.reason}` : null);
  const candidates: RecommendationFact[] = data.collaborationCandidates.nodes
    .filter((c: any) => inScope(c.participants, end))
    .map((c: any) => ({
      date: end,
      trigger: [...new Set(c.contributions.map((x: any) => TRIGGER_NAMES[x.trigger] ?? x.trigger))].join("; "),
      subject: c.participants.map((p: MunicipalityRef) => p.name).join(", "),
      explanation: c.summary,
      decision: decided(c.decision),
      decidedOn: c.decision?.decidedOn ?? null,
      candidateId: c.id,
      system: c.collaboration,
      participants: c.participants,
      proposedLevel: c.targetLevel,
      proposedProduct: c.proposedApplication.name,
      score: c.score,
      deadline: c.drivingDeadline,
      window: c.transitionWindow.start ? { start: c.transitionWindow.start, end: c.transitionWindow.end } : null,
      annualCostOre: c.combinedAnnualCostOre,
      costSplit: c.costSplit ? c.costSplit.map((s: any) => ({ municipality: s.municipality.name, amountOre: s.amountOre })) : null,
    }));
  const decisions: RecommendationFact[] = data.recommendationDecisions.nodes
    .filter((d: any) => inScope(d.participants, d.decidedOn))
    .map((d: any) => ({
      date: d.decidedOn,
      trigger: "Beslut",
      subject: d.participants.map((p: MunicipalityRef) => p.name).join(", "),
      explanation: d.summary,
      decision: decided(d),
      decidedOn: d.decidedOn,
      candidateId: null,
      system: null,
      participants: d.participants,
      proposedLevel: null,
      proposedProduct: null,
      score: null,
      deadline: null,
      window: null,
      annualCostOre: null,
      costSplit: null,
    }));
  return [...decisions.sort(inOrder), ...candidates];
}

/** A report argument the caller got wrong (answered as BAD_USER_INPUT). */
export class ReportInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}
