/**
 * Importing a municipality's application list: the state a plan compares with, read through the one
 * reader of facts (today); and a plan applied through the applications' and roles' own services in
 * one mutation (one transaction, one audit entry, the data version advanced).
 */
import { assertCanEditMunicipality } from "../access/viewer";
import { Application, ApplicationScope, ApplicationUsage, type LifecyclePhase } from "../applications/entities";
import { createApplication, createUsage, updateUsage } from "../applications/service";
import { snapshot } from "../audit/diff";
import { dayBefore } from "../common/period";
import { encodeGlobalId } from "../core/global-id";
import { runMutation, type MutationScope } from "../core/mutation";
import { publishEvent, WebhookEventType } from "../reminders/events";
import { type UserError, UserErrorCode, userError } from "../core/user-error";
import type { Context } from "../core/context";
import { Municipality } from "../municipalities/entities";
import { Person } from "../people/entities";
import { RoleAssignment } from "../roles/entities";
import { RoleKind } from "../roles/rules";
import { assignRole, endRole } from "../roles/service";
import { ImportAction, type ImportPlan, type ImportState, planCounts, planImport, type PlannedRow } from "./plan";
import { readTable, SheetError, type SheetFormat } from "./sheet";

export const IMPORT_OPERATION = "applicationUsagesImport";

export interface ImportRequest {
  municipalityId: number;
  fileName: string;
  format: SheetFormat;
  content: Buffer;
  apply: boolean;
}

export interface ImportOutcome {
  /** Null when the file could not be read at all. */
  plan: ImportPlan | null;
  applied: boolean;
  userErrors: UserError[];
}

/** What the municipality has recorded today, for comparing a file with (a fixed number of statements). */
export async function importState(ctx: Context, municipalityId: number): Promise<ImportState> {
  const facts = ctx.evaluations.facts(ctx.today);
  const [applications, usages, people, roles] = await Promise.all([facts.applications(), facts.usages(), facts.people(), facts.roles()]);
  const own = [...usages.values()].filter((u) => u.municipalityId === municipalityId);
  const ownIds = new Set(own.map((u) => u.id));
  return {
    today: ctx.today,
    applications: [...applications.values()],
    usages: own,
    people: [...people.values()].filter((p) => p.municipalityId === municipalityId),
    systemOwners: new Map(
      roles
        .filter((r) => r.kind === RoleKind.SYSTEMAGARE && r.applicationUsageId !== null && ownIds.has(r.applicationUsageId))
        .map((r) => [r.applicationUsageId!, { roleId: r.id, personId: r.personId }]),
    ),
  };
}

function problemErrors(plan: ImportPlan): UserError[] {
  return plan.problems.map((p) =>
    userError(["input", "content", String(p.row), ...(p.column === null ? [] : [p.column])], p.code, `Rad ${p.row}${p.column === null ? "" : `, ${p.column}`}: ${p.message}`),
  );
}

/**
 * Reads the file and plans it; with `apply` and no problems, applies the plan all-or-nothing.
 * Editors may import only their own municipality (FORBIDDEN, dry run included).
 */
export async function importUsages(ctx: Context, request: ImportRequest): Promise<ImportOutcome> {
  assertCanEditMunicipality(ctx.viewer, request.municipalityId);
  let plan: ImportPlan;
  try {
    plan = planImport(await readTable(request.format, request.content), await importState(ctx, request.municipalityId));
  } catch (error) {
    if (error instanceof SheetError) return { plan: null, applied: false, userErrors: [userError("content", UserErrorCode.INVALID, error.message)] };
    throw error;
  }
  if (plan.problems.length) return { plan, applied: false, userErrors: problemErrors(plan) };
  if (!request.apply) return { plan, applied: false, userErrors: [] };
  const outcome = await runMutation(ctx, IMPORT_OPERATION, (s) => applyPlan(s, request, plan));
  return { plan, applied: outcome.userErrors.length === 0, userErrors: outcome.userErrors };
}

/** Applies each row through the domain services; any refusal rolls the whole import back. */
async function applyPlan(s: MutationScope, request: ImportRequest, plan: ImportPlan): Promise<true | null> {
  for (const row of plan.rows) {
    if (row.action === ImportAction.UNCHANGED) continue;
    const before = s.errors.length;
    await applyRow(s, request.municipalityId, row);
    // A service names its own input's fields: point the user at the row instead.
    for (const error of s.errors.slice(before)) error.field = ["input", "content", String(row.row), ...(error.field ?? []).slice(1)];
    if (s.failed) return null;
  }
  const counts = planCounts(plan);
  await publishEvent(s, WebhookEventType.IMPORT_APPLIED, {
    municipality: { id: encodeGlobalId(Municipality.typeName, request.municipalityId) },
    fileName: request.fileName,
    created: counts.CREATE,
    updated: counts.UPDATE,
    unchanged: counts.UNCHANGED,
  });
  s.changes.push({
    objectId: encodeGlobalId(Municipality.typeName, request.municipalityId),
    objectType: "ApplicationUsageImport",
    kind: "CREATE",
    fields: {
      fileName: { before: null, after: request.fileName },
      created: { before: null, after: counts.CREATE },
      updated: { before: null, after: counts.UPDATE },
      unchanged: { before: null, after: counts.UNCHANGED },
    },
  });
  return true;
}

async function applyRow(s: MutationScope, municipalityId: number, row: PlannedRow): Promise<void> {
  let applicationId = row.applicationId;
  if (applicationId === null && row.newApplication) {
    applicationId = (await createApplication(s, { ...row.newApplication, scope: ApplicationScope.BUSINESS_SPECIFIC }))?.id ?? null;
  }
  if (applicationId === null) return;
  const { externalKey, ...facts } = row.values;
  const fields = { ...facts, lifecyclePhase: facts.lifecyclePhase as LifecyclePhase | undefined };
  let usage: ApplicationUsage | null;
  if (row.usageId === null) {
    usage = await createUsage(s, { municipalityId: encodeGlobalId(Municipality.typeName, municipalityId), applicationId: encodeGlobalId(Application.typeName, applicationId), ...fields });
  } else if (Object.keys(facts).length) {
    usage = await updateUsage(s, { id: encodeGlobalId(ApplicationUsage.typeName, row.usageId), ...fields });
  } else {
    usage = await s.em.findOneByOrFail(ApplicationUsage, { id: row.usageId });
  }
  if (!usage) return;
  if (externalKey !== undefined) {
    const unchanged = snapshot(usage);
    usage.externalKey = externalKey;
    usage = await s.save(usage, unchanged);
  }
  if (row.systemOwner) {
    const usageId = encodeGlobalId(ApplicationUsage.typeName, usage.id);
    // The outgoing systemägare's last day is yesterday, the new one's first day today: no overlap.
    if (row.systemOwner.endRoleId !== null) await endRole(s, { id: encodeGlobalId(RoleAssignment.typeName, row.systemOwner.endRoleId), toDate: dayBefore(s.ctx.today) });
    if (s.failed) return;
    await assignRole(s, { kind: RoleKind.SYSTEMAGARE, personId: encodeGlobalId(Person.typeName, row.systemOwner.personId), applicationUsageId: usageId, fromDate: s.ctx.today });
  }
}
