import { LocalDateResolver, SafeIntResolver } from "graphql-scalars";
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Allow } from "../access/decorators";
import { Role } from "../access/roles";
import { Agreement } from "../agreements/entities";
import { agreementById } from "../agreements/loaders";
import { Application, ApplicationUsage } from "../applications/entities";
import { applicationUsageById } from "../applications/loaders";
import { Collaboration } from "../collaborations/entities";
import { collaborationById } from "../collaborations/loaders";
import { addMonths } from "../common/dates";
import type { Context } from "../core/context";
import { runMutation } from "../core/mutation";
import { Connection, PageArgs, paginate } from "../graphql/connection";
import { idArgument } from "../graphql/id-argument";
import { Payload, payload } from "../graphql/payload";
import { municipalityArgument } from "../municipalities/arguments";
import { Municipality } from "../municipalities/entities";
import { municipalityById } from "../municipalities/loaders";
import { Person } from "../people/entities";
import { personById } from "../people/loaders";
import { TrainingActivity, TrainingActivityMunicipality, TrainingPlan, TrainingPlanTarget } from "./entities";
import { TrainingActivityAddInput, TrainingActivityRemoveInput, TrainingActivityUpdateInput, TrainingPlanCreateInput, TrainingPlanUpdateInput } from "./inputs";
import { activitiesByPlan, municipalitiesByTrainingActivity, participantsByTrainingActivity, trainingActivityById, trainingCostSplit, trainingPlanById } from "./loaders";
import { PLAN_REVIEW_MONTHS } from "./risk";
import * as service from "./service";
import { TrainingCostShareValue, TrainingCostSplitValue } from "./types";

const TrainingPlanConnection = Connection(TrainingPlan, "TrainingPlan");

const TrainingPlanPayload = Payload("TrainingPlanPayload", "trainingPlan", TrainingPlan, "Result of a mutation on a training plan or removing one of its activities.");
const TrainingActivityPayload = Payload("TrainingActivityPayload", "trainingActivity", TrainingActivity, "Result of a mutation on a training activity.");

@ArgsType()
class TrainingPlansArgs extends PageArgs {
  @Field(() => TrainingPlanTarget, { nullable: true, description: "Only plans of this kind of target." }) target?: TrainingPlanTarget | null;
  @Field(() => ID, { nullable: true, description: "Only plans for this municipality's usages and for collaborations it participates in today (its ID or four-digit code)." }) municipality?:
    | string
    | null;
  @Field(() => ID, { nullable: true, description: "Only plans for usages of, or collaborations around, this application." }) application?: string | null;
}

@Resolver(() => TrainingPlan)
export class TrainingPlanResolver {
  @Allow(Role.READER)
  @Query(() => TrainingPlanConnection, { nullable: true, description: "Training plans (utbildningsplaner), by name." })
  async trainingPlans(@Args() args: TrainingPlansArgs, @Ctx() ctx: Context) {
    const qb = ctx.db.getRepository(TrainingPlan).createQueryBuilder("tp");
    if (args.target) qb.andWhere("tp.target = :target", { target: args.target });
    if (args.municipality) {
      qb.andWhere(
        "(tp.application_usage_id IN (SELECT u.id FROM application_usage u WHERE u.municipality_id = :m) OR tp.collaboration_id IN (SELECT cp.collaboration_id FROM collaboration_participant cp WHERE cp.municipality_id = :m AND cp.joined_on <= :today AND (cp.left_on IS NULL OR cp.left_on >= :today)))",
        { m: await municipalityArgument(ctx, args.municipality, "municipality"), today: ctx.today },
      );
    }
    if (args.application) {
      qb.andWhere(
        "(tp.application_usage_id IN (SELECT u.id FROM application_usage u WHERE u.application_id = :a) OR tp.collaboration_id IN (SELECT c.id FROM collaboration c WHERE c.application_id = :a))",
        { a: await idArgument(ctx, args.application, "application", Application.typeName) },
      );
    }
    return paginate(qb, args, "nameKey", TrainingPlanConnection);
  }

  @FieldResolver(() => Person, { nullable: true, description: "The owner, usually the system owner (systemägare)." })
  owner(@Root() p: TrainingPlan, @Ctx() ctx: Context) {
    return p.ownerId === null ? null : ctx.loaders.get(personById).load(p.ownerId);
  }

  @FieldResolver(() => ApplicationUsage, { nullable: true, description: "The application usage the plan is for (target APPLICATION_USAGE)." })
  applicationUsage(@Root() p: TrainingPlan, @Ctx() ctx: Context) {
    return p.applicationUsageId === null ? null : ctx.loaders.get(applicationUsageById).load(p.applicationUsageId);
  }

  @FieldResolver(() => Collaboration, { nullable: true, description: "The collaboration the plan is for (target COLLABORATION)." })
  collaboration(@Root() p: TrainingPlan, @Ctx() ctx: Context) {
    return p.collaborationId === null ? null : ctx.loaders.get(collaborationById).load(p.collaborationId);
  }

  @FieldResolver(() => [String], { description: "Target groups (målgrupper)." })
  targetGroups(@Root() p: TrainingPlan): string[] {
    return JSON.parse(p.targetGroupsJson) as string[];
  }

  @FieldResolver(() => LocalDateResolver, { description: `When the next review is due: ${PLAN_REVIEW_MONTHS} months after the latest.` })
  nextReviewDue(@Root() p: TrainingPlan) {
    return addMonths(p.reviewedOn, PLAN_REVIEW_MONTHS);
  }

  @FieldResolver(() => Boolean, { description: `Whether the plan was last reviewed more than ${PLAN_REVIEW_MONTHS} months before \`asOf\`.` })
  reviewOverdue(@Root() p: TrainingPlan, @Ctx() ctx: Context, @Arg("asOf", () => LocalDateResolver, { nullable: true, description: "Default today." }) asOf?: string | null) {
    return p.reviewedOn < addMonths(asOf ?? ctx.today, -PLAN_REVIEW_MONTHS);
  }

  @FieldResolver(() => [TrainingActivity], { description: "The plan's activities, held and planned, by date." })
  async activities(
    @Root() p: TrainingPlan,
    @Ctx() ctx: Context,
    @Arg("from", () => LocalDateResolver, { nullable: true, description: "Only activities on or after this date." }) from?: string | null,
    @Arg("to", () => LocalDateResolver, { nullable: true, description: "Only activities on or before this date." }) to?: string | null,
  ) {
    const all = await ctx.loaders.get(activitiesByPlan).load(p.id);
    return all.filter((a) => (!from || a.heldOn >= from) && (!to || a.heldOn <= to));
  }

  @Allow(Role.EDITOR)
  @Mutation(() => TrainingPlanPayload, {
    nullable: true,
    description:
      "Adds a training plan for exactly one target: an application usage (editors: of its municipality), a collaboration (editors: of a participant), or the joint plan for IT staff (admins).",
  })
  async trainingPlanCreate(@Arg("input", () => TrainingPlanCreateInput, { description: "The mutation's input: see TrainingPlanCreateInput." }) input: TrainingPlanCreateInput, @Ctx() ctx: Context) {
    return payload("trainingPlan", await runMutation(ctx, "trainingPlanCreate", (s) => service.createPlan(s, input)));
  }

  @Allow(Role.EDITOR)
  @Mutation(() => TrainingPlanPayload, { nullable: true, description: "Changes or reviews a training plan. Editors: as for creating it." })
  async trainingPlanUpdate(@Arg("input", () => TrainingPlanUpdateInput, { description: "The mutation's input: see TrainingPlanUpdateInput." }) input: TrainingPlanUpdateInput, @Ctx() ctx: Context) {
    return payload("trainingPlan", await runMutation(ctx, "trainingPlanUpdate", (s) => service.updatePlan(s, input)));
  }
}

@Resolver(() => TrainingActivity)
export class TrainingActivityResolver {
  @FieldResolver(() => TrainingPlan, { description: "The plan." })
  plan(@Root() a: TrainingActivity, @Ctx() ctx: Context) {
    return ctx.loaders.get(trainingPlanById).load(a.planId);
  }

  @FieldResolver(() => SafeIntResolver, { nullable: true, description: "Total cost in öre (1 SEK = 100 öre)." })
  costOre(@Root() a: TrainingActivity) {
    return a.costOre;
  }

  @FieldResolver(() => TrainingCostSplitValue, {
    nullable: true,
    description:
      "Per-municipality shares of the cost of a shared activity (two or more municipalities taking part): by the samverkansavtal's key where one applies, else by population. Null when not shared, without a cost, or when a population figure is missing.",
  })
  async costSplit(@Root() a: TrainingActivity, @Ctx() ctx: Context) {
    const split = await trainingCostSplit(ctx, a);
    return split && TrainingCostSplitValue.of(split);
  }

  @FieldResolver(() => [TrainingActivityMunicipality], { description: "The municipalities taking part, with their participant counts." })
  municipalities(@Root() a: TrainingActivity, @Ctx() ctx: Context) {
    return ctx.loaders.get(municipalitiesByTrainingActivity).load(a.id);
  }

  @FieldResolver(() => [Person], { description: "Named participants." })
  async participants(@Root() a: TrainingActivity, @Ctx() ctx: Context) {
    const rows = await ctx.loaders.get(participantsByTrainingActivity).load(a.id);
    return ctx.loaders.get(personById).loadMany(rows.map((r) => r.personId));
  }

  @Allow(Role.EDITOR)
  @Mutation(() => TrainingActivityPayload, { nullable: true, description: "Adds a held or planned activity to a training plan. Editors: as for the plan." })
  async trainingActivityAdd(
    @Arg("input", () => TrainingActivityAddInput, { description: "The mutation's input: see TrainingActivityAddInput." }) input: TrainingActivityAddInput,
    @Ctx() ctx: Context,
  ) {
    return payload("trainingActivity", await runMutation(ctx, "trainingActivityAdd", (s) => service.addActivity(s, input)));
  }

  @Allow(Role.EDITOR)
  @Mutation(() => TrainingActivityPayload, {
    nullable: true,
    description: "Changes a training activity; given lists of municipalities and participants replace the current ones. Editors: as for the plan.",
  })
  async trainingActivityUpdate(
    @Arg("input", () => TrainingActivityUpdateInput, { description: "The mutation's input: see TrainingActivityUpdateInput." }) input: TrainingActivityUpdateInput,
    @Ctx() ctx: Context,
  ) {
    return payload("trainingActivity", await runMutation(ctx, "trainingActivityUpdate", (s) => service.updateActivity(s, input)));
  }

  @Allow(Role.EDITOR)
  @Mutation(() => TrainingPlanPayload, { nullable: true, description: "Removes a training activity; returns its plan. Editors: as for the plan." })
  async trainingActivityRemove(
    @Arg("input", () => TrainingActivityRemoveInput, { description: "The mutation's input: see TrainingActivityRemoveInput." }) input: TrainingActivityRemoveInput,
    @Ctx() ctx: Context,
  ) {
    return payload("trainingPlan", await runMutation(ctx, "trainingActivityRemove", (s) => service.removeActivity(s, input)));
  }
}

@Resolver(() => TrainingCostSplitValue)
export class TrainingCostSplitResolver {
  @FieldResolver(() => Agreement, { nullable: true, description: "The samverkansavtal whose key was used (basis AGREEMENT)." })
  agreement(@Root() split: TrainingCostSplitValue, @Ctx() ctx: Context) {
    return split.agreementId === null ? null : ctx.loaders.get(agreementById).load(split.agreementId);
  }
}

@Resolver(() => TrainingCostShareValue)
export class TrainingCostShareResolver {
  @FieldResolver(() => Municipality, { description: "The municipality." })
  municipality(@Root() share: TrainingCostShareValue, @Ctx() ctx: Context) {
    return ctx.loaders.get(municipalityById).load(share.municipalityId);
  }
}

@Resolver(() => TrainingActivityMunicipality)
export class TrainingActivityMunicipalityResolver {
  @FieldResolver(() => Municipality, { description: "The municipality." })
  municipality(@Root() m: TrainingActivityMunicipality, @Ctx() ctx: Context) {
    return ctx.loaders.get(municipalityById).load(m.municipalityId);
  }

  @FieldResolver(() => TrainingActivity, { description: "The activity." })
  activity(@Root() m: TrainingActivityMunicipality, @Ctx() ctx: Context) {
    return ctx.loaders.get(trainingActivityById).load(m.activityId);
  }
}
