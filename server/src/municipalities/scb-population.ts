/**
 * Reading the CSV file that SCB's statistics database (Statistikdatabasen, PxWeb) exports for table
 * BE0101 (Folkmängd per region och år): pure, no ORM or GraphQL. Both of its CSV forms are read:
 * comma- or semicolon-separated, with or without its title lines above the header, in UTF-8 or
 * Windows-1252, laid out with the years as columns (`"region","2024","2025"`, also headed
 * `"Folkmängd 2024"`) or one row per region and year (`"region","år","Folkmängd"`). A region is
 * written as SCB does, code and name (`"1460 Bengtsfors"`); the country (00) and counties (two
 * digits) are skipped. `..` (no figure) is skipped too.
 */

export interface ScbFigure {
  /** The line in the file (1 is its first line). */
  line: number;
  code: string;
  /** The region's name as the file writes it; empty when it gives only the code. */
  name: string;
  year: number;
  population: number;
}

export interface ScbProblem {
  /** The line in the file; 0 for the file as a whole. */
  line: number;
  /** The column's header; null for the whole line or file. */
  column: string | null;
  message: string;
  kind: "FORMAT" | "NUMBER" | "YEAR" | "CODE";
}

export interface ScbFile {
  figures: ScbFigure[];
  /** Regions that are not municipalities (the country, counties), as the file writes them. */
  skippedRegions: string[];
  problems: ScbProblem[];
}

export interface ScbYearRange {
  min: number;
  max: number;
}

/** The text of the file: UTF-8 (with or without a byte-order mark), else Windows-1252, as older PxWeb exports are. */
export function decodeScbFile(content: Buffer): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(content).replace(/^\uFEFF/, "");
  } catch {
    return new TextDecoder("windows-1252").decode(content);
  }
}

/** The cells of one CSV line: `separator`-separated, double quotes around a cell, `""` inside one. */
function cellsOf(line: string, separator: string): string[] {
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === separator) {
      cells.push(cell.trim());
      cell = "";
    } else cell += char;
  }
  cells.push(cell.trim());
  return cells;
}

const REGION = /^(\d{2}|\d{4})(?:\s+(.+))?$/;

/** A whole number as SCB writes it: digits, perhaps grouped by spaces; null for anything else. */
function countOf(text: string): number | null {
  const digits = text.replace(/[\s\u00a0\u202f]/g, "");
  return /^\d{1,9}$/.test(digits) ? Number(digits) : null;
}

/** The year a column header names ("2024", "Folkmängd 2024", "2024 Folkmängd"); null when it names none. */
function yearOfHeader(header: string): number | null {
  const years = header.match(/\b\d{4}\b/g);
  return years?.length === 1 ? Number(years[0]) : null;
}

export function parseScbPopulation(text: string, years: ScbYearRange): ScbFile {
  const lines = text.split(/\r\n|\n|\r/);
  const result: ScbFile = { figures: [], skippedRegions: [], problems: [] };
  const problem = (line: number, column: string | null, kind: ScbProblem["kind"], message: string) => result.problems.push({ line, column, kind, message });

  // The header is the first line whose first cell is "region"; the title lines above it are SCB's.
  const headerIndex = lines.findIndex((line) => /^"?region"?\s*[,;]/i.test(line.trim()));
  if (headerIndex < 0) {
    problem(0, null, "FORMAT", 'Filen har ingen rubrikrad som börjar med "region": exportera tabellen BE0101 som CSV från SCB:s statistikdatabas, med region och år.');
    return result;
  }
  const headerLine = lines[headerIndex];
  const separator = headerLine.includes(";") ? ";" : ",";
  const header = cellsOf(headerLine, separator);
  const yearColumn = header.findIndex((h, i) => i > 0 && /^år$/i.test(h));
  const long = yearColumn > 0;
  if (long && header.length !== 3) {
    problem(headerIndex + 1, null, "FORMAT", `Rubrikraden har kolumnerna ${header.map((h) => `"${h}"`).join(", ")}: välj bara region, år och folkmängd i SCB:s tabell.`);
    return result;
  }
  const columnYears = header.map((h, i) => (i === 0 || long ? null : yearOfHeader(h)));
  if (!long) {
    header.forEach((h, i) => {
      if (i > 0 && columnYears[i] === null) {
        problem(headerIndex + 1, h, "FORMAT", `Kolumnen "${h}" är inte ett år: välj bara region och år (folkmängd totalt) i SCB:s tabell.`);
      }
    });
    if (header.length < 2) problem(headerIndex + 1, null, "FORMAT", "Rubrikraden har inga år.");
  }
  const yearAllowed = (line: number, column: string, year: number): boolean => {
    if (year >= years.min && year <= years.max) return true;
    problem(line, column, "YEAR", `Året ${year} ligger utanför ${years.min}–${years.max}.`);
    return false;
  };
  if (result.problems.length) return result;
  // A column of a year out of range is reported once, and its cells left out.
  const usable = columnYears.map((year, i) => year !== null && yearAllowed(headerIndex + 1, header[i], year));

  for (let index = headerIndex + 1; index < lines.length; index++) {
    const line = index + 1;
    if (lines[index].trim() === "") {
      // A blank line ends the table; SCB's footnotes may follow it.
      if (result.figures.length || result.skippedRegions.length) break;
      continue;
    }
    const cells = cellsOf(lines[index], separator);
    const region = REGION.exec(cells[0]);
    if (!region) {
      problem(line, header[0], "FORMAT", `"${cells[0].slice(0, 60)}" är ingen region med kod (t.ex. "1460 Bengtsfors").`);
      continue;
    }
    const [, code, name = ""] = region;
    if (code.length === 2) {
      if (!result.skippedRegions.includes(cells[0])) result.skippedRegions.push(cells[0]);
      continue;
    }
    if (cells.length !== header.length) {
      problem(line, null, "FORMAT", `Raden har ${cells.length} fält, rubrikraden ${header.length}.`);
      continue;
    }
    const cellsWithYears: [string, string, number | null][] = long
      ? [[header[2], cells[2], countOf(cells[1])]]
      : cells.flatMap((cell, i): [string, string, number | null][] => (usable[i] ? [[header[i], cell, columnYears[i]]] : []));
    if (long && cellsWithYears[0][2] === null) {
      problem(line, header[1], "YEAR", `"${cells[1].slice(0, 20)}" är inget år.`);
      continue;
    }
    for (const [column, cell, year] of cellsWithYears) {
      if (cell === ".." || cell === "-" || cell === "") continue;
      const population = countOf(cell);
      if (population === null) {
        problem(line, column, "NUMBER", `"${cell.slice(0, 30)}" är inget heltal (folkmängd för ${code}).`);
        continue;
      }
      if (long && !yearAllowed(line, header[1], year!)) continue;
      result.figures.push({ line, code, name, year: year!, population });
    }
  }
  const seen = new Map<string, number>();
  for (const f of result.figures) {
    const key = `${f.code}:${f.year}`;
    if (seen.has(key)) problem(f.line, null, "FORMAT", `${f.code} har folkmängd för ${f.year} två gånger (också rad ${seen.get(key)}).`);
    else seen.set(key, f.line);
  }
  if (result.figures.length === 0 && result.problems.length === 0) problem(0, null, "FORMAT", "Filen har inga kommuner med folkmängd.");
  return result;
}
