/**
 * The plain input of the recommendations: everything the four triggers, the scoring, the grouping,
 * the transition window and the explanations read, as it stood on `asOf`. No ORM or GraphQL here;
 * `load-facts.ts` is the one place that fills it from the database.
 */
import type { LeadTimeSettings } from "../config";
import type { LocalDate } from "../common/dates";
import type { TriggerSettingsValues } from "./settings";

export interface FactMunicipality {
  id: number;
  name: string;
  code: string;
  /** County (län); free municipalities are grouped within one. */
  county: string | null;
  /** The population figure for the year before asOf (or the latest earlier one); null when none is recorded. */
  population: number | null;
}

export interface FactApplication {
  id: number;
  name: string;
  /** ApplicationCategory value, e.g. "CARE". */
  category: string;
}

/** Lifecycle phases (LifecyclePhase values). */
export type UsagePhase = "PLAN" | "PHASE_IN" | "ACTIVE" | "PHASE_OUT" | "RETIRED";

export interface FactUsage {
  id: number;
  municipalityId: number;
  applicationId: number;
  phase: UsagePhase;
  functionalFit: number | null;
  technicalFit: number | null;
  userCount: number | null;
  annualCostSek: number | null;
  lastChangedOn: LocalDate | null;
}

export interface FactCollaboration {
  id: number;
  name: string;
  applicationId: number;
  /** Participants on asOf. */
  participantIds: number[];
  /** The level (ordinal) on asOf; null before its first level change. */
  levelOrdinal: number | null;
  lastChangedOn: LocalDate | null;
}

export interface FactLevel {
  ordinal: number;
  name: string;
}

/** An agreement's computed deadlines on asOf and what it covers. */
export interface FactAgreement {
  agreementId: number;
  name: string;
  applicationIds: number[];
  collaborationIds: number[];
  /** Municipal parties and the municipalities of IT-unit parties. */
  partyMunicipalityIds: number[];
  decisionDeadline: LocalDate;
  noticeDeadline: LocalDate;
  currentTermEnd: LocalDate;
  /** AgreementStatus value on asOf. */
  status: string;
  lastChangedOn: LocalDate | null;
}

export interface FactCompetenceRisk {
  kind: "APPLICATION_USAGE" | "COLLABORATION";
  applicationUsageId: number | null;
  /** The collaboration judged (COLLABORATION) or the one a shared usage belongs to. */
  collaborationId: number | null;
  applicationId: number;
  municipalityIds: number[];
  label: string;
  score: number;
  /** RiskLevel value: LOW, MEDIUM, HIGH. */
  band: string;
}

/** How a change freeze recurs. */
export type FreezeRule =
  /** ISO weeks `fromWeek`–`toWeek` every year; `fromWeek` > `toWeek` spans New Year. Week 53 exists only in long ISO years. */
  | { kind: "ISO_WEEKS"; fromWeek: number; toWeek: number }
  /** Every year from one day of the year to another ("MM-DD"); `from` > `to` spans New Year. */
  | { kind: "DAY_MONTH"; from: string; to: string }
  /** Once, from one date to another (an announced period). */
  | { kind: "DATES"; fromDate: LocalDate; toDate: LocalDate };

export interface FactFreeze {
  id: number;
  municipalityId: number;
  name: string;
  /** Only systems of this ApplicationCategory; null for every system. */
  category: string | null;
  rule: FreezeRule;
  /** Periods inside it opened by approved exceptions (undantag) decided on or before asOf. */
  exceptions?: { from: LocalDate; to: LocalDate }[];
}

export interface RecommendationFacts {
  asOf: LocalDate;
  municipalities: FactMunicipality[];
  applications: FactApplication[];
  usages: FactUsage[];
  collaborations: FactCollaboration[];
  /** The collaboration scale, by ordinal. */
  levels: FactLevel[];
  agreements: FactAgreement[];
  competenceRisks: FactCompetenceRisk[];
  freezes: FactFreeze[];
  settings: TriggerSettingsValues;
  /** Procurement lead times (agreement settings), for the transition window. */
  leadTimes: LeadTimeSettings;
}
