import { LocalDateResolver } from "graphql-scalars";
import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { Node } from "../core/node";
import { GovernanceDocumentKind } from "./review";
import { NameKeyColumn } from "../db/name-keys";
import { enumValueOf } from "../vocabularies/rules";

registerEnumType(GovernanceDocumentKind, {
  name: "GovernanceDocumentKind",
  description: "Kind of governance document (styrdokument).",
  valuesConfig: {
    IT_POLICY: { description: "IT-policy (e.g. IT-policy med strategier Dalsland 2008): reviewed at least every 5 years." },
    IT_INSTRUCTIONS: { description: "IT-instruktioner (a municipality's IT instructions): reviewed every 3–5 years." },
    OTHER: { description: "Another governance document; also shown for a kind added to the GOVERNANCE_DOCUMENT_KIND vocabulary since (strategi, riktlinjer …: read kindCode)." },
  },
});

@ObjectType({ implements: Node, description: "A governance document (styrdokument) with a review interval (revideringsintervall): the IT-policy, IT instructions, guidelines." })
@Entity("governance_document")
export class GovernanceDocument extends Node {
  static readonly typeName = "GovernanceDocument";
  @PrimaryGeneratedColumn() id: number;

  /** A code of the GOVERNANCE_DOCUMENT_KIND vocabulary (today's enum values, or a term added since). */
  @Column({ type: "varchar", length: 20 })
  kind: string;

  @Field(() => GovernanceDocumentKind, { name: "kind", description: "Kind of document as today's enum: its code, or OTHER for a kind added to the vocabulary since (read kindCode)." })
  get kindEnum(): GovernanceDocumentKind {
    return enumValueOf(this.kind, GovernanceDocumentKind, GovernanceDocumentKind.OTHER);
  }

  @Field(() => String, { description: "Kind of document (styrdokumenttyp): its code in the GOVERNANCE_DOCUMENT_KIND vocabulary (vocabularyTerms), including kinds added since the enum." })
  get kindCode(): string {
    return this.kind;
  }

  @Field(() => String, { description: "Title, e.g. IT-policy med strategier Dalsland." })
  @Column({ type: "varchar", length: 200 })
  title: string;
  @NameKeyColumn("title") titleKey: string;

  /** The municipality that owns it; null for a document of a collaboration body (or all). */
  @Index() @Column({ type: "integer", nullable: true }) municipalityId: number | null;
  @Column({ type: "integer", nullable: true }) collaborationBodyId: number | null;

  @Field(() => LocalDateResolver, { description: "When it was adopted (antagen)." })
  @Column({ type: "varchar", length: 10 })
  adoptedOn: string;

  @Field(() => LocalDateResolver, { nullable: true, description: "When it was last reviewed (senast reviderad); null if never." })
  @Column({ type: "varchar", length: 10, nullable: true })
  lastReviewedOn: string | null;

  @Field(() => Int, { description: "Months between reviews (revideringsintervall)." })
  @Column({ type: "integer" })
  reviewIntervalMonths: number;

  @Field(() => LocalDateResolver, { nullable: true, description: "When it was retired or replaced (upphävd); null while in force." })
  @Column({ type: "varchar", length: 10, nullable: true })
  retiredOn: string | null;

  @Field(() => String, { nullable: true, description: "Decision reference of the adoption (beslutsreferens)." })
  @Column({ type: "varchar", length: 100, nullable: true })
  decisionReference: string | null;

  @Field(() => String, { nullable: true, description: "Link to the document." })
  @Column({ type: "varchar", length: 500, nullable: true })
  documentUrl: string | null;
}

export const governanceEntities = [GovernanceDocument];
