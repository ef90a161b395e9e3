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
import { GraphQLError } from "graphql";
import { CollaborationBody, County, ItUnit, Membership, Municipality, MunicipalityFormerCode, PopulationFigure } from "./entities";
import {
  CollaborationBodyCreateInput,
  ItUnitCreateInput,
  ItUnitUpdateInput,
  MembershipEndInput,
  MembershipStartInput,
  MunicipalityCodeChangeInput,
  MunicipalityCreateInput,
  MunicipalityPopulationSetInput,
  MunicipalityUpdateInput,
} from "./inputs";
import { collaborationBodyById, formerCodesByMunicipality, itUnitsByMunicipality, membershipsByBody, membershipsByMunicipality, municipalityById, populationsByMunicipality } from "./loaders";
import { figureFor } from "./population";
import { importPopulations, MunicipalityPopulationsImportInput, MunicipalityPopulationsImportPayload, populationImportPayload } from "./population-import-resolver";
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

  @Field(() => String, { nullable: true, description: "Only municipalities in this county (län), by its two-digit county code (länskod), e.g. 14; see `counties`." })
  countyCode?: string | null;
}

@Resolver(() => Municipality)
export class MunicipalityResolver {
  @Allow(Role.READER)
  @Query(() => MunicipalityConnection, { nullable: true, description: "Municipalities (kommuner), by name." })
  async municipalities(@Args() args: MunicipalitiesArgs, @Ctx() ctx: Context) {
    const qb = ctx.db.getRepository(Municipality).createQueryBuilder("m");
    whereKeyContains(qb, ["m.nameKey"], args.search);
    if (args.countyCode !== undefined && args.countyCode !== null) {
      const code = args.countyCode.trim();
      if (!/^\d{2}$/.test(code) || !(await ctx.db.getRepository(County).existsBy({ code }))) {
        throw new GraphQLError(`\`countyCode\` ska vara den tvåsiffriga koden för ett av Sveriges 21 län (se \`counties\`); "${code.slice(0, 40)}" är det inte.`, {
          extensions: { code: "BAD_USER_INPUT", argumentName: "countyCode" },
        });
      }
      qb.andWhere("m.countyCode = :countyCode", { countyCode: code });
    }
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
  @Query(() => Municipality, {
    nullable: true,
    description:
      "A municipality by its four-digit code (kommunkod) on a date: its current code, or a former code on the days it was valid (SCB renumbers rarely); null when no municipality has the code on that date.",
  })
  municipality(
    @Arg("code", () => String, { description: "Four-digit kommunkod, e.g. 1460." }) code: string,
    @Ctx() ctx: Context,
    @Arg("on", () => LocalDateResolver, { nullable: true, description: "The date the code is read on; default today." }) on?: string | null,
  ) {
    return service.municipalityByCodeOn(ctx.db.manager, code, on ?? ctx.today);
  }

  @Allow(Role.READER)
  @Query(() => [County], { nullable: true, description: "Sweden's counties (län), by county code." })
  counties(@Ctx() ctx: Context) {
    return ctx.db.getRepository(County).find({ order: { code: "ASC" } });
  }

  @FieldResolver(() => [MunicipalityFormerCode], { description: "Codes the municipality had before SCB renumbered it (tidigare kommunkoder), oldest first." })
  formerCodes(@Root() m: Municipality, @Ctx() ctx: Context) {
    return ctx.loaders.get(formerCodesByMunicipality).load(m.id);
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
  @Mutation(() => MunicipalityPayload, { nullable: true, description: "Adds a municipality; a code of the reference list is enough (name, county and population from the list). Admin only." })
  async municipalityCreate(@Arg("input", () => MunicipalityCreateInput, { description: "The mutation's input: see MunicipalityCreateInput." }) input: MunicipalityCreateInput, @Ctx() ctx: Context) {
    return payload("municipality", await runMutation(ctx, "municipalityCreate", (s) => service.createMunicipality(s, input)));
  }

  @Allow(Role.ADMIN)
  @Mutation(() => MunicipalityPayload, { nullable: true, description: "Records a new code for a municipality that SCB renumbered; the old code stays findable on the days it was valid. Admin only." })
  async municipalityCodeChange(
    @Arg("input", () => MunicipalityCodeChangeInput, { description: "The mutation's input: see MunicipalityCodeChangeInput." }) input: MunicipalityCodeChangeInput,
    @Ctx() ctx: Context,
  ) {
    return payload("municipality", await runMutation(ctx, "municipalityCodeChange", (s) => service.changeCode(s, input)));
  }

  @Allow(Role.EDITOR)
  @Mutation(() => MunicipalityPayload, { nullable: true, description: "Changes a municipality's name or county. Editors: their own municipality only." })
  async municipalityUpdate(@Arg("input", () => MunicipalityUpdateInput, { description: "The mutation's input: see MunicipalityUpdateInput." }) input: MunicipalityUpdateInput, @Ctx() ctx: Context) {
    return payload("municipality", await runMutation(ctx, "municipalityUpdate", (s) => service.updateMunicipality(s, input)));
  }

  @Allow(Role.ADMIN)
  @Mutation(() => MunicipalityPopulationsImportPayload, {
    nullable: true,
    description:
      "Imports populations (folkmängd) from SCB's export of table BE0101 (CSV, comma or semicolon): matched by municipality code, compared with the recorded figures. A dry run (default) answers the plan; `apply: true` writes every new and changed figure, all or nothing, audited. Admin only.",
  })
  async municipalityPopulationsImport(
    @Arg("input", () => MunicipalityPopulationsImportInput, { description: "The mutation's input: see MunicipalityPopulationsImportInput." }) input: MunicipalityPopulationsImportInput,
    @Ctx() ctx: Context,
  ) {
    const outcome = await importPopulations(ctx, { fileName: input.fileName.trim().slice(0, 200), content: Buffer.from(input.content, "utf8"), apply: input.apply });
    return populationImportPayload(outcome);
  }

  @Allow(Role.EDITOR)
  @Mutation(() => MunicipalityPayload, { nullable: true, description: "Records or corrects the population (folkmängd) of a year. Editors: their own municipality only." })
  async municipalityPopulationSet(
    @Arg("input", () => MunicipalityPopulationSetInput, { description: "The mutation's input: see MunicipalityPopulationSetInput." }) input: MunicipalityPopulationSetInput,
    @Ctx() ctx: Context,
  ) {
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
  @Mutation(() => ItUnitPayload, { nullable: true, description: "Adds an IT unit (IT-enhet). Editors: in their own municipality only." })
  async itUnitCreate(@Arg("input", () => ItUnitCreateInput, { description: "The mutation's input: see ItUnitCreateInput." }) input: ItUnitCreateInput, @Ctx() ctx: Context) {
    return payload("itUnit", await runMutation(ctx, "itUnitCreate", (s) => service.createItUnit(s, input)));
  }

  @Allow(Role.EDITOR)
  @Mutation(() => ItUnitPayload, { nullable: true, description: "Changes an IT unit. Editors: their own municipality's units only." })
  async itUnitUpdate(@Arg("input", () => ItUnitUpdateInput, { description: "The mutation's input: see ItUnitUpdateInput." }) input: ItUnitUpdateInput, @Ctx() ctx: Context) {
    return payload("itUnit", await runMutation(ctx, "itUnitUpdate", (s) => service.updateItUnit(s, input)));
  }
}

@Resolver(() => CollaborationBody)
export class CollaborationBodyResolver {
  @Allow(Role.READER)
  @Query(() => CollaborationBodyConnection, { nullable: true, description: "Collaboration bodies (samverkansorgan, kommunalförbund), by name." })
  collaborationBodies(@Args() args: PageArgs, @Ctx() ctx: Context) {
    return paginate(ctx.db.getRepository(CollaborationBody).createQueryBuilder("b"), args, "nameKey", CollaborationBodyConnection);
  }

  @FieldResolver(() => [Membership], { description: "Memberships, past and present, oldest first." })
  memberships(@Root() body: CollaborationBody, @Ctx() ctx: Context) {
    return ctx.loaders.get(membershipsByBody).load(body.id);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => CollaborationBodyPayload, { nullable: true, description: "Adds a collaboration body. Admin only." })
  async collaborationBodyCreate(
    @Arg("input", () => CollaborationBodyCreateInput, { description: "The mutation's input: see CollaborationBodyCreateInput." }) input: CollaborationBodyCreateInput,
    @Ctx() ctx: Context,
  ) {
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
  @Mutation(() => MembershipPayload, { nullable: true, description: "Starts a municipality's membership of a collaboration body. Admin only." })
  async membershipStart(@Arg("input", () => MembershipStartInput, { description: "The mutation's input: see MembershipStartInput." }) input: MembershipStartInput, @Ctx() ctx: Context) {
    return payload("membership", await runMutation(ctx, "membershipStart", (s) => service.startMembership(s, input)));
  }

  @Allow(Role.ADMIN)
  @Mutation(() => MembershipPayload, { nullable: true, description: "Ends a membership on a date. Admin only." })
  async membershipEnd(@Arg("input", () => MembershipEndInput, { description: "The mutation's input: see MembershipEndInput." }) input: MembershipEndInput, @Ctx() ctx: Context) {
    return payload("membership", await runMutation(ctx, "membershipEnd", (s) => service.endMembership(s, input)));
  }
}

export const municipalityResolvers = [MunicipalityResolver, ItUnitResolver, CollaborationBodyResolver, MembershipResolver] as const;
