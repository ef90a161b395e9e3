/**
 * Importing populations from SCB's own export of table BE0101 (folkmängd per kommun och år): the
 * file is read (scb-population.ts), each figure matched to a municipality of the database by its
 * code (current or former), and compared with what is recorded; an applied plan writes every new
 * and changed figure and says what changed for the audit log. The mutation and the CLI run it
 * (population-import-resolver.ts): a dry run, or all or nothing in one transaction. No GraphQL here.
 */
import type { EntityManager } from "typeorm";
import type { AuditChange } from "../audit/entities";
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

export function planCounts(plan: PopulationImportPlan): Record<PopulationImportAction, number> {
  const counts: Record<PopulationImportAction, number> = { NEW: 0, CHANGED: 0, UNCHANGED: 0 };
  for (const row of plan.rows) counts[row.action]++;
  return counts;
}

/** Reads and plans the file against the database (three statements), collecting every problem; the year range ends with today's year. */
export async function planPopulationImport(em: EntityManager, content: Buffer, today: string): Promise<PopulationImportPlan> {
  const file = parseScbPopulation(decodeScbFile(content), { min: FIRST_POPULATION_YEAR, max: Number(today.slice(0, 4)) });
  const plan: PopulationImportPlan = { rows: [], skippedRegions: file.skippedRegions, notInDatabase: [], problems: file.problems };
  if (file.figures.length === 0) return plan;
  const [municipalities, formerCodes, figures] = await Promise.all([em.find(Municipality), em.find(MunicipalityFormerCode), em.find(PopulationFigure)]);
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
 * Writes every new and changed figure of a plan without problems (on the caller's transaction) and
 * returns the changes for the audit log: per municipality the file (`source`) and each
 * `population<year>` before and after.
 */
export async function writePopulationPlan(em: EntityManager, plan: PopulationImportPlan, fileName: string): Promise<AuditChange[]> {
  const changes = new Map<number, AuditChange["fields"]>();
  for (const row of plan.rows) {
    if (row.action === "UNCHANGED") continue;
    if (row.action === "NEW") await em.insert(PopulationFigure, { municipalityId: row.municipalityId, year: row.year, population: row.after });
    else await em.update(PopulationFigure, { municipalityId: row.municipalityId, year: row.year }, { population: row.after });
    const fields = changes.get(row.municipalityId) ?? { source: { before: null, after: fileName } };
    fields[`population${row.year}`] = { before: row.before, after: row.after };
    changes.set(row.municipalityId, fields);
  }
  return [...changes].map(([id, fields]) => ({ objectId: Object.assign(new Municipality(), { id }).globalId, objectType: Municipality.typeName, kind: "UPDATE", fields }));
}
