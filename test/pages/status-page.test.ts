import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addSyntheticData } from "../../seeds/synthetic";
import { Role } from "../../server/src/access/roles";
import { formatLongDate } from "../../server/src/render/format";
import { escapeHtml } from "../../server/src/render/html";
import { ok, startServer, type TestServer } from "../helpers/server";
import { getPage, signIn } from "./helpers";
import { graphql } from "../kit";

/** The session's token (1), the level scale (1), the board with its open gaps (test/status/statements.test.ts). */
const PAGE_STATEMENTS = 34;

let server: TestServer;
let cookie: string;
beforeAll(async () => {
  server = await startServer();
  cookie = await signIn(server, server.adminToken);
});
afterAll(async () => server.close());

const BOARD = graphql(`query StatusPageSharedSystemStatus($asOf: LocalDate) { sharedSystemStatus(asOf: $asOf) {
  collaboration { name } level { ordinal name } openGaps { reason } nextDeadline { date daysLeft }
} }`);

/** The text of the table row whose row header is `name`. */
function rowOf(page: string, name: string): string {
  const match = new RegExp(`<tr><th scope="row">(<a href="/system/[^"]+">)?${escapeHtml(name).replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`).exec(page);
  expect(match, `row for ${name}`).not.toBeNull();
  const start = match!.index;
  return page.slice(start, page.indexOf("</tr>", start));
}

/** The section of the page from heading `id` to the next heading. */
function section(page: string, id: string): string {
  const start = page.indexOf(`<h2 id="${id}">`);
  expect(start).toBeGreaterThan(-1);
  const end = page.indexOf("<h2 ", start + 1);
  return page.slice(start, end === -1 ? undefined : end);
}

describe("GET / (the status page)", () => {
  it("sends a browser without a session to sign in, and back afterwards", async () => {
    const response = await getPage(server, "/?asOf=2010-12-31");
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/signin?next=%2F%3FasOf%3D2010-12-31");
  });

  it("shows today's board as the API does: every system, its level, next deadline and open gaps", async () => {
    const rows = ok(await server.gql(BOARD)).sharedSystemStatus as any[];
    const response = await getPage(server, "/", { cookie });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
    const page = await response.text();
    expect(page).toContain('<html lang="sv">');
    expect(page).toContain("Läget den <strong>15 juni 2026</strong> (i dag): 7 gemensamma system, 5 med öppna brister");

    const board = section(page, "tavlan");
    expect(rows).toHaveLength(7);
    for (const row of rows) {
      const tr = rowOf(board, row.collaboration.name);
      expect(tr).toContain(`>${row.level.ordinal} ${escapeHtml(row.level.name)}</span>`);
      expect(tr).toContain(`<td class="num" data-label="Öppna brister">${row.openGaps.length}</td>`);
      if (row.nextDeadline) expect(tr).toContain(formatLongDate(row.nextDeadline.date));
    }
    // The helpdesk's next deadline is the vendor agreement's notice deadline, 107 days ahead.
    expect(rowOf(section(page, "tidsgranser"), "30 september 2026")).toContain("Sista dag för uppsägning: Leverantörsavtal Easit GO");
    // Passed decision deadlines that still call for a decision are listed first and marked, not dropped.
    const deadlines = section(page, "tidsgranser");
    expect(rowOf(deadlines, "30 december 2024")).toContain("Beslutsdatum (passerat): Driftavtal gemensamt ekonomisystem");
    expect(rowOf(deadlines, "30 december 2024")).toContain("−532");
    expect(deadlines.indexOf("30 december 2024")).toBeLessThan(deadlines.indexOf("30 september 2026"));
    const gaps = section(page, "brister");
    for (const reason of rows.flatMap((r) => r.openGaps.map((g: any) => g.reason))) expect(gaps).toContain(escapeHtml(reason));

    // Systems per level: the chart's data table counts the board's rows.
    const chart = section(page, "nivaer");
    expect(chart).toContain('<svg role="img" aria-label="Stapeldiagram: nivå 0 Ingen samverkan: 0');
    for (const ordinal of [0, 1, 2, 3, 4, 5]) {
      const count = rows.filter((r) => r.level.ordinal === ordinal).length;
      expect(chart).toMatch(new RegExp(`>${ordinal} [^<]+</span></th><td class="num" data-label="Antal system">${count}</td>`));
    }
  });

  it("rebuilds the board for a past date from ?asOf=", async () => {
    const asOf = "2010-12-31";
    const rows = ok(await server.gql(BOARD, { asOf })).sharedSystemStatus as any[];
    const page = await (await getPage(server, `/?asOf=${asOf}`, { cookie })).text();
    expect(page).toContain("Läget den <strong>31 december 2010</strong>:");
    expect(page).toContain('<input type="date" id="asOf" name="asOf" value="2010-12-31" required>');
    expect(page).toContain('<a href="/">Till i dag</a>');
    const board = section(page, "tavlan");
    expect(board.match(/<tr><th scope="row">/g)).toHaveLength(rows.length);
    for (const row of rows) expect(rowOf(board, row.collaboration.name)).toContain(`>${row.level.ordinal} ${escapeHtml(row.level.name)}</span>`);
    // Every system of the seed had begun by 2010 (GIS, the library and the helpdesk were shared
    // already when the 2008 policy was written); the board shows them with their 2010 levels.
    expect(rows).toHaveLength(7);
    expect(page).toContain(": 7 gemensamma system,");
    expect(rowOf(board, "Gemensamt bibliotekssystem")).toContain(">5 ");
  });

  it("answers a malformed date with a Swedish 400 page, not an error", async () => {
    for (const asOf of ["2026-02-30", "igår", "2026-6-1"]) {
      const response = await getPage(server, `/?asOf=${encodeURIComponent(asOf)}`, { cookie });
      expect(response.status).toBe(400);
      const page = await response.text();
      expect(page).toContain("<h1>Ogiltigt datum</h1>");
      expect(page).toContain("ÅÅÅÅ-MM-DD");
    }
  });

  it("works without JavaScript and loads nothing: no script, no external reference", async () => {
    const page = await (await getPage(server, "/", { cookie })).text();
    expect(page).not.toMatch(/<script/i);
    expect(page).not.toMatch(/(src|href)="(https?:)?\/\//i);
    expect(page).not.toMatch(/@import|url\(/i);
  });

  it("runs as the viewer: a reader's session or bearer token sees the board too, with its own name", async () => {
    const reader = await server.token(Role.READER);
    const viaCookie = await (await getPage(server, "/", { cookie: await signIn(server, reader) })).text();
    expect(viaCookie).toContain("(läsare)");
    expect(viaCookie).toContain("7 gemensamma system");
    const viaBearer = await getPage(server, "/", { token: reader });
    expect(viaBearer.status).toBe(200);
    expect(await viaBearer.text()).toContain("(läsare)");
  });
});

describe("the status page's SQL", () => {
  it(`runs a fixed number of statements (${PAGE_STATEMENTS}), however many systems there are`, async () => {
    const large = await startServer({ prepare: (db) => addSyntheticData(db, { municipalities: 40, collaborations: 93, participantsPerCollaboration: 5, historyPerCollaboration: 3 }) });
    try {
      const seeded = await getPage(server, "/", { cookie });
      const big = await getPage(large, "/", { cookie: await signIn(large, large.adminToken) });
      expect(big.status).toBe(200);
      expect(await big.text()).toContain(": 100 gemensamma system,");
      expect(Number(seeded.headers.get("x-sql-statements"))).toBe(PAGE_STATEMENTS);
      expect(Number(big.headers.get("x-sql-statements"))).toBe(PAGE_STATEMENTS);
    } finally {
      await large.close();
    }
  });
});
