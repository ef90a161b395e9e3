import { capped } from "../common/text-limits";
import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "A new person." })
export class PersonCreateInput {
  @Field(() => String, { description: capped("Full name.", 150) }) name: string;
  @Field(() => ID, { description: "The municipality the person works for." }) municipalityId: string;
  @Field(() => ID, { nullable: true, description: "The IT unit the person works in, if any." }) itUnitId?: string | null;
  @Field(() => String, { nullable: true, description: capped("Job title (befattning).", 150) }) title?: string | null;
  @Field(() => String, { nullable: true, description: capped("E-mail address.", 200) }) email?: string | null;
  @Field(() => String, { nullable: true, description: capped("Phone number.", 50) }) phone?: string | null;
}

@InputType({ description: "Changes to a person; omitted fields stay as they are, null clears optional ones." })
export class PersonUpdateInput {
  @Field(() => ID, { description: "The person." }) id: string;
  @Field(() => String, { nullable: true, description: capped("Full name.", 150) }) name?: string | null;
  @Field(() => ID, { nullable: true, description: "The IT unit (of the person's municipality)." }) itUnitId?: string | null;
  @Field(() => String, { nullable: true, description: capped("Job title.", 150) }) title?: string | null;
  @Field(() => String, { nullable: true, description: capped("E-mail address.", 200) }) email?: string | null;
  @Field(() => String, { nullable: true, description: capped("Phone number.", 50) }) phone?: string | null;
}
