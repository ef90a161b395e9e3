import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { LocalDateResolver } from "graphql-scalars";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { Node } from "../core/node";
import { NameKeyColumn } from "../db/name-keys";

@ObjectType({ implements: Node, description: "A municipality (kommun), identified by its official four-digit code (kommunkod)." })
@Entity("municipality")
export class Municipality extends Node {
  static readonly typeName = "Municipality";
  @PrimaryGeneratedColumn() id: number;

  @Field(() => String, { description: "Official four-digit municipality code (kommunkod), e.g. 1460 for Bengtsfors." })
  @Index({ unique: true })
  @Column({ type: "varchar", length: 4 })
  code: string;

  @Field(() => String, { description: "Name (kommunnamn), e.g. Bengtsfors." })
  @Column({ type: "varchar", length: 100 })
  name: string;
  @NameKeyColumn("name") nameKey: string;

  @Field(() => String, { nullable: true, description: "County (län), e.g. Västra Götalands län." })
  @Column({ type: "varchar", length: 100, nullable: true })
  county: string | null;
}

@ObjectType({ description: "The population (folkmängd) of a municipality on 31 December of a year, as published by SCB." })
@Entity("municipality_population")
@Index(["municipalityId", "year"], { unique: true })
export class PopulationFigure {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: "integer" }) municipalityId: number;

  @Field(() => Int, { description: "The year the figure refers to." })
  @Column({ type: "integer" })
  year: number;

  @Field(() => Int, { description: "Number of inhabitants (folkmängd)." })
  @Column({ type: "integer" })
  population: number;
}

export enum ItUnitKind {
  ADMINISTRATION = "ADMINISTRATION",
  SCHOOL = "SCHOOL",
  JOINT = "JOINT",
}
registerEnumType(ItUnitKind, {
  name: "ItUnitKind",
  description: "What an IT unit (IT-enhet) serves.",
  valuesConfig: {
    ADMINISTRATION: { description: "IT for the municipal administration (administrativ IT-enhet)." },
    SCHOOL: { description: "IT for schools (skol-IT)." },
    JOINT: { description: "A joint IT unit serving several municipalities (gemensam IT-enhet)." },
  },
});

@ObjectType({ implements: Node, description: "An IT unit (IT-enhet) of a municipality; it may operate applications for others (driftande IT-enhet)." })
@Entity("it_unit")
export class ItUnit extends Node {
  static readonly typeName = "ItUnit";
  @PrimaryGeneratedColumn() id: number;
  @Index() @Column({ type: "integer" }) municipalityId: number;

  @Field(() => String, { description: "Name, e.g. IT-enheten Bengtsfors." })
  @Column({ type: "varchar", length: 150 })
  name: string;
  @NameKeyColumn("name") nameKey: string;

  @Field(() => ItUnitKind, { description: "What the unit serves." })
  @Column({ type: "varchar", length: 20 })
  kind: ItUnitKind;
}

@ObjectType({ implements: Node, description: "A collaboration body (samverkansorgan), e.g. Dalslandskommunernas kommunalförbund (DKF)." })
@Entity("collaboration_body")
export class CollaborationBody extends Node {
  static readonly typeName = "CollaborationBody";
  @PrimaryGeneratedColumn() id: number;

  @Field(() => String, { description: "Name, e.g. Dalslandskommunernas kommunalförbund." })
  @Column({ type: "varchar", length: 200 })
  name: string;
  @NameKeyColumn("name") nameKey: string;

  @Field(() => String, { nullable: true, description: "Short name, e.g. DKF." })
  @Column({ type: "varchar", length: 30, nullable: true })
  shortName: string | null;

  @Field(() => String, { nullable: true, description: "Free text." })
  @Column({ type: "text", nullable: true })
  description: string | null;
}

@ObjectType({ implements: Node, description: "A municipality's membership (medlemskap) of a collaboration body, with dates. A municipality that left and rejoined has two memberships." })
@Entity("collaboration_body_membership")
export class Membership extends Node {
  static readonly typeName = "Membership";
  @PrimaryGeneratedColumn() id: number;
  @Index() @Column({ type: "integer" }) collaborationBodyId: number;
  @Index() @Column({ type: "integer" }) municipalityId: number;

  @Field(() => LocalDateResolver, { description: "First day of membership." })
  @Column({ type: "varchar", length: 10 })
  fromDate: string;

  @Field(() => LocalDateResolver, { nullable: true, description: "Last day of membership; null while it lasts." })
  @Column({ type: "varchar", length: 10, nullable: true })
  toDate: string | null;

  @Field(() => String, { nullable: true, description: "Free text, e.g. the decision behind the change." })
  @Column({ type: "text", nullable: true })
  note: string | null;
}

export const municipalityEntities = [Municipality, PopulationFigure, ItUnit, CollaborationBody, Membership];
