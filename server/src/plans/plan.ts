/**
 * The implementation plan (införandeplan) and each municipality's budget notice (budgetunderlag):
 * pure functions from a typed input (`PlanInput`, filled by load-plan.ts through the fact reader) to
 * their result. No ORM, GraphQL or clock here.
 *
 * Per accepted decision (one system): the product and level proposed, a transition window that
 * starts after the decision plus the procurement lead time and avoids every participant's change
 * freezes for the business area, the responsible roles, the one-off costs (entered on the decision,
 * else an estimate: see `defaultOneOff`), and the annual cost before and after per municipality.
 * Every amount is split between the participants by the cost key of the collaboration's
 * samverkansavtal (else by population, the policy's default), with the largest-remainder method, so
 * each split adds up to the öre. Each amount carries the budget year in which it must appear: one-off
 * costs the year the window starts, the annual change the year after the window ends; and, per
 * municipality, the date its budget for that year is decided (its budget calendar: the last day of the
 * decision month in the year before; default November) and whether the plan reaches it in time.
 */
import { allocateCost, CostKeyKind, CostSplitError, type CostKey } from "../agreements/cost-split";
import { addDays, addMonths, daysBetween, daysInMonth, yearOf, type LocalDate } from "../common/dates";
import { compareNames } from "../common/names";
import type { FreezeRule } from "../recommendations/facts";
import { formatKronor } from "../render/format";
import { transitionWindow } from "../recommendations/freezes";

export enum DecisionCostKind {
  /** Omställningskostnad: the work of the change itself. */
  TRANSITION = "TRANSITION",
  /** Investering: new licences, installation. */
  INVESTMENT = "INVESTMENT",
  /** Avvecklingskostnad: exit fees, or the remaining term of agreements that end. */
  EXIT = "EXIT",
  /** Parallelldrift: running the old and the new side by side during the window. */
  PARALLEL_RUNNING = "PARALLEL_RUNNING",
  /** The combined annual cost after the change (årskostnad efter). */
  ANNUAL_AFTER = "ANNUAL_AFTER",
}

export const COST_KIND_SV: Record<DecisionCostKind, string> = {
  TRANSITION: "Omställning",
  INVESTMENT: "Investering",
  EXIT: "Avveckling och avtal som upphör",
  PARALLEL_RUNNING: "Parallelldrift",
  ANNUAL_AFTER: "Årskostnad efter",
};

/** The month a municipality's budget for the next year is decided when its calendar says nothing (November). */
export const DEFAULT_BUDGET_DECISION_MONTH = 11;

export interface PlanMunicipality {
  id: number;
  name: string;
  code: string;
  /** The figure for the year before asOf (or the latest earlier one); null when none is recorded. */
  population: number | null;
  /** The month (1–12) in which its budget for the next year is decided. */
  budgetDecisionMonth: number;
}

export interface PlanCostEntry {
  kind: DecisionCostKind;
  amountOre: number;
  note: string | null;
}

export interface PlanFreeze {
  municipalityId: number;
  name: string;
  /** ApplicationCategory value; null for every system. */
  category: string | null;
  rule: FreezeRule;
}

/** An agreement concerning the system, with what the plan needs of it. */
export interface PlanAgreement {
  id: number;
  name: string;
  referenceNumber: string | null;
  applicationIds: number[];
  collaborationIds: number[];
  partyMunicipalityIds: number[];
  /** SAMVERKANSAVTAL etc. */
  kind: string;
  annualCostOre: number | null;
  costKey: CostKey | null;
  /** FIXED_SHARES: municipality id → basis points. */
  shares: Map<number, number>;
  currentTermEnd: LocalDate;
}

/** The accepted candidate as evaluated on asOf. */
export interface PlanCandidate {
  key: string;
  /** APPLICATION, CATEGORY or COLLABORATION. */
  kind: string;
  category: string;
  participantIds: number[];
  proposedApplicationId: number;
  applicationIds: number[];
  collaborationId: number | null;
  currentLevel: number | null;
  targetLevel: number;
  leadMonths: number;
  /** The participants' usages of the candidate's products (in use on asOf): today's costs. */
  usages: { municipalityId: number; applicationId: number; annualCostSek: number | null }[];
}

export interface PlanDecision {
  id: number;
  decidedOn: LocalDate;
  reason: string;
  summary: string;
  costs: PlanCostEntry[];
  candidate: PlanCandidate;
}

export interface PlanInput {
  asOf: LocalDate;
  body: { id: number; name: string; shortName: string | null };
  period: { from: LocalDate; to: LocalDate };
  windowDays: number;
  municipalities: PlanMunicipality[];
  applications: Map<number, string>;
  levels: Map<number, string>;
  collaborations: Map<number, { name: string; operator: string | null; systemOwners: string[] }>;
  agreements: PlanAgreement[];
  freezes: PlanFreeze[];
  decisions: PlanDecision[];
}

export interface PlanShare {
  municipalityId: number;
  amountOre: number;
}

export interface PlanAmount {
  kind: DecisionCostKind;
  amountOre: number;
  /** True when nothing was entered on the decision and the amount is the plan's estimate. */
  estimated: boolean;
  /** How the amount was arrived at, in Swedish. */
  basis: string;
  /** The budget year it must appear in; null when no window was found. */
  budgetYear: number | null;
  shares: PlanShare[];
}

export interface PlanMunicipalityLine {
  municipalityId: number;
  name: string;
  code: string;
  annualBeforeOre: number;
  annualAfterOre: number;
  annualChangeOre: number;
  oneOffOre: number;
  /** The budget year of the one-off costs and of the annual change. */
  oneOffBudgetYear: number | null;
  annualBudgetYear: number | null;
  /** The last day of the month its budget for the one-off year is decided (the earlier of the two years). */
  budgetDecidedBy: LocalDate | null;
  /** Whether the plan's date lies on or before that day: the amounts reach the ordinary budget process. */
  inTime: boolean;
}

export interface PlanWindow {
  decisionOn: LocalDate;
  leadMonths: number;
  earliestStart: LocalDate;
  lengthDays: number;
  start: LocalDate | null;
  end: LocalDate | null;
  avoided: string[];
}

export interface PlanItem {
  decisionId: number;
  decidedOn: LocalDate;
  reason: string;
  summary: string;
  candidateKey: string;
  system: string;
  category: string;
  collaboration: string | null;
  currentLevel: { ordinal: number; name: string } | null;
  targetLevel: { ordinal: number; name: string };
  window: PlanWindow;
  systemOwners: string[];
  operator: string | null;
  costKey: string;
  annualBeforeOre: number;
  annualAfter: PlanAmount;
  oneOff: PlanAmount[];
  oneOffTotalOre: number;
  municipalities: PlanMunicipalityLine[];
}

export interface Plan {
  asOf: LocalDate;
  body: { id: number; name: string; shortName: string | null };
  period: { from: LocalDate; to: LocalDate };
  items: PlanItem[];
  /** Per municipality over every item, by name. */
  municipalities: PlanMunicipalityLine[];
  oneOffTotalOre: number;
  annualBeforeOre: number;
  annualAfterOre: number;
}

/** The last day of the month in which `municipality`'s budget for `year` is decided. */
export function budgetDecisionDate(budgetDecisionMonth: number, year: number): LocalDate {
  const month = String(budgetDecisionMonth).padStart(2, "0");
  return `${year - 1}-${month}-${String(daysInMonth(year - 1, budgetDecisionMonth)).padStart(2, "0")}`;
}

const KEY_SV: Record<CostKeyKind, string> = {
  POPULATION: "folkmängd",
  EQUAL: "lika delar",
  FIXED_SHARES: "fasta andelar",
  BASE_PLUS_POPULATION: "grundavgift och folkmängd",
};

/** The percentages of today's combined annual cost the plan estimates when nothing is entered. */
export const ESTIMATE_PERCENT = { TRANSITION: 20, INVESTMENT_NEW_PRODUCT: 25 } as const;

const percentOf = (ore: number, percent: number) => Math.round((ore * percent) / 100);

/** Builds the implementation plan; see the module comment. */
export function buildPlan(input: PlanInput): Plan {
  const municipalities = new Map(input.municipalities.map((m) => [m.id, m]));
  const nameOf = (id: number) => municipalities.get(id)?.name ?? `kommun ${id}`;
  const byName = (a: number, b: number) => compareNames(nameOf(a), nameOf(b)) || a - b;
  const level = (ordinal: number) => ({ ordinal, name: input.levels.get(ordinal) ?? "" });

  const items: PlanItem[] = [];
  for (const decision of input.decisions) {
    const c = decision.candidate;
    const participants = [...c.participantIds].sort(byName);
    const collaboration = c.collaborationId === null ? null : (input.collaborations.get(c.collaborationId) ?? null);

    // The window: after the decision and the procurement, clear of every participant's freezes for the business area.
    const earliestStart = addMonths(decision.decidedOn, c.leadMonths);
    const freezes = input.freezes.filter((f) => participants.includes(f.municipalityId) && (f.category === null || f.category === c.category));
    const found = transitionWindow(earliestStart, input.windowDays, freezes);
    const window: PlanWindow = {
      decisionOn: decision.decidedOn,
      leadMonths: c.leadMonths,
      earliestStart,
      lengthDays: input.windowDays,
      start: found?.start ?? null,
      end: found?.end ?? null,
      avoided: found?.avoided ?? [],
    };
    if (window.start !== null && (window.start > input.period.to || (window.end !== null && window.end < input.period.from))) continue;
    const oneOffYear = window.start === null ? null : yearOf(window.start);
    const annualYear = window.end === null ? null : yearOf(addDays(window.end, 1));

    // The cost key: the samverkansavtal of the collaboration it builds on, else population.
    const keyAgreement =
      c.collaborationId === null ? null : (input.agreements.find((a) => a.kind === "SAMVERKANSAVTAL" && a.costKey !== null && a.collaborationIds.includes(c.collaborationId!)) ?? null);
    const key: CostKey = keyAgreement?.costKey ?? { kind: CostKeyKind.POPULATION };
    const keyText = keyAgreement ? `${KEY_SV[key.kind]} enligt ${keyAgreement.name}` : `${KEY_SV[key.kind]} (IT-policyns standardnyckel)`;
    const split = (totalOre: number, among: readonly number[]): PlanShare[] => {
      const list = among.length ? among : participants;
      const people = list.map((id) => {
        const m = municipalities.get(id);
        return { municipalityId: id, code: m?.code ?? String(id), population: m?.population ?? null, shareBasisPoints: keyAgreement?.shares.get(id) ?? null };
      });
      try {
        return allocateCost(totalOre, people, key).map((s) => ({ municipalityId: s.participant.municipalityId, amountOre: s.amountOre }));
      } catch (error) {
        if (!(error instanceof CostSplitError)) throw error;
        // The key cannot split between these (a new party without a share, a missing figure): equal parts.
        return allocateCost(totalOre, people, { kind: CostKeyKind.EQUAL }).map((s) => ({ municipalityId: s.participant.municipalityId, amountOre: s.amountOre }));
      }
    };

    // Today's annual cost per participant: its usages of the products concerned.
    const beforeOf = new Map<number, number>(participants.map((id) => [id, 0]));
    for (const u of c.usages) if (beforeOf.has(u.municipalityId) && u.annualCostSek !== null) beforeOf.set(u.municipalityId, beforeOf.get(u.municipalityId)! + u.annualCostSek * 100);
    const annualBeforeOre = [...beforeOf.values()].reduce((a, b) => a + b, 0);
    const replaced = c.usages.filter((u) => u.applicationId !== c.proposedApplicationId);
    const replacedOre = replaced.reduce((sum, u) => sum + (u.annualCostSek ?? 0) * 100, 0);
    const entered = new Map(decision.costs.map((e) => [e.kind, e]));

    const amount = (kind: DecisionCostKind, estimate: { amountOre: number; basis: string; among?: number[] }, budgetYear: number | null): PlanAmount => {
      const own = entered.get(kind);
      const amountOre = own ? own.amountOre : estimate.amountOre;
      return {
        kind,
        amountOre,
        estimated: !own,
        basis: own ? (own.note ?? "Angivet i beslutet.") : `Uppskattning: ${estimate.basis}`,
        budgetYear,
        shares: split(amountOre, own ? participants : (estimate.among ?? participants)),
      };
    };

    const newProduct = c.kind === "CATEGORY";
    const endingAgreements = input.agreements.filter(
      (a) =>
        a.annualCostOre !== null &&
        a.kind !== "SAMVERKANSAVTAL" &&
        a.applicationIds.some((id) => id !== c.proposedApplicationId && c.applicationIds.includes(id)) &&
        a.partyMunicipalityIds.some((m) => participants.includes(m)),
    );
    const exitParts = endingAgreements.map((a) => {
      const days = window.start === null ? 0 : Math.max(0, daysBetween(window.start, addDays(a.currentTermEnd, 1)));
      return { agreement: a, amountOre: Math.round((a.annualCostOre! * Math.min(days, 366 * 10)) / 365) };
    });
    const exitAmong = [...new Set(endingAgreements.flatMap((a) => a.partyMunicipalityIds.filter((m) => participants.includes(m))))].sort(byName);
    const oneOff: PlanAmount[] = [
      amount(DecisionCostKind.TRANSITION, { amountOre: percentOf(annualBeforeOre, ESTIMATE_PERCENT.TRANSITION), basis: `${ESTIMATE_PERCENT.TRANSITION} % av dagens årskostnad.` }, oneOffYear),
      amount(
        DecisionCostKind.INVESTMENT,
        newProduct
          ? {
              amountOre: percentOf(annualBeforeOre, ESTIMATE_PERCENT.INVESTMENT_NEW_PRODUCT),
              basis: `${ESTIMATE_PERCENT.INVESTMENT_NEW_PRODUCT} % av dagens årskostnad för ny produkt (licenser, installation).`,
            }
          : { amountOre: 0, basis: "samma produkt, ingen ny investering." },
        oneOffYear,
      ),
      amount(
        DecisionCostKind.EXIT,
        exitParts.length
          ? {
              amountOre: exitParts.reduce((sum, p) => sum + p.amountOre, 0),
              basis: `återstående avtalstid från fönstrets början: ${exitParts.map((p) => `${p.agreement.name} till ${p.agreement.currentTermEnd}`).join("; ")}.`,
              among: exitAmong,
            }
          : { amountOre: 0, basis: "inga avtal för produkter som ersätts." },
        oneOffYear,
      ),
      amount(
        DecisionCostKind.PARALLEL_RUNNING,
        newProduct && replacedOre > 0
          ? {
              amountOre: Math.round((replacedOre * input.windowDays) / 365),
              basis: `årskostnaden för produkterna som ersätts under fönstrets ${input.windowDays} dagar.`,
              among: [...new Set(replaced.map((u) => u.municipalityId))].filter((m) => participants.includes(m)).sort(byName),
            }
          : { amountOre: 0, basis: "ingen produkt ersätts." },
        oneOffYear,
      ),
    ];
    const annualAfter = amount(DecisionCostKind.ANNUAL_AFTER, { amountOre: annualBeforeOre, basis: "dagens sammanlagda årskostnad, fördelad med fördelningsnyckeln." }, annualYear);

    const lines: PlanMunicipalityLine[] = participants.map((id) => {
      const m = municipalities.get(id);
      const after = annualAfter.shares.find((s) => s.municipalityId === id)?.amountOre ?? 0;
      const once = oneOff.reduce((sum, a) => sum + (a.shares.find((s) => s.municipalityId === id)?.amountOre ?? 0), 0);
      const before = beforeOf.get(id) ?? 0;
      const month = m?.budgetDecisionMonth ?? DEFAULT_BUDGET_DECISION_MONTH;
      const firstYear = oneOffYear === null ? annualYear : annualYear === null ? oneOffYear : Math.min(oneOffYear, annualYear);
      const decidedBy = firstYear === null ? null : budgetDecisionDate(month, firstYear);
      return {
        municipalityId: id,
        name: nameOf(id),
        code: m?.code ?? "",
        annualBeforeOre: before,
        annualAfterOre: after,
        annualChangeOre: after - before,
        oneOffOre: once,
        oneOffBudgetYear: oneOffYear,
        annualBudgetYear: annualYear,
        budgetDecidedBy: decidedBy,
        inTime: decidedBy !== null && input.asOf <= decidedBy,
      };
    });

    items.push({
      decisionId: decision.id,
      decidedOn: decision.decidedOn,
      reason: decision.reason,
      summary: decision.summary,
      candidateKey: c.key,
      system: input.applications.get(c.proposedApplicationId) ?? `applikation ${c.proposedApplicationId}`,
      category: c.category,
      collaboration: collaboration?.name ?? null,
      currentLevel: c.currentLevel === null ? null : level(c.currentLevel),
      targetLevel: level(c.targetLevel),
      window,
      systemOwners: collaboration?.systemOwners ?? [],
      operator: collaboration?.operator ?? null,
      costKey: keyText,
      annualBeforeOre,
      annualAfter,
      oneOff,
      oneOffTotalOre: oneOff.reduce((sum, a) => sum + a.amountOre, 0),
      municipalities: lines,
    });
  }
  items.sort((a, b) => (a.window.start ?? "9999").localeCompare(b.window.start ?? "9999") || a.decisionId - b.decisionId);

  const totals = new Map<number, PlanMunicipalityLine>();
  for (const line of items.flatMap((i) => i.municipalities)) {
    const sum = totals.get(line.municipalityId);
    if (!sum) {
      totals.set(line.municipalityId, { ...line });
      continue;
    }
    sum.annualBeforeOre += line.annualBeforeOre;
    sum.annualAfterOre += line.annualAfterOre;
    sum.annualChangeOre += line.annualChangeOre;
    sum.oneOffOre += line.oneOffOre;
    sum.oneOffBudgetYear = minYear(sum.oneOffBudgetYear, line.oneOffBudgetYear);
    sum.annualBudgetYear = minYear(sum.annualBudgetYear, line.annualBudgetYear);
    if (line.budgetDecidedBy !== null && (sum.budgetDecidedBy === null || line.budgetDecidedBy < sum.budgetDecidedBy)) sum.budgetDecidedBy = line.budgetDecidedBy;
    sum.inTime = sum.inTime && line.inTime;
  }
  return {
    asOf: input.asOf,
    body: input.body,
    period: input.period,
    items,
    municipalities: [...totals.values()].sort((a, b) => byName(a.municipalityId, b.municipalityId)),
    oneOffTotalOre: items.reduce((sum, i) => sum + i.oneOffTotalOre, 0),
    annualBeforeOre: items.reduce((sum, i) => sum + i.annualBeforeOre, 0),
    annualAfterOre: items.reduce((sum, i) => sum + i.annualAfter.amountOre, 0),
  };
}

const minYear = (a: number | null, b: number | null) => (a === null ? b : b === null ? a : Math.min(a, b));

export interface BudgetNoticeLine {
  decisionId: number;
  decidedOn: LocalDate;
  system: string;
  /** What changes, in Swedish. */
  what: string;
  /** Why (the decision's reason). */
  why: string;
  kind: DecisionCostKind;
  budgetYear: number | null;
  amountOre: number;
  estimated: boolean;
}

/** A municipality's budget notice (budgetunderlag): what changes in its costs, when, why, with the decision references. */
export interface BudgetNotice {
  municipalityId: number;
  name: string;
  code: string;
  budgetDecidedBy: LocalDate | null;
  inTime: boolean;
  lines: BudgetNoticeLine[];
  /** Per budget year, the sum of its lines (one-off costs plus the annual change). */
  years: { year: number; amountOre: number }[];
}

/** Every participant's budget notice from the plan, by name. */
export function budgetNotices(plan: Plan): BudgetNotice[] {
  return plan.municipalities.map((m) => {
    const lines: BudgetNoticeLine[] = [];
    for (const item of plan.items) {
      const line = item.municipalities.find((l) => l.municipalityId === m.municipalityId);
      if (!line) continue;
      const base = { decisionId: item.decisionId, decidedOn: item.decidedOn, system: item.system, why: item.reason };
      for (const a of item.oneOff) {
        const share = a.shares.find((s) => s.municipalityId === m.municipalityId)?.amountOre ?? 0;
        if (share === 0) continue;
        lines.push({ ...base, what: `${COST_KIND_SV[a.kind]} ${item.system} (engångskostnad)`, kind: a.kind, budgetYear: a.budgetYear, amountOre: share, estimated: a.estimated });
      }
      if (line.annualChangeOre !== 0 || line.annualAfterOre !== 0)
        lines.push({
          ...base,
          what: `Årskostnad ${item.system}: från ${formatKronor(line.annualBeforeOre)} till ${formatKronor(line.annualAfterOre)} per år`,
          kind: DecisionCostKind.ANNUAL_AFTER,
          budgetYear: line.annualBudgetYear,
          amountOre: line.annualChangeOre,
          estimated: item.annualAfter.estimated,
        });
    }
    const years = new Map<number, number>();
    for (const l of lines) if (l.budgetYear !== null) years.set(l.budgetYear, (years.get(l.budgetYear) ?? 0) + l.amountOre);
    return {
      municipalityId: m.municipalityId,
      name: m.name,
      code: m.code,
      budgetDecidedBy: m.budgetDecidedBy,
      inTime: m.inTime,
      lines,
      years: [...years.entries()].sort((a, b) => a[0] - b[0]).map(([year, amountOre]) => ({ year, amountOre })),
    };
  });
}

/** A budget notice as stored with an issued plan, published in PLAN_ISSUED and sent in the digest. */
export interface IssuedBudgetNotice {
  municipalityId: number;
  municipality: string;
  name: string;
  budgetDecidedBy: LocalDate | null;
  inTime: boolean;
  years: { year: number; amountOre: number }[];
  lines: { decision: number; decidedOn: LocalDate; system: string; what: string; why: string; kind: DecisionCostKind; budgetYear: number | null; amountOre: number; estimated: boolean }[];
}

export function issuedBudgetNotices(plan: Plan): IssuedBudgetNotice[] {
  return budgetNotices(plan).map((n) => ({
    municipalityId: n.municipalityId,
    municipality: n.code,
    name: n.name,
    budgetDecidedBy: n.budgetDecidedBy,
    inTime: n.inTime,
    years: n.years,
    lines: n.lines.map((l) => ({
      decision: l.decisionId,
      decidedOn: l.decidedOn,
      system: l.system,
      what: l.what,
      why: l.why,
      kind: l.kind,
      budgetYear: l.budgetYear,
      amountOre: l.amountOre,
      estimated: l.estimated,
    })),
  }));
}
