/**
 * En kommun (`/kommun/<kod>`) and the list `/kommun` over real HTTP: applications, participations,
 * deadlines with passed ones first and marked, competence risks, as the API answers the viewer.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/src/access/roles";
import { agreementDeadlines } from "../../server/src/agreements/deadline-list";
import { formatLongDate } from "../../server/src/render/format";
import { escapeHtml } from "../../server/src/render/html";
import { ok, startServer, type TestServer } from "../helpers/server";
import { getPage, signIn } from "./helpers";
import { graphql } from "../kit";

let server: TestServer;
let cookie: string;
beforeAll(async () => {
  server = await startServer();
  cookie = await signIn(server, server.adminToken);
});
afterAll(async () => server.close());

const MUNICIPALITY = graphql(`query MunicipalityPageMunicipality($code: String!, $ref: ID!) {
  municipality(code: $code) { name applicationUsages { application { name } userCount } participations { collaboration { id name } } }
  agreements(municipality: $ref, first: 100) { nodes { name schedule { status decisionDeadline noticeDeadline currentTermEnd } } }
  competenceRisk(municipality: $ref, first: 100) { nodes { label } }
}`);

async function page(path: string, auth: { cookie?: string; token?: string } = { cookie }) {
  const response = await getPage(server, path, auth);
  return { status: response.status, text: await response.text() };
}

function section(text: string, id: string): string {
  const start = text.indexOf(`<h2 id="${id}">`);
  expect(start, id).toBeGreaterThan(-1);
  const end = text.indexOf("<h2 ", start + 1);
  return text.slice(start, end === -1 ? undefined : end);
}

describe("agreementDeadlines", () => {
  it("puts passed decision and notice deadlines of running agreements first, marked; drops those of ended agreements", () => {
    const rows = agreementDeadlines(
      [
        { name: "B", schedule: { status: "DECISION_DUE", decisionDeadline: "2025-11-30", noticeDeadline: "2026-08-31", currentTermEnd: "2026-11-30" } },
        { name: "A", schedule: { status: "ACTIVE", decisionDeadline: "2026-07-01", noticeDeadline: "2027-01-01", currentTermEnd: "2027-06-30" } },
        { name: "C", schedule: { status: "EXPIRED", decisionDeadline: "2020-01-01", noticeDeadline: "2020-06-01", currentTermEnd: "2021-01-01" } },
      ],
      "2026-06-15",
    );
    expect(rows.map((r) => `${r.date} ${r.agreement} ${r.overdue ? "passerad" : ""}`.trim())).toEqual([
      "2025-11-30 B passerad",
      "2026-07-01 A",
      "2026-08-31 B",
      "2026-11-30 B",
      "2027-01-01 A",
      "2027-06-30 A",
    ]);
  });
});

describe("GET /kommun and /kommun/<kod>", () => {
  it("lists the municipalities, each linking to its page", async () => {
    const list = await page("/kommun");
    expect(list.status).toBe(200);
    expect(list.text).toContain('<a href="/kommun/1460">Bengtsfors</a>');
    expect(list.text).toContain('<a href="/kommun" aria-current="page">Kommuner</a>');
  });

  it("shows Bengtsfors as the API does: applications, participations, deadlines (passed first), competence risks", async () => {
    const api = ok(await server.gql(MUNICIPALITY, { code: "1460", ref: "1460" }));
    const { status, text } = await page("/kommun/1460");
    expect(status).toBe(200);
    expect(text).toContain("<h1>Bengtsfors</h1>");
    const apps = section(text, "applikationer");
    expect(api.municipality!.applicationUsages.length).toBeGreaterThan(3);
    for (const u of api.municipality!.applicationUsages) expect(apps).toContain(escapeHtml(u.application.name));
    for (const p of api.municipality!.participations) expect(section(text, "samverkan")).toContain(`>${escapeHtml(p.collaboration.name)}</a>`);
    for (const r of api.competenceRisk!.nodes) expect(section(text, "kompetensrisk")).toContain(escapeHtml(r.label));

    const expected = agreementDeadlines(api.agreements!.nodes, "2026-06-15");
    const overdue = expected.filter((d) => d.overdue);
    expect(overdue.length, "Bengtsfors has passed decision deadlines on the seed's today").toBeGreaterThan(0);
    const deadlines = section(text, "tidsgranser");
    expect(deadlines.match(/\(passerad\)/g)).toHaveLength(overdue.length);
    // Passed ones come first: the first row is a passed one, the last passed one before any coming one.
    const rows = [...deadlines.matchAll(/<tr><th scope="row">([^<]+)/g)].map((m) => m[1].trim());
    expect(rows.slice(0, overdue.length)).toEqual(overdue.map((d) => formatLongDate(d.date)));
    expect(rows).toHaveLength(expected.length);
    // The board links participants here.
    expect((await page("/")).text).toContain('<a href="/kommun/1460">Bengtsfors</a>');
  });

  it("/avtal lists every agreement's deadlines, passed decision deadlines first and marked", async () => {
    const api = ok(await server.gql(graphql(`query MunicipalityPageAgreements { agreements(first: 100) { nodes { name schedule { status decisionDeadline noticeDeadline currentTermEnd } } } }`)));
    const expected = agreementDeadlines(api.agreements!.nodes, "2026-06-15");
    const overdue = expected.filter((d) => d.overdue);
    expect(overdue.length).toBeGreaterThan(3);
    const { status, text } = await page("/avtal");
    expect(status).toBe(200);
    expect(text).toContain('<a href="/avtal" aria-current="page">Avtal och tidsgränser</a>');
    const rows = [...text.matchAll(/<tr><th scope="row">([^<]+)/g)].map((m) => m[1].trim());
    expect(rows).toEqual(expected.map((d) => formatLongDate(d.date)));
    expect(text.match(/\(passerad\)/g)).toHaveLength(overdue.length);
    expect(text).toContain("Driftavtal bibliotekssystem");
    expect((await page("/avtal?asOf=nej")).status).toBe(400);
  });

  it("answers unknown codes and bad dates in Swedish; a reader may read", async () => {
    expect((await page("/kommun/9999")).text).toContain("Ingen kommun har koden 9999.");
    expect((await page("/kommun/9999")).status).toBe(404);
    expect((await page("/kommun/abc")).status).toBe(404);
    expect((await page("/kommun/1460?asOf=x")).status).toBe(400);
    expect((await page("/kommun/1460", { token: await server.token(Role.READER) })).status).toBe(200);
  });
});
