import { LocalDateResolver } from "graphql-scalars";
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from "type-graphql";
import { Allow } from "../access/decorators";
import { Role } from "../access/roles";
import { Payload, payload } from "../graphql/payload";
import type { Context } from "../core/context";
import { CollaborationBody } from "../municipalities/entities";
import { collaborationBodyById } from "../municipalities/loaders";
import { AnnualReportIssueRow, PolicyGoal } from "./entities";
import "./loaders";
import { PolicyGoalStatus, policyGoalStatus } from "./policy-goals";
import { annualReport, issueAnnualReport } from "./service";
import { AnnualReport } from "./types";

@ObjectType("AnnualReportIssue", { description: "An issued annual report (utfärdad årsrapport): stored as issued, served at `path`." })
export class AnnualReportIssue {
  @Field(() => Int, { description: "The year." }) year: number;
  @Field(() => String, { description: "SHA-256 of the stored HTML, hex." }) sha256: string;
  @Field(() => LocalDateResolver, { description: "The date of issue printed in the report." }) issuedOn: string;
  @Field(() => String, { description: "The name of the token that issued it." }) issuedBy: string;
  @Field(() => String, { description: "Where the issued HTML is served, e.g. /reports/DKF/2025.html." }) path: string;
}

const AnnualReportIssuePayload = Payload("AnnualReportIssuePayload", "issue", AnnualReportIssue, "Result of issuing an annual report.");

@InputType({ description: "Which annual report to issue." })
class AnnualReportIssueInput {
  @Field(() => Int, { description: "The year; it must have ended." }) year: number;
  @Field(() => ID, { nullable: true, description: "The collaboration body; null for the report over every collaboration." }) body?: string | null;
}

/** The URL path of a report: by the body's short name when it has one that fits a path, else its ID. */
export async function reportPath(ctx: Context, row: Pick<AnnualReportIssueRow, "year" | "collaborationBodyId">): Promise<string> {
  if (row.collaborationBodyId === null) return `/reports/all/${row.year}.html`;
  const body = await ctx.loaders.get(collaborationBodyById).load(row.collaborationBodyId);
  const key = body?.shortName && /^[A-Za-z0-9ÅÄÖåäö_-]+$/.test(body.shortName) ? body.shortName : body!.globalId;
  return `/reports/${encodeURIComponent(key)}/${row.year}.html`;
}

@Resolver()
export class AnnualReportResolver {
  @Allow(Role.READER)
  @Query(() => AnnualReport, {
    nullable: true,
    description:
      "The annual collaboration report (årlig samverkansrapport) for `year`, built from the facts as they stood on its dates (levels on 1 January and 31 December, changes during the year). HTML, Markdown, JSON and CSV: `/reports/<body>/<year>.html` and `npm run report`.",
  })
  annualReport(
    @Ctx() ctx: Context,
    @Arg("year", () => Int, { description: "The year; it must have begun." }) year: number,
    @Arg("body", () => ID, { nullable: true, description: "Only this collaboration body's collaborations and members; default every collaboration." }) body?: string | null,
  ) {
    return annualReport(ctx, year, body ?? null);
  }

  @Allow(Role.ADMIN)
  @Mutation(() => AnnualReportIssuePayload, {
    nullable: true,
    description: "Issues (utfärdar) the annual report: stores its HTML as issued, with its SHA-256 and who issued it. A year is issued once. Admin only.",
  })
  async annualReportIssue(@Ctx() ctx: Context, @Arg("input", () => AnnualReportIssueInput, { description: "The mutation's input: see AnnualReportIssueInput." }) input: AnnualReportIssueInput) {
    const outcome = await issueAnnualReport(ctx, input.year, input.body ?? null);
    const row = outcome.result;
    const issue = row ? Object.assign(new AnnualReportIssue(), { year: row.year, sha256: row.sha256, issuedOn: row.issuedOn, issuedBy: row.issuedBy, path: await reportPath(ctx, row) }) : null;
    return payload("issue", { result: issue, userErrors: outcome.userErrors });
  }
}

@Resolver(() => PolicyGoal)
export class PolicyGoalResolver {
  @Allow(Role.READER)
  @Query(() => [PolicyGoal], { nullable: true, description: "The IT-policy's goals with dates (mål med datum), by deadline." })
  policyGoals(@Ctx() ctx: Context) {
    return ctx.db.getRepository(PolicyGoal).find({ order: { deadline: "ASC", id: "ASC" } });
  }

  @FieldResolver(() => PolicyGoalStatus, { description: "Status on `asOf` (default today): reached, ongoing or overdue." })
  status(@Root() goal: PolicyGoal, @Ctx() ctx: Context, @Arg("asOf", () => LocalDateResolver, { nullable: true, description: "Default today." }) asOf?: string | null) {
    return policyGoalStatus(goal, asOf ?? ctx.today);
  }

  @FieldResolver(() => CollaborationBody, { nullable: true, description: "The collaboration body whose policy sets the goal." })
  collaborationBody(@Root() goal: PolicyGoal, @Ctx() ctx: Context) {
    return goal.collaborationBodyId === null ? null : ctx.loaders.get(collaborationBodyById).load(goal.collaborationBodyId);
  }
}

export const reportResolvers = [AnnualReportResolver, PolicyGoalResolver] as const;
