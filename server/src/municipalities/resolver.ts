import { idArgument } from "../graphql/id-argument";
import { LocalDateResolver } from "graphql-scalars";
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Allow } from "../access/decorators";
import { Role } from "../access/roles";
import { Connection, PageArgs, paginate } from "../graphql/connection";
import { runMutation } from "../core/mutation";
import { Payload, payload } from "../graphql/payload";
import { searchDescription, whereKeyContains } from "../graphql/search";
import type { Context } from "../core/context";
import { CollaborationBody, ItUnit, Membership, Municipality, PopulationFigure } from "./entities";
import {
  CollaborationBodyCreateInput,
  ItUnitCreateInput,
  ItUnitUpdateInput,
  MembershipEndInput,
  MembershipStartInput,
  MunicipalityCreateInput,
  MunicipalityPopulationSetInput,
  MunicipalityUpdateInput,
} from "./inputs";
import { collaborationBodyById, itUnitsByMunicipality, membershipsByBody, membershipsByMunicipality, municipalityById, populationsByMunicipality } from "./loaders";
import { figureFor } from "./population";
import * as service from "./service";

const MunicipalityConnection = Connection(Municipality, "Municipality");
const CollaborationBodyConnection = Connection(CollaborationBody, "CollaborationBody");

const MunicipalityPayload = Payload("MunicipalityPayload", "municipality", Municipality, "Result of a mutation on a municipality.");
const ItUnitPayload = Payload("ItUnitPayload", "itUnit", ItUnit, "Result of a mutation on an IT unit.");
const CollaborationBodyPayload = Payload("CollaborationBodyPayload", "collaborationBody", CollaborationBody, "Result of a mutation on a collaboration body.");
const MembershipPayload = Payload("MembershipPayload", "membership", Membership, "Result of a mutation on a membership.");

@ArgsType()
class MunicipalitiesArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: "Only members of this collaboration body (on `memberOn`, default today)." })
  memberOf?: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: "The date membership is judged on; default today." })
  memberOn?: string | null;

  @Field(() => String, { nullable: true, description: searchDescription("municipalities whose name") })
  search?: string | null;
}

@Resolver(() => Municipality)
export class MunicipalityResolver {
  @Allow(Role.READER)
  @Query(() => MunicipalityConnection, { description: "Municipalities (kommuner), by name." })
  async municipalities(@Args() args: MunicipalitiesArgs, @Ctx() ctx: Context) {
    const qb = ctx.db.getRepository(Municipality).createQueryBuilder("m");
    whereKeyContains(qb, ["m.nameKey"], args.search);
    if (args.memberOf) {
      const on = args.memberOn ?? ctx.today;
      qb.andWhere(
        "EXISTS (SELECT 1 FROM collaboration_body_membership ms WHERE ms.municipality_id = m.id AND ms.collaboration_body_id = :body AND ms.from_date <= :on AND (ms.to_date IS NULL OR ms.to_date >= :on))",
        { body: await idArgument(ctx, args.memberOf, "memberOf", CollaborationBody.typeName), on },
      );
    }
    return paginate(qb, args, "nameKey", MunicipalityConnection);
  }

  @Allow(Role.READER)
  @Query(() => Municipality, { nullable: true, description: "A municipality by its four-digit code (kommunkod)." })
  municipality(@Arg("code", () => String, { description: "Four-digit kommunkod, e.g. 1460." }) code: string, @Ctx() ctx: Context) {
    return ctx.db.getRepository(Municipality).findOneBy({ code });
  }

  @FieldResolver(() => PopulationFigure, {
    nullable: true,
    description: "The population figure for `year`, or the latest earlier one when that year is not published; the latest when no year is given.",
  })
  async population(@Root() m: Municipality, @Ctx() ctx: Context, @Arg("year", () => Int, { nullable: true, description: "The year; default the latest." }) year?: number | null) {
    return figureFor(await ctx.loaders.get(populationsByMunicipality).load(m.id), year);
  }

  @FieldResolver(() => [PopulationFigure], { description: "All recorded population figures, oldest first." })
  populations(@Root() m: Municipality, @Ctx() ctx: Context) {
    return ctx.loaders.get(populationsByMunicipality).load(m.id);
  }

  @FieldResolver(() => [ItUnit], { description: "The municipality's IT units (IT-enheter)." })
  itUnits(@Root() m: Municipality, @Ctx() ctx: Context) {
    return ctx.loaders.get(itUnitsByMunicipality).load(m.id);
  }

  @FieldResolver(() => [Membership], { description: "Memberships of collaboration bodies, past and present." })
  memberships(@Root() m: Municipality, @Ctx() ctx: Context) {
    return ctx.loaders.get(membershipsByMunicipality).load(m.id);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => MunicipalityPayload, { description: "Adds a municipality. Admin only." })
  async municipalityCreate(@Arg("input", () => MunicipalityCreateInput) input: MunicipalityCreateInput, @Ctx() ctx: Context) {
    return payload("municipality", await runMutation(ctx, "municipalityCreate", (s) => service.createMunicipality(s, input)));
  }

  @Allow(Role.EDITOR)
  @Mutation(() => MunicipalityPayload, { description: "Changes a municipality's name or county. Editors: their own municipality only." })
  async municipalityUpdate(@Arg("input", () => MunicipalityUpdateInput) input: MunicipalityUpdateInput, @Ctx() ctx: Context) {
    return payload("municipality", await runMutation(ctx, "municipalityUpdate", (s) => service.updateMunicipality(s, input)));
  }

  @Allow(Role.EDITOR)
  @Mutation(() => MunicipalityPayload, { description: "Records or corrects the population (folkmängd) of a year. Editors: their own municipality only." })
  async municipalityPopulationSet(@Arg("input", () => MunicipalityPopulationSetInput) input: MunicipalityPopulationSetInput, @Ctx() ctx: Context) {
    return payload("municipality", await runMutation(ctx, "municipalityPopulationSet", (s) => service.setPopulation(s, input)));
  }
}

@Resolver(() => ItUnit)
export class ItUnitResolver {
  @FieldResolver(() => Municipality, { description: "The municipality the unit belongs to." })
  municipality(@Root() unit: ItUnit, @Ctx() ctx: Context) {
    return ctx.loaders.get(municipalityById).load(unit.municipalityId);
  }

  @Allow(Role.EDITOR)
  @Mutation(() => ItUnitPayload, { description: "Adds an IT unit (IT-enhet). Editors: in their own municipality only." })
  async itUnitCreate(@Arg("input", () => ItUnitCreateInput) input: ItUnitCreateInput, @Ctx() ctx: Context) {
    return payload("itUnit", await runMutation(ctx, "itUnitCreate", (s) => service.createItUnit(s, input)));
  }

  @Allow(Role.EDITOR)
  @Mutation(() => ItUnitPayload, { description: "Changes an IT unit. Editors: their own municipality's units only." })
  async itUnitUpdate(@Arg("input", () => ItUnitUpdateInput) input: ItUnitUpdateInput, @Ctx() ctx: Context) {
    return payload("itUnit", await runMutation(ctx, "itUnitUpdate", (s) => service.updateItUnit(s, input)));
  }
}

@Resolver(() => CollaborationBody)
export class CollaborationBodyResolver {
  @Allow(Role.READER)
  @Query(() => CollaborationBodyConnection, { description: "Collaboration bodies (samverkansorgan, kommunalförbund), by name." })
  collaborationBodies(@Args() args: PageArgs, @Ctx() ctx: Context) {
    return paginate(ctx.db.getRepository(CollaborationBody).createQueryBuilder("b"), args, "nameKey", CollaborationBodyConnection);
  }

  @FieldResolver(() => [Membership], { description: "Memberships, past and present, oldest first." })
  memberships(@Root() body: CollaborationBody, @Ctx() ctx: Context) {
    return ctx.loaders.get(membershipsByBody).load(body.id);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => CollaborationBodyPayload, { description: "Adds a collaboration body. Admin only." })
  async collaborationBodyCreate(@Arg("input", () => CollaborationBodyCreateInput) input: CollaborationBodyCreateInput, @Ctx() ctx: Context) {
    return payload("collaborationBody", await runMutation(ctx, "collaborationBodyCreate", (s) => service.createCollaborationBody(s, input)));
  }
}

@Resolver(() => Membership)
export class MembershipResolver {
  @FieldResolver(() => Municipality, { description: "The member municipality." })
  municipality(@Root() membership: Membership, @Ctx() ctx: Context) {
    return ctx.loaders.get(municipalityById).load(membership.municipalityId);
  }

  @FieldResolver(() => CollaborationBody, { description: "The collaboration body." })
  collaborationBody(@Root() membership: Membership, @Ctx() ctx: Context) {
    return ctx.loaders.get(collaborationBodyById).load(membership.collaborationBodyId);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => MembershipPayload, { description: "Starts a municipality's membership of a collaboration body. Admin only." })
  async membershipStart(@Arg("input", () => MembershipStartInput) input: MembershipStartInput, @Ctx() ctx: Context) {
    return payload("membership", await runMutation(ctx, "membershipStart", (s) => service.startMembership(s, input)));
  }

  @Allow(Role.ADMIN)
  @Mutation(() => MembershipPayload, { description: "Ends a membership on a date. Admin only." })
  async membershipEnd(@Arg("input", () => MembershipEndInput) input: MembershipEndInput, @Ctx() ctx: Context) {
    return payload("membership", await runMutation(ctx, "membershipEnd", (s) => service.endMembership(s, input)));
  }
}

export const municipalityResolvers = [MunicipalityResolver, ItUnitResolver, CollaborationBodyResolver, MembershipResolver] as const;
