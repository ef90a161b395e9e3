import { LocalDateResolver, SafeIntResolver, DateTimeISOResolver } from "graphql-scalars";
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Query, registerEnumType, Resolver, Root } from "type-graphql";
import { Allow } from "../access/decorators";
import { Role } from "../access/roles";
import { canEditMunicipality } from "../access/viewer";
import { Agreement } from "../agreements/entities";
import { agreementById } from "../agreements/loaders";
import { Application, ApplicationCategory, ApplicationUsage } from "../applications/entities";
import { applicationById, applicationUsageById } from "../applications/loaders";
import { Collaboration, CollaborationLevel } from "../collaborations/entities";
import { collaborationById } from "../collaborations/loaders";
import { isLocalDate } from "../common/dates";
import { Connection, PageArgs, paginate } from "../graphql/connection";
import { runMutation } from "../core/mutation";
import { Payload, payload } from "../graphql/payload";
import type { Context } from "../core/context";
import { municipalityArgument } from "../municipalities/arguments";
import { Municipality } from "../municipalities/entities";
import { municipalityById } from "../municipalities/loaders";
import { GraphQLError } from "graphql";
import { NeedRegistration } from "./entities";
import { NeedChooseInput, NeedRegisterInput } from "./inputs";
import { levelByOrdinal } from "./loaders";
import * as needs from "./need-service";
import { type NeedAgreementFact, type NeedAnswer, type NeedCostShare, type NeedMatch, type NeedOption, NeedOptionKind, type NeedWindow } from "./needs";
import { TransitionWindow } from "./types";

registerEnumType(NeedOptionKind, {
  name: "NeedOptionKind",
  description: "An option for a need (behovsanmälan).",
  valuesConfig: {
    JOIN_COLLABORATION: { description: "Gå med i en befintlig samverkan: join a collaboration on a product in the area." },
    PROCURE_TOGETHER: { description: "Upphandla tillsammans: with the members whose agreements in the area are up for decision near the need, or whose system is being phased out." },
    GO_ALONE: { description: "Gå ensam: procure alone." },
  },
});

function windowOf(w: NeedWindow): TransitionWindow {
  return Object.assign(new TransitionWindow(), {
    decisionOn: w.decisionOn,
    procurementLeadTimeMonths: w.leadMonths,
    earliestStart: w.earliestStart,
    lengthDays: w.lengthDays,
    start: w.start,
    end: w.end,
    avoidedFreezes: w.avoided,
  });
}

@ObjectType({ description: "An agreement on a matching system and its deadlines (avtal och beslutsdatum), as they stood on the answer's date." })
export class NeedAgreementDeadline {
  fact: NeedAgreementFact;
  @Field(() => String, { description: "The agreement's name." }) name: string;
  @Field(() => LocalDateResolver, { description: "Decision deadline (beslutsdatum)." }) decisionDeadline: string;
  @Field(() => LocalDateResolver, { description: "Notice deadline (sista uppsägningsdag)." }) noticeDeadline: string;
  @Field(() => LocalDateResolver, { description: "End of the current term." }) currentTermEnd: string;
  @Field(() => Boolean, { description: "The decision deadline lies within 12 months of the need's date (before or after)." }) nearNeed: boolean;
}

@ObjectType({ description: "A municipality already running a system in the need's business area (finns det redan?)." })
export class NeedMatchType {
  match: NeedMatch;
  @Field(() => Boolean, { description: "A member of one of the need's municipality's collaboration bodies (samverkansorgan) on the answer's date." }) inSameBody: boolean;
  @Field(() => String, { description: "Lifecycle phase (PHASE_IN, ACTIVE, PHASE_OUT)." }) lifecyclePhase: string;
  @Field(() => Int, { nullable: true, description: "Functional fit, 1–4." }) functionalFit: number | null;
  @Field(() => Int, { nullable: true, description: "Technical fit, 1–4." }) technicalFit: number | null;
  @Field(() => Int, { nullable: true, description: "Number of users." }) userCount: number | null;
  @Field(() => SafeIntResolver, { nullable: true, description: "Annual cost in öre." }) annualCostOre: number | null;
  @Field(() => [NeedAgreementDeadline], { description: "Its agreements in force, earliest decision deadline first." }) agreements: NeedAgreementDeadline[];
}

@ObjectType({ description: "One participant's part of an option's estimated annual cost, split by population (the policy's default key)." })
export class NeedCostShareType {
  share: NeedCostShare;
  @Field(() => Int, { nullable: true, description: "The population figure used." }) population: number | null;
  @Field(() => SafeIntResolver, { description: "The part in öre; the parts add up exactly to the cost." }) amountOre: number;
}

@ObjectType({ description: "An option for a need (alternativ): join a collaboration, procure together, or go alone, with a transition window and a cost split." })
export class NeedOptionType {
  option: NeedOption;
  @Field(() => String, { description: "Its key: pass it to needChoose." }) key: string;
  @Field(() => NeedOptionKind, { description: "What kind of option." }) kind: NeedOptionKind;
  @Field(() => String, { description: "In Swedish." }) summary: string;
  @Field(() => TransitionWindow, {
    description:
      "The transition window (övergångsfönster) from the answer's date plus the lead time (3 months to join, the procurement lead time otherwise), clear of the participants' change freezes.",
  })
  window: TransitionWindow;
  @Field(() => Boolean, { description: "The window ends on or before the need's date." }) meetsNeededBy: boolean;
  @Field(() => SafeIntResolver, {
    nullable: true,
    description: "Estimated annual cost of everyone taking part, in öre: the participants' current costs in the area plus the budget frame; null when unknown.",
  })
  annualCostOre: number | null;
  @Field(() => [NeedCostShareType], { nullable: true, description: "That cost split by population; null when a figure is missing." }) costSplit: NeedCostShareType[] | null;
}

@ObjectType({ description: "The answer to a need (svar på behovsanmälan) on a date: who runs what in the area, and the options." })
export class NeedAnswerType {
  @Field(() => LocalDateResolver, { description: "The date the facts were read on." }) asOf: string;
  @Field(() => String, { description: "Who already runs what in the area, in Swedish." }) summary: string;
  @Field(() => [NeedMatchType], { description: "The municipalities running a system in the area: the body's members first, then by name." }) matches: NeedMatchType[];
  @Field(() => [NeedAgreementDeadline], { description: "The matches' agreements whose decision deadlines fall near the need, earliest first." }) deadlinesNearNeed: NeedAgreementDeadline[];
  @Field(() => [NeedOptionType], { description: "The options: joining collaborations, procuring together, going alone." }) options: NeedOptionType[];
}

@ObjectType({ description: "The option chosen for a need (valt alternativ), recorded like a decision." })
export class NeedChoice {
  row: NeedRegistration;
  @Field(() => String, { description: "The option's key." }) key: string;
  @Field(() => NeedOptionKind, { description: "What kind of option." }) kind: NeedOptionKind;
  @Field(() => String, { description: "The option as it stood, in Swedish." }) summary: string;
  @Field(() => String, { description: "Why (motivering)." }) reason: string;
  @Field(() => LocalDateResolver, { description: "The day of the choice." }) decidedOn: string;
  @Field(() => DateTimeISOResolver, { description: "When it was recorded." }) decidedAt: string;
  @Field(() => String, { description: "Who chose: the name of the token used." }) decidedBy: string;
  @Field(() => TransitionWindow, { description: "The option's window as it stood." }) window: TransitionWindow;
}

const agreementDeadline = (fact: NeedAgreementFact) => Object.assign(new NeedAgreementDeadline(), { fact, ...fact });

export function answerType(answer: NeedAnswer): NeedAnswerType {
  const matches = answer.matches.map((match) =>
    Object.assign(new NeedMatchType(), {
      match,
      inSameBody: match.inSameBody,
      lifecyclePhase: match.phase,
      functionalFit: match.functionalFit,
      technicalFit: match.technicalFit,
      userCount: match.userCount,
      annualCostOre: match.annualCostSek === null ? null : match.annualCostSek * 100,
      agreements: match.agreements.map(agreementDeadline),
    }),
  );
  const near = new Map(answer.matches.flatMap((m) => m.agreements.filter((a) => a.nearNeed).map((a) => [a.agreementId, a] as const)));
  return Object.assign(new NeedAnswerType(), {
    asOf: answer.asOf,
    summary: answer.summary,
    matches,
    deadlinesNearNeed: [...near.values()]
      .sort((a, b) => (a.decisionDeadline < b.decisionDeadline ? -1 : a.decisionDeadline > b.decisionDeadline ? 1 : a.agreementId - b.agreementId))
      .map(agreementDeadline),
    options: answer.options.map((option) =>
      Object.assign(new NeedOptionType(), {
        option,
        key: option.key,
        kind: option.kind,
        summary: option.summary,
        window: windowOf(option.window),
        meetsNeededBy: option.meetsNeededBy,
        annualCostOre: option.annualCostOre,
        costSplit: option.costSplit?.map((share) => Object.assign(new NeedCostShareType(), { share, population: share.population, amountOre: share.amountOre })) ?? null,
      }),
    ),
  });
}

const NeedRegistrationConnection = Connection(NeedRegistration, "NeedRegistration");
const NeedRegistrationPayload = Payload("NeedRegistrationPayload", "needRegistration", NeedRegistration, "Result of registering a need, or of recording its choice.");

@ArgsType()
class NeedRegistrationsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: "Only this municipality's needs (its ID or four-digit code)." }) municipality?: string | null;
  @Field(() => ApplicationCategory, { nullable: true, description: "Only needs in this business area." }) category?: ApplicationCategory | null;
}

@Resolver(() => NeedRegistration)
export class NeedRegistrationResolver {
  @Allow(Role.READER)
  @Query(() => NeedRegistrationConnection, { nullable: true, description: "Need registrations (behovsanmälningar), in the order registered." })
  async needRegistrations(@Args() args: NeedRegistrationsArgs, @Ctx() ctx: Context) {
    const qb = ctx.db.getRepository(NeedRegistration).createQueryBuilder("n");
    if (args.municipality) qb.andWhere("n.municipality_id = :m", { m: await municipalityArgument(ctx, args.municipality, "municipality") });
    if (args.category) qb.andWhere("n.category = :category", { category: args.category });
    return paginate(qb, args, "registeredAt", NeedRegistrationConnection);
  }

  @FieldResolver(() => Municipality, { description: "The municipality with the need." })
  municipality(@Root() n: NeedRegistration, @Ctx() ctx: Context) {
    return ctx.loaders.get(municipalityById).load(n.municipalityId);
  }

  @FieldResolver(() => NeedAnswerType, {
    description:
      "Finns det redan? Who runs something in the area (the body's members and others), at which level, fit, users and cost, under which agreements, whose decision deadlines fall near the need, and the options; read on `asOf`, default the day it was registered.",
  })
  async answer(
    @Root() n: NeedRegistration,
    @Ctx() ctx: Context,
    @Arg("asOf", () => LocalDateResolver, { nullable: true, description: "The date to read the facts on; default registeredOn." }) asOf?: string | null,
  ) {
    const on = asOf ?? n.registeredOn;
    if (!isLocalDate(on)) throw new GraphQLError("`asOf` ska vara ett datum (ÅÅÅÅ-MM-DD).", { extensions: { code: "BAD_USER_INPUT", argumentName: "asOf" } });
    return answerType(await needs.needAnswer(ctx.evaluations, n, on));
  }

  @FieldResolver(() => NeedChoice, { nullable: true, description: "The option chosen (valt alternativ); null until one is." })
  choice(@Root() n: NeedRegistration): NeedChoice | null {
    if (n.choiceKey === null) return null;
    const option = JSON.parse(n.choiceOption!) as NeedOption;
    return Object.assign(new NeedChoice(), {
      row: n,
      key: n.choiceKey,
      kind: n.choiceKind as NeedOptionKind,
      summary: option.summary,
      reason: n.choiceReason!,
      decidedOn: n.chosenOn!,
      decidedAt: n.chosenAt!,
      decidedBy: n.chosenBy!,
      window: windowOf(option.window),
    });
  }

  @FieldResolver(() => Boolean, { description: "Whether the caller may record its choice: admins, and editors of its municipality." })
  viewerCanChoose(@Root() n: NeedRegistration, @Ctx() ctx: Context) {
    return canEditMunicipality(ctx.viewer, n.municipalityId);
  }

  @Allow(Role.EDITOR)
  @Mutation(() => NeedRegistrationPayload, {
    nullable: true,
    description:
      "Registers a need (behovsanmälan) and answers it at once (the payload's needRegistration.answer): who already runs something in the area and the options. Editors: for their own municipality. Publishes NEED_REGISTERED.",
  })
  async needRegister(@Arg("input", () => NeedRegisterInput, { description: "The mutation's input: see NeedRegisterInput." }) input: NeedRegisterInput, @Ctx() ctx: Context) {
    return payload("needRegistration", await runMutation(ctx, "needRegister", (s) => needs.registerNeed(s, input)));
  }

  @Allow(Role.EDITOR)
  @Mutation(() => NeedRegistrationPayload, {
    nullable: true,
    description:
      "Records the option chosen for a need, among its options today, with a reason, like a decision; once per need. Tells the other members of the municipality's collaboration bodies (NEED_CHOICE_RECORDED webhook event, and their e-mail digest). Editors: their own municipality's needs.",
  })
  async needChoose(@Arg("input", () => NeedChooseInput, { description: "The mutation's input: see NeedChooseInput." }) input: NeedChooseInput, @Ctx() ctx: Context) {
    const need = await needs.needOf(ctx.db, input.needId);
    const [answer, members] = need ? await Promise.all([needs.needAnswer(ctx.evaluations, need, ctx.today), needs.bodyMembersOf(ctx.db, need.municipalityId, ctx.today)]) : [null, new Set<number>()];
    return payload("needRegistration", await runMutation(ctx, "needChoose", (s) => needs.chooseNeedOption(s, input, answer, members)));
  }
}

@Resolver(() => NeedMatchType)
export class NeedMatchResolver {
  @FieldResolver(() => Municipality, { description: "The municipality." })
  municipality(@Root() m: NeedMatchType, @Ctx() ctx: Context) {
    return ctx.loaders.get(municipalityById).load(m.match.municipalityId);
  }

  @FieldResolver(() => Application, { description: "The product it runs." })
  application(@Root() m: NeedMatchType, @Ctx() ctx: Context) {
    return ctx.loaders.get(applicationById).load(m.match.applicationId);
  }

  @FieldResolver(() => ApplicationUsage, { nullable: true, description: "The usage itself." })
  usage(@Root() m: NeedMatchType, @Ctx() ctx: Context) {
    return ctx.loaders.get(applicationUsageById).load(m.match.usageId);
  }

  @FieldResolver(() => Collaboration, { nullable: true, description: "The collaboration on the product it takes part in, if any." })
  collaboration(@Root() m: NeedMatchType, @Ctx() ctx: Context) {
    return m.match.collaborationId === null ? null : ctx.loaders.get(collaborationById).load(m.match.collaborationId);
  }

  @FieldResolver(() => CollaborationLevel, { nullable: true, description: "That collaboration's level (samverkansnivå) on the answer's date; null outside one." })
  level(@Root() m: NeedMatchType, @Ctx() ctx: Context) {
    return m.match.levelOrdinal === null ? null : ctx.loaders.get(levelByOrdinal).load(m.match.levelOrdinal);
  }
}

@Resolver(() => NeedAgreementDeadline)
export class NeedAgreementDeadlineResolver {
  @FieldResolver(() => Agreement, { nullable: true, description: "The agreement." })
  agreement(@Root() a: NeedAgreementDeadline, @Ctx() ctx: Context) {
    return ctx.loaders.get(agreementById).load(a.fact.agreementId);
  }
}

@Resolver(() => NeedOptionType)
export class NeedOptionResolver {
  @FieldResolver(() => Collaboration, { nullable: true, description: "JOIN_COLLABORATION: the collaboration." })
  collaboration(@Root() o: NeedOptionType, @Ctx() ctx: Context) {
    return o.option.collaborationId === null ? null : ctx.loaders.get(collaborationById).load(o.option.collaborationId);
  }

  @FieldResolver(() => Application, { nullable: true, description: "JOIN_COLLABORATION: its product." })
  application(@Root() o: NeedOptionType, @Ctx() ctx: Context) {
    return o.option.applicationId === null ? null : ctx.loaders.get(applicationById).load(o.option.applicationId);
  }

  @FieldResolver(() => [Municipality], { description: "The other municipalities it is done with, by name." })
  partners(@Root() o: NeedOptionType, @Ctx() ctx: Context) {
    return ctx.loaders.get(municipalityById).loadMany(o.option.partnerIds);
  }
}

@Resolver(() => NeedChoice)
export class NeedChoiceResolver {
  @FieldResolver(() => Collaboration, { nullable: true, description: "JOIN_COLLABORATION: the collaboration joined." })
  collaboration(@Root() c: NeedChoice, @Ctx() ctx: Context) {
    return c.row.choiceCollaborationId === null ? null : ctx.loaders.get(collaborationById).load(c.row.choiceCollaborationId);
  }

  @FieldResolver(() => [Municipality], { description: "The other municipalities it is done with." })
  partners(@Root() c: NeedChoice, @Ctx() ctx: Context) {
    return ctx.loaders.get(municipalityById).loadMany(JSON.parse(c.row.choicePartnerIds ?? "[]") as number[]);
  }
}

@Resolver(() => NeedCostShareType)
export class NeedCostShareResolver {
  @FieldResolver(() => Municipality, { description: "The municipality." })
  municipality(@Root() s: NeedCostShareType, @Ctx() ctx: Context) {
    return ctx.loaders.get(municipalityById).load(s.share.municipalityId);
  }
}

export const needResolvers = [NeedRegistrationResolver, NeedMatchResolver, NeedAgreementDeadlineResolver, NeedOptionResolver, NeedChoiceResolver, NeedCostShareResolver] as const;
