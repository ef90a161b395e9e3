import { LocalDateResolver } from "graphql-scalars";
import { Arg, Ctx, Field, FieldResolver, Int, ObjectType, Query, registerEnumType, Resolver, Root } from "type-graphql";
import { Allow } from "../access/decorators";
import { Role } from "../access/roles";
import { Agreement } from "../agreements/entities";
import { agreementsByCollaboration, scheduleOf } from "../agreements/loaders";
import { AgreementScheduleView } from "../agreements/types";
import { Collaboration, CollaborationLevel, LevelChange } from "../collaborations/entities";
import { levelById, levelChangesByCollaboration, participantsByCollaboration } from "../collaborations/loaders";
import { latestChange, levelOn, participatesOn } from "../collaborations/rules";
import { GovernanceFailure, governanceReportOn } from "../governance/report";
import type { Context } from "../http/context";
import { ItUnit, Municipality } from "../municipalities/entities";
import { itUnitById, municipalityById } from "../municipalities/loaders";
import { RoleAssignment } from "../roles/entities";
import { rolesByCollaboration } from "../roles/loaders";
import { holdsOn, RoleKind } from "../roles/rules";
import { DeadlineKind, upcomingDeadlines } from "./deadlines";

registerEnumType(DeadlineKind, {
  name: "DeadlineKind",
  description: "What falls due on a deadline.",
  valuesConfig: {
    DECISION: { description: "An agreement's decision deadline (beslutsdatum): decide between renewing and procuring anew." },
    NOTICE: { description: "An agreement's notice deadline (sista dag för uppsägning, or for calling an extension)." },
    TERM_END: { description: "An agreement's current term ends (avtalet löper ut eller förlängs)." },
    ROLE_END: { description: "A role assignment ends (systemägare, systemansvarig … lämnar)." },
  },
});

@ObjectType({ description: "A dated deadline of a shared system." })
export class Deadline {
  @Field(() => LocalDateResolver, { description: "The day it falls due." }) date: string;
  @Field(() => DeadlineKind, { description: "What falls due." }) kind: DeadlineKind;
  @Field(() => Int, { description: "Days from the board's asOf; 0 on the day." }) daysLeft: number;
  @Field(() => Agreement, { nullable: true, description: "The agreement, for agreement deadlines." }) agreement: Agreement | null;
  @Field(() => RoleAssignment, { nullable: true, description: "The role assignment, for ROLE_END." }) roleAssignment: RoleAssignment | null;
}

@ObjectType({
  description:
    "One shared system on the status board (statustavla): level and its last change, participants, host, operator, systemägare and systemansvarig, agreements with deadlines and status, the next deadline, and open governance gaps — all on the board's date.",
})
export class SharedSystemStatus {
  @Field(() => LocalDateResolver, { description: "The date the row describes." }) asOf: string;
  @Field(() => Collaboration, { description: "The collaboration (the shared system)." }) collaboration: Collaboration;
  @Field(() => LevelChange, { nullable: true, description: "The latest level change on or before asOf (its date is when the level took effect)." }) lastLevelChange: LevelChange | null;
  @Field(() => [RoleAssignment], { description: "The systemägare on asOf (roles on the collaboration)." }) systemOwners: RoleAssignment[];
  @Field(() => [RoleAssignment], { description: "The systemansvarig on asOf (roles on the collaboration)." }) systemResponsibles: RoleAssignment[];
  @Field(() => [AgreementScheduleView], { description: "Agreements covering it, directly or through its application, each with its dates and status on asOf; by current term end." })
  agreements: AgreementScheduleView[];
  @Field(() => Deadline, { nullable: true, description: "The next deadline of any kind on or after asOf (agreement decision, notice or term end; a role's last day); null when none." })
  nextDeadline: Deadline | null;
  levelId: number | null;
  participantIds: number[];
}

@Resolver(() => SharedSystemStatus)
export class SharedSystemStatusResolver {
  @Allow(Role.READER)
  @Query(() => [SharedSystemStatus], {
    description:
      "The shared-system status board (IT-chefsgruppens statustavla): one row per collaboration begun by `asOf` (default today), by name. Runs a fixed number of SQL statements whatever the number of systems (the governance rules only when `openGaps` is asked for).",
  })
  async sharedSystemStatus(@Ctx() ctx: Context, @Arg("asOf", () => LocalDateResolver, { nullable: true, description: "The date to describe; default today." }) asOf?: string | null) {
    const on = asOf ?? ctx.today;
    const collaborations = (await ctx.db.getRepository(Collaboration).find({ order: { nameKey: "ASC", id: "ASC" } })).filter((c) => c.startedOn === null || c.startedOn <= on);
    const ids = collaborations.map((c) => c.id);
    const [histories, participations, roles, agreements] = await Promise.all([
      loadAll(ctx.loaders.get(levelChangesByCollaboration).loadMany(ids)),
      loadAll(ctx.loaders.get(participantsByCollaboration).loadMany(ids)),
      loadAll(ctx.loaders.get(rolesByCollaboration).loadMany(ids)),
      loadAll(ctx.loaders.get(agreementsByCollaboration).loadMany(ids)),
    ]);
    const schedules = await Promise.all(agreements.map((list) => Promise.all(list.map((a) => scheduleOf(ctx, a, on)))));
    return collaborations.map((c, i) => {
      const current = roles[i].filter((r) => holdsOn(r, on));
      const history = histories[i].filter((h) => h.changedOn <= on);
      const sorted = [...schedules[i]].sort((x, y) => (x.currentTermEnd === y.currentTermEnd ? x.agreement.id - y.agreement.id : x.currentTermEnd < y.currentTermEnd ? -1 : 1));
      const next = upcomingDeadlines(on, sorted, current)[0];
      return Object.assign(new SharedSystemStatus(), {
        asOf: on,
        collaboration: c,
        levelId: levelOn(history, on),
        lastLevelChange: latestChange(history) ?? null,
        participantIds: participations[i].filter((p) => participatesOn(p, on)).map((p) => p.municipalityId),
        systemOwners: current.filter((r) => r.kind === RoleKind.SYSTEMAGARE),
        systemResponsibles: current.filter((r) => r.kind === RoleKind.SYSTEMANSVARIG),
        agreements: sorted,
        nextDeadline: next ? Object.assign(new Deadline(), { ...next, agreement: next.agreement?.agreement ?? null }) : null,
      });
    });
  }

  @FieldResolver(() => [GovernanceFailure], {
    description: "Governance rules it fails on asOf, through itself or its usages, roles and agreements. Runs the governance rules once per request, shared by every row.",
  })
  async openGaps(@Root() row: SharedSystemStatus, @Ctx() ctx: Context) {
    const report = await ctx.loaders.get(governanceReportOn).load(row.asOf);
    const id = row.collaboration.globalId;
    return report.rules.flatMap((r) => r.failures).filter((f) => f.objectId === id || f.relatedObjectIds.includes(id));
  }

  @FieldResolver(() => CollaborationLevel, { nullable: true, description: "The level (samverkansnivå) on asOf." })
  level(@Root() row: SharedSystemStatus, @Ctx() ctx: Context) {
    return row.levelId === null ? null : ctx.loaders.get(levelById).load(row.levelId);
  }

  @FieldResolver(() => [Municipality], { description: "The participating municipalities on asOf." })
  participants(@Root() row: SharedSystemStatus, @Ctx() ctx: Context) {
    return ctx.loaders.get(municipalityById).loadMany(row.participantIds);
  }

  @FieldResolver(() => Municipality, { description: "The host municipality (värdkommun)." })
  host(@Root() row: SharedSystemStatus, @Ctx() ctx: Context) {
    return ctx.loaders.get(municipalityById).load(row.collaboration.hostMunicipalityId);
  }

  @FieldResolver(() => ItUnit, { nullable: true, description: "The operating IT unit (driftande IT-enhet)." })
  operator(@Root() row: SharedSystemStatus, @Ctx() ctx: Context) {
    return row.collaboration.operatorItUnitId === null ? null : ctx.loaders.get(itUnitById).load(row.collaboration.operatorItUnitId);
  }
}

/** Unwraps DataLoader.loadMany, rethrowing the first failure. */
async function loadAll<V>(results: Promise<(V | Error)[]>): Promise<V[]> {
  return (await results).map((r) => {
    if (r instanceof Error) throw r;
    return r;
  });
}

export const statusResolvers = [SharedSystemStatusResolver] as const;
