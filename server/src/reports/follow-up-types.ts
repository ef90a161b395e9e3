import { LocalDateResolver } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";
import type * as followUps from "./follow-ups";

@ObjectType({ description: "The measures a follow-up compares (nyttorealisering)." })
export class ReportFollowUpMeasures implements followUps.FollowUpMeasures {
  @Field(() => Int, { nullable: true, description: "Annual cost per inhabitant for the subject's systems, öre; null when unknown." }) costPerInhabitantOre: number | null;
  @Field(() => Int, { nullable: true, description: "The highest collaboration level (ordinal); null outside any." }) levelOrdinal: number | null;
  @Field(() => Int, { nullable: true, description: "The highest competence-risk score; null when none is assessed." }) competenceRiskScore: number | null;
  @Field(() => Int, { nullable: true, description: "Products the participants run in the business area; null when not expected." }) productCount: number | null;
}

@ObjectType({ description: "A follow-up point (+12 or +24 months) as the report shows it." })
export class ReportFollowUpPoint implements followUps.ReportFollowUpPoint {
  @Field(() => Int, { description: "Months after the decision." }) monthsAfter: number;
  @Field(() => LocalDateResolver, { description: "The date followed up." }) date: string;
  @Field(() => ReportFollowUpMeasures, { nullable: true, description: "The realised values; null when the date falls after 31 December of the report's year." })
  realised: ReportFollowUpMeasures | null;
  @Field(() => Boolean, { nullable: true, description: "The cost per inhabitant is higher than at the decision; null when unknown or not yet due." }) costRose: boolean | null;
}

@ObjectType({ description: "An accepted decision's follow-up in the report: expected against realised." })
export class ReportFollowUp implements followUps.ReportFollowUp {
  @Field(() => LocalDateResolver, { description: "The day of the decision." }) decidedOn: string;
  @Field(() => String, { description: "What it concerns: a product or a business area." }) subject: string;
  @Field(() => [String], { description: "The participating municipalities." }) participants: string[];
  @Field(() => String, { description: "The candidate's summary at the decision, in Swedish." }) summary: string;
  @Field(() => ReportFollowUpMeasures, { nullable: true, description: "The effects expected (förväntade effekter); null when none were recorded." }) expected: ReportFollowUpMeasures | null;
  @Field(() => ReportFollowUpMeasures, { description: "The values on the day of the decision." }) atDecision: ReportFollowUpMeasures;
  @Field(() => [ReportFollowUpPoint], { description: "+12 and +24 months." }) points: ReportFollowUpPoint[];
  @Field(() => Boolean, { description: "The cost per inhabitant rose at a point due in the year." }) costRose: boolean;
}

@ObjectType({ description: "Nyttorealisering in the year: accepted decisions followed up, and the collaborations whose cost rose." })
export class ReportFollowUps implements followUps.ReportFollowUps {
  @Field(() => [ReportFollowUp], { description: "Accepted decisions whose 24-month follow-up period overlaps the year, by date." }) decisions: ReportFollowUp[];
  @Field(() => [String], { description: "The collaborations whose cost per inhabitant rose since their decision, e.g. Geosecma (Bengtsfors, Dals-Ed, Färgelanda)." }) costRose: string[];
}
