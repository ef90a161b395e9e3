import { Field, ID, InterfaceType } from "type-graphql";
import { encodeGlobalId } from "./global-id";

/**
 * Relay's Node: every major entity has an opaque global ID and can be fetched with `node(id)`.
 * Entity classes extend this class and set `static readonly typeName` to their GraphQL type name.
 */
@InterfaceType({
  description: "An object with an opaque global ID, fetchable with `node(id:)`.",
  resolveType: (value) => nodeTypeName(value),
})
export abstract class Node {
  static readonly typeName: string;
  abstract id: number;

  @Field(() => ID, { name: "id", description: "Opaque global ID." })
  get globalId(): string {
    return encodeGlobalId((this.constructor as typeof Node).typeName, this.id);
  }
}

/** The GraphQL type of a Node value: its class's `typeName`. */
export function nodeTypeName(value: Node): string {
  return (value.constructor as typeof Node).typeName;
}
