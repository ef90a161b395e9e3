import { LocalDateResolver } from "graphql-scalars";
import { Arg, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { Allow } from "../access/decorators";
import { Role } from "../access/roles";
import { isLocalDate } from "../common/dates";
import { runMutation } from "../core/mutation";
import { Payload, payload } from "../graphql/payload";
import type { Context } from "../core/context";
import { Municipality } from "../municipalities/entities";
import { RecommendationDecision } from "../recommendations/entities";
import { GraphQLError } from "graphql";
import { type PlanIssueRow, WhatIfDecisionRow } from "./entities";
import { encodeGlobalId } from "../core/global-id";
import { recordWhatIfDecision, WHAT_IF_DECISION_TYPE, whatIf, whatIfRequest } from "./whatif-service";
import { WhatIfDecision, WhatIfDecisionRecordInput, WhatIfInput, WhatIfResultType, whatIfOf } from "./whatif-types";
import { budgetNotices } from "./plan";
import { implementationPlan, issuePlan, issuesOf, planRequest, setBudgetCalendar, setDecisionCosts } from "./service";
import { BudgetCalendarSetInput, DecisionCostsSetInput, ImplementationPlan, ImplementationPlanIssue, ImplementationPlanIssueInput, planOf } from "./types";

const DecisionCostsPayload = Payload("DecisionCostsPayload", "decision", RecommendationDecision, "Result of entering the costs of an accepted decision.");
const BudgetCalendarPayload = Payload("BudgetCalendarPayload", "municipality", Municipality, "Result of setting a municipality's budget calendar.");
const ImplementationPlanIssuePayload = Payload("ImplementationPlanIssuePayload", "issue", ImplementationPlanIssue, "Result of issuing an implementation plan.");

/** Where an issued plan's HTML is served. */
export function planIssuePath(row: Pick<PlanIssueRow, "collaborationBodyId" | "periodFrom" | "periodTo" | "version">, bodyKey: string): string {
  return `/plans/${encodeURIComponent(bodyKey)}/${row.periodFrom}_${row.periodTo}.v${row.version}.html`;
}

function issueOf(row: PlanIssueRow, bodyGlobalId: string): ImplementationPlanIssue {
  return Object.assign(new ImplementationPlanIssue(), {
    version: row.version,
    sha256: row.sha256,
    issuedOn: row.issuedOn,
    issuedBy: row.issuedBy,
    html: row.html,
    csv: row.csv,
    path: planIssuePath(row, bodyGlobalId),
  });
}

@Resolver()
export class ImplementationPlanResolver {
  @Allow(Role.READER)
  @Query(() => ImplementationPlan, {
    nullable: true,
    description:
      "The implementation plan (införandeplan för system) of a collaboration body for a period: per accepted decision whose candidate concerns the body's members, the target, a window clear of every freeze, the responsible roles, one-off and annual costs per municipality by the cost key, their budget years, and each municipality's budget notice (budgetunderlag).",
  })
  async implementationPlan(
    @Ctx() ctx: Context,
    @Arg("body", () => ID, { description: "The collaboration body." }) body: string,
    @Arg("from", () => LocalDateResolver, { description: "The period's first day." }) from: string,
    @Arg("to", () => LocalDateResolver, { description: "The period's last day; systems whose window starts after it are left out." }) to: string,
    @Arg("asOf", () => LocalDateResolver, { nullable: true, description: "The date the decisions and facts are read for; default today." }) asOf?: string | null,
  ) {
    const date = asOf ?? ctx.today;
    if (!isLocalDate(date)) throw new GraphQLError("asOf: inte ett datum.", { extensions: { code: "BAD_USER_INPUT", argumentName: "asOf" } });
    const plan = await implementationPlan(ctx.evaluations, planRequest(body, from, to), date);
    return planOf(plan, budgetNotices(plan));
  }

  @Allow(Role.READER)
  @Query(() => [ImplementationPlanIssue], { nullable: true, description: "The issued versions of a body's implementation plan for a period, oldest first; each kept byte for byte." })
  async implementationPlanIssues(
    @Ctx() ctx: Context,
    @Arg("body", () => ID, { description: "The collaboration body." }) body: string,
    @Arg("from", () => LocalDateResolver, { description: "The period's first day." }) from: string,
    @Arg("to", () => LocalDateResolver, { description: "The period's last day." }) to: string,
  ) {
    return (await issuesOf(ctx.db, planRequest(body, from, to))).map((row) => issueOf(row, body));
  }

  @Allow(Role.ADMIN)
  @Mutation(() => ImplementationPlanIssuePayload, {
    nullable: true,
    description:
      "Issues (utfärdar) the implementation plan as it stands today: stores its HTML and CSV as issued. Issuing an unchanged plan answers the version already issued, byte for byte; a changed plan becomes the next version and earlier versions stay. A new version publishes PLAN_ISSUED with every municipality's budget notice. Admin only.",
  })
  async implementationPlanIssue(
    @Ctx() ctx: Context,
    @Arg("input", () => ImplementationPlanIssueInput, { description: "The mutation's input: see ImplementationPlanIssueInput." }) input: ImplementationPlanIssueInput,
  ) {
    const outcome = await issuePlan(ctx, planRequest(input.body, input.from, input.to));
    return payload("issue", { result: outcome.result ? issueOf(outcome.result, input.body) : null, userErrors: outcome.userErrors });
  }

  @Allow(Role.EDITOR)
  @Mutation(() => DecisionCostsPayload, {
    nullable: true,
    description:
      "Enters the one-off costs (transition, investment, exit, parallel running) and the annual cost after on an accepted decision, replacing those entered before; a kind left out is estimated by the plan. Editors: decisions their municipality takes part in.",
  })
  async decisionCostsSet(@Ctx() ctx: Context, @Arg("input", () => DecisionCostsSetInput, { description: "The mutation's input: see DecisionCostsSetInput." }) input: DecisionCostsSetInput) {
    return payload("decision", await runMutation(ctx, "decisionCostsSet", (s) => setDecisionCosts(s, input.decisionId, input.costs)));
  }

  @Allow(Role.EDITOR)
  @Mutation(() => BudgetCalendarPayload, { nullable: true, description: "Sets the month a municipality's budget for the next year is decided (budgetkalender). Editors: their own municipality." })
  async budgetCalendarSet(@Ctx() ctx: Context, @Arg("input", () => BudgetCalendarSetInput, { description: "The mutation's input: see BudgetCalendarSetInput." }) input: BudgetCalendarSetInput) {
    return payload("municipality", await runMutation(ctx, "budgetCalendarSet", (s) => setBudgetCalendar(s, input.municipalityId, input.decisionMonth, input.note)));
  }
}

const WhatIfDecisionPayload = Payload("WhatIfDecisionPayload", "decision", WhatIfDecision, "Result of recording a decision on a what-if.");

function whatIfDecisionOf(row: WhatIfDecisionRow): WhatIfDecision {
  return Object.assign(new WhatIfDecision(), {
    id: encodeGlobalId(WHAT_IF_DECISION_TYPE, row.id),
    change: row.change,
    from: row.fromDate,
    scenario: row.scenario,
    summary: row.summary,
    resultSha256: row.resultSha256,
    reason: row.reason,
    decisionReference: row.decisionReference,
    decidedOn: row.decidedOn,
    decidedBy: row.decidedBy,
  });
}

@Resolver()
export class WhatIfResolver {
  @Allow(Role.READER)
  @Query(() => WhatIfResultType, {
    nullable: true,
    description:
      "What-if (konsekvensanalys): a municipality joins or leaves a collaboration body or one collaboration from a date. Shows every cost split that moves (to the öre), the agreements whose parties change and their deadlines, the systems that would fall below what their level requires, the specialists and roles lost, and a transition window. Changes nothing.",
  })
  async whatIf(@Ctx() ctx: Context, @Arg("input", () => WhatIfInput, { description: "The query's input: see WhatIfInput." }) input: WhatIfInput) {
    return whatIfOf(await whatIf(ctx, await whatIfRequest(ctx, input)), encodeGlobalId);
  }

  @Allow(Role.READER)
  @Query(() => [WhatIfDecision], { nullable: true, description: "Decisions recorded on what-ifs, oldest first." })
  async whatIfDecisions(@Ctx() ctx: Context) {
    return (await ctx.db.getRepository(WhatIfDecisionRow).find({ order: { id: "ASC" } })).map(whatIfDecisionOf);
  }

  @Allow(Role.EDITOR)
  @Mutation(() => WhatIfDecisionPayload, {
    nullable: true,
    description:
      "Records a decision taken on a what-if with the scenario and the answer it was based on (computed again now). It changes no membership, participation or agreement: record those when the change happens. Editors: for their own municipality.",
  })
  async whatIfDecisionRecord(
    @Ctx() ctx: Context,
    @Arg("input", () => WhatIfDecisionRecordInput, { description: "The mutation's input: see WhatIfDecisionRecordInput." }) input: WhatIfDecisionRecordInput,
  ) {
    const outcome = await recordWhatIfDecision(ctx, input.scenario, input.reason, input.decisionReference);
    return payload("decision", { result: outcome.result ? whatIfDecisionOf(outcome.result) : null, userErrors: outcome.userErrors });
  }
}

export const planResolvers = [ImplementationPlanResolver, WhatIfResolver] as const;
