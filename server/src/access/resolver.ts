import { Ctx, Field, ObjectType, Query, Resolver } from "type-graphql";
import { Municipality } from "../municipalities/entities";
import { municipalityById } from "../municipalities/loaders";
import type { Context } from "../core/context";
import { keepOutOfResponseCache } from "../cache/response-cache";
import { Public } from "./decorators";
import { Role } from "./roles";

@ObjectType({ description: "The caller, as its API token describes it." })
export class ViewerInfo {
  @Field(() => String, { description: "The token's name." }) tokenName: string;
  @Field(() => Role, { description: "The token's role." }) role: Role;
  @Field(() => Municipality, { nullable: true, description: "The municipality the token speaks for (editors)." }) municipality: Municipality | null;
}

@Resolver()
export class ViewerResolver {
  @Public()
  @Query(() => ViewerInfo, { nullable: true, description: "Who the caller is; null without a token. Open to all so a client can check its token." })
  async viewer(@Ctx() ctx: Context): Promise<ViewerInfo | null> {
    const viewer = ctx.viewer;
    if (!viewer) return null;
    // The token's name differs between tokens of one scope: never share this answer.
    keepOutOfResponseCache(ctx);
    const municipality = viewer.municipalityId === null ? null : await ctx.loaders.get(municipalityById).load(viewer.municipalityId);
    return Object.assign(new ViewerInfo(), { tokenName: viewer.tokenName, role: viewer.role, municipality });
  }
}
