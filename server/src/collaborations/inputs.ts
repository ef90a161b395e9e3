import { CORRECTION_REASON_DESCRIPTION, capped, MAX_CORRECTION_REASON } from "../common/text-limits";
import { LocalDateResolver } from "graphql-scalars";
import { Field, ID, InputType } from "type-graphql";
import { ListField, MAX_LIST_ITEMS } from "../core/list-cap";

@InputType({ description: "A new collaboration (samverkan) around an application." })
export class CollaborationCreateInput {
  @Field(() => String, { description: capped("Name, e.g. Gemensamt ekonomisystem.", 200) }) name: string;
  @Field(() => ID, { description: "The shared application." }) applicationId: string;
  @Field(() => ID, { description: "The host municipality (värdkommun); it becomes a participant." }) hostMunicipalityId: string;
  @ListField(() => [ID], { maxItems: MAX_LIST_ITEMS, description: "The other participating municipalities." }) participantIds: string[];
  @Field(() => ID, { description: "The starting level of the collaboration scale." }) levelId: string;
  @Field(() => ID, { nullable: true, description: "The IT unit that operates it (driftande IT-enhet)." }) operatorItUnitId?: string | null;
  @Field(() => ID, { nullable: true, description: "The collaboration body it belongs to, e.g. DKF." }) collaborationBodyId?: string | null;
  @Field(() => LocalDateResolver, {
    nullable: true,
    description:
      "When it began; default today, not after today. Also the date of the first level entry and of every participation. A day before today is a late registration (efterregistrering): it needs no correctionReason, and the collaboration, its participants, level and host hold from that day.",
  })
  startedOn?: string | null;
  @Field(() => String, { nullable: true, description: capped("Decision reference of the decision to collaborate.", 100) }) decisionReference?: string | null;
  @Field(() => String, { nullable: true, description: capped("Free text.", 5000) }) description?: string | null;
  @Field(() => String, {
    nullable: true,
    description: capped(
      "Not needed: a start before today registers something that already existed (efterregistrering), which is not a correction. A reason given is recorded in the audit log.",
      MAX_CORRECTION_REASON,
    ),
  })
  correctionReason?: string | null;
}

@InputType({ description: "Changes to a collaboration; omitted fields stay as they are, null clears optional ones. The level changes only through collaborationLevelSet." })
export class CollaborationUpdateInput {
  @Field(() => ID, { description: "The collaboration." }) id: string;
  @Field(() => String, { nullable: true, description: capped("Name.", 200) }) name?: string | null;
  @Field(() => ID, { nullable: true, description: "New host municipality (värdkommun); must be a current participant." }) hostMunicipalityId?: string | null;
  @Field(() => ID, { nullable: true, description: "New operating IT unit (driftande IT-enhet)." }) operatorItUnitId?: string | null;
  @Field(() => ID, { nullable: true, description: "Collaboration body." }) collaborationBodyId?: string | null;
  @Field(() => String, { nullable: true, description: capped("Free text.", 5000) }) description?: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: "From which day a new host or operator holds; default today. An earlier day is a correction." }) effectiveFrom?: string | null;
  @Field(() => String, { nullable: true, description: CORRECTION_REASON_DESCRIPTION })
  correctionReason?: string | null;
}

@InputType({ description: "A municipality joins a collaboration." })
export class CollaborationParticipantAddInput {
  @Field(() => ID, { description: "The collaboration." }) collaborationId: string;
  @Field(() => ID, { description: "The municipality joining." }) municipalityId: string;
  @Field(() => LocalDateResolver, { nullable: true, description: "First day of participation; default today. An earlier day is a correction." }) joinedOn?: string | null;
  @Field(() => String, { nullable: true, description: CORRECTION_REASON_DESCRIPTION })
  correctionReason?: string | null;
}

@InputType({ description: "A municipality leaves a collaboration; its participation is kept with an end date." })
export class CollaborationParticipantRemoveInput {
  @Field(() => ID, { description: "The collaboration." }) collaborationId: string;
  @Field(() => ID, { description: "The municipality leaving." }) municipalityId: string;
  @Field(() => LocalDateResolver, { nullable: true, description: "Last day of participation; default today. A day before yesterday is a correction." }) leftOn?: string | null;
  @Field(() => String, { nullable: true, description: CORRECTION_REASON_DESCRIPTION })
  correctionReason?: string | null;
}

@InputType({ description: "Moves a collaboration to another level of the scale, writing a dated history entry." })
export class CollaborationLevelSetInput {
  @Field(() => ID, { description: "The collaboration." }) collaborationId: string;
  @Field(() => ID, { description: "The new level." }) levelId: string;
  @Field(() => LocalDateResolver, {
    nullable: true,
    description: "When the new level took effect; default today, not after today. An earlier day (a forgotten change) is a correction: it holds until the next recorded change.",
  })
  changedOn?: string | null;
  @Field(() => String, { nullable: true, description: capped("Decision reference (beslutsreferens, diarienummer).", 100) }) decisionReference?: string | null;
  @Field(() => String, { nullable: true, description: capped("Why (motivering).", 5000) }) reason?: string | null;
  @Field(() => String, { nullable: true, description: CORRECTION_REASON_DESCRIPTION })
  correctionReason?: string | null;
}

@InputType({ description: "Edits the name or description of a level of the collaboration scale." })
export class CollaborationLevelUpdateInput {
  @Field(() => ID, { description: "The level." }) id: string;
  @Field(() => String, { nullable: true, description: capped("Swedish name.", 100) }) name?: string | null;
  @Field(() => String, { nullable: true, description: capped("What the level means.", 5000) }) description?: string | null;
}
