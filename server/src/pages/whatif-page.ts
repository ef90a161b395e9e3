import type { LocalDate } from "../common/dates";
import { formatKronor, formatLongDate } from "../render/format";
import { html, type Html } from "../render/html";
import { page } from "../render/layout";
import { table } from "../render/table";
import { CHROME_CSS, pageHeader, type Chrome } from "./chrome";
import { type BodyRow, bodyKey, PLANS_CSS } from "./plan-page";

/** The what-if, asked as the signed-in viewer: a read that changes nothing. */
export const WHAT_IF_PAGE_QUERY = /* GraphQL */ `
  query WhatIfPage($input: WhatIfInput!) {
    whatIf(input: $input) {
      change
      municipalityName
      scope
      from
      summary
      costSplits { agreement key totalOre problem shares { name beforeOre afterOre changeOre } }
      agreements { agreement referenceNumber change noticeDeadline decisionDeadline currentTermEnd noticeDeadlinePassed }
      systems { collaboration application level levelName participantsBefore participantsAfter fallsBelowLevel consequences specialistsBefore specialistsAfter specialistsLost rolesLost }
      window { start end avoidedFreezes }
    }
  }
`;

export interface WhatIfPageData {
  whatIf: {
    change: "JOIN" | "LEAVE";
    municipalityName: string;
    scope: string;
    from: LocalDate;
    summary: string;
    costSplits: { agreement: string; key: string; totalOre: number; problem: string | null; shares: { name: string; beforeOre: number; afterOre: number; changeOre: number }[] | null }[];
    agreements: {
      agreement: string;
      referenceNumber: string | null;
      change: string;
      noticeDeadline: LocalDate;
      decisionDeadline: LocalDate;
      currentTermEnd: LocalDate;
      noticeDeadlinePassed: boolean;
    }[];
    systems: {
      collaboration: string;
      application: string;
      level: number;
      levelName: string;
      participantsBefore: number;
      participantsAfter: number;
      fallsBelowLevel: boolean;
      consequences: string[];
      specialistsBefore: number;
      specialistsAfter: number;
      specialistsLost: string[];
      rolesLost: string[];
    }[];
    window: { start: LocalDate; end: LocalDate; avoidedFreezes: string[] } | null;
  };
}

export interface WhatIfForm {
  change: "JOIN" | "LEAVE";
  municipality: string;
  body: BodyRow | null;
  from: LocalDate;
}

export function whatIfForm(bodies: BodyRow[], form: WhatIfForm): Html {
  return html`<form method="get" action="/what-if" class="plan-form no-print">
<label>Förändring <select name="change"><option value="LEAVE"${form.change === "LEAVE" ? html` selected` : ""}>lämnar</option><option value="JOIN"${form.change === "JOIN" ? html` selected` : ""}>ansluter till</option></select></label>
<label>Kommun (kommunkod) <input name="municipality" value="${form.municipality}" pattern="[0-9]{4}" required></label>
<label>Samverkansorgan <select name="body">${bodies.map((b) => html`<option value="${bodyKey(b)}"${form.body?.id === b.id ? html` selected` : ""}>${b.shortName ?? b.name}</option>`)}</select></label>
<label>Från <input type="date" name="from" value="${form.from}" required></label>
<button type="submit">Visa konsekvenser</button>
</form>`;
}

/** The what-if page (konsekvensanalys); `data` null shows the form alone, `problem` a message beside it. */
export function whatIfPage(data: WhatIfPageData | null, bodies: BodyRow[], form: WhatIfForm, chrome: Chrome, problem: string | null = null): string {
  const w = data?.whatIf ?? null;
  const result = w
    ? html`<p><strong>${w.summary}</strong> Inget ändras av att fråga: beslutet fattas och registreras separat.</p>
<h2 id="kostnader">Kostnadsfördelningar som ändras</h2>
${w.costSplits.map((s) =>
  s.shares
    ? table({
        caption: `${s.agreement}: ${formatKronor(s.totalOre)} per år, fördelat efter ${s.key}`,
        columns: [{ header: "Kommun" }, { header: "Före", numeric: true }, { header: "Efter", numeric: true }, { header: "Förändring", numeric: true }],
        rows: s.shares.map((x) => [x.name, formatKronor(x.beforeOre), formatKronor(x.afterOre), formatKronor(x.changeOre)]),
      })
    : html`<p><strong>${s.agreement}</strong>: ${s.problem}</p>`,
)}
${w.costSplits.length ? "" : html`<p>Inga kostnadsfördelningar ändras.</p>`}
<h2 id="avtal">Avtal vars parter ändras</h2>
${table({
  caption: "Avtal och deras tidsgränser",
  columns: [{ header: "Avtal" }, { header: "Avtalsnummer" }, { header: "Ändring" }, { header: "Uppsägning senast" }, { header: "Beslutsdatum" }, { header: "Perioden slutar" }],
  rows: w.agreements.map((a) => [
    a.agreement,
    a.referenceNumber ?? "–",
    a.change,
    a.noticeDeadlinePassed ? html`<span class="late">${formatLongDate(a.noticeDeadline)} (före förändringen)</span>` : formatLongDate(a.noticeDeadline),
    formatLongDate(a.decisionDeadline),
    formatLongDate(a.currentTermEnd),
  ]),
  empty: "Inga avtal berörs.",
})}
<h2 id="system">System</h2>
${table({
  caption: "Gemensamma system som berörs",
  columns: [{ header: "System" }, { header: "Nivå" }, { header: "Deltagare före–efter" }, { header: "Uppfyller nivån" }, { header: "Specialister före–efter" }, { header: "Konsekvenser" }],
  rows: w.systems.map((s) => [
    `${s.collaboration} (${s.application})`,
    `${s.level} ${s.levelName}`,
    `${s.participantsBefore}–${s.participantsAfter}`,
    s.fallsBelowLevel ? html`<span class="late">Nej</span>` : "Ja",
    `${s.specialistsBefore}–${s.specialistsAfter}`,
    [...s.consequences, ...(s.rolesLost.length ? [`Roller som försvinner: ${s.rolesLost.join(", ")}.`] : [])].join(" ") || "–",
  ]),
  empty: "Inga system berörs.",
})}
<h2 id="fonster">Övergångsfönster</h2>
<p>${w.window ? `${formatLongDate(w.window.start)}–${formatLongDate(w.window.end)}${w.window.avoidedFreezes.length ? `, utanför förändringsstoppen ${w.window.avoidedFreezes.join(", ")}` : ""}.` : "Inget fönster utan förändringsstopp inom fem år."}</p>`
    : "";
  return page({
    title: "Konsekvensanalys – Samverkan",
    header: pageHeader(chrome),
    css: `${CHROME_CSS}\n${PLANS_CSS}`,
    body: html`<h1>Konsekvensanalys: om en kommun ansluter eller lämnar</h1>
${whatIfForm(bodies, form)}
${problem ? html`<p role="alert" class="late">${problem}</p>` : ""}
${result}`,
    footer: html`<p class="muted">Samma uppgifter finns i API:t: <code>whatIf(input:)</code>; ett beslut registreras med <code>whatIfDecisionRecord</code>.</p>`,
  });
}
