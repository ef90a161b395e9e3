/**
 * Every Swedish sentence of the recommendations, built from structured evidence: the candidates'
 * "why?", the proposed level and product, the transition window and what changed since a
 * decision. Pure, so the annual report and the web pages say the same thing in the same words.
 */
import type { LocalDate } from "../common/dates";
import { compareNames, firstNames, usageLabel as labelOf } from "../common/names";
import type { EvidenceChange } from "./decisions";
import type { FactAgreement, FactCompetenceRisk, FactUsage } from "./facts";
import { Trigger, type Finding } from "./triggers";

/** Names of the objects the sentences mention. */
export interface Names {
  municipality(id: number): string;
  application(id: number): string;
  collaboration(id: number): string;
  /** "3 Gemensam drift". */
  level(ordinal: number): string;
}

export const CATEGORY_NAMES: Readonly<Record<string, string>> = {
  FINANCE: "ekonomi",
  PAYROLL_HR: "lön och personal",
  GIS: "GIS och kartor",
  BUILDING_PERMITS: "bygglov",
  SCHOOL: "skola",
  CARE: "vård och omsorg",
  LIBRARY: "bibliotek",
  TELEPHONY: "telefoni",
  HELPDESK: "helpdesk",
  E_ARCHIVE: "e-arkiv",
  RECORDS: "diarium och ärendehantering",
  INFORMATION: "informationsspridning",
  OTHER: "övrigt",
};

export const PHASE_NAMES: Readonly<Record<string, string>> = {
  PLAN: "planerad",
  PHASE_IN: "införande",
  ACTIVE: "i drift",
  PHASE_OUT: "avveckling",
  RETIRED: "avvecklad",
};

const RISK_BANDS: Readonly<Record<string, string>> = { LOW: "låg", MEDIUM: "medel", HIGH: "hög" };

const DECISION_NAMES: Readonly<Record<string, string>> = { ACCEPTED: "godkänt", REJECTED: "avvisat", DEFERRED: "uppskjutet" };

/** "A", "A och B", "A, B och C"; longer lists end "… och N andra". */
export function listNames(names: readonly string[], max = 6): string {
  const distinct = [...new Set(names)];
  if (distinct.length > max) return `${firstNames(distinct, max - 1).join(", ")} och ${distinct.length - (max - 1)} andra`;
  const sorted = distinct.sort(compareNames);
  if (sorted.length <= 1) return sorted[0] ?? "";
  return `${sorted.slice(0, -1).join(", ")} och ${sorted.at(-1)}`;
}

export function sentence(text: string): string {
  const trimmed = text.trim();
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1) + (/[.!?]$/.test(trimmed) ? "" : ".");
}

/** A decimal with a Swedish comma: 3.5 → "3,5". */
export function decimal(value: number): string {
  return (Math.round(value * 10) / 10).toString().replace(".", ",");
}

export function usageLabel(names: Names, usage: Pick<FactUsage, "municipalityId" | "applicationId">): string {
  return labelOf(names.municipality(usage.municipalityId), names.application(usage.applicationId));
}

export function agreementClause(names: Names, agreement: FactAgreement, state: "UPCOMING" | "DECISION_PASSED" | "ENDING", participantIds: readonly number[]): string {
  const parties = agreement.partyMunicipalityIds.filter((m) => participantIds.includes(m)).map((m) => names.municipality(m));
  const forWhom = parties.length > 0 && parties.length < participantIds.length ? ` för ${listNames(parties)}` : "";
  if (state === "UPCOMING") return `avtalet ${agreement.name}${forWhom} ska beslutas senast ${agreement.decisionDeadline}`;
  if (state === "DECISION_PASSED") return `beslutsdatum för avtalet ${agreement.name}${forWhom} passerade ${agreement.decisionDeadline}; uppsägning kan ges till och med ${agreement.noticeDeadline}`;
  return `avtalet ${agreement.name}${forWhom} upphör ${agreement.currentTermEnd}`;
}

function fitText(usage: FactUsage): string {
  const parts = [usage.functionalFit !== null ? `funktionell ${usage.functionalFit} av 4` : null, usage.technicalFit !== null ? `teknisk ${usage.technicalFit} av 4` : null].filter(Boolean);
  return parts.join(", ");
}

function _riskClause(risk: FactCompetenceRisk): string {
  return `kompetensrisken för ${risk.label} är ${RISK_BANDS[risk.band] ?? risk.band} (${risk.score} poäng)`;
}

/** Context for the SAME_APPLICATION sentence: the collaboration the group builds on and who would join it. */
export interface GroupContext {
  participantIds: readonly number[];
  joiningIds: readonly number[];
  collaborationId: number | null;
  /** The collaboration's level (ordinal) on asOf. */
  collaborationLevel: number | null;
}

function sameClause(names: Names, finding: Extract<Finding, { trigger: Trigger.SAME_APPLICATION }>, group: GroupContext): string {
  const application = names.application(finding.applicationId);
  const joining = finding.municipalityIds.filter((m) => group.joiningIds.includes(m));
  if (joining.length > 0 && group.collaborationId !== null) {
    const members = finding.municipalityIds.filter((m) => !group.joiningIds.includes(m));
    return `${listNames(joining.map((m) => names.municipality(m)))} använder ${application} utanför ${names.collaboration(group.collaborationId)}, där ${listNames(members.map((m) => names.municipality(m)))} redan samverkar`;
  }
  const within =
    group.collaborationId !== null && group.collaborationLevel !== null ? `, i dag inom ${names.collaboration(group.collaborationId)} på nivå ${names.level(group.collaborationLevel)}` : "";
  return `${listNames(finding.municipalityIds.map((m) => names.municipality(m)))} använder redan ${application}${within}`;
}

/** One sentence for one trigger's findings. */
export function contributionSentence(names: Names, findings: readonly Finding[], group: GroupContext): string {
  const clauses: string[] = [];
  const poor = new Map<string, { applicationId: number; municipalityIds: number[]; fit: string; poorFit: boolean; phasingOut: boolean }>();
  const risks: FactCompetenceRisk[] = [];
  for (const f of findings) {
    switch (f.trigger) {
      case Trigger.AGREEMENT_EXPIRING:
        clauses.push(agreementClause(names, f.agreement, f.state, group.participantIds));
        break;
      case Trigger.POOR_APPLICATION: {
        // One clause per product and fit, naming every municipality concerned.
        const fit = f.poorFit ? fitText(f.usage) : "";
        const key = `${f.usage.applicationId}|${fit}|${f.phasingOut}`;
        const entry = poor.get(key) ?? { applicationId: f.usage.applicationId, municipalityIds: [], fit, poorFit: f.poorFit, phasingOut: f.phasingOut };
        entry.municipalityIds.push(f.usage.municipalityId);
        poor.set(key, entry);
        break;
      }
      case Trigger.COMPETENCE_RISK:
        risks.push(f.risk);
        break;
      case Trigger.SAME_APPLICATION:
        clauses.push(sameClause(names, f, group));
        break;
    }
  }
  for (const p of poor.values()) {
    const where = listNames(p.municipalityIds.map((m) => names.municipality(m)));
    const application = names.application(p.applicationId);
    clauses.push(p.poorFit ? `${application} har låg passform i ${where} (${p.fit})${p.phasingOut ? " och avvecklas" : ""}` : `${where} avvecklar ${application}`);
  }
  if (risks.length > 0) {
    const scores = risks.map((r) => r.score);
    const [min, max] = [Math.min(...scores), Math.max(...scores)];
    const band = risks.every((r) => r.band === "HIGH") ? "hög" : "förhöjd";
    clauses.push(`${listNames(risks.map((r) => r.label))} har ${band} kompetensrisk (${min === max ? max : `${min}–${max}`} poäng)`);
  }
  return sentence(clauses.join("; "));
}

/** The one-line "why?": who already shares what (`opening`, if anything), and the deadline that drives it. */
export function summarySentence(names: Names, opening: string | null, driving: { agreement: FactAgreement; state: "UPCOMING" | "DECISION_PASSED" | "ENDING" } | null, group: GroupContext): string {
  const parts = opening ? [opening.replace(/\.$/, "")] : [];
  if (driving) parts.push(agreementClause(names, driving.agreement, driving.state, group.participantIds));
  return sentence(parts.join("; "));
}

/** "A, B och C samverkar redan i X på nivå 3 Gemensam drift". */
export function collaboratingClause(names: Names, participantIds: readonly number[], collaborationId: number, level: number): string {
  return `${listNames(participantIds.map((m) => names.municipality(m)))} samverkar redan i ${names.collaboration(collaborationId)} på nivå ${names.level(level)}`;
}

export function differentProductsClause(names: Names, category: string, byProduct: readonly { applicationId: number; municipalityIds: number[] }[]): string {
  const all = [...new Set(byProduct.flatMap((p) => p.municipalityIds))];
  const products = byProduct.map((p) => `${names.application(p.applicationId)} (${listNames(p.municipalityIds.map((m) => names.municipality(m)))})`);
  return `${listNames(all.map((m) => names.municipality(m)))} använder olika produkter för ${CATEGORY_NAMES[category] ?? category}: ${products.join(", ")}`;
}

export function proposalSentence(names: Names, applicationId: number, fit: number | null, users: number, phasedOut: boolean): string {
  const why = [fit !== null ? `bäst passform (${decimal(fit)} av 4)` : null, `${users} användare`].filter(Boolean).join(" och ");
  return sentence(`förslaget är ${names.application(applicationId)}, som har ${why}${phasedOut ? ", trots att den avvecklas" : ""}`);
}

export type TargetLevelCase =
  | { kind: "RAISE"; collaborationId: number; from: number; to: number }
  | { kind: "JOIN"; collaborationId: number; level: number; joiningIds: readonly number[] }
  | { kind: "START"; to: number; subject: string }
  | { kind: "DEEPEN"; collaborationId: number; from: number; to: number };

export function targetLevelSentence(names: Names, c: TargetLevelCase): string {
  switch (c.kind) {
    case "RAISE":
      return sentence(`nivå ${names.level(c.to)}: ${names.collaboration(c.collaborationId)} är i dag på nivå ${names.level(c.from)}, och utlösarna talar för att fördjupa samverkan`);
    case "JOIN":
      return sentence(`${listNames(c.joiningIds.map((m) => names.municipality(m)))} ansluter till ${names.collaboration(c.collaborationId)} på dess nuvarande nivå ${names.level(c.level)}`);
    case "START":
      return sentence(`nivå ${names.level(c.to)}: deltagarna samverkar inte kring ${c.subject} i dag, och nivå ${names.level(c.to)} är den första nivån för gemensam drift enligt inställningarna`);
    case "DEEPEN":
      return sentence(`nivå ${names.level(c.to)}: ${names.collaboration(c.collaborationId)} är i dag på nivå ${names.level(c.from)}; nästa steg är nivå ${names.level(c.to)}`);
  }
}

export function windowSentence(w: {
  start: LocalDate | null;
  end: LocalDate | null;
  decisionOn: LocalDate;
  earliestStart: LocalDate;
  leadMonths: number;
  lengthDays: number;
  avoided: readonly string[];
  searchYears: number;
}): string {
  if (w.start === null || w.end === null) {
    return sentence(`inget övergångsfönster på ${w.lengthDays} dagar utan förändringsstopp hittades inom ${w.searchYears} år från ${w.earliestStart}`);
  }
  const avoided = w.avoided.length > 0 ? `, utanför förändringsstoppen ${listNames(w.avoided, 10)}` : ", utan förändringsstopp hos deltagarna";
  return sentence(`föreslaget övergångsfönster: ${w.start}–${w.end}, efter beslut den ${w.decisionOn} och ${w.leadMonths} månaders upphandling${avoided}`);
}

export function changeSentence(change: EvidenceChange): string {
  switch (change.kind) {
    case "PARTICIPANT_ADDED":
      return sentence(`ny deltagare: ${change.name}`);
    case "PARTICIPANT_REMOVED":
      return sentence(`${change.name} deltar inte längre`);
    case "AGREEMENT_ADDED":
      return sentence(`nytt avtal: ${change.name}, att besluta senast ${change.decisionDeadline}`);
    case "AGREEMENT_REMOVED":
      return sentence(`avtalet ${change.name} berör inte längre förslaget`);
    case "DEADLINE_CHANGED":
      return sentence(`beslutsdatum för avtalet ${change.name} har ändrats från ${change.before} till ${change.after}`);
    case "USAGE_ADDED":
      return sentence(`ny användning: ${change.label}`);
    case "USAGE_REMOVED":
      return sentence(`${change.label} används inte längre`);
    case "FIT_CHANGED":
      return sentence(`${change.aspect === "functional" ? "funktionell" : "teknisk"} passform för ${change.label} har ändrats från ${change.before ?? "okänd"} till ${change.after ?? "okänd"}`);
    case "PHASE_CHANGED":
      return sentence(`livscykelfas för ${change.label} har ändrats från ${PHASE_NAMES[change.before] ?? change.before} till ${PHASE_NAMES[change.after] ?? change.after}`);
  }
}

export function decisionSentence(status: string, decidedOn: LocalDate, deferredUntil: LocalDate | null, changed: boolean): string {
  const until = status === "DEFERRED" && deferredUntil ? ` till ${deferredUntil}` : "";
  return sentence(`förslaget ${DECISION_NAMES[status] ?? status}${until} ${decidedOn}${changed ? "; underlaget har ändrats sedan dess" : ""}`);
}
