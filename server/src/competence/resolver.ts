import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import { Allow } from "../access/decorators";
import { Role } from "../access/roles";
import { Application, ApplicationUsage } from "../applications/entities";
import { applicationById } from "../applications/loaders";
import { Collaboration } from "../collaborations/entities";
import type { Context } from "../core/context";
import { runMutation } from "../core/mutation";
import { Payload, payload } from "../graphql/payload";
import { Person } from "../people/entities";
import { personById } from "../people/loaders";
import { Competence, CompetenceLevel, CompetenceNetwork, CompetenceNetworkMember, TrainingPlan } from "./entities";
import { CompetenceRemoveInput, CompetenceSetInput, PersonPlannedLeaveSetInput } from "./inputs";
import { competencesByApplication, competencesByPerson, membershipsByPerson, networksServing, plansByCollaboration, plansByUsage } from "./loaders";
import { CompetenceNetworkActivityResolver, CompetenceNetworkMemberResolver, CompetenceNetworkResolver } from "./network-resolver";
import { leaveViewOf, seesLeaveOf } from "./privacy";
import { CompetenceRiskResolver } from "./risk-resolver";
import * as service from "./service";
import { TrainingActivityMunicipalityResolver, TrainingActivityResolver, TrainingCostShareResolver, TrainingCostSplitResolver, TrainingPlanResolver } from "./training-resolver";

const CompetencePayload = Payload("CompetencePayload", "competence", Competence, "Result of recording a competence.");
const CompetencePersonPayload = Payload("CompetencePersonPayload", "person", Person, "Result of a competence mutation on a person (planned leave, a removed competence).");

@Resolver(() => Competence)
export class CompetenceResolver {
  @FieldResolver(() => Person, { description: "The person." })
  person(@Root() c: Competence, @Ctx() ctx: Context) {
    return ctx.loaders.get(personById).load(c.personId);
  }

  @FieldResolver(() => Application, { description: "The application." })
  application(@Root() c: Competence, @Ctx() ctx: Context) {
    return ctx.loaders.get(applicationById).load(c.applicationId);
  }

  @Allow(Role.EDITOR)
  @Mutation(() => CompetencePayload, { nullable: true, description: "Records or changes a person's competence on an application. Editors: their own municipality's people only." })
  async competenceSet(@Arg("input", () => CompetenceSetInput, { description: "The mutation's input: see CompetenceSetInput." }) input: CompetenceSetInput, @Ctx() ctx: Context) {
    return payload("competence", await runMutation(ctx, "competenceSet", (s) => service.setCompetence(s, input)));
  }

  @Allow(Role.EDITOR)
  @Mutation(() => CompetencePersonPayload, { nullable: true, description: "Removes a person's competence on an application. Editors: their own municipality's people only." })
  async competenceRemove(@Arg("input", () => CompetenceRemoveInput, { description: "The mutation's input: see CompetenceRemoveInput." }) input: CompetenceRemoveInput, @Ctx() ctx: Context) {
    return payload("person", await runMutation(ctx, "competenceRemove", (s) => service.removeCompetence(s, input)));
  }
}

@Resolver(() => Person)
export class PersonCompetenceResolver {
  @FieldResolver(() => [Competence], { description: "The person's competences on applications." })
  competences(@Root() p: Person, @Ctx() ctx: Context) {
    return ctx.loaders.get(competencesByPerson).load(p.id);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Planned leave (planerad avgång, e.g. retirement) as "YYYY-MM": used for competence risk. HR-sensitive personal data: null unless the caller is an admin or of the person\'s own municipality.',
  })
  plannedLeave(@Root() p: Person, @Ctx() ctx: Context) {
    return seesLeaveOf(leaveViewOf(ctx.viewer), p.municipalityId) ? p.plannedLeaveMonth : null;
  }

  @FieldResolver(() => [CompetenceNetworkMember], { description: "The person's competence-network memberships, past and present." })
  networkMemberships(@Root() p: Person, @Ctx() ctx: Context) {
    return ctx.loaders.get(membershipsByPerson).load(p.id);
  }

  @Allow(Role.EDITOR)
  @Mutation(() => CompetencePersonPayload, { nullable: true, description: "Records or clears a person's planned leave (year and month). Editors: their own municipality's people only." })
  async personPlannedLeaveSet(
    @Arg("input", () => PersonPlannedLeaveSetInput, { description: "The mutation's input: see PersonPlannedLeaveSetInput." }) input: PersonPlannedLeaveSetInput,
    @Ctx() ctx: Context,
  ) {
    return payload("person", await runMutation(ctx, "personPlannedLeaveSet", (s) => service.setPlannedLeave(s, input)));
  }
}

@Resolver(() => Application)
export class ApplicationCompetenceResolver {
  @FieldResolver(() => [Competence], { description: "People's competences on this application." })
  async competences(@Root() a: Application, @Ctx() ctx: Context, @Arg("level", () => CompetenceLevel, { nullable: true, description: "Only this level." }) level?: CompetenceLevel | null) {
    const all = await ctx.loaders.get(competencesByApplication).load(a.id);
    return level ? all.filter((c) => c.level === level) : all;
  }
}

@Resolver(() => ApplicationUsage)
export class ApplicationUsageCompetenceResolver {
  @FieldResolver(() => TrainingPlan, { nullable: true, description: "The usage's own training plan (the system owner's plan for its users)." })
  async trainingPlan(@Root() u: ApplicationUsage, @Ctx() ctx: Context) {
    return (await ctx.loaders.get(plansByUsage).load(u.id))[0] ?? null;
  }

  @FieldResolver(() => [Competence], { description: "Competences on the application held by people of the usage's municipality." })
  async competences(@Root() u: ApplicationUsage, @Ctx() ctx: Context) {
    const all = await ctx.loaders.get(competencesByApplication).load(u.applicationId);
    const people = await ctx.loaders.get(personById).loadMany(all.map((c) => c.personId));
    return all.filter((_, i) => (people[i] as Person | null)?.municipalityId === u.municipalityId);
  }
}

@Resolver(() => Collaboration)
export class CollaborationCompetenceResolver {
  @FieldResolver(() => TrainingPlan, { nullable: true, description: "The training plan for the shared system's users." })
  async trainingPlan(@Root() c: Collaboration, @Ctx() ctx: Context) {
    return (await ctx.loaders.get(plansByCollaboration).load(c.id))[0] ?? null;
  }

  @FieldResolver(() => [CompetenceNetwork], { description: "Competence networks serving the collaboration: linked to it, or of its application's business area." })
  competenceNetworks(@Root() c: Collaboration, @Ctx() ctx: Context) {
    return networksServing(ctx, c);
  }
}

/** Every resolver of the competence domain, one by one, for the schema (app/schema.ts). */
export const competenceResolvers = [
  CompetenceRiskResolver,
  CompetenceNetworkResolver,
  CompetenceNetworkMemberResolver,
  CompetenceNetworkActivityResolver,
  CompetenceResolver,
  PersonCompetenceResolver,
  ApplicationCompetenceResolver,
  ApplicationUsageCompetenceResolver,
  CollaborationCompetenceResolver,
  TrainingPlanResolver,
  TrainingActivityResolver,
  TrainingActivityMunicipalityResolver,
  TrainingCostSplitResolver,
  TrainingCostShareResolver,
] as const;
