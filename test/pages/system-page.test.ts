/**
 * Ett system (`/system/<id>`) over real HTTP: one collaboration's level history, participants over
 * time, roles, agreements with their schedules, gaps, competence and the candidates that build on
 * it, as the API answers the viewer; the board links to it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/src/access/roles";
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

const SYSTEMS = graphql(`query SystemPageCollaborations($asOf: LocalDate) { collaborations(first: 100) { nodes {
  id name startedOn
  levelHistory { changedOn decisionReference }
  participants(includeFormer: true) { municipality { name } joinedOn leftOn }
  roles { kind person { name } }
  statusBoardRow(asOf: $asOf) { agreements { agreement { name } decisionDeadline noticeDeadline } openGaps { reason } }
} }
collaborationCandidates(includeHidden: true, first: 100) { nodes { id summary collaboration { id } } } }`);

async function page(path: string, auth: { cookie?: string; token?: string } = { cookie }) {
  const response = await getPage(server, path, auth);
  return { status: response.status, text: await response.text() };
}

/** The section from heading `id` to the next h2. */
function section(text: string, id: string): string {
  const start = text.indexOf(`<h2 id="${id}">`);
  expect(start, id).toBeGreaterThan(-1);
  const end = text.indexOf("<h2 ", start + 1);
  return text.slice(start, end === -1 ? undefined : end);
}

describe("GET /system/<id>", () => {
  it("shows each system as the API does: levels, participants over time, roles, agreements with deadlines, gaps, candidates", async () => {
    const data = ok(await server.gql(SYSTEMS));
    const systems = data.collaborations!.nodes as any[];
    expect(systems).toHaveLength(7);
    const board = (await page("/")).text;
    for (const system of systems) {
      expect(board, "the board links to the system").toContain(`<a href="/system/${encodeURIComponent(system.id)}">${escapeHtml(system.name)}</a>`);
      const { status, text } = await page(`/system/${encodeURIComponent(system.id)}`);
      expect(status).toBe(200);
      expect(text).toContain(`<h1>${escapeHtml(system.name)}</h1>`);
      for (const change of system.levelHistory) expect(section(text, "nivahistorik")).toContain(formatLongDate(change.changedOn));
      const participants = section(text, "deltagare");
      for (const p of system.participants) {
        expect(participants).toContain(escapeHtml(p.municipality.name));
        if (p.leftOn) expect(participants).toContain(formatLongDate(p.leftOn));
      }
      for (const role of system.roles) expect(section(text, "roller")).toContain(escapeHtml(role.person.name));
      const agreements = section(text, "avtal");
      for (const a of system.statusBoardRow.agreements) {
        expect(agreements).toContain(escapeHtml(a.agreement.name));
        expect(agreements).toContain(formatLongDate(a.decisionDeadline));
      }
      for (const gap of system.statusBoardRow.openGaps) expect(section(text, "brister")).toContain(escapeHtml(gap.reason));
      const candidates = data.collaborationCandidates!.nodes.filter((c: any) => c.collaboration?.id === system.id);
      for (const c of candidates) expect(section(text, "forslag")).toContain(`href="/rekommendationer/${encodeURIComponent(c.id)}"`);
    }
    // Some agreement's decision deadline has passed on the seed's today: marked, not dropped.
    expect(systems.some((s) => s.statusBoardRow.agreements.some((a: any) => a.decisionDeadline < "2026-06-15"))).toBe(true);
    const overdue = systems.find((s) => s.statusBoardRow.agreements.some((a: any) => a.decisionDeadline < "2026-06-15"));
    expect(section((await page(`/system/${encodeURIComponent(overdue.id)}`)).text, "avtal")).toContain('<strong class="overdue">(passerad)</strong>');
  });

  it("shows a past date, and says when the system had not begun", async () => {
    const system = (ok(await server.gql(SYSTEMS)).collaborations!.nodes as any[])[0];
    const before = (await page(`/system/${encodeURIComponent(system.id)}?asOf=1990-01-01`)).text;
    expect(before).toContain("Läget den 1 januari 1990. Samverkan hade inte börjat det datumet.");
    expect(before).toContain("Inga avtal.");
  });

  it("answers a reader too, and unknown ids and bad dates in Swedish", async () => {
    const system = (ok(await server.gql(SYSTEMS)).collaborations!.nodes as any[])[0];
    const reader = await server.token(Role.READER);
    expect((await page(`/system/${encodeURIComponent(system.id)}`, { token: reader })).status).toBe(200);
    const unknown = await page("/system/inget");
    expect(unknown.status).toBe(404);
    expect(unknown.text).toContain("<h1>Systemet finns inte</h1>");
    const municipality = ok(await server.gql(graphql(`query SystemPageMunicipalities { municipalities(first: 1) { nodes { id } } }`))).municipalities!.nodes[0].id;
    expect((await page(`/system/${encodeURIComponent(municipality)}`)).status).toBe(404);
    const bad = await page(`/system/${encodeURIComponent(system.id)}?asOf=igår`);
    expect(bad.status).toBe(400);
    expect(bad.text).toContain("Ange datumet som ÅÅÅÅ-MM-DD");
    expect((await getPage(server, `/system/${encodeURIComponent(system.id)}`)).status).toBe(303);
  });
});
