/** Pure rules of role assignments: which role fits which target, dates, overlaps. */
import type { LocalDate } from "../common/dates";
import { covers, overlaps } from "../common/period";

export enum RoleKind {
  SYSTEMAGARE = "SYSTEMAGARE",
  SYSTEMANSVARIG = "SYSTEMANSVARIG",
  SYSTEMFORVALTARE = "SYSTEMFORVALTARE",
  SYSTEMADMINISTRATOR = "SYSTEMADMINISTRATOR",
  SYSTEMTEKNIKER = "SYSTEMTEKNIKER",
  IT_CHEF = "IT_CHEF",
  IT_CHEFSGRUPPEN = "IT_CHEFSGRUPPEN",
  /** Output only: a role kind an admin added to the ROLE_KIND vocabulary since (its code is in kindCode). */
  OTHER = "OTHER",
}

export type RoleTargetKind = "applicationUsage" | "collaboration" | "itUnit";

const SYSTEM_ROLES = [RoleKind.SYSTEMAGARE, RoleKind.SYSTEMANSVARIG, RoleKind.SYSTEMFORVALTARE, RoleKind.SYSTEMADMINISTRATOR, RoleKind.SYSTEMTEKNIKER];

/** The targets each of today's roles may be held on (the ROLE_KIND vocabulary's seed; assignments read the vocabulary): system roles on systems, IT-chef on IT units, IT-chefsgruppen on IT units and shared systems. */
export const ROLE_TARGETS: Record<RoleKind, readonly RoleTargetKind[]> = {
  ...(Object.fromEntries(SYSTEM_ROLES.map((kind) => [kind, ["applicationUsage", "collaboration"]])) as Record<RoleKind, RoleTargetKind[]>),
  [RoleKind.IT_CHEF]: ["itUnit"],
  [RoleKind.IT_CHEFSGRUPPEN]: ["itUnit", "collaboration"],
  [RoleKind.OTHER]: [],
};

export interface DatedRole {
  fromDate: LocalDate;
  toDate: LocalDate | null;
}

/** Whether an assignment is in force on `date`. */
export function holdsOn(role: DatedRole, date: LocalDate): boolean {
  return covers(role.fromDate, role.toDate, date);
}

/** Whether two assignments share at least one day. */
export function rolesOverlap(a: DatedRole, b: DatedRole): boolean {
  return overlaps({ from: a.fromDate, to: a.toDate }, { from: b.fromDate, to: b.toDate });
}
