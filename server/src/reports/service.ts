import { createHash } from "node:crypto";
import { GraphQLError } from "graphql";
import type { DataSource } from "typeorm";
import { yearOf, type LocalDate } from "../common/dates";
import { decodeIdOf } from "../core/global-id";
import { runMutation, type MutationOutcome } from "../core/mutation";
import { UserErrorCode } from "../core/user-error";
import type { Context } from "../core/context";
import { CollaborationBody } from "../municipalities/entities";
import { leaveViewOf } from "../competence/privacy";
import { reportDates, type AnnualReport } from "./annual-report";
import { AnnualReportIssueRow } from "./entities";
import { annualReportEvaluation } from "./facts";
import { renderReportHtml } from "./render-html";

/** The first year a report can be asked for; collaboration in Dalsland began in 2001. */
export const FIRST_REPORT_YEAR = 2000;

export function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT" } });
}

/**
 * A year that has begun: a report describes facts up to its last day, never a year still to come.
 * The answer is a Swedish sentence for the person who asked (pages, the CLI and the API say the same).
 */
export function yearProblem(year: number, today: LocalDate): string | null {
  const last = yearOf(today);
  if (!Number.isInteger(year)) return `Året måste vara ett helt årtal mellan ${FIRST_REPORT_YEAR} och ${last}.`;
  if (year > last) return `Det finns ingen rapport för ${year}: året har inte börjat. Välj ett år mellan ${FIRST_REPORT_YEAR} och ${last}.`;
  if (year < FIRST_REPORT_YEAR) return `Det finns ingen rapport för ${year}: rapporter finns från ${FIRST_REPORT_YEAR} till ${last}.`;
  return null;
}

/**
 * The structured report from the facts as they stood in `year` (the registry's evaluation, with the
 * viewer's view of planned leave); throws BAD_USER_INPUT for a bad year or body.
 */
export async function annualReport(ctx: Context, year: number, bodyId: string | null): Promise<AnnualReport> {
  const problem = yearProblem(year, ctx.today);
  if (problem) throw badInput(problem);
  const body = bodyId === null ? null : decodeIdOf(bodyId, CollaborationBody.typeName);
  if (bodyId !== null && body === null) throw badInput("Samverkansorganet finns inte: body är inte ett samverkansorgans ID.");
  const { end } = reportDates(year);
  if (body !== null && !(await ctx.evaluations.facts(end).collaborationBodies()).has(body)) throw badInput("Inget samverkansorgan har detta ID.");
  // A follow-up point after today has no realised values yet, in the year still running.
  return ctx.evaluations.ask(annualReportEvaluation, end, { year, bodyId: body, leave: leaveViewOf(ctx.viewer), followedUpUntil: end < ctx.today ? end : ctx.today });
}

/** One issue per scope and year: a body's report or the report over everything. */
export function scopeOf(bodyId: string | null): string {
  return bodyId === null ? "all" : `body:${decodeIdOf(bodyId, CollaborationBody.typeName)}`;
}

export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

export function findIssue(db: DataSource, year: number, bodyId: string | null): Promise<AnnualReportIssueRow | null> {
  return db.getRepository(AnnualReportIssueRow).findOneBy({ year, scope: scopeOf(bodyId) });
}

/**
 * Issues the report: renders it with today's date as the date of issue and stores the bytes, their
 * SHA-256 and who issued it. A year that is issued stays as issued (CONFLICT on a second issue).
 */
export async function issueAnnualReport(ctx: Context, year: number, bodyId: string | null): Promise<MutationOutcome<AnnualReportIssueRow>> {
  const problem = yearProblem(year, ctx.today);
  const validBody = bodyId === null || decodeIdOf(bodyId, CollaborationBody.typeName) !== null;
  let html: string | null = null;
  if (!problem && validBody && year < yearOf(ctx.today)) {
    try {
      html = renderReportHtml(await annualReport(ctx, year, bodyId), { issuedOn: ctx.today });
    } catch (error) {
      if (!(error instanceof GraphQLError && error.extensions.code === "BAD_USER_INPUT")) throw error;
    }
  }
  const running = !problem && year >= yearOf(ctx.today);
  return runMutation(ctx, "annualReportIssue", async (scope) => {
    if (problem) scope.fail("year", UserErrorCode.OUT_OF_RANGE, problem);
    else if (running) scope.fail("year", UserErrorCode.OUT_OF_RANGE, `Bara ett avslutat år kan utfärdas: ${year} pågår till och med 31 december ${year}.`);
    if (!validBody || (!problem && !running && html === null)) scope.fail("body", UserErrorCode.NOT_FOUND, "Inget samverkansorgan har detta ID.");
    if (scope.failed || html === null) return null;
    const repository = scope.em.getRepository(AnnualReportIssueRow);
    const existing = await repository.findOneBy({ year, scope: scopeOf(bodyId) });
    if (existing) {
      scope.fail("year", UserErrorCode.CONFLICT, `Rapporten för ${year} utfärdades ${existing.issuedOn} och ligger kvar som den utfärdades.`);
      return null;
    }
    return repository.save(
      Object.assign(new AnnualReportIssueRow(), {
        year,
        scope: scopeOf(bodyId),
        collaborationBodyId: bodyId === null ? null : decodeIdOf(bodyId, CollaborationBody.typeName),
        html,
        sha256: sha256(html),
        issuedOn: ctx.today,
        issuedAt: ctx.now.toISOString(),
        issuedByTokenId: ctx.viewer?.tokenId ?? null,
        issuedBy: ctx.viewer?.tokenName ?? "system",
      }),
    );
  });
}
