import type { LocalDate } from "../common/dates";
import { followUpSectionHtml } from "./follow-ups";
import { chart } from "../render/chart";
import { formatInteger, formatKronor, formatLongDate, formatPercent } from "../render/format";
import { html, type Html, type HtmlValue } from "../render/html";
import { page } from "../render/layout";
import { LEVEL_OUTLINE, levelBadge, levelColour } from "../render/levels";
import { table } from "../render/table";
import type { AnnualReport, ReportAgreementEvent } from "./annual-report";
import { POLICY_GOAL_STATUS_SV, type PolicyGoalStatus } from "./policy-goals";

export interface HtmlReportOptions {
  /** The date of issue printed in the report; null renders a draft marked UTKAST. */
  issuedOn: LocalDate | null;
}

/** Swedish name of each competence-risk level (the report, the risk export). */
export const RISK_SV: Record<string, string> = { HIGH: "Hög", MEDIUM: "Medel", LOW: "Låg" };

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
  rows: s.systems.map((x) => [x.name, x.application, x.host, x.levelStart ? levelBadge(x.levelStart) : "Ej påbörjat", levelBadge(x.levelEnd), x.participantsStart, x.participantsEnd]),
  empty: "Inga gemensamma system.",
})}
${table({
  caption: `Nivåförändringar under ${report.year}`,
  columns: [{ header: "System" }, { header: "Datum" }, { header: "Från" }, { header: "Till" }, { header: "Beslut" }, { header: "Motivering" }],
  rows: s.changes.map((c) => [c.system, formatLongDate(c.changedOn), c.from ? levelBadge(c.from) : "Ny samverkan", levelBadge(c.to), c.decisionReference ?? "–", c.reason ?? "–"]),
  empty: "Inga nivåförändringar under året.",
})}
${table({
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
      legend: { top: 0, textStyle: { color: "#1a1a1a" } },
      grid: { top: 70, left: 40, right: 10, bottom: 30 },
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
      caption: "Diagrammets data: antal system per nivå den 31 december",
      columns: [{ header: "Nivå" }, ...report.levelsByYear.map((y) => ({ header: String(y.year), numeric: true }))],
      rows: report.levels.map((l, i) => [`${l.ordinal} ${l.name}`, ...report.levelsByYear.map((y) => y.systems[i])]),
    },
  });

  const matrix = html`
<h2 id="matris">Kommuner och gemensamma system</h2>
${table({
  caption: `Kommunernas deltagande per system och nivå den 31 december ${report.year}`,
  columns: [{ header: "Kommun" }, ...report.matrix.systems.map((name) => ({ header: name }))],
  rows: report.matrix.rows.map((r) => [r.municipality, ...r.levels.map((o) => (o === null ? html`<span class="muted">Deltar inte</span>` : levelBadge(levelOf(o))))]),
  className: "matrix",
})}
${levelsChart}`;

  const events = (caption: string, rows: ReportAgreementEvent[], dateHeader: string, empty: string) =>
    table({
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

  const recommendations = html`
<h2 id="rekommendationer">Utlösare, rekommendationer och beslut</h2>
${table({
  caption: `Utlösare som aktiverades, rekommendationer och beslut ${report.year}`,
  columns: [{ header: "Datum" }, { header: "Utlösare" }, { header: "Gäller" }, { header: "Förklaring" }, { header: "Beslut" }],
  rows: report.recommendations.map((r) => [formatLongDate(r.date), r.trigger, r.subject, r.explanation, r.decision ?? "Inget beslut"]),
  empty: "Inga registrerade utlösare, rekommendationer eller beslut under året.",
})}`;

  const c = report.competence;
  const competence = html`
<h2 id="kompetens">Kompetens</h2>
${table({
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
  caption: `Genomförd utbildning ${report.year}: ${formatInteger(c.trainingParticipants)} deltagare, kostnad ${formatKronor(c.trainingCostOre)}`,
  columns: [{ header: "Utbildning" }, { header: "Utbildningsplan" }, { header: "Datum" }, { header: "Deltagare", numeric: true }, { header: "Kostnad", numeric: true }],
  rows: c.trainings.map((t) => [t.title, t.plan, formatLongDate(t.heldOn), formatInteger(t.participants), t.costOre === null ? "–" : formatKronor(t.costOre)]),
  empty: "Ingen utbildning under året.",
})}
${table({
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
  caption: `Samverkansavtalens årskostnad ${report.year} och fördelning`,
  columns: [{ header: "Avtal" }, { header: "Fördelningsnyckel" }, { header: "Årskostnad", numeric: true }, { header: "Andelar" }],
  rows: k.lines.map((l) => [l.agreement, l.key, formatKronor(l.totalOre), l.shares.map((s) => `${s.municipality} ${formatKronor(s.amountOre)}`).join("; ")]),
  empty: "Inga samverkansavtal med kostnad.",
})}
${k.unsplit.length ? html`<p>Kunde inte fördelas: ${k.unsplit.map((u) => `${u.agreement} (${u.reason})`).join("; ")}.</p>` : ""}
${table({
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
        title: `Gemensam IT-kostnad per invånare ${report.year}`,
        description: `Liggande stapeldiagram över gemensam IT-kostnad per invånare ${report.year}: ${perInhabitant.map((m) => `${m.municipality} ${formatKronor(m.perInhabitantOre!)}`).join(", ")}.`,
        option: {
          grid: { left: 110, right: 30, top: 10, bottom: 30 },
          xAxis: { type: "value", axisLabel: { color: "#1a1a1a" } },
          yAxis: { type: "category", data: perInhabitant.map((m) => m.municipality), axisLabel: { color: "#1a1a1a" } },
          series: [{ type: "bar", data: perInhabitant.map((m) => m.perInhabitantOre! / 100), itemStyle: { color: "#1f5f99" } }],
        },
        height: 60 + perInhabitant.length * 32,
        data: {
          caption: "Diagrammets data: kronor per invånare",
          columns: [{ header: "Kommun" }, { header: "Per invånare", numeric: true }],
          rows: perInhabitant.map((m) => [m.municipality, formatKronor(m.perInhabitantOre!)]),
        },
      })
    : ""
}
${table({
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
<p>Efterlevnad av IT-policyns regler den 31 december ${report.year}: ${formatPercent(g.complianceEnd)} (${formatPercent(g.compliancePrevious)} ett år tidigare).</p>
${table({
  caption: `Efterlevnad per regel den 31 december ${report.year} och ${report.year - 1}`,
  columns: [{ header: "Regel" }, { header: "Uppfyller", numeric: true }, { header: `31 dec ${report.year}`, numeric: true }, { header: `31 dec ${report.year - 1}`, numeric: true }],
  rows: g.rules.map((r) => [r.title, `${r.compliant} av ${r.applicable}`, formatPercent(r.complianceEnd), r.compliancePrevious === null ? "–" : formatPercent(r.compliancePrevious)]),
})}
${table({
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
  const body: HtmlValue = html`<h1>${title}</h1>
${status}
<p>${report.body ? `${report.body.name}. ` : ""}Uppgifterna avser perioden ${formatLongDate(report.start)}–${formatLongDate(report.end)} så som de var registrerade för respektive datum.</p>
<nav aria-label="Innehåll"><h2 id="innehallsforteckning">Innehåll</h2><ol>${contents.map(([id, label]) => html`<li><a href="#${id}">${label}</a></li>`)}</ol></nav>
${summary}
${matrix}
${agreements}
${recommendations}
${followUpSectionHtml(report.followUps, report.year)}
${competence}
${cost}
${governance}`;
  return page({ title, body, footer: html`<p>${title}. Framtagen ur Samverkans registrerade uppgifter och historik.</p>` });
}

/** ISO dates inside a detail text written out in Swedish. */
function swedishDates(text: string): Html {
  return html`${text.replace(/\b(\d{4}-\d{2}-\d{2})\b/g, (date) => formatLongDate(date))}`;
}
