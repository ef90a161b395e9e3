/**
 * Reading and writing one table as CSV or .xlsx. CSV: UTF-8 with a byte-order mark (so Excel reads
 * å, ä, ö), comma-separated, dates ISO, kronor with two decimals and a decimal point; reading also
 * takes semicolons (Swedish Excel's CSV). .xlsx: the first sheet; dates are real dates, kronor numbers
 * formatted with two decimals. No ORM or GraphQL imports.
 */
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import ExcelJS from "exceljs";
import { kronorText, type Cell } from "./values";

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
  if (!header || header.every(isBlank)) throw new SheetError("The file has no header row.");
  return {
    headers: header.map((cell) => (cell === null ? "" : String(cell).trim())),
    rows: rest.map((cells, i) => ({ rowNumber: i + 2, cells })).filter((row) => !row.cells.every(isBlank)),
  };
}

function readCsv(content: Buffer): Cell[][] {
  const text = content.toString("utf8");
  if (text.includes("\u0000")) throw new SheetError("The file is not text: is it an .xlsx file sent as CSV?");
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  try {
    const records: string[][] = parse(text, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: false });
    return records.map((record) => record.map((cell) => (cell.trim() === "" ? null : cell)));
  } catch (error) {
    throw new SheetError(`The CSV file cannot be read: ${(error as Error).message}`);
  }
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
    throw new SheetError(`The .xlsx file cannot be read: ${(error as Error).message}`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new SheetError("The .xlsx file has no worksheet.");
  const rows: Cell[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: Cell[] = [];
    for (let c = 1; c <= row.cellCount; c++) cells.push(cellValue(row.getCell(c).value));
    rows.push(cells);
  }
  return rows;
}

export async function writeTable(format: SheetFormat, table: Table): Promise<Buffer> {
  return format === SheetFormat.CSV ? writeCsv(table) : writeXlsx(table);
}

function writeCsv(table: Table): Buffer {
  const rows = table.rows.map((row) => row.map((cell, i) => (cell === null ? "" : table.columns[i].type === "kronor" ? kronorText(cell as number) : String(cell))));
  return Buffer.from(`\ufeff${stringify([table.columns.map((c) => c.header), ...rows], { record_delimiter: "\r\n" })}`, "utf8");
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
