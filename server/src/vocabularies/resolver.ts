import { capped } from "../common/text-limits";
import { ListField } from "../core/list-cap";
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Allow } from "../access/decorators";
import { Role } from "../access/roles";
import { byId } from "../core/request-loaders";
import { runMutation } from "../core/mutation";
import { registerNodeType } from "../graphql/node-registry";
import { Payload, payload } from "../graphql/payload";
import type { Context } from "../core/context";
import { VocabularyTerm } from "./entities";
import { Vocabulary } from "./rules";
import * as service from "./service";

@InputType({ description: "A new term of a vocabulary (admins)." })
class VocabularyTermCreateInput {
  @Field(() => Vocabulary, { description: "The vocabulary." }) vocabulary: Vocabulary;
  @Field(() => String, { description: "Stable code: A–Z, 0–9 and _, 2–20 characters, beginning with a letter; never changes." }) code: string;
  @Field(() => String, { description: capped("Swedish name.", 100) }) name: string;
  @Field(() => String, { nullable: true, description: capped("What it means.", 2000) }) description?: string | null;
  @Field(() => Int, { nullable: true, description: "Order in lists; default after the last." }) sortOrder?: number | null;
  @ListField(() => [String], { maxItems: 3, nullable: true, description: "ROLE_KIND (required there): what it may be held on: applicationUsage, collaboration, itUnit." })
  roleTargets?: string[] | null;
  @Field(() => Boolean, { nullable: true, description: "ROLE_KIND: only one holder per target at a time; default false." }) singleHolder?: boolean | null;
  @Field(() => Int, { nullable: true, description: "GOVERNANCE_DOCUMENT_KIND: shortest review interval in months (1–240); default 1." }) reviewMinMonths?: number | null;
  @Field(() => Int, { nullable: true, description: "GOVERNANCE_DOCUMENT_KIND: longest review interval in months (1–240); default 120." }) reviewMaxMonths?: number | null;
  @Field(() => Int, { nullable: true, description: "GOVERNANCE_DOCUMENT_KIND: review interval a new document gets, within the range; default 36." }) reviewDefaultMonths?: number | null;
}

@InputType({ description: "Changes a term; its code never changes. Fields left out keep their value." })
class VocabularyTermUpdateInput {
  @Field(() => ID, { description: "The term." }) id: string;
  @Field(() => String, { nullable: true, description: capped("Swedish name.", 100) }) name?: string | null;
  @Field(() => String, { nullable: true, description: capped("What it means.", 2000) }) description?: string | null;
  @Field(() => Int, { nullable: true, description: "Order in lists." }) sortOrder?: number | null;
  @ListField(() => [String], { maxItems: 3, nullable: true, description: "ROLE_KIND: what it may be held on." }) roleTargets?: string[] | null;
  @Field(() => Boolean, { nullable: true, description: "ROLE_KIND: only one holder per target at a time." }) singleHolder?: boolean | null;
  @Field(() => Int, { nullable: true, description: "GOVERNANCE_DOCUMENT_KIND: shortest review interval in months; documents already recorded keep theirs." }) reviewMinMonths?: number | null;
  @Field(() => Int, { nullable: true, description: "GOVERNANCE_DOCUMENT_KIND: longest review interval in months." }) reviewMaxMonths?: number | null;
  @Field(() => Int, { nullable: true, description: "GOVERNANCE_DOCUMENT_KIND: review interval a new document gets." }) reviewDefaultMonths?: number | null;
}

const VocabularyTermPayload = Payload("VocabularyTermPayload", "vocabularyTerm", VocabularyTerm, "Result of adding or changing a vocabulary term.");

@Resolver(() => VocabularyTerm)
export class VocabularyTermResolver {
  @Allow(Role.READER)
  @Query(() => [VocabularyTerm], { description: "The terms of a vocabulary (role kinds, governance-document kinds, application categories), in order." })
  vocabularyTerms(@Arg("vocabulary", () => Vocabulary, { description: "Which vocabulary." }) vocabulary: Vocabulary, @Ctx() ctx: Context) {
    return service.termsOf(ctx.db, vocabulary);
  }

  @FieldResolver(() => [String], { nullable: true, description: "ROLE_KIND: what the role may be held on (applicationUsage, collaboration, itUnit); null for other vocabularies." })
  roleTargets(@Root() term: VocabularyTerm): string[] | null {
    return term.roleTargets;
  }

  @Allow(Role.ADMIN)
  @Mutation(() => VocabularyTermPayload, {
    description: "Adds a term to a vocabulary (admins only; audited): e.g. a role kind, a governance-document kind or an application category the enums do not know.",
  })
  async vocabularyTermCreate(
    @Arg("input", () => VocabularyTermCreateInput, { description: "The mutation's input: see VocabularyTermCreateInput." }) input: VocabularyTermCreateInput,
    @Ctx() ctx: Context,
  ) {
    return payload("vocabularyTerm", await runMutation(ctx, "vocabularyTermCreate", (s) => service.createTerm(s, input)));
  }

  @Allow(Role.ADMIN)
  @Mutation(() => VocabularyTermPayload, { description: "Changes a term's name, description, order, role rules or review interval (admins only; audited); its code stays." })
  async vocabularyTermUpdate(
    @Arg("input", () => VocabularyTermUpdateInput, { description: "The mutation's input: see VocabularyTermUpdateInput." }) input: VocabularyTermUpdateInput,
    @Ctx() ctx: Context,
  ) {
    return payload("vocabularyTerm", await runMutation(ctx, "vocabularyTermUpdate", (s) => service.updateTerm(s, input)));
  }
}

export const vocabularyTermById = byId(VocabularyTerm);
registerNodeType(VocabularyTerm, vocabularyTermById);

export const vocabularyResolvers = [VocabularyTermResolver] as const;
