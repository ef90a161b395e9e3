import { Arg, Ctx, Field, ID, InputType, Int, Mutation, ObjectType, registerEnumType, Resolver } from "type-graphql";
import { Allow } from "../access/decorators";
import { Role } from "../access/roles";
import { UserError, UserErrorCode } from "../core/user-error";
import type { Context } from "../core/context";
import { municipalityArgument } from "../municipalities/arguments";
import { importUsages } from "./import-service";
import { ImportAction, ImportMatch, type ImportPlan, MAX_IMPORT_ROWS, planCounts, USAGE_COLUMNS } from "./plan";
import { SheetFormat } from "./sheet";

/** The imported file's name is cut to this length in the audit log. */
const MAX_FILE_NAME = 200;

registerEnumType(SheetFormat, {
  name: "SpreadsheetFormat",
  description: "A spreadsheet file format (kalkylblad).",
  valuesConfig: { CSV: { description: "CSV, UTF-8, comma- or semicolon-separated." }, XLSX: { description: "Excel .xlsx (Office Open XML); sent base64-encoded." } },
});
registerEnumType(ImportAction, {
  name: "ImportAction",
  description: "What importing a row does (or did).",
  valuesConfig: {
    CREATE: { description: "Records a new application usage (ny)." },
    UPDATE: { description: "Changes a recorded usage (ändras)." },
    UNCHANGED: { description: "The row matches what is recorded (oförändrad)." },
  },
});
registerEnumType(ImportMatch, {
  name: "ImportMatch",
  description: "How a row was matched to the application catalogue.",
  valuesConfig: {
    EXTERNAL_KEY: { description: "By the municipality's own key (extern nyckel) of a recorded usage." },
    NAME_AND_VENDOR: { description: "By product and vendor name, case- and accent-insensitively." },
    NEW_APPLICATION: { description: "No catalogue entry matches: the import adds one." },
  },
});

@InputType({ description: "One municipality's application list (applikationsförteckning) as a spreadsheet file." })
class ApplicationUsagesImportInput {
  @Field(() => ID, { description: "The municipality (its ID or four-digit code). Editors: their own only." }) municipality: string;
  @Field(() => String, { description: `The file's name, recorded in the audit log; cut after ${MAX_FILE_NAME} characters.` }) fileName: string;
  @Field(() => SheetFormat, { description: "The file's format." }) format: SheetFormat;
  @Field(() => String, { description: `The file: CSV text, or the .xlsx file base64-encoded; at most ${MAX_IMPORT_ROWS} rows, and within the request's size limit.` }) content: string;
  @Field(() => Boolean, { defaultValue: false, description: "false (default): a dry run that changes nothing; true: apply the plan, all or nothing." }) apply: boolean;
}

@ObjectType({ description: "A problem with one cell, row or the file (fel i filen)." })
class ImportProblemView {
  @Field(() => Int, { description: "The row in the file, as a spreadsheet numbers it (1 is the header row)." }) row: number;
  @Field(() => String, { nullable: true, description: "The column's header as the file names it; null for the whole row or file." }) column: string | null;
  @Field(() => String, { description: "What is wrong, in Swedish." }) message: string;
  @Field(() => UserErrorCode, { description: "Machine-readable reason." }) code: UserErrorCode;
}

@ObjectType({ description: "One value a row changes (ändring)." })
class ImportFieldChange {
  @Field(() => String, { description: "The column's Swedish header, e.g. Antal användare." }) column: string;
  @Field(() => String, { nullable: true, description: "The value recorded now, as the file writes it; null when empty." }) before: string | null;
  @Field(() => String, { nullable: true, description: "The value in the file; null when empty." }) after: string | null;
}

@ObjectType({ description: "One row of an imported application list and what importing it does." })
class ImportRowView {
  @Field(() => Int, { description: "The row in the file (1 is the header row)." }) row: number;
  @Field(() => String, { nullable: true, description: "Product (produkt) as the row names it." }) product: string | null;
  @Field(() => String, { nullable: true, description: "Vendor (leverantör) as the row names it." }) vendor: string | null;
  @Field(() => String, { nullable: true, description: "The row's external key (extern nyckel)." }) externalKey: string | null;
  @Field(() => ImportAction, { description: "Create, update or leave." }) action: ImportAction;
  @Field(() => ImportMatch, { description: "How the row was matched to the catalogue." }) match: ImportMatch;
  @Field(() => [ImportFieldChange], { description: "The values the row changes (all its values for a new usage)." }) changes: ImportFieldChange[];
  @Field(() => [ImportProblemView], { description: "The row's problems; any problem in the file stops the whole import." }) problems: ImportProblemView[];
}

@ObjectType({ description: "The plan of an application-list import (importplan): per row what it does, and the totals." })
class ApplicationUsagesImportPlan {
  @Field(() => Boolean, { description: "Whether the plan was applied (apply: true and no problems)." }) applied: boolean;
  @Field(() => Int, { description: "Rows that create a usage." }) createCount: number;
  @Field(() => Int, { description: "Rows that change a usage." }) updateCount: number;
  @Field(() => Int, { description: "Rows that match what is recorded." }) unchangedCount: number;
  @Field(() => [ImportProblemView], { description: "Every problem in the file (headers and rows)." }) problems: ImportProblemView[];
  @Field(() => [ImportRowView], { description: "The rows, in file order." }) rows: ImportRowView[];
}

@ObjectType({ description: "Result of applicationUsagesImport: the plan, and why it was refused if it was." })
class ApplicationUsagesImportPayload {
  @Field(() => ApplicationUsagesImportPlan, { nullable: true, description: "The plan; null when the file could not be read at all." }) plan: ApplicationUsagesImportPlan | null;
  @Field(() => [UserError], { description: "The file's problems (field: input, content, row, column) or why applying was refused; empty when the dry run is clean or the import applied." })
  userErrors: UserError[];
}

function planView(plan: ImportPlan, applied: boolean): ApplicationUsagesImportPlan {
  const counts = planCounts(plan);
  const problem = (p: ImportPlan["problems"][number]) => Object.assign(new ImportProblemView(), p);
  return Object.assign(new ApplicationUsagesImportPlan(), {
    applied,
    createCount: counts.CREATE,
    updateCount: counts.UPDATE,
    unchangedCount: counts.UNCHANGED,
    problems: plan.problems.map(problem),
    rows: plan.rows.map((r) =>
      Object.assign(new ImportRowView(), {
        ...r,
        changes: r.changes.map((c) => Object.assign(new ImportFieldChange(), { ...c, column: USAGE_COLUMNS[c.column].header })),
        problems: r.problems.map(problem),
      }),
    ),
  });
}

@Resolver()
export class SpreadsheetImportResolver {
  @Allow(Role.EDITOR)
  @Mutation(() => ApplicationUsagesImportPayload, {
    nullable: true,
    description:
      "Imports a municipality's application list (CSV or .xlsx): one row per application usage, matched to the catalogue by external key, else by product and vendor name. A dry run (default) answers the plan; `apply: true` applies it all or nothing, audited as one import. Editors: their own municipality only.",
  })
  async applicationUsagesImport(
    @Arg("input", () => ApplicationUsagesImportInput, { description: "The mutation's input: see ApplicationUsagesImportInput." }) input: ApplicationUsagesImportInput,
    @Ctx() ctx: Context,
  ): Promise<ApplicationUsagesImportPayload> {
    const municipalityId = await municipalityArgument(ctx, input.municipality, "municipality");
    const content = input.format === SheetFormat.XLSX ? Buffer.from(input.content, "base64") : Buffer.from(input.content, "utf8");
    const outcome = await importUsages(ctx, { municipalityId, fileName: input.fileName.trim().slice(0, MAX_FILE_NAME), format: input.format, content, apply: input.apply });
    return Object.assign(new ApplicationUsagesImportPayload(), { plan: outcome.plan && planView(outcome.plan, outcome.applied), userErrors: outcome.userErrors });
  }
}

export const spreadsheetResolvers = [SpreadsheetImportResolver] as const;
