import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { GraphQLFormattedError } from "graphql";
import type { Viewer } from "../access/viewer";
import { isLocalDate, swedishDate, yearOf } from "../common/dates";
import { parse } from "csv-parse/sync";
import { CONTENT_TYPES, SheetFormat, writeTable } from "../spreadsheets/sheet";
import type { PageAuth } from "./auth";
import { sendPage, type Chrome } from "./chrome";
import { BODIES_QUERY, type BodyRow, PLAN_PAGE_QUERY, planPage, type PlanPageData } from "./plan-page";
import { messagePage } from "./status-page";
import { WHAT_IF_PAGE_QUERY, whatIfPage, type WhatIfPageData } from "./whatif-page";

type RunQuery = (viewer: Viewer, document: string, variables: Record<string, unknown>) => Promise<{ data?: unknown; errors?: readonly GraphQLFormattedError[] }>;

const PLAN_FILES_QUERY = /* GraphQL */ `
  query PlanFiles($body: ID!, $from: LocalDate!, $to: LocalDate!, $draft: Boolean!) {
    implementationPlan(body: $body, from: $from, to: $to) @include(if: $draft) { draftHtml csv }
    implementationPlanIssues(body: $body, from: $from, to: $to) @skip(if: $draft) { version html csv sha256 }
  }
`;

/** The plan's CSV (as drafted or as issued) as an .xlsx workbook: the same rows, amounts as kronor numbers. */
async function planWorkbook(csv: string): Promise<Buffer> {
  const [header, ...rows] = parse(csv, { delimiter: ";", bom: true, relax_column_count: true }) as string[][];
  return writeTable(SheetFormat.XLSX, {
    name: "Införandeplan",
    columns: header.map((h, i) => ({ header: h, type: i === 4 ? ("integer" as const) : i === 5 ? ("kronor" as const) : ("text" as const), width: i === 2 ? 40 : undefined })),
    rows: rows.map((row) => row.map((cell, i) => (i >= 4 ? (cell === "" ? null : Number(cell)) : cell))),
  });
}

const FILE = /^(\d{4}-\d{2}-\d{2})_(\d{4}-\d{2}-\d{2})(?:\.v(\d{1,6}))?\.(html|csv|xlsx)$/;

/**
 * The plan and what-if pages: `/plans` (the implementation plan of a body for a period, its issued
 * versions and budget notices), `/plans/<body>/<from>_<to>.html|.csv` (the draft document) and
 * `/plans/<body>/<from>_<to>.v<N>.html|.csv` (an issued version, byte for byte), and `/what-if` (a
 * municipality joining or leaving). Each runs its GraphQL document as the signed-in viewer.
 */
export function registerPlanPages(app: FastifyInstance, options: { auth: PageAuth; runQuery: RunQuery; explorer: boolean; clock: () => Date }) {
  const { auth, runQuery } = options;

  async function signedIn(request: FastifyRequest, reply: FastifyReply): Promise<{ viewer: Viewer; chrome: Chrome } | null> {
    const viewer = await auth.viewerOf(request);
    if (!viewer) {
      reply.header("cache-control", "no-store").redirect(`/signin?next=${encodeURIComponent(request.url)}`, 303);
      return null;
    }
    return { viewer, chrome: { viewer, explorer: options.explorer, path: request.url } };
  }

  async function bodies(viewer: Viewer): Promise<BodyRow[]> {
    const result = await runQuery(viewer, BODIES_QUERY, {});
    return ((result.data as { collaborationBodies?: { nodes: BodyRow[] } } | undefined)?.collaborationBodies?.nodes ?? []) as BodyRow[];
  }

  const bodyByKey = (list: BodyRow[], key: unknown) => (typeof key === "string" ? (list.find((b) => b.shortName === key) ?? list.find((b) => b.id === key) ?? null) : null);
  const problemOf = (errors: readonly GraphQLFormattedError[] | undefined) => {
    const error = errors?.[0];
    if (!error) return null;
    return { code: String(error.extensions?.code ?? ""), message: error.message };
  };

  app.get("/plans", async (request, reply) => {
    const who = await signedIn(request, reply);
    if (!who) return reply;
    const today = swedishDate(options.clock());
    const query = request.query as Record<string, unknown>;
    const list = await bodies(who.viewer);
    const body = query.body === undefined ? (list[0] ?? null) : bodyByKey(list, query.body);
    const from = typeof query.from === "string" && query.from ? query.from : `${yearOf(today)}-01-01`;
    const to = typeof query.to === "string" && query.to ? query.to : `${yearOf(today) + 4}-12-31`;
    if (!body) return sendPage(reply, 404, messagePage("Okänt samverkansorgan", `Inget samverkansorgan heter ”${String(query.body ?? "")}”.`, who.chrome));
    if (!isLocalDate(from) || !isLocalDate(to)) return sendPage(reply, 400, messagePage("Ogiltigt datum", "Ange datumen som ÅÅÅÅ-MM-DD, till exempel 2026-01-01.", who.chrome));
    const result = await runQuery(who.viewer, PLAN_PAGE_QUERY, { body: body.id, from, to });
    const problem = problemOf(result.errors);
    if (problem?.code === "BAD_USER_INPUT") return sendPage(reply, 400, messagePage("Planen kan inte tas fram", problem.message, who.chrome));
    if (problem?.code === "FORBIDDEN") return sendPage(reply, 403, messagePage("Ingen behörighet", "Din token får inte läsa införandeplanen.", who.chrome));
    if (problem || !result.data) return sendPage(reply, 500, messagePage("Något gick fel", "Planen kunde inte tas fram just nu. Försök igen om en stund.", who.chrome));
    return sendPage(reply, 200, planPage(result.data as PlanPageData, { body, bodies: list, from, to }, who.chrome));
  });

  app.get<{ Params: { body: string; file: string } }>("/plans/:body/:file", async (request, reply) => {
    const who = await signedIn(request, reply);
    if (!who) return reply;
    const match = FILE.exec(request.params.file);
    if (!match)
      return sendPage(
        reply,
        404,
        messagePage("Sidan finns inte", "Planer har adressen /plans/<organ>/<från>_<till>.html, och utfärdade versioner /plans/<organ>/<från>_<till>.v<N>.html.", who.chrome),
      );
    const [, from, to, version, format] = match;
    const body = bodyByKey(await bodies(who.viewer), request.params.body);
    if (!body) return sendPage(reply, 404, messagePage("Okänt samverkansorgan", `Inget samverkansorgan heter ”${request.params.body}”.`, who.chrome));
    const result = await runQuery(who.viewer, PLAN_FILES_QUERY, { body: body.id, from, to, draft: version === undefined });
    const problem = problemOf(result.errors);
    if (problem?.code === "BAD_USER_INPUT") return sendPage(reply, 400, messagePage("Planen kan inte tas fram", problem.message, who.chrome));
    if (problem || !result.data) return sendPage(reply, problem?.code === "FORBIDDEN" ? 403 : 500, messagePage("Något gick fel", "Planen kunde inte tas fram.", who.chrome));
    const data = result.data as { implementationPlan?: { draftHtml: string; csv: string }; implementationPlanIssues?: { version: number; html: string; csv: string; sha256: string }[] };
    let document: { html: string; csv: string; status: string; etag?: string };
    if (version === undefined) document = { html: data.implementationPlan!.draftHtml, csv: data.implementationPlan!.csv, status: "draft" };
    else {
      const issue = data.implementationPlanIssues!.find((i) => i.version === Number(version));
      if (!issue) return sendPage(reply, 404, messagePage("Versionen finns inte", `Planen har ingen utfärdad version ${version}.`, who.chrome));
      document = { html: issue.html, csv: issue.csv, status: "issued", etag: `"${issue.sha256}"` };
    }
    reply.header("x-plan-status", document.status);
    if (document.etag && format === "html") reply.header("etag", document.etag);
    if (format === "html") return sendPage(reply, 200, document.html);
    const name = `inforandeplan-${body.shortName ?? "organ"}-${from}_${to}${version ? `-v${version}` : ""}.${format}`;
    const content = format === "csv" ? document.csv : await planWorkbook(document.csv);
    return reply
      .code(200)
      .header("content-type", format === "csv" ? CONTENT_TYPES.CSV : CONTENT_TYPES.XLSX)
      .header("content-disposition", `attachment; filename="${name}"`)
      .header("cache-control", "no-store")
      .header("x-content-type-options", "nosniff")
      .send(content);
  });

  app.get("/what-if", async (request, reply) => {
    const who = await signedIn(request, reply);
    if (!who) return reply;
    const today = swedishDate(options.clock());
    const query = request.query as Record<string, unknown>;
    const list = await bodies(who.viewer);
    const change = query.change === "JOIN" ? "JOIN" : "LEAVE";
    const body = query.body === undefined ? (list[0] ?? null) : bodyByKey(list, query.body);
    const municipality = typeof query.municipality === "string" ? query.municipality.trim() : "";
    const from = typeof query.from === "string" && query.from ? query.from : `${yearOf(today) + 1}-01-01`;
    const form = { change, municipality, body, from } as const;
    if (!municipality) return sendPage(reply, 200, whatIfPage(null, list, form, who.chrome));
    if (!body) return sendPage(reply, 404, whatIfPage(null, list, form, who.chrome, `Inget samverkansorgan heter ”${String(query.body ?? "")}”.`));
    if (!isLocalDate(from)) return sendPage(reply, 400, whatIfPage(null, list, form, who.chrome, "Ange datumet som ÅÅÅÅ-MM-DD, till exempel 2027-01-01."));
    const result = await runQuery(who.viewer, WHAT_IF_PAGE_QUERY, { input: { change, municipality, body: body.id, from } });
    const problem = problemOf(result.errors);
    if (problem?.code === "BAD_USER_INPUT") return sendPage(reply, 400, whatIfPage(null, list, form, who.chrome, problem.message));
    if (problem || !result.data) return sendPage(reply, problem?.code === "FORBIDDEN" ? 403 : 500, whatIfPage(null, list, form, who.chrome, "Konsekvensanalysen kunde inte tas fram just nu."));
    return sendPage(reply, 200, whatIfPage(result.data as WhatIfPageData, list, form, who.chrome));
  });
}
