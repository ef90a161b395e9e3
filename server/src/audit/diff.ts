import { nameKeyProperties } from "../db/name-keys";
import { encodeGlobalId } from "../core/global-id";

/** Field-by-field difference of two flat snapshots; only fields whose values differ. */
export function diffSnapshots(before: Record<string, unknown> | null, after: Record<string, unknown> | null): Record<string, { before: unknown; after: unknown }> {
  const fields: Record<string, { before: unknown; after: unknown }> = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of keys) {
    if (key === "id") continue;
    const b = before?.[key] ?? null;
    const a = after?.[key] ?? null;
    if (JSON.stringify(b) !== JSON.stringify(a)) fields[key] = { before: b, after: a };
  }
  return fields;
}

/**
 * Foreign-key columns by name and the type they point at, so the audit log shows global IDs like
 * the rest of the API, never internal row numbers. An entity whose column means something else
 * declares `static readonly auditReferences`; a test checks every `…Id` column is covered.
 */
export const AUDIT_REFERENCES: Readonly<Record<string, string>> = {
  municipalityId: "Municipality",
  hostMunicipalityId: "Municipality",
  itUnitId: "ItUnit",
  operatorItUnitId: "ItUnit",
  applicationId: "Application",
  applicationUsageId: "ApplicationUsage",
  collaborationId: "Collaboration",
  collaborationBodyId: "CollaborationBody",
  levelId: "CollaborationLevel",
  fromLevelId: "CollaborationLevel",
  toLevelId: "CollaborationLevel",
  personId: "Person",
  ownerId: "Person",
  coordinatorId: "Person",
  networkId: "CompetenceNetwork",
  planId: "TrainingPlan",
  agreementId: "Agreement",
};

export function auditReferencesOf(entityClass: Function): Readonly<Record<string, string>> {
  return { ...AUDIT_REFERENCES, ...(entityClass as { auditReferences?: Record<string, string> }).auditReferences };
}

/** The column values of an entity, without getters, loaded relations or derived name keys; foreign keys as global IDs. */
export function snapshot(entity: object): Record<string, unknown> {
  const references = auditReferencesOf(entity.constructor);
  const derived = nameKeyProperties(entity.constructor);
  const values: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(entity)) {
    if (derived.has(key)) continue;
    if (typeof value === "number" && key !== "id" && references[key]) values[key] = encodeGlobalId(references[key], value);
    else if (value === null || ["string", "number", "boolean"].includes(typeof value)) values[key] = value;
  }
  return values;
}
