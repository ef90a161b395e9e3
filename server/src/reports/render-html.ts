import type { LocalDate } from "../common/dates";
import { AGREEMENTS_PATH, BOARD_PATH, candidatePath, municipalityPath, RECOMMENDATIONS_PATH, systemPath } from "../common/page-paths";
import { followUpSectionHtml } from "./follow-ups";
import { RISK_LEVEL_NAMES, TERMS } from "../common/vocabulary";
import { chart } from "../render/chart";
import { formatInteger, formatKronor, formatLongDate, formatPercent } from "../render/format";
import { html, type Html, type HtmlValue } from "../render/html";
import { page } from "../render/layout";
import { LEVEL_OUTLINE, levelBadge, levelColour } from "../render/levels";
import { table } from "../render/table";
import type { AnnualReport, RecommendationFact, ReportAgreementEvent } from "./annual-report";
import { POLICY_GOAL_STATUS_SV, type PolicyGoalStatus } from "./policy-goals";

export interface HtmlReportOptions {
  /** The date of issue printed in the report; null renders a draft marked UTKAST. */
  issuedOn: LocalDate | null;
}

/** Swedish name of each competence-risk level: the vocabulary's (the report, the risk export). */
export const RISK_SV: Readonly<Record<string, string>> = RISK_LEVEL_NAMES;

/** "16 augusti 2027–12 september 2027"; an open end reads "tills vidare". */
export function formatWindow(window: { start: LocalDate; end: LocalDate | null } | null): string {
  if (!window) return "Inget fönster utan förändringsstopp inom fem år";
  return `${formatLongDate(window.start)}–${window.end ? formatLongDate(window.end) : "tills vidare"}`;
}

export function reportTitle(report: AnnualReport): string {
  return `Årlig samverkansrapport ${report.year}${report.body ? ` – ${report.body.shortName ?? report.body.name}` : ""}`;
}

/**
 * The annual report as one self-contained HTML document (inline CSS and SVG, no external requests),
 * in Swedish. Deterministic: the same report and options give the same bytes; nothing reads the clock.
 */
export function renderReportHtml(report: AnnualReport, options: HtmlReportOptions): string {
  const title = reportTitle(report);
  const levelOf = (ordinal: number | null) => (ordinal === null ? null : (report.levels.find((l) => l.ordinal === ordinal) ?? { ordinal, name: "" }));
  const status = options.issuedOn
    ? html`<p><strong>Utfärdad ${formatLongDate(options.issuedOn)}.</strong> Rapporten lagras som den utfärdades.</p>`
    : html`<p class="draft" role="note">UTKAST – rapporten är inte utfärdad. Uppgifterna kan ändras tills den utfärdas.</p>`;

  const s = report.summary;
  const atEnd = s.systems.filter((x) => x.levelEnd).length;
  const summary = html`
<h2 id="sammanfattning">Sammanfattning</h2>
<p>Den 31 december ${report.year} fanns ${atEnd} gemensamma system i rapporten (${s.systems.filter((x) => x.levelStart).length} den 1 januari).
Under året ändrades nivån ${s.changes.length} ${s.changes.length === 1 ? "gång" : "gånger"}.</p>
${table({
  stack: true,
  caption: `Gemensamma system och deras samverkansnivå ${report.year}`,
  columns: [
    { header: "System" },
    { header: "Applikation" },
    { header: "Värdkommun" },
    { header: "Nivå 1 januari" },
    { header: "Nivå 31 december" },
    { header: "Kommuner 1 jan", numeric: true },
    { header: "Kommuner 31 dec", numeric: true },
  ],
  rows: s.systems.map((x) => [
    html`<a href="${systemPath(x.id)}">${x.name}</a>`,
    x.application,
    x.host,
    x.levelStart ? levelBadge(x.levelStart) : "Ej påbörjat",
    levelBadge(x.levelEnd),
    x.participantsStart,
    x.participantsEnd,
  ]),
  empty: "Inga gemensamma system.",
})}
${table({
  stack: true,
  caption: `Nivåförändringar under ${report.year}`,
  columns: [{ header: "System" }, { header: "Datum" }, { header: "Från" }, { header: "Till" }, { header: "Beslut" }, { header: "Motivering" }],
  rows: s.changes.map((c) => [c.system, formatLongDate(c.changedOn), c.from ? levelBadge(c.from) : "Ny samverkan", levelBadge(c.to), c.decisionReference ?? "–", c.reason ?? "–"]),
  empty: "Inga nivåförändringar under året.",
})}
${table({
  stack: true,
  caption: `System och kommuner per nivå ${report.year}`,
  columns: [{ header: "Nivå" }, { header: "System 1 januari", numeric: true }, { header: "System 31 december", numeric: true }, { header: "Kommuner 31 december", numeric: true }],
  rows: s.perLevel.map((p) => [levelBadge(p.level), p.systemsStart, p.systemsEnd, p.municipalitiesEnd]),
})}`;

  const first = report.levelsByYear[0]?.year;
  const levelsChart = chart({
    id: "nivaer-per-ar",
    title: `Gemensamma system per nivå ${first}–${report.year}`,
    description: `Stapeldiagram över antalet gemensamma system per samverkansnivå vid slutet av varje år ${first}–${report.year}. ${report.levelsByYear
      .map(
        (y) =>
          `${y.year}: ${
            report.levels
              .map((l, i) => `${y.systems[i]} på nivå ${l.ordinal}`)
              .filter((_, i) => y.systems[i] > 0)
              .join(", ") || "inga system"
          }`,
      )
      .join(". ")}.`,
    option: {
      // One level a line at the right, beside the bars: a wrapped legend above them ran into the plot.
      legend: { orient: "vertical", right: 0, top: "middle", itemGap: 12, textStyle: { color: "#1a1a1a" } },
      grid: { top: 20, left: 40, right: LEGEND_WIDTH, bottom: 30 },
      xAxis: { type: "category", data: report.levelsByYear.map((y) => String(y.year)), axisLabel: { color: "#1a1a1a" } },
      yAxis: { type: "value", minInterval: 1, axisLabel: { color: "#1a1a1a" } },
      series: report.levels.map((l, i) => ({
        type: "bar" as const,
        name: `${l.ordinal} ${l.name}`,
        stack: "system",
        data: report.levelsByYear.map((y) => y.systems[i]),
        itemStyle: { color: levelColour(l.ordinal).background, borderColor: LEVEL_OUTLINE, borderWidth: 1 },
      })),
    },
    height: 360,
    data: {
      stack: true,
      caption: "Diagrammets data: antal system per nivå den 31 december",
      columns: [{ header: "Nivå" }, ...report.levelsByYear.map((y) => ({ header: String(y.year), numeric: true }))],
      rows: report.levels.map((l, i) => [`${l.ordinal} ${l.name}`, ...report.levelsByYear.map((y) => y.systems[i])]),
    },
  });

  const matrix = html`
<section class="matrix-section" aria-labelledby="matris">
<h2 id="matris">Kommuner och gemensamma system</h2>
${table({
  stack: true,
  caption: `Kommunernas deltagande per system och nivå den 31 december ${report.year}`,
  columns: [{ header: "Kommun" }, ...report.matrix.systems.map((name) => ({ header: name }))],
  rows: report.matrix.rows.map((r) => [
    html`<a href="${municipalityPath(r.code)}">${r.municipality}</a>`,
    ...r.levels.map((o) => (o === null ? html`<span class="muted">Deltar inte</span>` : levelBadge(levelOf(o)))),
  ]),
  className: "matrix",
})}
</section>
${levelsChart}`;

  const events = (caption: string, rows: ReportAgreementEvent[], dateHeader: string, empty: string) =>
    table({
      stack: true,
      caption,
      columns: [{ header: "Avtal" }, { header: "Typ" }, { header: "Avtalsnummer" }, { header: dateHeader }, { header: "Uppgift" }],
      rows: rows.map((e) => [e.agreement, e.kind, e.referenceNumber ?? "–", formatLongDate(e.date), swedishDates(e.detail)]),
      empty,
    });
  const a = report.agreements;
  const agreements = html`
<h2 id="avtal">Avtal</h2>
${events(`Avtal som upphörde ${report.year}`, a.ended, "Sista dag", "Inga avtal upphörde under året.")}
${events(`Avtal som förlängdes ${report.year}`, a.renewed, "Ny period från", "Inga avtal förlängdes under året.")}
${events(`Avtal som sades upp ${report.year}`, a.noticeGiven, "Uppsagt", "Inga avtal sades upp under året.")}
${events(`Beslutsdatum de kommande 24 månaderna (efter 31 december ${report.year})`, a.upcomingDecisions, "Beslut senast", "Inga beslutsdatum de kommande 24 månaderna.")}`;

  const decisions = report.recommendations.filter((r) => r.candidateId === null);
  const candidates = report.recommendations.filter((r) => r.candidateId !== null);
  const recommendations = html`
<h2 id="rekommendationer">Utlösare, rekommendationer och beslut</h2>
<p>${candidates.length === 0 ? "Inga" : formatInteger(candidates.length)} samverkansförslag den 31 december ${report.year}${report.body ? ` där alla deltagare var medlemmar i ${report.body.shortName ?? report.body.name}` : ""}, och ${decisions.length === 0 ? "inga" : formatInteger(decisions.length)} beslut om förslag under året. Förslagen med underlag och beslutshistorik finns på sidan <a href="${RECOMMENDATIONS_PATH}">${TERMS.candidates}</a>.</p>
${table({
  stack: true,
  caption: `Beslut om samverkansförslag under ${report.year}`,
  columns: [{ header: "Datum" }, { header: TERMS.participants }, { header: TERMS.decision }, { header: "Förslaget" }],
  rows: decisions.map((r) => [formatLongDate(r.date), municipalityLinks(r), r.decision ?? TERMS.noDecision, r.explanation]),
  empty: `Inga beslut om samverkansförslag under ${report.year}.`,
})}
${candidates.length ? html`<h3 id="forslag">${TERMS.candidates} den 31 december ${report.year}, högst poäng först</h3>${candidates.map((r, i) => candidateBlock(r, i, report.end))}` : ""}`;

  const c = report.competence;
  const competence = html`
<h2 id="kompetens">Kompetens</h2>
${table({
  stack: true,
  caption: `Kompetensnätverk och deras aktivitet ${report.year}`,
  columns: [
    { header: "Nätverk" },
    { header: "Träffar", numeric: true },
    { header: "Utbildningar", numeric: true },
    { header: "Stödärenden", numeric: true },
    { header: "Medlemmar 31 dec", numeric: true },
  ],
  rows: c.networks.map((n) => [n.name, n.meetings, n.trainings, n.supportCases, n.membersEnd]),
  empty: "Inga kompetensnätverk.",
})}
${table({
  stack: true,
  caption: `Genomförd utbildning ${report.year}: ${formatInteger(c.trainingParticipants)} deltagare, kostnad ${formatKronor(c.trainingCostOre)}`,
  columns: [{ header: "Utbildning" }, { header: "Utbildningsplan" }, { header: "Datum" }, { header: "Deltagare", numeric: true }, { header: "Kostnad", numeric: true }],
  rows: c.trainings.map((t) => [t.title, t.plan, formatLongDate(t.heldOn), formatInteger(t.participants), t.costOre === null ? "–" : formatKronor(t.costOre)]),
  empty: "Ingen utbildning under året.",
})}
${table({
  stack: true,
  caption: `Öppna kompetensrisker den 31 december ${report.year} (medel och hög)`,
  columns: [{ header: "Gäller" }, { header: "Risk" }, { header: "Poäng", numeric: true }, { header: "Skäl" }],
  rows: c.risks.map((r) => [r.label, RISK_SV[r.level] ?? r.level, r.score, r.reasons.join(" ")]),
  empty: "Inga kompetensrisker på medel eller hög nivå.",
})}`;

  const k = report.cost;
  const perInhabitant = k.municipalities.filter((m) => m.perInhabitantOre !== null);
  const cost = html`
<h2 id="kostnader">Kostnader</h2>
<p>Gemensamma kostnader ${report.year}: ${formatKronor(k.totalOre)}, fördelade enligt varje samverkansavtals fördelningsnyckel och, för gemensam utbildning, efter folkmängd eller avtalets nyckel. Andelarna summerar exakt till totalen (största rest-metoden, på öret).</p>
${table({
  stack: true,
  caption: `Samverkansavtalens årskostnad ${report.year} och fördelning`,
  columns: [{ header: "Avtal" }, { header: "Fördelningsnyckel" }, { header: "Årskostnad", numeric: true }, { header: "Andelar" }],
  rows: k.lines.map((l) => [l.agreement, l.key, formatKronor(l.totalOre), l.shares.map((s) => `${s.municipality} ${formatKronor(s.amountOre)}`).join("; ")]),
  empty: "Inga samverkansavtal med kostnad.",
})}
${k.unsplit.length ? html`<p>Kunde inte fördelas: ${k.unsplit.map((u) => `${u.agreement} (${u.reason})`).join("; ")}.</p>` : ""}
${table({
  stack: true,
  caption: `Gemensamma IT-kostnader per kommun ${report.year} och per invånare (nyckeltal)`,
  columns: [
    { header: "Kommun" },
    { header: "Samverkansavtal", numeric: true },
    { header: "Utbildning", numeric: true },
    { header: "Summa", numeric: true },
    { header: "Invånare", numeric: true },
    { header: "Per invånare", numeric: true },
  ],
  rows: [
    ...k.municipalities.map((m) => [
      m.municipality,
      formatKronor(m.agreementsOre),
      formatKronor(m.trainingOre),
      formatKronor(m.totalOre),
      m.population === null ? "–" : formatInteger(m.population),
      m.perInhabitantOre === null ? "–" : formatKronor(m.perInhabitantOre),
    ]),
    [html`Totalt`, formatKronor(k.municipalities.reduce((x, m) => x + m.agreementsOre, 0)), formatKronor(k.municipalities.reduce((x, m) => x + m.trainingOre, 0)), formatKronor(k.totalOre), "", ""],
  ],
})}
${
  perInhabitant.length
    ? chart({
        id: "kostnad-per-invanare",
        title: `Gemensam IT-kostnad per invånare ${report.year} (kr per invånare)`,
        description: `Liggande stapeldiagram över gemensam IT-kostnad per invånare ${report.year}: ${perInhabitant.map((m) => `${m.municipality} ${formatKronor(m.perInhabitantOre!)}`).join(", ")}.`,
        option: {
          grid: { left: 110, right: 30, top: 10, bottom: 50 },
          xAxis: {
            type: "value",
            name: "kr per invånare",
            nameLocation: "middle",
            nameGap: 28,
            nameTextStyle: { color: "#1a1a1a" },
            axisLabel: { color: "#1a1a1a", formatter: (value: number) => `${formatInteger(value)} kr` },
          },
          yAxis: { type: "category", data: perInhabitant.map((m) => m.municipality), axisLabel: { color: "#1a1a1a" } },
          series: [{ type: "bar", data: perInhabitant.map((m) => m.perInhabitantOre! / 100), itemStyle: { color: "#1f5f99" } }],
        },
        height: 80 + perInhabitant.length * 32,
        data: {
          stack: true,
          caption: "Diagrammets data: kronor per invånare",
          columns: [{ header: "Kommun" }, { header: "Per invånare", numeric: true }],
          rows: perInhabitant.map((m) => [m.municipality, formatKronor(m.perInhabitantOre!)]),
        },
      })
    : ""
}
${table({
  stack: true,
  caption: "Om en kommun lämnar samverkan: kostnader som övriga tar över",
  columns: [{ header: "Kommun som lämnar" }, { header: "Övriga tar över", numeric: true }, { header: "Största ökning för en kommun" }, { header: "Kräver ny överenskommelse" }],
  rows: k.municipalities.map((m) => [
    m.municipality,
    formatKronor(m.leavingShiftsOre),
    m.leavingLargestIncrease ? `${m.leavingLargestIncrease.municipality} +${formatKronor(m.leavingLargestIncrease.amountOre)}` : "–",
    m.leavingNeedsNewAgreement.join("; ") || "–",
  ]),
})}`;

  const g = report.governance;
  const governance = html`
<h2 id="styrning">Styrning</h2>
<p>${
    g.applicableEnd === 0
      ? `Den 31 december ${report.year} fanns inget som IT-policyns regler gällde, så ingen efterlevnad kan anges.`
      : `Efterlevnad av IT-policyns regler den 31 december ${report.year}: ${formatPercent(g.complianceEnd)} (${g.applicablePrevious === 0 ? "inget att bedöma" : formatPercent(g.compliancePrevious)} ett år tidigare).`
  }</p>
${table({
  stack: true,
  caption: `Efterlevnad per regel den 31 december ${report.year} och ${report.year - 1}`,
  columns: [{ header: "Regel" }, { header: "Uppfyller", numeric: true }, { header: `31 dec ${report.year}`, numeric: true }, { header: `31 dec ${report.year - 1}`, numeric: true }],
  rows: g.rules.map((r) => [
    r.title,
    r.applicable === 0 ? NOT_APPLICABLE : `${formatInteger(r.compliant)} av ${formatInteger(r.applicable)}`,
    r.applicable === 0 ? "–" : formatPercent(r.complianceEnd),
    r.compliancePrevious === null ? "–" : formatPercent(r.compliancePrevious),
  ]),
})}
${table({
  stack: true,
  caption: `IT-policyns mål med datum, läge den 31 december ${report.year}`,
  columns: [{ header: "Mål" }, { header: "Måldatum" }, { header: "Status" }, { header: "Uppnått" }],
  rows: g.policyGoals.map((p) => [p.title, formatLongDate(p.deadline), POLICY_GOAL_STATUS_SV[p.status as PolicyGoalStatus] ?? p.status, p.achievedOn ? formatLongDate(p.achievedOn) : "–"]),
  empty: "Inga mål registrerade.",
})}`;

  const contents: [string, string][] = [
    ["sammanfattning", "Sammanfattning"],
    ["matris", "Kommuner och gemensamma system"],
    ["avtal", "Avtal"],
    ["rekommendationer", "Utlösare, rekommendationer och beslut"],
    ["nyttorealisering", "Nyttorealisering"],
    ["kompetens", "Kompetens"],
    ["kostnader", "Kostnader"],
    ["styrning", "Styrning"],
  ];
  const intro = html`<h1>${title}</h1>
${status}
<p>${report.body ? `${report.body.name}. ` : ""}Uppgifterna avser perioden ${formatLongDate(report.start)}–${formatLongDate(report.end)} så som de var registrerade för respektive datum.</p>`;
  const body: HtmlValue = report.hasData
    ? html`${intro}
<nav aria-label="Innehåll"><h2 id="innehallsforteckning">Innehåll</h2><ol>${contents.map(([id, label]) => html`<li><a href="#${id}">${label}</a></li>`)}</ol></nav>
${summary}
${matrix}
${agreements}
${recommendations}
${followUpSectionHtml(report.followUps, report.year)}
${competence}
${cost}
${governance}`
    : html`${intro}
<p class="notice" role="note">${noDataText(report.year)}</p>`;
  const header = html`<nav aria-label="Samverkan" class="report-links"><a href="${BOARD_PATH}">Statustavlan</a> <a href="${RECOMMENDATIONS_PATH}">${TERMS.candidates}</a> <a href="${AGREEMENTS_PATH}">Avtal och tidsgränser</a></nav>`;
  return page({ title, header, body, css: REPORT_CSS, footer: html`<p>${title}. Framtagen ur Samverkans registrerade uppgifter och historik.</p>` });
}

/** What the report says for a year before anything was recorded, instead of empty tables and "100 %". */
export function noDataText(year: number): string {
  return `Det finns inga registrerade uppgifter för ${year}: inga gemensamma system, avtal, utbildningar eller samverkansförslag. Rapporten har därför inga siffror att visa; välj ett senare år.`;
}

/** Room at the right of the levels chart for the legend, one level a line ("5 Gemensam lösning och information"). */
const LEGEND_WIDTH = 270;

/** A rule that applied to nothing: "0 av 0" would read as full compliance. */
const NOT_APPLICABLE = "Gällde inget";

const REPORT_CSS = `
table{width:100%}
th,td{overflow-wrap:anywhere;hyphens:auto}
thead th.num{white-space:normal}
.level{white-space:normal}
.report-links{display:flex;flex-wrap:wrap;gap:.25rem 1rem;padding:.5rem 0}
.notice{border:2px solid #44546a;background:#eef1f4;padding:.5rem 1rem;margin:1rem 0}
.candidate{border:1px solid #aeb6bf;border-radius:.25rem;padding:.25rem .75rem;margin:0 0 1rem;break-inside:avoid}
.candidate h4{font-size:1rem;margin:.4rem 0}
.facts{margin:.25rem 0}
.facts div{display:flex;flex-wrap:wrap;gap:0 .75rem;padding:.1rem 0;border-top:1px solid #eef1f4}
.facts dt{font-weight:600;flex:0 0 13rem}
.facts dd{margin:0;flex:1 1 16rem;min-width:0;overflow-wrap:anywhere}
@media print{
  .report-links{display:none}
  @page matrix{size:A4 landscape}
  .matrix-section{page:matrix}
}`;

/** The participants, each linked to its municipality's page. */
function municipalityLinks(r: RecommendationFact): Html {
  return html`${r.participants.map((p, i) => html`${i ? ", " : ""}<a href="${municipalityPath(p.code)}">${p.name}</a>`)}`;
}

/** One candidate as the report shows it: what it proposes and why, its cost and split, window and decision. */
function candidateBlock(r: RecommendationFact, index: number, end: LocalDate): Html {
  const fact = (term: string, value: HtmlValue) => html`<div><dt>${term}</dt><dd>${value}</dd></div>`;
  const overdue = r.deadline !== null && r.deadline <= end;
  return html`<article class="candidate" aria-labelledby="forslag-${index + 1}">
<h4 id="forslag-${index + 1}"><a href="${candidatePath(r.candidateId!)}">${r.proposedProduct ?? TERMS.candidate} för ${r.subject}</a></h4>
<p>${r.explanation}</p>
<dl class="facts">
${fact(TERMS.participants, municipalityLinks(r))}
${fact("Gäller system", r.system ? html`<a href="${systemPath(r.system.id)}">${r.system.name}</a>` : "Ny samverkan")}
${fact(TERMS.proposedLevel, levelBadge(r.proposedLevel))}
${fact(TERMS.proposedProduct, r.proposedProduct ?? "–")}
${fact(TERMS.score, r.score === null ? "–" : `${formatInteger(r.score)} av 100`)}
${fact(TERMS.triggers, r.trigger)}
${fact(TERMS.deadline, r.deadline ? `${formatLongDate(r.deadline)}${overdue ? ` (${TERMS.overdue.toLowerCase()})` : ""}` : "Ingen")}
${fact(TERMS.transitionWindow, formatWindow(r.window))}
${fact(TERMS.annualCost, r.annualCostOre === null ? "Okänd" : formatKronor(r.annualCostOre))}
${fact(TERMS.costSplit, r.costSplit ? r.costSplit.map((x) => `${x.municipality} ${formatKronor(x.amountOre)}`).join("; ") : "Kan inte fördelas: kostnad eller folkmängd saknas")}
${fact(TERMS.decision, r.decision ? `${r.decision}${r.decidedOn ? ` (${formatLongDate(r.decidedOn)})` : ""}` : TERMS.noDecision)}
</dl>
</article>`;
}

/** ISO dates inside a detail text written out in Swedish. */
function swedishDates(text: string): Html {
  return html`${text.replace(/\b(\d{4}-\d{2}-\d{2})\b/g, (date) => formatLongDate(date))}`;
}
