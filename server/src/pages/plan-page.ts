import type { LocalDate } from "../common/dates";
import { formatKronor, formatLongDate } from "../render/format";
import { html, type Html } from "../render/html";
import { page } from "../render/layout";
import { table } from "../render/table";
import { CHROME_CSS, pageHeader, type Chrome } from "./chrome";

/** The collaboration bodies, for the forms of the plan and what-if pages. */
export const BODIES_QUERY = /* GraphQL */ `
  query Bodies {
    collaborationBodies(first: 100) {
      nodes {
        id
        name
        shortName
      }
    }
  }
`;

export interface BodyRow {
  id: string;
  name: string;
  shortName: string | null;
}

/** Everything the plan page shows, asked in one document as the signed-in viewer. */
export const PLAN_PAGE_QUERY = /* GraphQL */ `
  query PlanPage($body: ID!, $from: LocalDate!, $to: LocalDate!) {
    implementationPlan(body: $body, from: $from, to: $to) {
      asOf
      bodyName
      oneOffTotalOre
      annualBeforeOre
      annualAfterOre
      items {
        decisionId
        decidedOn
        reason
        system
        targetLevel
        targetLevelName
        costKey
        systemOwners
        operator
        oneOffTotalOre
        annualBeforeOre
        annualAfter { amountOre estimated }
        window { start end avoidedFreezes }
      }
      municipalities { code name oneOffOre annualBeforeOre annualAfterOre annualChangeOre oneOffBudgetYear annualBudgetYear budgetDecidedBy inTime }
      budgetNotices { code name budgetDecidedBy inTime years { year amountOre } }
    }
    implementationPlanIssues(body: $body, from: $from, to: $to) { version issuedOn issuedBy sha256 }
  }
`;

export interface PlanPageData {
  implementationPlan: {
    asOf: LocalDate;
    bodyName: string;
    oneOffTotalOre: number;
    annualBeforeOre: number;
    annualAfterOre: number;
    items: {
      decisionId: string;
      decidedOn: LocalDate;
      reason: string;
      system: string;
      targetLevel: number;
      targetLevelName: string;
      costKey: string;
      systemOwners: string[];
      operator: string | null;
      oneOffTotalOre: number;
      annualBeforeOre: number;
      annualAfter: { amountOre: number; estimated: boolean };
      window: { start: LocalDate | null; end: LocalDate | null; avoidedFreezes: string[] };
    }[];
    municipalities: {
      code: string;
      name: string;
      oneOffOre: number;
      annualBeforeOre: number;
      annualAfterOre: number;
      annualChangeOre: number;
      oneOffBudgetYear: number | null;
      annualBudgetYear: number | null;
      budgetDecidedBy: LocalDate | null;
      inTime: boolean;
    }[];
    budgetNotices: { code: string; name: string; budgetDecidedBy: LocalDate | null; inTime: boolean; years: { year: number; amountOre: number }[] }[];
  };
  implementationPlanIssues: { version: number; issuedOn: LocalDate; issuedBy: string; sha256: string }[];
}

export interface PlanPageParams {
  body: BodyRow;
  bodies: BodyRow[];
  from: LocalDate;
  to: LocalDate;
}

export const PLANS_CSS = `
form.plan-form{display:flex;flex-wrap:wrap;gap:.75rem;align-items:flex-end;margin:1rem 0}
form.plan-form label{display:flex;flex-direction:column;font-weight:600}
.late{color:#a4000f;font-weight:600}
`.trim();

/** The key of a body in a path: its short name when it fits one, else its ID. */
export function bodyKey(body: BodyRow): string {
  return body.shortName && /^[A-Za-z0-9ÅÄÖåäö_-]+$/.test(body.shortName) ? body.shortName : body.id;
}

function bodyOptions(bodies: BodyRow[], chosen: BodyRow | null): Html[] {
  return bodies.map((b) => html`<option value="${bodyKey(b)}"${chosen?.id === b.id ? html` selected` : ""}>${b.shortName ?? b.name}</option>`);
}

export function planForm(params: { bodies: BodyRow[]; body: BodyRow | null; from: LocalDate; to: LocalDate }): Html {
  return html`<form method="get" action="/plans" class="plan-form no-print">
<label>Samverkansorgan <select name="body">${bodyOptions(params.bodies, params.body)}</select></label>
<label>Från <input type="date" name="from" value="${params.from}" required></label>
<label>Till <input type="date" name="to" value="${params.to}" required></label>
<button type="submit">Visa plan</button>
</form>`;
}

/** The implementation plan page (införandeplan): the plan as it stands today, its issued versions and each municipality's budget notice. */
export function planPage(data: PlanPageData, params: PlanPageParams, chrome: Chrome): string {
  const p = data.implementationPlan;
  const key = encodeURIComponent(bodyKey(params.body));
  const file = `${params.from}_${params.to}`;
  const title = `Införandeplan ${params.body.shortName ?? params.body.name} ${formatLongDate(params.from)}–${formatLongDate(params.to)}`;
  return page({
    title: `${title} – Samverkan`,
    header: pageHeader(chrome),
    css: `${CHROME_CSS}\n${PLANS_CSS}`,
    body: html`<h1>${title}</h1>
<p>${p.bodyName}. Planen bygger på godkända samverkansbeslut så som de var registrerade den ${formatLongDate(p.asOf)}: ${p.items.length} system, engångskostnader ${formatKronor(p.oneOffTotalOre)}, årskostnad ${formatKronor(p.annualBeforeOre)} före och ${formatKronor(p.annualAfterOre)} efter.</p>
${planForm({ bodies: params.bodies, body: params.body, from: params.from, to: params.to })}
<p class="no-print">Hela planen med diagram: <a href="/plans/${key}/${file}.html">utkast (HTML)</a> · <a href="/plans/${key}/${file}.csv" download>CSV</a> · <a href="/plans/${key}/${file}.xlsx" download>Excel</a></p>
<h2 id="system">System</h2>
${table({
  caption: "System i planen",
  stack: true,
  columns: [
    { header: "System" },
    { header: "Beslut" },
    { header: "Målnivå" },
    { header: "Fönster" },
    { header: "Ansvariga" },
    { header: "Engångskostnad", numeric: true },
    { header: "Årskostnad före", numeric: true },
    { header: "Årskostnad efter", numeric: true },
  ],
  rows: p.items.map((i) => [
    i.system,
    `${formatLongDate(i.decidedOn)}: ${i.reason}`,
    `${i.targetLevel} ${i.targetLevelName}`,
    i.window.start ? `${formatLongDate(i.window.start)}–${formatLongDate(i.window.end!)}${i.window.avoidedFreezes.length ? ` (efter ${i.window.avoidedFreezes.join(", ")})` : ""}` : "Inget fönster",
    `Systemägare: ${i.systemOwners.join(", ") || "utses"}; drift: ${i.operator ?? "utses"}`,
    formatKronor(i.oneOffTotalOre),
    formatKronor(i.annualBeforeOre),
    `${formatKronor(i.annualAfter.amountOre)}${i.annualAfter.estimated ? " (uppskattning)" : ""}`,
  ]),
  empty: "Inga godkända beslut i perioden.",
})}
<h2 id="budgetunderlag">Budgetunderlag per kommun</h2>
${table({
  caption: "Vad som ska in i varje kommuns budgetprocess",
  stack: true,
  columns: [{ header: "Kommun" }, { header: "Engångskostnad", numeric: true }, { header: "Förändring per år", numeric: true }, { header: "Budgetår" }, { header: "Budgeten beslutas senast" }],
  rows: p.municipalities.map((m) => [
    m.name,
    formatKronor(m.oneOffOre),
    formatKronor(m.annualChangeOre),
    `engångs ${m.oneOffBudgetYear ?? "–"}, årlig ${m.annualBudgetYear ?? "–"}`,
    m.budgetDecidedBy ? (m.inTime ? formatLongDate(m.budgetDecidedBy) : html`<span class="late">${formatLongDate(m.budgetDecidedBy)} (passerat)</span>`) : "–",
  ]),
  empty: "Inga kommuner berörs.",
})}
<h2 id="utfardade">Utfärdade versioner</h2>
${table({
  caption: "Utfärdade versioner (lagras som de utfärdades)",
  stack: true,
  columns: [{ header: "Version" }, { header: "Utfärdad" }, { header: "Av" }, { header: "Filer" }],
  rows: data.implementationPlanIssues.map((i) => [
    String(i.version),
    formatLongDate(i.issuedOn),
    i.issuedBy,
    html`<a href="/plans/${key}/${file}.v${i.version}.html">HTML</a> · <a href="/plans/${key}/${file}.v${i.version}.csv" download>CSV</a> · <a href="/plans/${key}/${file}.v${i.version}.xlsx" download>Excel</a>`,
  ]),
  empty: "Planen är inte utfärdad.",
})}
<p class="no-print"><a href="/what-if?body=${key}">Konsekvensanalys: om en kommun ansluter eller lämnar</a></p>`,
    footer: html`<p class="muted">Samma uppgifter finns i API:t: <code>implementationPlan</code>, <code>implementationPlanIssues</code> och <code>implementationPlanIssue</code>.</p>`,
  });
}
