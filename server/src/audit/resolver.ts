import { JSONResolver } from "graphql-scalars";
import { Args, ArgsType, Ctx, Field, FieldResolver, ID, ObjectType, Query, Resolver, Root } from "type-graphql";
import { Allow } from "../access/decorators";
import { Role } from "../access/roles";
import { Connection, PageArgs, paginate } from "../graphql/connection";
import type { Context } from "../core/context";
import { AuditEntryRow, type AuditChange } from "./entities";

@ObjectType({ description: "One changed field: its value before and after." })
class AuditFieldChange {
  @Field(() => String, { description: "The field's name." }) field: string;
  @Field(() => JSONResolver, { nullable: true, description: "Value before; null when created or empty." }) before: unknown;
  @Field(() => JSONResolver, { nullable: true, description: "Value after." }) after: unknown;
}

@ObjectType({ description: "What one mutation did to one object." })
class AuditObjectChange {
  @Field(() => ID, { description: "Global ID of the object." }) objectId: string;
  @Field(() => String, { description: "The object's type." }) objectType: string;
  @Field(() => String, { description: "CREATE, UPDATE or DELETE." }) kind: string;
  @Field(() => [AuditFieldChange], { description: "The changed fields." }) fields: AuditFieldChange[];
}

@ArgsType()
class AuditLogArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: "Only entries that touched this object: its history." }) objectId?: string | null;
  @Field(() => String, { nullable: true, description: "Only entries of this mutation." }) operation?: string | null;
}

const AuditEntryConnection = Connection(AuditEntryRow, "AuditEntry");

@Resolver(() => AuditEntryRow)
export class AuditResolver {
  @Allow(Role.ADMIN)
  @Query(() => AuditEntryConnection, { nullable: true, description: "The audit log, oldest first; with `objectId`, the history of one object. Admin only." })
  auditLog(@Args() args: AuditLogArgs, @Ctx() ctx: Context) {
    const qb = ctx.db.getRepository(AuditEntryRow).createQueryBuilder("e");
    if (args.objectId) qb.andWhere("e.id IN (SELECT o.entry_id FROM audit_object o WHERE o.object_id = :objectId)", { objectId: args.objectId });
    if (args.operation) qb.andWhere("e.operation = :operation", { operation: args.operation });
    return paginate(qb, args, "id", AuditEntryConnection);
  }

  @FieldResolver(() => [AuditObjectChange], { description: "What changed, object by object." })
  changes(@Root() entry: AuditEntryRow): AuditObjectChange[] {
    return (JSON.parse(entry.changes) as AuditChange[]).map((change) => ({
      objectId: change.objectId,
      objectType: change.objectType,
      kind: change.kind,
      fields: Object.entries(change.fields).map(([field, values]) => ({ field, before: values.before, after: values.after })),
    }));
  }
}
