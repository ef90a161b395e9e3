import { LocalDateResolver } from "graphql-scalars";
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Allow } from "../access/decorators";
import { Role } from "../access/roles";
import { ApplicationCategory } from "../applications/entities";
import { Collaboration } from "../collaborations/entities";
import { collaborationById } from "../collaborations/loaders";
import { participatesOn } from "../collaborations/rules";
import type { Context } from "../core/context";
import { runMutation } from "../core/mutation";
import { Connection, PageArgs, paginate } from "../graphql/connection";
import { idArgument } from "../graphql/id-argument";
import { Payload, payload } from "../graphql/payload";
import { municipalityArgument } from "../municipalities/arguments";
import { Person } from "../people/entities";
import { personById } from "../people/loaders";
import { CompetenceNetwork, CompetenceNetworkActivity, CompetenceNetworkMember, NetworkActivityKind } from "./entities";
import { CompetenceNetworkActivityAddInput, CompetenceNetworkCreateInput, CompetenceNetworkMemberAddInput, CompetenceNetworkMemberRemoveInput, CompetenceNetworkUpdateInput } from "./inputs";
import { activitiesByNetwork, membersByNetwork, networkById, networkLinksByNetwork, participantsByNetworkActivity } from "./loaders";
import * as service from "./service";

const CompetenceNetworkConnection = Connection(CompetenceNetwork, "CompetenceNetwork");

const CompetenceNetworkPayload = Payload("CompetenceNetworkPayload", "competenceNetwork", CompetenceNetwork, "Result of a mutation on a competence network.");
const CompetenceNetworkActivityPayload = Payload(
  "CompetenceNetworkActivityPayload",
  "competenceNetworkActivity",
  CompetenceNetworkActivity,
  "Result of adding to a competence network's activity log.",
);

@ArgsType()
class CompetenceNetworksArgs extends PageArgs {
  @Field(() => ApplicationCategory, { nullable: true, description: "Only networks of this business area." }) category?: ApplicationCategory | null;
  @Field(() => ID, { nullable: true, description: "Only networks serving this collaboration." }) collaboration?: string | null;
  @Field(() => ID, { nullable: true, description: "Only networks with a current member from this municipality (its ID or four-digit code)." }) municipality?: string | null;
}

@Resolver(() => CompetenceNetwork)
export class CompetenceNetworkResolver {
  @Allow(Role.READER)
  @Query(() => CompetenceNetworkConnection, { nullable: true, description: "Competence networks (kompetensnätverk), by name." })
  async competenceNetworks(@Args() args: CompetenceNetworksArgs, @Ctx() ctx: Context) {
    const qb = ctx.db.getRepository(CompetenceNetwork).createQueryBuilder("n");
    if (args.category) qb.andWhere("n.category = :category", { category: args.category });
    if (args.collaboration) {
      qb.andWhere("EXISTS (SELECT 1 FROM competence_network_collaboration l WHERE l.network_id = n.id AND l.collaboration_id = :collaboration)", {
        collaboration: await idArgument(ctx, args.collaboration, "collaboration", Collaboration.typeName),
      });
    }
    if (args.municipality) {
      qb.andWhere(
        "EXISTS (SELECT 1 FROM competence_network_member nm JOIN person p ON p.id = nm.person_id WHERE nm.network_id = n.id AND p.municipality_id = :municipality AND nm.joined_on <= :today AND (nm.left_on IS NULL OR nm.left_on >= :today))",
        { municipality: await municipalityArgument(ctx, args.municipality, "municipality"), today: ctx.today },
      );
    }
    return paginate(qb, args, "nameKey", CompetenceNetworkConnection);
  }

  @FieldResolver(() => Person, { description: "The coordinator (samordnare)." })
  coordinator(@Root() n: CompetenceNetwork, @Ctx() ctx: Context) {
    return ctx.loaders.get(personById).load(n.coordinatorId);
  }

  @FieldResolver(() => [CompetenceNetworkMember], { description: "Memberships in force on `asOf` (default today); with `includeFormer`, every membership ever." })
  async members(
    @Root() n: CompetenceNetwork,
    @Ctx() ctx: Context,
    @Arg("asOf", () => LocalDateResolver, { nullable: true, description: "The date membership is judged on; default today." }) asOf?: string | null,
    @Arg("includeFormer", () => Boolean, { defaultValue: false, description: "Every membership, past and present." }) includeFormer?: boolean,
  ) {
    const all = await ctx.loaders.get(membersByNetwork).load(n.id);
    return includeFormer ? all : all.filter((m) => participatesOn(m, asOf ?? ctx.today));
  }

  @FieldResolver(() => [Collaboration], { description: "The collaborations the network serves." })
  async collaborations(@Root() n: CompetenceNetwork, @Ctx() ctx: Context) {
    const links = await ctx.loaders.get(networkLinksByNetwork).load(n.id);
    return ctx.loaders.get(collaborationById).loadMany(links.map((l) => l.collaborationId));
  }

  @FieldResolver(() => [CompetenceNetworkActivity], { description: "The activity log (aktivitetslogg), oldest first." })
  async activities(
    @Root() n: CompetenceNetwork,
    @Ctx() ctx: Context,
    @Arg("kind", () => NetworkActivityKind, { nullable: true, description: "Only activities of this kind." }) kind?: NetworkActivityKind | null,
    @Arg("since", () => LocalDateResolver, { nullable: true, description: "Only activities on or after this date." }) since?: string | null,
  ) {
    const all = await ctx.loaders.get(activitiesByNetwork).load(n.id);
    return all.filter((a) => (!kind || a.kind === kind) && (!since || a.occurredOn >= since));
  }

  @FieldResolver(() => LocalDateResolver, { nullable: true, description: "The date of the latest logged activity up to today." })
  async lastActivityOn(@Root() n: CompetenceNetwork, @Ctx() ctx: Context) {
    const past = (await ctx.loaders.get(activitiesByNetwork).load(n.id)).filter((a) => a.occurredOn <= ctx.today);
    return past.at(-1)?.occurredOn ?? null;
  }

  @Allow(Role.EDITOR)
  @Mutation(() => CompetenceNetworkPayload, { nullable: true, description: "Starts a competence network; the coordinator becomes a member. Editors: with a coordinator of their own municipality." })
  async competenceNetworkCreate(
    @Arg("input", () => CompetenceNetworkCreateInput, { description: "The mutation's input: see CompetenceNetworkCreateInput." }) input: CompetenceNetworkCreateInput,
    @Ctx() ctx: Context,
  ) {
    return payload("competenceNetwork", await runMutation(ctx, "competenceNetworkCreate", (s) => service.createNetwork(s, input)));
  }

  @Allow(Role.EDITOR)
  @Mutation(() => CompetenceNetworkPayload, {
    nullable: true,
    description: "Changes a competence network (name, area, cadence, collaborations, coordinator). Editors: of the coordinator's municipality.",
  })
  async competenceNetworkUpdate(
    @Arg("input", () => CompetenceNetworkUpdateInput, { description: "The mutation's input: see CompetenceNetworkUpdateInput." }) input: CompetenceNetworkUpdateInput,
    @Ctx() ctx: Context,
  ) {
    return payload("competenceNetwork", await runMutation(ctx, "competenceNetworkUpdate", (s) => service.updateNetwork(s, input)));
  }

  @Allow(Role.EDITOR)
  @Mutation(() => CompetenceNetworkPayload, { nullable: true, description: "A person joins a competence network. Editors: of the coordinator's or the person's municipality." })
  async competenceNetworkMemberAdd(
    @Arg("input", () => CompetenceNetworkMemberAddInput, { description: "The mutation's input: see CompetenceNetworkMemberAddInput." }) input: CompetenceNetworkMemberAddInput,
    @Ctx() ctx: Context,
  ) {
    return payload("competenceNetwork", await runMutation(ctx, "competenceNetworkMemberAdd", (s) => service.addNetworkMember(s, input)));
  }

  @Allow(Role.EDITOR)
  @Mutation(() => CompetenceNetworkPayload, {
    nullable: true,
    description: "A person leaves a competence network (the membership is kept, dated); not the coordinator. Editors: of the coordinator's or the person's municipality.",
  })
  async competenceNetworkMemberRemove(
    @Arg("input", () => CompetenceNetworkMemberRemoveInput, { description: "The mutation's input: see CompetenceNetworkMemberRemoveInput." }) input: CompetenceNetworkMemberRemoveInput,
    @Ctx() ctx: Context,
  ) {
    return payload("competenceNetwork", await runMutation(ctx, "competenceNetworkMemberRemove", (s) => service.removeNetworkMember(s, input)));
  }

  @Allow(Role.EDITOR)
  @Mutation(() => CompetenceNetworkActivityPayload, {
    nullable: true,
    description: "Logs a meeting, training or support case of a competence network. Editors: of the coordinator's municipality or of a current member's.",
  })
  async competenceNetworkActivityAdd(
    @Arg("input", () => CompetenceNetworkActivityAddInput, { description: "The mutation's input: see CompetenceNetworkActivityAddInput." }) input: CompetenceNetworkActivityAddInput,
    @Ctx() ctx: Context,
  ) {
    return payload("competenceNetworkActivity", await runMutation(ctx, "competenceNetworkActivityAdd", (s) => service.addNetworkActivity(s, input)));
  }
}

@Resolver(() => CompetenceNetworkMember)
export class CompetenceNetworkMemberResolver {
  @FieldResolver(() => Person, { description: "The member." })
  person(@Root() m: CompetenceNetworkMember, @Ctx() ctx: Context) {
    return ctx.loaders.get(personById).load(m.personId);
  }

  @FieldResolver(() => CompetenceNetwork, { description: "The network." })
  network(@Root() m: CompetenceNetworkMember, @Ctx() ctx: Context) {
    return ctx.loaders.get(networkById).load(m.networkId);
  }
}

@Resolver(() => CompetenceNetworkActivity)
export class CompetenceNetworkActivityResolver {
  @FieldResolver(() => CompetenceNetwork, { description: "The network." })
  network(@Root() a: CompetenceNetworkActivity, @Ctx() ctx: Context) {
    return ctx.loaders.get(networkById).load(a.networkId);
  }

  @FieldResolver(() => [Person], { description: "The people who took part." })
  async participants(@Root() a: CompetenceNetworkActivity, @Ctx() ctx: Context) {
    const rows = await ctx.loaders.get(participantsByNetworkActivity).load(a.id);
    return ctx.loaders.get(personById).loadMany(rows.map((r) => r.personId));
  }
}
