import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ok } from "../helpers/server";
import { type Kit, type Municipality, startKit, graphql } from "../kit";

/**
 * The annual report's recommendations section on data of its own: a body with two members and a
 * non-member, one product the members share, another shared with the non-member. What the report
 * says of each candidate (proposed level and product, score, deadline, window, cost and split,
 * decision), only for candidates whose participants are members, with links to the pages; a year
 * without data; years out of range answered in Swedish.
 */

let kit: Kit;
let a: Municipality;
let b: Municipality;
let outsider: Municipality;
let body: string;

const page = (path: string, token: string | null = kit.server.adminToken) => fetch(kit.server.url.replace("/graphql", path), { headers: token ? { authorization: `Bearer ${token}` } : {} });

graphql(`fragment ReportRecommendationsRecommendation on ReportRecommendation { date trigger subject explanation decision decidedOn candidateId system { id name } participants { code name }
  proposedLevel { ordinal name } proposedProduct score deadline window { start end } annualCostOre costSplit { municipality amountOre } }`);

beforeAll(async () => {
  kit = await startKit();
  a = await kit.municipality({ name: "Alfaby", population: 10_000 });
  b = await kit.municipality({ name: "Betaby", population: 30_000 });
  outsider = await kit.municipality({ name: "Utanför", population: 20_000 });
  const created = ok(
    await kit.server.gql(
      graphql(
        `mutation ReportRecommendationsCollaborationBodyCreate { collaborationBodyCreate(input: { name: "Testförbundet", shortName: "TF" }) { collaborationBody { id } userErrors { message } } }`,
      ),
    ),
  );
  body = created.collaborationBodyCreate!.collaborationBody!.id;
  for (const m of [a, b]) {
    const started = ok(
      await kit.server.gql(graphql(`mutation ReportRecommendationsMembershipStart($input: MembershipStartInput!) { membershipStart(input: $input) { userErrors { message } } }`), {
        input: { collaborationBodyId: body, municipalityId: m.id, fromDate: "2020-01-01" },
      }),
    );
    expect(started.membershipStart!.userErrors).toEqual([]);
  }
  // The members run one product; a member and the non-member run another.
  const shared = await kit.application({ name: "Ekonomen", category: "FINANCE" });
  const mixed = await kit.application({ name: "Telefonen", category: "TELEPHONY" });
  await kit.usage({ municipality: a, application: shared, since: "2021-01-01", users: 40, functionalFit: 2 });
  await kit.usage({ municipality: b, application: shared, since: "2021-01-01", users: 60, functionalFit: 3 });
  await kit.usage({ municipality: b, application: mixed, since: "2021-01-01", users: 20 });
  await kit.usage({ municipality: outsider, application: mixed, since: "2021-01-01", users: 25 });
});

afterAll(async () => kit.close());

describe("the annual report's recommendations", () => {
  it("shows what each candidate says, and only candidates whose participants are all members of the body", async () => {
    const [forBody, forAll, candidates] = await Promise.all([
      kit.server.gql(graphql(`query ReportRecommendations2025($body: ID) { annualReport(year: 2025, body: $body) { hasData recommendations { ...ReportRecommendationsRecommendation } } }`), { body }),
      kit.server.gql(graphql(`query ReportRecommendationsAnnualReport { annualReport(year: 2025) { recommendations { subject proposedProduct } } }`)),
      kit.server.gql(
        graphql(
          `query ReportRecommendationsCollaborationCandidates { collaborationCandidates(asOf: "2025-12-31") { nodes { id score proposedApplication { name } targetLevel { ordinal } drivingDeadline transitionWindow { start end } combinedAnnualCostOre costSplit { amountOre } } } }`,
        ),
      ),
    ]);
    const all = ok(candidates).collaborationCandidates!.nodes;
    const ekonomen = all.find((c: any) => c.proposedApplication.name === "Ekonomen");
    expect(ekonomen).toBeDefined();
    expect(all.some((c: any) => c.proposedApplication.name === "Telefonen")).toBe(true);

    const report = ok(forBody).annualReport;
    expect(report!.hasData).toBe(true);
    // The telephony candidate names a non-member: the body's report leaves it out; the report over everything keeps it.
    expect(report!.recommendations.map((r: any) => r.proposedProduct)).toEqual(["Ekonomen"]);
    expect(
      ok(forAll)
        .annualReport!.recommendations.map((r: any) => r.proposedProduct)
        .sort(),
    ).toEqual(["Ekonomen", "Telefonen"]);

    const r = report!.recommendations[0];
    expect(r).toMatchObject({
      date: "2025-12-31",
      subject: "Alfaby, Betaby",
      candidateId: ekonomen!.id,
      participants: [
        { code: a.code, name: "Alfaby" },
        { code: b.code, name: "Betaby" },
      ],
      proposedProduct: "Ekonomen",
      proposedLevel: { ordinal: ekonomen!.targetLevel.ordinal },
      score: ekonomen!.score,
      deadline: ekonomen!.drivingDeadline,
      annualCostOre: ekonomen!.combinedAnnualCostOre,
      decision: null,
      decidedOn: null,
    });
    expect(r.trigger).toContain("Flera kommuner använder redan samma applikation");
    expect(r.window).toEqual(ekonomen!.transitionWindow.start ? ekonomen!.transitionWindow : null);
    expect(r.costSplit?.map((s: any) => s.amountOre) ?? null).toEqual(ekonomen!.costSplit?.map((s: any) => s.amountOre) ?? null);
  });

  it("shows a decision taken in the year with its date, and renders the candidates in Swedish with links to the pages", async () => {
    const today = ok(await kit.server.gql(graphql(`query ReportRecommendationsCollaborationCandidates2 { collaborationCandidates { nodes { id proposedApplication { name } } } }`)))
      .collaborationCandidates!.nodes;
    const ekonomen = today.find((c: any) => c.proposedApplication.name === "Ekonomen");
    const decided = ok(
      await kit.server.gql(graphql(`mutation ReportRecommendationsRecommendationDecide($input: RecommendationDecideInput!) { recommendationDecide(input: $input) { userErrors { field message } } }`), {
        input: { candidateId: ekonomen!.id, status: "ACCEPTED", reason: "Gemensam upphandling 2027" },
      }),
    );
    expect(decided.recommendationDecide!.userErrors).toEqual([]);

    const report = ok(
      await kit.server.gql(graphql(`query ReportRecommendations2026($body: ID) { annualReport(year: 2026, body: $body) { recommendations { ...ReportRecommendationsRecommendation } } }`), { body }),
    ).annualReport;
    const decision = report!.recommendations.find((r: any) => r.candidateId === null);
    expect(decision).toMatchObject({ date: "2026-06-15", trigger: "Beslut", decision: "Godkänt: Gemensam upphandling 2027", decidedOn: "2026-06-15", subject: "Alfaby, Betaby" });
    const candidate = report!.recommendations.find((r: any) => r.candidateId !== null && r.proposedProduct === "Ekonomen");
    expect(candidate).toMatchObject({ decision: "Godkänt: Gemensam upphandling 2027", decidedOn: "2026-06-15" });

    const response = await page("/reports/TF/2026.html");
    expect(response.status).toBe(200);
    const text = await response.text();
    const section = text.slice(text.indexOf('<h2 id="rekommendationer">'), text.indexOf('<h2 id="kompetens">'));
    expect(section).toContain(`<a href="/rekommendationer/${encodeURIComponent(candidate!.candidateId!)}">Ekonomen för Alfaby, Betaby</a>`);
    expect(section).toContain(`<a href="/kommun/${a.code}">Alfaby</a>`);
    expect(section).toContain("<dt>Föreslagen nivå</dt>");
    expect(section).toContain("<dt>Poäng</dt>");
    expect(section).toContain("<dt>Övergångsfönster</dt>");
    expect(section).toContain("<dt>Årskostnad i dag</dt>");
    expect(section).toContain("<dt>Fördelning efter folkmängd</dt>");
    expect(section).toContain("Godkänt: Gemensam upphandling 2027 (15 juni 2026)");
    expect(section).toContain(`<th scope="row">15 juni 2026</th><td data-label="Deltagare"><a href="/kommun/${a.code}">Alfaby</a>`);
    expect(section).not.toContain("Telefonen");
    // The report links back to the pages from its header.
    expect(text).toMatch(/<nav aria-label="Samverkan" class="report-links"><a href="\/">Statustavlan<\/a>/);
  });
});

describe("years the report cannot describe", () => {
  it("a year before any data says so instead of showing 100 % compliance", async () => {
    const report = ok(
      await kit.server.gql(
        graphql(`query ReportRecommendationsAnnualReport2 { annualReport(year: 2003) { hasData governance { complianceEnd applicableEnd applicablePrevious } recommendations { subject } } }`),
      ),
    ).annualReport;
    expect(report).toEqual({ hasData: false, governance: { complianceEnd: 1, applicableEnd: 0, applicablePrevious: 0 }, recommendations: [] });
    const text = await (await page("/reports/all/2003.html")).text();
    expect(text).toContain("Det finns inga registrerade uppgifter för 2003");
    expect(text).not.toContain("100\u00a0%");
    expect(text).not.toContain("0 av 0");
  });

  it("a year not begun, or before the first, is refused in Swedish over GraphQL and HTTP", async () => {
    const future = await kit.server.gql(graphql(`query ReportRecommendationsAnnualReport3 { annualReport(year: 2030) { year } }`));
    expect(future.errors?.[0]).toMatchObject({ message: "Det finns ingen rapport för 2030: året har inte börjat. Välj ett år mellan 2000 och 2026.", extensions: { code: "BAD_USER_INPUT" } });
    const early = await kit.server.gql(graphql(`query ReportRecommendationsAnnualReport4 { annualReport(year: 1999) { year } }`));
    expect(early.errors?.[0].message).toBe("Det finns ingen rapport för 1999: rapporter finns från 2000 till 2026.");
    const response = await page("/reports/all/2030.html");
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).toContain("<h1>Felaktigt år</h1>");
    expect(text).toContain("året har inte börjat");
    const running = ok(await kit.server.gql(graphql(`mutation ReportRecommendationsAnnualReportIssue { annualReportIssue(input: { year: 2026 }) { userErrors { message code } } }`))).annualReportIssue;
    expect(running!.userErrors).toEqual([{ code: "OUT_OF_RANGE", message: "Bara ett avslutat år kan utfärdas: 2026 pågår till och med 31 december 2026." }]);
  });
});
