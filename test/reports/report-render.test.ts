import { describe, expect, it } from "vitest";
import { buildAnnualReport, type ReportFacts } from "../../server/src/reports/annual-report";
import { renderReportHtml } from "../../server/src/reports/render-html";
import { renderReportMarkdown } from "../../server/src/reports/render-md";
import { chart } from "../../server/src/render/chart";
import { formatNumber } from "../../server/src/render/format";

/**
 * The report's renderers on facts written out here (pure: no server): Swedish words in the
 * Markdown, a levels chart whose legend stays clear of the bars, a cost chart that names its unit.
 */

const LEVELS = ["Ingen samverkan", "Erfarenhetsutbyte", "Samordning", "Gemensam drift", "Gemensam lösning", "Gemensam lösning och information"].map((name, ordinal) => ({ ordinal, name }));
const schedule = { currentTermStart: "2024-01-01", currentTermEnd: "2027-12-31", noticeDeadline: "2027-06-30", decisionDeadline: "2026-12-31", status: "ACTIVE", extensionsUsed: 0 };

function facts(): ReportFacts {
  const levelOn = (ordinal: number) => Object.fromEntries(["2021-12-31", "2022-12-31", "2023-12-31", "2024-12-31", "2025-01-01", "2025-12-31"].map((d) => [d, LEVELS[ordinal]]));
  return {
    year: 2025,
    body: { name: "Testförbundet", shortName: "TF" },
    levels: LEVELS,
    yearEnds: ["2021-12-31", "2022-12-31", "2023-12-31", "2024-12-31", "2025-12-31"],
    municipalities: [
      { code: "9001", name: "Alfaby", population: 10_000, populationYear: 2025 },
      { code: "9002", name: "Betaby", population: 30_000, populationYear: 2025 },
    ],
    collaborations: [5, 3].map((ordinal, i) => ({
      id: `c${i}`,
      name: `System ${i}`,
      application: `Produkt ${i}`,
      host: "Alfaby",
      levelOn: levelOn(ordinal),
      participantsStart: ["9001", "9002"],
      participantsEnd: ["9001", "9002"],
      history: [],
    })),
    agreements: [
      {
        name: "Samverkansavtal Produkt 0",
        kind: "SAMVERKANSAVTAL",
        referenceNumber: null,
        startDate: "2024-01-01",
        noticeGivenOn: null,
        terminatedOn: null,
        municipalities: ["9001", "9002"],
        start: schedule,
        end: schedule,
        allocation: {
          key: "POPULATION",
          baseShareBasisPoints: null,
          populationYear: 2025,
          totalOre: 1_250_000_00,
          shares: [
            { code: "9001", amountOre: 312_500_00, population: 10_000, shareBasisPoints: null },
            { code: "9002", amountOre: 937_500_00, population: 30_000, shareBasisPoints: null },
          ],
        },
        allocationProblem: null,
      },
    ],
    networks: [],
    trainings: [],
    risks: [
      { label: "System 0", level: "HIGH", score: 80, reasons: ["En specialist."] },
      { label: "System 1", level: "MEDIUM", score: 50, reasons: ["Två specialister."] },
    ],
    governanceEnd: { complianceRate: 0.5, rules: [{ code: "R1", title: "Regel ett", applicable: 2, compliant: 1, complianceRate: 0.5 }] },
    governancePrevious: { complianceRate: 1, rules: [{ code: "R1", title: "Regel ett", applicable: 0, compliant: 0, complianceRate: 1 }] },
    policyGoals: [],
    recommendations: [],
    followUps: [],
  };
}

describe("Swedish numbers in charts", () => {
  it("value axes write 1 500 000 and 0,5, never 1,500,000", () => {
    expect([formatNumber(1_500_000), formatNumber(0.5), formatNumber(-12.25), formatNumber(3)]).toEqual(["1\u00a0500\u00a0000", "0,5", "−12,25", "3"]);
    const svg = chart({
      id: "prov",
      title: "Prov",
      description: "Prov",
      option: { xAxis: { type: "category", data: ["A", "B"] }, yAxis: { type: "value" }, series: [{ type: "bar", data: [1_500_000, 2_000_000] }] },
      data: { caption: "Prov", columns: [{ header: "x" }], rows: [] },
    }).value;
    expect(svg).toMatch(/>2\u00a0000\u00a0000<\/text>/);
    expect(svg).not.toMatch(/>[\d,]*\d,\d{3}<\/text>/);
  });
});

describe("the report's renderers", () => {
  it("the Markdown report names risk levels in Swedish, never HIGH or MEDIUM", () => {
    const md = renderReportMarkdown(buildAnnualReport(facts()), { issuedOn: null });
    expect(md).toContain("| System 0 | Hög | 80 |");
    expect(md).toContain("| System 1 | Medel | 50 |");
    expect(md).not.toMatch(/\b(HIGH|MEDIUM|LOW)\b/);
    // A rule that applied to nothing a year earlier is not "100 %".
    expect(md).toContain("(året innan inget att bedöma)");
  });

  it("the levels chart's legend lies beside the bars, not over them, and the cost chart states kronor", () => {
    const html = renderReportHtml(buildAnnualReport(facts()), { issuedOn: null });
    const levels = html.slice(html.indexOf('<figure class="chart" id="nivaer-per-ar">'), html.indexOf("</svg>", html.indexOf('id="nivaer-per-ar"')));
    // The plot's grid lines run from x = 40 to its right edge; every legend entry starts right of it.
    const plotRight = Math.max(...[...levels.matchAll(/<path d="M40 [\d.]+L([\d.]+) [\d.]+"/g)].map((m) => Number(m[1])));
    const legend = [...levels.matchAll(/transform="translate\(([\d.]+) [\d.]+\)" fill="#1a1a1a">(\d [^<]+)<\/text>/g)].map((m) => ({ x: Number(m[1]), label: m[2] }));
    expect(legend.map((l) => l.label)).toEqual(LEVELS.map((l) => `${l.ordinal} ${l.name}`));
    expect(plotRight).toBeGreaterThan(200);
    for (const entry of legend) expect(entry.x).toBeGreaterThan(plotRight);
    // Entries one a line: no two share a row.
    expect(new Set([...levels.matchAll(/translate\([\d.]+ ([\d.]+)\)" fill="#1a1a1a">\d [^<]+</g)].map((m) => m[1])).size).toBe(LEVELS.length);

    const cost = html.slice(html.indexOf('<figure class="chart" id="kostnad-per-invanare">'), html.indexOf("</figure>", html.indexOf('id="kostnad-per-invanare"')));
    expect(cost).toContain("<figcaption>Gemensam IT-kostnad per invånare 2025 (kr per invånare)</figcaption>");
    expect(cost).toMatch(/>kr per invånare<\/text>/);
    expect(cost).toMatch(/>0 kr<\/text>/);
    expect(cost).toMatch(/>\d+ kr<\/text>/);
  });
});
