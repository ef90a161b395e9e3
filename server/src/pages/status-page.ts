import type { LocalDate } from "../common/dates";
import { compareNames } from "../common/names";
import { encodeGlobalId } from "../core/global-id";
import { Municipality } from "../municipalities/entities";
import { chart } from "../render/chart";
import { formatInteger, formatLongDate } from "../render/format";
import { html, type Html, type HtmlValue } from "../render/html";
import { page } from "../render/layout";
import { LEVEL_OUTLINE, levelBadge, levelColour } from "../render/levels";
import { table } from "../render/table";
import { AGREEMENT_STATUS } from "../agreements/deadlines";
import { DEADLINE_NAME, type DeadlineKind } from "../status/deadlines";
import { CHROME_CSS, pageHeader, type Chrome } from "./chrome";

/**
 * Everything the status page shows, asked in one GraphQL document run in-process as the signed-in
 * viewer (so the API's access rules apply). The board is the first page of `statusBoard` (100 rows).
 */
export const STATUS_PAGE_QUERY = /* GraphQL */ `
  query StatusPage($asOf: LocalDate!) {
    collaborationLevels { ordinal name }
    board: statusBoard(asOf: $asOf, first: 100) { nodes {
      collaboration { id name application { name } }
      level { ordinal name }
      lastLevelChange { changedOn decisionReference }
      participants { name }
      host { name }
      operator { name }
      systemOwners { person { name } }
      agreements { agreement { name } status decisionDeadline noticeDeadline currentTermEnd }
      nextDeadline { date kind daysLeft agreement { name } roleAssignment { kind person { name } } }
      openGaps { ruleTitle label reason }
    } }
  }
`;

interface Level {
  ordinal: number;
  name: string;
}

interface BoardRow {
  collaboration: { id: string; name: string; application: { name: string } | null };
  level: Level | null;
  lastLevelChange: { changedOn: LocalDate; decisionReference: string | null } | null;
  participants: { name: string }[];
  host: { name: string } | null;
  operator: { name: string } | null;
  systemOwners: { person: { name: string } }[];
  agreements: { agreement: { name: string }; status: string; decisionDeadline: LocalDate | null; noticeDeadline: LocalDate | null; currentTermEnd: LocalDate }[];
  nextDeadline: { date: LocalDate; kind: string; daysLeft: number; agreement: { name: string } | null; roleAssignment: { kind: string; person: { name: string } } | null } | null;
  openGaps: { ruleTitle: string; label: string; reason: string }[];
}

export interface StatusPageData {
  collaborationLevels: Level[];
  board: { nodes: BoardRow[] };
}

const STATUS_CSS = `
main,.site-header,.site-footer{max-width:90rem}
.asof{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem;margin:1rem 0}
.asof label{font-weight:600}
.asof input{font:inherit;padding:.25rem;border:1px solid #4d4d4d;border-radius:.25rem}
.board td ul{margin:0;padding-left:1.1rem}
.warn{color:#a4000f;font-weight:600}
`.trim();

/** The status page for `asOf` (IT-chefsgruppens statustavla), from the answer to STATUS_PAGE_QUERY. */
export function statusPage(data: StatusPageData, asOf: LocalDate, today: LocalDate, chrome: Chrome): string {
  const rows = data.board.nodes;
  const when = formatLongDate(asOf);
  return page({
    title: `Statustavla ${when} – Samverkan`,
    header: pageHeader(chrome),
    css: `${CHROME_CSS}\n${STATUS_CSS}`,
    body: html`<h1>Statustavla för gemensamma system</h1>
<p>Läget den <strong>${when}</strong>${asOf === today ? " (i dag)" : ""}: ${formatInteger(rows.length)} gemensamma system, ${formatInteger(rows.filter((r) => r.openGaps.length > 0).length)} med öppna brister mot IT-policyn.</p>
${dateForm(asOf, today)}
${levelsChart(data.collaborationLevels, rows)}
<h2 id="tavlan">Systemen</h2>
${boardTable(rows, when)}
<h2 id="tidsgranser">Närmaste tidsgränser</h2>
${deadlinesTable(rows, when)}
<h2 id="brister">Öppna brister mot IT-policyn</h2>
${gapsTable(rows, when)}
${downloadLinks(asOf, chrome)}`,
    footer: html`<p class="muted">Tidsgränser räknas fram ur avtalen på det valda datumet. Samma uppgifter finns i API:t: <code>statusBoard(asOf: "${asOf}")</code>.</p>`,
  });
}

/** A page with a heading and a message (errors, bad dates), in the same frame. */
export function messagePage(title: string, message: HtmlValue, chrome: Chrome, asOf?: LocalDate, today?: LocalDate): string {
  return page({
    title: `${title} – Samverkan`,
    header: pageHeader(chrome),
    css: `${CHROME_CSS}\n${STATUS_CSS}`,
    body: html`<h1>${title}</h1><p role="alert">${message}</p>${today ? dateForm(asOf ?? today, today) : ""}`,
  });
}

/** Links to the spreadsheet exports on the page's date (spreadsheets/http.ts); the viewer's own usages when it speaks for a municipality. */
function downloadLinks(asOf: LocalDate, chrome: Chrome): Html {
  const link = (what: string, label: string, query = "") =>
    html`<li>${label}: <a href="/export/${what}.xlsx?asOf=${asOf}${query}" download>Excel</a> · <a href="/export/${what}.csv?asOf=${asOf}${query}" download>CSV</a></li>`;
  const own = chrome.viewer?.municipalityId;
  return html`<h2 id="ladda-ner">Ladda ner som kalkylblad</h2>
<ul class="no-print">
${link("board", "Statustavlan")}
${link("agreements", "Avtal med tidsgränser")}
${link("competence-risk", "Kompetensrisk")}
${own ? link("usages", "Kommunens applikationer", `&municipality=${encodeGlobalId(Municipality.typeName, own)}`) : ""}
</ul>`;
}

function dateForm(asOf: LocalDate, today: LocalDate): Html {
  return html`<form method="get" action="/" class="asof no-print">
<label for="asOf">Visa läget på datum</label>
<input type="date" id="asOf" name="asOf" value="${asOf}" required>
<button type="submit">Visa</button>
${asOf !== today ? html`<a href="/">Till i dag</a>` : ""}
</form>`;
}

function levelsChart(levels: Level[], rows: BoardRow[]): Html {
  const counts = levels.map((level) => rows.filter((r) => r.level?.ordinal === level.ordinal).length);
  const labels = levels.map((level) => `${level.ordinal} ${level.name}`);
  return html`<h2 id="nivaer">System per samverkansnivå</h2>${chart({
    id: "system-per-niva",
    title: "Gemensamma system per samverkansnivå",
    description: `Stapeldiagram: ${levels.map((level, i) => `nivå ${level.ordinal} ${level.name}: ${counts[i]}`).join(", ")}.`,
    width: 640,
    height: 48 + 34 * levels.length,
    option: {
      grid: { left: 250, right: 40, top: 16, bottom: 32 },
      // Horizontal bars: the level names stay readable; the lowest level at the top, as in the table.
      yAxis: { type: "category", data: labels, inverse: true, axisLabel: { interval: 0, fontSize: 12 } },
      xAxis: { type: "value", minInterval: 1, name: "System", nameLocation: "middle", nameGap: 22 },
      series: [
        {
          type: "bar",
          data: levels.map((level, i) => ({ value: counts[i], itemStyle: { color: levelColour(level.ordinal).background, borderColor: LEVEL_OUTLINE, borderWidth: 1 } })),
          label: { show: true, position: "right" },
        },
      ],
    },
    data: {
      caption: "Antal gemensamma system per samverkansnivå",
      columns: [{ header: "Nivå" }, { header: "Antal system", numeric: true }],
      rows: levels.map((level, i) => [levelBadge(level), formatInteger(counts[i])]),
    },
  })}`;
}

function boardTable(rows: BoardRow[], when: string): Html {
  return table({
    caption: `Gemensamma system den ${when}, i namnordning`,
    className: "board",
    columns: [
      { header: "System" },
      { header: "Nivå" },
      { header: "Deltagare" },
      { header: "Värdkommun och drift" },
      { header: "Systemägare" },
      { header: "Avtal" },
      { header: "Nästa tidsgräns" },
      { header: "Öppna brister", numeric: true },
    ],
    empty: "Inga gemensamma system på det här datumet.",
    rows: rows.map((row) => [
      html`${row.collaboration.name}${row.collaboration.application ? html`<br><span class="muted">${row.collaboration.application.name}</span>` : ""}`,
      html`${levelBadge(row.level)}${row.lastLevelChange ? html`<br><span class="muted">sedan ${formatLongDate(row.lastLevelChange.changedOn)}${row.lastLevelChange.decisionReference ? html` (${row.lastLevelChange.decisionReference})` : ""}</span>` : ""}`,
      row.participants.map((p) => p.name).join(", "),
      html`${row.host?.name ?? "–"}${row.operator ? html`<br><span class="muted">drift: ${row.operator.name}</span>` : ""}`,
      row.systemOwners.length ? row.systemOwners.map((o) => o.person.name).join(", ") : html`<span class="warn">Saknas</span>`,
      row.agreements.length ? html`<ul>${row.agreements.map((a) => html`<li>${a.agreement.name}: ${AGREEMENT_STATUS[a.status] ?? a.status}</li>`)}</ul>` : "Inga avtal",
      row.nextDeadline ? html`${formatLongDate(row.nextDeadline.date)}<br><span class="muted">${deadlineWhat(row.nextDeadline)}</span>` : "–",
      formatInteger(row.openGaps.length),
    ]),
  });
}

function deadlineWhat(deadline: NonNullable<BoardRow["nextDeadline"]>): string {
  const kind = DEADLINE_NAME[deadline.kind as DeadlineKind] ?? deadline.kind;
  if (deadline.agreement) return `${kind}: ${deadline.agreement.name}`;
  if (deadline.roleAssignment) return `${kind}: ${deadline.roleAssignment.person.name}`;
  return kind;
}

function deadlinesTable(rows: BoardRow[], when: string): Html {
  const upcoming = rows
    .filter((row) => row.nextDeadline !== null)
    .sort((a, b) => (a.nextDeadline!.date < b.nextDeadline!.date ? -1 : a.nextDeadline!.date > b.nextDeadline!.date ? 1 : compareNames(a.collaboration.name, b.collaboration.name)));
  return table({
    caption: `Nästa tidsgräns för varje system från och med ${when}, den närmaste först`,
    columns: [{ header: "Datum" }, { header: "Dagar kvar", numeric: true }, { header: "System" }, { header: "Vad" }],
    empty: "Inga kommande tidsgränser.",
    rows: upcoming.map((row) => [formatLongDate(row.nextDeadline!.date), formatInteger(row.nextDeadline!.daysLeft), row.collaboration.name, deadlineWhat(row.nextDeadline!)]),
  });
}

function gapsTable(rows: BoardRow[], when: string): Html {
  const gaps = rows.flatMap((row) => row.openGaps.map((gap) => ({ system: row.collaboration.name, ...gap })));
  return table({
    caption: `Regler i IT-policyn som inte uppfylls den ${when}, per system`,
    columns: [{ header: "System" }, { header: "Regel" }, { header: "Gäller" }, { header: "Varför" }],
    empty: "Inga öppna brister.",
    rows: gaps.map((gap) => [gap.system, gap.ruleTitle, gap.label, gap.reason]),
  });
}
