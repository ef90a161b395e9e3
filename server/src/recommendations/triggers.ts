/**
 * The IT policy's four triggers (när ska samverkan övervägas), as pure functions of one group of
 * municipalities, the facts on asOf and the settings. Each returns what it found (for evidence and
 * explanations) and how strongly it fires (0–1, multiplied by the trigger's weight), or null.
 *
 * | trigger | fires when | strength |
 * |---|---|---|
 * | AGREEMENT_EXPIRING (avtal på väg ut) | an agreement concerning the group, not yet ended, has its decision deadline within `agreementHorizonMonths` of asOf or already passed (while notice can still be given, or while its settled end is still ahead) | 1 when the earliest such deadline lies within `agreementUrgentMonths` (or has passed), ½ otherwise |
 * | POOR_APPLICATION (fungerar dåligt) | a usage with functional or technical fit ≤ `poorFitThreshold`, or being phased out | share of the participants with such a usage |
 * | COMPETENCE_RISK (svårt att upprätthålla kompetens) | a competence-risk score ≥ `competenceRiskMinScore` for a usage or collaboration of the group | the highest such score ÷ 100 |
 * | SAME_APPLICATION (flera använder samma) | ≥ `sameApplicationMinMunicipalities` participants run one product outside a collaboration at `jointLevel` or above (or are about to join the one that is) | a fifth per municipality running it, at most 1 |
 */
import { addMonths, type LocalDate } from "../common/dates";
import { compareAssessments } from "../competence/risk";
import type { FactAgreement, FactCollaboration, FactCompetenceRisk, FactUsage } from "./facts";
import type { TriggerSettingsValues } from "./settings";

export enum Trigger {
  AGREEMENT_EXPIRING = "AGREEMENT_EXPIRING",
  POOR_APPLICATION = "POOR_APPLICATION",
  COMPETENCE_RISK = "COMPETENCE_RISK",
  SAME_APPLICATION = "SAME_APPLICATION",
}

/** What a trigger looks at: one candidate group on asOf. */
export interface TriggerInput {
  asOf: LocalDate;
  settings: TriggerSettingsValues;
  participantIds: readonly number[];
  /** Participants that would join an existing collaboration (they run its product outside it). */
  joiningIds: readonly number[];
  /** The participants' usages (in use) of the group's products. */
  usages: readonly FactUsage[];
  /** The collaboration(s) the group builds on. */
  collaborations: readonly FactCollaboration[];
  /** Agreements concerning the group that have not ended on asOf. */
  agreements: readonly FactAgreement[];
  /** Competence-risk assessments of the group's usages and collaborations. */
  risks: readonly FactCompetenceRisk[];
}

/** Where an expiring agreement stands on asOf. */
export type AgreementState = "UPCOMING" | "DECISION_PASSED" | "ENDING";

export type Finding =
  | { trigger: Trigger.AGREEMENT_EXPIRING; agreement: FactAgreement; state: AgreementState }
  | { trigger: Trigger.POOR_APPLICATION; usage: FactUsage; poorFit: boolean; phasingOut: boolean }
  | { trigger: Trigger.COMPETENCE_RISK; risk: FactCompetenceRisk }
  | { trigger: Trigger.SAME_APPLICATION; applicationId: number; municipalityIds: number[]; usages: FactUsage[] };

export interface TriggerResult {
  trigger: Trigger;
  /** 0–1; the points are the weight times this, rounded. */
  strength: number;
  findings: Finding[];
}

const byDate =
  <T>(date: (x: T) => string) =>
  (a: T, b: T) =>
    date(a) < date(b) ? -1 : date(a) > date(b) ? 1 : 0;

export function agreementExpiring(input: TriggerInput): TriggerResult | null {
  const horizon = addMonths(input.asOf, input.settings.agreementHorizonMonths);
  const findings: Finding[] = input.agreements
    .filter((a) => a.status !== "EXPIRED" && a.decisionDeadline <= horizon)
    .sort(byDate((a) => a.decisionDeadline))
    .map((agreement) => ({
      trigger: Trigger.AGREEMENT_EXPIRING,
      agreement,
      state: agreement.decisionDeadline >= input.asOf ? "UPCOMING" : agreement.status === "NOTICE_PASSED" ? "ENDING" : "DECISION_PASSED",
    }));
  if (findings.length === 0) return null;
  const earliest = (findings[0] as { agreement: FactAgreement }).agreement.decisionDeadline;
  const urgent = earliest <= addMonths(input.asOf, input.settings.agreementUrgentMonths);
  return { trigger: Trigger.AGREEMENT_EXPIRING, strength: urgent ? 1 : 0.5, findings };
}

export function poorApplication(input: TriggerInput): TriggerResult | null {
  const threshold = input.settings.poorFitThreshold;
  const findings: Finding[] = [];
  for (const usage of input.usages) {
    const poorFit = (usage.functionalFit !== null && usage.functionalFit <= threshold) || (usage.technicalFit !== null && usage.technicalFit <= threshold);
    const phasingOut = usage.phase === "PHASE_OUT";
    if (poorFit || phasingOut) findings.push({ trigger: Trigger.POOR_APPLICATION, usage, poorFit, phasingOut });
  }
  if (findings.length === 0) return null;
  const municipalities = new Set(findings.map((f) => (f as { usage: FactUsage }).usage.municipalityId));
  return { trigger: Trigger.POOR_APPLICATION, strength: municipalities.size / input.participantIds.length, findings };
}

export function competenceRisk(input: TriggerInput): TriggerResult | null {
  const findings: Finding[] = input.risks
    .filter((r) => r.score >= input.settings.competenceRiskMinScore)
    // In the competence-risk list's own order: a risk carries no place in the whole country's list.
    .sort(compareAssessments)
    .map((risk) => ({ trigger: Trigger.COMPETENCE_RISK, risk }));
  if (findings.length === 0) return null;
  return { trigger: Trigger.COMPETENCE_RISK, strength: Math.min(1, (findings[0] as { risk: FactCompetenceRisk }).risk.score / 100), findings };
}

export const SAME_APPLICATION_FULL_AT = 5;

export function sameApplication(input: TriggerInput): TriggerResult | null {
  const byApplication = new Map<number, FactUsage[]>();
  for (const usage of input.usages) byApplication.set(usage.applicationId, [...(byApplication.get(usage.applicationId) ?? []), usage]);
  const findings: Finding[] = [];
  for (const [applicationId, usages] of byApplication) {
    const municipalityIds = [...new Set(usages.map((u) => u.municipalityId))];
    if (municipalityIds.length < input.settings.sameApplicationMinMunicipalities) continue;
    // Inside a collaboration at the joint level the trigger concerns only those who would join it.
    const outside = input.collaborations.every((c) => c.levelOrdinal === null || c.levelOrdinal < input.settings.jointLevel || c.applicationId !== applicationId);
    if (!outside && !municipalityIds.some((m) => input.joiningIds.includes(m))) continue;
    findings.push({ trigger: Trigger.SAME_APPLICATION, applicationId, municipalityIds, usages });
  }
  if (findings.length === 0) return null;
  const most = Math.max(...findings.map((f) => (f as { municipalityIds: number[] }).municipalityIds.length));
  return { trigger: Trigger.SAME_APPLICATION, strength: Math.min(1, most / SAME_APPLICATION_FULL_AT), findings };
}

/** The four triggers, in the order their contributions are listed. */
export const TRIGGERS: readonly ((input: TriggerInput) => TriggerResult | null)[] = [agreementExpiring, poorApplication, competenceRisk, sameApplication];

export function weightOf(trigger: Trigger, settings: TriggerSettingsValues): number {
  switch (trigger) {
    case Trigger.AGREEMENT_EXPIRING:
      return settings.weightAgreementExpiring;
    case Trigger.POOR_APPLICATION:
      return settings.weightPoorApplication;
    case Trigger.COMPETENCE_RISK:
      return settings.weightCompetenceRisk;
    case Trigger.SAME_APPLICATION:
      return settings.weightSameApplication;
  }
}
