import { LocalDateResolver } from "graphql-scalars";
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, ObjectType, Query, registerEnumType, Resolver, Root } from "type-graphql";
import { Allow } from "../access/decorators";
import { Role } from "../access/roles";
import { Agreement } from "../agreements/entities";
import { AgreementStatus } from "../agreements/deadlines";
import { groupBy } from "../common/collections";
import type { LocalDate } from "../common/dates";
import { Connection, OrderDirection, OrderInput, PageArgs, paginateList } from "../graphql/connection";
import { municipalityArgument } from "../municipalities/arguments";
import { AgreementScheduleView } from "../agreements/types";
import { Collaboration, CollaborationLevel, LevelChange } from "../collaborations/entities";
import { levelById } from "../collaborations/loaders";
import { GovernanceFailure, governanceReportOn } from "../governance/report";
import { factsFor, type Context } from "../http/context";
import { ItUnit, Municipality } from "../municipalities/entities";
import { itUnitById, municipalityById } from "../municipalities/loaders";
import { RoleAssignment } from "../roles/entities";
import { RoleKind } from "../roles/rules";
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
  @Field(() => ID, {
    description:
      "Stable opaque identity of the row: the same collaboration on the same asOf always has the same id, so a client cache (Apollo, urql) normalises rows and `Collaboration.statusBoardRow` refreshes them. Not a Node: not resolvable by `node(id)`.",
  })
  get id(): string {
    return Buffer.from(`SharedSystemStatus:${this.collaboration.id}:${this.asOf}`, "utf8").toString("base64url");
  }
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

const SharedSystemStatusConnection = Connection(SharedSystemStatus, "SharedSystemStatus");

export enum SharedSystemStatusOrderField {
  NAME = "NAME",
  LEVEL = "LEVEL",
  NEXT_DEADLINE = "NEXT_DEADLINE",
}

registerEnumType(SharedSystemStatusOrderField, {
  name: "SharedSystemStatusOrderField",
  description: "What the status board can be sorted by.",
  valuesConfig: {
    NAME: { description: "The collaboration's name." },
    LEVEL: { description: "The level (samverkansnivå) on asOf, by ordinal; rows without a level first." },
    NEXT_DEADLINE: { description: "The next deadline's date; rows without one last." },
  },
});

const SharedSystemStatusOrder = OrderInput<SharedSystemStatusOrderField>(SharedSystemStatusOrderField, "SharedSystemStatusOrder", SharedSystemStatusOrderField.NAME, "status board rows");
/** Sorts after every real date: rows without a deadline come last ascending. */
const NO_DEADLINE = "9999-12-31";

/** Statuses that call for a decision or action now. */
const ATTENTION_STATUSES: readonly AgreementStatus[] = [AgreementStatus.DECISION_DUE, AgreementStatus.NOTICE_DUE];

@ArgsType()
class StatusBoardArgs extends PageArgs {
  @Field(() => LocalDateResolver, { nullable: true, description: "The date to describe; default today." }) asOf?: string | null;
  @Field(() => ID, { nullable: true, description: "Only shared systems this municipality participates in on asOf (its ID or four-digit code)." }) participant?: string | null;
  @Field(() => Int, { nullable: true, description: "Only shared systems at this level (ordinal) on asOf." }) level?: number | null;
  @Field(() => Boolean, { nullable: true, description: "true: only rows that need attention (open governance gaps, or an agreement DECISION_DUE or NOTICE_DUE); false: only the others." })
  needsAttention?: boolean | null;
  @Field(() => SharedSystemStatusOrder, { nullable: true, description: "The order; default by name, ascending." })
  orderBy?: InstanceType<typeof SharedSystemStatusOrder> | null;
}

/** Every board row on `on`, by collaboration name, from the one reader of facts on that date; made once per date for everyone sharing `ctx.reads`. */
export function boardRows(ctx: Context, on: LocalDate): Promise<SharedSystemStatus[]> {
  return ctx.reads.get(on, "board-rows", () => makeBoardRows(ctx, on));
}

async function makeBoardRows(ctx: Context, on: LocalDate): Promise<SharedSystemStatus[]> {
  const facts = factsFor(ctx, on);
  const [collaborations, participants, roles, covering, scheduleOf] = await Promise.all([
    facts.collaborations(),
    facts.participants(),
    facts.roles(),
    facts.agreementsByCollaboration(),
    facts.schedules(),
  ]);
  const rolesOf = groupBy(
    roles.filter((r) => r.collaborationId !== null),
    (r) => r.collaborationId!,
  );
  const rows: SharedSystemStatus[] = [];
  for (const c of collaborations.values()) {
    const current = rolesOf.get(c.id) ?? [];
    const schedules = (covering.get(c.id) ?? [])
      .map((a) => AgreementScheduleView.of(a.agreement, scheduleOf.get(a.agreement.id)!))
      .sort((x, y) => (x.currentTermEnd === y.currentTermEnd ? x.agreement.id - y.agreement.id : x.currentTermEnd < y.currentTermEnd ? -1 : 1));
    const next = upcomingDeadlines(on, schedules, current)[0];
    rows.push(
      Object.assign(new SharedSystemStatus(), {
        asOf: on,
        collaboration: c,
        levelId: c.levelId,
        lastLevelChange: await facts.lastLevelChange(c.id),
        participantIds: (participants.get(c.id) ?? []).map((p) => p.municipalityId),
        systemOwners: current.filter((r) => r.kind === RoleKind.SYSTEMAGARE),
        systemResponsibles: current.filter((r) => r.kind === RoleKind.SYSTEMANSVARIG),
        agreements: schedules,
        nextDeadline: next ? Object.assign(new Deadline(), { ...next, agreement: next.agreement?.agreement ?? null }) : null,
      }),
    );
  }
  return rows;
}

/** The governance failures on `on` by the global ID of each object they concern, indexed once per date so each row finds its gaps without scanning every failure. */
function gapIndex(ctx: Context, on: LocalDate): Promise<Map<string, GovernanceFailure[]>> {
  return ctx.reads.get(on, "governance-gaps", async () => {
    const index = new Map<string, GovernanceFailure[]>();
    for (const failure of (await governanceReportOn(ctx, on)).rules.flatMap((r) => r.failures)) {
      for (const id of new Set([failure.objectId, ...failure.relatedObjectIds])) {
        const list = index.get(id);
        if (list) list.push(failure);
        else index.set(id, [failure]);
      }
    }
    return index;
  });
}

/** Open governance gaps of one row: rules it fails on its date, through itself or its usages, roles and agreements. */
async function gapsOf(ctx: Context, row: SharedSystemStatus): Promise<GovernanceFailure[]> {
  return (await gapIndex(ctx, row.asOf)).get(row.collaboration.globalId) ?? [];
}

/** Makes the board of `on` (rows and gaps) in `ctx.reads`, as a request would: for the fact snapshot's warm-up. */
export async function prepareStatusBoard(ctx: Context, on: LocalDate): Promise<void> {
  await Promise.all([boardRows(ctx, on), gapIndex(ctx, on)]);
}

@Resolver(() => SharedSystemStatus)
export class SharedSystemStatusResolver {
  @Allow(Role.READER)
  @Query(() => SharedSystemStatusConnection, {
    description:
      "The shared-system status board (IT-chefsgruppens statustavla) on `asOf` (default today): one row per collaboration begun by then, by name (or `orderBy`), paged forward or backward, with filters on participant, level and need of attention. Every value comes from the facts as they stood on asOf. Runs a fixed number of SQL statements whatever the number of systems (the governance rules only when `openGaps` or `needsAttention` is asked for).",
  })
  async statusBoard(@Args() args: StatusBoardArgs, @Ctx() ctx: Context) {
    const on = args.asOf ?? ctx.today;
    let rows = await boardRows(ctx, on);
    if (args.participant) {
      const municipality = await municipalityArgument(ctx, args.participant, "participant");
      rows = rows.filter((r) => r.participantIds.includes(municipality));
    }
    if (args.level !== null && args.level !== undefined) {
      const levels = await factsFor(ctx, on).levels();
      rows = rows.filter((r) => levels.get(r.levelId!)?.ordinal === args.level);
    }
    if (args.needsAttention !== null && args.needsAttention !== undefined) {
      const flags = await Promise.all(rows.map(async (r) => r.agreements.some((a) => ATTENTION_STATUSES.includes(a.status)) || (await gapsOf(ctx, r)).length > 0));
      rows = rows.filter((_, i) => flags[i] === args.needsAttention);
    }
    const field = args.orderBy?.field ?? SharedSystemStatusOrderField.NAME;
    const direction = args.orderBy?.direction ?? OrderDirection.ASC;
    const levels = await factsFor(ctx, on).levels();
    const sortOf = (r: SharedSystemStatus): string | number =>
      field === SharedSystemStatusOrderField.LEVEL
        ? (levels.get(r.levelId!)?.ordinal ?? -1)
        : field === SharedSystemStatusOrderField.NEXT_DEADLINE
          ? (r.nextDeadline?.date ?? NO_DEADLINE)
          : r.collaboration.nameKey;
    if (field !== SharedSystemStatusOrderField.NAME || direction !== OrderDirection.ASC) {
      const sign = direction === OrderDirection.ASC ? 1 : -1;
      rows = [...rows].sort((x, y) => (sortOf(x) === sortOf(y) ? x.collaboration.id - y.collaboration.id : (sortOf(x) > sortOf(y) ? 1 : -1) * sign));
    }
    return paginateList(rows, args, sortOf, (r) => r.collaboration.id, SharedSystemStatusConnection, direction);
  }

  @Allow(Role.READER)
  @Query(() => [SharedSystemStatus], {
    deprecationReason: "Use statusBoard: paged, with filters; this unpaged list grows with the number of shared systems.",
    description: "The whole status board on `asOf` (default today) as one list, by name.",
  })
  async sharedSystemStatus(@Ctx() ctx: Context, @Arg("asOf", () => LocalDateResolver, { nullable: true, description: "The date to describe; default today." }) asOf?: string | null) {
    return boardRows(ctx, asOf ?? ctx.today);
  }

  @FieldResolver(() => [GovernanceFailure], {
    description: "Governance rules it fails on asOf, through itself or its usages, roles and agreements. Runs the governance rules once per request, shared by every row.",
  })
  openGaps(@Root() row: SharedSystemStatus, @Ctx() ctx: Context) {
    return gapsOf(ctx, row);
  }

  @FieldResolver(() => Boolean, { description: "Whether the row needs attention: open governance gaps, or an agreement DECISION_DUE or NOTICE_DUE on asOf." })
  async needsAttention(@Root() row: SharedSystemStatus, @Ctx() ctx: Context) {
    return row.agreements.some((a) => ATTENTION_STATUSES.includes(a.status)) || (await gapsOf(ctx, row)).length > 0;
  }

  @FieldResolver(() => CollaborationLevel, { nullable: true, description: "The level (samverkansnivå) on asOf." })
  level(@Root() row: SharedSystemStatus, @Ctx() ctx: Context) {
    return row.levelId === null ? null : ctx.loaders.get(levelById).load(row.levelId);
  }

  @FieldResolver(() => [Municipality], { description: "The participating municipalities on asOf." })
  participants(@Root() row: SharedSystemStatus, @Ctx() ctx: Context) {
    return ctx.loaders.get(municipalityById).loadMany(row.participantIds);
  }

  @FieldResolver(() => Municipality, { description: "The host municipality (värdkommun) on asOf." })
  host(@Root() row: SharedSystemStatus, @Ctx() ctx: Context) {
    return ctx.loaders.get(municipalityById).load(row.collaboration.hostMunicipalityId);
  }

  @FieldResolver(() => ItUnit, { nullable: true, description: "The operating IT unit (driftande IT-enhet) on asOf." })
  operator(@Root() row: SharedSystemStatus, @Ctx() ctx: Context) {
    return row.collaboration.operatorItUnitId === null ? null : ctx.loaders.get(itUnitById).load(row.collaboration.operatorItUnitId);
  }
}

@Resolver(() => Collaboration)
export class CollaborationStatusResolver {
  @Allow(Role.READER)
  @FieldResolver(() => SharedSystemStatus, {
    nullable: true,
    description:
      "This collaboration's row of the status board on `asOf` (default today); null before it began. Ask for it in a mutation's answer (e.g. `collaborationLevelSet`) and a normalising client cache updates the board row with the same id.",
  })
  async statusBoardRow(
    @Root() collaboration: Collaboration,
    @Ctx() ctx: Context,
    @Arg("asOf", () => LocalDateResolver, { nullable: true, description: "The date to describe; default today." }) asOf?: string | null,
  ) {
    return (await boardRows(ctx, asOf ?? ctx.today)).find((row) => row.collaboration.id === collaboration.id) ?? null;
  }
}

export const statusResolvers = [SharedSystemStatusResolver, CollaborationStatusResolver] as const;
