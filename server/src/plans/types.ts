import { capped } from "../common/text-limits";
import { LocalDateResolver, SafeIntResolver } from "graphql-scalars";
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { encodeGlobalId } from "../core/global-id";
import { ListField } from "../core/list-cap";
import type { BudgetNotice, BudgetNoticeLine, Plan, PlanAmount, PlanItem, PlanMunicipalityLine, PlanWindow } from "./plan";
import { DecisionCostKind } from "./plan";
import { renderPlanCsv, renderPlanHtml } from "./render";

registerEnumType(DecisionCostKind, {
  name: "DecisionCostKind",
  description: "A cost entered on an accepted decision (omställningskostnader och investeringar).",
  valuesConfig: {
    TRANSITION: { description: "Omställningskostnad: the work of the change (one-off)." },
    INVESTMENT: { description: "Investering: new licences, installation (one-off)." },
    EXIT: { description: "Avvecklingskostnad: exit fees or the remaining term of agreements that end (one-off)." },
    PARALLEL_RUNNING: { description: "Parallelldrift: old and new side by side during the window (one-off)." },
    ANNUAL_AFTER: { description: "Årskostnad efter: the combined annual cost after the change." },
  },
});

@ObjectType({ description: "One municipality's part of an amount (andel), in öre; the parts add up exactly to the amount." })
export class PlanShare {
  @Field(() => String, { description: "Municipality code (kommunkod)." }) code: string;
  @Field(() => String, { description: "Municipality name." }) name: string;
  @Field(() => SafeIntResolver, { description: "Öre." }) amountOre: number;
}

@ObjectType({ description: "An amount of an implementation plan (belopp): entered on the decision or estimated, with its budget year and split." })
export class PlanAmountType {
  @Field(() => DecisionCostKind, { description: "What it is." }) kind: DecisionCostKind;
  @Field(() => SafeIntResolver, { description: "Öre." }) amountOre: number;
  @Field(() => Boolean, { description: "True when nothing was entered on the decision and the plan estimated it." }) estimated: boolean;
  @Field(() => String, { description: "How it was arrived at (underlag), in Swedish." }) basis: string;
  @Field(() => Int, { nullable: true, description: "The budget year (budgetår) it must appear in; null without a window." }) budgetYear: number | null;
  @Field(() => [PlanShare], { description: "Split by the cost key, by name." }) shares: PlanShare[];
}

@ObjectType({ description: "One municipality's costs in a plan (or over a whole plan): annual before and after, one-off, and the budget years." })
export class PlanMunicipalityCost {
  @Field(() => String, { description: "Municipality code." }) code: string;
  @Field(() => String, { description: "Municipality name." }) name: string;
  @Field(() => SafeIntResolver, { description: "Annual cost today (årskostnad före), öre." }) annualBeforeOre: number;
  @Field(() => SafeIntResolver, { description: "Annual cost after (årskostnad efter), öre." }) annualAfterOre: number;
  @Field(() => SafeIntResolver, { description: "After minus before, öre." }) annualChangeOre: number;
  @Field(() => SafeIntResolver, { description: "One-off costs (engångskostnader), öre." }) oneOffOre: number;
  @Field(() => Int, { nullable: true, description: "The budget year of the one-off costs (the window's start)." }) oneOffBudgetYear: number | null;
  @Field(() => Int, { nullable: true, description: "The budget year of the annual change (after the window's end)." }) annualBudgetYear: number | null;
  @Field(() => LocalDateResolver, { nullable: true, description: "When its budget for the first of those years is decided (its budget calendar; default the end of November the year before)." })
  budgetDecidedBy: string | null;
  @Field(() => Boolean, { description: "Whether the plan's date lies on or before that day (i god tid)." }) inTime: boolean;
}

@ObjectType({ description: "A plan's window (övergångsfönster): after the decision and the procurement, clear of every participant's change freezes." })
export class PlanWindowType {
  @Field(() => LocalDateResolver, { description: "The decision date." }) decisionOn: string;
  @Field(() => Int, { description: "Procurement lead time in months." }) leadMonths: number;
  @Field(() => LocalDateResolver, { description: "The earliest start." }) earliestStart: string;
  @Field(() => Int, { description: "Length in days." }) lengthDays: number;
  @Field(() => LocalDateResolver, { nullable: true, description: "First day; null when none was found within five years." }) start: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: "Last day." }) end: string | null;
  @Field(() => [String], { description: "Freezes that pushed it later." }) avoidedFreezes: string[];
}

@ObjectType({ description: "One system of an implementation plan (införandeplan): an accepted decision with its target, window, roles and costs." })
export class PlanItemType {
  @Field(() => ID, { description: "The decision (RecommendationDecision global ID)." }) decisionId: string;
  @Field(() => LocalDateResolver, { description: "The decision date." }) decidedOn: string;
  @Field(() => String, { description: "The decision's reason (motivering)." }) reason: string;
  @Field(() => String, { description: "The candidate's summary when decided." }) summary: string;
  @Field(() => String, { description: "The candidate's key." }) candidateKey: string;
  @Field(() => String, { description: "The product proposed." }) system: string;
  @Field(() => String, { description: "The business area (ApplicationCategory value)." }) category: string;
  @Field(() => String, { nullable: true, description: "The collaboration it builds on." }) collaboration: string | null;
  @Field(() => Int, { nullable: true, description: "Its level today (ordinal)." }) currentLevel: number | null;
  @Field(() => Int, { description: "The target level (ordinal)." }) targetLevel: number;
  @Field(() => String, { description: "The target level's name." }) targetLevelName: string;
  @Field(() => PlanWindowType, { description: "The window." }) window: PlanWindowType;
  @Field(() => [String], { description: "Systemägare of the collaboration; empty when still to be appointed." }) systemOwners: string[];
  @Field(() => String, { nullable: true, description: "Driftande IT-enhet; null when still to be appointed." }) operator: string | null;
  @Field(() => String, { description: "The cost key used (fördelningsnyckel), in Swedish." }) costKey: string;
  @Field(() => SafeIntResolver, { description: "Annual cost today, öre." }) annualBeforeOre: number;
  @Field(() => PlanAmountType, { description: "Annual cost after." }) annualAfter: PlanAmountType;
  @Field(() => [PlanAmountType], { description: "One-off costs: transition, investment, exit, parallel running." }) oneOff: PlanAmountType[];
  @Field(() => SafeIntResolver, { description: "Sum of the one-off costs, öre." }) oneOffTotalOre: number;
  @Field(() => [PlanMunicipalityCost], { description: "Per participant, by name." }) municipalities: PlanMunicipalityCost[];
}

@ObjectType({ description: "One line of a budget notice (budgetunderlag)." })
export class BudgetNoticeLineType {
  @Field(() => ID, { description: "The decision." }) decisionId: string;
  @Field(() => LocalDateResolver, { description: "The decision date (beslutsreferens)." }) decidedOn: string;
  @Field(() => String, { description: "The system." }) system: string;
  @Field(() => String, { description: "What changes, in Swedish." }) what: string;
  @Field(() => String, { description: "Why (the decision's reason)." }) why: string;
  @Field(() => DecisionCostKind, { description: "The kind of cost; ANNUAL_AFTER for the annual change." }) kind: DecisionCostKind;
  @Field(() => Int, { nullable: true, description: "The budget year." }) budgetYear: number | null;
  @Field(() => SafeIntResolver, { description: "Öre (for the annual change: after minus before)." }) amountOre: number;
  @Field(() => Boolean, { description: "Estimated by the plan." }) estimated: boolean;
}

@ObjectType({ description: "A budget year's sum in a budget notice." })
export class BudgetYearAmount {
  @Field(() => Int, { description: "The budget year." }) year: number;
  @Field(() => SafeIntResolver, { description: "Öre." }) amountOre: number;
}

@ObjectType({ description: "A municipality's budget notice (budgetunderlag) from a plan: what changes in its costs, when and why, for its normal budget process." })
export class BudgetNoticeType {
  @Field(() => String, { description: "Municipality code." }) code: string;
  @Field(() => String, { description: "Municipality name." }) name: string;
  @Field(() => LocalDateResolver, { nullable: true, description: "When its budget for the first year concerned is decided." }) budgetDecidedBy: string | null;
  @Field(() => Boolean, { description: "Whether the plan reaches that decision in time." }) inTime: boolean;
  @Field(() => [BudgetNoticeLineType], { description: "The lines." }) lines: BudgetNoticeLineType[];
  @Field(() => [BudgetYearAmount], { description: "Sum per budget year." }) years: BudgetYearAmount[];
}

@ObjectType({ description: "An issued version of an implementation plan (utfärdad införandeplan), kept byte for byte." })
export class ImplementationPlanIssue {
  @Field(() => Int, { description: "Version, from 1." }) version: number;
  @Field(() => String, { description: "SHA-256 of the HTML, hex." }) sha256: string;
  @Field(() => LocalDateResolver, { description: "Date of issue." }) issuedOn: string;
  @Field(() => String, { description: "Who issued it (token name)." }) issuedBy: string;
  @Field(() => String, { description: "The issued HTML, exactly as stored." }) html: string;
  @Field(() => String, { description: "The issued CSV, exactly as stored." }) csv: string;
  @Field(() => String, { description: "Where the HTML is served." }) path: string;
}

@ObjectType({ description: "An implementation plan (införandeplan för system) of a collaboration body for a period, built from accepted decisions." })
export class ImplementationPlan {
  plan: Plan;
  @Field(() => LocalDateResolver, { description: "The date the plan was made for." }) asOf: string;
  @Field(() => String, { description: "The body's name." }) bodyName: string;
  @Field(() => LocalDateResolver, { description: "The period's first day." }) from: string;
  @Field(() => LocalDateResolver, { description: "The period's last day." }) to: string;
  @Field(() => [PlanItemType], { description: "The systems, by window." }) items: PlanItemType[];
  @Field(() => [PlanMunicipalityCost], { description: "Per municipality over every system, by name." }) municipalities: PlanMunicipalityCost[];
  @Field(() => SafeIntResolver, { description: "All one-off costs, öre." }) oneOffTotalOre: number;
  @Field(() => SafeIntResolver, { description: "Annual cost today, öre." }) annualBeforeOre: number;
  @Field(() => SafeIntResolver, { description: "Annual cost after, öre." }) annualAfterOre: number;
  @Field(() => [BudgetNoticeType], { description: "Each municipality's budget notice (budgetunderlag), by name." }) budgetNotices: BudgetNoticeType[];

  @Field(() => String, { description: "The plan as a draft HTML document (UTKAST), in Swedish, with its chart; the issued versions are in implementationPlanIssues." })
  get draftHtml(): string {
    return renderPlanHtml(this.plan, { issued: null });
  }

  @Field(() => String, { description: "The plan's amounts as CSV (semicolons, UTF-8 with BOM)." })
  get csv(): string {
    return renderPlanCsv(this.plan);
  }
}

const decisionId = (id: number) => encodeGlobalId("RecommendationDecision", id);
const line = (m: PlanMunicipalityLine): PlanMunicipalityCost => Object.assign(new PlanMunicipalityCost(), m);
const windowOf = (w: PlanWindow) => Object.assign(new PlanWindowType(), { ...w, avoidedFreezes: w.avoided });

export function planOf(plan: Plan, notices: BudgetNotice[]): ImplementationPlan {
  const names = new Map(plan.municipalities.map((m) => [m.municipalityId, m]));
  const amount = (a: PlanAmount) =>
    Object.assign(new PlanAmountType(), {
      ...a,
      shares: a.shares.map((s) => Object.assign(new PlanShare(), { code: names.get(s.municipalityId)?.code ?? "", name: names.get(s.municipalityId)?.name ?? "", amountOre: s.amountOre })),
    });
  const item = (i: PlanItem) =>
    Object.assign(new PlanItemType(), {
      ...i,
      decisionId: decisionId(i.decisionId),
      currentLevel: i.currentLevel?.ordinal ?? null,
      targetLevel: i.targetLevel.ordinal,
      targetLevelName: i.targetLevel.name,
      window: windowOf(i.window),
      annualAfter: amount(i.annualAfter),
      oneOff: i.oneOff.map(amount),
      municipalities: i.municipalities.map(line),
    });
  const noticeLine = (l: BudgetNoticeLine) => Object.assign(new BudgetNoticeLineType(), { ...l, decisionId: decisionId(l.decisionId) });
  return Object.assign(new ImplementationPlan(), {
    plan,
    asOf: plan.asOf,
    bodyName: plan.body.name,
    from: plan.period.from,
    to: plan.period.to,
    items: plan.items.map(item),
    municipalities: plan.municipalities.map(line),
    oneOffTotalOre: plan.oneOffTotalOre,
    annualBeforeOre: plan.annualBeforeOre,
    annualAfterOre: plan.annualAfterOre,
    budgetNotices: notices.map((n) => Object.assign(new BudgetNoticeType(), { ...n, lines: n.lines.map(noticeLine), years: n.years.map((y) => Object.assign(new BudgetYearAmount(), y)) })),
  });
}

@InputType({ description: "A cost entered on an accepted decision." })
export class DecisionCostInput {
  @Field(() => DecisionCostKind, { description: "Which cost." }) kind: DecisionCostKind;
  @Field(() => SafeIntResolver, { description: "Öre, 0 or more." }) amountOre: number;
  @Field(() => String, { nullable: true, description: capped("What it covers (underlag), up to 500 characters.", 500) }) note?: string | null;
}

@InputType({ description: "Replaces the costs entered on an accepted decision; a kind left out is estimated by the plan." })
export class DecisionCostsSetInput {
  @Field(() => ID, { description: "The decision (RecommendationDecision)." }) decisionId: string;
  @ListField(() => [DecisionCostInput], { maxItems: 10, description: "One per kind at most." }) costs: DecisionCostInput[];
}

@InputType({ description: "Sets a municipality's budget calendar (budgetprocess)." })
export class BudgetCalendarSetInput {
  @Field(() => ID, { description: "The municipality." }) municipalityId: string;
  @Field(() => Int, { description: "The month (1–12) its budget for the next year is decided." }) decisionMonth: number;
  @Field(() => String, { nullable: true, description: capped("Free text, e.g. kommunfullmäktige's meeting.", 500) }) note?: string | null;
}

@InputType({ description: "Which implementation plan to issue." })
export class ImplementationPlanIssueInput {
  @Field(() => ID, { description: "The collaboration body." }) body: string;
  @Field(() => LocalDateResolver, { description: "The period's first day." }) from: string;
  @Field(() => LocalDateResolver, { description: "The period's last day." }) to: string;
}
