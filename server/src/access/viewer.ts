import { GraphQLError } from "graphql";
import { Role, roleIncludes } from "./roles";

/** Who is calling: resolved from the bearer token once per request. */
export interface Viewer {
  tokenId: number;
  tokenName: string;
  role: Role;
  /** Set for EDITOR tokens (and optionally READER): the municipality the token speaks for. */
  municipalityId: number | null;
  /** When the token stops working (ISO instant); null: never. */
  expiresAt?: string | null;
}

export function unauthenticated(): GraphQLError {
  return new GraphQLError("Inloggning krävs: skicka en API-token som `Authorization: Bearer <token>`.", {
    extensions: { code: "UNAUTHENTICATED", http: { status: 401 } },
  });
}

export function forbidden(message = "Din token får inte göra det."): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "FORBIDDEN" } });
}

export function isAdmin(viewer: Viewer | null): boolean {
  return viewer !== null && viewer.role === Role.ADMIN;
}

/** Whether the viewer may change data that belongs to `municipalityId`. */
export function canEditMunicipality(viewer: Viewer | null, municipalityId: number): boolean {
  if (!viewer) return false;
  if (viewer.role === Role.ADMIN) return true;
  return viewer.role === Role.EDITOR && viewer.municipalityId === municipalityId;
}

/** Whether the viewer may change shared data in which any of `participantIds` takes part. */
export function canEditShared(viewer: Viewer | null, participantIds: readonly number[]): boolean {
  if (!viewer) return false;
  if (viewer.role === Role.ADMIN) return true;
  return viewer.role === Role.EDITOR && viewer.municipalityId !== null && participantIds.includes(viewer.municipalityId);
}

export function assertRole(viewer: Viewer | null, needed: Role): Viewer {
  if (!viewer) throw unauthenticated();
  if (!roleIncludes(viewer.role, needed)) throw forbidden(`Det kräver rollen ${needed}.`);
  return viewer;
}

export function assertCanEditMunicipality(viewer: Viewer | null, municipalityId: number): void {
  if (!canEditMunicipality(viewer, municipalityId)) throw forbidden("Din token får bara ändra sin egen kommuns uppgifter.");
}

export function assertCanEditShared(viewer: Viewer | null, participantIds: readonly number[]): void {
  if (!canEditShared(viewer, participantIds)) throw forbidden("Din token får bara ändra gemensamma uppgifter där dess kommun deltar.");
}
