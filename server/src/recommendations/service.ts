import { assertCanEditMunicipality, assertCanEditShared } from "../access/viewer";
import { snapshot } from "../audit/diff";
import { isLocalDate, type LocalDate } from "../common/dates";
import { evaluation } from "../evaluations/evaluation";
import type { MutationScope } from "../core/mutation";
import { UserErrorCode } from "../core/user-error";
import { Municipality } from "../municipalities/entities";
import { evaluateCandidates, type Candidate } from "./candidates";
import { DecisionStatus, type DecisionFact } from "./decisions";
import { ChangeFreeze, FreezeKind, RecommendationDecision, TriggerSettings } from "./entities";
import { isMonthDay } from "./freezes";
import type { ChangeFreezeCreateInput, ChangeFreezeDeleteInput, ChangeFreezePeriodInput, ChangeFreezeUpdateInput, RecommendationDecideInput, TriggerSettingsUpdateInput } from "./inputs";
import { loadRecommendationFacts, loadTriggerSettings } from "./load-facts";
import { DEFAULT_TRIGGER_SETTINGS, settingProblems, type TriggerSettingsValues } from "./settings";
import { publishEvent, WebhookEventType } from "../reminders/events";

export const CANDIDATE_TYPE = "CollaborationCandidate";

/** A candidate's opaque ID: its key, encoded. */
export function candidateGlobalId(key: string): string {
  return Buffer.from(`${CANDIDATE_TYPE}:${key}`, "utf8").toString("base64url");
}

export function candidateKeyOf(globalId: string): string | null {
  if (typeof globalId !== "string" || globalId.length > 20_000) return null;
  const text = Buffer.from(globalId, "base64url").toString("utf8");
  return text.startsWith(`${CANDIDATE_TYPE}:`) ? text.slice(CANDIDATE_TYPE.length + 1) : null;
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
  decisions: Map<number, RecommendationDecision>;
}

/** The collaboration candidates on a date with the decisions taken so far: a fixed number of statements whatever the size of the data. */
export const candidates = evaluation({
  name: "recommendations",
  async read(source, asOf) {
    const [facts, rows] = await Promise.all([loadRecommendationFacts(source, asOf), source.facts(asOf).recommendationDecisions()]);
    return { asOf, facts, rows };
  },
  evaluate({ asOf, facts, rows }): Evaluation {
    return { asOf, candidates: evaluateCandidates(facts, rows.map(decisionFact)), decisions: new Map(rows.map((r) => [r.id, r])) };
  },
});

const MAX_REASON = 2000;

/**
 * Records a decision on a candidate of today's evaluation (`evaluation`, made before the
 * transaction). Editors decide only candidates their municipality takes part in.
 */
export async function decide(s: MutationScope, input: RecommendationDecideInput, evaluation: Evaluation): Promise<RecommendationDecision | null> {
  const key = candidateKeyOf(input.candidateId);
  const candidate = key === null ? undefined : evaluation.candidates.find((c) => c.key === key);
  if (!candidate) {
    s.fail("candidateId", UserErrorCode.NOT_FOUND, `No collaboration candidate has this ID on ${evaluation.asOf}.`);
    return null;
  }
  assertCanEditShared(s.ctx.viewer, candidate.participantIds);
  const reason = s.text("reason", input.reason, { required: true, max: MAX_REASON });
  const deferredUntil = input.deferredUntil ?? null;
  if (input.status === DecisionStatus.DEFERRED) {
    if (deferredUntil === null) s.fail("deferredUntil", UserErrorCode.REQUIRED, "A deferral needs the date until which it holds.");
    else if (!isLocalDate(deferredUntil)) s.fail("deferredUntil", UserErrorCode.INVALID, "Not a calendar date (YYYY-MM-DD).");
    else if (deferredUntil <= s.ctx.today) s.fail("deferredUntil", UserErrorCode.OUT_OF_RANGE, `Must lie after today (${s.ctx.today}).`);
  } else if (deferredUntil !== null) s.fail("deferredUntil", UserErrorCode.INVALID, "Only a DEFERRED decision has a date.");
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
    s.fail(null, UserErrorCode.NOT_FOUND, "The trigger settings are missing; run the migrations.");
    return null;
  }
  const before = snapshot(settings);
  for (const field of Object.keys(DEFAULT_TRIGGER_SETTINGS) as (keyof TriggerSettingsValues)[]) {
    const value = input[field];
    if (value !== undefined && value !== null) settings[field] = value;
  }
  for (const problem of settingProblems(settings)) s.fail(problem.field, UserErrorCode.OUT_OF_RANGE, problem.message);
  if (!s.failed && JSON.stringify(snapshot(settings)) === JSON.stringify(before)) s.fail(null, UserErrorCode.UNCHANGED, "Nothing would change.");
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
      if (kind === period.kind && (value === null || value === undefined)) s.fail(field(name), UserErrorCode.REQUIRED, `A ${kind} freeze needs this.`);
      if (kind !== period.kind && value !== null && value !== undefined) s.fail(field(name), UserErrorCode.INVALID, `Only a ${kind} freeze has this.`);
    }
  }
  Object.assign(freeze, { kind: period.kind, fromWeek: null, toWeek: null, fromMonthDay: null, toMonthDay: null, fromDate: null, toDate: null });
  if (period.kind === FreezeKind.ISO_WEEKS) {
    freeze.fromWeek = s.integer(field("fromWeek"), period.fromWeek, 1, 53);
    freeze.toWeek = s.integer(field("toWeek"), period.toWeek, 1, 53);
  } else if (period.kind === FreezeKind.DAY_MONTH) {
    for (const name of ["fromMonthDay", "toMonthDay"] as const) {
      const value = period[name];
      if (value !== null && value !== undefined && !isMonthDay(value)) s.fail(field(name), UserErrorCode.INVALID, "Not a day of the year (MM-DD).");
      freeze[name] = value ?? null;
    }
  } else {
    for (const name of ["fromDate", "toDate"] as const) {
      const value = period[name];
      if (value !== null && value !== undefined && !isLocalDate(value)) s.fail(field(name), UserErrorCode.INVALID, "Not a calendar date (YYYY-MM-DD).");
      freeze[name] = value ?? null;
    }
    if (freeze.fromDate && freeze.toDate && freeze.toDate < freeze.fromDate) s.fail(field("toDate"), UserErrorCode.DATE_ORDER, "The last day lies before the first.");
  }
}

export async function createFreeze(s: MutationScope, input: ChangeFreezeCreateInput): Promise<ChangeFreeze | null> {
  const municipality = await s.find("municipalityId", input.municipalityId, Municipality);
  if (!municipality) return null;
  assertCanEditMunicipality(s.ctx.viewer, municipality.id);
  const freeze = Object.assign(new ChangeFreeze(), { municipalityId: municipality.id, category: input.category ?? null });
  freeze.name = s.text("name", input.name, { required: true, max: 150 })!;
  freeze.note = s.text("note", input.note, { max: 2000 });
  applyPeriod(s, freeze, input.period);
  return s.failed ? null : s.save(freeze, null);
}

async function findFreeze(s: MutationScope, id: string): Promise<ChangeFreeze | null> {
  const freeze = await s.find("id", id, ChangeFreeze);
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
  if (!s.failed && JSON.stringify(snapshot(freeze)) === JSON.stringify(before)) s.fail(null, UserErrorCode.UNCHANGED, "Nothing would change.");
  return s.failed ? null : s.save(freeze, before);
}

export async function deleteFreeze(s: MutationScope, input: ChangeFreezeDeleteInput): Promise<ChangeFreeze | null> {
  const freeze = await findFreeze(s, input.id);
  if (!freeze) return null;
  const copy = Object.assign(new ChangeFreeze(), freeze);
  await s.remove(freeze);
  return copy;
}
