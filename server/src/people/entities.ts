import { Field, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { Node } from "../core/node";
import { NameKeyColumn } from "../db/name-keys";

@ObjectType({
  implements: Node,
  description: "A person (person) who holds roles, competence or network memberships. Contact details are personal data: visible to admins and the person's own municipality only.",
})
@Entity("person")
export class Person extends Node {
  static readonly typeName = "Person";
  @PrimaryGeneratedColumn() id: number;

  @Field(() => String, { description: "Full name (namn)." })
  @Column({ type: "varchar", length: 150 })
  name: string;
  @NameKeyColumn("name") nameKey: string;

  @Field(() => String, { nullable: true, description: "Job title (befattning), e.g. IT-chef, ekonom." })
  @Column({ type: "varchar", length: 150, nullable: true })
  title: string | null;

  @Index() @Column({ type: "integer" }) municipalityId: number;
  @Column({ type: "integer", nullable: true }) itUnitId: number | null;
  @Column({ type: "varchar", length: 200, nullable: true }) email: string | null;
  @Column({ type: "varchar", length: 50, nullable: true }) phone: string | null;
  /** Planned leave (planerad avgång), "YYYY-MM"; HR-sensitive, exposed as `plannedLeave` by the competence module. */
  @Column({ type: "varchar", length: 7, nullable: true }) plannedLeaveMonth: string | null;
}

export const peopleEntities = [Person];
