import type { FastifyInstance, FastifyReply } from "fastify";
import { Role } from "../access/roles";
import type { Viewer } from "../access/viewer";
import { isLocalDate, type LocalDate } from "../common/dates";
import { capitalized, TERMS } from "../common/vocabulary";
import { CATEGORY_NAMES, PHASE_NAMES } from "../recommendations/explain";
import { formatInteger, formatKronor, formatLongDate } from "../render/format";
import { html, type Html, type HtmlValue } from "../render/html";
import { page } from "../render/layout";
import { levelBadge } from "../render/levels";
import { table } from "../render/table";
import { acceptForms } from "./auth";
import { CHROME_CSS, pageHeader, sendPage, type Chrome } from "./chrome";
import { municipalityPath, needPath, systemPath } from "./links";
import { chromeOf, type PageDeps, PAGE_CSS, sendMessage, sendQueryFailure, todayOf, viewerOrSignIn } from "./page-kit";

/**
 * Behovsanmälan (`/behov`): register a need before money is spent (business area, needed by, short
 * description, budget frame) and see at once "Finns det redan?" (`/behov/<id>`): who runs what in
 * the area, at which level, fit, users and cost, under which agreements and deadlines, and the
 * options with their window and cost split; then record the choice. Every query and mutation runs
 * as the signed-in viewer (`needRegister`, `needChoose`), the forms carry the session's form token.
 */

export const NEEDS_QUERY = /* GraphQL */ `
  query NeedsPage {
    viewer { role municipality { code name } }
    categories: vocabularyTerms(vocabulary: APPLICATION_CATEGORY) { code name }
    needs: needRegistrations(last: 50) {
      totalCount
      nodes { id category: categoryCode neededBy description registeredOn municipality { code name } choice { summary decidedOn } }
    }
  }
`;

export const NEED_QUERY = /* GraphQL */ `
  query NeedPage($id: ID!) {
    categories: vocabularyTerms(vocabulary: APPLICATION_CATEGORY) { code name }
    need: node(id: $id) {
      ... on NeedRegistration {
        id category: categoryCode neededBy description budgetFrameOre registeredOn registeredBy viewerCanChoose
        municipality { code name }
        answer {
          asOf summary
          matches {
            inSameBody lifecyclePhase functionalFit technicalFit userCount annualCostOre
            municipality { code name } application { name } collaboration { id name } level { ordinal name }
            agreements { name decisionDeadline nearNeed }
          }
          deadlinesNearNeed { name decisionDeadline noticeDeadline currentTermEnd }
          options {
            key kind summary meetsNeededBy annualCostOre
            window { decisionOn procurementLeadTimeMonths earliestStart start end lengthDays avoidedFreezes }
            costSplit { municipality { name } population amountOre }
          }
        }
        choice { kind summary reason decidedOn decidedBy window { start end } }
      }
    }
  }
`;

const MUNICIPALITY_QUERY = /* GraphQL */ `
  query NeedMunicipality($code: String!) { municipality(code: $code) { id } }
`;

export const REGISTER_MUTATION = /* GraphQL */ `
  mutation NeedRegisterFromPage($input: NeedRegisterInput!) {
    needRegister(input: $input) { needRegistration { id } userErrors { field message code } }
  }
`;

export const CHOOSE_MUTATION = /* GraphQL */ `
  mutation NeedChooseFromPage($input: NeedChooseInput!) {
    needChoose(input: $input) { needRegistration { id } userErrors { field message code } }
  }
`;

interface Term {
  code: string;
  name: string;
}
interface Named {
  name: string;
}
interface Place {
  code: string;
  name: string;
}
interface ListData {
  categories: Term[] | null;
  viewer: { role: Role; municipality: Place | null } | null;
  needs: {
    totalCount: number;
    nodes: { id: string; category: string; neededBy: LocalDate; description: string; registeredOn: LocalDate; municipality: Place | null; choice: { summary: string; decidedOn: LocalDate } | null }[];
  } | null;
}
interface Window {
  decisionOn: LocalDate;
  procurementLeadTimeMonths: number;
  earliestStart: LocalDate;
  start: LocalDate | null;
  end: LocalDate | null;
  lengthDays: number;
  avoidedFreezes: string[];
}
interface Need {
  id: string;
  category: string;
  neededBy: LocalDate;
  description: string;
  budgetFrameOre: number | null;
  registeredOn: LocalDate;
  registeredBy: string;
  viewerCanChoose: boolean;
  municipality: Place | null;
  answer: {
    asOf: LocalDate;
    summary: string;
    matches: {
      inSameBody: boolean;
      lifecyclePhase: string;
      functionalFit: number | null;
      technicalFit: number | null;
      userCount: number | null;
      annualCostOre: number | null;
      municipality: Place | null;
      application: Named | null;
      collaboration: { id: string; name: string } | null;
      level: { ordinal: number; name: string } | null;
      agreements: { name: string; decisionDeadline: LocalDate; nearNeed: boolean }[];
    }[];
    deadlinesNearNeed: { name: string; decisionDeadline: LocalDate; noticeDeadline: LocalDate; currentTermEnd: LocalDate }[];
    options: {
      key: string;
      kind: string;
      summary: string;
      meetsNeededBy: boolean;
      annualCostOre: number | null;
      window: Window;
      costSplit: { municipality: Named | null; population: number | null; amountOre: number }[] | null;
    }[];
  } | null;
  choice: { kind: string; summary: string; reason: string; decidedOn: LocalDate; decidedBy: string; window: { start: LocalDate | null; end: LocalDate | null } } | null;
}

type NeedOption = NonNullable<Need["answer"]>["options"][number];

interface FormError {
  field: string | null;
  message: string;
}
interface FormState {
  formToken: string | null;
  notice: string | null;
  errors: FormError[];
  values: Record<string, string | null>;
}

const OPTION_NAMES: Readonly<Record<string, string>> = {
  JOIN_COLLABORATION: "Gå med i befintlig samverkan",
  PROCURE_TOGETHER: "Upphandla tillsammans",
  GO_ALONE: "Gå ensam",
};
const MAX_DESCRIPTION = 2000;
const MAX_REASON = 2000;
/** The largest budget frame the form takes, in kronor (the API's öre stay a safe integer). */
const MAX_BUDGET_KRONOR = 10_000_000_000;

const NEEDS_CSS = `
.needs td ul,.matches td ul{margin:0;padding-left:1.1rem}
.option{border-left:4px solid #aeb6bf;padding-left:.75rem;margin:1rem 0}
`.trim();

const text = (value: unknown): string | null => (typeof value === "string" && value.trim() !== "" ? value.trim() : null);

export function registerNeedPages(app: FastifyInstance, deps: PageDeps): void {
  app.get("/behov", async (request, reply) => {
    const viewer = await viewerOrSignIn(deps, request, reply);
    if (!viewer) return reply;
    const chrome = chromeOf(deps, viewer, request);
    return listRoute(reply, viewer, chrome, { formToken: deps.auth.formTokenOf(request), notice: null, errors: [], values: {} });
  });

  app.get("/behov/:id", async (request, reply) => {
    const viewer = await viewerOrSignIn(deps, request, reply);
    if (!viewer) return reply;
    const chrome = chromeOf(deps, viewer, request);
    const query = request.query as Record<string, unknown>;
    const notice =
      query.registrerat !== undefined ? "Behovet är anmält. Svaret nedan visar vad som redan finns." : query.valt !== undefined ? "Valet är sparat och de andra medlemmarna har fått besked." : null;
    return needRoute(reply, viewer, chrome, (request.params as { id: string }).id, { formToken: deps.auth.formTokenOf(request), notice, errors: [], values: {} });
  });

  // Only this scope reads form posts.
  app.register(async (scope) => {
    acceptForms(scope);

    scope.post("/behov", async (request, reply) => {
      const body = (request.body ?? {}) as Record<string, unknown>;
      const { viewer, forged } = await deps.auth.formViewerOf(request, body.formToken);
      const chrome: Chrome = { viewer, explorer: deps.explorer, path: "/behov" };
      if (forged) return sendForged(reply, chrome, "Öppna sidan Behov igen och skicka formuläret därifrån.");
      if (!viewer) return reply.header("cache-control", "no-store").redirect(`/signin?next=${encodeURIComponent("/behov")}`, 303);
      if (viewer.role === Role.READER) return sendMessage(reply, 403, chrome, "Ingen behörighet", "Din token får läsa behoven men inte anmäla nya.");
      const values = { municipality: text(body.municipality), category: text(body.category), neededBy: text(body.neededBy), description: text(body.description), budget: text(body.budget) };
      const again = (errors: FormError[]) => listRoute(reply, viewer, chrome, { formToken: deps.auth.formTokenOf(request) ?? text(body.formToken), notice: null, errors, values }, 400);
      const errors = checkNeedForm(values, todayOf(deps));
      if (errors.length) return again(errors);
      const found = await deps.runQuery(viewer, MUNICIPALITY_QUERY, { code: values.municipality });
      const municipalityId = (found.data as { municipality: { id: string } | null } | undefined)?.municipality?.id;
      if (!municipalityId) return again([{ field: "municipality", message: `Ingen kommun har koden ”${values.municipality}”.` }]);
      const input = {
        municipalityId,
        categoryCode: values.category,
        neededBy: values.neededBy,
        description: values.description,
        budgetFrameOre: values.budget === null ? null : Number(values.budget.replace(/\s/g, "")) * 100,
      };
      const result = await deps.runQuery(viewer, REGISTER_MUTATION, { input });
      if (result.errors?.some((e) => e.extensions?.code === "FORBIDDEN")) return again([{ field: "municipality", message: "Din token får bara anmäla behov för sin egen kommun." }]);
      const payload = (result.data as { needRegister: { needRegistration: { id: string } | null; userErrors: ApiError[] } | null } | undefined)?.needRegister;
      if (result.errors?.length || !payload) return sendQueryFailure(reply, chrome, result.errors, "eller anmäla behov");
      if (payload.userErrors.length || !payload.needRegistration) return again(payload.userErrors.map(swedishNeedError));
      return reply.header("cache-control", "no-store").redirect(`${needPath(payload.needRegistration.id)}?registrerat`, 303);
    });

    scope.post("/behov/:id/val", async (request, reply) => {
      const body = (request.body ?? {}) as Record<string, unknown>;
      const id = (request.params as { id: string }).id;
      const { viewer, forged } = await deps.auth.formViewerOf(request, body.formToken);
      const chrome: Chrome = { viewer, explorer: deps.explorer, path: needPath(id) };
      if (forged) return sendForged(reply, chrome, "Öppna behovet igen och skicka formuläret därifrån.");
      if (!viewer) return reply.header("cache-control", "no-store").redirect(`/signin?next=${encodeURIComponent(needPath(id))}`, 303);
      const values = { optionKey: text(body.optionKey), reason: text(body.reason) };
      const again = (errors: FormError[]) => needRoute(reply, viewer, chrome, id, { formToken: deps.auth.formTokenOf(request) ?? text(body.formToken), notice: null, errors, values }, 400);
      const errors: FormError[] = [];
      if (!values.optionKey) errors.push({ field: "optionKey", message: "Välj ett alternativ." });
      if (!values.reason) errors.push({ field: "reason", message: "Skriv en motivering." });
      else if (values.reason.length > MAX_REASON) errors.push({ field: "reason", message: `Motiveringen får vara högst ${formatInteger(MAX_REASON)} tecken.` });
      if (errors.length) return again(errors);
      const result = await deps.runQuery(viewer, CHOOSE_MUTATION, { input: { needId: id, optionKey: values.optionKey, reason: values.reason } });
      if (result.errors?.some((e) => e.extensions?.code === "FORBIDDEN")) return sendMessage(reply, 403, chrome, "Ingen behörighet", "Din token får läsa behovet men inte välja alternativ för det.");
      const payload = (result.data as { needChoose: { userErrors: ApiError[] } | null } | undefined)?.needChoose;
      if (result.errors?.length || !payload) return sendQueryFailure(reply, chrome, result.errors, "eller välja alternativ för behovet");
      if (payload.userErrors.length) return again(payload.userErrors.map(swedishChoiceError));
      return reply.header("cache-control", "no-store").redirect(`${needPath(id)}?valt`, 303);
    });
  });

  async function listRoute(reply: FastifyReply, viewer: Viewer, chrome: Chrome, form: FormState, status = 200) {
    const result = await deps.runQuery(viewer, NEEDS_QUERY, {});
    const data = result.data as ListData | undefined;
    if (result.errors?.length || !data?.needs) return sendQueryFailure(reply, chrome, result.errors, "behovsanmälningarna");
    return sendPage(reply, status, listPage(data, viewer, todayOf(deps), chrome, form));
  }

  async function needRoute(reply: FastifyReply, viewer: Viewer, chrome: Chrome, id: string, form: FormState, status = 200) {
    const result = await deps.runQuery(viewer, NEED_QUERY, { id });
    const data = result.data as { need: Need | null; categories: Term[] | null } | undefined;
    const need = data?.need;
    const notFound = result.errors?.some((e) => e.extensions?.code === "BAD_USER_INPUT" || e.extensions?.code === "NOT_FOUND");
    if (notFound || (!result.errors?.length && !need?.answer)) {
      return sendMessage(reply, 404, chrome, "Behovet finns inte", html`Det finns ingen sådan behovsanmälan. <a href="/behov">Se alla behov</a>.`);
    }
    if (result.errors?.length || !need) return sendQueryFailure(reply, chrome, result.errors, "behovsanmälan");
    return sendPage(reply, status, needPage(need, data?.categories ?? null, chrome, form));
  }
}

type ApiError = { field: string[] | null; code: string; message: string };

function sendForged(reply: FastifyReply, chrome: Chrome, what: string): FastifyReply {
  return sendMessage(reply, 403, chrome, "Otillåten begäran", `Formuläret kom inte från en av Samverkans egna sidor och togs inte emot. ${what}`);
}

/** The registration form's own checks, in Swedish, before anything is sent to the API. */
function checkNeedForm(values: FormState["values"], today: LocalDate): FormError[] {
  const errors: FormError[] = [];
  if (!values.municipality || !/^\d{4}$/.test(values.municipality)) errors.push({ field: "municipality", message: "Ange kommunen med dess fyrsiffriga kommunkod, till exempel 1460." });
  if (!values.category || !/^[A-Z][A-Z0-9_]{1,19}$/.test(values.category)) errors.push({ field: "category", message: "Välj ett verksamhetsområde." });
  if (!values.neededBy) errors.push({ field: "neededBy", message: "Ange när behovet måste vara uppfyllt." });
  else if (!isLocalDate(values.neededBy)) errors.push({ field: "neededBy", message: "Ange datumet som ÅÅÅÅ-MM-DD, till exempel 2027-06-30." });
  else if (values.neededBy < today) errors.push({ field: "neededBy", message: `Datumet får inte ligga före i dag (${formatLongDate(today)}).` });
  if (!values.description) errors.push({ field: "description", message: "Beskriv behovet kort." });
  else if (values.description.length > MAX_DESCRIPTION) errors.push({ field: "description", message: `Beskrivningen får vara högst ${formatInteger(MAX_DESCRIPTION)} tecken.` });
  if (values.budget !== null) {
    const kronor = values.budget.replace(/\s/g, "");
    if (!/^\d+$/.test(kronor) || Number(kronor) > MAX_BUDGET_KRONOR) errors.push({ field: "budget", message: "Ange budgetramen i hela kronor per år, till exempel 150000." });
  }
  return errors;
}

const FORM_FIELDS: Readonly<Record<string, string>> = {
  municipalityId: "municipality",
  category: "category",
  categoryCode: "category",
  neededBy: "neededBy",
  description: "description",
  budgetFrameOre: "budget",
};

/** The API's user errors on a registration, in Swedish, on the form's fields. */
function swedishNeedError(error: ApiError): FormError {
  const field = FORM_FIELDS[error.field?.at(-1) ?? ""] ?? null;
  const messages: Record<string, string> = {
    municipality: "Kommunen finns inte.",
    neededBy: "Datumet får inte ligga före i dag.",
    description: `Beskriv behovet kort, högst ${formatInteger(MAX_DESCRIPTION)} tecken.`,
    budget: "Ange budgetramen i hela kronor per år.",
    category: "Välj ett verksamhetsområde.",
  };
  return { field, message: (field && messages[field]) ?? "Behovet kunde inte anmälas. Kontrollera uppgifterna och försök igen." };
}

/** The API's user errors on a choice, in Swedish. */
function swedishChoiceError(error: ApiError): FormError {
  const field = error.field?.at(-1) ?? null;
  if (field === "optionKey") return { field, message: "Alternativet finns inte längre i dagens svar: ladda om sidan och välj igen." };
  if (field === "reason") return { field, message: `Skriv en motivering, högst ${formatInteger(MAX_REASON)} tecken.` };
  if (error.code === "CONFLICT" || error.code === "DUPLICATE") return { field: null, message: "Ett alternativ är redan valt för behovet." };
  return { field: null, message: "Valet kunde inte sparas. Kontrollera uppgifterna och försök igen." };
}

/** The business areas' Swedish names: the pages' own for today's categories, the vocabulary's for those added since. */
function areaNames(categories: readonly Term[] | null): (code: string) => string {
  const names = new Map((categories ?? []).map((t) => [t.code, t.name]));
  return (code) => capitalized(CATEGORY_NAMES[code] ?? names.get(code) ?? code);
}

function errorHelpers(form: FormState) {
  const errorOf = (field: string) => form.errors.find((e) => e.field === field)?.message ?? null;
  return {
    invalid: (field: string) => (errorOf(field) ? html` aria-invalid="true" aria-describedby="${field}-error"` : ""),
    errorText: (field: string) => (errorOf(field) ? html`<p id="${field}-error" class="error">${errorOf(field)}</p>` : ""),
    summary: (what: string) => (form.errors.length ? html`<div role="alert"><p class="error">${what}</p><ul>${form.errors.map((e) => html`<li class="error">${e.message}</li>`)}</ul></div>` : ""),
  };
}

function listPage(data: ListData, viewer: Viewer, today: LocalDate, chrome: Chrome, form: FormState): string {
  const areaName = areaNames(data.categories);
  const needs = [...(data.needs?.nodes ?? [])].reverse();
  const total = data.needs?.totalCount ?? needs.length;
  return page({
    title: `${form.errors.length ? "Fel: " : ""}Behov – Samverkan`,
    header: pageHeader(chrome),
    css: `${CHROME_CSS}\n${PAGE_CSS}\n${NEEDS_CSS}`,
    body: html`<h1>Behov: finns det redan?</h1>
<p>Anmäl ett behov innan pengar läggs (behovsanmälan): Samverkan svarar direkt med vilka kommuner som redan har ett system inom verksamhetsområdet, på vilken samverkansnivå, hur väl det fungerar, vad det kostar och under vilka avtal, och vilka alternativ som finns.</p>
${registerForm(data, viewer, today, form)}
<h2 id="anmalda">Anmälda behov</h2>
${table({
  caption: `Anmälda behov, senast anmälda först${total > needs.length ? ` (de ${needs.length} senaste av ${total})` : ""}`,
  className: "needs",
  stack: true,
  columns: [{ header: "Behov" }, { header: "Kommun" }, { header: "Verksamhetsområde" }, { header: "Behövs senast" }, { header: "Anmält" }, { header: "Valt alternativ" }],
  empty: "Inga behov är anmälda ännu.",
  rows: needs.map((n) => [
    html`<a href="${needPath(n.id)}">${n.description.length > 80 ? `${n.description.slice(0, 80)}…` : n.description}</a>`,
    n.municipality?.name ?? "–",
    areaName(n.category),
    formatLongDate(n.neededBy),
    formatLongDate(n.registeredOn),
    n.choice ? html`${n.choice.summary} <span class="muted">(${formatLongDate(n.choice.decidedOn)})</span>` : "Inget val ännu",
  ]),
})}`,
  });
}

function registerForm(data: ListData, viewer: Viewer, today: LocalDate, form: FormState): Html {
  if (viewer.role === Role.READER) return html`<p class="notice">Din token får läsa behoven men inte anmäla nya (administratörer och redaktörer får anmäla behov för sin kommun).</p>`;
  const own = data.viewer?.municipality ?? null;
  const { invalid, errorText, summary } = errorHelpers(form);
  const value = (field: string, fallback = "") => form.values[field] ?? fallback;
  const areaName = areaNames(data.categories);
  const option = (code: string) => html`<option value="${code}"${value("category") === code ? html` selected` : ""}>${areaName(code)}</option>`;
  return html`<form method="post" action="/behov" class="no-print register" novalidate>
<h2 id="anmal">Anmäl ett behov</h2>
${summary("Behovet anmäldes inte:")}
${form.formToken ? html`<input type="hidden" name="formToken" value="${form.formToken}">` : ""}
<div class="field">
<label for="municipality">Kommun (kommunkod)</label>
<input type="text" id="municipality" name="municipality" inputmode="numeric" autocomplete="off" value="${value("municipality", own?.code ?? "")}"${invalid("municipality")}>
${own && viewer.role === Role.EDITOR ? html`<p class="muted">Din token anmäler behov för ${own.name} (${own.code}).</p>` : ""}
${errorText("municipality")}
</div>
<div class="field">
<label for="category">Verksamhetsområde</label>
<select id="category" name="category"${invalid("category")}><option value="">Välj område</option>${(data.categories ?? []).map((t) => option(t.code))}</select>
${errorText("category")}
</div>
<div class="field">
<label for="neededBy">Behövs senast</label>
<input type="date" id="neededBy" name="neededBy" min="${today}" value="${value("neededBy")}"${invalid("neededBy")}>
${errorText("neededBy")}
</div>
<div class="field">
<label for="description">Kort beskrivning</label>
<textarea id="description" name="description" maxlength="${MAX_DESCRIPTION}"${invalid("description")}>${value("description")}</textarea>
${errorText("description")}
</div>
<div class="field">
<label for="budget">Budgetram, kronor per år (frivillig)</label>
<input type="text" id="budget" name="budget" inputmode="numeric" autocomplete="off" value="${value("budget")}"${invalid("budget")}>
${errorText("budget")}
</div>
<button type="submit">Anmäl behov</button>
</form>`;
}

function fitText(functional: number | null, technical: number | null): string {
  if (functional === null && technical === null) return "–";
  return `funktionell ${functional ?? "–"}, teknisk ${technical ?? "–"} (av 4)`;
}

function windowText(w: Window): Html {
  const range = w.start ? html`${formatLongDate(w.start)} – ${w.end ? formatLongDate(w.end) : "tills vidare"}` : html`Inget fönster utan förändringsstopp inom fem år`;
  return html`${range}<br><span class="muted">tidigast ${formatLongDate(w.earliestStart)} (ledtid ${formatInteger(w.procurementLeadTimeMonths)} månader)${w.avoidedFreezes.length ? `; undviker ${w.avoidedFreezes.join(", ")}` : ""}</span>`;
}

function needPage(need: Need, categories: readonly Term[] | null, chrome: Chrome, form: FormState): string {
  const answer = need.answer!;
  const area = areaNames(categories)(need.category);
  const where = need.municipality?.name ?? "";
  return page({
    title: `${form.errors.length ? "Fel: " : ""}Behov: ${area} i ${where} – Samverkan`,
    header: pageHeader(chrome),
    css: `${CHROME_CSS}\n${PAGE_CSS}\n${NEEDS_CSS}`,
    body: html`<p class="no-print"><a href="/behov">← Alla behov</a></p>
<h1>Behov: ${area} i ${where}</h1>
${form.notice ? html`<p class="notice" role="status">${form.notice}</p>` : ""}
<p>${need.description}</p>
<dl class="facts">
<dt>Kommun</dt><dd>${need.municipality ? html`<a href="${municipalityPath(need.municipality.code)}">${need.municipality.name}</a>` : "–"}</dd>
<dt>Verksamhetsområde</dt><dd>${area}</dd>
<dt>Behövs senast</dt><dd>${formatLongDate(need.neededBy)}</dd>
<dt>Budgetram</dt><dd>${need.budgetFrameOre === null ? "Ingen angiven" : html`${formatKronor(need.budgetFrameOre)} per år`}</dd>
<dt>Anmält</dt><dd>${formatLongDate(need.registeredOn)} av ${need.registeredBy}</dd>
</dl>
<h2 id="finns-det-redan">Finns det redan?</h2>
<p>${answer.summary}</p>
<p class="muted">Enligt uppgifterna den ${formatLongDate(answer.asOf)}.</p>
${table({
  caption: `Kommuner som redan har ett system för ${CATEGORY_NAMES[need.category] ?? area.toLowerCase()}`,
  className: "matches",
  stack: true,
  columns: [
    { header: "Kommun" },
    { header: "Produkt" },
    { header: "Samverkan och nivå" },
    { header: "Passform" },
    { header: "Användare", numeric: true },
    { header: "Årskostnad", numeric: true },
    { header: "Avtal och beslutsdatum" },
  ],
  empty: "Ingen kommun har något system inom området.",
  rows: answer.matches.map((m) => [
    html`${m.municipality?.name ?? "–"}${m.inSameBody ? "" : html`<br><span class="muted">utanför organet</span>`}`,
    html`${m.application?.name ?? "–"}<br><span class="muted">${PHASE_NAMES[m.lifecyclePhase] ?? m.lifecyclePhase}</span>`,
    m.collaboration ? html`<a href="${systemPath(m.collaboration.id)}">${m.collaboration.name}</a><br>${levelBadge(m.level)}` : "Ingen samverkan",
    fitText(m.functionalFit, m.technicalFit),
    m.userCount === null ? "–" : formatInteger(m.userCount),
    m.annualCostOre === null ? "Okänd" : formatKronor(m.annualCostOre),
    m.agreements.length
      ? html`<ul>${m.agreements.map((a) => html`<li>${a.name}: beslut senast ${formatLongDate(a.decisionDeadline)}${a.nearNeed ? html` <strong class="warn">(nära behovet)</strong>` : ""}</li>`)}</ul>`
      : "Inga avtal",
  ]),
})}
${table({
  caption: "Beslutsdatum nära behovet (inom tolv månader)",
  stack: true,
  columns: [{ header: "Avtal" }, { header: "Beslut senast" }, { header: "Sista uppsägningsdag" }, { header: "Avtalsperioden slutar" }],
  empty: "Inga avtal inom området har beslutsdatum nära behovet.",
  rows: answer.deadlinesNearNeed.map((a) => [a.name, formatLongDate(a.decisionDeadline), formatLongDate(a.noticeDeadline), formatLongDate(a.currentTermEnd)]),
})}
<h2 id="alternativ">Alternativ</h2>
${answer.options.map((o, i) => optionSection(o, i, need))}
<h2 id="val">Val</h2>
${choiceSection(need, form)}`,
  });
}

function optionSection(o: NeedOption, i: number, need: Need): Html {
  return html`<section class="option" aria-labelledby="alternativ-${i}">
<h3 id="alternativ-${i}">${OPTION_NAMES[o.kind] ?? o.kind}</h3>
<p>${o.summary}</p>
<dl class="facts">
<dt>${TERMS.transitionWindow}</dt><dd>${windowText(o.window)}</dd>
<dt>Hinner före ${formatLongDate(need.neededBy)}</dt><dd>${o.meetsNeededBy ? "Ja" : html`<strong class="warn">Nej</strong>`}</dd>
<dt>Beräknad årskostnad</dt><dd>${o.annualCostOre === null ? "Okänd" : formatKronor(o.annualCostOre)}</dd>
</dl>
${
  o.costSplit
    ? table({
        caption: `${TERMS.costSplit}: ${OPTION_NAMES[o.kind] ?? o.kind}`,
        stack: true,
        columns: [{ header: "Kommun" }, { header: "Folkmängd", numeric: true }, { header: "Andel per år", numeric: true }],
        rows: o.costSplit.map((s) => [s.municipality?.name ?? "–", s.population === null ? "–" : formatInteger(s.population), formatKronor(s.amountOre)]),
      })
    : html`<p class="muted">${o.annualCostOre === null ? "Kostnaden är inte känd." : "Fördelningen kan inte visas: en folkmängd saknas."}</p>`
}
</section>`;
}

function choiceSection(need: Need, form: FormState): HtmlValue {
  if (need.choice) {
    const c = need.choice;
    return html`<dl class="facts">
<dt>Valt alternativ</dt><dd>${OPTION_NAMES[c.kind] ?? c.kind}: ${c.summary}</dd>
<dt>Motivering</dt><dd>${c.reason}</dd>
<dt>Beslutat</dt><dd>${formatLongDate(c.decidedOn)} av ${c.decidedBy}</dd>
</dl>`;
  }
  if (!need.viewerCanChoose)
    return html`<p class="muted">Inget alternativ är valt ännu. Din token får läsa behovet men inte välja (administratörer, och redaktörer i kommunen med behovet, får välja).</p>`;
  const options = need.answer?.options ?? [];
  const { invalid, errorText, summary } = errorHelpers(form);
  return html`<form method="post" action="${needPath(need.id)}/val" class="no-print choose" novalidate>
${summary("Valet sparades inte:")}
${form.formToken ? html`<input type="hidden" name="formToken" value="${form.formToken}">` : ""}
<fieldset${form.errors.some((e) => e.field === "optionKey") ? html` aria-describedby="optionKey-error"` : ""}>
<legend>Välj alternativ</legend>
${options.map((o) => html`<label class="choice"><input type="radio" name="optionKey" value="${o.key}"${form.values.optionKey === o.key ? html` checked` : ""}> ${OPTION_NAMES[o.kind] ?? o.kind}: ${o.summary}</label>`)}
${errorText("optionKey")}
</fieldset>
<div class="field">
<label for="reason">Motivering</label>
<textarea id="reason" name="reason" maxlength="${MAX_REASON}"${invalid("reason")}>${form.values.reason ?? ""}</textarea>
${errorText("reason")}
</div>
<p class="muted">Valet sparas som ett beslut, och de andra medlemmarna i kommunens samverkansorgan får besked (sammanfattning per e-post och webhook).</p>
<button type="submit">Spara val</button>
</form>`;
}
