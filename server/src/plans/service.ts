import { createHash } from "node:crypto";
import { GraphQLError } from "graphql";
import type { DataSource } from "typeorm";
import type { EvaluationSource } from "../evaluations/evaluation";
import { assertCanEditMunicipality, assertCanEditShared } from "../access/viewer";
import { isLocalDate, type LocalDate } from "../common/dates";
import { decodeIdOf } from "../core/global-id";
import { runMutation, type MutationOutcome, type MutationScope } from "../core/mutation";
import { UserErrorCode } from "../core/user-error";
import type { Context } from "../core/context";
import { CollaborationBody, Municipality } from "../municipalities/entities";
import { DecisionStatus } from "../recommendations/decisions";
import { RecommendationDecision } from "../recommendations/entities";
import { publishEvent, WebhookEventType } from "../reminders/events";
import { BudgetCalendarRow, DecisionCostRow, PlanIssueRow } from "./entities";
import { implementationPlanEvaluation, PlanInputError } from "./load-plan";
import { DecisionCostKind, issuedBudgetNotices, type Plan } from "./plan";
import { renderPlanCsv, renderPlanHtml } from "./render";

function badInput(message: string, argumentName: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", argumentName } });
}

export interface PlanRequest {
  bodyId: number;
  from: LocalDate;
  to: LocalDate;
}

/** Checks the arguments of a plan: a body's global ID and a period of real dates; throws BAD_USER_INPUT in Swedish. */
export function planRequest(body: string, from: string, to: string): PlanRequest {
  const bodyId = decodeIdOf(body, CollaborationBody.typeName);
  if (bodyId === null) throw badInput("body: inte ett samverkansorgans ID.", "body");
  if (!isLocalDate(from)) throw badInput("from: inte ett datum (ÅÅÅÅ-MM-DD).", "from");
  if (!isLocalDate(to)) throw badInput("to: inte ett datum (ÅÅÅÅ-MM-DD).", "to");
  if (to < from) throw badInput("to: periodens sista dag ligger före dess första.", "to");
  return { bodyId, from, to };
}

/** The plan of a body for a period as it stands on `asOf`. */
export async function implementationPlan(evaluations: EvaluationSource, request: PlanRequest, asOf: LocalDate): Promise<Plan> {
  try {
    return await evaluations.ask(implementationPlanEvaluation, asOf, request);
  } catch (error) {
    if (error instanceof PlanInputError) throw badInput(`${error.field}: ${error.message}`, error.field);
    throw error;
  }
}

export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** What identifies a plan's content: everything but the date it was made for. */
export function contentSha256(plan: Plan): string {
  return sha256(JSON.stringify({ ...plan, asOf: undefined }));
}

export function issuesOf(db: DataSource, request: PlanRequest): Promise<PlanIssueRow[]> {
  return db.getRepository(PlanIssueRow).find({ where: { collaborationBodyId: request.bodyId, periodFrom: request.from, periodTo: request.to }, order: { version: "ASC" } });
}

/**
 * Issues the plan as it stands today: renders HTML and CSV with the date of issue and the next
 * version, and stores the bytes. When the latest issued version has the same content, that version is
 * the answer and nothing is stored (issuing twice gives the same bytes). A new version publishes
 * PLAN_ISSUED with every municipality's budget notice.
 */
export async function issuePlan(ctx: Context, request: PlanRequest): Promise<MutationOutcome<PlanIssueRow>> {
  let plan: Plan | null = null;
  try {
    plan = await implementationPlan(ctx.evaluations, request, ctx.today);
  } catch (error) {
    if (!(error instanceof GraphQLError && error.extensions.code === "BAD_USER_INPUT")) throw error;
  }
  return runMutation(ctx, "implementationPlanIssue", async (scope) => {
    if (!plan) {
      scope.fail("body", UserErrorCode.NOT_FOUND, "Inget samverkansorgan har detta ID.");
      return null;
    }
    const repository = scope.em.getRepository(PlanIssueRow);
    const latest = await repository.findOne({ where: { collaborationBodyId: request.bodyId, periodFrom: request.from, periodTo: request.to }, order: { version: "DESC" } });
    const content = contentSha256(plan);
    if (latest && latest.contentSha256 === content) return latest;
    const version = (latest?.version ?? 0) + 1;
    const html = renderPlanHtml(plan, { issued: { on: ctx.today, version } });
    const notices = issuedBudgetNotices(plan);
    const saved = await repository.save(
      Object.assign(new PlanIssueRow(), {
        collaborationBodyId: request.bodyId,
        periodFrom: request.from,
        periodTo: request.to,
        version,
        contentSha256: content,
        html,
        csv: renderPlanCsv(plan),
        budgetNotices: JSON.stringify(notices),
        sha256: sha256(html),
        issuedOn: ctx.today,
        issuedAt: ctx.now.toISOString(),
        issuedByTokenId: ctx.viewer?.tokenId ?? null,
        issuedBy: ctx.viewer?.tokenName ?? "system",
      }),
    );
    await publishEvent(scope, WebhookEventType.PLAN_ISSUED, {
      plan: { body: plan.body.shortName ?? plan.body.name, from: request.from, to: request.to, version, sha256: saved.sha256, issuedOn: saved.issuedOn, changed: latest !== null },
      budgetNotices: notices,
    });
    return saved;
  });
}

const MAX_COST_ORE = 1_000_000_000_000; // 10 000 MSEK

/**
 * Replaces the costs entered on an accepted decision (one per kind; a kind left out is estimated by
 * the plan). Editors: decisions their municipality takes part in.
 */
export async function setDecisionCosts(
  s: MutationScope,
  decisionGlobalId: string,
  costs: { kind: DecisionCostKind; amountOre: number; note?: string | null }[],
): Promise<RecommendationDecision | null> {
  const decision = await s.find("decisionId", decisionGlobalId, RecommendationDecision);
  if (!decision) return null;
  assertCanEditShared(s.ctx.viewer, JSON.parse(decision.participantIds) as number[]);
  if (decision.status !== DecisionStatus.ACCEPTED) s.fail("decisionId", UserErrorCode.CONFLICT, "Kostnader anges bara på ett godkänt beslut.");
  const seen = new Set<DecisionCostKind>();
  costs.forEach((c, i) => {
    if (seen.has(c.kind)) s.fail(`costs.${i}.kind`, UserErrorCode.DUPLICATE, "Varje slags kostnad anges en gång.");
    seen.add(c.kind);
    if (!Number.isSafeInteger(c.amountOre) || c.amountOre < 0 || c.amountOre > MAX_COST_ORE)
      s.fail(`costs.${i}.amountOre`, UserErrorCode.OUT_OF_RANGE, `Beloppet ska vara ett heltal öre från 0 till ${MAX_COST_ORE}.`);
    s.text(`costs.${i}.note`, c.note, { max: 500 });
  });
  if (s.failed) return null;
  const repository = s.em.getRepository(DecisionCostRow);
  const before = await repository.find({ where: { decisionId: decision.id }, order: { kind: "ASC" } });
  const after = costs.map((c) => ({ kind: c.kind, amountOre: c.amountOre, note: c.note?.trim() || null })).sort((a, b) => (a.kind < b.kind ? -1 : 1));
  const shown = (rows: { kind: string; amountOre: number; note: string | null }[]) => JSON.stringify(rows.map((r) => ({ kind: r.kind, amountOre: Number(r.amountOre), note: r.note })));
  if (shown(before) === shown(after)) {
    s.fail(null, UserErrorCode.UNCHANGED, "Inget skulle ändras.");
    return null;
  }
  await repository.delete({ decisionId: decision.id });
  if (after.length) await repository.insert(after.map((c) => ({ decisionId: decision.id, ...c })));
  s.changes.push({ objectId: decision.globalId, objectType: RecommendationDecision.typeName, kind: "UPDATE", fields: { costs: { before: shown(before), after: shown(after) } } });
  return decision;
}

/** Sets the month a municipality's budget for the next year is decided. Editors: their own municipality. */
export async function setBudgetCalendar(s: MutationScope, municipalityGlobalId: string, decisionMonth: number, note: string | null | undefined): Promise<Municipality | null> {
  const municipality = await s.find("municipalityId", municipalityGlobalId, Municipality);
  if (!municipality) return null;
  assertCanEditMunicipality(s.ctx.viewer, municipality.id);
  s.integer("decisionMonth", decisionMonth, 1, 12);
  const text = s.text("note", note, { max: 500 });
  if (s.failed) return null;
  const repository = s.em.getRepository(BudgetCalendarRow);
  const existing = await repository.findOneBy({ municipalityId: municipality.id });
  if (existing && existing.decisionMonth === decisionMonth && existing.note === text) {
    s.fail(null, UserErrorCode.UNCHANGED, "Inget skulle ändras.");
    return null;
  }
  await repository.save(Object.assign(existing ?? new BudgetCalendarRow(), { municipalityId: municipality.id, decisionMonth, note: text }));
  s.changes.push({
    objectId: municipality.globalId,
    objectType: Municipality.typeName,
    kind: "UPDATE",
    fields: { budgetDecisionMonth: { before: existing?.decisionMonth ?? null, after: decisionMonth } },
  });
  return municipality;
}
