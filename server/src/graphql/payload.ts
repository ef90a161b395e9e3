import { Field, ObjectType, type ClassType } from "type-graphql";
import { UserError } from "../core/user-error";

export type PayloadShape<K extends string, T> = { [key in K]: T | null } & { userErrors: UserError[] };

/**
 * A mutation payload type: `{ <field>: T, userErrors: [UserError!]! }`. The object is null when
 * the mutation was refused.
 */
export function Payload<K extends string, T extends object>(typeName: string, field: K, type: ClassType<T>, description: string): ClassType<PayloadShape<K, T>> {
  @ObjectType(typeName, { description })
  class PayloadType {
    @Field(() => [UserError], { description: "Why the mutation was refused; empty when it succeeded (then nothing was changed otherwise)." })
    userErrors: UserError[];
  }
  Field(() => type, { nullable: true, description: "The object as it is after the mutation; null when it was refused." })(PayloadType.prototype, field);
  return PayloadType as unknown as ClassType<PayloadShape<K, T>>;
}

/** Builds a payload value from a mutation outcome. */
export function payload<K extends string, T>(field: K, outcome: { result: T | null; userErrors: UserError[] }): PayloadShape<K, T> {
  return { [field]: outcome.result, userErrors: outcome.userErrors } as PayloadShape<K, T>;
}
