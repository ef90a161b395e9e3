import { html, type Html, type HtmlValue } from "./html";

export interface Column {
  header: string;
  /** Numbers align right. */
  numeric?: boolean;
}

export interface TableOptions {
  /** Required: every table says what it shows (WCAG 1.3.1). */
  caption: HtmlValue;
  columns: readonly Column[];
  /** Cells; the first cell of each row is its row header (`th scope="row"`) unless `rowHeaders` is false. */
  rows: readonly (readonly HtmlValue[])[];
  rowHeaders?: boolean;
  /** Shown in one full-width row when there are no rows. */
  empty?: string;
  className?: string;
  /** Below 40rem (a phone) each row stacks into a block, every cell labelled with its column's header (the layout's `table.stack`). */
  stack?: boolean;
}

/** An accessible data table: caption, column headers with scope="col", row headers with scope="row". */
export function table(options: TableOptions): Html {
  const { columns, rows } = options;
  const rowHeaders = options.rowHeaders ?? true;
  const cls = (column: Column | undefined) => (column?.numeric ? "num" : null);
  const head = columns.map((c) => html`<th scope="col"${cls(c) ? html` class="num"` : ""}>${c.header}</th>`);
  const body = rows.length
    ? rows.map(
        (row) =>
          html`<tr>${row.map((cell, i) => {
            const numeric = cls(columns[i]) ? html` class="num"` : "";
            if (i === 0 && rowHeaders) return html`<th scope="row"${numeric}>${cell}</th>`;
            return options.stack && columns[i] ? html`<td${numeric} data-label="${columns[i].header}">${cell}</td>` : html`<td${numeric}>${cell}</td>`;
          })}</tr>`,
      )
    : html`<tr><td colspan="${columns.length}">${options.empty ?? "Inga uppgifter."}</td></tr>`;
  const classes = [options.className, options.stack ? "stack" : null].filter(Boolean).join(" ");
  return html`<table${classes ? html` class="${classes}"` : ""}><caption>${options.caption}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}
