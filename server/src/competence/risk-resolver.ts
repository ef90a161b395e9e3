import { GraphQLError } from "graphql";
import { LocalDateResolver } from "graphql-scalars";
import { Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import { Allow } from "../access/decorators";
import { Role } from "../access/roles";
import { Application, ApplicationUsage } from "../applications/entities";
import { applicationById, applicationUsageById } from "../applications/loaders";
import { Collaboration } from "../collaborations/entities";
import { collaborationById } from "../collaborations/loaders";
import type { LocalDate } from "../common/dates";
import type { Context } from "../core/context";
import { decodeCursor, encodeCursor, type CursorArgument } from "../core/cursor";
import { Connection, connectionOf, PageArgs, pageOfList, pageWindow, type ConnectionShape } from "../graphql/connection";
import { idArgument } from "../graphql/id-argument";
import { municipalityArgument } from "../municipalities/arguments";
import { Municipality } from "../municipalities/entities";
import { municipalityById } from "../municipalities/loaders";
import { CompetenceNetwork, TrainingPlan } from "./entities";
import { networkById, trainingPlanById } from "./loaders";
import { leaveViewOf } from "./privacy";
import { compareAssessments, RiskLevel, RiskSubjectKind, subjectId, type RiskAssessment } from "./risk";
import { competenceRisk, DEFAULT_HORIZON_MONTHS } from "./risk-data";
import { CompetenceRisk } from "./types";

const CompetenceRiskConnection = Connection(CompetenceRisk, "CompetenceRisk");

const MAX_HORIZON_MONTHS = 120;

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

/** Cursor of the risk list: its total order (score, label, kind, id), so pages hold under changes. */
function riskCursor(a: RiskAssessment): string {
  return encodeCursor([a.score, a.label, a.kind, subjectId(a)]);
}

/** Where an assessment lies relative to a cursor: > 0 after it, 0 on it, < 0 before it. */
function comparedToCursor(text: string, argumentName: CursorArgument): (a: RiskAssessment) => number {
  const at = decodeCursor(text, argumentName, 4, ([score, label, kind, id]) =>
    Number.isInteger(score) && typeof label === "string" && Object.values(RiskSubjectKind).includes(kind as RiskSubjectKind) && Number.isSafeInteger(id)
      ? ({ score, label, kind, applicationUsageId: id, collaborationId: id } as RiskAssessment)
      : null,
  );
  return (a) => compareAssessments(a, at);
}

const LEVEL_ORDER = [RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH];

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
    return connectionOf(pageOfList(matching, args, comparedToCursor), riskCursor, CompetenceRiskConnection, async () => matching.length, CompetenceRisk.of);
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
