/**
 * The thresholds, weights and horizons of the four triggers: data an admin reads and changes
 * (`triggerSettings`, `triggerSettingsUpdate`), stored in one row. These are the defaults the
 * migration writes and the limits every change is checked against.
 */
export interface TriggerSettingsValues {
  /** AGREEMENT_EXPIRING: an agreement whose decision deadline lies within this many months (or has passed, until it has ended). */
  agreementHorizonMonths: number;
  /** AGREEMENT_EXPIRING gives its full weight when the earliest such deadline lies within this many months, half otherwise. */
  agreementUrgentMonths: number;
  /** POOR_APPLICATION: functional or technical fit at or below this (of 4). */
  poorFitThreshold: number;
  /** COMPETENCE_RISK: a competence-risk score at or above this (60 = the HIGH band). */
  competenceRiskMinScore: number;
  /** COMPETENCE_RISK: specialists leaving within this many months count as leaving. */
  competenceHorizonMonths: number;
  /** SAME_APPLICATION: at least this many municipalities run the same product. */
  sameApplicationMinMunicipalities: number;
  /** The level (ordinal) from which municipalities count as operating together; groups outside are proposed this level. */
  jointLevel: number;
  weightAgreementExpiring: number;
  weightPoorApplication: number;
  weightCompetenceRisk: number;
  weightSameApplication: number;
  /** Length of the suggested transition window, in days. */
  transitionWindowDays: number;
}

export const DEFAULT_TRIGGER_SETTINGS: Readonly<TriggerSettingsValues> = {
  agreementHorizonMonths: 24,
  agreementUrgentMonths: 12,
  poorFitThreshold: 2,
  competenceRiskMinScore: 60,
  competenceHorizonMonths: 12,
  sameApplicationMinMunicipalities: 2,
  jointLevel: 3,
  weightAgreementExpiring: 30,
  weightPoorApplication: 25,
  weightCompetenceRisk: 20,
  weightSameApplication: 25,
  transitionWindowDays: 28,
};

/** Allowed range of each setting (inclusive). */
export const TRIGGER_SETTING_LIMITS: Readonly<Record<keyof TriggerSettingsValues, readonly [number, number]>> = {
  agreementHorizonMonths: [1, 120],
  agreementUrgentMonths: [0, 120],
  poorFitThreshold: [1, 4],
  competenceRiskMinScore: [0, 100],
  competenceHorizonMonths: [0, 120],
  sameApplicationMinMunicipalities: [2, 100],
  jointLevel: [0, 100],
  weightAgreementExpiring: [0, 100],
  weightPoorApplication: [0, 100],
  weightCompetenceRisk: [0, 100],
  weightSameApplication: [0, 100],
  transitionWindowDays: [1, 365],
};

export interface SettingProblem {
  field: keyof TriggerSettingsValues;
  message: string;
}

/** Values outside their range, and an urgent period longer than the horizon. */
export function settingProblems(values: TriggerSettingsValues): SettingProblem[] {
  const problems: SettingProblem[] = [];
  for (const [field, [min, max]] of Object.entries(TRIGGER_SETTING_LIMITS) as [keyof TriggerSettingsValues, readonly [number, number]][]) {
    const value = values[field];
    if (!Number.isInteger(value) || value < min || value > max) problems.push({ field, message: `Ska vara ett heltal från ${min} till ${max}.` });
  }
  if (problems.length === 0 && values.agreementUrgentMonths > values.agreementHorizonMonths) {
    problems.push({ field: "agreementUrgentMonths", message: "Får inte vara större än agreementHorizonMonths." });
  }
  return problems;
}
