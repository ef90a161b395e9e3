import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { TokenService } from "../access/token-service";
import { isLocalDate, swedishDate } from "../common/dates";
import { countStatements, type StatementTally } from "../db/statements";
import { PageAuth } from "./auth";
import { sendPage, type Chrome } from "./chrome";
import { registerExplorer } from "./explorer";
import { registerPlanPages } from "./plan-routes";
import { sendMessage, type PageDeps, type RunQuery } from "./page-kit";
import { registerRecommendationPages } from "./recommendations-page";
import { registerSystemPage } from "./system-page";
import { registerMunicipalityPages } from "./municipality-page";
import { registerImportPage } from "./import-page";
import { registerCompetencePage } from "./competence-page";
import { registerGovernancePage } from "./governance-page";
import { registerAgreementsPage } from "./agreements-page";
import { registerNeedPages } from "./needs-page";
import { SessionStore } from "./sessions";
import { registerSignIn } from "./signin";
import { messagePage, STATUS_PAGE_QUERY, statusPage, type StatusPageData } from "./status-page";

export type { RunQuery } from "./page-kit";

export interface PagesOptions {
  tokens: TokenService;
  clock: () => Date;
  explorer: boolean;
  runQuery: RunQuery;
  /** Adds `x-sql-statements` to the status page, as to /graphql (tests). */
  exposeStatementCount?: boolean;
}

/**
 * The pages people open in a browser: the status board at `/`, sign-in and sign-out, the explorer.
 * Returns the page authentication so other GET pages (the annual report) accept the same session.
 */
export async function registerPages(app: FastifyInstance, options: PagesOptions): Promise<PageAuth> {
  const auth = new PageAuth(options.tokens, new SessionStore(), options.clock);
  await registerSignIn(app, { auth, clock: options.clock, explorer: options.explorer });
  registerExplorer(app, { auth, enabled: options.explorer });
  registerPlanPages(app, { auth, runQuery: options.runQuery, explorer: options.explorer, clock: options.clock });

  const deps: PageDeps = { auth, runQuery: options.runQuery, clock: options.clock, explorer: options.explorer };
  registerRecommendationPages(app, deps);
  registerSystemPage(app, deps);
  registerMunicipalityPages(app, deps);
  registerImportPage(app, deps);
  registerCompetencePage(app, deps);
  registerGovernancePage(app, deps);
  registerAgreementsPage(app, deps);
  registerNeedPages(app, deps);
  registerNotFound(app, deps);

  // Browsers ask for an icon on every page; answer with none rather than a 404 in their console.
  app.get("/favicon.ico", async (_request, reply) => reply.code(204).header("cache-control", "public, max-age=86400").send());

  const tallies = new WeakMap<FastifyRequest, StatementTally>();
  app.get(
    "/",
    {
      onSend: async (request, reply, payload) => {
        const tally = tallies.get(request);
        if (tally) reply.header("x-sql-statements", String(tally.count));
        return payload;
      },
    },
    async (request, reply) => {
      if (!options.exposeStatementCount) return statusRoute(request, reply);
      const tally: StatementTally = { count: 0 };
      tallies.set(request, tally);
      return countStatements(tally, () => statusRoute(request, reply));
    },
  );

  async function statusRoute(request: FastifyRequest, reply: FastifyReply) {
    const viewer = await auth.viewerOf(request);
    if (!viewer) return reply.header("cache-control", "no-store").redirect(`/signin?next=${encodeURIComponent(request.url)}`, 303);
    const chrome: Chrome = { viewer, explorer: options.explorer, path: request.url };
    const today = swedishDate(options.clock());
    const asOfParam = (request.query as Record<string, unknown>).asOf;
    const asOf = asOfParam === undefined || asOfParam === "" ? today : asOfParam;
    if (!isLocalDate(asOf)) {
      return sendPage(reply, 400, messagePage("Ogiltigt datum", "Ange datumet som ÅÅÅÅ-MM-DD, till exempel 2026-06-15.", chrome, today, today));
    }
    const result = await options.runQuery(viewer, STATUS_PAGE_QUERY, { asOf });
    if (result.errors?.length || !result.data) {
      const codes = new Set((result.errors ?? []).map((e) => e.extensions?.code));
      if (codes.has("FORBIDDEN")) return sendPage(reply, 403, messagePage("Ingen behörighet", "Din token får inte läsa statustavlan.", chrome));
      return sendPage(reply, 500, messagePage("Något gick fel", "Statustavlan kunde inte tas fram just nu. Försök igen om en stund.", chrome, asOf, today));
    }
    return sendPage(reply, 200, statusPage(result.data as StatusPageData, asOf, today, chrome));
  }

  return auth;
}

/**
 * Any address nothing answers: a Swedish page for a browser (in the common frame, so the header's
 * links lead on), a Swedish JSON error with a code for anything else.
 */
function registerNotFound(app: FastifyInstance, deps: PageDeps): void {
  app.setNotFoundHandler(async (request, reply) => {
    const wantsHtml = (request.method === "GET" || request.method === "HEAD") && /text\/html/.test(request.headers.accept ?? "");
    if (!wantsHtml) {
      return reply
        .code(404)
        .header("cache-control", "no-store")
        .send({ error: `Det finns inget på ${request.method} ${request.url.split("?")[0]}.`, code: "NOT_FOUND" });
    }
    const viewer = await deps.auth.viewerOf(request);
    return sendMessage(reply, 404, { viewer, explorer: deps.explorer, path: request.url }, "Sidan finns inte", "Adressen leder inte till någon sida här. Välj en sida i menyn ovan.");
  });
}
