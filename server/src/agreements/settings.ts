import type { DeadlinePolicy, LeadTimeSettings } from "./deadlines";
import { procurementLeadTime } from "./deadlines";
import { wholeNumber } from "../config";

/** Deadline configuration, read once from the environment at start-up. */
export interface AgreementSettings extends LeadTimeSettings {
  /** Days before a notice deadline from which an agreement is NOTICE_DUE. */
  noticeDueDays: number;
  /** Months before a decision deadline from which an agreement is DECISION_DUE. */
  decisionWarningMonths: number;
}

/**
 * SAMVERKAN_PROCUREMENT_LEAD_MONTHS (default 12), SAMVERKAN_PROCUREMENT_LEAD_MONTHS_HIGH_LEVEL
 * (default 18), SAMVERKAN_PROCUREMENT_HIGH_LEVEL (the level from which the longer lead time applies,
 * default 3), SAMVERKAN_NOTICE_DUE_DAYS (default 90) and SAMVERKAN_DECISION_WARNING_MONTHS (default 6).
 */
export function readAgreementSettings(env: NodeJS.ProcessEnv = process.env): AgreementSettings {
  return {
    leadTimeMonths: wholeNumber(env, "SAMVERKAN_PROCUREMENT_LEAD_MONTHS", 12, 0, 120),
    leadTimeMonthsHighLevel: wholeNumber(env, "SAMVERKAN_PROCUREMENT_LEAD_MONTHS_HIGH_LEVEL", 18, 0, 120),
    highLevelFrom: wholeNumber(env, "SAMVERKAN_PROCUREMENT_HIGH_LEVEL", 3, 0, 100),
    noticeDueDays: wholeNumber(env, "SAMVERKAN_NOTICE_DUE_DAYS", 90, 0, 3650),
    decisionWarningMonths: wholeNumber(env, "SAMVERKAN_DECISION_WARNING_MONTHS", 6, 0, 60),
  };
}

export const agreementSettings: AgreementSettings = readAgreementSettings();

/**
 * The deadline policy of one agreement: its own lead-time override, else by the highest level of the
 * systems it covers (null when it covers none).
 */
export function deadlinePolicy(override: number | null, systemLevel: number | null, settings: AgreementSettings = agreementSettings): DeadlinePolicy {
  return { procurementLeadTimeMonths: procurementLeadTime(override, systemLevel, settings), noticeDueDays: settings.noticeDueDays, decisionWarningMonths: settings.decisionWarningMonths };
}
