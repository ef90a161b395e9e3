import type { FastifyInstance } from "fastify";
import type { LocalDate } from "../common/dates";
import { formatInteger, formatLongDate, formatPercent } from "../render/format";
import { html, type Html, type HtmlValue } from "../render/html";
import { page } from "../render/layout";
import { table } from "../render/table";
import { CHROME_CSS, pageHeader, sendPage, type Chrome } from "./chrome";
import { municipalityPath, systemPath } from "./links";
import { asOfOf, BAD_DATE_MESSAGE, chromeOf, PAGE_CSS, type PageDeps, sendMessage, sendQueryFailure, todayOf, viewerOrSignIn } from "./page-kit";

/**
 * Styrning (`/styrning`): the governance report (styrningsrapport) on a date — each rule of the IT
 * policy with its outcome, rules with failures first, and each rule's failures grouped by the object
 * they concern, linked to the system's or the municipality's page. One GraphQL document, run as the viewer.
 */
export const GOVERNANCE_QUERY = /* GraphQL */ `
  query GovernancePage($asOf: LocalDate!) {
    governanceReport(asOf: $asOf) {
      asOf complianceRate compliant applicable
      rules {
        code title source applicable compliant complianceRate
        failures {
          label reason objectType objectId
          object {
            ... on Collaboration { id name }
            ... on ApplicationUsage { municipality { code name } }
            ... on Agreement { name }
            ... on GovernanceDocument { documentMunicipality: municipality { code name } }
            ... on RoleAssignment { collaboration { id name } applicationUsage { municipality { code name } } itUnit { municipality { code name } } }
          }
        }
      }
    }
  }
`;

interface Place {
  code: string;
  name: string;
}
interface FailureObject {
  id?: string;
  name?: string;
  municipality?: Place | null;
  documentMunicipality?: Place | null;
  collaboration?: { id: string; name: string } | null;
  applicationUsage?: { municipality: Place } | null;
  itUnit?: { municipality: Place | null } | null;
}
interface Failure {
  label: string;
  reason: string;
  objectType: string;
  objectId: string;
  object: FailureObject | null;
}
interface Rule {
  code: string;
  title: string;
  source: string;
  applicable: number;
  compliant: number;
  complianceRate: number;
  failures: Failure[];
}
interface PageData {
  governanceReport: { asOf: LocalDate; complianceRate: number; compliant: number; applicable: number; rules: Rule[] } | null;
}

/** What a failure concerns, in Swedish, for the row's heading. */
const OBJECT_TYPE_NAMES: Readonly<Record<string, string>> = {
  ApplicationUsage: "Applikation i en kommun",
  Collaboration: "Samverkan",
  Agreement: "Avtal",
  GovernanceDocument: "Styrdokument",
  RoleAssignment: "Roll",
};

export function registerGovernancePage(app: FastifyInstance, deps: PageDeps): void {
  app.get("/styrning", async (request, reply) => {
    const viewer = await viewerOrSignIn(deps, request, reply);
    if (!viewer) return reply;
    const chrome = chromeOf(deps, viewer, request);
    const today = todayOf(deps);
    const asOf = asOfOf(request, today);
    if (asOf === null) return sendMessage(reply, 400, chrome, "Ogiltigt datum", BAD_DATE_MESSAGE);
    const result = await deps.runQuery(viewer, GOVERNANCE_QUERY, { asOf });
    const data = result.data as PageData | undefined;
    if (result.errors?.length || !data?.governanceReport) return sendQueryFailure(reply, chrome, result.errors, "styrningsrapporten");
    return sendPage(reply, 200, governancePage(data.governanceReport, asOf, today, chrome));
  });
}

function governancePage(report: NonNullable<PageData["governanceReport"]>, asOf: LocalDate, today: LocalDate, chrome: Chrome): string {
  const when = formatLongDate(asOf);
  // Rules with failures first, the most failures first; then the rules that hold, in the report's order.
  const rules = [...report.rules].sort((a, b) => b.failures.length - a.failures.length);
  const failing = rules.filter((r) => r.failures.length);
  return page({
    title: `Styrning ${when} – Samverkan`,
    header: pageHeader(chrome),
    css: `${CHROME_CSS}\n${PAGE_CSS}`,
    body: html`<h1>Styrning</h1>
<p>IT-policyns regler och hur de efterlevs den <strong>${when}</strong>${asOf === today ? " (i dag)" : ""}. ${
      report.applicable === 0
        ? "Inga regler gäller något den dagen: det finns inget att bedöma."
        : html`Efterlevnadsgrad <strong>${formatPercent(report.complianceRate)}</strong> (${formatInteger(report.compliant)} av ${formatInteger(report.applicable)} uppfyllda), ${formatInteger(failing.length)} av ${formatInteger(report.rules.length)} regler med brister.`
    }</p>
<form method="get" action="/styrning" class="filters no-print">
<div class="field"><label for="asOf">Visa läget på datum</label><input type="date" id="asOf" name="asOf" value="${asOf}" required></div>
<button type="submit">Visa</button>
</form>
${table({
  caption: `Reglerna den ${when}, flest brister först`,
  stack: true,
  columns: [{ header: "Regel" }, { header: "Uppfyllda", numeric: true }, { header: "Efterlevnad", numeric: true }, { header: "Brister", numeric: true }],
  rows: rules.map((r) => [
    r.failures.length ? html`<a href="#${anchor(r.code)}">${r.title}</a>` : r.title,
    r.applicable === 0 ? "gäller inget" : `${formatInteger(r.compliant)} av ${formatInteger(r.applicable)}`,
    r.applicable === 0 ? "–" : formatPercent(r.complianceRate),
    formatInteger(r.failures.length),
  ]),
})}
${failing.map((r) => ruleSection(r, asOf, today))}`,
  });
}

function anchor(code: string): string {
  return `regel-${code.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`;
}

/** One failing rule: its source, and its failures grouped by the object they concern. */
function ruleSection(rule: Rule, asOf: LocalDate, today: LocalDate): Html {
  const groups = new Map<string, { link: HtmlValue; failures: Failure[] }>();
  for (const failure of rule.failures) {
    const where = placeOf(failure, asOf, today);
    const group = groups.get(where.key) ?? { link: where.link, failures: [] };
    group.failures.push(failure);
    groups.set(where.key, group);
  }
  const ordered = [...groups.entries()].sort(([a], [b]) => a.localeCompare(b, "sv"));
  return html`<h2 id="${anchor(rule.code)}">${rule.title}</h2>
<p class="muted">Källa: ${rule.source}. ${formatInteger(rule.failures.length)} ${rule.failures.length === 1 ? "brist" : "brister"}.</p>
${table({
  caption: html`Brister mot regeln, per ${ordered.length === 1 ? "objekt" : "objekt i bokstavsordning"}`,
  stack: true,
  columns: [{ header: "Gäller" }, { header: "Vad" }, { header: "Brist" }],
  rows: ordered.flatMap(([, group]) =>
    group.failures
      .sort((a, b) => a.label.localeCompare(b.label, "sv"))
      .map((f) => [group.link, html`${f.label} <span class="muted">(${(OBJECT_TYPE_NAMES[f.objectType] ?? f.objectType).toLowerCase()})</span>`, f.reason]),
  ),
})}`;
}

/** The page a failure leads to: the system (a collaboration), else the municipality, else the agreements. */
function placeOf(failure: Failure, asOf: LocalDate, today: LocalDate): { key: string; link: HtmlValue } {
  const o = failure.object ?? {};
  const collaboration = failure.objectType === "Collaboration" && o.id && o.name ? { id: o.id, name: o.name } : (o.collaboration ?? null);
  if (collaboration) return { key: collaboration.name, link: html`<a href="${systemPath(collaboration.id, asOf, today)}">${collaboration.name}</a>` };
  const place = o.municipality ?? o.documentMunicipality ?? o.applicationUsage?.municipality ?? o.itUnit?.municipality ?? null;
  if (place) return { key: place.name, link: html`<a href="${municipalityPath(place.code, asOf, today)}">${place.name}</a>` };
  if (failure.objectType === "Agreement") return { key: o.name ?? failure.label, link: html`<a href="/avtal${asOf === today ? "" : `?asOf=${asOf}`}">${o.name ?? failure.label}</a>` };
  return { key: failure.label, link: failure.label };
}
