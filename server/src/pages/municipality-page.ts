import type { FastifyInstance } from "fastify";
import type { LocalDate } from "../common/dates";
import { capitalized, RISK_LEVEL_NAMES, ROLE_NAMES, TERMS } from "../common/vocabulary";
import { CATEGORY_NAMES, PHASE_NAMES } from "../recommendations/explain";
import { formatInteger, formatKronor, formatLongDate } from "../render/format";
import { html, type HtmlValue } from "../render/html";
import { page } from "../render/layout";
import { table } from "../render/table";
import { agreementDeadlines } from "../agreements/deadline-list";
import { CHROME_CSS, pageHeader, sendPage, type Chrome } from "./chrome";
import { importedNotice, mayImport, uploadForm } from "./import-page";
import { municipalityPath, systemPath } from "./links";
import { asOfOf, BAD_DATE_MESSAGE, chromeOf, PAGE_CSS, type PageDeps, sendMessage, sendQueryFailure, todayOf, viewerOrSignIn } from "./page-kit";

/**
 * En kommun (`/kommun/<kod>`): one municipality — its applications with phase, fit, users, cost and
 * roles; its participations; its agreements' deadlines on a date, passed ones first; its competence
 * risks. `/kommun` lists the municipalities. One GraphQL document each, run as the viewer.
 */
export const MUNICIPALITIES_QUERY = /* GraphQL */ `
  query MunicipalitiesPage { municipalities(first: 100) { totalCount nodes { code name county } } }
`;

export const MUNICIPALITY_QUERY = /* GraphQL */ `
  query MunicipalityPage($code: String!, $ref: ID!, $asOf: LocalDate!) {
    viewer { role municipality { code } }
    municipality(code: $code) {
      code name county
      applicationUsages {
        application { name category }
        lifecyclePhase functionalFit technicalFit userCount annualCostOre inUseSince
        itUnit { name }
        roles(asOf: $asOf) { kind person { name } }
      }
      participations { collaboration { id name } joinedOn leftOn }
    }
    agreements(municipality: $ref, asOf: $asOf, first: 100) {
      nodes { name schedule(asOf: $asOf) { status decisionDeadline noticeDeadline currentTermEnd } }
    }
    competenceRisk(municipality: $ref, asOf: $asOf, first: 100) {
      totalCount
      nodes { label score level reasons { explanation } }
    }
  }
`;

interface MunicipalityData {
  code: string;
  name: string;
  county: string | null;
  applicationUsages: {
    application: { name: string; category: string } | null;
    lifecyclePhase: string;
    functionalFit: number | null;
    technicalFit: number | null;
    userCount: number | null;
    annualCostOre: number | null;
    inUseSince: LocalDate | null;
    itUnit: { name: string } | null;
    roles: { kind: string; person: { name: string } | null }[];
  }[];
  participations: { collaboration: { id: string; name: string } | null; joinedOn: LocalDate; leftOn: LocalDate | null }[];
}
interface PageData {
  viewer: { role: string; municipality: { code: string } | null } | null;
  municipality: MunicipalityData | null;
  agreements: { nodes: { name: string; schedule: { status: string; decisionDeadline: LocalDate; noticeDeadline: LocalDate; currentTermEnd: LocalDate } | null }[] } | null;
  competenceRisk: { totalCount: number; nodes: { label: string; score: number; level: string; reasons: { explanation: string }[] }[] } | null;
}

export function registerMunicipalityPages(app: FastifyInstance, deps: PageDeps): void {
  app.get("/kommun", async (request, reply) => {
    const viewer = await viewerOrSignIn(deps, request, reply);
    if (!viewer) return reply;
    const chrome = chromeOf(deps, viewer, request);
    const result = await deps.runQuery(viewer, MUNICIPALITIES_QUERY, {});
    const data = result.data as { municipalities: { nodes: { code: string; name: string; county: string | null }[] } | null } | undefined;
    if (result.errors?.length || !data?.municipalities) return sendQueryFailure(reply, chrome, result.errors, "kommunerna");
    return sendPage(
      reply,
      200,
      page({
        title: "Kommuner – Samverkan",
        header: pageHeader(chrome),
        css: `${CHROME_CSS}\n${PAGE_CSS}`,
        body: html`<h1>Kommuner</h1>
<ul>${data.municipalities.nodes.map((m) => html`<li><a href="${municipalityPath(m.code)}">${m.name}</a> <span class="muted">(${m.code}${m.county ? `, ${m.county}` : ""})</span></li>`)}</ul>`,
      }),
    );
  });

  app.get("/kommun/:code", async (request, reply) => {
    const viewer = await viewerOrSignIn(deps, request, reply);
    if (!viewer) return reply;
    const chrome = chromeOf(deps, viewer, request);
    const today = todayOf(deps);
    const asOf = asOfOf(request, today);
    if (asOf === null) return sendMessage(reply, 400, chrome, "Ogiltigt datum", BAD_DATE_MESSAGE);
    const code = (request.params as { code: string }).code;
    if (!/^\d{4}$/.test(code)) return sendMessage(reply, 404, chrome, "Kommunen finns inte", html`En kommun har en fyrsiffrig kommunkod, till exempel 1460. <a href="/kommun">Se alla kommuner</a>.`);
    const result = await deps.runQuery(viewer, MUNICIPALITY_QUERY, { code, ref: code, asOf });
    const data = result.data as PageData | undefined;
    const unknown = result.errors?.length ? result.errors.every((e) => e.extensions?.code === "BAD_USER_INPUT") : data?.municipality === null;
    if (unknown) {
      return sendMessage(reply, 404, chrome, "Kommunen finns inte", html`Ingen kommun har koden ${code}. <a href="/kommun">Se alla kommuner</a>.`);
    }
    if (result.errors?.length || !data?.municipality) return sendQueryFailure(reply, chrome, result.errors, "kommunen");
    const imported = importedNotice((request.query as Record<string, unknown>).importerad);
    return sendPage(reply, 200, municipalityPage(data, asOf, today, chrome, { formToken: deps.auth.formTokenOf(request), imported }));
  });
}

function municipalityPage(data: PageData, asOf: LocalDate, today: LocalDate, chrome: Chrome, upload: { formToken: string | null; imported: string | null }): string {
  const m = data.municipality!;
  const when = formatLongDate(asOf);
  const deadlines = agreementDeadlines(data.agreements?.nodes ?? [], asOf);
  const usages = [...m.applicationUsages].sort((a, b) => (a.application?.name ?? "").localeCompare(b.application?.name ?? "", "sv"));
  return page({
    title: `${m.name} – Samverkan`,
    header: pageHeader(chrome),
    css: `${CHROME_CSS}\n${PAGE_CSS}`,
    body: html`<p class="no-print"><a href="/kommun">← Alla kommuner</a></p>
<h1>${m.name}</h1>
${upload.imported ? html`<p class="notice" role="status">${upload.imported}</p>` : ""}
<p>Kommunkod ${m.code}${m.county ? `, ${m.county}` : ""}. Avtal, tidsgränser och kompetensrisk den <strong>${when}</strong>${asOf === today ? " (i dag)" : ""}; applikationerna som de är registrerade nu.</p>
<form method="get" action="${municipalityPath(m.code)}" class="filters no-print">
<div class="field"><label for="asOf">Visa läget på datum</label><input type="date" id="asOf" name="asOf" value="${asOf}" required></div>
<button type="submit">Visa</button>
</form>
<h2 id="tidsgranser">Tidsgränser</h2>
${table({
  caption: `Kommunens avtals tidsgränser den ${when}: passerade först, sedan i datumordning`,
  stack: true,
  columns: [{ header: "Datum" }, { header: "Vad" }, { header: "Avtal" }],
  empty: "Inga tidsgränser.",
  rows: deadlines.map((d) => [d.overdue ? html`${formatLongDate(d.date)} <strong class="overdue">(${TERMS.overdue.toLowerCase()})</strong>` : formatLongDate(d.date), d.what, d.agreement]),
})}
<h2 id="applikationer">Applikationer</h2>
${table({
  caption: "Kommunens applikationer",
  stack: true,
  columns: [
    { header: "Applikation" },
    { header: "Verksamhetsområde" },
    { header: "Fas" },
    { header: "Passform (funktionell/teknisk)" },
    { header: "Användare", numeric: true },
    { header: "Årskostnad", numeric: true },
    { header: "Roller" },
  ],
  empty: "Inga applikationer registrerade.",
  rows: usages.map((u) => [
    html`${u.application?.name ?? "–"}${u.itUnit ? html`<br><span class="muted">${u.itUnit.name}</span>` : ""}`,
    u.application ? capitalized(CATEGORY_NAMES[u.application.category] ?? u.application.category) : "–",
    capitalized(PHASE_NAMES[u.lifecyclePhase] ?? u.lifecyclePhase),
    `${u.functionalFit ?? "–"} / ${u.technicalFit ?? "–"}`,
    u.userCount === null ? "–" : formatInteger(u.userCount),
    u.annualCostOre === null ? "–" : formatKronor(u.annualCostOre),
    roles(u.roles),
  ]),
})}
${
  mayImport(data.viewer, m.code)
    ? html`<h3 id="importera">Ladda upp applikationsförteckning</h3>
<p class="no-print">Ett kalkylblad med en rad per applikation (samma kolumner som <a href="/export/usages.xlsx?municipality=${m.code}">kommunens system som kalkylblad</a>). Du får först se vad som skulle ändras; ingenting sparas förrän du väljer att genomföra importen.</p>
${uploadForm(m.code, upload.formToken)}`
    : ""
}
<h2 id="samverkan">Deltagande i samverkan</h2>
${table({
  caption: "System som kommunen deltar eller har deltagit i",
  stack: true,
  columns: [{ header: "System" }, { header: "Gick med" }, { header: "Lämnade" }],
  empty: "Inget deltagande.",
  rows: m.participations.map((p) => [
    p.collaboration ? html`<a href="${systemPath(p.collaboration.id, asOf, today)}">${p.collaboration.name}</a>` : "–",
    formatLongDate(p.joinedOn),
    p.leftOn ? formatLongDate(p.leftOn) : html`<span class="muted">deltar</span>`,
  ]),
})}
<h2 id="kompetensrisk">Kompetensrisk</h2>
${table({
  caption: `Kompetensrisk den ${when}, högst först`,
  stack: true,
  columns: [{ header: "System" }, { header: "Risk" }, { header: TERMS.score, numeric: true }, { header: "Skäl" }],
  empty: "Ingen bedömning.",
  rows: (data.competenceRisk?.nodes ?? []).map((r) => [r.label, RISK_LEVEL_NAMES[r.level] ?? r.level, formatInteger(r.score), html`<ul>${r.reasons.map((x) => html`<li>${x.explanation}</li>`)}</ul>`]),
})}
<p class="no-print"><a href="/rekommendationer?kommun=${m.code}">Samverkansförslag där ${m.name} deltar</a></p>`,
  });
}

function roles(list: { kind: string; person: { name: string } | null }[]): HtmlValue {
  if (!list.length) return "–";
  return html`<ul>${list.map((r) => html`<li>${ROLE_NAMES[r.kind] ?? r.kind}: ${r.person?.name ?? "–"}</li>`)}</ul>`;
}
