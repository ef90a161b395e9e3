/**
 * The spreadsheets Samverkan exports: the status board, a municipality's application usages,
 * agreements with their deadlines, competence risk. Each is one table of facts on `asOf`, read
 * through the one reader of dated facts; Swedish headers, dates as dates, öre written as kronor.
 */
import { GraphQLError } from "graphql";
import { assertRole } from "../access/viewer";
import { Role } from "../access/roles";
import { compareNames } from "../common/names";
import { TERMS } from "../common/vocabulary";
import { leaveViewOf } from "../competence/privacy";
import { competenceRisk, DEFAULT_HORIZON_MONTHS } from "../competence/risk-data";
import { RiskSubjectKind } from "../competence/risk";
import type { Context } from "../core/context";
import { RISK_SV } from "../reports/render-html";
import { DEADLINE_NAME } from "../status/deadlines";
import { AGREEMENT_STATUS } from "../agreements/deadlines";
import { AGREEMENT_KIND_SV } from "../reports/annual-report";
import { RoleKind } from "../roles/rules";
import { boardRows } from "../status/board";
import { USAGE_COLUMN_KEYS, USAGE_COLUMNS } from "./plan";
import type { Column, Table } from "./sheet";
import { CATEGORY_LABELS, PHASE_LABELS, type Cell } from "./values";

/** The municipalities' names in Swedish order, comma-separated. */
function namesOf(ids: readonly number[], municipalities: ReadonlyMap<number, { name: string }>): string {
  return ids
    .map((id) => municipalities.get(id)?.name ?? "")
    .sort(compareNames)
    .join(", ");
}

export enum ExportKind {
  BOARD = "board",
  USAGES = "usages",
  AGREEMENTS = "agreements",
  COMPETENCE_RISK = "competence-risk",
}

export const EXPORT_KINDS = Object.values(ExportKind);

export interface ExportRequest {
  kind: ExportKind;
  /** Required for usages; narrows the others to what the municipality takes part in. */
  municipalityId: number | null;
  asOf: string;
}

/** The file name a download or the CLI suggests, e.g. "anvandningar-1460-2026-06-15.xlsx". */
export function exportFileName(kind: ExportKind, municipalityCode: string | null, asOf: string, extension: string): string {
  const stem = { board: "statustavla", usages: "anvandningar", agreements: "avtal", "competence-risk": "kompetensrisk" }[kind];
  return `${[stem, municipalityCode, asOf].filter(Boolean).join("-")}.${extension}`;
}

/** The table of `request.kind`, for a viewer with at least the READER role. */
export async function exportTable(ctx: Context, request: ExportRequest): Promise<Table> {
  assertRole(ctx.viewer, Role.READER);
  switch (request.kind) {
    case ExportKind.USAGES:
      if (request.municipalityId === null)
        throw new GraphQLError("Exporten av en kommuns system behöver en kommun: ange municipality med kommunkod, till exempel municipality=1460.", {
          extensions: { code: "BAD_USER_INPUT", argumentName: "municipality" },
        });
      return usagesTable(ctx, request.municipalityId, request.asOf);
    case ExportKind.BOARD:
      return boardTable(ctx, request.municipalityId, request.asOf);
    case ExportKind.AGREEMENTS:
      return agreementsTable(ctx, request.municipalityId, request.asOf);
    case ExportKind.COMPETENCE_RISK:
      return riskTable(ctx, request.municipalityId, request.asOf);
  }
}

/** A municipality's usages on asOf in the import's own columns: importing the file changes nothing. */
async function usagesTable(ctx: Context, municipalityId: number, asOf: string): Promise<Table> {
  const facts = ctx.evaluations.facts(asOf);
  const [usages, applications, roles, people] = await Promise.all([facts.usages(), facts.applications(), facts.roles(), facts.people()]);
  const owners = new Map(roles.filter((r) => r.kind === RoleKind.SYSTEMAGARE && r.applicationUsageId !== null).map((r) => [r.applicationUsageId!, r.personId]));
  const rows = [...usages.values()]
    .filter((u) => u.municipalityId === municipalityId)
    .map((u) => ({ u, a: applications.get(u.applicationId)! }))
    .sort((x, y) => compareNames(x.a.name, y.a.name) || x.u.id - y.u.id)
    .map(({ u, a }): Cell[] => {
      const owner = owners.get(u.id);
      const values: Record<(typeof USAGE_COLUMN_KEYS)[number], Cell> = {
        externalKey: u.externalKey,
        product: a.name,
        vendor: a.vendor,
        category: CATEGORY_LABELS[a.category] ?? a.category,
        lifecyclePhase: PHASE_LABELS[u.lifecyclePhase],
        functionalFit: u.functionalFit,
        technicalFit: u.technicalFit,
        userCount: u.userCount,
        annualCost: u.annualCostSek === null ? null : u.annualCostSek * 100,
        inUseSince: u.inUseSince,
        systemOwner: owner === undefined ? null : (people.get(owner)?.name ?? null),
      };
      return USAGE_COLUMN_KEYS.map((key) => values[key]);
    });
  return { name: "Användningar", columns: USAGE_COLUMN_KEYS.map((key) => ({ header: USAGE_COLUMNS[key].header, type: USAGE_COLUMNS[key].type })), rows };
}

async function boardTable(ctx: Context, municipalityId: number | null, asOf: string): Promise<Table> {
  const facts = ctx.evaluations.facts(asOf);
  const [rows, levels, municipalities, itUnits, people, applications] = await Promise.all([
    ctx.evaluations.ask(boardRows, asOf, undefined),
    facts.levels(),
    facts.municipalities(),
    facts.itUnits(),
    facts.people(),
    facts.applications(),
  ]);
  const columns: Column[] = [
    { header: "Samverkan", type: "text", width: 40 },
    { header: "Applikation", type: "text", width: 28 },
    { header: "Nivå", type: "integer" },
    { header: "Nivånamn", type: "text", width: 24 },
    { header: "Nivå sedan", type: "date" },
    { header: "Värdkommun", type: "text" },
    { header: "Deltagare", type: "text", width: 40 },
    { header: "Driftande IT-enhet", type: "text", width: 28 },
    { header: "Systemägare", type: "text", width: 24 },
    { header: TERMS.nextDeadline, type: "date" },
    { header: "Tidsgränsen avser", type: "text" },
    { header: "Dagar kvar", type: "integer" },
  ];
  return {
    name: "Statustavla",
    columns,
    rows: rows
      .filter((r) => municipalityId === null || r.participantIds.includes(municipalityId))
      .map((r) => {
        const level = r.levelId === null ? undefined : levels.get(r.levelId);
        const c = r.collaboration;
        return [
          c.name,
          applications.get(c.applicationId)?.name ?? null,
          level?.ordinal ?? null,
          level?.name ?? null,
          r.lastLevelChange?.changedOn ?? null,
          municipalities.get(c.hostMunicipalityId)?.name ?? null,
          namesOf(r.participantIds, municipalities),
          c.operatorItUnitId === null ? null : (itUnits.get(c.operatorItUnitId)?.name ?? null),
          r.systemOwners.map((o) => people.get(o.personId)?.name ?? "").join(", ") || null,
          r.nextDeadline?.date ?? null,
          r.nextDeadline ? DEADLINE_NAME[r.nextDeadline.kind] : null,
          r.nextDeadline?.daysLeft ?? null,
        ];
      }),
  };
}

async function agreementsTable(ctx: Context, municipalityId: number | null, asOf: string): Promise<Table> {
  const facts = ctx.evaluations.facts(asOf);
  const [agreements, schedules, municipalities] = await Promise.all([facts.agreements(), facts.schedules(), facts.municipalities()]);
  const columns: Column[] = [
    { header: "Avtal", type: "text", width: 40 },
    { header: "Avtalstyp", type: "text", width: 18 },
    { header: "Diarienummer", type: "text" },
    { header: "Leverantör", type: "text" },
    { header: "Parter", type: "text", width: 40 },
    { header: "Startdatum", type: "date" },
    { header: "Nuvarande slutdatum", type: "date" },
    { header: "Sista dag för uppsägning", type: "date" },
    { header: "Beslutsdatum", type: "date" },
    { header: "Status", type: "text", width: 24 },
    { header: "Dagar kvar", type: "integer" },
    { header: "Årskostnad (kr)", type: "kronor" },
  ];
  return {
    name: "Avtal",
    columns,
    rows: agreements
      .filter((a) => municipalityId === null || a.municipalityIds.includes(municipalityId))
      .map((a) => {
        const s = schedules.get(a.agreement.id)!;
        return [
          a.agreement.name,
          AGREEMENT_KIND_SV[a.agreement.kind],
          a.agreement.referenceNumber,
          a.agreement.vendorName,
          namesOf(a.municipalityIds, municipalities),
          a.terms.startDate,
          s.currentTermEnd,
          s.noticeDeadline,
          s.decisionDeadline,
          AGREEMENT_STATUS[s.status] ?? s.status,
          s.daysLeft,
          a.agreement.annualCostSek === null ? null : a.agreement.annualCostSek * 100,
        ];
      }),
  };
}

async function riskTable(ctx: Context, municipalityId: number | null, asOf: string): Promise<Table> {
  const facts = ctx.evaluations.facts(asOf);
  const [assessments, municipalities] = await Promise.all([
    ctx.evaluations.ask(competenceRisk, asOf, { horizonMonths: DEFAULT_HORIZON_MONTHS, leave: leaveViewOf(ctx.viewer) }),
    facts.municipalities(),
  ]);
  const columns: Column[] = [
    { header: "Objekt", type: "text", width: 40 },
    { header: "Typ", type: "text", width: 16 },
    { header: "Kommuner", type: "text", width: 30 },
    { header: "Poäng", type: "integer" },
    { header: "Risknivå", type: "text" },
    { header: "Specialister", type: "integer" },
    { header: "Specialister som slutar inom 12 mån", type: "integer" },
    { header: "Användare", type: "integer" },
    { header: "Utbildade", type: "integer" },
    { header: "Skäl", type: "text", width: 80 },
  ];
  return {
    name: "Kompetensrisk",
    columns,
    rows: assessments
      .filter((a) => municipalityId === null || a.municipalityIds.includes(municipalityId))
      .map((a) => [
        a.label,
        a.kind === RiskSubjectKind.COLLABORATION ? "Samverkan" : "Användning",
        namesOf(a.municipalityIds, municipalities),
        a.score,
        RISK_SV[a.level],
        a.specialistCount,
        a.specialistsLeaving,
        a.userCount,
        a.trainedCount,
        a.reasons.map((r) => r.explanation).join(" "),
      ]),
  };
}
