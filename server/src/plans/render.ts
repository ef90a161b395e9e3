/**
 * The implementation plan as one self-contained Swedish HTML document (inline CSS and SVG, no
 * external requests) and as CSV. Deterministic like the annual report: the same plan and options give
 * the same bytes; nothing reads the clock.
 */
import { CsvForm, writeCsv } from "../common/csv";
import type { LocalDate } from "../common/dates";
import { chart } from "../render/chart";
import { formatKronor, formatLongDate } from "../render/format";
import { html, type HtmlValue } from "../render/html";
import { page } from "../render/layout";
import { table } from "../render/table";
import { budgetNotices, COST_KIND_SV, type Plan } from "./plan";

export interface PlanHtmlOptions {
  /** The date of issue and version printed in the plan; null renders a draft marked UTKAST. */
  issued: { on: LocalDate; version: number } | null;
}

export function planTitle(plan: Plan): string {
  return `Införandeplan ${plan.body.shortName ?? plan.body.name} ${plan.period.from.slice(0, 4)}–${plan.period.to.slice(0, 4)}`;
}

const year = (y: number | null) => (y === null ? "–" : String(y));

export function renderPlanHtml(plan: Plan, options: PlanHtmlOptions): string {
  const title = planTitle(plan);
  const status = options.issued
    ? html`<p><strong>Utfärdad ${formatLongDate(options.issued.on)}, version ${options.issued.version}.</strong> Planen lagras som den utfärdades; en ändrad plan utfärdas som en ny version.</p>`
    : html`<p class="draft" role="note">UTKAST – planen är inte utfärdad. Uppgifterna kan ändras tills den utfärdas.</p>`;

  const overview = table({
    caption: `System i planen (${plan.items.length})`,
    columns: [
      { header: "System" },
      { header: "Beslut" },
      { header: "Målnivå" },
      { header: "Fönster" },
      { header: "Systemägare" },
      { header: "Driftande IT-enhet" },
      { header: "Engångskostnad", numeric: true },
      { header: "Årskostnad före", numeric: true },
      { header: "Årskostnad efter", numeric: true },
    ],
    rows: plan.items.map((i) => [
      i.system,
      `${formatLongDate(i.decidedOn)} (beslut ${i.decisionId})`,
      `${i.targetLevel.ordinal} ${i.targetLevel.name}`,
      i.window.start ? `${formatLongDate(i.window.start)}–${formatLongDate(i.window.end!)}` : "Inget fönster utan förändringsstopp inom fem år",
      i.systemOwners.join(", ") || "Utses",
      i.operator ?? "Utses",
      formatKronor(i.oneOffTotalOre),
      formatKronor(i.annualBeforeOre),
      formatKronor(i.annualAfter.amountOre),
    ]),
    empty: "Inga godkända beslut i perioden.",
  });

  const items = plan.items.map((i) => {
    const id = `beslut-${i.decisionId}`;
    return html`
<h3 id="${id}">${i.system}</h3>
<p>${i.summary}</p>
<p>Beslut ${formatLongDate(i.decidedOn)}: ${i.reason}. ${i.collaboration ? `Bygger på ${i.collaboration}${i.currentLevel ? ` (i dag nivå ${i.currentLevel.ordinal} ${i.currentLevel.name})` : ""}. ` : ""}Målnivå ${i.targetLevel.ordinal} ${i.targetLevel.name}.</p>
<p>Fönster: ${i.window.start ? `${formatLongDate(i.window.start)}–${formatLongDate(i.window.end!)}` : "inget fönster utan förändringsstopp inom fem år"}, tidigast ${formatLongDate(i.window.earliestStart)} efter ${i.window.leadMonths} månaders upphandling${i.window.avoided.length ? `, utanför förändringsstoppen ${i.window.avoided.join(", ")}` : ""}. Fördelningsnyckel: ${i.costKey}.</p>
${table({
  caption: `Engångskostnader ${i.system}`,
  columns: [{ header: "Kostnad" }, { header: "Belopp", numeric: true }, { header: "Budgetår" }, { header: "Underlag" }],
  rows: i.oneOff.map((a) => [COST_KIND_SV[a.kind], formatKronor(a.amountOre), year(a.budgetYear), a.basis]),
})}
${table({
  caption: `Per kommun ${i.system}`,
  columns: [
    { header: "Kommun" },
    { header: "Engångs", numeric: true },
    { header: "Budgetår engångs" },
    { header: "Årskostnad före", numeric: true },
    { header: "Årskostnad efter", numeric: true },
    { header: "Förändring per år", numeric: true },
    { header: "Budgetår årskostnad" },
  ],
  rows: i.municipalities.map((m) => [
    m.name,
    formatKronor(m.oneOffOre),
    year(m.oneOffBudgetYear),
    formatKronor(m.annualBeforeOre),
    formatKronor(m.annualAfterOre),
    formatKronor(m.annualChangeOre),
    year(m.annualBudgetYear),
  ]),
})}`;
  });

  const perMunicipality = plan.municipalities;
  const costChart = perMunicipality.length
    ? chart({
        id: "kostnad-per-kommun",
        title: "Engångskostnad och förändrad årskostnad per kommun",
        description: `Stapeldiagram per kommun: ${perMunicipality.map((m) => `${m.name} engångskostnad ${formatKronor(m.oneOffOre)}, årlig förändring ${formatKronor(m.annualChangeOre)}`).join("; ")}.`,
        option: {
          legend: { top: 0, textStyle: { color: "#1a1a1a" } },
          grid: { top: 40, left: 80, right: 10, bottom: 30 },
          xAxis: { type: "category", data: perMunicipality.map((m) => m.name), axisLabel: { color: "#1a1a1a" } },
          yAxis: { type: "value", axisLabel: { color: "#1a1a1a" } },
          series: [
            { type: "bar", name: "Engångskostnad (kr)", data: perMunicipality.map((m) => m.oneOffOre / 100), itemStyle: { color: "#1f5f99" } },
            { type: "bar", name: "Förändring per år (kr)", data: perMunicipality.map((m) => m.annualChangeOre / 100), itemStyle: { color: "#b35c00" } },
          ],
        },
        height: 320,
        data: {
          caption: "Diagrammets data",
          columns: [{ header: "Kommun" }, { header: "Engångskostnad", numeric: true }, { header: "Förändring per år", numeric: true }],
          rows: perMunicipality.map((m) => [m.name, formatKronor(m.oneOffOre), formatKronor(m.annualChangeOre)]),
        },
      })
    : "";

  const notices = budgetNotices(plan).map(
    (n) => html`
<h3 id="budget-${n.code}">${n.name}</h3>
<p>${n.budgetDecidedBy ? `Budgeten för ${n.years[0]?.year ?? ""} beslutas senast ${formatLongDate(n.budgetDecidedBy)}${n.inTime ? "; planen når den ordinarie budgetprocessen i tid." : "; den tidpunkten har passerat: beloppen kräver tilläggsbudget eller omprioritering."}` : "Inget budgetår: inget fönster hittades."}</p>
${table({
  caption: `Budgetunderlag ${n.name}`,
  columns: [{ header: "System" }, { header: "Vad" }, { header: "Budgetår" }, { header: "Belopp", numeric: true }, { header: "Beslut" }, { header: "Varför" }],
  rows: n.lines.map((l) => [
    l.system,
    `${l.what}${l.estimated ? " (uppskattning)" : ""}`,
    year(l.budgetYear),
    formatKronor(l.amountOre),
    `${formatLongDate(l.decidedOn)} (beslut ${l.decisionId})`,
    l.why,
  ]),
  empty: "Inga förändringar.",
})}`,
  );

  const body: HtmlValue = html`<h1>${title}</h1>
${status}
<p>${plan.body.name}. Planen avser perioden ${formatLongDate(plan.period.from)}–${formatLongDate(plan.period.to)} och bygger på godkända samverkansbeslut så som de var registrerade den ${formatLongDate(plan.asOf)}. Belopp fördelas med avtalets fördelningsnyckel (största rest-metoden, på öret); uppskattningar är markerade.</p>
<p>Sammanlagt: engångskostnader ${formatKronor(plan.oneOffTotalOre)}, årskostnad ${formatKronor(plan.annualBeforeOre)} före och ${formatKronor(plan.annualAfterOre)} efter.</p>
<h2 id="system">System</h2>
${overview}
${items}
<h2 id="kommuner">Per kommun</h2>
${table({
  caption: "Kostnader per kommun",
  columns: [
    { header: "Kommun" },
    { header: "Engångskostnad", numeric: true },
    { header: "Årskostnad före", numeric: true },
    { header: "Årskostnad efter", numeric: true },
    { header: "Förändring per år", numeric: true },
  ],
  rows: perMunicipality.map((m) => [m.name, formatKronor(m.oneOffOre), formatKronor(m.annualBeforeOre), formatKronor(m.annualAfterOre), formatKronor(m.annualChangeOre)]),
  empty: "Inga kommuner berörs.",
})}
${costChart}
<h2 id="budgetunderlag">Budgetunderlag per kommun</h2>
${notices}`;
  return page({ title, body, footer: html`<p>${title}. Framtagen ur Samverkans registrerade uppgifter och beslut.</p>` });
}

/** The plan's amounts as CSV in long form (avsnitt;post;uppgift;kommun;budgetår;öre), one amount a row, in the Swedish form (common/csv.ts): issued versions keep these bytes. */
export function renderPlanCsv(plan: Plan): string {
  const rows: (string | number | null)[][] = [["avsnitt", "system", "uppgift", "kommun", "budgetår", "öre"]];
  for (const i of plan.items) {
    for (const a of i.oneOff) {
      rows.push(["engångskostnad", i.system, `${COST_KIND_SV[a.kind]}${a.estimated ? " (uppskattning)" : ""}`, "", a.budgetYear, a.amountOre]);
      for (const s of a.shares)
        rows.push(["engångskostnad per kommun", i.system, COST_KIND_SV[a.kind], i.municipalities.find((m) => m.municipalityId === s.municipalityId)?.code ?? "", a.budgetYear, s.amountOre]);
    }
    for (const m of i.municipalities) {
      rows.push(["årskostnad före", i.system, "", m.code, null, m.annualBeforeOre]);
      rows.push(["årskostnad efter", i.system, i.annualAfter.estimated ? "uppskattning" : "", m.code, m.annualBudgetYear, m.annualAfterOre]);
    }
  }
  for (const m of plan.municipalities) {
    rows.push(["summa kommun", "", "engångskostnad", m.code, m.oneOffBudgetYear, m.oneOffOre]);
    rows.push(["summa kommun", "", "förändring per år", m.code, m.annualBudgetYear, m.annualChangeOre]);
  }
  return writeCsv(rows, CsvForm.SWEDISH);
}
