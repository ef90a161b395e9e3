import type { FastifyInstance } from "fastify";
import type { LocalDate } from "../common/dates";
import { capitalized, RISK_LEVEL_NAMES, TERMS } from "../common/vocabulary";
import { CATEGORY_NAMES } from "../recommendations/explain";
import { formatInteger, formatLongDate, formatPercent } from "../render/format";
import { html, type Html, type HtmlValue } from "../render/html";
import { page } from "../render/layout";
import { table } from "../render/table";
import { CHROME_CSS, pageHeader, sendPage, type Chrome } from "./chrome";
import { municipalityPath, systemPath } from "./links";
import { asOfOf, BAD_DATE_MESSAGE, chromeOf, PAGE_CSS, type PageDeps, sendMessage, sendQueryFailure, textParam, todayOf, viewerOrSignIn } from "./page-kit";

/**
 * Kompetens (`/kompetens`): the competence risk on a date grouped the way a person reads it — by
 * system or by municipality, the group with the highest risk first — the competence networks, and
 * the planned leave of specialists the viewer may see. One GraphQL document, run as the viewer
 * (planned leave is personal data: the API shows it for the viewer's own municipality, or to admins).
 */
export const COMPETENCE_QUERY = /* GraphQL */ `
  query CompetencePage($asOf: LocalDate!) {
    competenceRisk(asOf: $asOf, first: 100) {
      totalCount
      nodes {
        kind label level score specialistCount specialistsLeaving trainedShare
        application { name }
        municipality { code name }
        collaboration { id name participants(asOf: $asOf) { municipality { code name } } }
        reasons { explanation }
      }
    }
    competenceNetworks(first: 100) {
      totalCount
      nodes {
        name category meetingCadence lastActivityOn
        coordinator { name municipality { name } }
        collaborations { id name }
        members(asOf: $asOf) { person { municipality { code } } }
      }
    }
    people(first: 100) {
      totalCount
      nodes {
        name plannedLeave
        municipality { code name }
        competences { level application { name } }
      }
    }
  }
`;

interface Risk {
  kind: string;
  label: string;
  level: string;
  score: number;
  specialistCount: number;
  specialistsLeaving: number;
  trainedShare: number | null;
  application: { name: string };
  municipality: { code: string; name: string } | null;
  collaboration: { id: string; name: string; participants: { municipality: { code: string; name: string } }[] } | null;
  reasons: { explanation: string }[];
}
interface Network {
  name: string;
  category: string | null;
  meetingCadence: string | null;
  lastActivityOn: LocalDate | null;
  coordinator: { name: string; municipality: { name: string } };
  collaborations: { id: string; name: string }[];
  members: { person: { municipality: { code: string } } }[];
}
interface PersonView {
  name: string;
  plannedLeave: string | null;
  municipality: { code: string; name: string };
  competences: { level: string; application: { name: string } }[];
}
interface PageData {
  competenceRisk: { totalCount: number; nodes: Risk[] };
  competenceNetworks: { totalCount: number; nodes: Network[] };
  people: { totalCount: number; nodes: PersonView[] };
}

const CADENCE_NAMES: Readonly<Record<string, string>> = { MONTHLY: "varje månad", QUARTERLY: "varje kvartal", TWICE_A_YEAR: "två gånger om året", AS_NEEDED: "vid behov" };
const COMPETENCE_LEVEL_NAMES: Readonly<Record<string, string>> = { SPECIALIST: "specialist", SUPERUSER: "superanvändare", USER: "användare" };

/** How the risks are grouped: `?grupp=kommun` by municipality, else by system. */
type Grouping = "system" | "kommun";

export function registerCompetencePage(app: FastifyInstance, deps: PageDeps): void {
  app.get("/kompetens", async (request, reply) => {
    const viewer = await viewerOrSignIn(deps, request, reply);
    if (!viewer) return reply;
    const chrome = chromeOf(deps, viewer, request);
    const today = todayOf(deps);
    const asOf = asOfOf(request, today);
    if (asOf === null) return sendMessage(reply, 400, chrome, "Ogiltigt datum", BAD_DATE_MESSAGE);
    const grouping = textParam(request, "grupp") ?? "system";
    if (grouping !== "system" && grouping !== "kommun") return sendMessage(reply, 400, chrome, "Ogiltig gruppering", "Gruppera efter system eller kommun.");
    const result = await deps.runQuery(viewer, COMPETENCE_QUERY, { asOf });
    const data = result.data as PageData | undefined;
    if (result.errors?.length || !data?.competenceRisk) return sendQueryFailure(reply, chrome, result.errors, "kompetensuppgifterna");
    return sendPage(reply, 200, competencePage(data, grouping, asOf, today, chrome));
  });
}

interface Group {
  key: string;
  heading: HtmlValue;
  risks: Risk[];
}

/** The risks in groups, the group with the highest score first, each group's highest first. */
export function groupRisks(risks: readonly Risk[], grouping: Grouping, asOf: LocalDate, today: LocalDate): Group[] {
  const groups = new Map<string, Group>();
  const add = (key: string, heading: HtmlValue, risk: Risk) => {
    const group = groups.get(key) ?? { key, heading, risks: [] };
    group.risks.push(risk);
    groups.set(key, group);
  };
  for (const risk of risks) {
    if (grouping === "system") add(risk.application.name, risk.application.name, risk);
    else if (risk.municipality) add(risk.municipality.code, html`<a href="${municipalityPath(risk.municipality.code, asOf, today)}">${risk.municipality.name}</a>`, risk);
    else for (const p of risk.collaboration?.participants ?? []) add(p.municipality.code, html`<a href="${municipalityPath(p.municipality.code, asOf, today)}">${p.municipality.name}</a>`, risk);
  }
  const top = (g: Group) => Math.max(...g.risks.map((r) => r.score));
  for (const group of groups.values()) group.risks.sort((a, b) => b.score - a.score || a.label.localeCompare(b.label, "sv"));
  return [...groups.values()].sort((a, b) => top(b) - top(a) || a.key.localeCompare(b.key, "sv"));
}

function competencePage(data: PageData, grouping: Grouping, asOf: LocalDate, today: LocalDate, chrome: Chrome): string {
  const when = formatLongDate(asOf);
  const groups = groupRisks(data.competenceRisk.nodes, grouping, asOf, today);
  const high = data.competenceRisk.nodes.filter((r) => r.level === "HIGH").length;
  const leaving = data.people.nodes.filter((p) => p.plannedLeave !== null).sort((a, b) => (a.plannedLeave ?? "").localeCompare(b.plannedLeave ?? "") || a.name.localeCompare(b.name, "sv"));
  const other = grouping === "system" ? "kommun" : "system";
  return page({
    title: `Kompetens ${when} – Samverkan`,
    header: pageHeader(chrome),
    css: `${CHROME_CSS}\n${PAGE_CSS}\n.reasons{margin:0;padding-left:1rem}`,
    body: html`<h1>Kompetens</h1>
<p>Kompetensrisken den <strong>${when}</strong>${asOf === today ? " (i dag)" : ""}: ${formatInteger(data.competenceRisk.totalCount)} bedömningar, varav ${formatInteger(high)} med hög risk. Grupperat efter ${grouping === "system" ? "system" : "kommun"}, högst risk först.</p>
<form method="get" action="/kompetens" class="filters no-print">
<div class="field"><label for="asOf">Visa läget på datum</label><input type="date" id="asOf" name="asOf" value="${asOf}" required></div>
<div class="field"><label for="grupp">Gruppera efter</label><select id="grupp" name="grupp">
<option value="system"${grouping === "system" ? html` selected` : ""}>System</option>
<option value="kommun"${grouping === "kommun" ? html` selected` : ""}>Kommun</option>
</select></div>
<button type="submit">Visa</button>
</form>
<p class="no-print"><a href="/kompetens?grupp=${other}${asOf === today ? "" : `&asOf=${asOf}`}">Gruppera efter ${other} i stället</a></p>
<h2 id="kompetensrisk">Kompetensrisk</h2>
${data.competenceRisk.totalCount > data.competenceRisk.nodes.length ? html`<p class="muted">Visar de ${formatInteger(data.competenceRisk.nodes.length)} högsta av ${formatInteger(data.competenceRisk.totalCount)} bedömningar.</p>` : ""}
${groups.length ? groups.map((g) => riskGroup(g, grouping, asOf, today)) : html`<p>Ingen bedömning.</p>`}
<h2 id="natverk">Kompetensnätverk</h2>
${table({
  caption: "Kompetensnätverken, deras samordnare och medlemmar",
  stack: true,
  columns: [
    { header: "Nätverk" },
    { header: "Verksamhetsområde" },
    { header: "Samordnare" },
    { header: "Medlemmar", numeric: true },
    { header: "Träffas" },
    { header: "Senaste aktivitet" },
    { header: "System" },
  ],
  empty: "Inga kompetensnätverk.",
  rows: data.competenceNetworks.nodes.map((n) => [
    n.name,
    n.category ? capitalized(CATEGORY_NAMES[n.category] ?? n.category) : "Alla system",
    `${n.coordinator.name} (${n.coordinator.municipality.name})`,
    `${formatInteger(n.members.length)} från ${formatInteger(new Set(n.members.map((m) => m.person.municipality.code)).size)} kommuner`,
    n.meetingCadence ? (CADENCE_NAMES[n.meetingCadence] ?? n.meetingCadence) : "–",
    n.lastActivityOn ? formatLongDate(n.lastActivityOn) : "–",
    n.collaborations.length ? html`${n.collaborations.map((c, i) => html`${i ? ", " : ""}<a href="${systemPath(c.id, asOf, today)}">${c.name}</a>`)}` : "–",
  ]),
})}
<h2 id="franvaro">Planerad frånvaro</h2>
<p class="muted">Planerad frånvaro (till exempel pension) är personuppgifter: du ser den för ${chrome.viewer?.role === "ADMIN" ? "alla kommuner" : "din egen kommun"}.</p>
${table({
  caption: "Personer med planerad frånvaro, tidigast först",
  stack: true,
  columns: [{ header: "Person" }, { header: "Kommun" }, { header: "Från" }, { header: "Kompetens" }],
  empty: "Ingen planerad frånvaro som du får se.",
  rows: leaving.map((p) => [
    p.name,
    html`<a href="${municipalityPath(p.municipality.code, asOf, today)}">${p.municipality.name}</a>`,
    p.plannedLeave ?? "–",
    p.competences.length ? p.competences.map((c) => `${c.application.name} (${COMPETENCE_LEVEL_NAMES[c.level] ?? c.level})`).join(", ") : "–",
  ]),
})}`,
  });
}

function riskGroup(group: Group, grouping: Grouping, asOf: LocalDate, today: LocalDate): Html {
  return html`<h3>${group.heading}</h3>
${table({
  caption: html`Kompetensrisk: ${group.heading}, högst först`,
  stack: true,
  columns: [
    { header: grouping === "system" ? "Gäller" : "System" },
    { header: "Risk" },
    { header: TERMS.score, numeric: true },
    { header: "Specialister (slutar)", numeric: true },
    { header: "Utbildade användare", numeric: true },
    { header: "Skäl" },
  ],
  rows: group.risks.map((r) => [
    subject(r, asOf, today),
    RISK_LEVEL_NAMES[r.level] ?? r.level,
    formatInteger(r.score),
    `${formatInteger(r.specialistCount)} (${formatInteger(r.specialistsLeaving)})`,
    r.trainedShare === null ? "–" : formatPercent(r.trainedShare),
    r.reasons.length ? html`<ul class="reasons">${r.reasons.map((x) => html`<li>${x.explanation}</li>`)}</ul>` : "–",
  ]),
})}`;
}

/** What a risk is about, linked: a collaboration to its system page, a usage to its municipality's page. */
function subject(r: Risk, asOf: LocalDate, today: LocalDate): HtmlValue {
  if (r.collaboration) return html`<a href="${systemPath(r.collaboration.id, asOf, today)}">${r.collaboration.name}</a> <span class="muted">(samverkan)</span>`;
  if (r.municipality) return html`<a href="${municipalityPath(r.municipality.code, asOf, today)}">${r.label}</a>`;
  return r.label;
}
