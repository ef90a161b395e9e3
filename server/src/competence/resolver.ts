import { compareNames } from "../common/names";
import { idArgument } from "../graphql/id-argument";
import { municipalityArgument } from "../municipalities/arguments";
import { GraphQLError } from "graphql";
import { LocalDateResolver, SafeIntResolver } from "graphql-scalars";
import type { LocalDate } from "../common/dates";
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Float, ID, Int, Mutation, ObjectType, Query, Resolver, Root, registerEnumType } from "type-graphql";
import { Allow } from "../access/decorators";
import { CostKeyKind } from "../agreements/cost-split";
import { inForceOn } from "../agreements/deadlines";
import { Agreement, AgreementKind, termsOf } from "../agreements/entities";
import { agreementById, agreementsByCollaboration, partiesByAgreement } from "../agreements/loaders";
import { Role } from "../access/roles";
import { Application, ApplicationCategory, ApplicationUsage } from "../applications/entities";
import { applicationById, applicationUsageById } from "../applications/loaders";
import { Collaboration } from "../collaborations/entities";
import { collaborationById } from "../collaborations/loaders";
import { participatesOn } from "../collaborations/rules";
import { Connection, connectionOf, PageArgs, pageOfList, paginate, pageWindow, type ConnectionShape } from "../graphql/connection";
import { decodeCursor, encodeCursor, type CursorArgument } from "../core/cursor";
import { runMutation } from "../core/mutation";
import { Payload, payload } from "../graphql/payload";
import type { Context } from "../core/context";
import { Municipality, PopulationFigure } from "../municipalities/entities";
import { municipalityById, populationsByMunicipality } from "../municipalities/loaders";
import { canSeeContactDetails } from "../people/contact";
import { Person } from "../people/entities";
import { personById } from "../people/loaders";
import {
  Competence,
  CompetenceLevel,
  CompetenceNetwork,
  CompetenceNetworkActivity,
  CompetenceNetworkMember,
  NetworkActivityKind,
  TrainingActivity,
  TrainingActivityMunicipality,
  TrainingPlan,
  TrainingPlanTarget,
} from "./entities";
import {
  CompetenceNetworkActivityAddInput,
  CompetenceNetworkCreateInput,
  CompetenceNetworkMemberAddInput,
  CompetenceNetworkMemberRemoveInput,
  CompetenceNetworkUpdateInput,
  CompetenceRemoveInput,
  CompetenceSetInput,
  PersonPlannedLeaveSetInput,
  TrainingActivityAddInput,
  TrainingActivityRemoveInput,
  TrainingActivityUpdateInput,
  TrainingPlanCreateInput,
  TrainingPlanUpdateInput,
} from "./inputs";
import { addMonths } from "../common/dates";
import {
  activitiesByNetwork,
  activitiesByPlan,
  competencesByApplication,
  competencesByPerson,
  membersByNetwork,
  membershipsByPerson,
  municipalitiesByTrainingActivity,
  networkById,
  networkLinksByCollaboration,
  networkLinksByNetwork,
  networksByCategory,
  participantsByNetworkActivity,
  participantsByTrainingActivity,
  plansByCollaboration,
  plansByUsage,
  trainingActivityById,
  trainingPlanById,
} from "./loaders";
import { competenceRisk, DEFAULT_HORIZON_MONTHS, leaveViewOf } from "./risk-data";
import { compareAssessments, PLAN_REVIEW_MONTHS, RiskLevel, RiskReasonCode, RiskSubjectKind, subjectId, type RiskAssessment } from "./risk";
import * as service from "./service";
import { splitTrainingCost, TrainingCostBasis, type AgreedCostKey } from "./training-cost";

registerEnumType(RiskReasonCode, {
  name: "CompetenceRiskReasonCode",
  description: "Why a system's competence is at risk.",
  valuesConfig: {
    TOO_FEW_SPECIALISTS: { description: "Fewer than two specialists (across the collaboration for a shared system, in the municipality otherwise): 35 points with none, 20 with one." },
    SPECIALISTS_LEAVING: { description: "Specialists plan to leave within the horizon: how much the count's points rise once they have gone, at least 5." },
    NO_TRAINING_PLAN: { description: "No training plan for the system's users: 25 points." },
    TRAINING_PLAN_NOT_REVIEWED: { description: "The training plan was last reviewed more than 12 months ago: 15 points." },
    NO_COMPETENCE_NETWORK: { description: "A shared system without a competence network for its area (with current members from at least two municipalities): 15 points." },
    FEW_USERS_TRAINED: { description: "Under half of the users trained in the last 24 months: up to 25 points, in proportion to the shortfall." },
  },
});
registerEnumType(RiskLevel, {
  name: "CompetenceRiskLevel",
  description: "How serious a competence risk is, from its score.",
  valuesConfig: {
    LOW: { description: "Score below 30." },
    MEDIUM: { description: "Score 30–59." },
    HIGH: { description: "Score 60 or more." },
  },
});
registerEnumType(RiskSubjectKind, {
  name: "CompetenceRiskSubjectKind",
  description: "What a competence-risk entry judges.",
  valuesConfig: {
    APPLICATION_USAGE: { description: "One municipality's active use of an application." },
    COLLABORATION: { description: "A collaboration around a shared system, across its participating municipalities." },
  },
});

registerEnumType(TrainingCostBasis, {
  name: "TrainingCostBasis",
  description: "Where the key of a training activity's cost split comes from.",
  valuesConfig: {
    AGREEMENT: { description: "The cost key of the samverkansavtal covering the plan's collaboration." },
    POPULATION_DEFAULT: { description: "No agreed key applies: by population, the policy's default for joint costs." },
  },
});

@ObjectType("TrainingCostShare", { description: "One municipality's share of a shared training activity's cost." })
class TrainingCostShareValue {
  municipalityId: number;
  @Field(() => SafeIntResolver, { description: "The share in öre; the shares add up exactly to the cost." }) amountOre: number;
  @Field(() => Float, { description: "The exact fraction of the cost, 0–1, before rounding to öre." }) fraction: number;
  @Field(() => Int, { nullable: true, description: "The population figure used; null when the key does not use population." }) population: number | null;
  @Field(() => Int, { nullable: true, description: "The year of that population figure." }) populationYear: number | null;
}

@ObjectType("TrainingCostSplit", { description: "How a shared training activity's cost is divided between the municipalities taking part (kostnadsfördelning)." })
class TrainingCostSplitValue {
  agreementId: number | null;
  @Field(() => TrainingCostBasis, { description: "An agreed key or the population default." }) basis: TrainingCostBasis;
  @Field(() => CostKeyKind, { description: "The cost key used (fördelningsnyckel)." }) key: CostKeyKind;
  @Field(() => [TrainingCostShareValue], { description: "One share per municipality taking part, in the order of the activity's municipalities." }) shares: TrainingCostShareValue[];
}

@ObjectType({ description: "One reason behind a competence-risk score, with the points it adds." })
class CompetenceRiskReason {
  @Field(() => RiskReasonCode, { description: "Machine-readable reason." }) code: RiskReasonCode;
  @Field(() => Int, { description: "Points this reason adds; the contributions add up to the score." }) contribution: number;
  @Field(() => String, { description: "Explanation in Swedish." }) explanation: string;
}

@ObjectType({ description: "The competence risk (kompetensrisk) of one active application usage or one collaboration, with its reasons." })
class CompetenceRisk {
  assessment: RiskAssessment;

  @Field(() => RiskSubjectKind, { description: "Whether an application usage or a collaboration is judged." }) kind: RiskSubjectKind;
  @Field(() => String, { description: 'Human label, e.g. "Bengtsfors – Procapita VoO" or the collaboration\'s name.' }) label: string;
  @Field(() => Boolean, { description: "Whether the system is shared, and so judged across the collaboration's municipalities." }) shared: boolean;
  @Field(() => Int, { description: "Risk score 0–100: the sum of the reasons' contributions." }) score: number;
  @Field(() => RiskLevel, { description: "LOW below 30, MEDIUM 30–59, HIGH 60 and above." }) level: RiskLevel;
  @Field(() => [CompetenceRiskReason], { description: "The reasons, each with its contribution." }) reasons: CompetenceRiskReason[];
  @Field(() => Int, { description: "Specialists today (across the collaboration for shared systems)." }) specialistCount: number;
  @Field(() => Int, { description: "Of those, how many plan to leave within the horizon." }) specialistsLeaving: number;
  @Field(() => LocalDateResolver, { nullable: true, description: "When the training plan judged was last reviewed." }) trainingPlanReviewedOn: string | null;
  @Field(() => Int, { nullable: true, description: "Users counted (null when unknown)." }) userCount: number | null;
  @Field(() => Int, { description: "Attendances in training activities in the 24 months up to asOf." }) trainedCount: number;
  @Field(() => Float, { nullable: true, description: "Share of users trained in the last 24 months, 0–1 (attendances ÷ users, capped at 1); null without a user count." })
  trainedShare: number | null;
}

const CompetenceRiskConnection = Connection(CompetenceRisk, "CompetenceRisk");
const CompetenceNetworkConnection = Connection(CompetenceNetwork, "CompetenceNetwork");
const TrainingPlanConnection = Connection(TrainingPlan, "TrainingPlan");

const CompetenceNetworkPayload = Payload("CompetenceNetworkPayload", "competenceNetwork", CompetenceNetwork, "Result of a mutation on a competence network.");
const CompetenceNetworkActivityPayload = Payload(
  "CompetenceNetworkActivityPayload",
  "competenceNetworkActivity",
  CompetenceNetworkActivity,
  "Result of adding to a competence network's activity log.",
);
const CompetencePayload = Payload("CompetencePayload", "competence", Competence, "Result of recording a competence.");
const CompetencePersonPayload = Payload("CompetencePersonPayload", "person", Person, "Result of a competence mutation on a person (planned leave, a removed competence).");
const TrainingPlanPayload = Payload("TrainingPlanPayload", "trainingPlan", TrainingPlan, "Result of a mutation on a training plan or removing one of its activities.");
const TrainingActivityPayload = Payload("TrainingActivityPayload", "trainingActivity", TrainingActivity, "Result of a mutation on a training activity.");

const MAX_HORIZON_MONTHS = 120;
/** The horizon `competenceRisk` judges planned leave over when none is asked for. */

function badInput(message: string, argumentName: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", argumentName } });
}

@ArgsType()
class CompetenceRiskArgs extends PageArgs {
  @Field(() => LocalDateResolver, { nullable: true, description: "The date the risk is judged on; default today." }) asOf?: string | null;
  @Field(() => Int, { defaultValue: DEFAULT_HORIZON_MONTHS, description: `Specialists leaving within this many months count as leaving (0–${MAX_HORIZON_MONTHS}).` }) horizonMonths: number;
  @Field(() => ID, { nullable: true, description: "Only this municipality's usages and the collaborations it participates in (its ID or four-digit code)." }) municipality?: string | null;
  @Field(() => ID, { nullable: true, description: "Only entries about this application." }) application?: string | null;
  @Field(() => RiskSubjectKind, { nullable: true, description: "Only usages or only collaborations." }) kind?: RiskSubjectKind | null;
  @Field(() => Int, { nullable: true, description: "Only entries with at least this score." }) minScore?: number | null;
  @Field(() => RiskLevel, { nullable: true, description: "Only entries of at least this level." }) minLevel?: RiskLevel | null;
}

@ArgsType()
class CompetenceNetworksArgs extends PageArgs {
  @Field(() => ApplicationCategory, { nullable: true, description: "Only networks of this business area." }) category?: ApplicationCategory | null;
  @Field(() => ID, { nullable: true, description: "Only networks serving this collaboration." }) collaboration?: string | null;
  @Field(() => ID, { nullable: true, description: "Only networks with a current member from this municipality (its ID or four-digit code)." }) municipality?: string | null;
}

@ArgsType()
class TrainingPlansArgs extends PageArgs {
  @Field(() => TrainingPlanTarget, { nullable: true, description: "Only plans of this kind of target." }) target?: TrainingPlanTarget | null;
  @Field(() => ID, { nullable: true, description: "Only plans for this municipality's usages and for collaborations it participates in today (its ID or four-digit code)." }) municipality?:
    | string
    | null;
  @Field(() => ID, { nullable: true, description: "Only plans for usages of, or collaborations around, this application." }) application?: string | null;
}

/**
 * The cost key of the samverkansavtal that covers the collaboration of the activity's plan and is
 * in force on the activity's date (the first by name when several are); null for other plans.
 */
async function agreedCostKey(ctx: Context, activity: TrainingActivity): Promise<AgreedCostKey | null> {
  const plan = await ctx.loaders.get(trainingPlanById).load(activity.planId);
  if (!plan || plan.collaborationId === null) return null;
  const agreement = (await ctx.loaders.get(agreementsByCollaboration).load(plan.collaborationId)).find(
    (ag) => ag.kind === AgreementKind.SAMVERKANSAVTAL && ag.costKey !== null && inForceOn(termsOf(ag), activity.heldOn),
  );
  if (!agreement || agreement.costKey === null) return null;
  const parties = await ctx.loaders.get(partiesByAgreement).load(agreement.id);
  return {
    agreementId: agreement.id,
    key:
      agreement.costKey === CostKeyKind.BASE_PLUS_POPULATION
        ? { kind: CostKeyKind.BASE_PLUS_POPULATION, baseShareBasisPoints: agreement.costKeyBaseShareBasisPoints ?? 0 }
        : { kind: agreement.costKey },
    populationYear: agreement.costKeyPopulationYear,
    shareBasisPoints: new Map(parties.filter((p) => p.municipalityId !== null && p.costShareBasisPoints !== null).map((p) => [p.municipalityId!, p.costShareBasisPoints!])),
  };
}

/** Cursor of the risk list: its total order (score, label, kind, id), so pages hold under changes. */
function riskCursor(a: RiskAssessment): string {
  return encodeCursor([a.score, a.label, a.kind, subjectId(a)]);
}

/** Where an assessment lies relative to a cursor: > 0 after it, 0 on it, < 0 before it. */
function comparedToCursor(text: string, argumentName: CursorArgument): (a: RiskAssessment) => number {
  const at = decodeCursor(text, argumentName, ([score, label, kind, id]) =>
    Number.isInteger(score) && typeof label === "string" && Object.values(RiskSubjectKind).includes(kind as RiskSubjectKind) && Number.isSafeInteger(id)
      ? ({ score, label, kind, applicationUsageId: id, collaborationId: id } as RiskAssessment)
      : null,
  );
  return (a) => compareAssessments(a, at);
}

const LEVEL_ORDER = [RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH];

function toRisk(a: RiskAssessment): CompetenceRisk {
  return Object.assign(new CompetenceRisk(), { ...a, assessment: a, reasons: a.reasons.map((r) => Object.assign(new CompetenceRiskReason(), r)) });
}

/** Every assessment on `on`, judged once per date, horizon and view of planned leave (the viewer's), shared by every page and filter. */
function competenceRiskOn(ctx: Context, on: LocalDate, horizonMonths: number): Promise<RiskAssessment[]> {
  return ctx.evaluations.ask(competenceRisk, on, { horizonMonths, leave: leaveViewOf(ctx.viewer) });
}

@Resolver(() => CompetenceRisk)
export class CompetenceRiskResolver {
  @Allow(Role.READER)
  @Query(() => CompetenceRiskConnection, {
    nullable: true,
    description:
      "Competence risk (kompetensrisk) of every active application usage and every collaboration, highest score first, with the reasons and their points. Runs a fixed number of SQL statements whatever the size of the data.",
  })
  async competenceRisk(@Args() args: CompetenceRiskArgs, @Ctx() ctx: Context): Promise<ConnectionShape<CompetenceRisk>> {
    pageWindow(args);
    if (!Number.isInteger(args.horizonMonths) || args.horizonMonths < 0 || args.horizonMonths > MAX_HORIZON_MONTHS) {
      throw badInput(`\`horizonMonths\` måste ligga mellan 0 och ${MAX_HORIZON_MONTHS}.`, "horizonMonths");
    }
    const municipality = args.municipality ? await municipalityArgument(ctx, args.municipality, "municipality") : null;
    const application = args.application ? await idArgument(ctx, args.application, "application", Application.typeName) : null;
    const matching = (await competenceRiskOn(ctx, args.asOf ?? ctx.today, args.horizonMonths)).filter(
      (a) =>
        (municipality === null || a.municipalityIds.includes(municipality)) &&
        (application === null || a.applicationId === application) &&
        (!args.kind || a.kind === args.kind) &&
        (args.minScore === null || args.minScore === undefined || a.score >= args.minScore) &&
        (!args.minLevel || LEVEL_ORDER.indexOf(a.level) >= LEVEL_ORDER.indexOf(args.minLevel)),
    );
    return connectionOf(pageOfList(matching, args, comparedToCursor), riskCursor, CompetenceRiskConnection, async () => matching.length, toRisk);
  }

  @FieldResolver(() => ApplicationUsage, { nullable: true, description: "The usage judged (kind APPLICATION_USAGE)." })
  applicationUsage(@Root() r: CompetenceRisk, @Ctx() ctx: Context) {
    return r.assessment.applicationUsageId === null ? null : ctx.loaders.get(applicationUsageById).load(r.assessment.applicationUsageId);
  }

  @FieldResolver(() => Collaboration, { nullable: true, description: "The collaboration judged, or the one a shared usage belongs to." })
  collaboration(@Root() r: CompetenceRisk, @Ctx() ctx: Context) {
    return r.assessment.collaborationId === null ? null : ctx.loaders.get(collaborationById).load(r.assessment.collaborationId);
  }

  @FieldResolver(() => Application, { description: "The application." })
  application(@Root() r: CompetenceRisk, @Ctx() ctx: Context) {
    return ctx.loaders.get(applicationById).load(r.assessment.applicationId);
  }

  @FieldResolver(() => Municipality, { nullable: true, description: "The municipality of a usage entry." })
  municipality(@Root() r: CompetenceRisk, @Ctx() ctx: Context) {
    return r.assessment.kind === RiskSubjectKind.APPLICATION_USAGE ? ctx.loaders.get(municipalityById).load(r.assessment.municipalityIds[0]) : null;
  }

  @FieldResolver(() => TrainingPlan, { nullable: true, description: "The training plan judged: the usage's own or its collaboration's, whichever was reviewed last." })
  trainingPlan(@Root() r: CompetenceRisk, @Ctx() ctx: Context) {
    return r.assessment.trainingPlanId === null ? null : ctx.loaders.get(trainingPlanById).load(r.assessment.trainingPlanId);
  }

  @FieldResolver(() => [CompetenceNetwork], { description: "Competence networks serving the area (shared systems)." })
  async competenceNetworks(@Root() r: CompetenceRisk, @Ctx() ctx: Context) {
    return (await ctx.loaders.get(networkById).loadMany(r.assessment.networkIds)) as CompetenceNetwork[];
  }
}

@Resolver(() => CompetenceNetwork)
export class CompetenceNetworkResolver {
  @Allow(Role.READER)
  @Query(() => CompetenceNetworkConnection, { nullable: true, description: "Competence networks (kompetensnätverk), by name." })
  async competenceNetworks(@Args() args: CompetenceNetworksArgs, @Ctx() ctx: Context) {
    const qb = ctx.db.getRepository(CompetenceNetwork).createQueryBuilder("n");
    if (args.category) qb.andWhere("n.category = :category", { category: args.category });
    if (args.collaboration) {
      qb.andWhere("EXISTS (SELECT 1 FROM competence_network_collaboration l WHERE l.network_id = n.id AND l.collaboration_id = :collaboration)", {
        collaboration: await idArgument(ctx, args.collaboration, "collaboration", Collaboration.typeName),
      });
    }
    if (args.municipality) {
      qb.andWhere(
        "EXISTS (SELECT 1 FROM competence_network_member nm JOIN person p ON p.id = nm.person_id WHERE nm.network_id = n.id AND p.municipality_id = :municipality AND nm.joined_on <= :today AND (nm.left_on IS NULL OR nm.left_on >= :today))",
        { municipality: await municipalityArgument(ctx, args.municipality, "municipality"), today: ctx.today },
      );
    }
    return paginate(qb, args, "nameKey", CompetenceNetworkConnection);
  }

  @FieldResolver(() => Person, { description: "The coordinator (samordnare)." })
  coordinator(@Root() n: CompetenceNetwork, @Ctx() ctx: Context) {
    return ctx.loaders.get(personById).load(n.coordinatorId);
  }

  @FieldResolver(() => [CompetenceNetworkMember], { description: "Memberships in force on `asOf` (default today); with `includeFormer`, every membership ever." })
  async members(
    @Root() n: CompetenceNetwork,
    @Ctx() ctx: Context,
    @Arg("asOf", () => LocalDateResolver, { nullable: true, description: "The date membership is judged on; default today." }) asOf?: string | null,
    @Arg("includeFormer", () => Boolean, { defaultValue: false, description: "Every membership, past and present." }) includeFormer?: boolean,
  ) {
    const all = await ctx.loaders.get(membersByNetwork).load(n.id);
    return includeFormer ? all : all.filter((m) => participatesOn(m, asOf ?? ctx.today));
  }

  @FieldResolver(() => [Collaboration], { description: "The collaborations the network serves." })
  async collaborations(@Root() n: CompetenceNetwork, @Ctx() ctx: Context) {
    const links = await ctx.loaders.get(networkLinksByNetwork).load(n.id);
    return ctx.loaders.get(collaborationById).loadMany(links.map((l) => l.collaborationId));
  }

  @FieldResolver(() => [CompetenceNetworkActivity], { description: "The activity log (aktivitetslogg), oldest first." })
  async activities(
    @Root() n: CompetenceNetwork,
    @Ctx() ctx: Context,
    @Arg("kind", () => NetworkActivityKind, { nullable: true, description: "Only activities of this kind." }) kind?: NetworkActivityKind | null,
    @Arg("since", () => LocalDateResolver, { nullable: true, description: "Only activities on or after this date." }) since?: string | null,
  ) {
    const all = await ctx.loaders.get(activitiesByNetwork).load(n.id);
    return all.filter((a) => (!kind || a.kind === kind) && (!since || a.occurredOn >= since));
  }

  @FieldResolver(() => LocalDateResolver, { nullable: true, description: "The date of the latest logged activity up to today." })
  async lastActivityOn(@Root() n: CompetenceNetwork, @Ctx() ctx: Context) {
    const past = (await ctx.loaders.get(activitiesByNetwork).load(n.id)).filter((a) => a.occurredOn <= ctx.today);
    return past.at(-1)?.occurredOn ?? null;
  }

  @Allow(Role.EDITOR)
  @Mutation(() => CompetenceNetworkPayload, { nullable: true, description: "Starts a competence network; the coordinator becomes a member. Editors: with a coordinator of their own municipality." })
  async competenceNetworkCreate(
    @Arg("input", () => CompetenceNetworkCreateInput, { description: "The mutation's input: see CompetenceNetworkCreateInput." }) input: CompetenceNetworkCreateInput,
    @Ctx() ctx: Context,
  ) {
    return payload("competenceNetwork", await runMutation(ctx, "competenceNetworkCreate", (s) => service.createNetwork(s, input)));
  }

  @Allow(Role.EDITOR)
  @Mutation(() => CompetenceNetworkPayload, {
    nullable: true,
    description: "Changes a competence network (name, area, cadence, collaborations, coordinator). Editors: of the coordinator's municipality.",
  })
  async competenceNetworkUpdate(
    @Arg("input", () => CompetenceNetworkUpdateInput, { description: "The mutation's input: see CompetenceNetworkUpdateInput." }) input: CompetenceNetworkUpdateInput,
    @Ctx() ctx: Context,
  ) {
    return payload("competenceNetwork", await runMutation(ctx, "competenceNetworkUpdate", (s) => service.updateNetwork(s, input)));
  }

  @Allow(Role.EDITOR)
  @Mutation(() => CompetenceNetworkPayload, { nullable: true, description: "A person joins a competence network. Editors: of the coordinator's or the person's municipality." })
  async competenceNetworkMemberAdd(
    @Arg("input", () => CompetenceNetworkMemberAddInput, { description: "The mutation's input: see CompetenceNetworkMemberAddInput." }) input: CompetenceNetworkMemberAddInput,
    @Ctx() ctx: Context,
  ) {
    return payload("competenceNetwork", await runMutation(ctx, "competenceNetworkMemberAdd", (s) => service.addNetworkMember(s, input)));
  }

  @Allow(Role.EDITOR)
  @Mutation(() => CompetenceNetworkPayload, {
    nullable: true,
    description: "A person leaves a competence network (the membership is kept, dated); not the coordinator. Editors: of the coordinator's or the person's municipality.",
  })
  async competenceNetworkMemberRemove(
    @Arg("input", () => CompetenceNetworkMemberRemoveInput, { description: "The mutation's input: see CompetenceNetworkMemberRemoveInput." }) input: CompetenceNetworkMemberRemoveInput,
    @Ctx() ctx: Context,
  ) {
    return payload("competenceNetwork", await runMutation(ctx, "competenceNetworkMemberRemove", (s) => service.removeNetworkMember(s, input)));
  }

  @Allow(Role.EDITOR)
  @Mutation(() => CompetenceNetworkActivityPayload, {
    nullable: true,
    description: "Logs a meeting, training or support case of a competence network. Editors: of the coordinator's municipality or of a current member's.",
  })
  async competenceNetworkActivityAdd(
    @Arg("input", () => CompetenceNetworkActivityAddInput, { description: "The mutation's input: see CompetenceNetworkActivityAddInput." }) input: CompetenceNetworkActivityAddInput,
    @Ctx() ctx: Context,
  ) {
    return payload("competenceNetworkActivity", await runMutation(ctx, "competenceNetworkActivityAdd", (s) => service.addNetworkActivity(s, input)));
  }
}

@Resolver(() => CompetenceNetworkMember)
export class CompetenceNetworkMemberResolver {
  @FieldResolver(() => Person, { description: "The member." })
  person(@Root() m: CompetenceNetworkMember, @Ctx() ctx: Context) {
    return ctx.loaders.get(personById).load(m.personId);
  }

  @FieldResolver(() => CompetenceNetwork, { description: "The network." })
  network(@Root() m: CompetenceNetworkMember, @Ctx() ctx: Context) {
    return ctx.loaders.get(networkById).load(m.networkId);
  }
}

@Resolver(() => CompetenceNetworkActivity)
export class CompetenceNetworkActivityResolver {
  @FieldResolver(() => CompetenceNetwork, { description: "The network." })
  network(@Root() a: CompetenceNetworkActivity, @Ctx() ctx: Context) {
    return ctx.loaders.get(networkById).load(a.networkId);
  }

  @FieldResolver(() => [Person], { description: "The people who took part." })
  async participants(@Root() a: CompetenceNetworkActivity, @Ctx() ctx: Context) {
    const rows = await ctx.loaders.get(participantsByNetworkActivity).load(a.id);
    return ctx.loaders.get(personById).loadMany(rows.map((r) => r.personId));
  }
}

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
    return canSeeContactDetails(ctx.viewer, p.municipalityId) ? p.plannedLeaveMonth : null;
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
  async competenceNetworks(@Root() c: Collaboration, @Ctx() ctx: Context) {
    const [links, application] = await Promise.all([ctx.loaders.get(networkLinksByCollaboration).load(c.id), ctx.loaders.get(applicationById).load(c.applicationId)]);
    const linked = (await ctx.loaders.get(networkById).loadMany(links.map((l) => l.networkId))) as CompetenceNetwork[];
    const byArea = application ? await ctx.loaders.get(networksByCategory).load(application.category) : [];
    return [...linked, ...byArea.filter((n) => !linked.some((l) => l.id === n.id))].sort((a, b) => compareNames(a.name, b.name));
  }
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
    if (a.costOre === null) return null;
    const rows = await ctx.loaders.get(municipalitiesByTrainingActivity).load(a.id);
    if (rows.length < 2) return null;
    const ids = rows.map((r) => r.municipalityId);
    const [municipalities, populations] = await Promise.all([ctx.loaders.get(municipalityById).loadMany(ids), ctx.loaders.get(populationsByMunicipality).loadMany(ids)]);
    const parties = rows.map((r, i) => ({ municipalityId: r.municipalityId, code: (municipalities[i] as Municipality).code, populations: populations[i] as PopulationFigure[] }));
    const split = splitTrainingCost(a.costOre, a.heldOn, parties, await agreedCostKey(ctx, a));
    return (
      split &&
      Object.assign(new TrainingCostSplitValue(), {
        basis: split.basis,
        key: split.key,
        agreementId: split.agreementId,
        shares: split.shares.map((share) => Object.assign(new TrainingCostShareValue(), share)),
      })
    );
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
