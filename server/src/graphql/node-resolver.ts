import { GraphQLError } from "graphql";
import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import { Allow } from "../access/decorators";
import { Role } from "../access/roles";
import type { Context } from "../core/context";
import { Node } from "../core/node";
import { loadAnyNode } from "./node-registry";

const MAX_NODES = 100;

@Resolver()
export class NodeResolver {
  @Allow(Role.READER)
  @Query(() => Node, { nullable: true, description: "Fetches any object by its global ID; null when it does not exist." })
  node(@Arg("id", () => ID, { description: "A global ID." }) id: string, @Ctx() ctx: Context): Node | Promise<Node | null> | null {
    return loadAnyNode(ctx, id);
  }

  @Allow(Role.READER)
  @Query(() => [Node], { nullable: "items", description: `Fetches up to ${MAX_NODES} objects by global ID, in the order asked; null for each that does not exist.` })
  nodes(@Arg("ids", () => [ID], { description: "Global IDs." }) ids: string[], @Ctx() ctx: Context): Promise<(Node | null)[]> {
    if (ids.length > MAX_NODES) throw new GraphQLError(`Högst ${MAX_NODES} ID:n per anrop.`, { extensions: { code: "BAD_USER_INPUT", argumentName: "ids" } });
    return Promise.all(ids.map((id) => loadAnyNode(ctx, id)));
  }
}
