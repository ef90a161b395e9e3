import { DateTimeISOResolver } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/** One successful mutation: who, when, what; append-only. */
@ObjectType("AuditEntry", { description: "An entry of the append-only audit log (ändringslogg): one successful mutation." })
@Entity("audit_entry")
export class AuditEntryRow {
  @PrimaryGeneratedColumn() id: number;

  @Field(() => DateTimeISOResolver, { description: "When." })
  @Column({ type: "varchar", length: 30 })
  at: string;

  @Column({ type: "integer", nullable: true }) actorTokenId: number | null;

  @Field(() => String, { description: "The name of the token that made the change." })
  @Column({ type: "varchar", length: 100 })
  actorName: string;

  @Field(() => String, { description: "The mutation, e.g. collaborationLevelSet." })
  @Column({ type: "varchar", length: 100 })
  operation: string;

  /** JSON array of AuditChange. */
  @Column({ type: "text" }) changes: string;

  @Field(() => String, {
    nullable: true,
    description: "Set when the mutation was a correction (rättelse): a back-dated change that alters answers for past dates, and why it was made. Null for ordinary changes.",
  })
  @Column({ type: "text", nullable: true })
  correctionReason: string | null;
}

/** Index row: which objects an audit entry touched, for "the history of one object". */
@Entity("audit_object")
@Index(["objectId", "entryId"])
export class AuditObjectRow {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: "integer" }) entryId: number;
  @Column({ type: "varchar", length: 200 }) objectId: string;
}

export interface AuditChange {
  objectId: string;
  objectType: string;
  kind: "CREATE" | "UPDATE" | "DELETE";
  /** Changed fields only: before and after values. */
  fields: Record<string, { before: unknown; after: unknown }>;
}
