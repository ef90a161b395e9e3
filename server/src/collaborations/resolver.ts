import { idArgument } from "../graphql/id-argument";
import { municipalityArgument } from "../municipalities/arguments";
import { LocalDateResolver } from "graphql-scalars";
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Allow } from "../access/decorators";
import { Role } from "../access/roles";
import { Application, ApplicationCategory } from "../applications/entities";
import { applicationById } from "../applications/loaders";
import { Connection, PageArgs, paginate } from "../graphql/connection";
import { runMutation } from "../core/mutation";
import { Payload, payload } from "../graphql/payload";
import type { Context } from "../core/context";
import { CollaborationBody, ItUnit, Municipality } from "../municipalities/entities";
import { collaborationBodyById, itUnitById, municipalityById } from "../municipalities/loaders";
import { Collaboration, CollaborationLevel, CollaborationParticipant, LevelChange } from "./entities";
import {
  CollaborationCreateInput,
  CollaborationLevelSetInput,
  CollaborationLevelUpdateInput,
  CollaborationParticipantAddInput,
  CollaborationParticipantRemoveInput,
  CollaborationUpdateInput,
} from "./inputs";
import { collaborationById, collaborationsByApplication, levelById, levelChangesByCollaboration, participantsByCollaboration, participationsByMunicipality } from "./loaders";
import { latestChange, levelOn, participatesOn } from "./rules";
import * as service from "./service";

const CollaborationConnection = Connection(Collaboration, "Collaboration");
const CollaborationPayload = Payload("CollaborationPayload", "collaboration", Collaboration, "Result of a mutation on a collaboration.");
const CollaborationLevelPayload = Payload("CollaborationLevelPayload", "collaborationLevel", CollaborationLevel, "Result of a mutation on a level of the scale.");

@ArgsType()
class CollaborationsArgs extends PageArgs {
  @Field(() => Int, { nullable: true, description: "Only collaborations at exactly this level (ordinal)." }) level?: number | null;
  @Field(() => Int, { nullable: true, description: "Only collaborations at this level (ordinal) or higher." }) minLevel?: number | null;
  @Field(() => ID, { nullable: true, description: "Only collaborations this municipality participates in today (its ID or four-digit code)." }) participant?: string | null;
  @Field(() => ID, { nullable: true, description: "Only collaborations around this application." }) application?: string | null;
  @Field(() => ApplicationCategory, { nullable: true, description: "Only collaborations around applications of this business area." }) category?: ApplicationCategory | null;
  @Field(() => ID, { nullable: true, description: "Only collaborations of this collaboration body." }) collaborationBody?: string | null;
}

@Resolver(() => Collaboration)
export class CollaborationResolver {
  @Allow(Role.READER)
  @Query(() => [CollaborationLevel], { nullable: true, description: "The collaboration scale (samverkansnivåer), lowest first." })
  collaborationLevels(@Ctx() ctx: Context) {
    return ctx.db.getRepository(CollaborationLevel).find({ order: { ordinal: "ASC" } });
  }

  @Allow(Role.READER)
  @Query(() => CollaborationConnection, { nullable: true, description: "Collaborations (samverkan kring system), by name." })
  async collaborations(@Args() args: CollaborationsArgs, @Ctx() ctx: Context) {
    const qb = ctx.db.getRepository(Collaboration).createQueryBuilder("c");
    if (args.level !== null && args.level !== undefined) {
      qb.andWhere("c.level_id IN (SELECT l.id FROM collaboration_level l WHERE l.ordinal = :level)", { level: args.level });
    }
    if (args.minLevel !== null && args.minLevel !== undefined) {
      qb.andWhere("c.level_id IN (SELECT l.id FROM collaboration_level l WHERE l.ordinal >= :minLevel)", { minLevel: args.minLevel });
    }
    if (args.participant) {
      qb.andWhere(
        "EXISTS (SELECT 1 FROM collaboration_participant p WHERE p.collaboration_id = c.id AND p.municipality_id = :participant AND p.joined_on <= :today AND (p.left_on IS NULL OR p.left_on >= :today))",
        { participant: await municipalityArgument(ctx, args.participant, "participant"), today: ctx.today },
      );
    }
    if (args.application) qb.andWhere("c.application_id = :application", { application: await idArgument(ctx, args.application, "application", Application.typeName) });
    if (args.category) qb.andWhere("c.application_id IN (SELECT a.id FROM application a WHERE a.category = :category)", { category: args.category });
    if (args.collaborationBody) qb.andWhere("c.collaboration_body_id = :body", { body: await idArgument(ctx, args.collaborationBody, "collaborationBody", CollaborationBody.typeName) });
    return paginate(qb, args, "nameKey", CollaborationConnection);
  }

  @FieldResolver(() => Application, { description: "The shared application." })
  application(@Root() c: Collaboration, @Ctx() ctx: Context) {
    return ctx.loaders.get(applicationById).load(c.applicationId);
  }

  @FieldResolver(() => Municipality, { description: "The host municipality (värdkommun) responsible for the shared system." })
  host(@Root() c: Collaboration, @Ctx() ctx: Context) {
    return ctx.loaders.get(municipalityById).load(c.hostMunicipalityId);
  }

  @FieldResolver(() => ItUnit, { nullable: true, description: "The IT unit that operates it (driftande IT-enhet)." })
  operator(@Root() c: Collaboration, @Ctx() ctx: Context) {
    return c.operatorItUnitId === null ? null : ctx.loaders.get(itUnitById).load(c.operatorItUnitId);
  }

  @FieldResolver(() => CollaborationBody, { nullable: true, description: "The collaboration body it belongs to." })
  collaborationBody(@Root() c: Collaboration, @Ctx() ctx: Context) {
    return c.collaborationBodyId === null ? null : ctx.loaders.get(collaborationBodyById).load(c.collaborationBodyId);
  }

  @FieldResolver(() => CollaborationLevel, { description: "The current level (samverkansnivå)." })
  level(@Root() c: Collaboration, @Ctx() ctx: Context) {
    return ctx.loaders.get(levelById).load(c.levelId);
  }

  @FieldResolver(() => LocalDateResolver, { nullable: true, description: "The date the current level took effect." })
  async levelSince(@Root() c: Collaboration, @Ctx() ctx: Context) {
    return latestChange(await ctx.loaders.get(levelChangesByCollaboration).load(c.id))?.changedOn ?? null;
  }

  @FieldResolver(() => CollaborationLevel, { nullable: true, description: "The level in force on a past date, from the history; null before the collaboration began." })
  async levelOn(@Root() c: Collaboration, @Ctx() ctx: Context, @Arg("date", () => LocalDateResolver, { description: "The date." }) date: string) {
    const id = levelOn(await ctx.loaders.get(levelChangesByCollaboration).load(c.id), date);
    return id === null ? null : ctx.loaders.get(levelById).load(id);
  }

  @FieldResolver(() => [LevelChange], { description: "Every level change, oldest first (nivåhistorik)." })
  levelHistory(@Root() c: Collaboration, @Ctx() ctx: Context) {
    return ctx.loaders.get(levelChangesByCollaboration).load(c.id);
  }

  @FieldResolver(() => [CollaborationParticipant], { description: "Participations (deltagande) in force on `asOf` (default today); with `includeFormer`, every participation ever." })
  async participants(
    @Root() c: Collaboration,
    @Ctx() ctx: Context,
    @Arg("asOf", () => LocalDateResolver, { nullable: true, description: "The date; default today." }) asOf?: string | null,
    @Arg("includeFormer", () => Boolean, { defaultValue: false, description: "Every participation ever, including ended ones (then `asOf` is ignored)." }) includeFormer?: boolean,
  ) {
    const all = await ctx.loaders.get(participantsByCollaboration).load(c.id);
    return includeFormer ? all : all.filter((p) => participatesOn(p, asOf ?? ctx.today));
  }

  @Allow(Role.EDITOR)
  @Mutation(() => CollaborationPayload, {
    nullable: true,
    description: "Starts a collaboration: its participants, host, level and first history entry. Editors: only one their municipality takes part in.",
  })
  async collaborationCreate(
    @Arg("input", () => CollaborationCreateInput, { description: "The mutation's input: see CollaborationCreateInput." }) input: CollaborationCreateInput,
    @Ctx() ctx: Context,
  ) {
    return payload("collaboration", await runMutation(ctx, "collaborationCreate", (s) => service.createCollaboration(s, input)));
  }

  @Allow(Role.EDITOR)
  @Mutation(() => CollaborationPayload, { nullable: true, description: "Changes a collaboration's name, host, operator or body. Editors: where their municipality participates." })
  async collaborationUpdate(
    @Arg("input", () => CollaborationUpdateInput, { description: "The mutation's input: see CollaborationUpdateInput." }) input: CollaborationUpdateInput,
    @Ctx() ctx: Context,
  ) {
    return payload("collaboration", await runMutation(ctx, "collaborationUpdate", (s) => service.updateCollaboration(s, input)));
  }

  @Allow(Role.EDITOR)
  @Mutation(() => CollaborationPayload, { nullable: true, description: "A municipality joins a collaboration. Editors: where their municipality participates." })
  async collaborationParticipantAdd(
    @Arg("input", () => CollaborationParticipantAddInput, { description: "The mutation's input: see CollaborationParticipantAddInput." }) input: CollaborationParticipantAddInput,
    @Ctx() ctx: Context,
  ) {
    return payload("collaboration", await runMutation(ctx, "collaborationParticipantAdd", (s) => service.addParticipant(s, input)));
  }

  @Allow(Role.EDITOR)
  @Mutation(() => CollaborationPayload, { nullable: true, description: "A municipality leaves a collaboration (the participation is kept, dated). Editors: where their municipality participates." })
  async collaborationParticipantRemove(
    @Arg("input", () => CollaborationParticipantRemoveInput, { description: "The mutation's input: see CollaborationParticipantRemoveInput." }) input: CollaborationParticipantRemoveInput,
    @Ctx() ctx: Context,
  ) {
    return payload("collaboration", await runMutation(ctx, "collaborationParticipantRemove", (s) => service.removeParticipant(s, input)));
  }

  @Allow(Role.EDITOR)
  @Mutation(() => CollaborationPayload, {
    nullable: true,
    description:
      "Moves a collaboration to another level and writes a dated history entry. The date may not be in the future nor before the previous change. Editors: where their municipality participates.",
  })
  async collaborationLevelSet(
    @Arg("input", () => CollaborationLevelSetInput, { description: "The mutation's input: see CollaborationLevelSetInput." }) input: CollaborationLevelSetInput,
    @Ctx() ctx: Context,
  ) {
    return payload("collaboration", await runMutation(ctx, "collaborationLevelSet", (s) => service.setLevel(s, input)));
  }

  @Allow(Role.ADMIN)
  @Mutation(() => CollaborationLevelPayload, { nullable: true, description: "Edits a level of the scale (name, description). Admin only." })
  async collaborationLevelUpdate(
    @Arg("input", () => CollaborationLevelUpdateInput, { description: "The mutation's input: see CollaborationLevelUpdateInput." }) input: CollaborationLevelUpdateInput,
    @Ctx() ctx: Context,
  ) {
    return payload("collaborationLevel", await runMutation(ctx, "collaborationLevelUpdate", (s) => service.updateLevel(s, input)));
  }
}

@Resolver(() => CollaborationParticipant)
export class CollaborationParticipantResolver {
  @FieldResolver(() => Municipality, { description: "The participating municipality." })
  municipality(@Root() p: CollaborationParticipant, @Ctx() ctx: Context) {
    return ctx.loaders.get(municipalityById).load(p.municipalityId);
  }

  @FieldResolver(() => Collaboration, { description: "The collaboration." })
  collaboration(@Root() p: CollaborationParticipant, @Ctx() ctx: Context) {
    return ctx.loaders.get(collaborationById).load(p.collaborationId);
  }
}

@Resolver(() => LevelChange)
export class LevelChangeResolver {
  @FieldResolver(() => CollaborationLevel, { nullable: true, description: "The level before; null for the first entry." })
  fromLevel(@Root() change: LevelChange, @Ctx() ctx: Context) {
    return change.fromLevelId === null ? null : ctx.loaders.get(levelById).load(change.fromLevelId);
  }

  @FieldResolver(() => CollaborationLevel, { description: "The level after." })
  toLevel(@Root() change: LevelChange, @Ctx() ctx: Context) {
    return ctx.loaders.get(levelById).load(change.toLevelId);
  }

  @FieldResolver(() => Collaboration, { description: "The collaboration." })
  collaboration(@Root() change: LevelChange, @Ctx() ctx: Context) {
    return ctx.loaders.get(collaborationById).load(change.collaborationId);
  }
}

@Resolver(() => Municipality)
export class MunicipalityCollaborationsResolver {
  @FieldResolver(() => [CollaborationParticipant], { description: "The municipality's participations in collaborations, past and present." })
  participations(@Root() m: Municipality, @Ctx() ctx: Context) {
    return ctx.loaders.get(participationsByMunicipality).load(m.id);
  }
}

@Resolver(() => Application)
export class ApplicationCollaborationsResolver {
  @FieldResolver(() => [Collaboration], { description: "Collaborations around this application." })
  collaborations(@Root() a: Application, @Ctx() ctx: Context) {
    return ctx.loaders.get(collaborationsByApplication).load(a.id);
  }
}

export const collaborationResolvers = [CollaborationResolver, CollaborationParticipantResolver, LevelChangeResolver, MunicipalityCollaborationsResolver, ApplicationCollaborationsResolver] as const;
