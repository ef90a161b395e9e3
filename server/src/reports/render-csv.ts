import { CsvForm, writeCsv } from "../common/csv";
import type { AnnualReport } from "./annual-report";

/**
 * The report's figures as CSV in long form (avsnitt;post;uppgift;värde), one figure a row, by the
 * one CSV writer: by default as a Swedish Excel opens it (semicolons, decimal comma, byte-order
 * mark), or plain. Amounts in öre, dates ISO.
 */
export function renderReportCsv(report: AnnualReport, form: CsvForm = CsvForm.SWEDISH): string {
  const rows: (string | number | null)[][] = [["avsnitt", "post", "uppgift", "värde"]];
  const add = (section: string, item: string, field: string, value: string | number | null) => rows.push([section, item, field, value]);
  for (const s of report.summary.systems) {
    add("system", s.name, "nivå 1 januari", s.levelStart?.ordinal ?? null);
    add("system", s.name, "nivå 31 december", s.levelEnd?.ordinal ?? null);
    add("system", s.name, "kommuner 31 december", s.participantsEnd);
  }
  for (const c of report.summary.changes) add("nivåförändring", c.system, c.changedOn, `${c.from?.ordinal ?? ""}→${c.to.ordinal}`);
  for (const p of report.summary.perLevel) {
    add("per nivå", `${p.level.ordinal} ${p.level.name}`, "system 31 december", p.systemsEnd);
    add("per nivå", `${p.level.ordinal} ${p.level.name}`, "kommuner 31 december", p.municipalitiesEnd);
  }
  for (const y of report.levelsByYear) for (const [i, l] of report.levels.entries()) add("system per nivå och år", String(y.year), `nivå ${l.ordinal}`, y.systems[i]);
  for (const [name, list] of Object.entries(report.agreements)) for (const e of list) add(`avtal ${name}`, e.agreement, e.date, e.detail);
  for (const r of report.recommendations) {
    if (r.candidateId === null) {
      add("beslut", r.subject, r.date, r.decision);
      continue;
    }
    // Several candidates can name the same municipalities: the product tells them apart.
    const post = `${r.proposedProduct} för ${r.subject}`;
    add("rekommendation", post, "förklaring", r.explanation);
    add("rekommendation", post, "föreslagen nivå", r.proposedLevel?.ordinal ?? null);
    add("rekommendation", post, "föreslagen produkt", r.proposedProduct);
    add("rekommendation", post, "poäng", r.score);
    add("rekommendation", post, "tidsgräns", r.deadline);
    add("rekommendation", post, "övergångsfönster från", r.window?.start ?? null);
    add("rekommendation", post, "övergångsfönster till", r.window?.end ?? null);
    add("rekommendation", post, "årskostnad i dag öre", r.annualCostOre);
    for (const x of r.costSplit ?? []) add("rekommendation", post, `andel ${x.municipality} öre`, x.amountOre);
    add("rekommendation", post, "beslut", r.decision);
  }
  for (const d of report.followUps.decisions) {
    const item = `${d.subject} (${d.participants.join(", ")}) ${d.decidedOn}`;
    add("nyttorealisering", item, "förväntad kostnad per invånare öre", d.expected?.costPerInhabitantOre ?? null);
    add("nyttorealisering", item, "kostnad per invånare vid beslutet öre", d.atDecision.costPerInhabitantOre);
    for (const p of d.points) if (p.realised) add("nyttorealisering", item, `kostnad per invånare +${p.monthsAfter} mån öre`, p.realised.costPerInhabitantOre);
    add("nyttorealisering", item, "kostnaden steg", d.costRose ? "ja" : "nej");
  }
  for (const t of report.competence.trainings) {
    add("utbildning", t.title, "deltagare", t.participants);
    add("utbildning", t.title, "kostnad öre", t.costOre);
  }
  for (const l of report.cost.lines) for (const s of l.shares) add("kostnad avtal", l.agreement, s.municipality, s.amountOre);
  for (const m of report.cost.municipalities) {
    add("kostnad kommun", m.municipality, "summa öre", m.totalOre);
    add("kostnad kommun", m.municipality, "per invånare öre", m.perInhabitantOre);
    add("kostnad kommun", m.municipality, "övriga tar över om kommunen lämnar öre", m.leavingShiftsOre);
  }
  for (const r of report.governance.rules) add("styrning", r.code, "efterlevnad 31 december", r.complianceEnd);
  for (const p of report.governance.policyGoals) add("mål", p.title, "status", p.status);
  return writeCsv(rows, form);
}
