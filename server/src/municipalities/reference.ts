/**
 * The reference list of Sweden's municipalities and counties shipped in `seeds/reference/`
 * (kommuner.csv, lan.csv; sources and licences in its README.md). Pure parsing plus one read of the
 * shipped files; no ORM or GraphQL here, so the seed loader, services, CLIs and benchmarks share it.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** The year of the populations in kommuner.csv (31 December). */
export const REFERENCE_POPULATION_YEAR = 2025;

export interface ReferenceCounty {
  /** Two-digit county code (länskod), e.g. "14". */
  code: string;
  /** E.g. "Västra Götalands län". */
  name: string;
  /** E.g. "Västra Götaland". */
  shortName: string;
}

export interface ReferenceMunicipality {
  /** Four-digit municipality code (kommunkod), e.g. "1460". */
  code: string;
  name: string;
  countyCode: string;
  /** The population on 31 December of REFERENCE_POPULATION_YEAR. */
  population: number;
}

export interface ReferenceList {
  counties: ReferenceCounty[];
  municipalities: ReferenceMunicipality[];
  countyByCode: Map<string, ReferenceCounty>;
  municipalityByCode: Map<string, ReferenceMunicipality>;
}

/** Rows of a plain comma-separated file with a header (no quoting: no field holds a comma); `columns` must be its header. */
function rowsOf(text: string, file: string, columns: readonly string[]): string[][] {
  const lines = text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .filter((line) => line.trim() !== "");
  const header = lines.shift()?.split(",") ?? [];
  if (header.join(",") !== columns.join(",")) throw new Error(`${file}: expected the columns ${columns.join(",")}, got ${header.join(",")}`);
  return lines.map((line, i) => {
    const cells = line.split(",");
    if (cells.length !== columns.length) throw new Error(`${file}, line ${i + 2}: ${cells.length} fields, expected ${columns.length}`);
    return cells.map((cell) => cell.trim());
  });
}

/** Parses lan.csv and kommuner.csv, checking codes, references and numbers. */
export function parseReferenceList(lanCsv: string, kommunerCsv: string): ReferenceList {
  const counties = rowsOf(lanCsv, "lan.csv", ["county_code", "county_name", "county_name_short"]).map(([code, name, shortName]) => {
    if (!/^\d{2}$/.test(code)) throw new Error(`lan.csv: "${code}" is not a two-digit county code`);
    return { code, name, shortName };
  });
  const countyByCode = new Map(counties.map((c) => [c.code, c]));
  const municipalities = rowsOf(kommunerCsv, "kommuner.csv", ["kod", "namn", "lanskod", "lan", "invanare_2025"]).map(([code, name, countyCode, countyName, population]) => {
    if (!/^\d{4}$/.test(code)) throw new Error(`kommuner.csv: "${code}" is not a four-digit municipality code`);
    const county = countyByCode.get(countyCode);
    if (!county || county.name !== countyName) throw new Error(`kommuner.csv: ${code} names county ${countyCode} "${countyName}", which lan.csv does not have`);
    if (!/^\d+$/.test(population)) throw new Error(`kommuner.csv: ${code} has the population "${population}"`);
    return { code, name, countyCode, population: Number(population) };
  });
  const municipalityByCode = new Map(municipalities.map((m) => [m.code, m]));
  if (municipalityByCode.size !== municipalities.length) throw new Error("kommuner.csv: a municipality code appears twice");
  return { counties, municipalities, countyByCode, municipalityByCode };
}

/** The shipped files: beside the sources in seeds/reference, or four levels up from this file compiled (dist/server/src/municipalities). */
export const REFERENCE_DIR = [join(__dirname, "..", "..", "..", "seeds", "reference"), join(__dirname, "..", "..", "..", "..", "seeds", "reference")].find((dir) =>
  existsSync(join(dir, "kommuner.csv")),
);

let shipped: ReferenceList | null = null;

/** The shipped reference list, read once. */
export function referenceList(): ReferenceList {
  if (!shipped) {
    if (!REFERENCE_DIR) throw new Error("The reference list (seeds/reference/kommuner.csv) is missing.");
    shipped = parseReferenceList(readFileSync(join(REFERENCE_DIR, "lan.csv"), "utf8"), readFileSync(join(REFERENCE_DIR, "kommuner.csv"), "utf8"));
  }
  return shipped;
}

/** The county a free-text name means: a county's full name ("Värmlands län") or short name ("Värmland"), case-insensitively; null for anything else. */
export function countyNamed(list: ReferenceList, name: string | null | undefined): ReferenceCounty | null {
  const wanted = name?.trim().toLocaleLowerCase("sv-SE");
  if (!wanted) return null;
  return list.counties.find((c) => c.name.toLocaleLowerCase("sv-SE") === wanted || c.shortName.toLocaleLowerCase("sv-SE") === wanted) ?? null;
}
