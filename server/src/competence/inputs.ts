import { CORRECTION_REASON_DESCRIPTION, capped, MAX_CORRECTION_REASON } from "../common/text-limits";
import { LocalDateResolver, SafeIntResolver } from "graphql-scalars";
import { Field, ID, InputType, Int } from "type-graphql";
import { ApplicationCategory } from "../applications/entities";
import { CompetenceLevel, MeetingCadence, NetworkActivityKind } from "./entities";
import { ListField, MAX_LIST_ITEMS } from "../core/list-cap";

@InputType({ description: "A new competence network (kompetensnätverk). The coordinator becomes a member." })
export class CompetenceNetworkCreateInput {
  @Field(() => String, { description: capped("Name, e.g. Ekonominätverket Dalsland.", 200) }) name: string;
  @Field(() => ApplicationCategory, { nullable: true, description: "The collaboration area as a business area; omit for areas across systems (e.g. IT technicians)." })
  category?: ApplicationCategory | null;
  @ListField(() => [ID], { maxItems: MAX_LIST_ITEMS, nullable: true, description: "Collaborations the network serves." }) collaborationIds?: string[] | null;
  @Field(() => ID, { description: "The coordinator (samordnare), a person." }) coordinatorId: string;
  @ListField(() => [ID], { maxItems: MAX_LIST_ITEMS, nullable: true, description: "Other members from the start." }) memberIds?: string[] | null;
  @Field(() => MeetingCadence, { nullable: true, description: "How often the network meets." }) meetingCadence?: MeetingCadence | null;
  @Field(() => LocalDateResolver, { nullable: true, description: "When it started; default today. Also the members' joining date." }) startedOn?: string | null;
  @Field(() => String, { nullable: true, description: capped("Purpose and free text.", 5000) }) description?: string | null;
}

@InputType({ description: "Changes to a competence network; omitted fields stay as they are, null clears optional ones." })
export class CompetenceNetworkUpdateInput {
  @Field(() => ID, { description: "The network." }) id: string;
  @Field(() => String, { nullable: true, description: capped("Name.", 200) }) name?: string | null;
  @Field(() => ApplicationCategory, { nullable: true, description: "The collaboration area as a business area." }) category?: ApplicationCategory | null;
  @ListField(() => [ID], { maxItems: MAX_LIST_ITEMS, nullable: true, description: "The collaborations the network serves (replaces the current set)." }) collaborationIds?: string[] | null;
  @Field(() => ID, { nullable: true, description: "A new coordinator; must be a current member." }) coordinatorId?: string | null;
  @Field(() => MeetingCadence, { nullable: true, description: "How often the network meets." }) meetingCadence?: MeetingCadence | null;
  @Field(() => String, { nullable: true, description: capped("Purpose and free text.", 5000) }) description?: string | null;
}

@InputType({ description: "A person joins a competence network." })
export class CompetenceNetworkMemberAddInput {
  @Field(() => ID, { description: "The network." }) networkId: string;
  @Field(() => ID, { description: "The person joining." }) personId: string;
  @Field(() => LocalDateResolver, { nullable: true, description: "First day of membership; default today." }) joinedOn?: string | null;
}

@InputType({ description: "A person leaves a competence network; the membership is kept with an end date." })
export class CompetenceNetworkMemberRemoveInput {
  @Field(() => ID, { description: "The network." }) networkId: string;
  @Field(() => ID, { description: "The person leaving." }) personId: string;
  @Field(() => LocalDateResolver, { nullable: true, description: "Last day of membership; default today." }) leftOn?: string | null;
}

@InputType({ description: "An entry in a competence network's activity log." })
export class CompetenceNetworkActivityAddInput {
  @Field(() => ID, { description: "The network." }) networkId: string;
  @Field(() => LocalDateResolver, { description: "When it happened; not after today." }) occurredOn: string;
  @Field(() => NetworkActivityKind, { description: "Meeting, training or support case." }) kind: NetworkActivityKind;
  @Field(() => String, { description: capped("Short title.", 200) }) title: string;
  @ListField(() => [ID], { maxItems: MAX_LIST_ITEMS, nullable: true, description: "The people who took part." }) participantIds?: string[] | null;
  @Field(() => String, { nullable: true, description: capped("Free text.", 5000) }) note?: string | null;
}

@InputType({ description: "Records or changes a person's competence on an application." })
export class CompetenceSetInput {
  @Field(() => ID, { description: "The person." }) personId: string;
  @Field(() => ID, { description: "The application." }) applicationId: string;
  @Field(() => CompetenceLevel, { description: "User, superuser or specialist." }) level: CompetenceLevel;
  @Field(() => LocalDateResolver, { nullable: true, description: "Held at this level since; not after today. Omitted: unchanged (null when new)." }) since?: string | null;
  @Field(() => LocalDateResolver, { nullable: true, description: "From which day this holds; default today. An earlier day is a correction." }) effectiveFrom?: string | null;
  @Field(() => String, { nullable: true, description: CORRECTION_REASON_DESCRIPTION })
  correctionReason?: string | null;
}

@InputType({ description: "Removes a person's competence on an application." })
export class CompetenceRemoveInput {
  @Field(() => ID, { description: "The person." }) personId: string;
  @Field(() => ID, { description: "The application." }) applicationId: string;
}

@InputType({ description: "Records or clears a person's planned leave (planerad avgång, e.g. retirement)." })
export class PersonPlannedLeaveSetInput {
  @Field(() => ID, { description: "The person." }) personId: string;
  @Field(() => String, { nullable: true, description: 'Year and month "YYYY-MM" (only these are kept); null clears it.' }) plannedLeave?: string | null;
}

@InputType({ description: "A new training plan (utbildningsplan). Name exactly one target: an application usage, a collaboration, or the joint plan for IT staff." })
export class TrainingPlanCreateInput {
  @Field(() => String, { description: capped("Name, e.g. Utbildningsplan ekonomisystemet.", 200) }) name: string;
  @Field(() => ID, { nullable: true, description: "Target: one municipality's application usage (the system owner's plan for its users)." }) applicationUsageId?: string | null;
  @Field(() => ID, { nullable: true, description: "Target: a collaboration (the plan for a shared system's users)." }) collaborationId?: string | null;
  @Field(() => Boolean, { nullable: true, description: "Target: true for the joint training plan for IT staff." }) itStaff?: boolean | null;
  @Field(() => ID, { nullable: true, description: "The owner, usually the system owner (systemägare); of the usage's or a participating municipality." }) ownerId?: string | null;
  @ListField(() => [String], { maxItems: MAX_LIST_ITEMS, nullable: true, description: "Target groups (målgrupper), e.g. nya användare, attestanter; each at most 100 characters." }) targetGroups?:
    | string[]
    | null;
  @Field(() => LocalDateResolver, { nullable: true, description: "When adopted or last reviewed; default today, not after today." }) reviewedOn?: string | null;
  @Field(() => String, { nullable: true, description: capped("Free text.", 5000) }) description?: string | null;
  @Field(() => LocalDateResolver, {
    nullable: true,
    description: "From which day the plan exists (antagen); default today, not after today. A day before today is a late registration (efterregistrering): it needs no correctionReason.",
  })
  effectiveFrom?: string | null;
  @Field(() => String, {
    nullable: true,
    description: capped("Not needed: registering something that already existed (efterregistrering) is not a correction. A reason given is recorded in the audit log.", MAX_CORRECTION_REASON),
  })
  correctionReason?: string | null;
}

@InputType({ description: "Changes to a training plan; its target cannot change. Omitted fields stay as they are, null clears optional ones." })
export class TrainingPlanUpdateInput {
  @Field(() => ID, { description: "The plan." }) id: string;
  @Field(() => String, { nullable: true, description: capped("Name.", 200) }) name?: string | null;
  @Field(() => ID, { nullable: true, description: "The owner." }) ownerId?: string | null;
  @ListField(() => [String], { maxItems: MAX_LIST_ITEMS, nullable: true, description: "Target groups (replaces the current list); each at most 100 characters." }) targetGroups?: string[] | null;
  @Field(() => LocalDateResolver, { nullable: true, description: "Date of the latest review; not after today nor before the previous one." }) reviewedOn?: string | null;
  @Field(() => String, { nullable: true, description: capped("Free text.", 5000) }) description?: string | null;
  @Field(() => String, { nullable: true, description: CORRECTION_REASON_DESCRIPTION })
  correctionReason?: string | null;
}

@InputType({ description: "A municipality taking part in a training activity." })
export class TrainingActivityMunicipalityInput {
  @Field(() => ID, { description: "The municipality." }) municipalityId: string;
  @Field(() => Int, { nullable: true, description: "How many of its people take part; default the number of named participants from it. At least that number." })
  participantCount?: number | null;
}

@InputType({ description: "The facts of a training activity." })
class TrainingActivityFields {
  @Field(() => String, { nullable: true, description: capped("Audience (målgrupp).", 200) }) audience?: string | null;
  @Field(() => SafeIntResolver, { nullable: true, description: "Total cost in öre (1 SEK = 100 öre)." }) costOre?: number | null;
  @ListField(() => [TrainingActivityMunicipalityInput], {
    maxItems: MAX_LIST_ITEMS,
    nullable: true,
    description: "The municipalities taking part. Plans for a usage: only its municipality (the default); for a collaboration: its participants; the IT-staff plan: any.",
  })
  municipalities?: TrainingActivityMunicipalityInput[] | null;
  @ListField(() => [ID], { maxItems: MAX_LIST_ITEMS, nullable: true, description: "Named participants; each of a municipality taking part." }) participantIds?: string[] | null;
  @Field(() => String, { nullable: true, description: capped("Free text.", 5000) }) note?: string | null;
}

@InputType({ description: "Adds a training activity (held or planned) to a training plan." })
export class TrainingActivityAddInput extends TrainingActivityFields {
  @Field(() => ID, { description: "The training plan." }) planId: string;
  @Field(() => LocalDateResolver, { description: "When it is or was held; from 2000 until five years ahead." }) heldOn: string;
  @Field(() => String, { description: capped("Title.", 200) }) title: string;
}

@InputType({ description: "Changes a training activity; omitted fields stay as they are. Given lists replace the current ones." })
export class TrainingActivityUpdateInput extends TrainingActivityFields {
  @Field(() => ID, { description: "The activity." }) id: string;
  @Field(() => LocalDateResolver, { nullable: true, description: "When it is or was held." }) heldOn?: string | null;
  @Field(() => String, { nullable: true, description: capped("Title.", 200) }) title?: string | null;
}

@InputType({ description: "Removes a training activity from its plan." })
export class TrainingActivityRemoveInput {
  @Field(() => ID, { description: "The activity." }) id: string;
}
