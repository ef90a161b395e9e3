import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { Viewer } from "../access/viewer";
import { isLocalDate, type LocalDate } from "../common/dates";
import { CANDIDATE_KIND_NAMES, capitalized, DECISION_NAMES, TERMS, TRIGGER_NAMES } from "../common/vocabulary";
import { CATEGORY_NAMES } from "../recommendations/explain";
import { followUpTable } from "../reports/follow-ups";
import { formatInteger, formatKronor, formatLongDate } from "../render/format";
import { html, type Html, type HtmlValue } from "../render/html";
import { page } from "../render/layout";
import { levelBadge } from "../render/levels";
import { table } from "../render/table";
import { acceptForms } from "./auth";
import { candidatePath, systemPath } from "./links";
import { CHROME_CSS, pageHeader, sendPage, type Chrome } from "./chrome";
import { asOfOf, BAD_DATE_MESSAGE, chromeOf, PAGE_CSS, type PageDeps, sendMessage, sendQueryFailure, textParam, todayOf, viewerOrSignIn } from "./page-kit";

/**
 * Rekommendationer: the collaboration candidates for a date (`/rekommendationer`), filterable and
 * sortable, and one candidate (`/rekommendationer/<id>`) with its evidence, explanation, cost,
 * window and decisions, and a form to decide on it (`POST /rekommendationer/<id>/beslut`). Each page
 * runs its GraphQL as the viewer; the form runs `recommendationDecide` as the viewer too.
 */

export const RECOMMENDATIONS_QUERY = /* GraphQL */ `
  query RecommendationsPage($asOf: LocalDate!, $municipality: ID, $category: ApplicationCategory, $trigger: RecommendationTrigger, $orderBy: CollaborationCandidateOrder, $includeHidden: Boolean!) {
    municipalities(first: 100) { nodes { code name } }
    candidates: collaborationCandidates(asOf: $asOf, municipality: $municipality, category: $category, trigger: $trigger, orderBy: $orderBy, includeHidden: $includeHidden, first: 100) {
      totalCount
      nodes {
        id kind category score summary hidden drivingDeadline
        participants { name }
        proposedApplication { name }
        targetLevel { ordinal name }
        contributions { trigger points }
        decision { status decidedOn deferredUntil }
      }
    }
  }
`;

export const CANDIDATE_QUERY = /* GraphQL */ `
  query CandidatePage($id: ID!, $asOf: LocalDate!) {
    candidate: collaborationCandidate(id: $id, asOf: $asOf) {
      id kind category score summary hidden drivingDeadline viewerCanDecide
      explanation proposalReason targetLevelReason changesSinceDecision combinedAnnualCostOre
      participants { name }
      joiningMunicipalities { name }
      applications { name }
      proposedApplication { name }
      collaboration { id name }
      currentLevel { ordinal name }
      targetLevel { ordinal name }
      drivingAgreement { name }
      contributions { trigger weight points explanation evidence { objectType objectId label detail lastChangedOn } }
      costSplit { municipality { name } population amountOre }
      transitionWindow { decisionOn procurementLeadTimeMonths earliestStart start end lengthDays avoidedFreezes }
      decisionHistory {
        status decidedOn decidedBy deferredUntil reason
        expectedEffects { expectedCostPerInhabitantOre expectedLevel expectedCompetenceRiskScore expectedProductCount }
        followUp {
          atDecision { costPerInhabitantOre levelOrdinal competenceRiskScore productCount }
          points { monthsAfter date reached costRose realised { costPerInhabitantOre levelOrdinal competenceRiskScore productCount } }
        }
      }
    }
  }
`;

export const DECIDE_MUTATION = /* GraphQL */ `
  mutation DecideFromPage($input: RecommendationDecideInput!) {
    recommendationDecide(input: $input) { decision { id status } userErrors { field message code } }
  }
`;

interface Level {
  ordinal: number;
  name: string;
}
interface Named {
  name: string;
}
interface Decision {
  status: string;
  decidedOn: LocalDate;
  deferredUntil: LocalDate | null;
}
interface ListCandidate {
  id: string;
  kind: string;
  category: string;
  score: number;
  summary: string;
  hidden: boolean;
  drivingDeadline: LocalDate | null;
  participants: Named[];
  proposedApplication: Named | null;
  targetLevel: Level | null;
  contributions: { trigger: string; points: number }[];
  decision: Decision | null;
}
interface ListData {
  municipalities: { nodes: { code: string; name: string }[] } | null;
  candidates: { totalCount: number; nodes: ListCandidate[] } | null;
}
interface FullCandidate extends ListCandidate {
  viewerCanDecide: boolean;
  explanation: string[];
  proposalReason: string | null;
  targetLevelReason: string;
  changesSinceDecision: string[];
  combinedAnnualCostOre: number | null;
  joiningMunicipalities: Named[];
  applications: Named[];
  collaboration: { id: string; name: string } | null;
  currentLevel: Level | null;
  drivingAgreement: Named | null;
  contributions: {
    trigger: string;
    weight: number;
    points: number;
    explanation: string;
    evidence: { objectType: string; objectId: string; label: string; detail: string; lastChangedOn: LocalDate | null }[];
  }[];
  costSplit: { municipality: Named | null; population: number; amountOre: number }[] | null;
  transitionWindow: {
    decisionOn: LocalDate;
    procurementLeadTimeMonths: number;
    earliestStart: LocalDate;
    start: LocalDate | null;
    end: LocalDate | null;
    lengthDays: number;
    avoidedFreezes: string[];
  } | null;
  decisionHistory: (Decision & { decidedBy: string; reason: string; expectedEffects: ExpectedEffects | null; followUp: FollowUp | null })[];
}
interface Measures {
  costPerInhabitantOre: number | null;
  levelOrdinal: number | null;
  competenceRiskScore: number | null;
  productCount: number | null;
}
interface ExpectedEffects {
  expectedCostPerInhabitantOre: number | null;
  expectedLevel: number | null;
  expectedCompetenceRiskScore: number | null;
  expectedProductCount: number | null;
}
interface FollowUp {
  atDecision: Measures;
  points: { monthsAfter: number; date: LocalDate; reached: boolean; costRose: boolean | null; realised: Measures | null }[];
}

const CATEGORIES = Object.keys(CATEGORY_NAMES);
const TRIGGERS = Object.keys(TRIGGER_NAMES);
const DECISIONS = ["ACCEPTED", "REJECTED", "DEFERRED"] as const;
const ORDERS: Record<string, { field: string; direction: string }> = {
  poang: { field: "SCORE", direction: "DESC" },
  tidsgrans: { field: "DEADLINE", direction: "ASC" },
};

const RECOMMENDATIONS_CSS = `
.candidates td ul{margin:0;padding-left:1.1rem}
.evidence{margin-top:.5rem}
.contribution{border-left:4px solid #aeb6bf;padding-left:.75rem;margin:1rem 0}
`.trim();

export function registerRecommendationPages(app: FastifyInstance, deps: PageDeps): void {
  app.get("/rekommendationer", async (request, reply) => {
    const viewer = await viewerOrSignIn(deps, request, reply);
    if (!viewer) return reply;
    const chrome = chromeOf(deps, viewer, request);
    const today = todayOf(deps);
    const asOf = asOfOf(request, today);
    if (asOf === null) return sendMessage(reply, 400, chrome, "Ogiltigt datum", BAD_DATE_MESSAGE);
    const filters = filtersOf(request);
    if (typeof filters === "string") return sendMessage(reply, 400, chrome, "Ogiltigt urval", filters);
    const result = await deps.runQuery(viewer, RECOMMENDATIONS_QUERY, {
      asOf,
      municipality: filters.municipality,
      category: filters.category,
      trigger: filters.trigger,
      orderBy: ORDERS[filters.order],
      includeHidden: filters.hidden,
    });
    const data = result.data as ListData | undefined;
    if (result.errors?.some((e) => e.extensions?.code === "BAD_USER_INPUT" && e.extensions?.argumentName === "municipality")) {
      return sendMessage(reply, 400, chrome, "Okänd kommun", `Ingen kommun har koden ”${filters.municipality}”.`);
    }
    if (result.errors?.length || !data?.candidates) return sendQueryFailure(reply, chrome, result.errors, "rekommendationerna");
    return sendPage(reply, 200, listPage(data, filters, asOf, today, chrome));
  });

  app.get("/rekommendationer/:id", async (request, reply) => {
    const viewer = await viewerOrSignIn(deps, request, reply);
    if (!viewer) return reply;
    const chrome = chromeOf(deps, viewer, request);
    const today = todayOf(deps);
    const asOf = asOfOf(request, today);
    if (asOf === null) return sendMessage(reply, 400, chrome, "Ogiltigt datum", BAD_DATE_MESSAGE);
    const id = (request.params as { id: string }).id;
    const notice = (request.query as Record<string, unknown>).sparat !== undefined ? "Beslutet är sparat." : null;
    return candidateRoute(reply, viewer, chrome, id, asOf, today, { formToken: deps.auth.formTokenOf(request), notice, errors: [], values: {} });
  });

  // Only this scope reads form posts.
  app.register(async (scope) => {
    acceptForms(scope);
    scope.post("/rekommendationer/:id/beslut", async (request, reply) => {
      const body = (request.body ?? {}) as Record<string, unknown>;
      const { viewer, forged } = await deps.auth.formViewerOf(request, body.formToken);
      const chrome: Chrome = { viewer, explorer: deps.explorer, path: "/rekommendationer" };
      if (forged)
        return sendMessage(reply, 403, chrome, "Otillåten begäran", "Formuläret kom inte från en av Samverkans egna sidor och togs inte emot. Öppna förslaget igen och skicka formuläret därifrån.");
      const id = (request.params as { id: string }).id;
      if (!viewer) return reply.header("cache-control", "no-store").redirect(`/signin?next=${encodeURIComponent(`/rekommendationer/${id}`)}`, 303);
      const today = todayOf(deps);
      const values = { status: text(body.status), reason: text(body.reason), deferredUntil: text(body.deferredUntil) };
      const formErrors = checkForm(values, today);
      const again = (errors: FormError[]) =>
        candidateRoute(
          reply,
          viewer,
          { ...chrome, path: `/rekommendationer/${id}` },
          id,
          today,
          today,
          { formToken: deps.auth.formTokenOf(request) ?? text(body.formToken), notice: null, errors, values },
          400,
        );
      if (formErrors.length) return again(formErrors);
      const input = { candidateId: id, status: values.status, reason: values.reason, ...(values.status === "DEFERRED" ? { deferredUntil: values.deferredUntil } : {}) };
      const result = await deps.runQuery(viewer, DECIDE_MUTATION, { input });
      if (result.errors?.length || !result.data) return sendQueryFailure(reply, { ...chrome, path: `/rekommendationer/${id}` }, result.errors, "eller besluta om det här förslaget");
      const payload = (result.data as { recommendationDecide: { userErrors: { field: string[] | null; code: string; message: string }[] } | null }).recommendationDecide;
      if (!payload) return sendQueryFailure(reply, chrome, undefined, "beslutet");
      if (payload.userErrors.length) return again(payload.userErrors.map(swedishError));
      return reply.header("cache-control", "no-store").redirect(`/rekommendationer/${id}?sparat`, 303);
    });
  });

  async function candidateRoute(reply: FastifyReply, viewer: Viewer, chrome: Chrome, id: string, asOf: LocalDate, today: LocalDate, form: FormState, status = 200) {
    const result = await deps.runQuery(viewer, CANDIDATE_QUERY, { id, asOf });
    if (result.errors?.length || !result.data) return sendQueryFailure(reply, chrome, result.errors, "rekommendationerna");
    const candidate = (result.data as { candidate: FullCandidate | null }).candidate;
    if (!candidate) {
      return sendMessage(
        reply,
        404,
        chrome,
        "Förslaget finns inte",
        html`Det finns inget sådant samverkansförslag den ${formatLongDate(asOf)}: deltagarna eller underlaget kan ha ändrats. <a href="/rekommendationer?asOf=${asOf}">Se alla förslag</a>.`,
      );
    }
    return sendPage(reply, status, candidatePage(candidate, asOf, today, chrome, form));
  }
}

interface Filters {
  municipality: string | null;
  category: string | null;
  trigger: string | null;
  order: string;
  hidden: boolean;
}

/** The list's filters from the query string, or a Swedish message saying what is wrong. */
function filtersOf(request: FastifyRequest): Filters | string {
  const municipality = textParam(request, "kommun");
  const category = textParam(request, "kategori");
  const trigger = textParam(request, "utlosare");
  const order = textParam(request, "ordning") ?? "poang";
  if (municipality !== null && !/^\d{4}$/.test(municipality)) return "Ange kommunen med dess fyrsiffriga kommunkod, till exempel 1460.";
  if (category !== null && !CATEGORIES.includes(category)) return "Okänt verksamhetsområde.";
  if (trigger !== null && !TRIGGERS.includes(trigger)) return "Okänd utlösare.";
  if (!(order in ORDERS)) return "Sortera efter poäng eller tidsgräns.";
  return { municipality, category, trigger, order, hidden: textParam(request, "dolda") !== null };
}

function listPage(data: ListData, filters: Filters, asOf: LocalDate, today: LocalDate, chrome: Chrome): string {
  const candidates = data.candidates?.nodes ?? [];
  const total = data.candidates?.totalCount ?? candidates.length;
  const when = formatLongDate(asOf);
  return page({
    title: `${TERMS.candidates} ${when} – Samverkan`,
    header: pageHeader(chrome),
    css: `${CHROME_CSS}\n${PAGE_CSS}\n${RECOMMENDATIONS_CSS}`,
    body: html`<h1>Rekommendationer: samverkansförslag</h1>
<p>Förslagen den <strong>${when}</strong>${asOf === today ? " (i dag)" : ""}: kommuner som kan samverka kring en produkt eller ett verksamhetsområde, enligt IT-policyns fyra utlösare. ${formatInteger(total)} förslag${total > candidates.length ? html`, de ${formatInteger(candidates.length)} första visas` : ""}.</p>
${filterForm(data, filters, asOf)}
${table({
  caption: `Samverkansförslag den ${when}, ${filters.order === "tidsgrans" ? "närmaste tidsgräns först" : "högst poäng först"}`,
  className: "candidates",
  stack: true,
  columns: [
    { header: "Förslag" },
    { header: TERMS.score, numeric: true },
    { header: TERMS.participants },
    { header: TERMS.proposedLevel },
    { header: "Utlösare" },
    { header: TERMS.deadline },
    { header: TERMS.decision },
  ],
  empty: "Inga förslag med det här urvalet.",
  rows: candidates.map((c) => [
    html`<a href="${candidatePath(c.id, asOf, today)}">${subjectOf(c)}</a><br><span class="muted">${CANDIDATE_KIND_NAMES[c.kind] ?? c.kind}</span>`,
    formatInteger(c.score),
    c.participants.map((p) => p.name).join(", "),
    levelBadge(c.targetLevel),
    html`<ul>${c.contributions.map((t) => html`<li>${TRIGGER_NAMES[t.trigger] ?? t.trigger} (${formatInteger(t.points)})</li>`)}</ul>`,
    deadlineCell(c.drivingDeadline, asOf),
    decisionCell(c.decision, c.hidden),
  ]),
})}`,
  });
}

function filterForm(data: ListData, filters: Filters, asOf: LocalDate): Html {
  const option = (value: string, label: string, selected: string | null) => html`<option value="${value}"${value === (selected ?? "") ? html` selected` : ""}>${label}</option>`;
  const municipalities = data.municipalities?.nodes ?? [];
  return html`<form method="get" action="/rekommendationer" class="filters no-print">
<div class="field"><label for="f-asOf">Datum</label><input type="date" id="f-asOf" name="asOf" value="${asOf}"></div>
<div class="field"><label for="f-kommun">Kommun</label><select id="f-kommun" name="kommun">${option("", "Alla kommuner", filters.municipality)}${municipalities.map((m) => option(m.code, m.name, filters.municipality))}</select></div>
<div class="field"><label for="f-kategori">Verksamhetsområde</label><select id="f-kategori" name="kategori">${option("", "Alla områden", filters.category)}${CATEGORIES.map((c) => option(c, capitalized(CATEGORY_NAMES[c]), filters.category))}</select></div>
<div class="field"><label for="f-utlosare">Utlösare</label><select id="f-utlosare" name="utlosare">${option("", "Alla utlösare", filters.trigger)}${TRIGGERS.map((t) => option(t, TRIGGER_NAMES[t], filters.trigger))}</select></div>
<div class="field"><label for="f-ordning">Sortera efter</label><select id="f-ordning" name="ordning">${option("poang", "Poäng", filters.order)}${option("tidsgrans", "Tidsgräns", filters.order)}</select></div>
<div class="field"><label class="choice"><input type="checkbox" name="dolda" value="1"${filters.hidden ? html` checked` : ""}> Visa även dolda (avvisade eller uppskjutna)</label></div>
<button type="submit">Visa</button>
</form>`;
}

function subjectOf(c: ListCandidate): string {
  if (c.kind === "CATEGORY") return capitalized(CATEGORY_NAMES[c.category] ?? c.category);
  return c.proposedApplication?.name ?? capitalized(CATEGORY_NAMES[c.category] ?? c.category);
}

/** A deadline, marked as passed ("Passerad") when it lies before `asOf`. */
function deadlineCell(date: LocalDate | null, asOf: LocalDate): HtmlValue {
  if (!date) return "–";
  return date < asOf ? html`${formatLongDate(date)} <strong class="overdue">(${TERMS.overdue.toLowerCase()})</strong>` : formatLongDate(date);
}

function decisionCell(decision: Decision | null, hidden: boolean): HtmlValue {
  if (!decision) return TERMS.noDecision;
  const name = DECISION_NAMES[decision.status] ?? decision.status;
  const until = decision.status === "DEFERRED" && decision.deferredUntil ? ` till ${formatLongDate(decision.deferredUntil)}` : "";
  return html`${name}${until} (${formatLongDate(decision.decidedOn)})${hidden ? html`<br><span class="muted">dolt</span>` : ""}`;
}

interface FormError {
  field: string | null;
  message: string;
}
interface FormState {
  formToken: string | null;
  notice: string | null;
  errors: FormError[];
  values: { status?: string | null; reason?: string | null; deferredUntil?: string | null };
}

const MAX_REASON = 2000;

function text(value: unknown): string | null {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : null;
}

/** The form's own checks, in Swedish, before anything is sent to the API. */
function checkForm(values: FormState["values"], today: LocalDate): FormError[] {
  const errors: FormError[] = [];
  if (!values.status || !(DECISIONS as readonly string[]).includes(values.status)) errors.push({ field: "status", message: "Välj ett beslut: godkänt, avvisat eller uppskjutet." });
  if (!values.reason) errors.push({ field: "reason", message: "Skriv en motivering." });
  else if (values.reason.length > MAX_REASON) errors.push({ field: "reason", message: `Motiveringen får vara högst ${formatInteger(MAX_REASON)} tecken.` });
  if (values.status === "DEFERRED") {
    if (!values.deferredUntil) errors.push({ field: "deferredUntil", message: "Ett uppskjutet beslut behöver ett datum som det gäller till." });
    else if (!isLocalDate(values.deferredUntil)) errors.push({ field: "deferredUntil", message: BAD_DATE_MESSAGE });
    else if (values.deferredUntil <= today) errors.push({ field: "deferredUntil", message: `Datumet måste ligga efter i dag (${formatLongDate(today)}).` });
  }
  return errors;
}

/** The API's user errors (English messages) in Swedish, by field and code. */
function swedishError(error: { field: string[] | null; code: string; message: string }): FormError {
  const field = error.field?.[error.field.length - 1] ?? null;
  if (field === "candidateId") return { field: null, message: "Förslaget finns inte längre i dagens utvärdering: deltagarna eller underlaget har ändrats. Ladda om sidan." };
  if (field === "reason") return { field, message: error.code === "TOO_LONG" ? `Motiveringen får vara högst ${formatInteger(MAX_REASON)} tecken.` : "Skriv en motivering." };
  if (field === "deferredUntil") return { field, message: "Ange ett datum efter i dag som beslutet gäller till." };
  return { field, message: "Beslutet kunde inte sparas. Kontrollera uppgifterna och försök igen." };
}

function candidatePage(c: FullCandidate, asOf: LocalDate, today: LocalDate, chrome: Chrome, form: FormState): string {
  const when = formatLongDate(asOf);
  const subject = subjectOf(c);
  const window = c.transitionWindow;
  return page({
    title: `${form.errors.length ? "Fel: " : ""}${TERMS.candidate}: ${subject} – Samverkan`,
    header: pageHeader(chrome),
    css: `${CHROME_CSS}\n${PAGE_CSS}\n${RECOMMENDATIONS_CSS}`,
    body: html`<p class="no-print"><a href="/rekommendationer${asOf === today ? "" : `?asOf=${asOf}`}">← Alla rekommendationer</a></p>
<h1>${TERMS.candidate}: ${subject}</h1>
${form.notice ? html`<p class="notice" role="status">${form.notice}</p>` : ""}
<p>${c.summary}</p>
<p class="muted">Utvärderat den ${when}${asOf === today ? " (i dag)" : ""}.${c.hidden ? " Förslaget är dolt av sitt senaste beslut." : ""}</p>
<dl class="facts">
<dt>${TERMS.score}</dt><dd>${formatInteger(c.score)}</dd>
<dt>Typ</dt><dd>${CANDIDATE_KIND_NAMES[c.kind] ?? c.kind}</dd>
<dt>Verksamhetsområde</dt><dd>${capitalized(CATEGORY_NAMES[c.category] ?? c.category)}</dd>
<dt>${TERMS.participants}</dt><dd>${c.participants.map((p) => p.name).join(", ")}${c.joiningMunicipalities.length ? html`<br><span class="muted">ansluter: ${c.joiningMunicipalities.map((m) => m.name).join(", ")}</span>` : ""}</dd>
${c.collaboration ? html`<dt>Befintlig samverkan</dt><dd><a href="${systemPath(c.collaboration.id, asOf, today)}">${c.collaboration.name}</a></dd>` : ""}
<dt>Nuvarande nivå</dt><dd>${c.currentLevel ? levelBadge(c.currentLevel) : "Ingen samverkan"}</dd>
<dt>${TERMS.proposedLevel}</dt><dd>${levelBadge(c.targetLevel)}<br><span class="muted">${c.targetLevelReason}</span></dd>
<dt>${TERMS.proposedProduct}</dt><dd>${c.proposedApplication?.name ?? "–"}${c.proposalReason ? html`<br><span class="muted">${c.proposalReason}</span>` : ""}${c.applications.length > 1 ? html`<br><span class="muted">i dag: ${c.applications.map((a) => a.name).join(", ")}</span>` : ""}</dd>
<dt>${TERMS.deadline}</dt><dd>${deadlineCell(c.drivingDeadline, asOf)}${c.drivingAgreement ? html`<br><span class="muted">${c.drivingAgreement.name}</span>` : ""}</dd>
<dt>${TERMS.annualCost}</dt><dd>${c.combinedAnnualCostOre === null ? "Okänd" : formatKronor(c.combinedAnnualCostOre)}</dd>
<dt>${TERMS.transitionWindow}</dt><dd>${window ? windowText(window) : "–"}</dd>
<dt>${TERMS.decision}</dt><dd>${decisionCell(c.decisionHistory.at(-1) ?? null, c.hidden)}</dd>
</dl>
<h2 id="utlosare">Utlösare och underlag</h2>
${c.contributions.map(
  (t, i) => html`<section class="contribution" aria-labelledby="utlosare-${i}">
<h3 id="utlosare-${i}">${TRIGGER_NAMES[t.trigger] ?? t.trigger}: ${formatInteger(t.points)} av ${formatInteger(t.weight)} poäng</h3>
<p>${t.explanation}</p>
${table({
  caption: `${TERMS.evidence} för ”${TRIGGER_NAMES[t.trigger] ?? t.trigger}”`,
  className: "evidence",
  stack: true,
  columns: [{ header: "Objekt" }, { header: "Typ" }, { header: "Värden" }, { header: "Senast ändrat" }],
  rows: t.evidence.map((e) => [
    e.objectType === "Collaboration" ? html`<a href="${systemPath(e.objectId, asOf, today)}">${e.label}</a>` : e.label,
    OBJECT_TYPES[e.objectType] ?? e.objectType,
    e.detail,
    e.lastChangedOn ? formatLongDate(e.lastChangedOn) : "–",
  ]),
})}
</section>`,
)}
<h2 id="forklaring">Förklaring</h2>
<ul>${c.explanation.map((line) => html`<li>${line}</li>`)}</ul>
<h2 id="kostnad">Kostnad i dag och fördelning</h2>
${costSection(c)}
<h2 id="beslut">Beslut</h2>
${c.changesSinceDecision.length ? html`<p>Ändrat sedan senaste beslutet:</p><ul>${c.changesSinceDecision.map((line) => html`<li>${line}</li>`)}</ul>` : ""}
${table({
  caption: "Beslut om förslaget, äldst först",
  stack: true,
  columns: [{ header: "Datum" }, { header: TERMS.decision }, { header: "Gäller till" }, { header: "Motivering" }, { header: "Beslutat av" }],
  empty: "Inga beslut ännu.",
  rows: c.decisionHistory.map((d) => [formatLongDate(d.decidedOn), DECISION_NAMES[d.status] ?? d.status, d.deferredUntil ? formatLongDate(d.deferredUntil) : "–", d.reason, d.decidedBy]),
})}
${followUpSection(c)}
${decisionForm(c, asOf, today, form)}`,
  });
}

/**
 * Nyttorealisering: for each accepted decision, what was expected beside the measures at the
 * decision and, once each date has come, at +12 and +24 months; a cost per inhabitant that rose is named.
 */
function followUpSection(c: FullCandidate): Html | string {
  const accepted = c.decisionHistory.filter((d) => d.followUp !== null);
  if (accepted.length === 0) return "";
  return html`<h2 id="nyttorealisering">Nyttorealisering</h2>
<p>Ett godkänt beslut följs upp 12 och 24 månader efter beslutet: förväntade effekter bredvid värdena ur de daterade uppgifterna.</p>
${accepted.map((d) => {
  const f = d.followUp!;
  const e = d.expectedEffects;
  const rose = f.points.filter((p) => p.costRose);
  return html`${followUpTable(
    {
      expected: e && { costPerInhabitantOre: e.expectedCostPerInhabitantOre, levelOrdinal: e.expectedLevel, competenceRiskScore: e.expectedCompetenceRiskScore, productCount: e.expectedProductCount },
      atDecision: f.atDecision,
      points: f.points.map((p) => ({ monthsAfter: p.monthsAfter, date: p.date, realised: p.reached ? p.realised : null, costRose: p.costRose })),
    },
    `Förväntat och utfall för beslutet ${formatLongDate(d.decidedOn)}`,
    { stack: true },
  )}
${e ? "" : html`<p class="muted">Inga förväntade effekter registrerades för beslutet.</p>`}
${rose.length ? html`<p class="warn">Kostnaden per invånare har ökat sedan beslutet (${rose.map((p) => `+${p.monthsAfter} månader`).join(", ")}).</p>` : ""}`;
})}`;
}

const OBJECT_TYPES: Readonly<Record<string, string>> = { Agreement: "Avtal", ApplicationUsage: "Användning", Collaboration: "Samverkan" };

function windowText(w: NonNullable<FullCandidate["transitionWindow"]>): Html {
  const range = w.start
    ? html`${formatLongDate(w.start)} – ${w.end ? formatLongDate(w.end) : "tills vidare"} (${formatInteger(w.lengthDays)} dagar)`
    : html`Inget fönster utan förändringsstopp inom fem år`;
  return html`${range}<br><span class="muted">beslut ${formatLongDate(w.decisionOn)}, upphandlingstid ${formatInteger(w.procurementLeadTimeMonths)} månader, tidigast ${formatLongDate(w.earliestStart)}${w.avoidedFreezes.length ? `; undviker ${w.avoidedFreezes.join(", ")}` : ""}</span>`;
}

function costSection(c: FullCandidate): Html {
  if (c.combinedAnnualCostOre === null) return html`<p>Deltagarnas kostnad för systemen är inte känd.</p>`;
  const split = c.costSplit;
  return html`<p>Deltagarnas sammanlagda årskostnad i dag: <strong>${formatKronor(c.combinedAnnualCostOre)}</strong>.</p>
${
  split
    ? table({
        caption: `${TERMS.costSplit} (förhandsvisning)`,
        stack: true,
        columns: [{ header: "Kommun" }, { header: "Folkmängd", numeric: true }, { header: "Andel per år", numeric: true }],
        rows: split.map((s) => [s.municipality?.name ?? "–", formatInteger(s.population), formatKronor(s.amountOre)]),
      })
    : html`<p class="muted">Fördelningen kan inte visas: en folkmängd saknas.</p>`
}`;
}

function decisionForm(c: FullCandidate, asOf: LocalDate, today: LocalDate, form: FormState): Html {
  if (asOf !== today) return html`<p class="muted">Beslut fattas om förslaget som det ser ut i dag: <a href="${candidatePath(c.id, today, today)}">öppna dagens version</a>.</p>`;
  if (!c.viewerCanDecide) return html`<p class="muted">Din token får läsa förslaget men inte besluta om det (administratörer, och redaktörer vars kommun deltar, får besluta).</p>`;
  const errorOf = (field: string) => form.errors.find((e) => e.field === field)?.message ?? null;
  const invalid = (field: string) => (errorOf(field) ? html` aria-invalid="true" aria-describedby="${field}-error"` : "");
  const errorText = (field: string) => (errorOf(field) ? html`<p id="${field}-error" class="error">${errorOf(field)}</p>` : "");
  return html`<form method="post" action="/rekommendationer/${encodeURIComponent(c.id)}/beslut" class="no-print decide" novalidate>
<h3>Besluta om förslaget</h3>
${form.errors.length ? html`<div role="alert"><p class="error">Beslutet sparades inte:</p><ul>${form.errors.map((e) => html`<li class="error">${e.message}</li>`)}</ul></div>` : ""}
${form.formToken ? html`<input type="hidden" name="formToken" value="${form.formToken}">` : ""}
<fieldset${errorOf("status") ? html` aria-describedby="status-error"` : ""}>
<legend>${TERMS.decision}</legend>
${DECISIONS.map((d) => html`<label class="choice"><input type="radio" name="status" value="${d}"${form.values.status === d ? html` checked` : ""}> ${DECISION_NAMES[d]}</label>`)}
${errorText("status")}
</fieldset>
<div class="field">
<label for="deferredUntil">Uppskjutet till (bara för uppskjutet)</label>
<input type="date" id="deferredUntil" name="deferredUntil" value="${form.values.deferredUntil ?? ""}"${invalid("deferredUntil")}>
${errorText("deferredUntil")}
</div>
<div class="field">
<label for="reason">Motivering</label>
<textarea id="reason" name="reason" maxlength="${MAX_REASON}"${invalid("reason")}>${form.values.reason ?? ""}</textarea>
${errorText("reason")}
</div>
<button type="submit">Spara beslut</button>
</form>`;
}
