import { Field, Int, ObjectType } from "type-graphql";
import { LocalDateResolver } from "graphql-scalars";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { Node } from "../core/node";
import { NameKeyColumn } from "../db/name-keys";

@ObjectType({
  implements: Node,
  description:
    "A level of the collaboration scale (samverkansnivå). The scale is data: the Dalsland default runs from 0 Ingen samverkan through 1 Erfarenhetsutbyte, 2 Samordning, 3 Gemensam drift and 4 Gemensam lösning to 5 Gemensam lösning och information.",
})
@Entity("collaboration_level")
export class CollaborationLevel extends Node {
  static readonly typeName = "CollaborationLevel";
  @PrimaryGeneratedColumn() id: number;

  @Field(() => Int, { description: "Position on the scale; higher means deeper collaboration." })
  @Index({ unique: true })
  @Column({ type: "integer" })
  ordinal: number;

  @Field(() => String, { description: "Swedish name, e.g. Gemensam drift." })
  @Column({ type: "varchar", length: 100 })
  name: string;

  @Field(() => String, { description: "What the level means." })
  @Column({ type: "text" })
  description: string;
}

@ObjectType({
  implements: Node,
  description:
    "A collaboration (samverkan) around one application among participating municipalities, with a host municipality (värdkommun), an operating IT unit (driftande IT-enhet) and a level with dated history.",
})
@Entity("collaboration")
export class Collaboration extends Node {
  static readonly typeName = "Collaboration";
  @PrimaryGeneratedColumn() id: number;

  @Field(() => String, { description: "Name, e.g. Gemensamt ekonomisystem." })
  @Column({ type: "varchar", length: 200 })
  name: string;
  @NameKeyColumn("name") nameKey: string;

  @Index() @Column({ type: "integer" }) applicationId: number;
  @Index() @Column({ type: "integer" }) hostMunicipalityId: number;
  @Column({ type: "integer", nullable: true }) operatorItUnitId: number | null;
  @Column({ type: "integer", nullable: true }) collaborationBodyId: number | null;
  /** Kept equal to the `toLevelId` of the latest level change; written only by the level service. */
  @Index() @Column({ type: "integer" }) levelId: number;

  @Field(() => LocalDateResolver, { nullable: true, description: "When the collaboration began." })
  @Column({ type: "varchar", length: 10, nullable: true })
  startedOn: string | null;

  @Field(() => String, { nullable: true, description: "Free text." })
  @Column({ type: "text", nullable: true })
  description: string | null;
}

@ObjectType({ implements: Node, description: "A municipality's participation (deltagande) in a collaboration, with dates." })
@Entity("collaboration_participant")
@Index(["collaborationId", "municipalityId"])
export class CollaborationParticipant extends Node {
  static readonly typeName = "CollaborationParticipant";
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: "integer" }) collaborationId: number;
  @Index() @Column({ type: "integer" }) municipalityId: number;

  @Field(() => LocalDateResolver, { description: "First day of participation." })
  @Column({ type: "varchar", length: 10 })
  joinedOn: string;

  @Field(() => LocalDateResolver, { nullable: true, description: "Last day of participation; null while it lasts." })
  @Column({ type: "varchar", length: 10, nullable: true })
  leftOn: string | null;
}

@ObjectType({ implements: Node, description: "A dated change of a collaboration's level (nivåförändring), with its decision reference." })
@Entity("collaboration_level_change")
@Index(["collaborationId", "changedOn"])
export class LevelChange extends Node {
  static readonly typeName = "LevelChange";
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: "integer" }) collaborationId: number;
  @Column({ type: "integer", nullable: true }) fromLevelId: number | null;
  @Column({ type: "integer" }) toLevelId: number;

  @Field(() => LocalDateResolver, { description: "The date the new level took effect." })
  @Column({ type: "varchar", length: 10 })
  changedOn: string;

  @Field(() => String, { nullable: true, description: "Decision reference (beslutsreferens, diarienummer), e.g. KS 2009/123." })
  @Column({ type: "varchar", length: 100, nullable: true })
  decisionReference: string | null;

  @Field(() => String, { nullable: true, description: "Why the level changed (motivering)." })
  @Column({ type: "text", nullable: true })
  reason: string | null;

  /** When the change was recorded; orders changes made on the same date. */
  @Column({ type: "varchar", length: 30 }) recordedAt: string;
}

export const collaborationEntities = [CollaborationLevel, Collaboration, CollaborationParticipant, LevelChange];
