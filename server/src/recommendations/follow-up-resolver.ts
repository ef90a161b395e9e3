import { LocalDateResolver } from "graphql-scalars";
import { Arg, Ctx, Field, FieldResolver, Int, Mutation, ObjectType, Resolver, Root } from "type-graphql";
import { Allow } from "../access/decorators";
import { Role } from "../access/roles";
import { runMutation } from "../core/mutation";
import { Payload, payload } from "../graphql/payload";
import type { Context } from "../core/context";
import { DecisionEffect, RecommendationDecision } from "./entities";
import { decisionSubjectName, type EffectMeasures, type FollowUpPoint } from "./follow-up";
import * as followUps from "./follow-up-service";
import { DecisionEffectsRecordInput } from "./inputs";
import { effectsByDecision } from "./loaders";
import { applicationById } from "../applications/loaders";

@ObjectType({ description: "The four measures of a decision's subject and participants on a date, from the dated facts (realiserade värden)." })
export class EffectMeasuresType {
  @Field(() => Int, { nullable: true, description: "Annual cost per inhabitant for the subject's systems, in öre; null when unknown." }) costPerInhabitantOre: number | null;
  @Field(() => Int, { nullable: true, description: "The highest level (ordinal) of a collaboration on the subject's products among the participants; null outside any." }) levelOrdinal: number | null;
  @Field(() => Int, { nullable: true, description: "The highest competence-risk score among the participants' systems of the subject; null when none is assessed." })
  competenceRiskScore: number | null;
  @Field(() => Int, { description: "How many different products the participants run in the business area." }) productCount: number;
}

@ObjectType({ description: "A follow-up point (uppföljning) of a decision: +12 or +24 months." })
export class FollowUpPointType {
  @Field(() => Int, { description: "Months after the decision." }) monthsAfter: number;
  @Field(() => LocalDateResolver, { description: "The date followed up." }) date: string;
  @Field(() => Boolean, { description: "The date has come (on or before today); until then there are no realised values." }) reached: boolean;
  @Field(() => EffectMeasuresType, { nullable: true, description: "The realised values on that date; null before it." }) realised: EffectMeasuresType | null;
  @Field(() => Boolean, { nullable: true, description: "The cost per inhabitant is higher than at the decision (Statskontoret: collaboration seldom lowers costs); null when unknown." })
  costRose: boolean | null;
}

@ObjectType({ description: "Nyttorealisering: what an accepted decision was expected to deliver and what the facts say it delivered, at the decision and +12 and +24 months." })
export class DecisionFollowUp {
  @Field(() => EffectMeasuresType, { description: "The values on the day of the decision." }) atDecision: EffectMeasuresType;
  @Field(() => [FollowUpPointType], { description: "+12 and +24 months." }) points: FollowUpPointType[];
}

const measures = (m: EffectMeasures): EffectMeasuresType => Object.assign(new EffectMeasuresType(), m);
const point = (p: FollowUpPoint): FollowUpPointType =>
  Object.assign(new FollowUpPointType(), { monthsAfter: p.monthsAfter, date: p.date, reached: p.reached, realised: p.measures ? measures(p.measures) : null, costRose: p.costRose });

const DecisionEffectPayload = Payload("DecisionEffectPayload", "decisionEffect", DecisionEffect, "Result of recording a decision's expected effects.");

@Resolver(() => RecommendationDecision)
export class DecisionFollowUpResolver {
  @FieldResolver(() => String, { description: "What the decision concerns, in Swedish: the product's name or the business area (e.g. Geosecma, Vård och omsorg)." })
  async subjectName(@Root() d: RecommendationDecision, @Ctx() ctx: Context): Promise<string> {
    const [kind, value] = d.subject.split(":");
    const application = kind === "application" ? await ctx.loaders.get(applicationById).load(Number(value)) : null;
    return decisionSubjectName(d.subject, () => application?.name);
  }

  @FieldResolver(() => DecisionEffect, { nullable: true, description: "The effects expected of it (förväntade effekter); null when none are recorded." })
  async expectedEffects(@Root() d: RecommendationDecision, @Ctx() ctx: Context) {
    return (await ctx.loaders.get(effectsByDecision).load(d.id))[0] ?? null;
  }

  @FieldResolver(() => DecisionFollowUp, {
    nullable: true,
    description: "The follow-up (nyttorealisering) of an accepted decision: the measures on its day and, once each date has come, at +12 and +24 months; null for other decisions.",
  })
  async followUp(@Root() d: RecommendationDecision, @Ctx() ctx: Context) {
    if (d.status !== "ACCEPTED") return null;
    const result = await followUps.followUp(ctx.evaluations, d, ctx.today);
    return Object.assign(new DecisionFollowUp(), { atDecision: measures(result.baseline), points: result.points.map(point) });
  }

  @Allow(Role.EDITOR)
  @Mutation(() => DecisionEffectPayload, {
    nullable: true,
    description:
      "Records the effects expected of an accepted decision (cost per inhabitant, level, competence risk, products in the area), once; the follow-up sets the realised values beside them. Editors: decisions their municipality took part in.",
  })
  async decisionEffectsRecord(
    @Arg("input", () => DecisionEffectsRecordInput, { description: "The mutation's input: see DecisionEffectsRecordInput." }) input: DecisionEffectsRecordInput,
    @Ctx() ctx: Context,
  ) {
    return payload("decisionEffect", await runMutation(ctx, "decisionEffectsRecord", (s) => followUps.recordEffects(s, input)));
  }
}

export const followUpResolvers = [DecisionFollowUpResolver] as const;
