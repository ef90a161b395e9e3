import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { GraphQLError } from "graphql";
import type { DataSource } from "typeorm";
import type { Viewer } from "../access/viewer";
import { createContext } from "../core/context";
import { html } from "../render/html";
import { page } from "../render/layout";
import { CollaborationBody } from "../municipalities/entities";
import { renderReportHtml } from "./render-html";
import { Evaluations } from "../evaluations/registry";
import { annualReport, findIssue } from "./service";
import { sendPage } from "../pages/chrome";

/** Who is asking for a page; null when nobody signed in. Throws UNAUTHENTICATED for a bad credential. */
export type PageViewer = (request: FastifyRequest) => Promise<Viewer | null>;

/** Pages allow inline styles and nothing else: no scripts, no requests to any host. */
function messagePage(reply: FastifyReply, status: number, title: string, text: string) {
  return sendPage(reply, status, page({ title, body: html`<h1>${title}</h1><p>${text}</p>` }));
}

/**
 * `/reports/<body>/<year>.html`: the issued annual report exactly as issued, or a draft marked
 * UTKAST when the year is not issued. `<body>` is a collaboration body's short name (DKF), its
 * global ID, or `all`. Needs a signed-in viewer (`viewerOf`; a bearer token, and whatever else the
 * server accepts for pages).
 */
export function registerReportRoutes(app: FastifyInstance, options: { db: DataSource; clock: () => Date; viewerOf: PageViewer }) {
  const { db, clock, viewerOf } = options;

  app.get<{ Params: { body: string; file: string } }>("/reports/:body/:file", async (request, reply) => {
    let viewer: Viewer | null;
    try {
      viewer = await viewerOf(request);
    } catch (error) {
      if (error instanceof GraphQLError) viewer = null;
      else throw error;
    }
    if (!viewer) {
      reply.header("www-authenticate", 'Bearer realm="samverkan"');
      return messagePage(reply, 401, "Inloggning krävs", "Logga in med en API-token för att läsa årsrapporten.");
    }
    const match = /^(\d{4})\.html$/.exec(request.params.file);
    if (!match) return messagePage(reply, 404, "Sidan finns inte", "Årsrapporter har adressen /reports/<organ>/<år>.html.");
    const year = Number(match[1]);
    const bodyId = await bodyIdOf(db, request.params.body);
    if (bodyId === undefined) return messagePage(reply, 404, "Okänt samverkansorgan", `Inget samverkansorgan heter ”${request.params.body}”.`);

    const issued = await findIssue(db, year, bodyId);
    if (issued) return sendPage(reply.header("etag", `"${issued.sha256}"`).header("x-report-status", "issued"), 200, issued.html);
    try {
      const ctx = createContext(db, viewer, clock(), new Evaluations(db));
      const report = await annualReport(ctx, year, bodyId);
      return sendPage(reply.header("x-report-status", "draft"), 200, renderReportHtml(report, { issuedOn: null }));
    } catch (error) {
      if (error instanceof GraphQLError && error.extensions.code === "BAD_USER_INPUT") return messagePage(reply, 400, "Felaktigt år", error.message);
      throw error;
    }
  });
}

/** "all" → null (every collaboration); a short name or global ID → the body's global ID; undefined when unknown. */
async function bodyIdOf(db: DataSource, key: string): Promise<string | null | undefined> {
  if (key === "all") return null;
  const bodies = await db.getRepository(CollaborationBody).find();
  const body = bodies.find((b) => b.shortName === key) ?? bodies.find((b) => b.globalId === key);
  return body?.globalId;
}
