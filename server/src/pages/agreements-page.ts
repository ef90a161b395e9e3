import type { FastifyInstance } from "fastify";
import { agreementDeadlines } from "../agreements/deadline-list";
import type { LocalDate } from "../common/dates";
import { TERMS } from "../common/vocabulary";
import { formatInteger, formatLongDate } from "../render/format";
import { html } from "../render/html";
import { page } from "../render/layout";
import { table } from "../render/table";
import { CHROME_CSS, pageHeader, sendPage } from "./chrome";
import { asOfOf, BAD_DATE_MESSAGE, chromeOf, PAGE_CSS, type PageDeps, sendMessage, sendQueryFailure, todayOf, viewerOrSignIn } from "./page-kit";

/**
 * Avtal och tidsgränser (`/avtal`): every agreement's deadlines on a date in date order, passed
 * decision deadlines that still call for a decision first and marked. One GraphQL document, run as
 * the viewer (the first 100 agreements by name).
 */
export const AGREEMENTS_QUERY = /* GraphQL */ `
  query AgreementsPage($asOf: LocalDate!) {
    agreements(asOf: $asOf, first: 100) {
      totalCount
      nodes { name schedule(asOf: $asOf) { status decisionDeadline noticeDeadline currentTermEnd } }
    }
  }
`;

interface PageData {
  agreements: { totalCount: number; nodes: { name: string; schedule: { status: string; decisionDeadline: LocalDate; noticeDeadline: LocalDate; currentTermEnd: LocalDate } | null }[] } | null;
}

export function registerAgreementsPage(app: FastifyInstance, deps: PageDeps): void {
  app.get("/avtal", async (request, reply) => {
    const viewer = await viewerOrSignIn(deps, request, reply);
    if (!viewer) return reply;
    const chrome = chromeOf(deps, viewer, request);
    const today = todayOf(deps);
    const asOf = asOfOf(request, today);
    if (asOf === null) return sendMessage(reply, 400, chrome, "Ogiltigt datum", BAD_DATE_MESSAGE);
    const result = await deps.runQuery(viewer, AGREEMENTS_QUERY, { asOf });
    const data = result.data as PageData | undefined;
    if (result.errors?.length || !data?.agreements) return sendQueryFailure(reply, chrome, result.errors, "avtalen");
    const rows = agreementDeadlines(data.agreements.nodes, asOf);
    const when = formatLongDate(asOf);
    const overdue = rows.filter((r) => r.overdue).length;
    const shown = data.agreements.nodes.length;
    return sendPage(
      reply,
      200,
      page({
        title: `Avtal och tidsgränser ${when} – Samverkan`,
        header: pageHeader(chrome),
        css: `${CHROME_CSS}\n${PAGE_CSS}`,
        body: html`<h1>Avtal och tidsgränser</h1>
<p>Tidsgränserna den <strong>${when}</strong>${asOf === today ? " (i dag)" : ""}: ${formatInteger(overdue)} passerade beslutsdatum som fortfarande kräver beslut, ${formatInteger(rows.length - overdue)} kommande tidsgränser${data.agreements.totalCount > shown ? html` (för de ${formatInteger(shown)} första av ${formatInteger(data.agreements.totalCount)} avtal)` : ""}.</p>
<form method="get" action="/avtal" class="filters no-print">
<div class="field"><label for="asOf">Visa läget på datum</label><input type="date" id="asOf" name="asOf" value="${asOf}" required></div>
<button type="submit">Visa</button>
</form>
${table({
  caption: `Avtalens tidsgränser den ${when}: passerade först, sedan i datumordning`,
  stack: true,
  columns: [{ header: "Datum" }, { header: "Vad" }, { header: "Avtal" }],
  empty: "Inga tidsgränser.",
  rows: rows.map((d) => [d.overdue ? html`${formatLongDate(d.date)} <strong class="overdue">(${TERMS.overdue.toLowerCase()})</strong>` : formatLongDate(d.date), d.what, d.agreement]),
})}`,
      }),
    );
  });
}
