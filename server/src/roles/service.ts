import { assertCanEditMunicipality, assertCanEditShared } from "../access/viewer";
import { ApplicationUsage } from "../applications/entities";
import { snapshot } from "../audit/diff";
import { Collaboration, CollaborationParticipant } from "../collaborations/entities";
import { participatesOn } from "../collaborations/rules";
import type { MutationScope } from "../core/mutation";
import { UserErrorCode } from "../core/user-error";
import { ItUnit } from "../municipalities/entities";
import { Person } from "../people/entities";
import { RoleAssignment } from "./entities";
import type { RoleAssignInput, RoleEndInput } from "./inputs";
import { rolesOverlap, ROLE_TARGETS, SINGLE_HOLDER_ROLES, type RoleTargetKind } from "./rules";

type TargetColumn = "applicationUsageId" | "collaborationId" | "itUnitId";
const TARGET_COLUMN: Record<RoleTargetKind, TargetColumn> = { applicationUsage: "applicationUsageId", collaboration: "collaborationId", itUnit: "itUnitId" };

/**
 * Editors may hold roles on their own municipality's usages and IT units, and on collaborations
 * their municipality takes part in today.
 */
async function assertCanEditTarget(s: MutationScope, target: ApplicationUsage | Collaboration | ItUnit): Promise<void> {
  if (target instanceof Collaboration) {
    const participants = await s.em.findBy(CollaborationParticipant, { collaborationId: target.id });
    assertCanEditShared(
      s.ctx.viewer,
      participants.filter((p) => participatesOn(p, s.ctx.today)).map((p) => p.municipalityId),
    );
  } else {
    assertCanEditMunicipality(s.ctx.viewer, target.municipalityId);
  }
}

async function findTarget(s: MutationScope, input: RoleAssignInput): Promise<{ kind: RoleTargetKind; target: ApplicationUsage | Collaboration | ItUnit } | null> {
  const given = (["applicationUsage", "collaboration", "itUnit"] as const).filter((kind) => input[`${kind}Id`] !== null && input[`${kind}Id`] !== undefined);
  if (given.length !== 1) {
    s.fail(null, UserErrorCode.INVALID, "Give exactly one target: applicationUsageId, collaborationId or itUnitId.");
    return null;
  }
  const kind = given[0];
  const entity = { applicationUsage: ApplicationUsage, collaboration: Collaboration, itUnit: ItUnit }[kind];
  const target = await s.find(`${kind}Id`, input[`${kind}Id`], entity as { new (): ApplicationUsage | Collaboration | ItUnit; typeName: string });
  return target ? { kind, target } : null;
}

export async function assignRole(s: MutationScope, input: RoleAssignInput): Promise<RoleAssignment | null> {
  const found = await findTarget(s, input);
  if (found) await assertCanEditTarget(s, found.target);
  const person = await s.find("personId", input.personId, Person);
  const fromDate = s.effectiveFrom("fromDate", input.fromDate, input.correctionReason, { allowFuture: true });
  const toDate = input.toDate ?? null;
  if (toDate !== null && toDate < fromDate) s.fail("toDate", UserErrorCode.DATE_ORDER, "The last day lies before the first.");
  const note = s.text("note", input.note, { max: 5000 });
  if (found && !ROLE_TARGETS[input.kind].includes(found.kind)) {
    s.fail("kind", UserErrorCode.INVALID, `A ${input.kind} role is held on ${ROLE_TARGETS[input.kind].join(" or ")}, not on ${found.kind}.`);
  }
  if (!found || !person || s.failed) return null;
  const column = TARGET_COLUMN[found.kind];
  const period = { fromDate, toDate };
  const holders = (await s.em.findBy(RoleAssignment, { [column]: found.target.id, kind: input.kind })).filter((r) => rolesOverlap(r, period));
  if (holders.some((r) => r.personId === person.id)) {
    s.fail("personId", UserErrorCode.DUPLICATE, "The person holds this role there already in that period.");
  } else if (holders.length && SINGLE_HOLDER_ROLES.includes(input.kind)) {
    const holder = holders[0];
    s.fail(
      "kind",
      UserErrorCode.CONFLICT,
      `Only one ${input.kind} at a time: another person holds it from ${holder.fromDate}${holder.toDate ? ` to ${holder.toDate}` : ""}; end that assignment first.`,
    );
  }
  if (s.failed) return null;
  return s.save(
    Object.assign(new RoleAssignment(), {
      kind: input.kind,
      personId: person.id,
      applicationUsageId: null,
      collaborationId: null,
      itUnitId: null,
      [column]: found.target.id,
      fromDate,
      toDate,
      note,
    }),
    null,
  );
}

export async function endRole(s: MutationScope, input: RoleEndInput): Promise<RoleAssignment | null> {
  const role = await s.find("id", input.id, RoleAssignment);
  if (!role) return null;
  const target =
    role.applicationUsageId !== null
      ? await s.em.findOneByOrFail(ApplicationUsage, { id: role.applicationUsageId })
      : role.collaborationId !== null
        ? await s.em.findOneByOrFail(Collaboration, { id: role.collaborationId })
        : await s.em.findOneByOrFail(ItUnit, { id: role.itUnitId! });
  await assertCanEditTarget(s, target);
  const toDate = s.lastDay("toDate", input.toDate, input.correctionReason);
  if (role.toDate !== null) s.fail("id", UserErrorCode.CONFLICT, `The assignment ended already on ${role.toDate}.`);
  else if (toDate < role.fromDate) s.fail("toDate", UserErrorCode.DATE_ORDER, `The assignment began on ${role.fromDate}.`);
  if (s.failed) return null;
  const before = snapshot(role);
  role.toDate = toDate;
  role.endRecordedOn = s.correctionReason === null ? s.ctx.today : null;
  return s.save(role, before);
}
