/**
 * The Rekommendationer pages over real HTTP: the list for a date with its filters and order, a
 * candidate's page, and the decision form (per-session form token and Origin check), all run as the
 * signed-in viewer; plus the common header and the Swedish 404.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/src/access/roles";
import { NAV_LINKS } from "../../server/src/pages/chrome";
import { escapeHtml } from "../../server/src/render/html";
import { ok, startServer, type TestServer } from "../helpers/server";
import { getPage, originOf, signIn } from "./helpers";
import { graphql } from "../kit";

let server: TestServer;
let cookie: string;
beforeAll(async () => {
  server = await startServer();
  cookie = await signIn(server, server.adminToken);
});
afterAll(async () => server.close());

const CANDIDATES = graphql(`query RecommendationsPageCollaborationCandidates($asOf: LocalDate, $municipality: ID, $trigger: RecommendationTrigger, $orderBy: CollaborationCandidateOrder) {
  collaborationCandidates(asOf: $asOf, municipality: $municipality, trigger: $trigger, orderBy: $orderBy, first: 100) {
    totalCount nodes { id kind score summary drivingDeadline proposedApplication { name } participants { code } targetLevel { ordinal name } }
  }
}`);
const DECISIONS = graphql(`query RecommendationsPageRecommendationDecisions { recommendationDecisions(first: 100) { nodes { id status reason decidedBy deferredUntil candidateKey } } }`);

async function candidates(variables: Record<string, unknown> = {}) {
  return ok(await server.gql(CANDIDATES, variables)).collaborationCandidates as { totalCount: number; nodes: any[] };
}

/** The candidates' links on a list page, in page order. */
function linkedIds(page: string): string[] {
  return [...page.matchAll(/<a href="\/rekommendationer\/([^"?/]+)(?:\?[^"]*)?">/g)].map((m) => decodeURIComponent(m[1]));
}

async function html(path: string, auth: { cookie?: string; token?: string } = { cookie }) {
  const response = await getPage(server, path, auth);
  return { status: response.status, text: await response.text() };
}

function postForm(path: string, fields: Record<string, string>, headers: Record<string, string>) {
  return fetch(`${originOf(server)}${path}`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams(fields),
  });
}

/** The hidden form token on a candidate page. */
function formTokenOf(page: string): string {
  const match = page.match(/name="formToken" value="([^"]+)"/);
  expect(match, "the page has a form token").not.toBeNull();
  return match![1];
}

describe("the common header and the Swedish 404", () => {
  it("every page draws the header's one list of links, the current one marked", async () => {
    const page = (await html("/rekommendationer")).text;
    for (const link of NAV_LINKS) expect(page).toContain(`<a href="${link.href}"`);
    expect(page).toContain('<a href="/rekommendationer" aria-current="page">Rekommendationer</a>');
    expect((await html("/")).text).toContain('<a href="/" aria-current="page">Statustavla</a>');
  });

  it("answers an unknown address with a Swedish page to a browser and Swedish JSON with a code to anything else", async () => {
    const page = await html("/finns/inte");
    expect(page.status).toBe(404);
    expect(page.text).toContain("<h1>Sidan finns inte</h1>");
    expect(page.text).toContain('<a href="/rekommendationer">Rekommendationer</a>');
    const json = await fetch(`${originOf(server)}/finns/inte?x=1`);
    expect(json.status).toBe(404);
    expect(await json.json()).toEqual({ error: "Det finns inget på GET /finns/inte.", code: "NOT_FOUND" });
  });
});

describe("GET /rekommendationer", () => {
  it("sends a browser without a session to sign in", async () => {
    const response = await getPage(server, "/rekommendationer?kommun=1460");
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/signin?next=%2Frekommendationer%3Fkommun%3D1460");
  });

  it("lists today's candidates as the API does, highest score first, with overdue deadlines marked", async () => {
    const api = await candidates();
    expect(api.totalCount).toBeGreaterThan(5);
    const page = await html("/rekommendationer");
    expect(page.status).toBe(200);
    expect(page.text).toContain(`${api.totalCount} förslag.`);
    expect(linkedIds(page.text)).toEqual(api.nodes.map((c) => c.id));
    const overdue = api.nodes.filter((c) => c.drivingDeadline !== null && c.drivingDeadline < "2026-06-15");
    expect(overdue.length).toBeGreaterThan(0);
    expect(page.text.match(/\(passerad\)/g)).toHaveLength(overdue.length);
  });

  it("filters by municipality, business area and trigger, and orders by deadline, as the API's arguments do", async () => {
    const saffle = await candidates({ municipality: "1785" });
    expect(saffle.totalCount).toBeGreaterThan(0);
    expect(saffle.totalCount).toBeLessThan((await candidates()).totalCount);
    expect(linkedIds((await html("/rekommendationer?kommun=1785")).text)).toEqual(saffle.nodes.map((c) => c.id));

    const poor = await candidates({ trigger: "POOR_APPLICATION" });
    const expiring = await candidates({ trigger: "AGREEMENT_EXPIRING" });
    expect(poor.totalCount).not.toBe(expiring.totalCount);
    expect(linkedIds((await html("/rekommendationer?utlosare=POOR_APPLICATION")).text)).toEqual(poor.nodes.map((c) => c.id));
    expect(linkedIds((await html("/rekommendationer?utlosare=AGREEMENT_EXPIRING")).text)).toEqual(expiring.nodes.map((c) => c.id));

    const care = (await html("/rekommendationer?kategori=CARE")).text;
    expect(linkedIds(care).length).toBeGreaterThan(0);
    expect(care).toContain('<option value="CARE" selected>Vård och omsorg</option>');

    const byDeadline = await candidates({ orderBy: { field: "DEADLINE", direction: "ASC" } });
    const page = (await html("/rekommendationer?ordning=tidsgrans")).text;
    expect(linkedIds(page)).toEqual(byDeadline.nodes.map((c) => c.id));
    expect(linkedIds(page)).not.toEqual((await candidates()).nodes.map((c) => c.id));
  });

  it("answers bad filters and dates in Swedish with 400", async () => {
    for (const [path, text] of [
      ["/rekommendationer?asOf=15%2F6", "Ange datumet som ÅÅÅÅ-MM-DD"],
      ["/rekommendationer?kommun=Bengtsfors", "fyrsiffriga kommunkod"],
      ["/rekommendationer?kommun=9999", "Ingen kommun har koden ”9999”."],
      ["/rekommendationer?utlosare=X", "Okänd utlösare."],
      ["/rekommendationer?ordning=namn", "Sortera efter poäng eller tidsgräns."],
    ]) {
      const page = await html(path);
      expect(page.status, path).toBe(400);
      expect(page.text, path).toContain(escapeHtml(text));
    }
  });
});

describe("GET /rekommendationer/<id>", () => {
  it("shows a candidate: participants, proposed level and product, evidence per trigger, cost split, window, decisions", async () => {
    const candidate = (await candidates()).nodes[0];
    const page = await html(`/rekommendationer/${candidate.id}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain(escapeHtml(candidate.summary));
    expect(page.text).toContain(`${candidate.targetLevel.ordinal} ${candidate.targetLevel.name}`);
    expect(page.text).toContain(escapeHtml(candidate.proposedApplication.name));
    for (const heading of ["Utlösare och underlag", "Förklaring", "Kostnad i dag och fördelning", "Beslut"]) expect(page.text).toContain(`>${heading}</h2>`);
    expect(page.text).toContain("Underlag för ”Avtal på väg ut”");
    expect(page.text).toContain("Fördelning efter folkmängd");
    expect(page.text).toContain("Inga beslut ännu.");
    expect(page.text).toContain('<button type="submit">Spara beslut</button>');
  });

  it("answers an unknown candidate with a Swedish 404", async () => {
    const page = await html("/rekommendationer/inget-sadant");
    expect(page.status).toBe(404);
    expect(page.text).toContain("<h1>Förslaget finns inte</h1>");
  });

  it("shows the decision form only to those who may decide", async () => {
    const all = (await candidates()).nodes;
    const withoutSaffle = all.find((c) => !c.participants.some((p: any) => p.code === "1785"))!;
    const withSaffle = all.find((c) => c.participants.some((p: any) => p.code === "1785"))!;
    const reader = await signIn(server, await server.token(Role.READER));
    const editor = await signIn(server, await server.token(Role.EDITOR, "1785"));
    expect((await html(`/rekommendationer/${withoutSaffle.id}`, { cookie: reader })).text).toContain("Din token får läsa förslaget men inte besluta om det");
    expect((await html(`/rekommendationer/${withoutSaffle.id}`, { cookie: editor })).text).not.toContain("Spara beslut");
    expect((await html(`/rekommendationer/${withSaffle.id}`, { cookie: editor })).text).toContain("Spara beslut");
    // A past date shows the candidate as it stood, without the form (decisions concern today).
    const past = await html(`/rekommendationer/${withSaffle.id}?asOf=2026-06-14`, { cookie: editor });
    expect(past.status).toBe(200);
    expect(past.text).toContain("Utvärderat den 14 juni 2026.");
    expect(past.text).toContain("öppna dagens version");
    expect(past.text).not.toContain("Spara beslut");
  });
});

describe("POST /rekommendationer/<id>/beslut", () => {
  it("records a decision made through the form as the viewer: in the API and the audit log", async () => {
    const candidate = (await candidates()).nodes[1];
    const path = `/rekommendationer/${candidate.id}`;
    const token = formTokenOf((await html(path)).text);
    const response = await postForm(`${path}/beslut`, { formToken: token, status: "DEFERRED", deferredUntil: "2026-09-01", reason: "Väntar på budgetbeslut." }, { cookie, origin: originOf(server) });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`${path}?sparat`);
    const after = await html(`${path}?sparat`);
    expect(after.text).toContain("Beslutet är sparat.");
    expect(after.text).toContain("Väntar på budgetbeslut.");

    const decisions = ok(await server.gql(DECISIONS)).recommendationDecisions!.nodes;
    const decision = decisions.find((d: any) => d.reason === "Väntar på budgetbeslut.");
    expect(decision).toMatchObject({ status: "DEFERRED", deferredUntil: "2026-09-01", decidedBy: "test-admin" });
    const audit = ok(await server.gql(graphql(`query RecommendationsPageAuditLog($id: ID!) { auditLog(objectId: $id) { nodes { operation actorName } } }`), { id: decision!.id })).auditLog!.nodes;
    expect(audit).toEqual([{ operation: "recommendationDecide", actorName: "test-admin" }]);
  });

  it("refuses a forged cross-site post, and one without the session's form token: nothing is recorded", async () => {
    const candidate = (await candidates()).nodes[2];
    const path = `/rekommendationer/${candidate.id}`;
    const token = formTokenOf((await html(path)).text);
    const before = ok(await server.gql(DECISIONS)).recommendationDecisions!.nodes.length;
    const fields = { formToken: token, status: "ACCEPTED", reason: "Forged." };
    const crossSite = await postForm(`${path}/beslut`, fields, { cookie, origin: "http://evil.example" });
    expect(crossSite.status).toBe(403);
    expect(await crossSite.text()).toContain("Otillåten begäran");
    const fetchSite = await postForm(`${path}/beslut`, fields, { cookie, "sec-fetch-site": "cross-site" });
    expect(fetchSite.status).toBe(403);
    const noToken = await postForm(`${path}/beslut`, { status: "ACCEPTED", reason: "Forged." }, { cookie, origin: originOf(server) });
    expect(noToken.status).toBe(403);
    const otherSession = formTokenOf((await html(path, { cookie: await signIn(server, server.adminToken) })).text);
    expect(otherSession).not.toBe(token);
    expect((await postForm(`${path}/beslut`, { ...fields, formToken: otherSession }, { cookie, origin: originOf(server) })).status).toBe(403);
    expect(ok(await server.gql(DECISIONS)).recommendationDecisions!.nodes.length).toBe(before);
  });

  it("answers mistakes in Swedish beside the form and records nothing; a reader is refused", async () => {
    const candidate = (await candidates()).nodes[3];
    const path = `/rekommendationer/${candidate.id}`;
    const token = formTokenOf((await html(path)).text);
    const before = ok(await server.gql(DECISIONS)).recommendationDecisions!.nodes.length;
    const noDate = await postForm(`${path}/beslut`, { formToken: token, status: "DEFERRED", reason: "Senare." }, { cookie, origin: originOf(server) });
    expect(noDate.status).toBe(400);
    const text = await noDate.text();
    expect(text).toContain("Ett uppskjutet beslut behöver ett datum som det gäller till.");
    expect(text).toContain("Senare."); // the reason is kept in the form
    const pastDate = await postForm(`${path}/beslut`, { formToken: token, status: "DEFERRED", deferredUntil: "2026-01-01", reason: "Senare." }, { cookie, origin: originOf(server) });
    expect(await pastDate.text()).toContain("Datumet måste ligga efter i dag");
    const noReason = await postForm(`${path}/beslut`, { formToken: token, status: "ACCEPTED", reason: " " }, { cookie, origin: originOf(server) });
    expect(await noReason.text()).toContain("Skriv en motivering.");

    const reader = await signIn(server, await server.token(Role.READER));
    expect((await html(path, { cookie: reader })).text).not.toContain('name="formToken"');
    const readerPost = await postForm(`${path}/beslut`, { status: "ACCEPTED", reason: "Ja." }, { authorization: `Bearer ${await server.token(Role.READER)}` });
    expect(readerPost.status).toBe(403);
    expect(await readerPost.text()).toContain("Ingen behörighet");
    expect(ok(await server.gql(DECISIONS)).recommendationDecisions!.nodes.length).toBe(before);
  });
});
