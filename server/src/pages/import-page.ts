import type { FastifyInstance, FastifyReply } from "fastify";
import type { Viewer } from "../access/viewer";
import { formatInteger } from "../render/format";
import { html, type Html } from "../render/html";
import { page } from "../render/layout";
import { table } from "../render/table";
import { CHROME_CSS, pageHeader, sendPage, type Chrome } from "./chrome";
import { municipalityPath } from "./links";
import { acceptUploads, type MultipartBody } from "./multipart";
import { PAGE_CSS, type PageDeps, sendMessage, sendQueryFailure } from "./page-kit";

/**
 * Uploading a municipality's application list from its page (`/kommun/<kod>`): a form with a file
 * (works without JavaScript) posts to `/kommun/<kod>/import`, which answers the import's dry-run plan
 * in the browser; only a second post from that page, carrying the same file, applies it, all or
 * nothing. Both run the `applicationUsagesImport` mutation as the viewer, so the import's own rules,
 * access checks and Swedish messages hold; both need the session's form token (no cross-site posts).
 */

/** The largest file accepted (an application list of the import's 5 000 rows is far below it). */
export const MAX_UPLOAD_FILE_BYTES = 2 * 1024 * 1024;

export const IMPORT_MUTATION = /* GraphQL */ `
  mutation PageApplicationUsagesImport($input: ApplicationUsagesImportInput!) {
    applicationUsagesImport(input: $input) {
      userErrors { field message code }
      plan {
        applied createCount updateCount unchangedCount
        problems { row column message }
        rows { row product vendor externalKey action match changes { column before after } }
      }
    }
  }
`;

interface PlanView {
  applied: boolean;
  createCount: number;
  updateCount: number;
  unchangedCount: number;
  problems: { row: number; column: string | null; message: string }[];
  rows: {
    row: number;
    product: string | null;
    vendor: string | null;
    externalKey: string | null;
    action: string;
    match: string;
    changes: { column: string; before: string | null; after: string | null }[];
  }[];
}
interface ImportPayload {
  userErrors: { field: string[] | null; message: string; code: string }[];
  plan: PlanView | null;
}

const ACTION_NAMES: Readonly<Record<string, string>> = { CREATE: "Ny", UPDATE: "Ändras", UNCHANGED: "Oförändrad" };
const MATCH_NAMES: Readonly<Record<string, string>> = {
  EXTERNAL_KEY: "på extern nyckel",
  NAME_AND_VENDOR: "på produkt och leverantör",
  NEW_APPLICATION: "ny i katalogen",
};

/** The message when the file is not a spreadsheet the import can read at all (the reader's own messages are technical). */
const UNREADABLE = "Filen kunde inte läsas som ett kalkylblad. Ladda upp en .xlsx-fil (Excel) eller en CSV-fil i UTF-8 med rubrikrad, till exempel den som Ladda ner som kalkylblad ger.";

/** Whether the viewer may import this municipality's list: admins, and editors of the municipality itself (the mutation checks it again). */
export function mayImport(viewer: { role: string; municipality: { code: string } | null } | null, code: string): boolean {
  if (!viewer) return false;
  return viewer.role === "ADMIN" || (viewer.role === "EDITOR" && viewer.municipality?.code === code);
}

/** The upload form on En kommun (for those who may import). */
export function uploadForm(code: string, formToken: string | null): Html {
  return html`<form method="post" action="${importPath(code)}" enctype="multipart/form-data" class="no-print">
${formToken ? html`<input type="hidden" name="formToken" value="${formToken}">` : ""}
<div class="field"><label for="fil">Fil (.xlsx eller .csv)</label><input type="file" id="fil" name="fil" accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" required></div>
<button type="submit">Visa vad som skulle ändras</button>
</form>`;
}

function importPath(code: string): string {
  return `/kommun/${encodeURIComponent(code)}/import`;
}

/** The notice En kommun shows after an applied import (`?importerad=<nya>-<ändrade>-<oförändrade>`). */
export function importedNotice(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const match = /^(\d+)-(\d+)-(\d+)$/.exec(value);
  if (!match) return null;
  return `Applikationsförteckningen är inläst: ${formatInteger(Number(match[1]))} nya, ${formatInteger(Number(match[2]))} ändrade och ${formatInteger(Number(match[3]))} oförändrade rader.`;
}

type Upload = { fileName: string; format: "CSV" | "XLSX"; content: Buffer } | string;

/** The file of a post: a new upload, or the one the plan page carries back; a Swedish message when there is none or it is not a spreadsheet. */
function uploadOf(body: MultipartBody): Upload {
  const file = body.files.fil;
  let fileName: string;
  let content: Buffer;
  if (file) {
    fileName = file.fileName;
    content = file.content;
  } else if (body.fields.innehall && body.fields.filnamn) {
    fileName = body.fields.filnamn;
    content = Buffer.from(body.fields.innehall, "base64");
  } else {
    return "Välj en fil att ladda upp.";
  }
  if (content.length === 0) return "Filen är tom.";
  if (content.length > MAX_UPLOAD_FILE_BYTES) return `Filen är för stor: högst ${formatInteger(MAX_UPLOAD_FILE_BYTES / 1024 / 1024)} MB.`;
  const zip = content.subarray(0, 2).toString("latin1") === "PK";
  if (/\.xlsx$/i.test(fileName) || (zip && !/\.(csv|txt)$/i.test(fileName))) return zip ? { fileName, format: "XLSX", content } : UNREADABLE;
  if (/\.(csv|txt)$/i.test(fileName)) return zip ? UNREADABLE : { fileName, format: "CSV", content };
  return "Filen måste vara ett kalkylblad i formatet .xlsx eller .csv.";
}

export function registerImportPage(app: FastifyInstance, deps: PageDeps): void {
  app.register(async (scope) => {
    acceptUploads(scope);
    scope.setErrorHandler(async (error: { statusCode?: number; code?: string }, request, reply) => {
      const viewer = await deps.auth.viewerOf(request).catch(() => null);
      const chrome: Chrome = { viewer, explorer: deps.explorer, path: "/kommun" };
      if (error.statusCode === 413) return sendMessage(reply, 413, chrome, "Filen är för stor", `Ladda upp en fil på högst ${formatInteger(MAX_UPLOAD_FILE_BYTES / 1024 / 1024)} MB.`);
      if (error.statusCode === 415 || error.statusCode === 400) return sendMessage(reply, 400, chrome, "Formuläret kunde inte läsas", "Skicka filen med uppladdningsformuläret på kommunens sida.");
      throw error;
    });
    scope.post("/kommun/:code/import", async (request, reply) => {
      const body = (request.body ?? { fields: {}, files: {} }) as MultipartBody;
      const code = (request.params as { code: string }).code;
      const { viewer, forged } = await deps.auth.formViewerOf(request, body.fields?.formToken);
      const chrome: Chrome = { viewer, explorer: deps.explorer, path: municipalityPath(code) };
      if (forged)
        return sendMessage(reply, 403, chrome, "Otillåten begäran", "Formuläret kom inte från en av Samverkans egna sidor och togs inte emot. Öppna kommunens sida igen och ladda upp filen därifrån.");
      if (!viewer) return reply.header("cache-control", "no-store").redirect(`/signin?next=${encodeURIComponent(municipalityPath(code))}`, 303);
      if (!/^\d{4}$/.test(code)) return sendMessage(reply, 404, chrome, "Kommunen finns inte", html`En kommun har en fyrsiffrig kommunkod, till exempel 1460. <a href="/kommun">Se alla kommuner</a>.`);
      const formToken = deps.auth.formTokenOf(request) ?? body.fields.formToken ?? null;
      const upload = uploadOf(body);
      if (typeof upload === "string") return sendImportPage(reply, 400, { chrome, code, name: null, formToken, errors: [upload], plan: null, upload: null });
      const apply = body.fields.genomfor === "1";
      const input = {
        municipality: code,
        fileName: upload.fileName,
        format: upload.format,
        content: upload.format === "XLSX" ? upload.content.toString("base64") : upload.content.toString("utf8"),
        apply,
      };
      const result = await deps.runQuery(viewer, IMPORT_MUTATION, { input });
      const codes = new Set((result.errors ?? []).map((e) => e.extensions?.code));
      if (codes.has("FORBIDDEN")) return sendMessage(reply, 403, chrome, "Ingen behörighet", "Din token får inte ändra den här kommunens applikationer.");
      if (codes.has("BAD_USER_INPUT")) return sendMessage(reply, 404, chrome, "Kommunen finns inte", html`Ingen kommun har koden ${code}. <a href="/kommun">Se alla kommuner</a>.`);
      const payload = (result.data as { applicationUsagesImport: ImportPayload | null } | undefined)?.applicationUsagesImport;
      if (result.errors?.length || !payload) return sendQueryFailure(reply, chrome, result.errors, "importen");
      const name = await municipalityName(viewer, code);
      if (payload.userErrors.length) {
        const errors = payload.userErrors.map((e) => (e.field?.join(".") === "input.content" ? UNREADABLE : e.message));
        return sendImportPage(reply, 400, { chrome, code, name, formToken, errors, plan: payload.plan, upload: null });
      }
      if (payload.plan?.applied) {
        const p = payload.plan;
        return reply.header("cache-control", "no-store").redirect(`${municipalityPath(code)}?importerad=${p.createCount}-${p.updateCount}-${p.unchangedCount}#applikationer`, 303);
      }
      return sendImportPage(reply, 200, { chrome, code, name, formToken, errors: [], plan: payload.plan, upload });
    });
  });

  async function municipalityName(viewer: Viewer, code: string): Promise<string | null> {
    const result = await deps.runQuery(viewer, "query PageMunicipalityName($code: String!) { municipality(code: $code) { name } }", { code });
    return (result.data as { municipality: { name: string } | null } | undefined)?.municipality?.name ?? null;
  }
}

interface ImportPageState {
  chrome: Chrome;
  code: string;
  name: string | null;
  formToken: string | null;
  errors: string[];
  plan: PlanView | null;
  /** The file of a clean dry run, carried to the apply button. */
  upload: Exclude<Upload, string> | null;
}

function sendImportPage(reply: FastifyReply, status: number, state: ImportPageState): FastifyReply {
  const { code, plan } = state;
  const who = state.name ?? `kommun ${code}`;
  const heading = `Importera applikationsförteckning: ${who}`;
  return sendPage(
    reply,
    status,
    page({
      title: `${heading} – Samverkan`,
      header: pageHeader(state.chrome),
      css: `${CHROME_CSS}\n${PAGE_CSS}\n.changes{margin:0;padding-left:1rem}`,
      body: html`<p class="no-print"><a href="${municipalityPath(code)}">← ${state.name ?? "Kommunen"}</a></p>
<h1>${heading}</h1>
${
  state.errors.length
    ? html`<div role="alert"><p class="error">Ingenting har ändrats: filen behöver rättas först.</p><ul>${state.errors.map((e) => html`<li class="error">${e}</li>`)}</ul></div>`
    : html`<p class="notice" role="status">Det här är en provkörning: ingenting har ändrats ännu. Granska planen och välj <strong>Genomför importen</strong> för att spara den, allt eller inget.</p>`
}
${plan ? planSection(plan) : ""}
${state.upload && plan && !plan.problems.length ? applyForm(code, state.formToken, state.upload) : ""}
<h2 id="ny-fil">${state.upload ? "Ladda upp en annan fil" : "Ladda upp filen igen"}</h2>
${uploadForm(code, state.formToken)}`,
    }),
  );
}

function planSection(plan: PlanView): Html {
  return html`<h2 id="plan">Plan</h2>
<p>${formatInteger(plan.createCount)} nya, ${formatInteger(plan.updateCount)} ändrade och ${formatInteger(plan.unchangedCount)} oförändrade rader.</p>
${
  plan.problems.length
    ? table({
        caption: "Fel i filen",
        stack: true,
        columns: [{ header: "Rad", numeric: true }, { header: "Kolumn" }, { header: "Fel" }],
        rows: plan.problems.map((p) => [String(p.row), p.column ?? "–", p.message]),
      })
    : ""
}
${table({
  caption: "Raderna i filen och vad importen gör med dem",
  stack: true,
  columns: [{ header: "Rad", numeric: true }, { header: "Produkt" }, { header: "Leverantör" }, { header: "Åtgärd" }, { header: "Ändringar" }],
  empty: "Filen har inga rader.",
  rows: plan.rows.map((r) => [
    String(r.row),
    r.product ?? "–",
    r.vendor ?? "–",
    `${ACTION_NAMES[r.action] ?? r.action} (${MATCH_NAMES[r.match] ?? r.match})`,
    r.changes.length ? html`<ul class="changes">${r.changes.map((c) => html`<li>${c.column}: ${c.before ?? "–"} → ${c.after ?? "–"}</li>`)}</ul>` : "–",
  ]),
})}`;
}

function applyForm(code: string, formToken: string | null, upload: Exclude<Upload, string>): Html {
  return html`<form method="post" action="${importPath(code)}" enctype="multipart/form-data" class="no-print">
${formToken ? html`<input type="hidden" name="formToken" value="${formToken}">` : ""}
<input type="hidden" name="filnamn" value="${upload.fileName}">
<input type="hidden" name="innehall" value="${upload.content.toString("base64")}">
<input type="hidden" name="genomfor" value="1">
<button type="submit">Genomför importen</button>
</form>`;
}
