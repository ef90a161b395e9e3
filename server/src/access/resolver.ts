import { DateTimeISOResolver } from "graphql-scalars";
import { Ctx, Field, Int, ObjectType, Query, Resolver } from "type-graphql";
import { Municipality } from "../municipalities/entities";
import { municipalityById } from "../municipalities/loaders";
import type { Context } from "../core/context";
import { keepOutOfResponseCache } from "../cache/response-cache";
import { Public } from "./decorators";
import { Role } from "./roles";

@ObjectType({ description: "Where the caller stands in its rate-limit window (the RateLimit headers of the same answer say the same)." })
export class ViewerRateLimit {
  @Field(() => Int, { description: "Requests allowed per window." }) limit: number;
  @Field(() => Int, { description: "The window in seconds." }) windowSeconds: number;
  @Field(() => Int, { description: "Requests left in this window, this one counted." }) remaining: number;
  @Field(() => Int, { description: "Seconds until the window starts anew." }) resetSeconds: number;
}

@ObjectType({ description: "The limits the caller's requests run under (gränser): the query cost limit and the rate limit." })
export class ViewerLimits {
  @Field(() => Int, { description: "The largest query cost accepted; every answer tells its own cost in extensions.cost." }) maxCost: number;
  @Field(() => Int, { description: "How many items an unpaged list of objects counts as in a query's cost." }) unpagedListCost: number;
  @Field(() => ViewerRateLimit, { nullable: true, description: "The caller's rate limit and where it stands; null when the server limits no rate." })
  rateLimit: ViewerRateLimit | null;
}

@ObjectType({ description: "The caller, as its API token describes it." })
export class ViewerInfo {
  @Field(() => String, { description: "The token's name." }) tokenName: string;
  @Field(() => Role, { description: "The token's role." }) role: Role;
  @Field(() => Municipality, { nullable: true, description: "The municipality the token speaks for (editors)." }) municipality: Municipality | null;
  @Field(() => DateTimeISOResolver, { nullable: true, description: "When the token stops working (it was created with --expires); null: it does not expire." })
  tokenExpiresAt: string | null;
  @Field(() => ViewerLimits, { nullable: true, description: "The limits the caller's requests run under (cost, rate, see also tokenExpiresAt); null outside an HTTP request." })
  limits: ViewerLimits | null;
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
    const limits = ctx.limits
      ? Object.assign(new ViewerLimits(), {
          maxCost: ctx.limits.maxCost,
          unpagedListCost: ctx.limits.unpagedListCost,
          rateLimit: ctx.limits.rateLimit ? Object.assign(new ViewerRateLimit(), ctx.limits.rateLimit) : null,
        })
      : null;
    return Object.assign(new ViewerInfo(), { tokenName: viewer.tokenName, role: viewer.role, municipality, tokenExpiresAt: viewer.expiresAt ?? null, limits });
  }
}
