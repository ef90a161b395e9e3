/**
 * Planned leave (planerad avgång) is HR-sensitive personal data: admins see everyone's, others only
 * that of their own municipality's people. The one rule, for the Person.plannedLeave field and for
 * the competence risk, which counts a specialist's coming leave only where the viewer may see it.
 */
import { Role } from "../access/roles";
import type { Viewer } from "../access/viewer";

/** Whose planned leave counts: everyone's (as admins, the governance rules and the recommendations judge), or that of one municipality's people (the viewer's; null: nobody's). */
export type LeaveView = "ALL" | { municipalityId: number | null };

/** The leave a viewer may see: admins everyone's, others their own municipality's people's. */
export function leaveViewOf(viewer: Viewer | null): LeaveView {
  return viewer?.role === Role.ADMIN ? "ALL" : { municipalityId: viewer?.municipalityId ?? null };
}

/** Whether a view shows the planned leave of a person of `personMunicipalityId`. */
export function seesLeaveOf(view: LeaveView, personMunicipalityId: number): boolean {
  return view === "ALL" || view.municipalityId === personMunicipalityId;
}
