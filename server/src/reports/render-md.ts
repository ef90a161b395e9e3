import { formatInteger, formatKronor, formatLongDate, formatPercent } from "../render/format";
import { followUpSectionMarkdown } from "./follow-ups";
import type { AnnualReport } from "./annual-report";
import { POLICY_GOAL_STATUS_SV, type PolicyGoalStatus } from "./policy-goals";
import { TERMS } from "../common/vocabulary";
import { candidatePath } from "../common/page-paths";
import { formatWindow, noDataText, reportTitle, RISK_SV } from "./render-html";

const cell = (value: string | number) => String(value).replace(/\|/g, "\\|").replace(/\n/g, " ");

function mdTable(headers: string[], rows: (string | number)[][], empty: string): string {
  if (rows.length === 0) return `_${empty}_\n`;
  return `${[`| ${headers.map(cell).join(" | ")} |`, `|${headers.map(() => " --- ").join("|")}|`, ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`)].join("\n")}\n`;
}

/** The annual report as Markdown (for intranets and diffs); the same sections as the HTML. */
export function renderReportMarkdown(report: AnnualReport, options: { issuedOn: string | null }): string {
  const level = (l: { ordinal: number; name: string } | null) => (l ? `${l.ordinal} ${l.name}` : "–");
  const out: string[] = [`# ${reportTitle(report)}`, ""];
  out.push(options.issuedOn ? `Utfärdad ${formatLongDate(options.issuedOn)}.` : "**UTKAST** – rapporten är inte utfärdad.", "");
  out.push(`Perioden ${formatLongDate(report.start)}–${formatLongDate(report.end)}.`, "");
  if (!report.hasData) {
    out.push(noDataText(report.year), "");
    return out.join("\n");
  }
  out.push("## Sammanfattning", "");
  out.push(
    mdTable(
      ["System", "Applikation", "Värdkommun", "Nivå 1 januari", "Nivå 31 december"],
      report.summary.systems.map((s) => [s.name, s.application, s.host, level(s.levelStart), level(s.levelEnd)]),
      "Inga gemensamma system.",
    ),
  );
  out.push(
    "### Nivåförändringar",
    "",
    mdTable(
      ["System", "Datum", "Från", "Till", "Beslut"],
      report.summary.changes.map((c) => [c.system, c.changedOn, level(c.from), level(c.to), c.decisionReference ?? "–"]),
      "Inga nivåförändringar under året.",
    ),
  );
  out.push(
    "### Per nivå",
    "",
    mdTable(
      ["Nivå", "System 1 jan", "System 31 dec", "Kommuner 31 dec"],
      report.summary.perLevel.map((p) => [level(p.level), p.systemsStart, p.systemsEnd, p.municipalitiesEnd]),
      "",
    ),
  );
  out.push(
    "## Kommuner och gemensamma system",
    "",
    mdTable(
      ["Kommun", ...report.matrix.systems],
      report.matrix.rows.map((r) => [r.municipality, ...r.levels.map((o) => (o === null ? "–" : String(o)))]),
      "Inga kommuner.",
    ),
  );
  out.push("## Avtal", "");
  const a = report.agreements;
  for (const [heading, rows] of [
    ["Upphörde", a.ended],
    ["Förlängdes", a.renewed],
    ["Sades upp", a.noticeGiven],
    ["Beslutsdatum kommande 24 månader", a.upcomingDecisions],
  ] as const) {
    out.push(
      `### ${heading}`,
      "",
      mdTable(
        ["Avtal", "Typ", "Datum", "Uppgift"],
        rows.map((e) => [e.agreement, e.kind, e.date, e.detail]),
        "Inga.",
      ),
    );
  }
  const decisions = report.recommendations.filter((r) => r.candidateId === null);
  const candidates = report.recommendations.filter((r) => r.candidateId !== null);
  out.push(
    "## Utlösare, rekommendationer och beslut",
    "",
    "### Beslut under året",
    "",
    mdTable(
      ["Datum", TERMS.participants, TERMS.decision, "Förslaget"],
      decisions.map((r) => [formatLongDate(r.date), r.subject, r.decision ?? TERMS.noDecision, r.explanation]),
      "Inga beslut om samverkansförslag under året.",
    ),
    `### ${TERMS.candidates} den 31 december`,
    "",
    mdTable(
      [TERMS.candidate, TERMS.proposedLevel, TERMS.proposedProduct, TERMS.score, TERMS.deadline, TERMS.transitionWindow, TERMS.annualCost, TERMS.costSplit, TERMS.decision],
      candidates.map((r) => [
        `[${r.proposedProduct ?? TERMS.candidate} för ${r.subject}](${candidatePath(r.candidateId!)})`,
        r.proposedLevel ? `${r.proposedLevel.ordinal} ${r.proposedLevel.name}` : "–",
        r.proposedProduct ?? "–",
        r.score ?? "–",
        r.deadline ? formatLongDate(r.deadline) : "Ingen",
        formatWindow(r.window),
        r.annualCostOre === null ? "Okänd" : formatKronor(r.annualCostOre),
        r.costSplit ? r.costSplit.map((x) => `${x.municipality} ${formatKronor(x.amountOre)}`).join("; ") : "Kan inte fördelas",
        r.decision ? `${r.decision}${r.decidedOn ? ` (${formatLongDate(r.decidedOn)})` : ""}` : TERMS.noDecision,
      ]),
      "Inga samverkansförslag.",
    ),
  );
  out.push(...followUpSectionMarkdown(report.followUps, report.year));
  const c = report.competence;
  out.push(
    "## Kompetens",
    "",
    mdTable(
      ["Nätverk", "Träffar", "Utbildningar", "Stödärenden", "Medlemmar"],
      c.networks.map((n) => [n.name, n.meetings, n.trainings, n.supportCases, n.membersEnd]),
      "Inga nätverk.",
    ),
  );
  out.push(`Utbildning: ${formatInteger(c.trainingParticipants)} deltagare, ${formatKronor(c.trainingCostOre)}.`, "");
  out.push(
    mdTable(
      ["Utbildning", "Datum", "Deltagare", "Kostnad"],
      c.trainings.map((t) => [t.title, t.heldOn, t.participants, t.costOre === null ? "–" : formatKronor(t.costOre)]),
      "Ingen utbildning under året.",
    ),
  );
  out.push(
    mdTable(
      ["Kompetensrisk", "Nivå", "Poäng"],
      c.risks.map((r) => [r.label, RISK_SV[r.level] ?? r.level, r.score]),
      "Inga kompetensrisker på medel eller hög nivå.",
    ),
  );
  const k = report.cost;
  out.push("## Kostnader", "", `Gemensamma kostnader: ${formatKronor(k.totalOre)}.`, "");
  out.push(
    mdTable(
      ["Avtal", "Fördelningsnyckel", "Årskostnad"],
      k.lines.map((l) => [l.agreement, l.key, formatKronor(l.totalOre)]),
      "Inga samverkansavtal med kostnad.",
    ),
  );
  out.push(
    mdTable(
      ["Kommun", "Summa", "Per invånare", "Övriga tar över om kommunen lämnar"],
      k.municipalities.map((m) => [m.municipality, formatKronor(m.totalOre), m.perInhabitantOre === null ? "–" : formatKronor(m.perInhabitantOre), formatKronor(m.leavingShiftsOre)]),
      "",
    ),
  );
  const g = report.governance;
  out.push(
    "## Styrning",
    "",
    g.applicableEnd === 0
      ? "Den 31 december fanns inget som IT-policyns regler gällde, så ingen efterlevnad kan anges."
      : `Efterlevnad 31 december: ${formatPercent(g.complianceEnd)} (året innan ${g.applicablePrevious === 0 ? "inget att bedöma" : formatPercent(g.compliancePrevious)}).`,
    "",
  );
  out.push(
    mdTable(
      ["Regel", "Uppfyller", `${report.year}`, `${report.year - 1}`],
      g.rules.map((r) => [
        r.title,
        r.applicable === 0 ? "Gällde inget" : `${formatInteger(r.compliant)} av ${formatInteger(r.applicable)}`,
        r.applicable === 0 ? "–" : formatPercent(r.complianceEnd),
        r.compliancePrevious === null ? "–" : formatPercent(r.compliancePrevious),
      ]),
      "",
    ),
  );
  out.push(
    mdTable(
      ["Mål", "Måldatum", "Status"],
      g.policyGoals.map((p) => [p.title, p.deadline, POLICY_GOAL_STATUS_SV[p.status as PolicyGoalStatus] ?? p.status]),
      "Inga mål.",
    ),
  );
  return out.join("\n");
}
