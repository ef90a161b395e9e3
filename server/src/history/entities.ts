import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/**
 * One version of a subject's changeable facts (a usage's phase and fit, a collaboration's host and
 * operator, an agreement's terms, …): the values that held from `validFrom` to `validTo` (both
 * inclusive; `validTo` null while they still hold). The subject's own row carries the latest
 * version's values for lists and filters; every answer for a date reads the versions.
 */
@Entity("fact_version")
@Index(["subjectType", "subjectId", "validFrom"])
@Index(["subjectType", "validFrom"])
export class FactVersion {
  @PrimaryGeneratedColumn() id: number;
  /** The subject's GraphQL type name, e.g. ApplicationUsage. */
  @Column({ type: "varchar", length: 40 }) subjectType: string;
  @Column({ type: "integer" }) subjectId: number;
  @Column({ type: "varchar", length: 10 }) validFrom: string;
  @Column({ type: "varchar", length: 10, nullable: true }) validTo: string | null;
  /** JSON object of the versioned fields. */
  @Column({ type: "text" }) facts: string;
  /** When this version was written. */
  @Column({ type: "varchar", length: 30 }) recordedAt: string;
  /** Set when the version was written by a back-dated correction (rättelse): why. */
  @Column({ type: "text", nullable: true }) correctionReason: string | null;
}

export const historyEntities = [FactVersion];
