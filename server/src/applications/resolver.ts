import { idArgument } from "../graphql/id-argument";
import { municipalityArgument } from "../municipalities/arguments";
import { LocalDateResolver } from "graphql-scalars";
import { coversSql } from "../common/period";
import { jsonTextSql } from "../db/json-text";
import { USAGE_FACTS } from "../history/subjects";
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
import { Application, ApplicationCategory, ApplicationScope, ApplicationUsage, LifecyclePhase } from "./entities";
import { ApplicationCreateInput, ApplicationUpdateInput, ApplicationUsageCreateInput, ApplicationUsageUpdateInput } from "./inputs";
import { applicationById, usagesByApplication, usagesByMunicipality } from "./loaders";
import * as service from "./service";

const ApplicationConnection = Connection(Application, "Application");
const ApplicationUsageConnection = Connection(ApplicationUsage, "ApplicationUsage");
const ApplicationPayload = Payload("ApplicationPayload", "application", Application, "Result of a mutation on an application.");
const ApplicationUsagePayload = Payload("ApplicationUsagePayload", "applicationUsage", ApplicationUsage, "Result of a mutation on an application usage.");

@ArgsType()
class ApplicationsArgs extends PageArgs {
  @Field(() => ApplicationCategory, { nullable: true, description: "Only this business area." }) category?: ApplicationCategory | null;
  @Field(() => ApplicationScope, { nullable: true, description: "Only kommungemensam or only verksamhetsspecifik applications." }) scope?: ApplicationScope | null;
  @Field(() => ID, { nullable: true, description: "Only applications this municipality uses (in any lifecycle phase but RETIRED) (its ID or four-digit code)." }) municipality?: string | null;
  @Field(() => String, { nullable: true, description: searchDescription("applications whose name or vendor") }) search?: string | null;
}

@ArgsType()
class ApplicationUsagesArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: "Only this municipality's usages (its ID or four-digit code)." }) municipality?: string | null;
  @Field(() => ID, { nullable: true, description: "Only usages of this application." }) application?: string | null;
  @Field(() => ApplicationCategory, { nullable: true, description: "Only applications of this business area." }) category?: ApplicationCategory | null;
  @Field(() => LifecyclePhase, { nullable: true, description: "Only usages in this lifecycle phase (on `asOf` when given)." }) lifecyclePhase?: LifecyclePhase | null;
  @Field(() => LocalDateResolver, {
    nullable: true,
    description:
      "The usages that existed on this date, with their dated facts (lifecycle phase, functional and technical fit, users, annual cost, IT unit) as on record for it: what the evaluations for that date saw. Default: every usage with its latest facts.",
  })
  asOf?: string | null;
}

@Resolver(() => Application)
export class ApplicationResolver {
  @Allow(Role.READER)
  @Query(() => ApplicationConnection, { nullable: true, description: "The application catalogue, by name." })
  async applications(@Args() args: ApplicationsArgs, @Ctx() ctx: Context) {
    const qb = ctx.db.getRepository(Application).createQueryBuilder("a");
    if (args.category) qb.andWhere("a.category = :category", { category: args.category });
    if (args.scope) qb.andWhere("a.scope = :scope", { scope: args.scope });
    whereKeyContains(qb, ["a.nameKey", "a.vendorKey"], args.search);
    if (args.municipality) {
      qb.andWhere("EXISTS (SELECT 1 FROM application_usage u WHERE u.application_id = a.id AND u.municipality_id = :municipality AND u.lifecycle_phase <> :retired)", {
        municipality: await municipalityArgument(ctx, args.municipality, "municipality"),
        retired: LifecyclePhase.RETIRED,
      });
    }
    return paginate(qb, args, "nameKey", ApplicationConnection);
  }

  @FieldResolver(() => [ApplicationUsage], { description: "Which municipalities use it, and how." })
  usages(@Root() application: Application, @Ctx() ctx: Context) {
    return ctx.loaders.get(usagesByApplication).load(application.id);
  }

  @Allow(Role.EDITOR)
  @Mutation(() => ApplicationPayload, { nullable: true, description: "Adds a product to the shared application catalogue." })
  async applicationCreate(@Arg("input", () => ApplicationCreateInput, { description: "The mutation's input: see ApplicationCreateInput." }) input: ApplicationCreateInput, @Ctx() ctx: Context) {
    return payload("application", await runMutation(ctx, "applicationCreate", (s) => service.createApplication(s, input)));
  }

  @Allow(Role.ADMIN)
  @Mutation(() => ApplicationPayload, { nullable: true, description: "Changes a catalogue entry. Admin only: the catalogue is shared by all municipalities." })
  async applicationUpdate(@Arg("input", () => ApplicationUpdateInput, { description: "The mutation's input: see ApplicationUpdateInput." }) input: ApplicationUpdateInput, @Ctx() ctx: Context) {
    return payload("application", await runMutation(ctx, "applicationUpdate", (s) => service.updateApplication(s, input)));
  }
}

@Resolver(() => ApplicationUsage)
export class ApplicationUsageResolver {
  @Allow(Role.READER)
  @Query(() => ApplicationUsageConnection, { nullable: true, description: "Municipalities' application usages, in the order they were recorded." })
  async applicationUsages(@Args() args: ApplicationUsagesArgs, @Ctx() ctx: Context) {
    const qb = ctx.db.getRepository(ApplicationUsage).createQueryBuilder("u");
    if (args.municipality) qb.andWhere("u.municipality_id = :m", { m: await municipalityArgument(ctx, args.municipality, "municipality") });
    if (args.application) qb.andWhere("u.application_id = :a", { a: await idArgument(ctx, args.application, "application", Application.typeName) });
    if (args.category) qb.andWhere("EXISTS (SELECT 1 FROM application a WHERE a.id = u.application_id AND a.category = :category)", { category: args.category });
    if (!args.asOf) {
      if (args.lifecyclePhase) qb.andWhere("u.lifecycle_phase = :phase", { phase: args.lifecyclePhase });
      return paginate(qb, args, "id", ApplicationUsageConnection);
    }
    const phase = args.lifecyclePhase ? ` AND ${jsonTextSql(ctx.db, "v.facts", "lifecyclePhase")} = :phase` : "";
    qb.andWhere(`EXISTS (SELECT 1 FROM fact_version v WHERE v.subject_type = :usageType AND v.subject_id = u.id AND ${coversSql("v", "valid_from", "valid_to", "asOf")}${phase})`, {
      usageType: USAGE_FACTS.typeName,
      asOf: args.asOf,
      phase: args.lifecyclePhase,
    });
    const connection = await paginate(qb, args, "id", ApplicationUsageConnection);
    const facts = connection.nodes.length
      ? await ctx.evaluations.facts(args.asOf).versions(
          USAGE_FACTS,
          connection.nodes.map((u) => u.id),
        )
      : new Map();
    for (const usage of connection.nodes) Object.assign(usage, facts.get(usage.id));
    return connection;
  }

  @FieldResolver(() => Municipality, { description: "The municipality." })
  municipality(@Root() usage: ApplicationUsage, @Ctx() ctx: Context) {
    return ctx.loaders.get(municipalityById).load(usage.municipalityId);
  }

  @FieldResolver(() => Application, { description: "The application." })
  application(@Root() usage: ApplicationUsage, @Ctx() ctx: Context) {
    return ctx.loaders.get(applicationById).load(usage.applicationId);
  }

  @FieldResolver(() => ItUnit, { nullable: true, description: "The IT unit responsible for it locally." })
  itUnit(@Root() usage: ApplicationUsage, @Ctx() ctx: Context) {
    return usage.itUnitId === null ? null : ctx.loaders.get(itUnitById).load(usage.itUnitId);
  }

  @Allow(Role.EDITOR)
  @Mutation(() => ApplicationUsagePayload, { nullable: true, description: "Records that a municipality uses an application. Editors: their own municipality only." })
  async applicationUsageCreate(
    @Arg("input", () => ApplicationUsageCreateInput, { description: "The mutation's input: see ApplicationUsageCreateInput." }) input: ApplicationUsageCreateInput,
    @Ctx() ctx: Context,
  ) {
    return payload("applicationUsage", await runMutation(ctx, "applicationUsageCreate", (s) => service.createUsage(s, input)));
  }

  @Allow(Role.EDITOR)
  @Mutation(() => ApplicationUsagePayload, { nullable: true, description: "Changes an application usage. Editors: their own municipality only." })
  async applicationUsageUpdate(
    @Arg("input", () => ApplicationUsageUpdateInput, { description: "The mutation's input: see ApplicationUsageUpdateInput." }) input: ApplicationUsageUpdateInput,
    @Ctx() ctx: Context,
  ) {
    return payload("applicationUsage", await runMutation(ctx, "applicationUsageUpdate", (s) => service.updateUsage(s, input)));
  }
}

@Resolver(() => Municipality)
export class MunicipalityApplicationsResolver {
  @FieldResolver(() => [ApplicationUsage], { description: "The applications the municipality uses (applikationsanvändningar)." })
  applicationUsages(@Root() m: Municipality, @Ctx() ctx: Context) {
    return ctx.loaders.get(usagesByMunicipality).load(m.id);
  }
}

export const applicationResolvers = [ApplicationResolver, ApplicationUsageResolver, MunicipalityApplicationsResolver] as const;
