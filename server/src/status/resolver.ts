import { LocalDateResolver } from "graphql-scalars";
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Query, registerEnumType, Resolver, Root } from "type-graphql";
import { Allow } from "../access/decorators";
import { Role } from "../access/roles";
import { AgreementStatus } from "../agreements/deadlines";
import { Connection, OrderDirection, OrderInput, PageArgs, paginateList } from "../graphql/connection";
import { municipalityArgument } from "../municipalities/arguments";
import { Collaboration, CollaborationLevel } from "../collaborations/entities";
import { levelById } from "../collaborations/loaders";
import { GovernanceFailure } from "../governance/report";
import type { Context } from "../core/context";
import { ItUnit, Municipality } from "../municipalities/entities";
import { itUnitById, municipalityById } from "../municipalities/loaders";
import { registerKeyedNodeType } from "../graphql/node-registry";
import { boardRowIdParts, boardRows, governanceGaps, SharedSystemStatus } from "./board";

const SharedSystemStatusConnection = Connection(SharedSystemStatus, "SharedSystemStatus");

// A board row by its id: the collaboration's row on the date the id names (node(id:), nodes(ids:)).
registerKeyedNodeType(SharedSystemStatus, async (scope, globalId) => {
  const parts = boardRowIdParts(globalId);
  if (!parts) return null;
  return (await scope.evaluations.ask(boardRows, parts.asOf, undefined)).find((row) => row.collaboration.id === parts.collaborationId) ?? null;
});

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

/** Open governance gaps of one row: rules it fails on its date, through itself or its usages, roles and agreements. */
async function gapsOf(ctx: Context, row: SharedSystemStatus): Promise<GovernanceFailure[]> {
  return (await ctx.evaluations.ask(governanceGaps, row.asOf, undefined)).get(row.collaboration.globalId) ?? [];
}

@Resolver(() => SharedSystemStatus)
export class SharedSystemStatusResolver {
  @Allow(Role.READER)
  @Query(() => SharedSystemStatusConnection, {
    nullable: true,
    description:
      "The shared-system status board (IT-chefsgruppens statustavla) on `asOf` (default today): one row per collaboration begun by then, by name (or `orderBy`), paged forward or backward, with filters on participant, level and need of attention. Every value comes from the facts as they stood on asOf. Runs a fixed number of SQL statements whatever the number of systems (the governance rules only when `openGaps` or `needsAttention` is asked for).",
  })
  async statusBoard(@Args() args: StatusBoardArgs, @Ctx() ctx: Context) {
    const on = args.asOf ?? ctx.today;
    let rows = await ctx.evaluations.ask(boardRows, on, undefined);
    if (args.participant) {
      const municipality = await municipalityArgument(ctx, args.participant, "participant");
      rows = rows.filter((r) => r.participantIds.includes(municipality));
    }
    if (args.level !== null && args.level !== undefined) {
      const levels = await ctx.evaluations.facts(on).levels();
      rows = rows.filter((r) => levels.get(r.levelId!)?.ordinal === args.level);
    }
    if (args.needsAttention !== null && args.needsAttention !== undefined) {
      const flags = await Promise.all(rows.map(async (r) => r.agreements.some((a) => ATTENTION_STATUSES.includes(a.status)) || (await gapsOf(ctx, r)).length > 0));
      rows = rows.filter((_, i) => flags[i] === args.needsAttention);
    }
    const field = args.orderBy?.field ?? SharedSystemStatusOrderField.NAME;
    const direction = args.orderBy?.direction ?? OrderDirection.ASC;
    const levels = await ctx.evaluations.facts(on).levels();
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
    nullable: true,
    deprecationReason: "Use statusBoard: paged, with filters; this unpaged list grows with the number of shared systems.",
    description: "The whole status board on `asOf` (default today) as one list, by name.",
  })
  async sharedSystemStatus(@Ctx() ctx: Context, @Arg("asOf", () => LocalDateResolver, { nullable: true, description: "The date to describe; default today." }) asOf?: string | null) {
    return ctx.evaluations.ask(boardRows, asOf ?? ctx.today, undefined);
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
    return (await ctx.evaluations.ask(boardRows, asOf ?? ctx.today, undefined)).find((row) => row.collaboration.id === collaboration.id) ?? null;
  }
}

export const statusResolvers = [SharedSystemStatusResolver, CollaborationStatusResolver] as const;
