import { Field, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { Role } from "../access/roles";
import { assertRole } from "../access/viewer";
import type { Context } from "../core/context";
import { runMutation } from "../core/mutation";
import { UserError, UserErrorCode, userError } from "../core/user-error";
import { POPULATION_IMPORT_OPERATION, type PopulationImportPlan, planCounts, planPopulationImport, writePopulationPlan } from "./population-import";
import type { ScbProblem } from "./scb-population";

/**
 * The population import from SCB (municipalityPopulationsImport, npm run import-population): its
 * GraphQL types, and the run itself, a dry run or all or nothing in one audited mutation. Admins only.
 */

export interface PopulationImportOutcome {
  plan: PopulationImportPlan;
  applied: boolean;
  userErrors: UserError[];
}

const ERROR_CODES: Record<ScbProblem["kind"], UserErrorCode> = {
  FORMAT: UserErrorCode.INVALID,
  NUMBER: UserErrorCode.INVALID,
  YEAR: UserErrorCode.OUT_OF_RANGE,
  CODE: UserErrorCode.NOT_FOUND,
};

function problemErrors(problems: readonly ScbProblem[]): UserError[] {
  return problems.map((p) =>
    userError(
      ["input", "content", ...(p.line ? [String(p.line)] : []), ...(p.column === null ? [] : [p.column])],
      ERROR_CODES[p.kind],
      p.line ? `Rad ${p.line}${p.column === null ? "" : `, ${p.column}`}: ${p.message}` : p.message,
    ),
  );
}

/** Plans the import; with `apply` and no problems, writes it in one transaction with one audit entry. */
export async function importPopulations(ctx: Context, request: { fileName: string; content: Buffer; apply: boolean }): Promise<PopulationImportOutcome> {
  assertRole(ctx.viewer, Role.ADMIN);
  const plan = await planPopulationImport(ctx.db.manager, request.content, ctx.today);
  if (plan.problems.length) return { plan, applied: false, userErrors: problemErrors(plan.problems) };
  if (!request.apply) return { plan, applied: false, userErrors: [] };
  const outcome = await runMutation(ctx, POPULATION_IMPORT_OPERATION, async (s) => {
    s.changes.push(...(await writePopulationPlan(s.em, plan, request.fileName)));
    return true;
  });
  return { plan, applied: outcome.userErrors.length === 0, userErrors: outcome.userErrors };
}

export enum PopulationImportAction {
  NEW = "NEW",
  CHANGED = "CHANGED",
  UNCHANGED = "UNCHANGED",
}
registerEnumType(PopulationImportAction, {
  name: "PopulationImportAction",
  description: "What importing a population figure does (or did).",
  valuesConfig: {
    NEW: { description: "Records a figure for a year that has none (ny)." },
    CHANGED: { description: "Replaces a different recorded figure (ändras)." },
    UNCHANGED: { description: "The recorded figure is the same (oförändrad)." },
  },
});

@InputType({ description: "A population file exported from SCB's statistics database, table BE0101 (folkmängd per kommun och år), as CSV." })
export class MunicipalityPopulationsImportInput {
  @Field(() => String, { description: "The file's name, recorded in the audit log. Cut after 200 characters." }) fileName: string;
  @Field(() => String, { description: "The file's text: SCB's CSV, comma- or semicolon-separated, with or without its title lines." }) content: string;
  @Field(() => Boolean, { defaultValue: false, description: "false (default): a dry run that changes nothing; true: apply, all or nothing." }) apply: boolean;
}

@ObjectType({ description: "A problem with a line of the file, or with the file (fel i filen)." })
export class PopulationImportProblem {
  @Field(() => Int, { description: "The line of the file (1 is its first line); 0 for the whole file." }) line: number;
  @Field(() => String, { nullable: true, description: "The column's header; null for the whole line or file." }) column: string | null;
  @Field(() => String, { description: "What is wrong, in Swedish." }) message: string;
  @Field(() => UserErrorCode, { description: "Machine-readable reason." }) code: UserErrorCode;
}

@ObjectType({ description: "One population figure of the file and what importing it does." })
export class PopulationImportRow {
  @Field(() => Int, { description: "The line of the file." }) line: number;
  @Field(() => String, { description: "The municipality's current code (kommunkod)." }) code: string;
  @Field(() => String, { description: "The municipality's name." }) name: string;
  @Field(() => Int, { description: "The year (31 December)." }) year: number;
  @Field(() => Int, { nullable: true, description: "The figure recorded now; null when there is none." }) before: number | null;
  @Field(() => Int, { description: "The file's figure (folkmängd)." }) after: number;
  @Field(() => PopulationImportAction, { description: "New, changed or unchanged." }) action: PopulationImportAction;
}

@ObjectType({ description: "The plan of a population import from SCB (importplan)." })
export class PopulationImportPlanView {
  @Field(() => Boolean, { description: "Whether the plan was applied (apply: true and no problems)." }) applied: boolean;
  @Field(() => Int, { description: "Figures for years a municipality has none." }) newCount: number;
  @Field(() => Int, { description: "Figures that replace a different recorded one." }) changedCount: number;
  @Field(() => Int, { description: "Figures equal to the recorded ones." }) unchangedCount: number;
  @Field(() => [String], { description: "Regions of the file that are not municipalities (the country, counties), skipped." }) skippedRegions: string[];
  @Field(() => [String], { description: "Codes of Swedish municipalities the file has but this database does not, skipped." }) notInDatabase: string[];
  @Field(() => [PopulationImportProblem], { description: "Every problem; any problem stops the whole import." }) problems: PopulationImportProblem[];
  @Field(() => [PopulationImportRow], { description: "The figures for the database's municipalities, by code and year." }) rows: PopulationImportRow[];
}

@ObjectType({ description: "Result of municipalityPopulationsImport: the plan, and why it was refused if it was." })
export class MunicipalityPopulationsImportPayload {
  @Field(() => PopulationImportPlanView, { description: "The plan." }) plan: PopulationImportPlanView;
  @Field(() => [UserError], { description: "The file's problems (field: input, content, line, column); empty when the dry run is clean or the import applied." })
  userErrors: UserError[];
}

export function populationImportPayload(outcome: PopulationImportOutcome): MunicipalityPopulationsImportPayload {
  const plan: PopulationImportPlan = outcome.plan;
  const counts = planCounts(plan);
  return Object.assign(new MunicipalityPopulationsImportPayload(), {
    plan: Object.assign(new PopulationImportPlanView(), {
      applied: outcome.applied,
      newCount: counts.NEW,
      changedCount: counts.CHANGED,
      unchangedCount: counts.UNCHANGED,
      skippedRegions: plan.skippedRegions,
      notInDatabase: plan.notInDatabase,
      problems: plan.problems.map((p) => Object.assign(new PopulationImportProblem(), { line: p.line, column: p.column, message: p.message, code: ERROR_CODES[p.kind] })),
      rows: plan.rows.map((r) => Object.assign(new PopulationImportRow(), { ...r, action: r.action as PopulationImportAction })),
    }),
    userErrors: outcome.userErrors,
  });
}
