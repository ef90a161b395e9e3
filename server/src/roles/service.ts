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
import { VocabularyTerm } from "../vocabularies/entities";
import { Vocabulary } from "../vocabularies/rules";
import { termCodeOf } from "../vocabularies/service";
import { type RoleKind, rolesOverlap, type RoleTargetKind } from "./rules";

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
    s.fail(null, UserErrorCode.INVALID, "Ange exakt ett mål: applicationUsageId, collaborationId eller itUnitId.");
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
  if (toDate !== null && toDate < fromDate) s.fail("toDate", UserErrorCode.DATE_ORDER, "Sista dagen ligger före den första.");
  const note = s.text("note", input.note, { max: 5000 });
  // The role kind and its rules (targets, one holder at a time) come from the ROLE_KIND vocabulary.
  const kindCode = await termCodeOf(s, Vocabulary.ROLE_KIND, { enumField: "kind", enumValue: input.kind, codeField: "kindCode", code: input.kindCode }, true);
  const term = kindCode ? await s.em.getRepository(VocabularyTerm).findOneBy({ vocabulary: Vocabulary.ROLE_KIND, code: kindCode }) : null;
  const kind = kindCode as RoleKind;
  const field = input.kindCode != null ? "kindCode" : "kind";
  const targets = term?.roleTargets ?? [];
  if (found && term && !targets.includes(found.kind)) {
    s.fail(field, UserErrorCode.INVALID, `Rollen ${kind} innehas på ${targets.join(" eller ")}, inte på ${found.kind}.`);
  }
  if (!found || !person || !term || s.failed) return null;
  const column = TARGET_COLUMN[found.kind];
  const period = { fromDate, toDate };
  const holders = (await s.em.findBy(RoleAssignment, { [column]: found.target.id, kind })).filter((r) => rolesOverlap(r, period));
  if (holders.some((r) => r.personId === person.id)) {
    s.fail("personId", UserErrorCode.DUPLICATE, "Personen har redan denna roll där under den perioden.");
  } else if (holders.length && term.singleHolder) {
    const holder = holders[0];
    s.fail(
      field,
      UserErrorCode.CONFLICT,
      `Bara en ${kind} åt gången: en annan person har rollen från ${holder.fromDate}${holder.toDate ? ` till ${holder.toDate}` : ""}; avsluta det uppdraget först.`,
    );
  }
  if (s.failed) return null;
  return s.save(
    Object.assign(new RoleAssignment(), {
      kind,
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
  if (role.toDate !== null) s.fail("id", UserErrorCode.CONFLICT, `Uppdraget upphörde redan ${role.toDate}.`);
  else if (toDate < role.fromDate) s.fail("toDate", UserErrorCode.DATE_ORDER, `Uppdraget började ${role.fromDate}.`);
  if (s.failed) return null;
  const before = snapshot(role);
  role.toDate = toDate;
  role.endRecordedOn = s.correctionReason === null ? s.ctx.today : null;
  return s.save(role, before);
}
