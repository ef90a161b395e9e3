import type { LocalDate } from "../common/dates";

/** A policy goal's status on a date (mål i IT-policyn), computed from its deadline and the day it was reached. */
export enum PolicyGoalStatus {
  ACHIEVED = "ACHIEVED",
  ONGOING = "ONGOING",
  OVERDUE = "OVERDUE",
}

export const POLICY_GOAL_STATUS_SV: Record<PolicyGoalStatus, string> = {
  ACHIEVED: "Uppnått",
  ONGOING: "Pågår",
  OVERDUE: "Försenat",
};

export function policyGoalStatus(goal: { deadline: LocalDate; achievedOn: LocalDate | null }, asOf: LocalDate): PolicyGoalStatus {
  if (goal.achievedOn !== null && goal.achievedOn <= asOf) return PolicyGoalStatus.ACHIEVED;
  return goal.deadline < asOf ? PolicyGoalStatus.OVERDUE : PolicyGoalStatus.ONGOING;
}
