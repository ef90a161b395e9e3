import { municipalityArgument } from "../municipalities/arguments";
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Allow } from "../access/decorators";
import { Role } from "../access/roles";
import { searchDescription, whereKeyContains } from "../graphql/search";
import { Connection, PageArgs, paginate } from "../graphql/connection";
import { runMutation } from "../core/mutation";
import { Payload, payload } from "../graphql/payload";
import type { Context } from "../core/context";
import { ItUnit, Municipality } from "../municipalities/entities";
import { itUnitById, municipalityById } from "../municipalities/loaders";
import { canSeeContactDetails } from "./contact";
import { Person } from "./entities";
import { PersonCreateInput, PersonUpdateInput } from "./inputs";
import { peopleByMunicipality } from "./loaders";
import * as service from "./service";

const PersonConnection = Connection(Person, "Person");
const PersonPayload = Payload("PersonPayload", "person", Person, "Result of a mutation on a person.");

@ArgsType()
class PeopleArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: "Only people of this municipality (its ID or four-digit code)." }) municipality?: string | null;
  @Field(() => String, { nullable: true, description: searchDescription("people whose name") }) search?: string | null;
}

@Resolver(() => Person)
export class PersonResolver {
  @Allow(Role.READER)
  @Query(() => PersonConnection, { nullable: true, description: "People (personer), by name." })
  async people(@Args() args: PeopleArgs, @Ctx() ctx: Context) {
    const qb = ctx.db.getRepository(Person).createQueryBuilder("p");
    if (args.municipality) qb.andWhere("p.municipality_id = :m", { m: await municipalityArgument(ctx, args.municipality, "municipality") });
    whereKeyContains(qb, ["p.nameKey"], args.search);
    return paginate(qb, args, "nameKey", PersonConnection);
  }

  @FieldResolver(() => Municipality, { description: "The municipality the person works for." })
  municipality(@Root() p: Person, @Ctx() ctx: Context) {
    return ctx.loaders.get(municipalityById).load(p.municipalityId);
  }

  @FieldResolver(() => ItUnit, { nullable: true, description: "The IT unit the person works in." })
  itUnit(@Root() p: Person, @Ctx() ctx: Context) {
    return p.itUnitId === null ? null : ctx.loaders.get(itUnitById).load(p.itUnitId);
  }

  @FieldResolver(() => String, { nullable: true, description: "E-mail (personal data): null unless the caller is an admin or of the person's own municipality." })
  email(@Root() p: Person, @Ctx() ctx: Context) {
    return canSeeContactDetails(ctx.viewer, p.municipalityId) ? p.email : null;
  }

  @FieldResolver(() => String, { nullable: true, description: "Phone (personal data): null unless the caller is an admin or of the person's own municipality." })
  phone(@Root() p: Person, @Ctx() ctx: Context) {
    return canSeeContactDetails(ctx.viewer, p.municipalityId) ? p.phone : null;
  }

  @FieldResolver(() => Boolean, { description: "Whether the caller may see this person's contact details." })
  viewerCanSeeContactDetails(@Root() p: Person, @Ctx() ctx: Context) {
    return canSeeContactDetails(ctx.viewer, p.municipalityId);
  }

  @Allow(Role.EDITOR)
  @Mutation(() => PersonPayload, { nullable: true, description: "Adds a person. Editors: to their own municipality only." })
  async personCreate(@Arg("input", () => PersonCreateInput, { description: "The mutation's input: see PersonCreateInput." }) input: PersonCreateInput, @Ctx() ctx: Context) {
    return payload("person", await runMutation(ctx, "personCreate", (s) => service.createPerson(s, input)));
  }

  @Allow(Role.EDITOR)
  @Mutation(() => PersonPayload, { nullable: true, description: "Changes a person. Editors: their own municipality's people only." })
  async personUpdate(@Arg("input", () => PersonUpdateInput, { description: "The mutation's input: see PersonUpdateInput." }) input: PersonUpdateInput, @Ctx() ctx: Context) {
    return payload("person", await runMutation(ctx, "personUpdate", (s) => service.updatePerson(s, input)));
  }
}

@Resolver(() => Municipality)
export class MunicipalityPeopleResolver {
  @FieldResolver(() => [Person], { description: "People recorded for the municipality." })
  people(@Root() m: Municipality, @Ctx() ctx: Context) {
    return ctx.loaders.get(peopleByMunicipality).load(m.id);
  }
}

export const peopleResolvers = [PersonResolver, MunicipalityPeopleResolver] as const;
