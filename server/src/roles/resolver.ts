import { idArgument } from "../graphql/id-argument";
import { LocalDateResolver } from "graphql-scalars";
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Allow } from "../access/decorators";
import { Role } from "../access/roles";
import { ApplicationUsage } from "../applications/entities";
import { applicationUsageById } from "../applications/loaders";
import { Collaboration } from "../collaborations/entities";
import { collaborationById } from "../collaborations/loaders";
import type { LocalDate } from "../common/dates";
import { Connection, PageArgs, paginate } from "../graphql/connection";
import { runMutation } from "../core/mutation";
import { Payload, payload } from "../graphql/payload";
import type { Context } from "../core/context";
import { ItUnit } from "../municipalities/entities";
import { itUnitById } from "../municipalities/loaders";
import { Person } from "../people/entities";
import { personById } from "../people/loaders";
import { RoleAssignment } from "./entities";
import { RoleAssignInput, RoleEndInput } from "./inputs";
import { rolesByApplicationUsage, rolesByCollaboration, rolesByItUnit, rolesByPerson } from "./loaders";
import { holdsOn, RoleKind } from "./rules";
import * as service from "./service";

const RoleAssignmentConnection = Connection(RoleAssignment, "RoleAssignment");
const RoleAssignmentPayload = Payload("RoleAssignmentPayload", "roleAssignment", RoleAssignment, "Result of a mutation on a role assignment.");

@ArgsType()
class RoleFilterArgs {
  @Field(() => RoleKind, { nullable: true, description: "Only this role." }) kind?: RoleKind | null;
  @Field(() => LocalDateResolver, { nullable: true, description: "Only assignments in force on this date; default today." }) asOf?: string | null;
  @Field(() => Boolean, { defaultValue: false, description: "Every assignment ever, ended ones included (then `asOf` is ignored)." }) includeEnded: boolean;
}

@ArgsType()
class RoleAssignmentsArgs extends PageArgs {
  @Field(() => RoleKind, { nullable: true, description: "Only this role." }) kind?: RoleKind | null;
  @Field(() => ID, { nullable: true, description: "Only this person's assignments." }) person?: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: "Only assignments in force on this date; default today." }) asOf?: string | null;
  @Field(() => Boolean, { defaultValue: false, description: "Every assignment ever, ended ones included (then `asOf` is ignored)." }) includeEnded: boolean;
}

function filterRoles(roles: RoleAssignment[], args: RoleFilterArgs, today: LocalDate): RoleAssignment[] {
  const on = args.asOf ?? today;
  return roles.filter((r) => (!args.kind || r.kind === args.kind) && (args.includeEnded || holdsOn(r, on)));
}

@Resolver(() => RoleAssignment)
export class RoleAssignmentResolver {
  @Allow(Role.READER)
  @Query(() => RoleAssignmentConnection, { nullable: true, description: "Role assignments (systemägare, systemansvarig, IT-chef …), in the order they were recorded." })
  async roleAssignments(@Args() args: RoleAssignmentsArgs, @Ctx() ctx: Context) {
    const qb = ctx.db.getRepository(RoleAssignment).createQueryBuilder("r");
    if (args.kind) qb.andWhere("r.kind = :kind", { kind: args.kind });
    if (args.person) qb.andWhere("r.person_id = :person", { person: await idArgument(ctx, args.person, "person", Person.typeName) });
    if (!args.includeEnded) qb.andWhere("r.from_date <= :on AND (r.to_date IS NULL OR r.to_date >= :on)", { on: args.asOf ?? ctx.today });
    return paginate(qb, args, "id", RoleAssignmentConnection);
  }

  @FieldResolver(() => Person, { description: "The person holding the role." })
  person(@Root() r: RoleAssignment, @Ctx() ctx: Context) {
    return ctx.loaders.get(personById).load(r.personId);
  }

  @FieldResolver(() => ApplicationUsage, { nullable: true, description: "The target when the role is on a municipality's use of an application." })
  applicationUsage(@Root() r: RoleAssignment, @Ctx() ctx: Context) {
    return r.applicationUsageId === null ? null : ctx.loaders.get(applicationUsageById).load(r.applicationUsageId);
  }

  @FieldResolver(() => Collaboration, { nullable: true, description: "The target when the role is on a collaboration (a shared system)." })
  collaboration(@Root() r: RoleAssignment, @Ctx() ctx: Context) {
    return r.collaborationId === null ? null : ctx.loaders.get(collaborationById).load(r.collaborationId);
  }

  @FieldResolver(() => ItUnit, { nullable: true, description: "The target when the role is on an IT unit." })
  itUnit(@Root() r: RoleAssignment, @Ctx() ctx: Context) {
    return r.itUnitId === null ? null : ctx.loaders.get(itUnitById).load(r.itUnitId);
  }

  @Allow(Role.EDITOR)
  @Mutation(() => RoleAssignmentPayload, {
    nullable: true,
    description:
      "Gives a person a role on one target, from a date. One systemägare (and one IT-chef) at a time per target. Editors: on their own municipality's usages and IT units, and on collaborations their municipality takes part in.",
  })
  async roleAssign(@Arg("input", () => RoleAssignInput, { description: "The mutation's input: see RoleAssignInput." }) input: RoleAssignInput, @Ctx() ctx: Context) {
    return payload("roleAssignment", await runMutation(ctx, "roleAssign", (s) => service.assignRole(s, input)));
  }

  @Allow(Role.EDITOR)
  @Mutation(() => RoleAssignmentPayload, { nullable: true, description: "Ends a role assignment on a date, keeping it as history. Editors: as for roleAssign." })
  async roleEnd(@Arg("input", () => RoleEndInput, { description: "The mutation's input: see RoleEndInput." }) input: RoleEndInput, @Ctx() ctx: Context) {
    return payload("roleAssignment", await runMutation(ctx, "roleEnd", (s) => service.endRole(s, input)));
  }
}

const rolesDescription = "Roles held on it, in force on `asOf` (default today), by first day; with `includeEnded`, every assignment ever.";

@Resolver(() => ApplicationUsage)
export class ApplicationUsageRolesResolver {
  @FieldResolver(() => [RoleAssignment], { description: rolesDescription })
  async roles(@Root() u: ApplicationUsage, @Args() args: RoleFilterArgs, @Ctx() ctx: Context) {
    return filterRoles(await ctx.loaders.get(rolesByApplicationUsage).load(u.id), args, ctx.today);
  }
}

@Resolver(() => Collaboration)
export class CollaborationRolesResolver {
  @FieldResolver(() => [RoleAssignment], { description: rolesDescription })
  async roles(@Root() c: Collaboration, @Args() args: RoleFilterArgs, @Ctx() ctx: Context) {
    return filterRoles(await ctx.loaders.get(rolesByCollaboration).load(c.id), args, ctx.today);
  }
}

@Resolver(() => ItUnit)
export class ItUnitRolesResolver {
  @FieldResolver(() => [RoleAssignment], { description: rolesDescription })
  async roles(@Root() unit: ItUnit, @Args() args: RoleFilterArgs, @Ctx() ctx: Context) {
    return filterRoles(await ctx.loaders.get(rolesByItUnit).load(unit.id), args, ctx.today);
  }
}

@Resolver(() => Person)
export class PersonRolesResolver {
  @FieldResolver(() => [RoleAssignment], { description: "The person's roles, in force on `asOf` (default today), by first day; with `includeEnded`, every assignment ever." })
  async roleAssignments(@Root() p: Person, @Args() args: RoleFilterArgs, @Ctx() ctx: Context) {
    return filterRoles(await ctx.loaders.get(rolesByPerson).load(p.id), args, ctx.today);
  }
}

export const roleResolvers = [RoleAssignmentResolver, ApplicationUsageRolesResolver, CollaborationRolesResolver, ItUnitRolesResolver, PersonRolesResolver] as const;
