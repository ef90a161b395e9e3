import { capped } from "../common/text-limits";
import { GraphQLError } from "graphql";
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, registerEnumType, Root } from "type-graphql";
import { Allow } from "../access/decorators";
import { Role } from "../access/roles";
import { isAdmin } from "../access/viewer";
import { keepOutOfResponseCache } from "../cache/response-cache";
import { Connection, OrderDirection, PageArgs, paginate } from "../graphql/connection";
import { decodeIdOf } from "../core/global-id";
import { ListField } from "../core/list-cap";
import { runMutation } from "../core/mutation";
import { Payload, payload } from "../graphql/payload";
import { UserError } from "../core/user-error";
import type { Context } from "../core/context";
import { municipalityArgument } from "../municipalities/arguments";
import { Municipality } from "../municipalities/entities";
import { municipalityById } from "../municipalities/loaders";
import { CalendarFeedRow, DeliveryStatus, WebhookDeliveryRow, WebhookEndpointRow } from "./entities";
import { WebhookEventType } from "./events";
import * as service from "./service";

registerEnumType(WebhookEventType, {
  name: "WebhookEventType",
  description: "An event a webhook endpoint can subscribe to (händelse).",
  valuesConfig: {
    DEADLINE_APPROACHING: {
      description:
        "An agreement's decision deadline (beslutsdatum), notice deadline or term end came within one of the endpoint's thresholdDays; once per threshold and date, again when the date moves.",
    },
    LEVEL_CHANGED: { description: "A shared system's collaboration level (samverkansnivå) was set." },
    RECOMMENDATION_DECIDED: { description: "A collaboration candidate (samverkansförslag) was accepted, rejected or deferred." },
    IMPORT_APPLIED: { description: "A spreadsheet import (import av applikationslista) was applied." },
    PLAN_ISSUED: { description: "An implementation plan (införandeplan) was issued in a new version; the data holds each municipality's budget notice (budgetunderlag)." },
    NEED_REGISTERED: { description: "A municipality registered a need (behovsanmälan): the business area, when, the budget frame, and who already runs something there." },
    NEED_CHOICE_RECORDED: { description: "The option chosen for a need (behovsanmälan) was recorded: join a collaboration, procure together or go alone; names the other members of the body told." },
  },
});

const CalendarFeedConnection = Connection(CalendarFeedRow, "CalendarFeed");
const WebhookEndpointConnection = Connection(WebhookEndpointRow, "WebhookEndpoint");
const WebhookDeliveryConnection = Connection(WebhookDeliveryRow, "WebhookDelivery");

@InputType({ description: "A new calendar feed." })
class CalendarFeedCreateInput {
  @Field(() => String, { description: capped("A name to tell feeds apart, e.g. whose calendar it is in.", 100) }) name: string;
  @Field(() => ID, { nullable: true, description: "The municipality whose deadlines it shows; null: the whole collaboration body (admins only). An editor names its own." })
  municipalityId?: string | null;
}

@InputType({ description: "The calendar feed to revoke." })
class CalendarFeedRevokeInput {
  @Field(() => ID, { description: "The feed." }) id: string;
}

@ObjectType({ description: "Result of calendarFeedCreate: the feed, and its token and address, shown this once." })
class CalendarFeedCreatePayload {
  @Field(() => CalendarFeedRow, { nullable: true, description: "The new feed; null when refused." }) calendarFeed: CalendarFeedRow | null;
  @Field(() => String, { nullable: true, description: "The feed's token; shown only now, stored only as a hash." }) token: string | null;
  @Field(() => String, {
    nullable: true,
    description: "The feed's address on this server, /feeds/<token>.ics: put the server's origin in front and subscribe to it in a calendar. Shown only now.",
  })
  url: string | null;
  @Field(() => [UserError], { description: "Why the mutation was refused; empty when it succeeded." }) userErrors: UserError[];
}

const CalendarFeedRevokePayload = Payload("CalendarFeedRevokePayload", "calendarFeed", CalendarFeedRow, "Result of calendarFeedRevoke.");

@InputType({ description: "A new webhook endpoint." })
class WebhookEndpointCreateInput {
  @Field(() => String, { description: capped("Where deliveries are POSTed (http or https).", 2000) }) url: string;
  @ListField(() => [WebhookEventType], { maxItems: 10, description: "The events to deliver." }) eventTypes: WebhookEventType[];
  @ListField(() => [Int], { maxItems: 20, nullable: true, description: "For DEADLINE_APPROACHING: days before a deadline at which it fires; default [180, 90, 30]." })
  thresholdDays?: number[] | null;
  @Field(() => String, { nullable: true, description: capped("What the endpoint is for.", 200) }) description?: string | null;
}

@InputType({ description: "The webhook endpoint to disable." })
class WebhookEndpointDisableInput {
  @Field(() => ID, { description: "The endpoint." }) id: string;
}

@ObjectType({ description: "Result of webhookEndpointCreate: the endpoint, and its signing secret, shown this once." })
class WebhookEndpointCreatePayload {
  @Field(() => WebhookEndpointRow, { nullable: true, description: "The new endpoint; null when refused." }) webhookEndpoint: WebhookEndpointRow | null;
  @Field(() => String, {
    nullable: true,
    description: "The signing secret in the Standard Webhooks form (whsec_ + base64); shown only now. Verify `webhook-signature` with it.",
  })
  secret: string | null;
  @Field(() => [UserError], { description: "Why the mutation was refused; empty when it succeeded." }) userErrors: UserError[];
}

const WebhookEndpointDisablePayload = Payload("WebhookEndpointDisablePayload", "webhookEndpoint", WebhookEndpointRow, "Result of webhookEndpointDisable.");

@ArgsType()
class CalendarFeedsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: "Only this municipality's feeds (its ID or four-digit code)." }) municipality?: string | null;
  @Field(() => Boolean, { nullable: true, description: "Include revoked feeds; default false." }) includeRevoked?: boolean | null;
}

@ArgsType()
class WebhookDeliveriesArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: "Only deliveries to this endpoint." }) endpoint?: string | null;
  @Field(() => DeliveryStatus, { nullable: true, description: "Only deliveries with this status." }) status?: DeliveryStatus | null;
}

@Resolver(() => CalendarFeedRow)
export class CalendarFeedResolver {
  @Allow(Role.EDITOR)
  @Query(() => CalendarFeedConnection, { nullable: true, description: "Calendar feeds (kalenderprenumerationer), newest first: an admin sees all, an editor its own municipality's." })
  async calendarFeeds(@Args() args: CalendarFeedsArgs, @Ctx() ctx: Context) {
    const qb = ctx.db.getRepository(CalendarFeedRow).createQueryBuilder("f");
    if (!isAdmin(ctx.viewer)) qb.andWhere("f.municipality_id = :own", { own: ctx.viewer!.municipalityId });
    if (args.municipality) qb.andWhere("f.municipality_id = :m", { m: await municipalityArgument(ctx, args.municipality, "municipality") });
    if (!args.includeRevoked) qb.andWhere("f.revoked_at IS NULL");
    return paginate(qb, args, "createdAt", CalendarFeedConnection, OrderDirection.DESC);
  }

  @FieldResolver(() => Municipality, { nullable: true, description: "The municipality whose deadlines it shows; null: the whole collaboration body." })
  municipality(@Root() feed: CalendarFeedRow, @Ctx() ctx: Context) {
    return feed.municipalityId === null ? null : ctx.loaders.get(municipalityById).load(feed.municipalityId);
  }

  @Allow(Role.EDITOR)
  @Mutation(() => CalendarFeedCreatePayload, {
    nullable: true,
    description: "Creates a calendar feed of deadlines (decision, notice, term end, role ends) for a municipality, or for the whole body (admins). Its token and URL are shown once.",
  })
  async calendarFeedCreate(
    @Arg("input", () => CalendarFeedCreateInput, { description: "The mutation's input: see CalendarFeedCreateInput." }) input: CalendarFeedCreateInput,
    @Ctx() ctx: Context,
  ): Promise<CalendarFeedCreatePayload> {
    const outcome = await runMutation(ctx, "calendarFeedCreate", (s) => service.createFeed(s, input));
    return { calendarFeed: outcome.result?.calendarFeed ?? null, token: outcome.result?.token ?? null, url: outcome.result?.url ?? null, userErrors: outcome.userErrors };
  }

  @Allow(Role.EDITOR)
  @Mutation(() => CalendarFeedRevokePayload, { nullable: true, description: "Revokes a calendar feed: its address answers 404 from now on." })
  async calendarFeedRevoke(@Arg("input", () => CalendarFeedRevokeInput, { description: "The mutation's input: see CalendarFeedRevokeInput." }) input: CalendarFeedRevokeInput, @Ctx() ctx: Context) {
    return payload("calendarFeed", await runMutation(ctx, "calendarFeedRevoke", (s) => service.revokeFeed(s, input)));
  }
}

@Resolver(() => WebhookEndpointRow)
export class WebhookEndpointResolver {
  @Allow(Role.ADMIN)
  @Query(() => WebhookEndpointConnection, { nullable: true, description: "Webhook endpoints, oldest first (admins)." })
  webhookEndpoints(@Args() args: PageArgs, @Ctx() ctx: Context) {
    return paginate(ctx.db.getRepository(WebhookEndpointRow).createQueryBuilder("e"), args, "createdAt", WebhookEndpointConnection);
  }

  @FieldResolver(() => [WebhookEventType], { description: "The events it receives." })
  eventTypes(@Root() endpoint: WebhookEndpointRow): WebhookEventType[] {
    return JSON.parse(endpoint.eventTypes) as WebhookEventType[];
  }

  @FieldResolver(() => [Int], { description: "Days before a deadline at which DEADLINE_APPROACHING fires, largest first; empty when not subscribed to it." })
  thresholdDays(@Root() endpoint: WebhookEndpointRow): number[] {
    return JSON.parse(endpoint.thresholdDays) as number[];
  }

  @Allow(Role.ADMIN)
  @Mutation(() => WebhookEndpointCreatePayload, { nullable: true, description: "Registers a webhook endpoint (admins). Its signing secret is shown once." })
  async webhookEndpointCreate(
    @Arg("input", () => WebhookEndpointCreateInput, { description: "The mutation's input: see WebhookEndpointCreateInput." }) input: WebhookEndpointCreateInput,
    @Ctx() ctx: Context,
  ): Promise<WebhookEndpointCreatePayload> {
    const outcome = await runMutation(ctx, "webhookEndpointCreate", (s) => service.createEndpoint(s, input));
    return { webhookEndpoint: outcome.result?.webhookEndpoint ?? null, secret: outcome.result?.secret ?? null, userErrors: outcome.userErrors };
  }

  @Allow(Role.ADMIN)
  @Mutation(() => WebhookEndpointDisablePayload, { nullable: true, description: "Disables a webhook endpoint: nothing more is delivered to it; its delivery log stays." })
  async webhookEndpointDisable(
    @Arg("input", () => WebhookEndpointDisableInput, { description: "The mutation's input: see WebhookEndpointDisableInput." }) input: WebhookEndpointDisableInput,
    @Ctx() ctx: Context,
  ) {
    return payload("webhookEndpoint", await runMutation(ctx, "webhookEndpointDisable", (s) => service.disableEndpoint(s, input)));
  }
}

@Resolver(() => WebhookDeliveryRow)
export class WebhookDeliveryResolver {
  @Allow(Role.ADMIN)
  @Query(() => WebhookDeliveryConnection, { nullable: true, description: "The webhook delivery log (leveranslogg), newest first (admins)." })
  async webhookDeliveries(@Args() args: WebhookDeliveriesArgs, @Ctx() ctx: Context) {
    // The scheduler writes the log without advancing the data version (it is no change to the data): never cache it.
    keepOutOfResponseCache(ctx);
    const qb = ctx.db.getRepository(WebhookDeliveryRow).createQueryBuilder("d");
    if (args.endpoint) {
      const id = decodeIdOf(args.endpoint, WebhookEndpointRow.typeName);
      if (id === null || !(await ctx.db.getRepository(WebhookEndpointRow).existsBy({ id }))) {
        throw new GraphQLError(`\`endpoint\`: ingen WebhookEndpoint har ID:t "${args.endpoint.slice(0, 40)}".`, { extensions: { code: "BAD_USER_INPUT", argumentName: "endpoint" } });
      }
      qb.andWhere("d.endpoint_id = :endpoint", { endpoint: id });
    }
    if (args.status) qb.andWhere("d.status = :status", { status: args.status });
    return paginate(qb, args, "createdAt", WebhookDeliveryConnection, OrderDirection.DESC);
  }

  @FieldResolver(() => WebhookEventType, { description: "The event's type." })
  eventType(@Root() delivery: WebhookDeliveryRow): WebhookEventType {
    return delivery.eventType as WebhookEventType;
  }
}

export const reminderResolvers = [CalendarFeedResolver, WebhookEndpointResolver, WebhookDeliveryResolver] as const;
