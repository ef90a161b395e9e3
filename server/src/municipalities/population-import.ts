/**
 * Importing populations from SCB's own export of table BE0101 (folkmängd per kommun och år): the
 * file is read (scb-population.ts), each figure matched to a municipality of the database by its
 * code (current or former), and compared with what is recorded. A dry run answers the plan; an
 * applied import writes every new and changed figure in one mutation (one transaction, one audit
 * entry), or nothing when the file has any problem. Admins only (the resolver and the CLI).
 */
import { assertRole } from "../access/viewer";
import { Role } from "../access/roles";
import { encodeGlobalId } from "../graphql/global-id";
import { runMutation } from "../graphql/mutation";
import { type UserError, UserErrorCode, userError } from "../graphql/user-error";
import type { Context } from "../http/context";
import { Municipality, MunicipalityFormerCode, PopulationFigure } from "./entities";
import { referenceList } from "./reference";
import { decodeScbFile, parseScbPopulation, type ScbProblem } from "./scb-population";

export const POPULATION_IMPORT_OPERATION = "municipalityPopulationsImport";

/** The first year of BE0101's series per municipality. */
export const FIRST_POPULATION_YEAR = 1968;

export type PopulationImportAction = "NEW" | "CHANGED" | "UNCHANGED";

export interface PopulationImportRow {
  /** The line of the file. */
  line: number;
  /** The municipality's current code (the file may name a former one). */
  code: string;
  name: string;
  year: number;
  /** The figure recorded now; null when there is none. */
  before: number | null;
  after: number;
  action: PopulationImportAction;
  municipalityId: number;
}

export interface PopulationImportPlan {
  rows: PopulationImportRow[];
  /** Regions of the file that are not municipalities (the country, counties). */
  skippedRegions: string[];
  /** Municipalities of the reference list that the file has but the database does not (skipped), by code. */
  notInDatabase: string[];
  problems: ScbProblem[];
}

export interface PopulationImportOutcome {
  plan: PopulationImportPlan;
  applied: boolean;
  userErrors: UserError[];
}

export function planCounts(plan: PopulationImportPlan): Record<PopulationImportAction, number> {
  const counts: Record<PopulationImportAction, number> = { NEW: 0, CHANGED: 0, UNCHANGED: 0 };
  for (const row of plan.rows) counts[row.action]++;
  return counts;
}

export const ERROR_CODES: Record<ScbProblem["kind"], UserErrorCode> = {
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

/** Reads and plans the file against the database (three statements), collecting every problem; the year range ends with today's year. */
export async function planPopulationImport(ctx: Context, content: Buffer): Promise<PopulationImportPlan> {
  const file = parseScbPopulation(decodeScbFile(content), { min: FIRST_POPULATION_YEAR, max: Number(ctx.today.slice(0, 4)) });
  const plan: PopulationImportPlan = { rows: [], skippedRegions: file.skippedRegions, notInDatabase: [], problems: file.problems };
  if (file.figures.length === 0) return plan;
  const [municipalities, formerCodes, figures] = await Promise.all([
    ctx.db.getRepository(Municipality).find(),
    ctx.db.getRepository(MunicipalityFormerCode).find(),
    ctx.db.getRepository(PopulationFigure).find(),
  ]);
  const byId = new Map(municipalities.map((m) => [m.id, m]));
  const byCode = new Map(municipalities.map((m) => [m.code, m]));
  // A file may name a municipality by a former code (an older export): the latest holder of the code.
  for (const former of [...formerCodes].sort((a, b) => (a.validTo < b.validTo ? -1 : 1))) {
    if (!byCode.has(former.code) || byCode.get(former.code)!.id === former.municipalityId) byCode.set(former.code, byId.get(former.municipalityId)!);
  }
  const recorded = new Map(figures.map((f) => [`${f.municipalityId}:${f.year}`, f.population]));
  const reference = referenceList();
  for (const figure of file.figures) {
    const municipality = byCode.get(figure.code);
    if (!municipality) {
      if (reference.municipalityByCode.has(figure.code)) {
        if (!plan.notInDatabase.includes(figure.code)) plan.notInDatabase.push(figure.code);
      } else {
        plan.problems.push({ line: figure.line, column: null, kind: "CODE", message: `Okänd kommunkod ${figure.code}: ingen kommun i databasen eller i referenslistan har den.` });
      }
      continue;
    }
    const before = recorded.get(`${municipality.id}:${figure.year}`) ?? null;
    plan.rows.push({
      line: figure.line,
      code: municipality.code,
      name: municipality.name,
      year: figure.year,
      before,
      after: figure.population,
      action: before === null ? "NEW" : before === figure.population ? "UNCHANGED" : "CHANGED",
      municipalityId: municipality.id,
    });
  }
  plan.rows.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : a.year - b.year));
  plan.problems.sort((a, b) => a.line - b.line);
  return plan;
}

/**
 * Plans the import; with `apply` and no problems, writes every new and changed figure in one
 * transaction, audited per municipality (population<year>: before → after).
 */
export async function importPopulations(ctx: Context, request: { fileName: string; content: Buffer; apply: boolean }): Promise<PopulationImportOutcome> {
  assertRole(ctx.viewer, Role.ADMIN);
  const plan = await planPopulationImport(ctx, request.content);
  if (plan.problems.length) return { plan, applied: false, userErrors: problemErrors(plan.problems) };
  if (!request.apply) return { plan, applied: false, userErrors: [] };
  const outcome = await runMutation(ctx, POPULATION_IMPORT_OPERATION, async (s) => {
    const changes = new Map<number, Record<string, { before: unknown; after: unknown }>>();
    for (const row of plan.rows) {
      if (row.action === "UNCHANGED") continue;
      if (row.action === "NEW") await s.em.insert(PopulationFigure, { municipalityId: row.municipalityId, year: row.year, population: row.after });
      else await s.em.update(PopulationFigure, { municipalityId: row.municipalityId, year: row.year }, { population: row.after });
      const fields = changes.get(row.municipalityId) ?? { source: { before: null, after: request.fileName } };
      fields[`population${row.year}`] = { before: row.before, after: row.after };
      changes.set(row.municipalityId, fields);
    }
    for (const [municipalityId, fields] of changes) {
      s.changes.push({ objectId: encodeGlobalId(Municipality.typeName, municipalityId), objectType: Municipality.typeName, kind: "UPDATE", fields });
    }
    return true;
  });
  return { plan, applied: outcome.userErrors.length === 0, userErrors: outcome.userErrors };
}
