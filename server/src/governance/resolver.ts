import { municipalityArgument } from "../municipalities/arguments";
import { LocalDateResolver } from "graphql-scalars";
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import { Allow } from "../access/decorators";
import { Role } from "../access/roles";
import { Connection, PageArgs, paginate } from "../graphql/connection";
import { runMutation } from "../core/mutation";
import { Payload, payload } from "../graphql/payload";
import type { Context } from "../core/context";
import { CollaborationBody, Municipality } from "../municipalities/entities";
import { collaborationBodyById, municipalityById } from "../municipalities/loaders";
import { GovernanceDocument } from "./entities";
import { GovernanceDocumentCreateInput, GovernanceDocumentUpdateInput } from "./inputs";
import "./loaders";
import { Node } from "../core/node";
import { failureObject } from "./failure-object";
import { GovernanceFailure, GovernanceReport, governanceReport } from "./report";
import { GovernanceDocumentKind, nextReviewDue, reviewOverdue } from "./review";
import * as service from "./service";

const GovernanceDocumentConnection = Connection(GovernanceDocument, "GovernanceDocument");
const GovernanceDocumentPayload = Payload("GovernanceDocumentPayload", "governanceDocument", GovernanceDocument, "Result of a mutation on a governance document.");

@ArgsType()
class GovernanceDocumentsArgs extends PageArgs {
  @Field(() => GovernanceDocumentKind, { nullable: true, description: "Only this kind as today's enum (OTHER: also the kinds added to the vocabulary since)." }) kind?: GovernanceDocumentKind | null;
  @Field(() => String, { nullable: true, description: "Only this kind as a code of the GOVERNANCE_DOCUMENT_KIND vocabulary." }) kindCode?: string | null;
  @Field(() => ID, { nullable: true, description: "Only this municipality's documents (its ID or four-digit code)." }) municipality?: string | null;
}

@Resolver(() => GovernanceReport)
export class GovernanceReportResolver {
  @Allow(Role.READER)
  @Query(() => GovernanceReport, {
    nullable: true,
    description:
      "The policy's rules as checks on `asOf` (default today): for each rule, the share of objects that comply and the failing objects. Rules come from every domain (roles, agreements, governance documents, competence).",
  })
  governanceReport(@Ctx() ctx: Context, @Arg("asOf", () => LocalDateResolver, { nullable: true, description: "The date to check; default today." }) asOf?: string | null) {
    return ctx.evaluations.ask(governanceReport, asOf ?? ctx.today, undefined);
  }
}

@Resolver(() => GovernanceDocument)
export class GovernanceDocumentResolver {
  @Allow(Role.READER)
  @Query(() => GovernanceDocumentConnection, { nullable: true, description: "Governance documents (styrdokument), by title." })
  async governanceDocuments(@Args() args: GovernanceDocumentsArgs, @Ctx() ctx: Context) {
    const qb = ctx.db.getRepository(GovernanceDocument).createQueryBuilder("d");
    if (args.kind === GovernanceDocumentKind.OTHER) {
      const named = Object.values(GovernanceDocumentKind).filter((k) => k !== GovernanceDocumentKind.OTHER);
      qb.andWhere("d.kind NOT IN (:...named)", { named });
    } else if (args.kind) qb.andWhere("d.kind = :kind", { kind: args.kind });
    if (args.kindCode) qb.andWhere("d.kind = :kindCode", { kindCode: args.kindCode.trim() });
    if (args.municipality) qb.andWhere("d.municipality_id = :m", { m: await municipalityArgument(ctx, args.municipality, "municipality") });
    return paginate(qb, args, "titleKey", GovernanceDocumentConnection);
  }

  @FieldResolver(() => Municipality, { nullable: true, description: "The municipality it belongs to; null for a shared document." })
  municipality(@Root() d: GovernanceDocument, @Ctx() ctx: Context) {
    return d.municipalityId === null ? null : ctx.loaders.get(municipalityById).load(d.municipalityId);
  }

  @FieldResolver(() => CollaborationBody, { nullable: true, description: "The collaboration body that adopted it." })
  collaborationBody(@Root() d: GovernanceDocument, @Ctx() ctx: Context) {
    return d.collaborationBodyId === null ? null : ctx.loaders.get(collaborationBodyById).load(d.collaborationBodyId);
  }

  @FieldResolver(() => LocalDateResolver, { description: "When the next review is due: the interval after the last review, or after adoption when never reviewed." })
  nextReviewDue(@Root() d: GovernanceDocument) {
    return nextReviewDue(d);
  }

  @FieldResolver(() => Boolean, { description: "Whether, on `asOf` (default today), the document is in force and past its review date." })
  reviewOverdue(@Root() d: GovernanceDocument, @Ctx() ctx: Context, @Arg("asOf", () => LocalDateResolver, { nullable: true, description: "Default today." }) asOf?: string | null) {
    return reviewOverdue(d, asOf ?? ctx.today);
  }

  @Allow(Role.EDITOR)
  @Mutation(() => GovernanceDocumentPayload, { nullable: true, description: "Records a governance document. Editors: their own municipality's; shared documents: admin only." })
  async governanceDocumentCreate(
    @Arg("input", () => GovernanceDocumentCreateInput, { description: "The mutation's input: see GovernanceDocumentCreateInput." }) input: GovernanceDocumentCreateInput,
    @Ctx() ctx: Context,
  ) {
    return payload("governanceDocument", await runMutation(ctx, "governanceDocumentCreate", (s) => service.createDocument(s, input)));
  }

  @Allow(Role.EDITOR)
  @Mutation(() => GovernanceDocumentPayload, { nullable: true, description: "Changes a governance document, e.g. records a review. Editors: their own municipality's; shared documents: admin only." })
  async governanceDocumentUpdate(
    @Arg("input", () => GovernanceDocumentUpdateInput, { description: "The mutation's input: see GovernanceDocumentUpdateInput." }) input: GovernanceDocumentUpdateInput,
    @Ctx() ctx: Context,
  ) {
    return payload("governanceDocument", await runMutation(ctx, "governanceDocumentUpdate", (s) => service.updateDocument(s, input)));
  }
}

@Resolver(() => GovernanceFailure)
export class GovernanceFailureResolver {
  @FieldResolver(() => Node, { nullable: true, description: "The failing object itself, as it stood on the report's date." })
  object(@Root() failure: GovernanceFailure, @Ctx() ctx: Context): Node | null | Promise<Node | null> {
    return failureObject(ctx.evaluations.facts(failure.asOf), failure.objectRef);
  }
}

export const governanceResolvers = [GovernanceReportResolver, GovernanceFailureResolver, GovernanceDocumentResolver] as const;
