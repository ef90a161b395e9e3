import { CORRECTION_REASON_DESCRIPTION, capped, MAX_CORRECTION_REASON } from "../common/text-limits";
import { LocalDateResolver, SafeIntResolver } from "graphql-scalars";
import { Field, ID, InputType, Int } from "type-graphql";
import { ApplicationCategory, ApplicationScope, LifecyclePhase } from "./entities";

@InputType({ description: "A new application (product) in the shared catalogue." })
export class ApplicationCreateInput {
  @Field(() => String, { description: capped("Product name.", 150) }) name: string;
  @Field(() => String, { nullable: true, description: capped("Vendor (leverantör).", 150) }) vendor?: string | null;
  @Field(() => ApplicationCategory, { nullable: true, description: "Business area as today's enum; or give categoryCode. One of the two is required." }) category?: ApplicationCategory | null;
  @Field(() => String, { nullable: true, description: "Business area as a code of the APPLICATION_CATEGORY vocabulary (vocabularyTerms), e.g. one an admin added; instead of category." })
  categoryCode?: string | null;
  @Field(() => ApplicationScope, { description: "Kommungemensam or verksamhetsspecifik." }) scope: ApplicationScope;
  @Field(() => String, { nullable: true, description: capped("Free text.", 5000) }) description?: string | null;
}

@InputType({ description: "Changes to an application; omitted fields stay as they are, null clears optional ones." })
export class ApplicationUpdateInput {
  @Field(() => ID, { description: "The application." }) id: string;
  @Field(() => String, { nullable: true, description: capped("Product name.", 150) }) name?: string | null;
  @Field(() => String, { nullable: true, description: capped("Vendor (leverantör).", 150) }) vendor?: string | null;
  @Field(() => ApplicationCategory, { nullable: true, description: "Business area as today's enum." }) category?: ApplicationCategory | null;
  @Field(() => String, { nullable: true, description: "Business area as a code of the APPLICATION_CATEGORY vocabulary; instead of category." }) categoryCode?: string | null;
  @Field(() => ApplicationScope, { nullable: true, description: "Kommungemensam or verksamhetsspecifik." }) scope?: ApplicationScope | null;
  @Field(() => String, { nullable: true, description: capped("Free text.", 5000) }) description?: string | null;
}

@InputType({ description: "The facts of a municipality's use of an application." })
class ApplicationUsageFields {
  @Field(() => ID, { nullable: true, description: "The IT unit responsible for it locally." }) itUnitId?: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: "In use since." }) inUseSince?: string | null;
  @Field(() => Int, { nullable: true, description: "Functional fit 1–4." }) functionalFit?: number | null;
  @Field(() => Int, { nullable: true, description: "Technical fit 1–4." }) technicalFit?: number | null;
  @Field(() => Int, { nullable: true, description: "Number of users." }) userCount?: number | null;
  @Field(() => SafeIntResolver, { nullable: true, description: "Annual cost (årskostnad) in öre (1 krona = 100 öre), a whole number of kronor." }) annualCostOre?: number | null;
  @Field(() => Int, { nullable: true, deprecationReason: "Use annualCostOre: money is öre (SafeInt) throughout the API.", description: "Annual cost in whole kronor (SEK)." }) annualCostSek?:
    | number
    | null;
  @Field(() => String, { nullable: true, description: capped("Free text.", 5000) }) note?: string | null;
}

@InputType({ description: "Records that a municipality uses an application." })
export class ApplicationUsageCreateInput extends ApplicationUsageFields {
  @Field(() => ID, { description: "The municipality." }) municipalityId: string;
  @Field(() => ID, { description: "The application." }) applicationId: string;
  @Field(() => LifecyclePhase, { nullable: true, description: "Lifecycle phase; default ACTIVE." }) lifecyclePhase?: LifecyclePhase | null;
  @Field(() => LocalDateResolver, {
    nullable: true,
    description:
      "From which day the usage and its facts are on record; default inUseSince when it lies before today, else today; not after today. A day before today is a late registration (efterregistrering): it needs no correctionReason.",
  })
  effectiveFrom?: string | null;
  @Field(() => String, {
    nullable: true,
    description: capped("Not needed: registering a usage that already existed (efterregistrering) is not a correction. A reason given is recorded in the audit log.", MAX_CORRECTION_REASON),
  })
  correctionReason?: string | null;
}

@InputType({ description: "Changes to an application usage; omitted fields stay as they are, null clears optional ones." })
export class ApplicationUsageUpdateInput extends ApplicationUsageFields {
  @Field(() => ID, { description: "The application usage." }) id: string;
  @Field(() => LifecyclePhase, { nullable: true, description: "Lifecycle phase." }) lifecyclePhase?: LifecyclePhase | null;
  @Field(() => LocalDateResolver, { nullable: true, description: "From which day these facts hold; default today. An earlier day is a correction (it alters answers for past dates)." }) effectiveFrom?:
    | string
    | null;
  @Field(() => String, { nullable: true, description: CORRECTION_REASON_DESCRIPTION })
  correctionReason?: string | null;
}
