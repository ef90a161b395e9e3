import { spawnSync, execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/src/access/roles";
import { Evaluations } from "../../server/src/evaluations/registry";
import { createContext } from "../../server/src/core/context";
import { renderReportHtml } from "../../server/src/reports/render-html";
import { annualReport } from "../../server/src/reports/service";
import { ok, startServer, TEST_NOW, type TestServer } from "../helpers/server";
import { graphql } from "../kit";

const root = join(__dirname, "..", "..");
let server: TestServer;
let dkf: string;
const out = mkdtempSync(join(tmpdir(), "samverkan-report-"));

const page = (path: string, token: string | null = server.adminToken) => fetch(server.url.replace("/graphql", path), { headers: token ? { authorization: `Bearer ${token}` } : {} });

beforeAll(async () => {
  server = await startServer();
  dkf = ok(await server.gql(graphql(`query AnnualReportCollaborationBodies { collaborationBodies { nodes { id shortName } } }`))).collaborationBodies!.nodes.find(
    (b: any) => b.shortName === "DKF",
  )!.id;
});

afterAll(async () => {
  await server.close();
  rmSync(out, { recursive: true, force: true });
});

describe("annualReport against the Dalsland seed", () => {
  it("2025 for DKF: the six DKF systems with their levels on 1 January and 31 December, and no changes", async () => {
    const r = ok(
      await server.gql(
        graphql(
          `query AnnualReportDkf2025($body: ID) { annualReport(year: 2025, body: $body) { year start end body { shortName } summary { systems { name host levelStart { ordinal name } levelEnd { ordinal name } participantsEnd } changes { system } perLevel { level { ordinal } systemsStart systemsEnd municipalitiesEnd } } matrix { systems rows { municipality levels } } levelsByYear { year systems } } }`,
        ),
        { body: dkf },
      ),
    ).annualReport;
    expect(r).toMatchObject({ year: 2025, start: "2025-01-01", end: "2025-12-31", body: { shortName: "DKF" } });
    const levels = Object.fromEntries(r!.summary.systems.map((s: any) => [s.name, [s.levelStart.ordinal, s.levelEnd.ordinal, s.participantsEnd]]));
    expect(levels).toEqual({
      "GIS-samverkan": [2, 2, 3],
      "Gemensam helpdesk": [3, 3, 3],
      "Gemensam informationsspridning (webb och intranät)": [3, 3, 5],
      "Gemensamt PA- och lönesystem": [4, 4, 5],
      "Gemensamt bibliotekssystem": [5, 5, 4],
      "Gemensamt ekonomisystem": [4, 4, 5],
    });
    expect(r!.summary.changes).toEqual([]);
    expect(r!.summary.perLevel.map((p: any) => [p.level.ordinal, p.systemsEnd, p.municipalitiesEnd])).toEqual([
      [0, 0, 0],
      [1, 0, 0],
      [2, 1, 3],
      [3, 2, 5],
      [4, 2, 5],
      [5, 1, 4],
    ]);
    // Åmål (1492) is a member again since December 2023 and takes part in three DKF systems, not the library.
    const amal = r!.matrix.rows.find((row: any) => row.municipality === "Åmål");
    expect(Object.fromEntries(r!.matrix.systems.map((name: string, i: number) => [name, amal!.levels[i]]))).toMatchObject({
      "Gemensamt bibliotekssystem": null,
      "Gemensamt ekonomisystem": 4,
      "GIS-samverkan": null,
    });
    expect(r!.levelsByYear.map((y: any) => y.year)).toEqual([2021, 2022, 2023, 2024, 2025]);
    expect(r!.levelsByYear[4].systems).toEqual([0, 0, 1, 2, 2, 1]);
  });

  it("2014: GIS went from level 1 to 2, with its date and decision reference; the helpdesk (level 3 since 2007) did not change", async () => {
    const r = ok(
      await server.gql(
        graphql(
          `query AnnualReport2014 { annualReport(year: 2014) { summary { systems { name levelStart { ordinal name } levelEnd { ordinal name } } changes { system changedOn from { ordinal name } to { ordinal name } decisionReference } } levelsByYear { year systems } } }`,
        ),
      ),
    ).annualReport;
    expect(r!.summary.changes).toEqual([
      { system: "GIS-samverkan", changedOn: "2014-06-01", from: { ordinal: 1, name: "Erfarenhetsutbyte" }, to: { ordinal: 2, name: "Samordning" }, decisionReference: "IT-chefsgruppen 2014-05" },
    ]);
    const helpdesk = r!.summary.systems.find((s: any) => s.name === "Gemensam helpdesk");
    // Shared since 2007 (the policy of 2008 names the helpdesk as shared), at level 3 all year.
    expect(helpdesk).toMatchObject({ levelStart: { ordinal: 3 }, levelEnd: { ordinal: 3 } });
    // Systems per level at the end of 2013 and 2014: level 2 gains GIS (from 1).
    const [end2013, end2014] = r!.levelsByYear.slice(3);
    expect(end2014.systems[1]).toBe(end2013.systems[1] - 1);
    expect(end2014.systems[2]).toBe(end2013.systems[2] + 1);
    expect(end2014.systems.slice(3)).toEqual(end2013.systems.slice(3));
  });

  it("2025 agreements: ended, renewed and the decision deadlines of the next 24 months", async () => {
    const a = ok(
      await server.gql(
        graphql(
          `query AnnualReportAnnualReport { annualReport(year: 2025) { agreements { ended { agreement date } renewed { agreement date detail } noticeGiven { agreement } upcomingDecisions { agreement date } } } }`,
        ),
      ),
    ).annualReport!.agreements;
    expect(a.ended).toEqual([{ agreement: "Leverantörsavtal telefonväxel och TRIO", date: "2025-02-28" }]);
    expect(a.renewed.map((e: any) => [e.agreement, e.date, e.detail])).toEqual([
      ["Leverantörsavtal Sitevision 2020–2026", "2025-05-01", "Förlängt till och med 2026-04-30"],
      ["Driftavtal bibliotekssystem", "2025-09-01", "Förlängt till och med 2026-08-31"],
      ["Leverantörsavtal Book-IT", "2025-09-01", "Förlängt till och med 2026-08-31"],
      ["Driftavtal PA- och lönesystem", "2025-10-01", "Förlängt till och med 2026-09-30"],
      ["Driftavtal gemensamt ekonomisystem", "2026-01-01", "Förlängt till och med 2026-12-31"],
    ]);
    // Book-IT and Sitevision were given notice in 2026: not in 2025's report.
    expect(a.noticeGiven).toEqual([]);
    expect(a.upcomingDecisions).toContainEqual({ agreement: "Samverkansavtal gemensamt ekonomisystem", date: "2026-06-30" });
    expect(a.upcomingDecisions.every((e: any) => e.date > "2025-12-31" && e.date <= "2027-12-31")).toBe(true);
  });

  it("2025 costs: every samverkansavtal split as costAllocation splits it, adding up to the öre, and per inhabitant", async () => {
    const r = ok(
      await server.gql(
        graphql(
          `query AnnualReportAnnualReport2 { annualReport(year: 2025) { cost { totalOre lines { agreement key totalOre shares { municipality amountOre } } municipalities { municipality agreementsOre trainingOre totalOre population perInhabitantOre leavingShiftsOre leavingNeedsNewAgreement } } competence { trainingParticipants trainingCostOre trainings { title participants costOre } } } }`,
        ),
      ),
    ).annualReport;
    const { cost } = r!;
    expect(cost.lines.map((l: any) => [l.agreement, l.key, l.totalOre])).toEqual([
      ["Samverkansavtal PA- och lönesystem", "Efter folkmängd", 160_000_000],
      ["Samverkansavtal bibliotekssystem", "Lika delar", 18_000_000],
      ["Samverkansavtal gemensam helpdesk", "Fasta andelar", 24_000_000],
      ["Samverkansavtal gemensamt ekonomisystem", "Efter folkmängd", 100_000_000],
      ["Samverkansavtal telefoni", "Grundavgift plus folkmängd", 220_000_000],
    ]);
    for (const line of cost.lines) expect(line.shares.reduce((s: number, x: any) => s + x.amountOre, 0)).toBe(line.totalOre);
    // The same öre as the existing cost split answers for the agreement and year.
    const agreements = ok(await server.gql(graphql(`query AnnualReportAgreements { agreements(kind: SAMVERKANSAVTAL) { nodes { id name } } }`))).agreements!.nodes;
    const telephony = agreements.find((x: any) => x.name === "Samverkansavtal telefoni")!.id;
    const split = ok(
      await server.gql(graphql(`query AnnualReportCostAllocation($a: ID!) { costAllocation(agreement: $a, year: 2025) { shares { municipality { name } amountOre } } }`), { a: telephony }),
    ).costAllocation;
    expect(cost.lines.find((l: any) => l.agreement === "Samverkansavtal telefoni")!.shares).toEqual(split!.shares.map((s: any) => ({ municipality: s.municipality.name, amountOre: s.amountOre })));
    // Training in 2025: the shared finance training (45 000 kr, 97 participants) and Dals-Ed's own (60, no cost).
    expect(r!.competence.trainings).toEqual([
      { title: expect.any(String), participants: 60, costOre: null },
      { title: expect.any(String), participants: 97, costOre: 4_500_000 },
    ]);
    expect(r!.competence).toMatchObject({ trainingParticipants: 157, trainingCostOre: 4_500_000 });
    // Per municipality: the parts add up to the total, to the öre.
    const sum = (key: string) => cost.municipalities.reduce((s: number, m: any) => s + m[key], 0);
    expect(sum("agreementsOre")).toBe(522_000_000);
    expect(sum("trainingOre")).toBe(4_500_000);
    expect(sum("totalOre")).toBe(cost.totalOre);
    expect(cost.totalOre).toBe(526_500_000);
    for (const m of cost.municipalities) expect(m.perInhabitantOre).toBe(Math.round(m.totalOre / m.population!));
    const saffle = cost.municipalities.find((m: any) => m.municipality === "Säffle");
    expect(saffle).toMatchObject({ population: 14899, trainingOre: 0, leavingShiftsOre: saffle!.agreementsOre, leavingNeedsNewAgreement: [] });
    expect(cost.municipalities.find((m: any) => m.municipality === "Mellerud")!.leavingNeedsNewAgreement).toEqual(["Samverkansavtal gemensam helpdesk"]);
  });

  it("policy goals with their status at the end of the year", async () => {
    const goals = async (year: number) =>
      ok(
        await server.gql(
          graphql(
            `query AnnualReportGoals($year: Int!) { annualReport(year: $year) { governance { policyGoals { title deadline status } rules { code complianceEnd compliancePrevious } complianceEnd } } }`,
          ),
          { year },
        ),
      ).annualReport!.governance;
    expect((await goals(2025)).policyGoals.map((g: any) => g.status)).toEqual(["ACHIEVED", "ACHIEVED", "OVERDUE"]);
    expect((await goals(2010)).policyGoals.map((g: any) => [g.deadline, g.status])).toEqual([
      ["2009-12-31", "ACHIEVED"],
      ["2010-12-31", "ONGOING"],
      ["2013-12-31", "ONGOING"],
    ]);
    const governance = await goals(2025);
    expect(governance.rules.length).toBeGreaterThan(5);
    expect(governance.complianceEnd).toBeGreaterThan(0);
  });

  it("2025 for DKF: the candidates of members only (not the telephony candidate with Säffle and Årjäng), each with what it proposes", async () => {
    const all = ok(await server.gql(graphql(`query AnnualReportCollaborationCandidates { collaborationCandidates(asOf: "2025-12-31", first: 100) { nodes { category participants { name } } } }`)))
      .collaborationCandidates!.nodes;
    expect(all.some((c: any) => c.category === "TELEPHONY" && c.participants.some((p: any) => p.name === "Säffle"))).toBe(true);
    const r = ok(
      await server.gql(
        graphql(
          `query AnnualReportAnnualReport3($body: ID) { annualReport(year: 2025, body: $body) { recommendations { candidateId subject proposedLevel { ordinal } proposedProduct score deadline window { start } } } }`,
        ),
        { body: dkf },
      ),
    ).annualReport;
    const names = r!.recommendations.flatMap((x: any) => x.subject.split(", "));
    expect(names).not.toContain("Säffle");
    expect(names).not.toContain("Årjäng");
    expect(r!.recommendations.length).toBe(all.filter((c: any) => c.participants.every((p: any) => !["Säffle", "Årjäng"].includes(p.name))).length);
    for (const x of r!.recommendations)
      expect(x).toMatchObject({ candidateId: expect.any(String), proposedLevel: { ordinal: expect.any(Number) }, proposedProduct: expect.any(String), score: expect.any(Number) });
  });

  it("refuses a year not begun or a bad body, and needs a token", async () => {
    const future = await server.gql(graphql(`query AnnualReportAnnualReport4 { annualReport(year: 2027) { year } }`));
    expect(future.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const body = await server.gql(graphql(`query AnnualReportAnnualReport5 { annualReport(year: 2025, body: "bm9wZQ") { year } }`));
    expect(body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const anonymous = await server.gql(graphql(`query AnnualReportAnnualReport6 { annualReport(year: 2025) { year } }`), undefined, { token: null });
    expect(anonymous.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    const reader = await server.token(Role.READER);
    expect(ok(await server.gql(graphql(`query AnnualReportAnnualReport6 { annualReport(year: 2025) { year } }`), undefined, { token: reader })).annualReport!.year).toBe(2025);
  });
});

describe("the HTML report and its issue", () => {
  it("serves a draft marked UTKAST, self-contained, in Swedish, only to a signed-in viewer", async () => {
    expect((await page("/reports/DKF/2024.html", null)).status).toBe(401);
    expect((await page("/reports/NOPE/2024.html")).status).toBe(404);
    expect((await page("/reports/DKF/2031.html")).status).toBe(400);
    const response = await page("/reports/DKF/2024.html");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("x-report-status")).toBe("draft");
    expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
    const text = await response.text();
    expect(text).toMatch(/^<!DOCTYPE html>\n<html lang="sv">/);
    expect(text).toContain("UTKAST");
    expect(text).toContain("<h1>Årlig samverkansrapport 2024 – DKF</h1>");
    expect(text).toMatch(/<svg role="img" aria-label="Stapeldiagram över antalet gemensamma system per samverkansnivå/);
    expect(text).toContain("<caption>Gemensamma system och deras samverkansnivå 2024</caption>");
    expect(text).not.toMatch(/<script|<link|src="http|href="http/);
  });

  it("issues a year once, serves it as issued, and rebuilding it after later changes gives identical bytes", async () => {
    const reader = await server.token(Role.READER);
    const refused = await server.gql(graphql(`mutation AnnualReportAnnualReportIssue { annualReportIssue(input: { year: 2025 }) { issue { year } userErrors { code } } }`), undefined, {
      token: reader,
    });
    expect(refused.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const bad = ok(await server.gql(graphql(`mutation AnnualReportAnnualReportIssue2 { annualReportIssue(input: { year: 2026 }) { issue { year } userErrors { field code } } }`))).annualReportIssue;
    expect(bad).toEqual({ issue: null, userErrors: [{ field: ["input", "year"], code: "OUT_OF_RANGE" }] });

    const issued = ok(
      await server.gql(
        graphql(`mutation AnnualReportAnnualReportIssue3($body: ID) { annualReportIssue(input: { year: 2025, body: $body }) { issue { year sha256 issuedOn issuedBy path } userErrors { code } } }`),
        { body: dkf },
      ),
    ).annualReportIssue;
    expect(issued!.userErrors).toEqual([]);
    expect(issued!.issue).toMatchObject({ year: 2025, issuedOn: "2026-06-15", issuedBy: "test-admin", path: "/reports/DKF/2025.html" });
    const first = await page("/reports/DKF/2025.html");
    expect(first.headers.get("x-report-status")).toBe("issued");
    const bytes = await first.text();
    expect(createHash("sha256").update(bytes, "utf8").digest("hex")).toBe(issued!.issue!.sha256);
    expect(bytes).toContain("Utfärdad 15 juni 2026.");
    expect(bytes).not.toContain("UTKAST");

    // Later, non-correcting changes dated today: GIS moves to level 3, the payroll samverkansavtal is given notice.
    const gis = ok(
      await server.gql(graphql(`query AnnualReportCollaborations { collaborations(first: 20) { nodes { id name } } collaborationLevels { id ordinal } agreements(first: 50) { nodes { id name } } }`)),
    );
    const level3 = gis.collaborationLevels!.find((l: any) => l.ordinal === 3)!.id;
    const gisId = gis.collaborations!.nodes.find((c: any) => c.name === "GIS-samverkan")!.id;
    const payroll = gis.agreements!.nodes.find((a: any) => a.name === "Samverkansavtal PA- och lönesystem")!.id;
    expect(
      ok(
        await server.gql(
          graphql(
            `mutation AnnualReportCollaborationLevelSet($c: ID!, $l: ID!) { collaborationLevelSet(input: { collaborationId: $c, levelId: $l, decisionReference: "DKF 2026/3" }) { userErrors { code } } }`,
          ),
          {
            c: gisId,
            l: level3,
          },
        ),
      ).collaborationLevelSet!.userErrors,
    ).toEqual([]);
    expect(
      ok(await server.gql(graphql(`mutation AnnualReportAgreementGiveNotice($a: ID!) { agreementGiveNotice(input: { id: $a }) { userErrors { code } } }`), { a: payroll })).agreementGiveNotice!
        .userErrors,
    ).toEqual([]);
    // The changes are visible today...
    const today = ok(
      await server.gql(graphql(`query AnnualReportDkf2026($body: ID) { annualReport(year: 2026, body: $body) { summary { changes { system } } agreements { noticeGiven { agreement } } } }`), {
        body: dkf,
      }),
    ).annualReport;
    expect(today!.summary.changes).toEqual([{ system: "GIS-samverkan" }]);
    expect(today!.agreements.noticeGiven).toContainEqual({ agreement: "Samverkansavtal PA- och lönesystem" });

    // ...but rebuilding 2025 from history gives the issued bytes, and the issued version is still served.
    const ctx = createContext(server.db, { tokenId: 0, tokenName: "test", role: Role.ADMIN, municipalityId: null }, TEST_NOW, new Evaluations(server.db));
    const rebuilt = renderReportHtml(await annualReport(ctx, 2025, dkf), { issuedOn: "2026-06-15" });
    expect(rebuilt).toBe(bytes);
    expect(await (await page("/reports/DKF/2025.html")).text()).toBe(bytes);

    const again = ok(
      await server.gql(graphql(`mutation AnnualReportAnnualReportIssue4($body: ID) { annualReportIssue(input: { year: 2025, body: $body }) { issue { year } userErrors { field code } } }`), {
        body: dkf,
      }),
    ).annualReportIssue;
    expect(again).toEqual({ issue: null, userErrors: [{ field: ["input", "year"], code: "CONFLICT" }] });
  });
});

describe("npm run report", () => {
  beforeAll(() => {
    execFileSync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", root], { stdio: "inherit" });
  });

  const cli = (...args: string[]) =>
    spawnSync(process.execPath, [join(root, "dist", "server", "src", "cli", "report.js"), ...args], {
      env: { ...process.env, DATABASE_URL: server.databaseUrl },
      encoding: "utf8",
    });

  it("writes the report in every format, the issued HTML byte for byte", async () => {
    const csvFile = join(out, "r.csv");
    const csv = cli("--year", "2025", "--format", "csv", "--out", csvFile);
    expect(csv.status).toBe(0);
    const text = readFileSync(csvFile, "utf8");
    expect(text.startsWith("\ufeffavsnitt;post;uppgift;värde\r\n")).toBe(true);
    expect(text).toContain("kostnad kommun;Säffle;per invånare öre;2975\r\n");

    const md = cli("--year", "2025", "--body", "DKF", "--format", "md");
    expect(md.status).toBe(0);
    expect(md.stdout).toContain("# Årlig samverkansrapport 2025 – DKF");
    expect(md.stdout).toContain("| Gemensamt bibliotekssystem | Book-IT | Mellerud | 5 Gemensam lösning och information | 5 Gemensam lösning och information |");
    expect(md.stdout).not.toMatch(/\b(HIGH|MEDIUM)\b/);

    const json = cli("--year", "2014", "--format", "json");
    expect(JSON.parse(json.stdout).summary.changes).toHaveLength(1);

    const htmlFile = join(out, "r.html");
    expect(cli("--year", "2025", "--body", "DKF", "--format", "html", "--out", htmlFile).status).toBe(0);
    expect(readFileSync(htmlFile, "utf8")).toBe(await (await page("/reports/DKF/2025.html")).text());

    expect(cli("--year", "2025", "--format", "pdf").status).toBe(2);
    const unknown = cli("--year", "2025", "--body", "XYZ", "--format", "md");
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain("Fel: inget samverkansorgan heter ”XYZ”.");
    const future = cli("--year", "2030", "--format", "md");
    expect(future.status).toBe(1);
    expect(future.stderr).toContain("Fel: Det finns ingen rapport för 2030: året har inte börjat.");
    expect(cli("--year", "20x5", "--format", "md").stderr).toContain("Fel: --year ska vara ett årtal med fyra siffror");
    const plain = cli("--year", "2025", "--format", "csv", "--csv", "plain");
    expect(plain.stdout.startsWith("avsnitt,post,uppgift,värde\r\n")).toBe(true);
    // Six processes, each loading the whole server: slow on a busy two-core machine.
  }, 180_000);
});
