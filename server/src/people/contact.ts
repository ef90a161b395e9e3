import type { Viewer } from "../access/viewer";

/** Personal contact details are shown to admins and to the person's own municipality only. */
export function canSeeContactDetails(viewer: Viewer | null, personMunicipalityId: number): boolean {
  if (!viewer) return false;
  return viewer.role === "ADMIN" || viewer.municipalityId === personMunicipalityId;
}
