import { CORRECTION_REASON_DESCRIPTION, capped, MAX_CORRECTION_REASON } from "../common/text-limits";
import { LocalDateResolver } from "graphql-scalars";
import { Field, ID, InputType, Int } from "type-graphql";
import { GovernanceDocumentKind } from "./review";

@InputType({ description: "A new governance document (styrdokument)." })
export class GovernanceDocumentCreateInput {
  @Field(() => GovernanceDocumentKind, { nullable: true, description: "Kind of document as today's enum; or give kindCode. One of the two is required." }) kind?: GovernanceDocumentKind | null;
  @Field(() => String, {
    nullable: true,
    description: "Kind of document as a code of the GOVERNANCE_DOCUMENT_KIND vocabulary (vocabularyTerms), e.g. STRATEGY or one an admin added; instead of kind.",
  })
  kindCode?: string | null;
  @Field(() => String, { description: capped("Title.", 200) }) title: string;
  @Field(() => ID, { nullable: true, description: "The municipality it belongs to; null for a document of a collaboration body or of all (admin only)." }) municipalityId?: string | null;
  @Field(() => ID, { nullable: true, description: "The collaboration body that adopted it, e.g. DKF." }) collaborationBodyId?: string | null;
  @Field(() => LocalDateResolver, { description: "When it was adopted; not after today." }) adoptedOn: string;
  @Field(() => LocalDateResolver, { nullable: true, description: "When it was last reviewed; not before adoption, not after today." }) lastReviewedOn?: string | null;
  @Field(() => Int, {
    nullable: true,
    description:
      "Months between reviews, within the kind's range (its vocabulary term's reviewMinMonths–reviewMaxMonths; default reviewDefaultMonths): IT_POLICY 12–60 (default 60), IT_INSTRUCTIONS 36–60 (default 36), OTHER 1–120 (default 36).",
  })
  reviewIntervalMonths?: number | null;
  @Field(() => String, { nullable: true, description: capped("Decision reference.", 100) }) decisionReference?: string | null;
  @Field(() => String, { nullable: true, description: capped("Link to the document (http or https).", 500) }) documentUrl?: string | null;
  @Field(() => LocalDateResolver, {
    nullable: true,
    description:
      "From which day the document is on record; default its adoption day, not after today. A day before today is a late registration (efterregistrering): it needs no correctionReason. A review given is on record from its own day.",
  })
  effectiveFrom?: string | null;
  @Field(() => String, {
    nullable: true,
    description: capped("Not needed: registering something that already existed (efterregistrering) is not a correction. A reason given is recorded in the audit log.", MAX_CORRECTION_REASON),
  })
  correctionReason?: string | null;
}

@InputType({ description: "Changes to a governance document, e.g. a new review date; omitted fields stay as they are, null clears optional ones." })
export class GovernanceDocumentUpdateInput {
  @Field(() => ID, { description: "The document." }) id: string;
  @Field(() => String, { nullable: true, description: capped("Title.", 200) }) title?: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: "When it was last reviewed (revision); not before adoption, not after today." }) lastReviewedOn?: string | null;
  @Field(() => Int, { nullable: true, description: "Months between reviews, within the kind's range." }) reviewIntervalMonths?: number | null;
  @Field(() => LocalDateResolver, { nullable: true, description: "When it was retired or replaced (upphävd)." }) retiredOn?: string | null;
  @Field(() => String, { nullable: true, description: capped("Decision reference.", 100) }) decisionReference?: string | null;
  @Field(() => String, { nullable: true, description: capped("Link to the document.", 500) }) documentUrl?: string | null;
  @Field(() => String, { nullable: true, description: CORRECTION_REASON_DESCRIPTION })
  correctionReason?: string | null;
}
