/**
 * Kompetens (`/kompetens`) and Styrning (`/styrning`) over real HTTP, on data the test builds: the
 * competence risks grouped by system or municipality with the highest first, the networks, planned
 * leave only where the viewer may see it; the governance rules with their failures grouped by rule
 * and object, linked to the system's and the municipality's pages.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/src/access/roles";
import { escapeHtml } from "../../server/src/render/html";
import { ok } from "../helpers/server";
import { type Collaboration, type Kit, type Municipality, startKit, graphql } from "../kit";
import { getPage, signIn } from "./helpers";

let kit: Kit;
let risky: Municipality;
let safe: Municipality;
let shared: Collaboration;
let adminCookie: string;

beforeAll(async () => {
  kit = await startKit();
  risky = await kit.municipality({ name: "Riskby" });
  safe = await kit.municipality({ name: "Tryggby" });
  const payroll = await kit.application({ name: "Löneappen", category: "PAYROLL_HR" });
  const maps = await kit.application({ name: "Kartappen", category: "GIS" });
  shared = await kit.collaboration({ level: 3, participants: [risky, safe], application: payroll, name: "Gemensam lön" });
  await kit.usage({ municipality: risky, application: maps, users: 50 });
  await kit.usage({ municipality: safe, application: maps, users: 5 });
  const specialist = await kit.person({ municipality: risky, name: "Siv Specialist" });
  await kit.competence({ person: specialist, application: payroll, level: "SPECIALIST" });
  await kit.plannedLeave(specialist, "2026-09");
  const colleague = await kit.person({ municipality: safe, name: "Kalle Kollega" });
  const network = await kit.server.gql(
    graphql(`mutation CompetenceGovernancePagesCompetenceNetworkCreate($input: CompetenceNetworkCreateInput!) { competenceNetworkCreate(input: $input) { userErrors { message } } }`),
    {
      input: { name: "Lönenätverket", category: "PAYROLL_HR", coordinatorId: specialist.id, memberIds: [colleague.id], collaborationIds: [shared.id], meetingCadence: "QUARTERLY" },
    },
  );
  expect(ok(network).competenceNetworkCreate!.userErrors).toEqual([]);
  adminCookie = await signIn(kit.server, kit.server.adminToken);
});
afterAll(async () => kit?.close());

async function page(path: string, cookie = adminCookie) {
  const response = await getPage(kit.server, path, { cookie });
  return { status: response.status, text: await response.text() };
}

const headings = (text: string, level: number) => [...text.matchAll(new RegExp(`<h${level}[^>]*>(.*?)</h${level}>`, "g"))].map((m) => m[1].replace(/<[^>]+>/g, ""));

describe("Kompetens", () => {
  it("groups the API's competence risks by system, the group with the highest risk first, and links them", async () => {
    const api = ok(await kit.server.gql(graphql(`query CompetenceGovernancePagesCompetenceRisk { competenceRisk(first: 100) { nodes { label score application { name } collaboration { id } } } }`)))
      .competenceRisk!.nodes as {
      label: string;
      score: number;
      application: { name: string };
      collaboration: { id: string } | null;
    }[];
    expect(api.length).toBeGreaterThan(1);
    const { status, text } = await page("/kompetens");
    expect(status).toBe(200);
    expect(text).toContain('<a href="/kompetens" aria-current="page">Kompetens</a>');
    const top = new Map<string, number>();
    for (const r of api) top.set(r.application.name, Math.max(top.get(r.application.name) ?? -1, r.score));
    const expected = [...top.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "sv")).map(([name]) => name);
    expect(headings(text, 3)).toEqual(expected);
    for (const r of api.filter((x) => !x.collaboration)) expect(text).toContain(`>${escapeHtml(r.label)}</a>`);
    expect(text).toContain(`<a href="/system/${encodeURIComponent(shared.id)}">Gemensam lön</a>`);
  });

  it("groups by municipality on request, a collaboration's risk under each participant", async () => {
    const { status, text } = await page("/kompetens?grupp=kommun");
    expect(status).toBe(200);
    expect(headings(text, 3).sort()).toEqual(["Riskby", "Tryggby"]);
    expect(text.match(/>Gemensam lön<\/a>/g)?.length).toBeGreaterThanOrEqual(2);
    expect(text).toContain(`<a href="/kommun/${risky.code}">Riskby</a>`);
    expect((await page("/kompetens?grupp=fel")).status).toBe(400);
    expect((await page("/kompetens?asOf=igår")).status).toBe(400);
  });

  it("lists the networks, and planned leave only to those the API shows it to", async () => {
    const admin = await page("/kompetens");
    expect(admin.text).toContain("Lönenätverket");
    expect(admin.text).toContain("varje kvartal");
    expect(admin.text).toContain("Siv Specialist");
    expect(admin.text).toMatch(
      /Siv Specialist<\/th><td data-label="Kommun"><a href="\/kommun\/\d+">Riskby<\/a><\/td><td data-label="Från">2026-09<\/td><td data-label="Kompetens">Löneappen \(specialist\)/,
    );
    const own = await page("/kompetens", await signIn(kit.server, await kit.server.token(Role.EDITOR, risky.code)));
    expect(own.text).toContain('data-label="Från">2026-09');
    for (const token of [await kit.server.token(Role.EDITOR, safe.code), await kit.server.token(Role.READER)]) {
      const other = await page("/kompetens", await signIn(kit.server, token));
      expect(other.status).toBe(200);
      expect(other.text).not.toContain("2026-09");
      expect(other.text).toContain("Ingen planerad frånvaro som du får se.");
    }
  });
});

describe("Styrning", () => {
  it("shows each rule's outcome and its failures grouped by object, linked to the system's and the municipality's pages", async () => {
    const report = ok(
      await kit.server.gql(graphql(`query CompetenceGovernancePagesGovernanceReport { governanceReport { compliant applicable rules { title failures { label objectType } } } }`)),
    ).governanceReport;
    const failing = (report!.rules as { title: string; failures: { label: string; objectType: string }[] }[]).filter((r) => r.failures.length);
    expect(failing.length).toBeGreaterThan(1);
    const { status, text } = await page("/styrning");
    expect(status).toBe(200);
    expect(text).toContain('<a href="/styrning" aria-current="page">Styrning</a>');
    expect(text).toContain(`(${report!.compliant} av ${report!.applicable} uppfyllda)`);
    // One section per failing rule, the most failures first.
    const sections = headings(text, 2);
    expect(sections).toEqual([...failing].sort((a, b) => b.failures.length - a.failures.length).map((r) => r.title));
    for (const rule of failing) {
      const start = text.indexOf(`>${escapeHtml(rule.title)}</h2>`);
      const end = text.indexOf("<h2", start);
      const section = text.slice(start, end === -1 ? undefined : end);
      for (const f of rule.failures) expect(section).toContain(escapeHtml(f.label));
      expect(section.match(/<tr><th scope="row">/g)).toHaveLength(rule.failures.length);
    }
    // The collaboration without a driftavtal leads to its system page, the usages without an owner to their municipality's.
    expect(text).toContain(`<th scope="row"><a href="/system/${encodeURIComponent(shared.id)}">Gemensam lön</a></th>`);
    expect(text).toContain(`<th scope="row"><a href="/kommun/${risky.code}">Riskby</a></th>`);
    expect((await page("/styrning?asOf=x")).status).toBe(400);
  });

  it("says so when no rule applies to anything on the date", async () => {
    const { status, text } = await page("/styrning?asOf=1990-01-01");
    expect(status).toBe(200);
    expect(text).toContain("Inga regler gäller något den dagen: det finns inget att bedöma.");
    expect(text).not.toContain("Efterlevnadsgrad");
    expect(text).not.toMatch(/100\s%/);
  });
});
