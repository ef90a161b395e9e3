import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { LocalDateResolver } from "graphql-scalars";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { ApplicationCategory } from "../applications/entities";
import { Node } from "../core/node";
import { NameKeyColumn } from "../db/name-keys";

export enum CompetenceLevel {
  USER = "USER",
  SUPERUSER = "SUPERUSER",
  SPECIALIST = "SPECIALIST",
}
registerEnumType(CompetenceLevel, {
  name: "CompetenceLevel",
  description: "How well a person knows an application (kompetensnivå).",
  valuesConfig: {
    USER: { description: "Användare: uses the application in daily work." },
    SUPERUSER: { description: "Superanvändare: supports colleagues, knows the routines." },
    SPECIALIST: {
      description: "Specialist: deep knowledge of configuration, administration and integrations; the policy asks for specialist competence inside the organisation for every shared system.",
    },
  },
});

export enum MeetingCadence {
  WEEKLY = "WEEKLY",
  MONTHLY = "MONTHLY",
  QUARTERLY = "QUARTERLY",
  TWICE_A_YEAR = "TWICE_A_YEAR",
  YEARLY = "YEARLY",
  AS_NEEDED = "AS_NEEDED",
}
registerEnumType(MeetingCadence, {
  name: "MeetingCadence",
  description: "How often a competence network meets (mötesfrekvens).",
  valuesConfig: {
    WEEKLY: { description: "Varje vecka." },
    MONTHLY: { description: "Varje månad." },
    QUARTERLY: { description: "Varje kvartal." },
    TWICE_A_YEAR: { description: "Två gånger per år." },
    YEARLY: { description: "En gång per år." },
    AS_NEEDED: { description: "Vid behov." },
  },
});

export enum NetworkActivityKind {
  MEETING = "MEETING",
  TRAINING = "TRAINING",
  SUPPORT_CASE = "SUPPORT_CASE",
}
registerEnumType(NetworkActivityKind, {
  name: "NetworkActivityKind",
  description: "What a competence network did (aktivitetstyp).",
  valuesConfig: {
    MEETING: { description: "Nätverksträff: a meeting of the network." },
    TRAINING: { description: "Utbildning: training given within the network." },
    SUPPORT_CASE: { description: "Stödärende: support, advice or help given between municipalities." },
  },
});

export enum TrainingPlanTarget {
  APPLICATION_USAGE = "APPLICATION_USAGE",
  COLLABORATION = "COLLABORATION",
  IT_STAFF = "IT_STAFF",
}
registerEnumType(TrainingPlanTarget, {
  name: "TrainingPlanTarget",
  description: "What a training plan (utbildningsplan) is for.",
  valuesConfig: {
    APPLICATION_USAGE: { description: "The system owner's plan for the users of one municipality's application." },
    COLLABORATION: { description: "The plan for the users of a shared system, for every participating municipality." },
    IT_STAFF: { description: "The joint training plan for the municipalities' IT staff (gemensam utbildningsplan för IT-personalen)." },
  },
});

@ObjectType({
  implements: Node,
  description: "A competence network (kompetensnätverk) within a collaboration area: people from several municipalities who deepen specialist competence and give each other support, advice and help.",
})
@Entity("competence_network")
export class CompetenceNetwork extends Node {
  static readonly typeName = "CompetenceNetwork";
  @PrimaryGeneratedColumn() id: number;

  @Field(() => String, { description: "Name, e.g. Ekonominätverket Dalsland." })
  @Column({ type: "varchar", length: 200 })
  name: string;
  @NameKeyColumn("name") nameKey: string;

  @Field(() => ApplicationCategory, { nullable: true, description: "The collaboration area (samverkansområde) as a business area; null for areas across all systems, e.g. IT technicians." })
  @Index()
  @Column({ type: "varchar", length: 30, nullable: true })
  category: ApplicationCategory | null;

  @Index() @Column({ type: "integer" }) coordinatorId: number;

  @Field(() => MeetingCadence, { nullable: true, description: "How often the network meets (mötesfrekvens)." })
  @Column({ type: "varchar", length: 20, nullable: true })
  meetingCadence: MeetingCadence | null;

  @Field(() => LocalDateResolver, { nullable: true, description: "When the network started." })
  @Column({ type: "varchar", length: 10, nullable: true })
  startedOn: string | null;

  @Field(() => String, { nullable: true, description: "Purpose and free text." })
  @Column({ type: "text", nullable: true })
  description: string | null;
}

/** A collaboration a network serves (the network's collaboration area, beside its category). */
@Entity("competence_network_collaboration")
@Index(["networkId", "collaborationId"], { unique: true })
export class CompetenceNetworkCollaboration extends Node {
  static readonly typeName = "CompetenceNetworkCollaboration";
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: "integer" }) networkId: number;
  @Index() @Column({ type: "integer" }) collaborationId: number;
}

@ObjectType({ implements: Node, description: "A person's membership (medlemskap) of a competence network, with dates." })
@Entity("competence_network_member")
export class CompetenceNetworkMember extends Node {
  static readonly typeName = "CompetenceNetworkMember";
  @PrimaryGeneratedColumn() id: number;
  @Index() @Column({ type: "integer" }) networkId: number;
  @Index() @Column({ type: "integer" }) personId: number;

  @Field(() => LocalDateResolver, { description: "First day of membership." })
  @Column({ type: "varchar", length: 10 })
  joinedOn: string;

  @Field(() => LocalDateResolver, { nullable: true, description: "Last day of membership; null while it lasts." })
  @Column({ type: "varchar", length: 10, nullable: true })
  leftOn: string | null;
}

@ObjectType({ implements: Node, description: "An entry of a competence network's activity log (aktivitetslogg): a meeting, a training or a support case." })
@Entity("competence_network_activity")
@Index(["networkId", "occurredOn"])
export class CompetenceNetworkActivity extends Node {
  static readonly typeName = "CompetenceNetworkActivity";
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: "integer" }) networkId: number;

  @Field(() => LocalDateResolver, { description: "When it happened." })
  @Column({ type: "varchar", length: 10 })
  occurredOn: string;

  @Field(() => NetworkActivityKind, { description: "Meeting, training or support case." })
  @Column({ type: "varchar", length: 20 })
  kind: NetworkActivityKind;

  @Field(() => String, { description: "Short title, e.g. Bokslutsträff." })
  @Column({ type: "varchar", length: 200 })
  title: string;

  @Field(() => String, { nullable: true, description: "Free text: what was done or decided." })
  @Column({ type: "text", nullable: true })
  note: string | null;
}

/** A person who took part in a network activity. */
@Entity("competence_network_activity_participant")
@Index(["activityId", "personId"], { unique: true })
export class NetworkActivityParticipant extends Node {
  static readonly typeName = "NetworkActivityParticipant";
  static readonly auditReferences = { activityId: "CompetenceNetworkActivity" };
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: "integer" }) activityId: number;
  @Index() @Column({ type: "integer" }) personId: number;
}

@ObjectType({ implements: Node, description: "A person's competence (kompetens) on an application: level and since when." })
@Entity("competence")
@Index(["personId", "applicationId"], { unique: true })
export class Competence extends Node {
  static readonly typeName = "Competence";
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: "integer" }) personId: number;
  @Index() @Column({ type: "integer" }) applicationId: number;

  @Field(() => CompetenceLevel, { description: "User, superuser or specialist." })
  @Column({ type: "varchar", length: 20 })
  level: CompetenceLevel;

  @Field(() => LocalDateResolver, { nullable: true, description: "Held at this level since (sedan)." })
  @Column({ type: "varchar", length: 10, nullable: true })
  since: string | null;
}

@ObjectType({
  implements: Node,
  description:
    "A training plan (utbildningsplan): the system owner's plan for a system's users (one municipality's usage, or a shared system's collaboration), or the joint plan for IT staff. Reviewed at least every 12 months.",
})
@Entity("training_plan")
export class TrainingPlan extends Node {
  static readonly typeName = "TrainingPlan";
  @PrimaryGeneratedColumn() id: number;

  @Field(() => String, { description: "Name, e.g. Utbildningsplan ekonomisystemet." })
  @Column({ type: "varchar", length: 200 })
  name: string;
  @NameKeyColumn("name") nameKey: string;

  @Field(() => TrainingPlanTarget, { description: "What the plan is for." })
  @Column({ type: "varchar", length: 20 })
  target: TrainingPlanTarget;

  @Index({ unique: true }) @Column({ type: "integer", nullable: true }) applicationUsageId: number | null;
  @Index({ unique: true }) @Column({ type: "integer", nullable: true }) collaborationId: number | null;
  @Index() @Column({ type: "integer", nullable: true }) ownerId: number | null;

  /** JSON array of strings; exposed as `targetGroups`. */
  @Column({ type: "text" }) targetGroupsJson: string;
  @Field(() => LocalDateResolver, { nullable: true, description: "When the plan was adopted (antagen); it does not exist for earlier dates." })
  @Column({ type: "varchar", length: 10, nullable: true })
  createdOn: string | null;

  @Field(() => LocalDateResolver, { description: "When the plan was adopted or last reviewed (senast reviderad)." })
  @Column({ type: "varchar", length: 10 })
  reviewedOn: string;

  @Field(() => String, { nullable: true, description: "Free text." })
  @Column({ type: "text", nullable: true })
  description: string | null;
}

@ObjectType({ implements: Node, description: "An item of a training plan (utbildningsinsats): a course or session, held or planned." })
@Entity("training_activity")
@Index(["planId", "heldOn"])
export class TrainingActivity extends Node {
  static readonly typeName = "TrainingActivity";
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: "integer" }) planId: number;

  @Field(() => LocalDateResolver, { description: "When it is or was held." })
  @Index()
  @Column({ type: "varchar", length: 10 })
  heldOn: string;

  @Field(() => String, { description: "Title, e.g. Grundutbildning Raindance." })
  @Column({ type: "varchar", length: 200 })
  title: string;

  @Field(() => String, { nullable: true, description: "Audience (målgrupp), e.g. nya användare, attestanter." })
  @Column({ type: "varchar", length: 200, nullable: true })
  audience: string | null;

  /** Total cost in öre; exposed as `costOre`. */
  @Column({ type: "integer", nullable: true }) costOre: number | null;

  @Field(() => String, { nullable: true, description: "Free text." })
  @Column({ type: "text", nullable: true })
  note: string | null;
}

@ObjectType({ implements: Node, description: "A municipality taking part in a training activity, with how many of its people took part." })
@Entity("training_activity_municipality")
@Index(["activityId", "municipalityId"], { unique: true })
export class TrainingActivityMunicipality extends Node {
  static readonly typeName = "TrainingActivityMunicipality";
  static readonly auditReferences = { activityId: "TrainingActivity" };
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: "integer" }) activityId: number;
  @Index() @Column({ type: "integer" }) municipalityId: number;

  @Field(() => Int, { description: "Participants from this municipality (antal deltagare), named or not; at least the named ones." })
  @Column({ type: "integer" })
  participantCount: number;
}

/** A named person who took part in a training activity. */
@Entity("training_activity_participant")
@Index(["activityId", "personId"], { unique: true })
export class TrainingActivityParticipant extends Node {
  static readonly typeName = "TrainingActivityParticipant";
  static readonly auditReferences = { activityId: "TrainingActivity" };
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: "integer" }) activityId: number;
  @Index() @Column({ type: "integer" }) personId: number;
}

export const competenceEntities = [
  CompetenceNetwork,
  CompetenceNetworkCollaboration,
  CompetenceNetworkMember,
  CompetenceNetworkActivity,
  NetworkActivityParticipant,
  Competence,
  TrainingPlan,
  TrainingActivity,
  TrainingActivityMunicipality,
  TrainingActivityParticipant,
];
