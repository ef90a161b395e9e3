import { municipalityArgument } from "../municipalities/arguments";
import { GraphQLError } from "graphql";
import { LocalDateResolver } from "graphql-scalars";
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, registerEnumType, Resolver, Root } from "type-graphql";
import { Allow } from "../access/decorators";
import { Role } from "../access/roles";
import { canEditShared } from "../access/viewer";
import { Application, ApplicationCategory } from "../applications/entities";
import { applicationById } from "../applications/loaders";
import { Agreement } from "../agreements/entities";
import { agreementById } from "../agreements/loaders";
import { Collaboration, CollaborationLevel } from "../collaborations/entities";
import { collaborationById } from "../collaborations/loaders";
import { yearOf } from "../common/dates";
import { Connection, connectionOf, OrderDirection, OrderInput, PageArgs, pageOfList, paginate, pageWindow, type ConnectionShape } from "../graphql/connection";
import { decodeCursor, encodeCursor, type CursorArgument } from "../core/cursor";
import { runMutation } from "../core/mutation";
import { Node } from "../core/node";
import { loadNode } from "../graphql/node-registry";
import { Payload, payload } from "../graphql/payload";
import type { Context } from "../core/context";
import { Municipality } from "../municipalities/entities";
import { municipalityById } from "../municipalities/loaders";
import { CandidateKind, compareCandidates, type Candidate } from "./candidates";
import { DecisionStatus } from "./decisions";
import { Trigger } from "./triggers";
import { ChangeFreeze, FreezeException, FreezeExceptionStatus, freezeRuleOf, RecommendationDecision, TriggerSettings } from "./entities";
import { freezeIntervals } from "./freezes";
import {
  ChangeFreezeCreateInput,
  ChangeFreezeDeleteInput,
  ChangeFreezeUpdateInput,
  FreezeExceptionDecideInput,
  FreezeExceptionRequestInput,
  RecommendationDecideInput,
  TriggerSettingsUpdateInput,
} from "./inputs";
import { exceptionsByFreeze, freezesByMunicipality, levelByOrdinal } from "./loaders";
import { loadTriggerSettings } from "./load-facts";
import * as service from "./service";
import { needResolvers } from "./need-resolver";
import { followUpResolvers } from "./follow-up-resolver";
import { CandidateCostShare, CollaborationCandidate, FreezePeriod, RecommendationEvidence } from "./types";

const CollaborationCandidateConnection = Connection(CollaborationCandidate, "CollaborationCandidate");
const ChangeFreezeConnection = Connection(ChangeFreeze, "ChangeFreeze");
const RecommendationDecisionConnection = Connection(RecommendationDecision, "RecommendationDecision");
const RecommendationDecisionPayload = Payload("RecommendationDecisionPayload", "decision", RecommendationDecision, "Result of deciding on a collaboration candidate.");
// The candidate decided, as it stands after the decision: a client cache updates the candidate it holds.
Field(() => CollaborationCandidate, {
  nullable: true,
  description: "The candidate as it stands today after the decision (its hidden flag, decision and history updated); null when the decision was refused.",
})(RecommendationDecisionPayload.prototype, "candidate");
const TriggerSettingsPayload = Payload("TriggerSettingsPayload", "triggerSettings", TriggerSettings, "Result of changing the trigger settings.");
const FreezeExceptionConnection = Connection(FreezeException, "FreezeException");
const FreezeExceptionPayload = Payload("FreezeExceptionPayload", "freezeException", FreezeException, "Result of requesting or deciding an exception from a change freeze.");
const ChangeFreezePayload = Payload("ChangeFreezePayload", "changeFreeze", ChangeFreeze, "Result of a mutation on a change freeze (for a deletion: the freeze as it was).");

function badInput(message: string, argumentName: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", argumentName } });
}

export enum CollaborationCandidateOrderField {
  SCORE = "SCORE",
  DEADLINE = "DEADLINE",
}

registerEnumType(CollaborationCandidateOrderField, {
  name: "CollaborationCandidateOrderField",
  description: "What collaboration candidates can be sorted by; ties follow the default order (score, highest first, then driving deadline).",
  valuesConfig: {
    SCORE: { description: "The score." },
    DEADLINE: { description: "The driving deadline; candidates without one last (ascending)." },
  },
});

const CollaborationCandidateOrder = OrderInput<CollaborationCandidateOrderField>(
  CollaborationCandidateOrderField,
  "CollaborationCandidateOrder",
  CollaborationCandidateOrderField.SCORE,
  "collaboration candidates",
  OrderDirection.DESC,
);

type CandidateOrderKey = Pick<Candidate, "score" | "drivingDeadline" | "key">;

/** The candidates' total order for `orderBy` (default: score, highest first): its value, then the default order. */
function candidateOrder(order: { field: CollaborationCandidateOrderField; direction: OrderDirection } | null | undefined): (a: CandidateOrderKey, b: CandidateOrderKey) => number {
  const sign = (order?.direction ?? OrderDirection.DESC) === OrderDirection.ASC ? 1 : -1;
  const deadline = (c: CandidateOrderKey) => c.drivingDeadline ?? "9999-12-31";
  const primary =
    order?.field === CollaborationCandidateOrderField.DEADLINE
      ? (a: CandidateOrderKey, b: CandidateOrderKey) => (deadline(a) < deadline(b) ? -1 : deadline(a) > deadline(b) ? 1 : 0)
      : (a: CandidateOrderKey, b: CandidateOrderKey) => a.score - b.score;
  return (a, b) => sign * primary(a, b) || compareCandidates(a, b);
}

@ArgsType()
class CollaborationCandidatesArgs extends PageArgs {
  @Field(() => LocalDateResolver, { nullable: true, description: "The date the triggers read the facts on; default today." }) asOf?: string | null;
  @Field(() => ID, { nullable: true, description: "Only candidates this municipality takes part in (its ID or four-digit code)." }) municipality?: string | null;
  @Field(() => CollaborationCandidateOrder, { nullable: true, description: "The order; default by score, highest first." }) orderBy?: InstanceType<typeof CollaborationCandidateOrder> | null;
  @Field(() => ApplicationCategory, { nullable: true, description: "Only candidates of this business area." }) category?: ApplicationCategory | null;
  @Field(() => CandidateKind, { nullable: true, description: "Only candidates of this kind." }) kind?: CandidateKind | null;
  @Field(() => Int, { nullable: true, description: "Only candidates with at least this score." }) minScore?: number | null;
  @Field(() => Trigger, { nullable: true, description: "Only candidates this trigger (utlösare) contributes to." }) trigger?: Trigger | null;
  @Field(() => Boolean, { defaultValue: false, description: "Include candidates hidden by a decision (rejected, or deferred to a later date, with unchanged evidence)." })
  includeHidden: boolean;
}

@ArgsType()
class ChangeFreezesArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: "Only this municipality's freezes (its ID or four-digit code)." }) municipality?: string | null;
  @Field(() => ApplicationCategory, { nullable: true, description: "Only freezes that apply to this business area (its own and those for every system)." }) category?: ApplicationCategory | null;
}

@ArgsType()
class FreezeExceptionsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: "Only this municipality's (its ID or four-digit code)." }) municipality?: string | null;
  @Field(() => FreezeExceptionStatus, { nullable: true, description: "Only those in this state." }) status?: FreezeExceptionStatus | null;
}

@ArgsType()
class RecommendationDecisionsArgs extends PageArgs {
  @Field(() => LocalDateResolver, { nullable: true, description: "Only decisions on or after this day." }) from?: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: "Only decisions on or before this day." }) to?: string | null;
  @Field(() => DecisionStatus, { nullable: true, description: "Only decisions of this kind." }) status?: DecisionStatus | null;
}

/** Cursor of the candidate list: its total order (score, driving deadline, key). */
function candidateCursor(c: Candidate): string {
  return encodeCursor([c.score, c.drivingDeadline, c.key]);
}

/** Where a candidate lies relative to a cursor in `order`: > 0 after it, 0 on it, < 0 before it. */
const comparedToCursor =
  (order: (a: CandidateOrderKey, b: CandidateOrderKey) => number) =>
  (text: string, argumentName: CursorArgument): ((c: Candidate) => number) => {
    const at = decodeCursor(text, argumentName, 3, ([score, drivingDeadline, key]): CandidateOrderKey | null =>
      Number.isInteger(score) && (drivingDeadline === null || typeof drivingDeadline === "string") && typeof key === "string" ? { score: score as number, drivingDeadline, key } : null,
    );
    return (c) => order(c, at);
  };

@Resolver(() => CollaborationCandidate)
export class CollaborationCandidateResolver {
  @Allow(Role.READER)
  @Query(() => CollaborationCandidateConnection, {
    nullable: true,
    description:
      "Collaboration candidates (samverkansförslag) on `asOf`: the four triggers evaluated over the whole dataset, highest score first (or `orderBy`), each explained in Swedish with its evidence. Runs a fixed number of SQL statements whatever the size of the data.",
  })
  async collaborationCandidates(@Args() args: CollaborationCandidatesArgs, @Ctx() ctx: Context): Promise<ConnectionShape<CollaborationCandidate>> {
    pageWindow(args);
    const municipality = args.municipality ? await municipalityArgument(ctx, args.municipality, "municipality") : null;
    const evaluation = await ctx.evaluations.ask(service.candidates, args.asOf ?? ctx.today, undefined);
    const matching = evaluation.candidates.filter(
      (c) =>
        (args.includeHidden || !c.hidden) &&
        (municipality === null || c.participantIds.includes(municipality)) &&
        (!args.category || c.category === args.category) &&
        (!args.kind || c.kind === args.kind) &&
        (!args.trigger || c.contributions.some((contribution) => contribution.trigger === args.trigger)) &&
        (args.minScore === null || args.minScore === undefined || c.score >= args.minScore),
    );
    const order = candidateOrder(args.orderBy);
    if (args.orderBy) matching.sort(order);
    return connectionOf(
      pageOfList(matching, args, comparedToCursor(order)),
      candidateCursor,
      CollaborationCandidateConnection,
      async () => matching.length,
      (c) => CollaborationCandidate.of(c, evaluation.decisions),
    );
  }

  @Allow(Role.READER)
  @Query(() => CollaborationCandidate, {
    nullable: true,
    description:
      "One collaboration candidate (samverkansförslag) by its ID on `asOf` (default today), hidden or not; null when the evaluation on that date has no candidate with this ID (its subject or participants changed).",
  })
  async collaborationCandidate(
    @Arg("id", () => ID, { description: "The candidate (CollaborationCandidate.id)." }) id: string,
    @Arg("asOf", () => LocalDateResolver, { nullable: true, description: "The date the triggers read the facts on; default today." }) asOf: string | null | undefined,
    @Ctx() ctx: Context,
  ): Promise<CollaborationCandidate | null> {
    const parts = service.candidateIdParts(id);
    if (parts === null) return null;
    const evaluation = await ctx.evaluations.ask(service.candidates, asOf ?? parts.asOf ?? ctx.today, undefined);
    const candidate = evaluation.candidates.find((c) => c.key === parts.key);
    return candidate ? CollaborationCandidate.of(candidate, evaluation.decisions) : null;
  }

  @FieldResolver(() => [Municipality], { description: "The participating municipalities, by name." })
  participants(@Root() c: CollaborationCandidate, @Ctx() ctx: Context) {
    return ctx.loaders.get(municipalityById).loadMany(c.candidate.participantIds);
  }

  @FieldResolver(() => [Municipality], { description: "COLLABORATION: participants that run its product outside it and would join." })
  joiningMunicipalities(@Root() c: CollaborationCandidate, @Ctx() ctx: Context) {
    return ctx.loaders.get(municipalityById).loadMany(c.candidate.joiningIds);
  }

  @FieldResolver(() => [Application], { description: "The products the participants run in the group, by name." })
  applications(@Root() c: CollaborationCandidate, @Ctx() ctx: Context) {
    return ctx.loaders.get(applicationById).loadMany(c.candidate.applicationIds);
  }

  @FieldResolver(() => Application, { description: "The product proposed: the group's one product, or in a CATEGORY the one with the best fit and most users." })
  proposedApplication(@Root() c: CollaborationCandidate, @Ctx() ctx: Context) {
    return ctx.loaders.get(applicationById).load(c.candidate.proposedApplicationId);
  }

  @FieldResolver(() => Collaboration, { nullable: true, description: "The existing collaboration it builds on, if any." })
  collaboration(@Root() c: CollaborationCandidate, @Ctx() ctx: Context) {
    return c.candidate.collaborationId === null ? null : ctx.loaders.get(collaborationById).load(c.candidate.collaborationId);
  }

  @FieldResolver(() => CollaborationLevel, { nullable: true, description: "The level of that collaboration on asOf; null when there is none." })
  currentLevel(@Root() c: CollaborationCandidate, @Ctx() ctx: Context) {
    return c.candidate.currentLevel === null ? null : ctx.loaders.get(levelByOrdinal).load(c.candidate.currentLevel);
  }

  @FieldResolver(() => CollaborationLevel, { description: "The proposed level (see targetLevelReason)." })
  targetLevel(@Root() c: CollaborationCandidate, @Ctx() ctx: Context) {
    return ctx.loaders.get(levelByOrdinal).load(c.candidate.targetLevel);
  }

  @FieldResolver(() => Agreement, { nullable: true, description: "The agreement whose decision deadline drives it." })
  drivingAgreement(@Root() c: CollaborationCandidate, @Ctx() ctx: Context) {
    return c.candidate.drivingAgreementId === null ? null : ctx.loaders.get(agreementById).load(c.candidate.drivingAgreementId);
  }

  @FieldResolver(() => RecommendationDecision, { nullable: true, description: "Its latest decision on or before asOf (same subject, overlapping participants)." })
  decision(@Root() c: CollaborationCandidate) {
    return c.candidate.decision ? (c.decisionRows.get(c.candidate.decision.id) ?? null) : null;
  }

  @FieldResolver(() => [RecommendationDecision], { description: "Every decision on it up to asOf, oldest first." })
  decisionHistory(@Root() c: CollaborationCandidate) {
    return c.candidate.decisionHistory.map((d) => c.decisionRows.get(d.id)!);
  }

  @FieldResolver(() => Boolean, { description: "Whether the caller may decide on it: admins always, editors when their municipality takes part." })
  viewerCanDecide(@Root() c: CollaborationCandidate, @Ctx() ctx: Context) {
    return canEditShared(ctx.viewer, c.candidate.participantIds);
  }

  @Allow(Role.EDITOR)
  @Mutation(() => RecommendationDecisionPayload, {
    nullable: true,
    description:
      "Records ACCEPTED, REJECTED or DEFERRED (until a date) with a reason on a candidate as it stands today. A rejected candidate stays hidden until its evidence changes; decisions are kept as dated history. Editors: only candidates their municipality takes part in.",
  })
  async recommendationDecide(
    @Arg("input", () => RecommendationDecideInput, { description: "The mutation's input: see RecommendationDecideInput." }) input: RecommendationDecideInput,
    @Ctx() ctx: Context,
  ) {
    const evaluation = await ctx.evaluations.ask(service.candidates, ctx.today, undefined);
    const outcome = payload("decision", await runMutation(ctx, "recommendationDecide", (s) => service.decide(s, input, evaluation)));
    if (!outcome.decision) return { ...outcome, candidate: null };
    // Evaluated anew with the decision (runMutation gave the request evaluations of its own).
    const after = await service.candidateById((date) => ctx.evaluations.ask(service.candidates, date, undefined), service.candidateGlobalId(outcome.decision.candidateKey, ctx.today), ctx.today);
    return { ...outcome, candidate: after ? CollaborationCandidate.of(after.candidate, after.evaluation.decisions) : null };
  }

  @Allow(Role.READER)
  @Query(() => RecommendationDecisionConnection, { nullable: true, description: "Decisions on collaboration candidates, oldest first: the dated history the annual report lists." })
  recommendationDecisions(@Args() args: RecommendationDecisionsArgs, @Ctx() ctx: Context) {
    const qb = ctx.db.getRepository(RecommendationDecision).createQueryBuilder("d");
    if (args.from) qb.andWhere("d.decided_on >= :from", { from: args.from });
    if (args.to) qb.andWhere("d.decided_on <= :to", { to: args.to });
    if (args.status) qb.andWhere("d.status = :status", { status: args.status });
    return paginate(qb, args, "decidedOn", RecommendationDecisionConnection);
  }

  @Allow(Role.READER)
  @Query(() => TriggerSettings, { nullable: true, description: "The triggers' thresholds, weights and horizons, and the transition window's length." })
  triggerSettings(@Ctx() ctx: Context) {
    return loadTriggerSettings(ctx.db);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => TriggerSettingsPayload, { nullable: true, description: "Changes trigger settings (admins only; audited). Values outside their ranges are refused." })
  async triggerSettingsUpdate(
    @Arg("input", () => TriggerSettingsUpdateInput, { description: "The mutation's input: see TriggerSettingsUpdateInput." }) input: TriggerSettingsUpdateInput,
    @Ctx() ctx: Context,
  ) {
    return payload("triggerSettings", await runMutation(ctx, "triggerSettingsUpdate", (s) => service.updateTriggerSettings(s, input)));
  }
}

@Resolver(() => RecommendationEvidence)
export class RecommendationEvidenceResolver {
  @FieldResolver(() => Node, { nullable: true, description: "The object itself." })
  object(@Root() e: RecommendationEvidence, @Ctx() ctx: Context) {
    return loadNode(ctx.loaders, e.objectId);
  }
}

@Resolver(() => CandidateCostShare)
export class CandidateCostShareResolver {
  @FieldResolver(() => Municipality, { description: "The municipality." })
  municipality(@Root() s: CandidateCostShare, @Ctx() ctx: Context) {
    return ctx.loaders.get(municipalityById).load(s.share.municipalityId);
  }
}

@Resolver(() => RecommendationDecision)
export class RecommendationDecisionResolver {
  @FieldResolver(() => Municipality, { nullable: true, description: "The municipality the deciding token speaks for; null for an admin without one." })
  municipality(@Root() d: RecommendationDecision, @Ctx() ctx: Context) {
    return d.municipalityId === null ? null : ctx.loaders.get(municipalityById).load(d.municipalityId);
  }

  @FieldResolver(() => [Municipality], { description: "The participants of the candidate when it was decided." })
  participants(@Root() d: RecommendationDecision, @Ctx() ctx: Context) {
    return ctx.loaders.get(municipalityById).loadMany(JSON.parse(d.participantIds) as number[]);
  }
}

@Resolver(() => ChangeFreeze)
export class ChangeFreezeResolver {
  @Allow(Role.READER)
  @Query(() => ChangeFreezeConnection, { nullable: true, description: "Change freezes (förändringsstopp), by name." })
  async changeFreezes(@Args() args: ChangeFreezesArgs, @Ctx() ctx: Context) {
    const qb = ctx.db.getRepository(ChangeFreeze).createQueryBuilder("f");
    if (args.municipality) qb.andWhere("f.municipality_id = :m", { m: await municipalityArgument(ctx, args.municipality, "municipality") });
    if (args.category) qb.andWhere("(f.category IS NULL OR f.category = :category)", { category: args.category });
    return paginate(qb, args, "name", ChangeFreezeConnection);
  }

  @FieldResolver(() => Municipality, { description: "The municipality." })
  municipality(@Root() f: ChangeFreeze, @Ctx() ctx: Context) {
    return ctx.loaders.get(municipalityById).load(f.municipalityId);
  }

  @FieldResolver(() => [FreezePeriod], { description: "The periods it covers that begin in `year` (a period spanning New Year begins in December)." })
  periods(@Root() f: ChangeFreeze, @Ctx() ctx: Context, @Arg("year", () => Int, { nullable: true, description: "Default this year." }) year?: number | null) {
    const y = year ?? yearOf(ctx.today);
    if (!Number.isInteger(y) || y < 1900 || y > 2200) throw badInput("`year` ska vara från 1900 till 2200.", "year");
    return freezeIntervals(freezeRuleOf(f), y, y).map((p) => Object.assign(new FreezePeriod(), p));
  }

  @FieldResolver(() => [FreezeException], { description: "Requests for changes inside it (undantag), by first day." })
  exceptions(@Root() f: ChangeFreeze, @Ctx() ctx: Context) {
    return ctx.loaders.get(exceptionsByFreeze).load(f.id);
  }

  @Allow(Role.READER)
  @Query(() => FreezeExceptionConnection, { nullable: true, description: "Exceptions from change freezes (undantag från förändringsstopp), oldest request first." })
  async freezeExceptions(@Args() args: FreezeExceptionsArgs, @Ctx() ctx: Context) {
    const qb = ctx.db.getRepository(FreezeException).createQueryBuilder("x");
    if (args.municipality) qb.andWhere("x.municipality_id = :m", { m: await municipalityArgument(ctx, args.municipality, "municipality") });
    if (args.status) qb.andWhere("x.status = :status", { status: args.status });
    return paginate(qb, args, "requestedOn", FreezeExceptionConnection);
  }

  @Allow(Role.EDITOR)
  @Mutation(() => FreezeExceptionPayload, {
    nullable: true,
    description:
      "Requests a change inside a change freeze: STANDARD (documented low-risk), EMERGENCY, or RISK_ASSESSED with its risk assessment and rollback plan. Windows keep avoiding the freeze until an admin approves. Editors: their own municipality's freezes.",
  })
  async freezeExceptionRequest(
    @Arg("input", () => FreezeExceptionRequestInput, { description: "The mutation's input: see FreezeExceptionRequestInput." }) input: FreezeExceptionRequestInput,
    @Ctx() ctx: Context,
  ) {
    return payload("freezeException", await runMutation(ctx, "freezeExceptionRequest", (s) => service.requestFreezeException(s, input)));
  }

  @Allow(Role.ADMIN)
  @Mutation(() => FreezeExceptionPayload, {
    nullable: true,
    description: "Approves or refuses a requested exception, with a reason (admins: IT-chefsgruppen; audited). From the day of approval, transition windows may use its period.",
  })
  async freezeExceptionDecide(
    @Arg("input", () => FreezeExceptionDecideInput, { description: "The mutation's input: see FreezeExceptionDecideInput." }) input: FreezeExceptionDecideInput,
    @Ctx() ctx: Context,
  ) {
    return payload("freezeException", await runMutation(ctx, "freezeExceptionDecide", (s) => service.decideFreezeException(s, input)));
  }

  @Allow(Role.EDITOR)
  @Mutation(() => ChangeFreezePayload, { nullable: true, description: "Records a change freeze. Editors: for their own municipality." })
  async changeFreezeCreate(@Arg("input", () => ChangeFreezeCreateInput, { description: "The mutation's input: see ChangeFreezeCreateInput." }) input: ChangeFreezeCreateInput, @Ctx() ctx: Context) {
    return payload("changeFreeze", await runMutation(ctx, "changeFreezeCreate", (s) => service.createFreeze(s, input)));
  }

  @Allow(Role.EDITOR)
  @Mutation(() => ChangeFreezePayload, { nullable: true, description: "Changes a change freeze. Editors: their own municipality's." })
  async changeFreezeUpdate(@Arg("input", () => ChangeFreezeUpdateInput, { description: "The mutation's input: see ChangeFreezeUpdateInput." }) input: ChangeFreezeUpdateInput, @Ctx() ctx: Context) {
    return payload("changeFreeze", await runMutation(ctx, "changeFreezeUpdate", (s) => service.updateFreeze(s, input)));
  }

  @Allow(Role.EDITOR)
  @Mutation(() => ChangeFreezePayload, { nullable: true, description: "Deletes a change freeze. Editors: their own municipality's." })
  async changeFreezeDelete(@Arg("input", () => ChangeFreezeDeleteInput, { description: "The mutation's input: see ChangeFreezeDeleteInput." }) input: ChangeFreezeDeleteInput, @Ctx() ctx: Context) {
    return payload("changeFreeze", await runMutation(ctx, "changeFreezeDelete", (s) => service.deleteFreeze(s, input)));
  }
}

@Resolver(() => Municipality)
export class MunicipalityFreezesResolver {
  @FieldResolver(() => [ChangeFreeze], { description: "The municipality's change freezes (förändringsstopp), by name." })
  changeFreezes(@Root() m: Municipality, @Ctx() ctx: Context) {
    return ctx.loaders.get(freezesByMunicipality).load(m.id);
  }
}

export const recommendationResolvers = [
  CollaborationCandidateResolver,
  RecommendationEvidenceResolver,
  CandidateCostShareResolver,
  RecommendationDecisionResolver,
  ChangeFreezeResolver,
  MunicipalityFreezesResolver,
  ...needResolvers,
  ...followUpResolvers,
] as const;
