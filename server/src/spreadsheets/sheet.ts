/**
 * Reading and writing one table as CSV or .xlsx. CSV is written by the one CSV writer
 * (common/csv.ts): by default as a Swedish Excel opens it (semicolons, decimal comma, UTF-8 with a
 * byte-order mark), or plain (commas, decimal point, no mark); dates ISO, kronor with two decimals.
 * Reading takes either. .xlsx: the first sheet; dates are real dates, kronor numbers formatted with
 * two decimals. No ORM or GraphQL imports.
 */
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { CsvForm, kronorCell, writeCsv as writeCsvText } from "../common/csv";
import type { Cell } from "./values";

export enum SheetFormat {
  CSV = "CSV",
  XLSX = "XLSX",
}

export const CONTENT_TYPES: Record<SheetFormat, string> = {
  CSV: "text/csv; charset=utf-8",
  XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** How a column's values are written: text, a whole number, öre shown as kronor, or a calendar date. */
export type ColumnType = "text" | "integer" | "kronor" | "date";

export interface Column {
  header: string;
  type: ColumnType;
  width?: number;
}

export interface Table {
  /** The sheet's name in .xlsx (at most 31 characters). */
  name: string;
  columns: Column[];
  /** Cells in column order: text, a number (öre for kronor columns), an ISO date, or null. */
  rows: Cell[][];
}

/** A file that is not a readable CSV or .xlsx table. */
export class SheetError extends Error {}

export interface ReadRow {
  /** The row's number in the file as a spreadsheet shows it (the header row is 1). */
  rowNumber: number;
  cells: Cell[];
}

export interface ReadTable {
  headers: string[];
  rows: ReadRow[];
}

const isBlank = (cell: Cell) => cell === null || (typeof cell === "string" && cell.trim() === "");

export async function readTable(format: SheetFormat, content: Buffer): Promise<ReadTable> {
  const records = format === SheetFormat.CSV ? readCsv(content) : await readXlsx(content);
  const [header, ...rest] = records;
  if (!header || header.every(isBlank)) throw new SheetError("Filen saknar rubrikrad: första raden ska namnge kolumnerna, till exempel Produkt och Leverantör.");
  return {
    headers: header.map((cell) => (cell === null ? "" : String(cell).trim())),
    rows: rest.map((cells, i) => ({ rowNumber: i + 2, cells })).filter((row) => !row.cells.every(isBlank)),
  };
}

function readCsv(content: Buffer): Cell[][] {
  const text = content.toString("utf8");
  if (text.includes("\u0000")) throw new SheetError("Filen är inte text och kan inte läsas som CSV. Är det en .xlsx-fil? Välj då formatet Excel (.xlsx).");
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  try {
    const records: string[][] = parse(text, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: false });
    return records.map((record) => record.map((cell) => (cell.trim() === "" ? null : cell)));
  } catch (error) {
    throw new SheetError(csvProblem(error));
  }
}

/** What is wrong with a CSV file csv-parse refused, in Swedish, with the line where it can tell. */
function csvProblem(error: unknown): string {
  const { code, lines } = (error ?? {}) as { code?: string; lines?: number };
  const where = typeof lines === "number" ? ` (rad ${lines})` : "";
  if (code === "CSV_QUOTE_NOT_CLOSED") return `CSV-filen kan inte läsas: ett citattecken (") öppnas men stängs aldrig${where}.`;
  if (code === "CSV_INVALID_CLOSING_QUOTE" || code === "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE") return `CSV-filen kan inte läsas: tecken direkt efter ett avslutande citattecken${where}.`;
  return `CSV-filen kan inte läsas${where}: kontrollera att den är sparad som CSV (UTF-8) med kommatecken eller semikolon mellan kolumnerna.`;
}

/** A calendar date from an .xlsx date cell: exceljs gives dates at UTC midnight of the day shown. */
function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function cellValue(value: ExcelJS.CellValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "true" : "false";
  if (value instanceof Date) return isoDay(value);
  if ("result" in value) return cellValue((value.result ?? null) as ExcelJS.CellValue);
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("text" in value) return String(value.text);
  if ("error" in value) return null;
  return null;
}

async function readXlsx(content: Buffer): Promise<Cell[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ExcelJS.Buffer);
  } catch (error) {
    // The library's own message is English and may name its web site: say what is wrong in Swedish.
    throw new SheetError(
      error instanceof Error && /zip|end of data|central directory|signature/i.test(error.message)
        ? "Filen kan inte läsas som Excel (.xlsx): den är inte en .xlsx-fil eller är skadad. Spara den på nytt som Excel-arbetsbok (.xlsx) eller som CSV."
        : "Filen kan inte läsas som Excel (.xlsx). Spara den på nytt som Excel-arbetsbok (.xlsx) eller som CSV.",
    );
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new SheetError("Excel-filen har inget kalkylblad.");
  const rows: Cell[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: Cell[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellValue(row.getCell(c).value));
    rows.push(cells);
  }
  return rows;
}

/** The table as a file; `csvForm` chooses the CSV form (Swedish by default). */
export async function writeTable(format: SheetFormat, table: Table, csvForm: CsvForm = CsvForm.SWEDISH): Promise<Buffer> {
  return format === SheetFormat.CSV ? writeCsv(table, csvForm) : writeXlsx(table);
}

function writeCsv(table: Table, form: CsvForm): Buffer {
  const rows = table.rows.map((row) => row.map((cell, i) => (cell !== null && table.columns[i].type === "kronor" ? kronorCell(cell as number) : cell)));
  return Buffer.from(writeCsvText([table.columns.map((c) => c.header), ...rows], form), "utf8");
}

const NUMBER_FORMATS: Record<ColumnType, string | undefined> = { text: undefined, integer: "0", kronor: "#,##0.00", date: "yyyy-mm-dd" };

async function writeXlsx(table: Table): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(table.name.slice(0, 31));
  sheet.columns = table.columns.map((c) => ({ header: c.header, width: c.width ?? Math.max(12, c.header.length + 2), style: NUMBER_FORMATS[c.type] ? { numFmt: NUMBER_FORMATS[c.type] } : {} }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  for (const row of table.rows) {
    sheet.addRow(
      row.map((cell, i) => {
        if (cell === null) return null;
        const type = table.columns[i].type;
        if (type === "kronor") return (cell as number) / 100;
        if (type === "date") return new Date(`${cell}T00:00:00Z`);
        return cell;
      }),
    );
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
