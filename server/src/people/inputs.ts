import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "A new person." })
export class PersonCreateInput {
  @Field(() => String, { description: "Full name." }) name: string;
  @Field(() => ID, { description: "The municipality the person works for." }) municipalityId: string;
  @Field(() => ID, { nullable: true, description: "The IT unit the person works in, if any." }) itUnitId?: string | null;
  @Field(() => String, { nullable: true, description: "Job title (befattning)." }) title?: string | null;
  @Field(() => String, { nullable: true, description: "E-mail address." }) email?: string | null;
  @Field(() => String, { nullable: true, description: "Phone number." }) phone?: string | null;
}

@InputType({ description: "Changes to a person; omitted fields stay as they are, null clears optional ones." })
export class PersonUpdateInput {
  @Field(() => ID, { description: "The person." }) id: string;
  @Field(() => String, { nullable: true, description: "Full name." }) name?: string | null;
  @Field(() => ID, { nullable: true, description: "The IT unit (of the person's municipality)." }) itUnitId?: string | null;
  @Field(() => String, { nullable: true, description: "Job title." }) title?: string | null;
  @Field(() => String, { nullable: true, description: "E-mail address." }) email?: string | null;
  @Field(() => String, { nullable: true, description: "Phone number." }) phone?: string | null;
}
