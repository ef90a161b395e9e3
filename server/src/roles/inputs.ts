import { CORRECTION_REASON_DESCRIPTION, capped } from "../common/text-limits";
import { LocalDateResolver } from "graphql-scalars";
import { Field, ID, InputType } from "type-graphql";
import { RoleKind } from "./rules";

@InputType({ description: "Gives a person a role on exactly one target: an application usage, a collaboration or an IT unit." })
export class RoleAssignInput {
  @Field(() => RoleKind, { nullable: true, description: "The role as today's enum (not OTHER); or give kindCode. One of the two is required." }) kind?: RoleKind | null;
  @Field(() => String, { nullable: true, description: "The role as a code of the ROLE_KIND vocabulary (vocabularyTerms), e.g. one an admin added; instead of kind." }) kindCode?: string | null;
  @Field(() => ID, { description: "The person." }) personId: string;
  @Field(() => ID, { nullable: true, description: "Target: a municipality's use of an application (system roles)." }) applicationUsageId?: string | null;
  @Field(() => ID, { nullable: true, description: "Target: a collaboration (system roles of the shared system, IT-chefsgruppen)." }) collaborationId?: string | null;
  @Field(() => ID, { nullable: true, description: "Target: an IT unit (IT-chef, IT-chefsgruppen)." }) itUnitId?: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: "First day in the role; default today." }) fromDate?: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: "Last day, when already known." }) toDate?: string | null;
  @Field(() => String, { nullable: true, description: capped("Free text, e.g. the decision.", 5000) }) note?: string | null;
  @Field(() => String, { nullable: true, description: CORRECTION_REASON_DESCRIPTION })
  correctionReason?: string | null;
}

@InputType({ description: "Ends a role assignment on a date; the assignment is kept as history." })
export class RoleEndInput {
  @Field(() => ID, { description: "The role assignment." }) id: string;
  @Field(() => LocalDateResolver, { nullable: true, description: "Last day in the role; default today. Not before its first day." }) toDate?: string | null;
  @Field(() => String, { nullable: true, description: CORRECTION_REASON_DESCRIPTION })
  correctionReason?: string | null;
}
