import { assertCanEditMunicipality, assertCanEditShared } from "../access/viewer";
import { snapshot } from "../audit/diff";
import { isLocalDate, type LocalDate, yearOf } from "../common/dates";
import { type Keep, partitioned } from "../evaluations/evaluation";
import type { MutationScope } from "../core/mutation";
import { UserErrorCode } from "../core/user-error";
import { Municipality } from "../municipalities/entities";
import {
  type Candidate,
  type CandidateContext,
  type CandidateGroup,
  candidateContext,
  type CandidateGroupShape,
  candidateGroupShapes,
  candidateGroupsOf,
  candidateOf,
  compareCandidates,
  sameShapeInput,
  shapeInputs,
} from "./candidates";
import { DecisionStatus, type DecisionFact } from "./decisions";
import type { RecommendationFacts } from "./facts";
import { ChangeFreeze, FreezeException, FreezeExceptionKind, FreezeExceptionStatus, FreezeKind, freezeRuleOf, RecommendationDecision, TriggerSettings } from "./entities";
import { freezeIntervals, isMonthDay } from "./freezes";
import type {
  ChangeFreezeCreateInput,
  ChangeFreezeDeleteInput,
  ChangeFreezePeriodInput,
  ChangeFreezeUpdateInput,
  FreezeExceptionDecideInput,
  FreezeExceptionRequestInput,
  RecommendationDecideInput,
  TriggerSettingsUpdateInput,
} from "./inputs";
import { loadRecommendationFacts, loadTriggerSettings } from "./load-facts";
import { DEFAULT_TRIGGER_SETTINGS, settingProblems, type TriggerSettingsValues } from "./settings";
import { publishEvent, WebhookEventType } from "../reminders/events";

export const CANDIDATE_TYPE = "CollaborationCandidate";

/**
 * A candidate's opaque ID on a date: its key and the date it was evaluated for. Its score, deadline
 * and explanation depend on the date, so a client cache that normalises by ID must never merge two
 * dates' candidates into one; `key` stays the same across dates.
 */
export function candidateGlobalId(key: string, asOf: LocalDate): string {
  return Buffer.from(`${CANDIDATE_TYPE}:${asOf}:${key}`, "utf8").toString("base64url");
}

const DATED = /^(\d{4}-\d{2}-\d{2}):/;

/** The key and date of a candidate's ID; `asOf` null for an ID of the earlier, undated form. Null when not a candidate's ID. */
export function candidateIdParts(globalId: string): { key: string; asOf: LocalDate | null } | null {
  if (typeof globalId !== "string" || globalId.length > 20_000) return null;
  const text = Buffer.from(globalId, "base64url").toString("utf8");
  if (!text.startsWith(`${CANDIDATE_TYPE}:`)) return null;
  const rest = text.slice(CANDIDATE_TYPE.length + 1);
  const dated = DATED.exec(rest);
  if (!dated) return { key: rest, asOf: null };
  return isLocalDate(dated[1]) ? { key: rest.slice(dated[0].length), asOf: dated[1] } : null;
}

/**
 * The candidate an ID names on its date (a dated ID) or on `fallbackDate`; null when there is none.
 * `evaluationOn` answers the candidates' evaluation on a date (the request's, through its registry).
 */
export async function candidateById(
  evaluationOn: (date: LocalDate) => Promise<Evaluation>,
  globalId: string,
  fallbackDate: LocalDate,
): Promise<{ candidate: Candidate; evaluation: Evaluation } | null> {
  const parts = candidateIdParts(globalId);
  if (!parts) return null;
  const evaluation = await evaluationOn(parts.asOf ?? fallbackDate);
  const candidate = evaluation.candidates.find((c) => c.key === parts.key);
  return candidate ? { candidate, evaluation } : null;
}

function decisionFact(row: RecommendationDecision): DecisionFact {
  return {
    id: row.id,
    candidateKey: row.candidateKey,
    subject: row.subject,
    participantIds: JSON.parse(row.participantIds) as number[],
    status: row.status,
    deferredUntil: row.deferredUntil,
    decidedOn: row.decidedOn,
    fingerprint: JSON.parse(row.fingerprint),
  };
}

export interface Evaluation {
  asOf: LocalDate;
  /** Every candidate on asOf, hidden ones included, in order. */
  candidates: Candidate[];
  /** What they were evaluated from. */
  facts: RecommendationFacts;
  decisions: Map<number, RecommendationDecision>;
}

interface CandidatesInput {
  asOf: LocalDate;
  facts: RecommendationFacts;
  rows: RecommendationDecision[];
}

/** What every group's candidate reads alike: the facts but the usages and competence risks (each group has its own), and the decisions. */
interface CandidatesShared {
  facts: Omit<RecommendationFacts, "usages" | "competenceRisks">;
  decisions: DecisionFact[];
}

/** Each group's unit key, by its place in `shapes`: its kind, subject and participants (numbered when two groups share them). */
function unitKeys(shapes: readonly CandidateGroupShape[]): string[] {
  const seen = new Set<string>();
  return shapes.map((shape) => {
    const key = `${shape.kind}|${shape.subject}|${[...shape.participantIds].sort((a, b) => a - b).join(",")}`;
    let unique = key;
    for (let n = 2; seen.has(unique); n++) unique = `${key}#${n}`;
    seen.add(unique);
    return unique;
  });
}

/**
 * The collaboration candidates on a date with the decisions taken so far: a fixed number of
 * statements whatever the size of the data; judged group by group (candidateGroups), each group's
 * candidate from its own usages and collaborations and what all groups share.
 */
export const candidates = partitioned({
  name: "recommendations",
  key: () => "",
  async read(source, asOf): Promise<CandidatesInput> {
    const [facts, rows] = await Promise.all([loadRecommendationFacts(source, asOf), source.facts(asOf).recommendationDecisions()]);
    return { asOf, facts, rows };
  },
  units: {
    split({ facts, rows }: CandidatesInput, _params: undefined, keep: Keep) {
      const { usages: _usagesOfGroups, competenceRisks: _risksOfGroups, ...shared } = facts;
      const units = new Map<string, CandidateGroup>();
      // Who uses what changes seldom: a write of a user count, a fit or a cost keeps the groups' shapes, and only their facts are new.
      const shapes = keep("groupShapes", shapeInputs(facts), () => candidateGroupShapes(facts), sameShapeInput);
      const keys = keep("groupKeys", [shapes], () => unitKeys(shapes));
      const groups = candidateGroupsOf(shapes, facts);
      for (let i = 0; i < groups.length; i++) units.set(keys[i], groups[i]);
      return { shared: { facts: shared, decisions: rows.map(decisionFact) } satisfies CandidatesShared, units };
    },
    prepare: (shared: CandidatesShared) => candidateContext(shared.facts, shared.decisions),
    evaluateUnit: (context: CandidateContext, group: CandidateGroup) => candidateOf(context, group),
    combine(results: (Candidate | null)[], { asOf, facts, rows }: CandidatesInput): Evaluation {
      const list = results.filter((c): c is Candidate => c !== null).sort(compareCandidates);
      return { asOf, facts, candidates: list, decisions: new Map(rows.map((r) => [r.id, r])) };
    },
  },
});

const MAX_REASON = 2000;

/**
 * Records a decision on a candidate of today's evaluation (`evaluation`, made before the
 * transaction). Editors decide only candidates their municipality takes part in.
 */
export async function decide(s: MutationScope, input: RecommendationDecideInput, evaluation: Evaluation): Promise<RecommendationDecision | null> {
  // A candidate is decided as it stands today, whichever date its ID was read on.
  const key = candidateIdParts(input.candidateId)?.key ?? null;
  const candidate = key === null ? undefined : evaluation.candidates.find((c) => c.key === key);
  if (!candidate) {
    s.fail("candidateId", UserErrorCode.NOT_FOUND, `Inget samverkansförslag har detta ID den ${evaluation.asOf}.`);
    return null;
  }
  assertCanEditShared(s.ctx.viewer, candidate.participantIds);
  const reason = s.text("reason", input.reason, { required: true, max: MAX_REASON });
  const deferredUntil = input.deferredUntil ?? null;
  if (input.status === DecisionStatus.DEFERRED) {
    if (deferredUntil === null) s.fail("deferredUntil", UserErrorCode.REQUIRED, "Ett uppskjutande behöver datumet det gäller till.");
    else if (!isLocalDate(deferredUntil)) s.fail("deferredUntil", UserErrorCode.INVALID, "Inte ett giltigt datum (ÅÅÅÅ-MM-DD).");
    else if (deferredUntil <= s.ctx.today) s.fail("deferredUntil", UserErrorCode.OUT_OF_RANGE, `Måste ligga efter i dag (${s.ctx.today}).`);
  } else if (deferredUntil !== null) s.fail("deferredUntil", UserErrorCode.INVALID, "Bara ett uppskjutet beslut (DEFERRED) har ett datum.");
  if (s.failed) return null;
  const decision = Object.assign(new RecommendationDecision(), {
    candidateKey: candidate.key,
    subject: candidate.subject,
    participantIds: JSON.stringify([...candidate.participantIds].sort((a, b) => a - b)),
    fingerprint: JSON.stringify(candidate.fingerprint),
    status: input.status,
    deferredUntil,
    reason: reason!,
    summary: candidate.summary,
    decidedOn: s.ctx.today,
    decidedAt: s.ctx.now.toISOString(),
    decidedBy: s.ctx.viewer?.tokenName ?? "system",
    municipalityId: s.ctx.viewer?.municipalityId ?? null,
  });
  const saved = await s.save(decision, null);
  await publishEvent(s, WebhookEventType.RECOMMENDATION_DECIDED, {
    decision: { id: saved.globalId, status: saved.status, reason: saved.reason, deferredUntil: saved.deferredUntil, decidedOn: saved.decidedOn },
    candidate: { id: input.candidateId, subject: candidate.subject, summary: candidate.summary },
  });
  return saved;
}

export async function updateTriggerSettings(s: MutationScope, input: TriggerSettingsUpdateInput): Promise<TriggerSettings | null> {
  const settings = await loadTriggerSettings(s.em);
  if (settings.id === 0) {
    s.fail(null, UserErrorCode.NOT_FOUND, "Inställningarna för utlösarna saknas; kör migreringarna.");
    return null;
  }
  const before = snapshot(settings);
  for (const field of Object.keys(DEFAULT_TRIGGER_SETTINGS) as (keyof TriggerSettingsValues)[]) {
    const value = input[field];
    if (value !== undefined && value !== null) settings[field] = value;
  }
  for (const problem of settingProblems(settings)) s.fail(problem.field, UserErrorCode.OUT_OF_RANGE, problem.message);
  if (!s.failed && JSON.stringify(snapshot(settings)) === JSON.stringify(before)) s.fail(null, UserErrorCode.UNCHANGED, "Inget skulle ändras.");
  if (s.failed) return null;
  return s.save(settings, before);
}

/** Checks and sets a freeze's period: the fields of its kind required and valid, the others cleared. */
function applyPeriod(s: MutationScope, freeze: ChangeFreeze, period: ChangeFreezePeriodInput): void {
  const field = (name: string) => `period.${name}`;
  const present = {
    [FreezeKind.ISO_WEEKS]: ["fromWeek", "toWeek"],
    [FreezeKind.DAY_MONTH]: ["fromMonthDay", "toMonthDay"],
    [FreezeKind.DATES]: ["fromDate", "toDate"],
  } as const;
  for (const [kind, names] of Object.entries(present)) {
    for (const name of names) {
      const value = period[name];
      if (kind === period.kind && (value === null || value === undefined)) s.fail(field(name), UserErrorCode.REQUIRED, `Ett förändringsstopp av typen ${kind} behöver detta.`);
      if (kind !== period.kind && value !== null && value !== undefined) s.fail(field(name), UserErrorCode.INVALID, `Bara ett förändringsstopp av typen ${kind} har detta.`);
    }
  }
  Object.assign(freeze, { kind: period.kind, fromWeek: null, toWeek: null, fromMonthDay: null, toMonthDay: null, fromDate: null, toDate: null });
  if (period.kind === FreezeKind.ISO_WEEKS) {
    freeze.fromWeek = s.integer(field("fromWeek"), period.fromWeek, 1, 53);
    freeze.toWeek = s.integer(field("toWeek"), period.toWeek, 1, 53);
  } else if (period.kind === FreezeKind.DAY_MONTH) {
    for (const name of ["fromMonthDay", "toMonthDay"] as const) {
      const value = period[name];
      if (value !== null && value !== undefined && !isMonthDay(value)) s.fail(field(name), UserErrorCode.INVALID, "Inte en dag på året (MM-DD).");
      freeze[name] = value ?? null;
    }
  } else {
    for (const name of ["fromDate", "toDate"] as const) {
      const value = period[name];
      if (value !== null && value !== undefined && !isLocalDate(value)) s.fail(field(name), UserErrorCode.INVALID, "Inte ett giltigt datum (ÅÅÅÅ-MM-DD).");
      freeze[name] = value ?? null;
    }
    if (freeze.fromDate && freeze.toDate && freeze.toDate < freeze.fromDate) s.fail(field("toDate"), UserErrorCode.DATE_ORDER, "Sista dagen ligger före den första.");
  }
}

export async function createFreeze(s: MutationScope, input: ChangeFreezeCreateInput): Promise<ChangeFreeze | null> {
  const municipality = await s.find("municipalityId", input.municipalityId, Municipality);
  if (!municipality) return null;
  assertCanEditMunicipality(s.ctx.viewer, municipality.id);
  const freeze = Object.assign(new ChangeFreeze(), { municipalityId: municipality.id, category: input.category ?? null, announcedOn: s.ctx.today });
  freeze.name = s.text("name", input.name, { required: true, max: 150 })!;
  freeze.note = s.text("note", input.note, { max: 2000 });
  applyPeriod(s, freeze, input.period);
  return s.failed ? null : s.save(freeze, null);
}

async function findFreeze(s: MutationScope, id: string, field = "id"): Promise<ChangeFreeze | null> {
  const freeze = await s.find(field, id, ChangeFreeze);
  if (freeze) assertCanEditMunicipality(s.ctx.viewer, freeze.municipalityId);
  return freeze;
}

export async function updateFreeze(s: MutationScope, input: ChangeFreezeUpdateInput): Promise<ChangeFreeze | null> {
  const freeze = await findFreeze(s, input.id);
  if (!freeze) return null;
  const before = snapshot(freeze);
  if (input.name !== undefined) freeze.name = s.text("name", input.name, { required: true, max: 150 })!;
  if (input.note !== undefined) freeze.note = s.text("note", input.note, { max: 2000 });
  if (input.category !== undefined) freeze.category = input.category ?? null;
  if (input.period) applyPeriod(s, freeze, input.period);
  if (!s.failed && JSON.stringify(snapshot(freeze)) === JSON.stringify(before)) s.fail(null, UserErrorCode.UNCHANGED, "Inget skulle ändras.");
  return s.failed ? null : s.save(freeze, before);
}

export async function deleteFreeze(s: MutationScope, input: ChangeFreezeDeleteInput): Promise<ChangeFreeze | null> {
  const freeze = await findFreeze(s, input.id);
  if (!freeze) return null;
  const copy = Object.assign(new ChangeFreeze(), freeze);
  await s.remove(freeze);
  return copy;
}

const MAX_EXCEPTION_TEXT = 5000;

/** Requests a change inside a freeze (editors: their own municipality's freezes). The period must lie inside one of the freeze's periods. */
export async function requestFreezeException(s: MutationScope, input: FreezeExceptionRequestInput): Promise<FreezeException | null> {
  const freeze = await findFreeze(s, input.freezeId, "freezeId");
  if (!freeze) return null;
  const description = s.text("description", input.description, { required: true, max: MAX_EXCEPTION_TEXT });
  const riskAssessment = s.text("riskAssessment", input.riskAssessment, { max: MAX_EXCEPTION_TEXT });
  const rollbackPlan = s.text("rollbackPlan", input.rollbackPlan, { max: MAX_EXCEPTION_TEXT });
  if (input.kind === FreezeExceptionKind.RISK_ASSESSED) {
    if (!riskAssessment) s.fail("riskAssessment", UserErrorCode.REQUIRED, "Ett undantag efter riskbedömning kräver riskbedömningen.");
    if (!rollbackPlan) s.fail("rollbackPlan", UserErrorCode.REQUIRED, "Ett undantag efter riskbedömning kräver en återställningsplan.");
  }
  for (const name of ["fromDate", "toDate"] as const) if (!isLocalDate(input[name])) s.fail(name, UserErrorCode.INVALID, "Inte ett giltigt datum (ÅÅÅÅ-MM-DD).");
  if (!s.failed) {
    if (input.toDate < input.fromDate) s.fail("toDate", UserErrorCode.DATE_ORDER, "Sista dagen ligger före den första.");
    else if (input.fromDate < s.ctx.today) s.fail("fromDate", UserErrorCode.OUT_OF_RANGE, `Ändringen kan inte börja före i dag (${s.ctx.today}).`);
    else {
      const inside = freezeIntervals(freezeRuleOf(freeze), yearOf(input.fromDate) - 1, yearOf(input.fromDate)).some((p) => p.from <= input.fromDate && input.toDate <= p.to);
      if (!inside) s.fail("fromDate", UserErrorCode.OUT_OF_RANGE, `Perioden ${input.fromDate}–${input.toDate} ligger inte inom förändringsstoppet ${freeze.name}; ett undantag behövs bara inom det.`);
    }
  }
  if (s.failed) return null;
  return s.save(
    Object.assign(new FreezeException(), {
      freezeId: freeze.id,
      municipalityId: freeze.municipalityId,
      kind: input.kind,
      fromDate: input.fromDate,
      toDate: input.toDate,
      description: description!,
      riskAssessment,
      rollbackPlan,
      status: FreezeExceptionStatus.REQUESTED,
      requestedOn: s.ctx.today,
      requestedBy: s.ctx.viewer?.tokenName ?? "system",
      decidedOn: null,
      decidedBy: null,
      decisionReason: null,
    }),
    null,
  );
}

/** Approves or refuses a requested exception (admins: IT-chefsgruppen), once, with a reason. */
export async function decideFreezeException(s: MutationScope, input: FreezeExceptionDecideInput): Promise<FreezeException | null> {
  const exception = await s.find("id", input.id, FreezeException);
  if (!exception) return null;
  if (exception.status !== FreezeExceptionStatus.REQUESTED) {
    s.fail("id", UserErrorCode.CONFLICT, `Undantaget är redan ${exception.status === FreezeExceptionStatus.APPROVED ? "godkänt" : "avslaget"} (${exception.decidedOn}).`);
    return null;
  }
  if (input.status === FreezeExceptionStatus.REQUESTED) s.fail("status", UserErrorCode.INVALID, "Ett beslut är APPROVED eller REFUSED.");
  const reason = s.text("reason", input.reason, { required: true, max: MAX_EXCEPTION_TEXT });
  if (s.failed) return null;
  const before = snapshot(exception);
  Object.assign(exception, { status: input.status, decidedOn: s.ctx.today, decidedBy: s.ctx.viewer?.tokenName ?? "system", decisionReason: reason });
  return s.save(exception, before);
}
