/**
 * The one CSV writer of Samverkan's downloads (the spreadsheet exports, the annual report, the
 * implementation plan). Two forms:
 * - SWEDISH (the default): what a Swedish Excel opens in columns on a double click: semicolons
 *   between cells, a decimal comma ("310000,00"), UTF-8 with a byte-order mark, CRLF line ends.
 * - PLAIN: for programs: commas, a decimal point ("310000.00"), UTF-8 without a byte-order mark.
 * Pure: no ORM or GraphQL imports.
 */

export enum CsvForm {
  SWEDISH = "SWEDISH",
  PLAIN = "PLAIN",
}

/** A cell: text as it is, a number in the form's decimal notation, or empty. */
export type CsvCell = string | number | null;

/** A number with a fixed count of decimals, e.g. kronor: written with the form's decimal mark. */
export class CsvDecimal {
  constructor(
    readonly value: number,
    readonly decimals: number,
  ) {}
}

const FORMS: Record<CsvForm, { separator: string; decimal: string; bom: string }> = {
  SWEDISH: { separator: ";", decimal: ",", bom: "\ufeff" },
  PLAIN: { separator: ",", decimal: ".", bom: "" },
};

/** How a download names the form: `?csv=plain` (or `--csv plain`) for the plain form; anything else unknown. */
export const CSV_FORM_NAMES: Readonly<Record<string, CsvForm>> = { svensk: CsvForm.SWEDISH, swedish: CsvForm.SWEDISH, excel: CsvForm.SWEDISH, plain: CsvForm.PLAIN, enkel: CsvForm.PLAIN };

/** The form a request or command line names; SWEDISH when none is named, undefined when the name is unknown. */
export function csvFormOf(name: string | undefined): CsvForm | undefined {
  if (name === undefined || name === "") return CsvForm.SWEDISH;
  return CSV_FORM_NAMES[name.toLowerCase()];
}

/** Öre as kronor with two decimals: 31000000 → 310000,00 (SWEDISH) or 310000.00 (PLAIN). */
export function kronorCell(ore: number): CsvDecimal {
  return new CsvDecimal(ore / 100, 2);
}

function numberText(value: number, decimals: number | null, mark: string): string {
  const text = decimals === null ? String(value) : value.toFixed(decimals);
  return mark === "." ? text : text.replace(".", mark);
}

/** The rows (the first usually the header) as one CSV text in `form`. */
export function writeCsv(rows: readonly (readonly (CsvCell | CsvDecimal)[])[], form: CsvForm = CsvForm.SWEDISH): string {
  const { separator, decimal, bom } = FORMS[form];
  const special = new RegExp(`[${separator}"\\r\\n]`);
  const cell = (value: CsvCell | CsvDecimal) => {
    if (value === null) return "";
    const text = value instanceof CsvDecimal ? numberText(value.value, value.decimals, decimal) : typeof value === "number" ? numberText(value, null, decimal) : value;
    return special.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return `${bom}${rows.map((row) => row.map(cell).join(separator)).join("\r\n")}\r\n`;
}
