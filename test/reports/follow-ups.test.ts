/**
 * Nyttorealisering on the candidate's page and in the annual report: an accepted decision made on
 * 2025-03-01 (its row written as the decision service writes it; the API decides only today) with
 * expected effects, and a cost that rose from 2026-01-01. The page shows expected against realised
 * at +12 months and "not yet" at +24; the 2026 report lists the decision and names the
 * collaboration whose cost rose; the 2025 report, before the first follow-up, names none.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import axe from "axe-core";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeIdOf } from "../../server/src/core/global-id";
import { RecommendationDecision } from "../../server/src/recommendations/entities";
import { followUpSectionMarkdown } from "../../server/src/reports/follow-ups";
import { ok } from "../helpers/server";
import { type Kit, type Municipality, startKit, graphql } from "../kit";
import { getPage, originOf } from "../pages/helpers";

let kit: Kit;
let candidateId: string;
let decisionId: string;
const names: string[] = [];

graphql(`fragment FollowUpsMeasures on ReportFollowUpMeasures { costPerInhabitantOre levelOrdinal competenceRiskScore productCount }`);
const REPORT =
  graphql(`query FollowUpsReport($year: Int!) { annualReport(year: $year) { followUps { costRose decisions { decidedOn subject participants summary expected { ...FollowUpsMeasures } atDecision { ...FollowUpsMeasures }
  points { monthsAfter date costRose realised { ...FollowUpsMeasures } } costRose } } } }`);
const UPDATE_USAGE = graphql(`mutation FollowUpsApplicationUsageUpdate($input: ApplicationUsageUpdateInput!) { applicationUsageUpdate(input: $input) { userErrors { field code message } } }`);

beforeAll(async () => {
  kit = await startKit();
  // Populations for 2024 and 2025: a cost per inhabitant on a date reads the year before.
  const municipality = async (code: string, name: string, population: number): Promise<Municipality> => {
    const input = { code, name, county: "Testlän", populations: [2024, 2025].map((year) => ({ year, population })) };
    const payload = ok(
      await kit.server.gql(
        graphql(`mutation FollowUpsMunicipalityCreate($input: MunicipalityCreateInput!) { municipalityCreate(input: $input) { municipality { id code name } userErrors { code } } }`),
        { input },
      ),
    ).municipalityCreate;
    expect(payload!.userErrors).toEqual([]);
    return payload!.municipality!;
  };
  const [a, b] = [await municipality("9101", "Nyttoby", 10_000), await municipality("9102", "Utfallsås", 5_000)];
  names.push(a.name, b.name);
  const application = await kit.application({ name: "Kartverket Pro", category: "GIS" });
  const [ua, ub] = [await kit.usage({ municipality: a, application, since: "2020-01-01" }), await kit.usage({ municipality: b, application, since: "2020-01-01" })];
  // 150 000 kr a year between 15 000 inhabitants: 10 kr each, from 2020; Nyttoby's cost rises by 60 000 kr from 2026-01-01.
  for (const [usage, kronor, from] of [
    [ua, 100_000, "2020-01-01"],
    [ub, 50_000, "2020-01-01"],
    [ua, 160_000, "2026-01-01"],
  ] as const) {
    const result = ok(await kit.server.gql(UPDATE_USAGE, { input: { id: usage.id, annualCostOre: kronor * 100, effectiveFrom: from, correctionReason: "Kostnaden enligt fakturorna." } }));
    expect(result.applicationUsageUpdate!.userErrors).toEqual([]);
  }
  const [appId, aId, bId] = [decodeIdOf(application.id, "Application")!, decodeIdOf(a.id, "Municipality")!, decodeIdOf(b.id, "Municipality")!];
  const decision = await kit.server.db.getRepository(RecommendationDecision).save(
    Object.assign(new RecommendationDecision(), {
      candidateKey: `application:${appId}|${[aId, bId].sort((x, y) => x - y).join(",")}`,
      subject: `application:${appId}`,
      participantIds: JSON.stringify([aId, bId]),
      fingerprint: JSON.stringify({ participants: [], agreements: [], usages: [] }),
      status: "ACCEPTED",
      deferredUntil: null,
      reason: "Gemensam kartplattform.",
      summary: "Nyttoby och Utfallsås använder redan Kartverket Pro.",
      decidedOn: "2025-03-01",
      decidedAt: "2025-03-01T10:00:00.000Z",
      decidedBy: "IT-chefsgruppen",
      municipalityId: null,
    }),
  );
  decisionId = decision.globalId;
  const recorded = ok(
    await kit.server.gql(graphql(`mutation FollowUpsDecisionEffectsRecord($input: DecisionEffectsRecordInput!) { decisionEffectsRecord(input: $input) { userErrors { code } } }`), {
      input: { decisionId, expectedCostPerInhabitantOre: 800, expectedLevel: 3, expectedCompetenceRiskScore: 20, expectedProductCount: 1 },
    }),
  ).decisionEffectsRecord;
  expect(recorded!.userErrors).toEqual([]);
  const candidates = ok(await kit.server.gql(graphql(`query FollowUpsCollaborationCandidates { collaborationCandidates(first: 100, includeHidden: true) { nodes { id key } } }`)))
    .collaborationCandidates!.nodes;
  candidateId = candidates.find((c: any) => c.key === decision.candidateKey)!.id;
});
afterAll(async () => kit.close());

/** A table's rows (header cells and data cells) as text, found by its caption. */
function tableRows(page: string, caption: string): string[][] {
  const start = page.indexOf(`<caption>${caption}</caption>`);
  expect(start, `a table captioned ${caption}`).toBeGreaterThan(-1);
  const tableHtml = page.slice(start, page.indexOf("</table>", start));
  return [...tableHtml.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...row[1].matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) =>
      cell[1]
        .replace(/<[^>]+>/g, "")
        .replace(/\s+/g, " ")
        .trim(),
    ),
  );
}

describe("nyttorealisering on the candidate's page", () => {
  it("shows what was expected beside the values at the decision and at +12 months, +24 not yet, and names the cost's rise", async () => {
    const response = await getPage(kit.server, `/rekommendationer/${encodeURIComponent(candidateId)}`, { token: kit.server.adminToken });
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain('<h2 id="nyttorealisering">Nyttorealisering</h2>');
    expect(tableRows(page, "Förväntat och utfall för beslutet 1 mars 2025")).toEqual([
      ["Mått", "Förväntat", "Vid beslutet", "+12 mån (1 mars 2026)", "+24 mån (1 mars 2027)"],
      ["Kostnad per invånare och år", "8,00 kr", "10,00 kr", "14,00 kr (ökade)", "inte uppföljd ännu"],
      ["Samverkansnivå", "nivå 3", "ingen samverkan", "ingen samverkan", "inte uppföljd ännu"],
      // No one is registered with competence in the system: the risk is high throughout.
      ["Kompetensrisk (poäng)", "20", "85", "85", "inte uppföljd ännu"],
      ["Produkter inom området", "1", "1", "1", "inte uppföljd ännu"],
    ]);
    expect(page).toContain("Kostnaden per invånare har ökat sedan beslutet (+12 månader).");
  });
});

describe("nyttorealisering in the annual report", () => {
  it("2026: the decision's expected against realised values, and the collaboration whose cost rose named", async () => {
    const section = ok(await kit.server.gql(REPORT, { year: 2026 })).annualReport!.followUps;
    const label = `Kartverket Pro (${names.join(", ")})`;
    expect(section.costRose).toEqual([label]);
    // The summary is asked for the Markdown section below; the decisions are compared without it.
    expect(section.decisions.map(({ summary: _, ...decision }) => decision)).toEqual([
      {
        decidedOn: "2025-03-01",
        subject: "Kartverket Pro",
        participants: names,
        expected: { costPerInhabitantOre: 800, levelOrdinal: 3, competenceRiskScore: 20, productCount: 1 },
        atDecision: { costPerInhabitantOre: 1000, levelOrdinal: null, competenceRiskScore: 85, productCount: 1 },
        points: [
          { monthsAfter: 12, date: "2026-03-01", costRose: true, realised: { costPerInhabitantOre: 1400, levelOrdinal: null, competenceRiskScore: 85, productCount: 1 } },
          { monthsAfter: 24, date: "2027-03-01", costRose: null, realised: null },
        ],
        costRose: true,
      },
    ]);
    const html = await (await getPage(kit.server, "/reports/all/2026.html", { token: kit.server.adminToken })).text();
    expect(html).toContain('<a href="#nyttorealisering">Nyttorealisering</a>');
    expect(html).toContain(`kostnaden per invånare steg för ${label}.`);
    expect(tableRows(html, `${label}, beslut 1 mars 2025`)[1]).toEqual(["Kostnad per invånare och år", "8,00 kr", "10,00 kr", "14,00 kr (ökade)", "inte uppföljd ännu"]);
    // The Markdown report (the CLI's) draws the same section.
    const markdown = followUpSectionMarkdown(section, 2026)
      .join("\n")
      .replace(/\u00a0/g, " ");
    expect(markdown).toContain(`Kostnaden per invånare steg för ${label}.`);
    expect(markdown).toContain("| Kostnad per invånare och år | 8,00 kr | 10,00 kr | 14,00 kr (ökade) | inte uppföljd ännu |");
  });

  it("2025: listed, but no follow-up is due before 31 December, so no cost is named as risen", async () => {
    const section = ok(await kit.server.gql(REPORT, { year: 2025 })).annualReport!.followUps;
    expect(section.costRose).toEqual([]);
    expect(section.decisions.map((d: any) => d.points.map((p: any) => p.realised))).toEqual([[null, null]]);
    // A report for a year before the decision does not list it.
    expect(ok(await kit.server.gql(REPORT, { year: 2023 })).annualReport!.followUps.decisions).toEqual([]);
  });
});

describe("nyttorealisering in Chromium", () => {
  it("the candidate's page and the 2026 report meet WCAG 2.1 AA with the follow-up, at 1 280 and 390 px, no wider than the phone", async () => {
    const chromiumPath = "/usr/bin/chromium";
    if (!existsSync(chromiumPath)) throw new Error(`${chromiumPath} is missing: apt-get update && apt-get install -y chromium (.ci/run does this).`);
    const profile = mkdtempSync(join(tmpdir(), "samverkan-chromium-"));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      headless: true,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
      viewport: { width: 1280, height: 900 },
      locale: "sv-SE",
      extraHTTPHeaders: { authorization: `Bearer ${kit.server.adminToken}` },
    });
    try {
      const page = await context.newPage();
      for (const width of [1280, 390]) {
        await page.setViewportSize({ width, height: 900 });
        for (const path of [`/rekommendationer/${encodeURIComponent(candidateId)}`, "/reports/all/2026.html"]) {
          await page.goto(`${originOf(kit.server)}${path}`);
          expect(await page.getByRole("heading", { name: "Nyttorealisering" }).count(), path).toBe(1);
          await page.evaluate(axe.source);
          const results = await page.evaluate(async () => (window as any).axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }));
          expect(
            results.violations.map((v: any) => `${v.id}: ${v.nodes.map((n: any) => n.target.join(" ")).join(", ")}`),
            `${path} at ${width} px`,
          ).toEqual([]);
          if (width === 390 && path.startsWith("/rekommendationer")) {
            expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path} fits 390 px`).toBeLessThanOrEqual(390);
          }
        }
      }
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
