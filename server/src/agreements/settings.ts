import { type AgreementSettings, readAgreementSettings } from "../config";
import type { DeadlinePolicy } from "./deadlines";
import { procurementLeadTime } from "./deadlines";

/** Read once from the environment at start-up (config.ts). */
export const agreementSettings: AgreementSettings = readAgreementSettings();

/**
 * The deadline policy of one agreement: its own lead-time override, else by the highest level of the
 * systems it covers (null when it covers none).
 */
export function deadlinePolicy(override: number | null, systemLevel: number | null, settings: AgreementSettings = agreementSettings): DeadlinePolicy {
  return { procurementLeadTimeMonths: procurementLeadTime(override, systemLevel, settings), noticeDueDays: settings.noticeDueDays, decisionWarningMonths: settings.decisionWarningMonths };
}
