/**
 * The import plan of one municipality's application list: each row read, checked, matched to the
 * catalogue and compared with what is recorded today. Pure: it is given the current state, reads
 * nothing and writes nothing (store.ts loads the state and applies a plan).
 */
import type { ApplicationCategory, LifecyclePhase } from "../applications/entities";
import type { LocalDate } from "../common/dates";
import { groupBy } from "../common/collections";
import { nameKey } from "../common/names";
import { TERMS } from "../common/vocabulary";
import { formatKronor } from "../render/format";
import type { UserErrorCode } from "../core/user-error";
import { CATEGORY_LABELS, dateOf, enumOf, integerOf, oreOf, PHASE_LABELS, type Cell } from "./values";
import type { Column, ReadTable } from "./sheet";

export const MAX_IMPORT_ROWS = 5000;
const MAX_USERS = 1_000_000;
const MAX_ANNUAL_COST_ORE = 2_000_000_000 * 100;

/** The columns of an application list, in the order the export writes them. */
export const USAGE_COLUMNS = {
  externalKey: { header: "Extern nyckel", type: "text", aliases: ["external key", "nyckel", "id"] },
  product: { header: "Produkt", type: "text", aliases: ["product", "applikation", "system", "application"] },
  vendor: { header: "Leverantör", type: "text", aliases: ["vendor", "leverantor"] },
  category: { header: "Kategori", type: "text", aliases: ["category", "verksamhetsområde"] },
  lifecyclePhase: { header: "Livscykelfas", type: "text", aliases: ["lifecycle phase", "fas", "phase"] },
  // The vocabulary's terms; files with the older headers (Verksamhetsnytta, Teknisk kvalitet) still import.
  functionalFit: { header: `${TERMS.functionalFit} (1–4)`, type: "integer", aliases: ["funktionell passform", "verksamhetsnytta", "verksamhetsnytta (1–4)", "functional fit"] },
  technicalFit: { header: `${TERMS.technicalFit} (1–4)`, type: "integer", aliases: ["teknisk passform", "teknisk kvalitet", "teknisk kvalitet (1–4)", "technical fit"] },
  userCount: { header: "Antal användare", type: "integer", aliases: ["användare", "users", "user count"] },
  annualCost: { header: "Årskostnad (kr)", type: "kronor", aliases: ["årskostnad", "annual cost", "annual cost (sek)", "kostnad"] },
  inUseSince: { header: "I drift sedan", type: "date", aliases: ["in use since", "sedan"] },
  systemOwner: { header: "Systemägare", type: "text", aliases: ["system owner", "systemagare"] },
} as const satisfies Record<string, Column & { aliases: readonly string[] }>;

export type UsageColumn = keyof typeof USAGE_COLUMNS;
export const USAGE_COLUMN_KEYS = Object.keys(USAGE_COLUMNS) as UsageColumn[];

export enum ImportAction {
  CREATE = "CREATE",
  UPDATE = "UPDATE",
  UNCHANGED = "UNCHANGED",
}

export enum ImportMatch {
  EXTERNAL_KEY = "EXTERNAL_KEY",
  NAME_AND_VENDOR = "NAME_AND_VENDOR",
  NEW_APPLICATION = "NEW_APPLICATION",
}

export interface ImportProblem {
  /** The row in the file (1 is the header row). */
  row: number;
  /** The column's header as the file names it; null for the whole row or file. */
  column: string | null;
  message: string;
  code: UserErrorCode;
}

export interface FieldChange {
  column: UsageColumn;
  before: string | null;
  after: string | null;
}

/** The usage facts a row sets; absent keys leave the recorded value as it is. */
export interface UsageValues {
  lifecyclePhase?: LifecyclePhase;
  functionalFit?: number | null;
  technicalFit?: number | null;
  userCount?: number | null;
  annualCostOre?: number | null;
  inUseSince?: LocalDate | null;
  externalKey?: string | null;
}

export interface PlannedRow {
  row: number;
  product: string | null;
  vendor: string | null;
  externalKey: string | null;
  action: ImportAction;
  match: ImportMatch;
  /** The catalogue entry matched (null: NEW_APPLICATION, created from `newApplication`). */
  applicationId: number | null;
  newApplication: { name: string; vendor: string | null; category: ApplicationCategory } | null;
  /** The municipality's usage matched (null: CREATE). */
  usageId: number | null;
  values: UsageValues;
  /** The systemägare to appoint (a person id) and the role to end first, when it changes. */
  systemOwner: { personId: number; endRoleId: number | null } | null;
  changes: FieldChange[];
  problems: ImportProblem[];
}

export interface ImportPlan {
  rows: PlannedRow[];
  /** Problems of the file as a whole (headers) and of every row. */
  problems: ImportProblem[];
}

// ---- the state a plan compares with ----

export interface CatalogueEntry {
  id: number;
  name: string;
  vendor: string | null;
  category: ApplicationCategory;
}

export interface RecordedUsage {
  id: number;
  applicationId: number;
  externalKey: string | null;
  lifecyclePhase: LifecyclePhase;
  functionalFit: number | null;
  technicalFit: number | null;
  userCount: number | null;
  /** Whole kronor, as stored. */
  annualCostSek: number | null;
  inUseSince: LocalDate | null;
}

export interface ImportState {
  today: LocalDate;
  applications: CatalogueEntry[];
  /** The municipality's usages as they stand today. */
  usages: RecordedUsage[];
  /** The municipality's people, for the systemägare column. */
  people: { id: number; name: string; email: string | null }[];
  /** The systemägare in office today, by usage id. */
  systemOwners: Map<number, { roleId: number; personId: number }>;
  /** The APPLICATION_CATEGORY vocabulary (code, Swedish name), in order; default today's enum and its labels. */
  categories?: { code: string; name: string }[];
}

const catalogueKey = (name: string, vendor: string | null) => `${nameKey(name.trim())}\u0000${nameKey(vendor?.trim() ?? "")}`;

/** Which column of the file holds each known column (by its header, case- and accent-insensitively); problems for missing or repeated ones. */
export function mapHeaders(headers: string[]): { columns: Map<UsageColumn, number>; problems: ImportProblem[] } {
  const columns = new Map<UsageColumn, number>();
  const problems: ImportProblem[] = [];
  headers.forEach((header, index) => {
    const key = nameKey(header.trim());
    if (!key) return;
    const column = USAGE_COLUMN_KEYS.find((c) => nameKey(USAGE_COLUMNS[c].header) === key || USAGE_COLUMNS[c].aliases.some((alias) => nameKey(alias) === key));
    if (!column) return;
    if (columns.has(column)) problems.push({ row: 1, column: header, code: "DUPLICATE" as UserErrorCode, message: `Kolumnen ”${USAGE_COLUMNS[column].header}” finns två gånger.` });
    else columns.set(column, index);
  });
  if (!columns.has("product")) {
    problems.push({ row: 1, column: null, code: "REQUIRED" as UserErrorCode, message: `Kolumnen ”${USAGE_COLUMNS.product.header}” saknas: första raden ska ha kolumnrubrikerna.` });
  }
  return { columns, problems };
}

/** The plan for a read file against `state`. */
export function planImport(table: ReadTable, state: ImportState): ImportPlan {
  const { columns, problems: headerProblems } = mapHeaders(table.headers);
  if (headerProblems.length) return { rows: [], problems: headerProblems };
  if (table.rows.length > MAX_IMPORT_ROWS) {
    return { rows: [], problems: [{ row: 1, column: null, code: "OUT_OF_RANGE" as UserErrorCode, message: `Filen har ${table.rows.length} rader; högst ${MAX_IMPORT_ROWS} tas emot åt gången.` }] };
  }
  const categoryLabels: Record<string, string> = state.categories ? Object.fromEntries(state.categories.map((c) => [c.code, c.name])) : CATEGORY_LABELS;
  const byCatalogueKey = new Map(state.applications.map((a) => [catalogueKey(a.name, a.vendor), a]));
  const applicationsById = new Map(state.applications.map((a) => [a.id, a]));
  const usageByKey = new Map(state.usages.filter((u) => u.externalKey !== null).map((u) => [u.externalKey!, u]));
  const usageByApplication = new Map(state.usages.map((u) => [u.applicationId, u]));
  const peopleByEmail = new Map(state.people.filter((p) => p.email).map((p) => [p.email!.trim().toLowerCase(), p]));
  const peopleByName = groupBy(state.people, (p) => nameKey(p.name.trim()));
  const personName = new Map(state.people.map((p) => [p.id, p.name]));

  const seenTargets = new Map<string, number>();
  const seenKeys = new Map<string, number>();
  const rows = table.rows.map((read): PlannedRow => {
    const problems: ImportProblem[] = [];
    const cell = (column: UsageColumn): Cell | undefined => {
      const index = columns.get(column);
      if (index === undefined) return undefined;
      const value = read.cells[index] ?? null;
      return typeof value === "string" && value.trim() === "" ? null : typeof value === "string" ? value.trim() : value;
    };
    const problem = (column: UsageColumn | null, code: string, message: string) =>
      problems.push({ row: read.rowNumber, column: column === null ? null : table.headers[columns.get(column)!], code: code as UserErrorCode, message });
    const text = (column: UsageColumn, max: number): string | null | undefined => {
      const value = cell(column);
      if (value === undefined || value === null) return value;
      const s = String(value);
      if (s.length > max) problem(column, "TOO_LONG", `Högst ${max} tecken.`);
      return s;
    };
    const whole = (column: UsageColumn, min: number, max: number): number | null | undefined => {
      const value = cell(column);
      if (value === undefined || value === null) return value;
      const n = integerOf(value);
      if (n === undefined || n < min || n > max) {
        problem(column, "OUT_OF_RANGE", `Ett heltal från ${min} till ${max}, inte ”${value}”.`);
        return undefined;
      }
      return n;
    };

    const product = text("product", 150) ?? null;
    const vendor = text("vendor", 150) ?? null;
    const externalKey = text("externalKey", 100);
    if (!product) problem("product", "REQUIRED", "Produktens namn saknas.");

    const values: UsageValues = {};
    const categoryCell = cell("category");
    const category = categoryCell === undefined || categoryCell === null ? categoryCell : (enumOf(categoryLabels, String(categoryCell)) as ApplicationCategory | undefined);
    if (category === undefined && categoryCell !== undefined) {
      problem("category", "INVALID", `Okänd kategori ”${categoryCell}”; giltiga: ${Object.values(categoryLabels).join(", ")}.`);
    }
    const phaseCell = cell("lifecyclePhase");
    if (phaseCell !== undefined && phaseCell !== null) {
      const phase = enumOf(PHASE_LABELS, String(phaseCell));
      if (phase) values.lifecyclePhase = phase;
      else problem("lifecyclePhase", "INVALID", `Okänd livscykelfas ”${phaseCell}”; giltiga: ${Object.values(PHASE_LABELS).join(", ")}.`);
    }
    const functionalFit = whole("functionalFit", 1, 4);
    if (functionalFit !== undefined) values.functionalFit = functionalFit;
    const technicalFit = whole("technicalFit", 1, 4);
    if (technicalFit !== undefined) values.technicalFit = technicalFit;
    const userCount = whole("userCount", 0, MAX_USERS);
    if (userCount !== undefined) values.userCount = userCount;
    const costCell = cell("annualCost");
    if (costCell !== undefined) {
      const ore = costCell === null ? null : oreOf(costCell);
      if (ore === undefined || (ore !== null && (ore < 0 || ore > MAX_ANNUAL_COST_ORE))) problem("annualCost", "INVALID", `Ett belopp i kronor, t.ex. 12 500,00, inte ”${costCell}”.`);
      else if (ore !== null && ore % 100 !== 0) problem("annualCost", "INVALID", "Årskostnader förs i hela kronor: öre tas inte emot.");
      else values.annualCostOre = ore;
    }
    const sinceCell = cell("inUseSince");
    if (sinceCell !== undefined) {
      const since = sinceCell === null ? null : dateOf(sinceCell);
      if (since === undefined) problem("inUseSince", "INVALID", `Ett datum ÅÅÅÅ-MM-DD, inte ”${sinceCell}”.`);
      else if (since !== null && since > state.today) problem("inUseSince", "DATE_IN_FUTURE", `Datumet ligger efter i dag (${state.today}).`);
      else values.inUseSince = since;
    }

    // Match: the external key first, then product and vendor.
    let match = ImportMatch.NEW_APPLICATION;
    let usage: RecordedUsage | undefined;
    let application: CatalogueEntry | undefined;
    const keyed = externalKey ? usageByKey.get(externalKey) : undefined;
    if (keyed) {
      match = ImportMatch.EXTERNAL_KEY;
      usage = keyed;
      application = applicationsById.get(keyed.applicationId);
      if (application && product && catalogueKey(product, vendor) !== catalogueKey(application.name, application.vendor)) {
        problem(
          "product",
          "CONFLICT",
          `Nyckeln ”${externalKey}” hör till ${application.name}${application.vendor ? ` (${application.vendor})` : ""}, men raden anger ${product}${vendor ? ` (${vendor})` : ""}.`,
        );
      }
    } else if (product) {
      application = byCatalogueKey.get(catalogueKey(product, vendor));
      if (application) {
        match = ImportMatch.NAME_AND_VENDOR;
        usage = usageByApplication.get(application.id);
      }
    }
    if (externalKey !== undefined && (usage?.externalKey ?? null) !== (externalKey ?? null) && !(externalKey === null && usage === undefined)) {
      values.externalKey = externalKey;
    }
    if (!application && product && categoryCell == null) problem("category", "REQUIRED", "En ny applikation i katalogen behöver en kategori.");
    if (application && category && category !== application.category) {
      problem(
        "category",
        "CONFLICT",
        `Katalogen har ${application.name} som ${categoryLabels[application.category] ?? application.category}; katalogen ändras av en administratör, inte av en import.`,
      );
    }

    // The same usage, or the same key, twice in one file.
    const target = application ? `a${application.id}` : product ? `n${catalogueKey(product, vendor)}` : null;
    if (target !== null) {
      const earlier = seenTargets.get(target);
      if (earlier !== undefined) problem("product", "DUPLICATE", `Samma applikation finns redan på rad ${earlier}.`);
      else seenTargets.set(target, read.rowNumber);
    }
    if (externalKey) {
      const earlier = seenKeys.get(externalKey);
      if (earlier !== undefined) problem("externalKey", "DUPLICATE", `Nyckeln finns redan på rad ${earlier}.`);
      else seenKeys.set(externalKey, read.rowNumber);
    }

    // The systemägare: a person of the municipality, by e-mail or name.
    let systemOwner: PlannedRow["systemOwner"] = null;
    let ownerChange: FieldChange | null = null;
    const ownerCell = text("systemOwner", 200);
    if (ownerCell) {
      const found = ownerCell.includes("@") ? [peopleByEmail.get(ownerCell.toLowerCase())].filter((p) => p !== undefined) : (peopleByName.get(nameKey(ownerCell)) ?? []);
      if (found.length === 0) problem("systemOwner", "NOT_FOUND", `Ingen person i kommunen heter ”${ownerCell}”; lägg till personen först eller ange e-postadressen.`);
      else if (found.length > 1) problem("systemOwner", "INVALID", `Flera personer i kommunen heter ”${ownerCell}”; ange e-postadressen i stället.`);
      else {
        const current = usage ? state.systemOwners.get(usage.id) : undefined;
        if (current?.personId !== found[0].id) {
          systemOwner = { personId: found[0].id, endRoleId: current?.roleId ?? null };
          ownerChange = { column: "systemOwner", before: current ? (personName.get(current.personId) ?? null) : null, after: found[0].name };
        }
      }
    }

    const changes = usage ? changesOf(usage, values) : createdValues(values);
    if (!usage && values.lifecyclePhase === undefined) changes.unshift({ column: "lifecyclePhase", before: null, after: PHASE_LABELS.ACTIVE });
    if (ownerChange) changes.push(ownerChange);
    changes.sort((a, b) => USAGE_COLUMN_KEYS.indexOf(a.column) - USAGE_COLUMN_KEYS.indexOf(b.column));
    return {
      row: read.rowNumber,
      product,
      vendor,
      externalKey: externalKey ?? null,
      action: !usage ? ImportAction.CREATE : changes.length ? ImportAction.UPDATE : ImportAction.UNCHANGED,
      match,
      applicationId: application?.id ?? null,
      newApplication: !application && product && category ? { name: product, vendor, category } : null,
      usageId: usage?.id ?? null,
      values: usage ? onlyChanged(usage, values) : values,
      systemOwner,
      changes,
      problems,
    };
  });
  return { rows, problems: rows.flatMap((r) => r.problems) };
}

// ---- comparing ----

type ValueColumn = Exclude<keyof UsageValues, never>;
const VALUE_COLUMNS: Record<ValueColumn, UsageColumn> = {
  externalKey: "externalKey",
  lifecyclePhase: "lifecyclePhase",
  functionalFit: "functionalFit",
  technicalFit: "technicalFit",
  userCount: "userCount",
  annualCostOre: "annualCost",
  inUseSince: "inUseSince",
};

function recordedValue(usage: RecordedUsage, key: ValueColumn): unknown {
  return key === "annualCostOre" ? (usage.annualCostSek === null ? null : usage.annualCostSek * 100) : usage[key];
}

function shown(key: ValueColumn, value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (key === "lifecyclePhase") return PHASE_LABELS[value as LifecyclePhase];
  if (key === "annualCostOre") return formatKronor(value as number);
  return String(value);
}

function onlyChanged(usage: RecordedUsage, values: UsageValues): UsageValues {
  return Object.fromEntries(Object.entries(values).filter(([key, value]) => recordedValue(usage, key as ValueColumn) !== value));
}

function changesOf(usage: RecordedUsage, values: UsageValues): FieldChange[] {
  return Object.entries(onlyChanged(usage, values)).map(([key, value]) => ({
    column: VALUE_COLUMNS[key as ValueColumn],
    before: shown(key as ValueColumn, recordedValue(usage, key as ValueColumn)),
    after: shown(key as ValueColumn, value),
  }));
}

function createdValues(values: UsageValues): FieldChange[] {
  return Object.entries(values)
    .filter(([, value]) => value !== null)
    .map(([key, value]) => ({ column: VALUE_COLUMNS[key as ValueColumn], before: null, after: shown(key as ValueColumn, value) }));
}

/** How many rows of each action a plan has. */
export function planCounts(plan: ImportPlan): Record<ImportAction, number> {
  const counts = { CREATE: 0, UPDATE: 0, UNCHANGED: 0 };
  for (const row of plan.rows) counts[row.action]++;
  return counts;
}
