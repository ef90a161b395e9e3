/**
 * The annual report's section on nyttorealisering: the accepted decisions whose follow-up period
 * (24 months) overlaps the year, with what was expected of them and the realised values at +12 and
 * +24 months from the dated facts (a point after 31 December is not yet due in the report), and the
 * collaborations whose cost per inhabitant rose since the decision named. The facts come from the
 * report's evaluation (facts.ts: the decisions' follow-ups on their dates); the rest is pure.
 */
import { addMonths, type LocalDate } from "../common/dates";
import { formatInteger, formatKronor, formatLongDate } from "../render/format";
import { html, type Html } from "../render/html";
import { table } from "../render/table";

/** The four measures the follow-up compares. */
export interface FollowUpMeasures {
  costPerInhabitantOre: number | null;
  levelOrdinal: number | null;
  competenceRiskScore: number | null;
  productCount: number | null;
}

/** An accepted decision as the report reads it. */
export interface FollowUpFact {
  decidedOn: LocalDate;
  subject: string;
  participants: { code: string; name: string }[];
  summary: string;
  /** What was expected (förväntade effekter); null when none were recorded. */
  expected: FollowUpMeasures | null;
  atDecision: FollowUpMeasures;
  points: { monthsAfter: number; date: LocalDate; realised: FollowUpMeasures | null }[];
}

export interface ReportFollowUpPoint {
  monthsAfter: number;
  date: LocalDate;
  /** The realised values; null when the date falls after the year (or has not come). */
  realised: FollowUpMeasures | null;
  /** The cost per inhabitant is higher than at the decision; null when unknown or not due. */
  costRose: boolean | null;
}

export interface ReportFollowUp {
  decidedOn: LocalDate;
  subject: string;
  participants: string[];
  summary: string;
  expected: FollowUpMeasures | null;
  atDecision: FollowUpMeasures;
  points: ReportFollowUpPoint[];
  costRose: boolean;
}

export interface ReportFollowUps {
  decisions: ReportFollowUp[];
  /** The collaborations whose cost per inhabitant rose since their decision, by the year's follow-ups: "Geosecma (Bengtsfors, Dals-Ed, Färgelanda)". */
  costRose: string[];
}

/** Months a decision is followed up for: its last follow-up point. */
export const FOLLOW_UP_PERIOD_MONTHS = 24;

/** The section for `year`: the decisions by date, each point due by 31 December with its realised values. */
export function reportFollowUps(facts: readonly FollowUpFact[], year: number): ReportFollowUps {
  const [start, end] = [`${year}-01-01`, `${year}-12-31`];
  const decisions = facts
    .filter((f) => f.decidedOn <= end && addMonths(f.decidedOn, FOLLOW_UP_PERIOD_MONTHS) >= start)
    .sort((a, b) => (a.decidedOn < b.decidedOn ? -1 : a.decidedOn > b.decidedOn ? 1 : a.subject < b.subject ? -1 : 1))
    .map((f): ReportFollowUp => {
      const points = f.points.map((p) => {
        const realised = p.date <= end ? p.realised : null;
        const before = f.atDecision.costPerInhabitantOre;
        const after = realised?.costPerInhabitantOre ?? null;
        return { monthsAfter: p.monthsAfter, date: p.date, realised, costRose: before === null || after === null ? null : after > before };
      });
      return {
        decidedOn: f.decidedOn,
        subject: f.subject,
        participants: f.participants.map((p) => p.name),
        summary: f.summary,
        expected: f.expected,
        atDecision: f.atDecision,
        points,
        costRose: points.some((p) => p.costRose === true),
      };
    });
  return { decisions, costRose: decisions.filter((d) => d.costRose).map(labelOf) };
}

const labelOf = (d: ReportFollowUp) => `${d.subject} (${d.participants.join(", ")})`;

const MEASURE_ROWS: [label: string, format: (m: FollowUpMeasures) => string][] = [
  ["Kostnad per invånare och år", (m) => (m.costPerInhabitantOre === null ? "okänd" : formatKronor(m.costPerInhabitantOre))],
  ["Samverkansnivå", (m) => (m.levelOrdinal === null ? "ingen samverkan" : `nivå ${m.levelOrdinal}`)],
  ["Kompetensrisk (poäng)", (m) => (m.competenceRiskScore === null ? "ej bedömd" : formatInteger(m.competenceRiskScore))],
  ["Produkter inom området", (m) => (m.productCount === null ? "–" : formatInteger(m.productCount))],
];

/** Expected values are only those recorded: a missing one shows as a dash. */
function expectedText(expected: FollowUpMeasures | null, i: number): string {
  if (!expected) return "–";
  const values = [expected.costPerInhabitantOre, expected.levelOrdinal, expected.competenceRiskScore, expected.productCount];
  return values[i] === null ? "–" : MEASURE_ROWS[i][1](expected);
}

function pointHeader(p: ReportFollowUpPoint): string {
  return `+${p.monthsAfter} mån (${formatLongDate(p.date)})`;
}

function pointCell(p: ReportFollowUpPoint, i: number): string {
  if (!p.realised) return "inte uppföljd ännu";
  const value = MEASURE_ROWS[i][1](p.realised);
  return i === 0 && p.costRose ? `${value} (ökade)` : value;
}

/** The section in the HTML report. */
export function followUpSectionHtml(section: ReportFollowUps, year: number): Html {
  return html`
<h2 id="nyttorealisering">Nyttorealisering</h2>
<p>Godkända samverkansbeslut följs upp 12 och 24 månader efter beslutet: förväntade effekter bredvid värdena ur de daterade uppgifterna. Statskontoret (2023) fann att samverkan sällan sänker kostnaderna; ${
    section.costRose.length ? html`<strong>kostnaden per invånare steg för ${section.costRose.join("; ")}.</strong>` : "ingen uppföljd samverkan fick högre kostnad per invånare under året."
  }</p>
${
  section.decisions.length === 0
    ? html`<p>Inga godkända beslut följdes upp under ${year}.</p>`
    : section.decisions.map((d) => followUpTable(d, `${d.subject} (${d.participants.join(", ")}), beslut ${formatLongDate(d.decidedOn)}`))
}`;
}

/** One decision's follow-up as a table: each measure expected, at the decision, and at +12 and +24 months (the report's and the candidate page's). */
export function followUpTable(d: Pick<ReportFollowUp, "expected" | "atDecision" | "points">, caption: string, options: { stack?: boolean } = {}): Html {
  return table({
    caption,
    stack: options.stack,
    columns: [{ header: "Mått" }, { header: "Förväntat" }, { header: "Vid beslutet" }, ...d.points.map((p) => ({ header: pointHeader(p) }))],
    rows: MEASURE_ROWS.map(([label, format], i) => [label, expectedText(d.expected, i), format(d.atDecision), ...d.points.map((p) => pointCell(p, i))]),
  });
}

/** The section in the Markdown report. */
export function followUpSectionMarkdown(section: ReportFollowUps, year: number): string[] {
  const out = ["## Nyttorealisering", ""];
  out.push(section.costRose.length ? `Kostnaden per invånare steg för ${section.costRose.join("; ")}.` : "Ingen uppföljd samverkan fick högre kostnad per invånare under året.", "");
  if (section.decisions.length === 0) return [...out, `Inga godkända beslut följdes upp under ${year}.`, ""];
  for (const d of section.decisions) {
    const headers = ["Mått", "Förväntat", "Vid beslutet", ...d.points.map(pointHeader)];
    out.push(`### ${d.subject} (${d.participants.join(", ")}), beslut ${formatLongDate(d.decidedOn)}`, "", `| ${headers.join(" | ")} |`, `|${headers.map(() => "---").join("|")}|`);
    for (const [i, [label, format]] of MEASURE_ROWS.entries()) {
      out.push(`| ${[label, expectedText(d.expected, i), format(d.atDecision), ...d.points.map((p) => pointCell(p, i))].join(" | ")} |`);
    }
    out.push("");
  }
  return out;
}
