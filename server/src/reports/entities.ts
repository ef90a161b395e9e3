import { LocalDateResolver } from "graphql-scalars";
import { Field, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { Node } from "../core/node";
import { PolicyGoalStatus } from "./policy-goals";

registerEnumType(PolicyGoalStatus, {
  name: "PolicyGoalStatus",
  description: "A policy goal's status on a date.",
  valuesConfig: {
    ACHIEVED: { description: "Uppnått: reached on or before the date." },
    ONGOING: { description: "Pågår: not reached, deadline not passed." },
    OVERDUE: { description: "Försenat: not reached and the deadline has passed." },
  },
});

@ObjectType({ implements: Node, description: "A goal of the IT-policy with a deadline (mål med datum), e.g. an optimal joint IT organisation by 2013." })
@Entity("policy_goal")
export class PolicyGoal extends Node {
  static readonly typeName = "PolicyGoal";
  @PrimaryGeneratedColumn() id: number;

  @Field(() => String, { description: "The goal, in Swedish." })
  @Column({ type: "varchar", length: 300 })
  title: string;

  @Field(() => String, { nullable: true, description: "Free text." })
  @Column({ type: "text", nullable: true })
  description: string | null;

  @Field(() => LocalDateResolver, { description: "The deadline (måldatum)." })
  @Column({ type: "varchar", length: 10 })
  deadline: string;

  @Field(() => LocalDateResolver, { nullable: true, description: "When the goal was reached; null while it is not." })
  @Column({ type: "varchar", length: 10, nullable: true })
  achievedOn: string | null;

  /** The collaboration body whose policy sets the goal; null for a goal of no particular body. */
  @Index() @Column({ type: "integer", nullable: true }) collaborationBodyId: number | null;
}

/**
 * An issued annual report (utfärdad årsrapport): the rendered HTML exactly as issued, its SHA-256
 * and who issued it. Issued reports are never rebuilt or changed.
 */
@Entity("annual_report_issue")
export class AnnualReportIssueRow {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: "integer" }) year: number;
  /** "body:<id>" for a collaboration body's report, "all" for the report over everything: one issue per scope and year. */
  @Column({ type: "varchar", length: 40 }) scope: string;
  @Column({ type: "integer", nullable: true }) collaborationBodyId: number | null;
  @Column({ type: "text" }) html: string;
  @Column({ type: "varchar", length: 64 }) sha256: string;
  /** The Swedish date of issue, printed in the report. */
  @Column({ type: "varchar", length: 10 }) issuedOn: string;
  @Column({ type: "varchar", length: 30 }) issuedAt: string;
  @Column({ type: "integer", nullable: true }) issuedByTokenId: number | null;
  @Column({ type: "varchar", length: 200 }) issuedBy: string;
}

export const reportEntities = [PolicyGoal, AnnualReportIssueRow];
