import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { Node } from "../core/node";
import { type RoleTarget, type Term, Vocabulary } from "./rules";

registerEnumType(Vocabulary, {
  name: "Vocabulary",
  description: "A vocabulary kept as data (vokabulär), edited by admins like the level scale.",
  valuesConfig: {
    ROLE_KIND: { description: "Role kinds (rolltyper): systemägare, systemförvaltare, informationssäkerhetsansvarig …; RoleAssignment.kindCode." },
    GOVERNANCE_DOCUMENT_KIND: { description: "Kinds of governance document (styrdokumenttyper): IT-policy, strategi, riktlinjer …; GovernanceDocument.kindCode." },
    APPLICATION_CATEGORY: { description: "Application categories (verksamhetsområden): ekonomi, bygglov, e-post, befolkningsregister …; Application.categoryCode." },
  },
});

@ObjectType({
  implements: Node,
  description:
    "A term of a vocabulary (term): a stable code that data refers to, its Swedish name, description and order. Admins add and edit terms; codes never change, so rules, imports and today's clients keep working.",
})
@Entity("vocabulary_term")
@Index(["vocabulary", "code"], { unique: true })
export class VocabularyTerm extends Node implements Term {
  static readonly typeName = "VocabularyTerm";
  @PrimaryGeneratedColumn() id: number;

  @Field(() => Vocabulary, { description: "The vocabulary it belongs to." })
  @Column({ type: "varchar", length: 30 })
  vocabulary: Vocabulary;

  @Field(() => String, { description: "Stable code (A–Z, 0–9, _), e.g. SYSTEMAGARE, BUILDING_PERMITS: what data, rules, imports and the enums refer to." })
  @Column({ type: "varchar", length: 20 })
  code: string;

  @Field(() => String, { description: "Swedish name, e.g. Systemägare, Bygglov." })
  @Column({ type: "varchar", length: 100 })
  name: string;

  @Field(() => String, { nullable: true, description: "What it means." })
  @Column({ type: "text", nullable: true })
  description: string | null;

  @Field(() => Int, { description: "Order in lists (lowest first)." })
  @Column({ type: "integer" })
  sortOrder: number;

  /** ROLE_KIND: comma-separated targets (applicationUsage, collaboration, itUnit). */
  @Column({ type: "varchar", length: 100, nullable: true }) roleTargetList: string | null;
  /** ROLE_KIND: 1 when only one holder per target at a time. */
  @Column({ type: "integer", nullable: true }) singleHolderFlag: number | null;

  get roleTargets(): RoleTarget[] | null {
    return this.roleTargetList === null ? null : (this.roleTargetList.split(",").filter(Boolean) as RoleTarget[]);
  }

  @Field(() => Boolean, { nullable: true, description: "ROLE_KIND: only one person holds it on a target at a time (systemägare, IT-chef)." })
  get singleHolder(): boolean | null {
    return this.singleHolderFlag === null ? null : this.singleHolderFlag === 1;
  }

  @Field(() => Int, { nullable: true, description: "GOVERNANCE_DOCUMENT_KIND: the shortest review interval (revideringsintervall) a document of the kind may have, in months." })
  @Column({ type: "integer", nullable: true })
  reviewMinMonths: number | null;

  @Field(() => Int, { nullable: true, description: "GOVERNANCE_DOCUMENT_KIND: the longest review interval in months (the IT-policy 60: it lasts five years)." })
  @Column({ type: "integer", nullable: true })
  reviewMaxMonths: number | null;

  @Field(() => Int, { nullable: true, description: "GOVERNANCE_DOCUMENT_KIND: the review interval in months a new document of the kind gets when none is given." })
  @Column({ type: "integer", nullable: true })
  reviewDefaultMonths: number | null;
}

export const vocabularyEntities = [VocabularyTerm];
