/**
 * Decisions on candidates (ACCEPTED, REJECTED, DEFERRED) and the evidence fingerprint that decides
 * when a rejected or deferred candidate comes back. Pure.
 *
 * A decision belongs to the candidates with the same subject (application or category) whose
 * participants overlap the decision's; the latest such decision dated on or before asOf is the
 * candidate's decision. A REJECTED candidate stays hidden, and a DEFERRED one until its date,
 * as long as the evidence is unchanged: the same participants, the same agreements with the same
 * decision deadlines, the same usages with the same fits and phases.
 */
import type { LocalDate } from "../common/dates";

export enum DecisionStatus {
  ACCEPTED = "ACCEPTED",
  REJECTED = "REJECTED",
  DEFERRED = "DEFERRED",
}

export interface EvidenceFingerprint {
  participants: { id: number; name: string }[];
  agreements: { id: number; name: string; decisionDeadline: LocalDate }[];
  usages: { id: number; label: string; functionalFit: number | null; technicalFit: number | null; phase: string }[];
}

export interface DecisionFact {
  id: number;
  candidateKey: string;
  subject: string;
  participantIds: number[];
  status: DecisionStatus;
  deferredUntil: LocalDate | null;
  decidedOn: LocalDate;
  fingerprint: EvidenceFingerprint;
}

export type EvidenceChange =
  | { kind: "PARTICIPANT_ADDED" | "PARTICIPANT_REMOVED"; name: string }
  | { kind: "AGREEMENT_ADDED"; name: string; decisionDeadline: LocalDate }
  | { kind: "AGREEMENT_REMOVED"; name: string }
  | { kind: "DEADLINE_CHANGED"; name: string; before: LocalDate; after: LocalDate }
  | { kind: "USAGE_ADDED" | "USAGE_REMOVED"; label: string }
  | { kind: "FIT_CHANGED"; label: string; aspect: "functional" | "technical"; before: number | null; after: number | null }
  | { kind: "PHASE_CHANGED"; label: string; before: string; after: string };

/** The decisions of one candidate, oldest first: same subject, overlapping participants, dated on or before asOf. */
export function decisionsFor<D extends DecisionFact>(decisions: readonly D[], subject: string, participantIds: readonly number[], asOf: LocalDate): D[] {
  return decisions
    .filter((d) => d.subject === subject && d.decidedOn <= asOf && d.participantIds.some((m) => participantIds.includes(m)))
    .sort((a, b) => (a.decidedOn < b.decidedOn ? -1 : a.decidedOn > b.decidedOn ? 1 : a.id - b.id));
}

/** What differs between the evidence at decision time and now; empty when nothing did. */
export function evidenceChanges(before: EvidenceFingerprint, after: EvidenceFingerprint): EvidenceChange[] {
  const changes: EvidenceChange[] = [];
  const ids = <T extends { id: number }>(list: T[]) => new Map(list.map((x) => [x.id, x]));
  const [p0, p1] = [ids(before.participants), ids(after.participants)];
  for (const p of after.participants) if (!p0.has(p.id)) changes.push({ kind: "PARTICIPANT_ADDED", name: p.name });
  for (const p of before.participants) if (!p1.has(p.id)) changes.push({ kind: "PARTICIPANT_REMOVED", name: p.name });
  const [a0, a1] = [ids(before.agreements), ids(after.agreements)];
  for (const a of after.agreements) {
    const was = a0.get(a.id);
    if (!was) changes.push({ kind: "AGREEMENT_ADDED", name: a.name, decisionDeadline: a.decisionDeadline });
    else if (was.decisionDeadline !== a.decisionDeadline) changes.push({ kind: "DEADLINE_CHANGED", name: a.name, before: was.decisionDeadline, after: a.decisionDeadline });
  }
  for (const a of before.agreements) if (!a1.has(a.id)) changes.push({ kind: "AGREEMENT_REMOVED", name: a.name });
  const [u0, u1] = [ids(before.usages), ids(after.usages)];
  for (const u of after.usages) {
    const was = u0.get(u.id);
    if (!was) {
      changes.push({ kind: "USAGE_ADDED", label: u.label });
      continue;
    }
    if (was.functionalFit !== u.functionalFit) changes.push({ kind: "FIT_CHANGED", label: u.label, aspect: "functional", before: was.functionalFit, after: u.functionalFit });
    if (was.technicalFit !== u.technicalFit) changes.push({ kind: "FIT_CHANGED", label: u.label, aspect: "technical", before: was.technicalFit, after: u.technicalFit });
    if (was.phase !== u.phase) changes.push({ kind: "PHASE_CHANGED", label: u.label, before: was.phase, after: u.phase });
  }
  for (const u of before.usages) if (!u1.has(u.id)) changes.push({ kind: "USAGE_REMOVED", label: u.label });
  return changes;
}

/** Whether a candidate is hidden by its latest decision on asOf, given what changed since. */
export function hiddenBy(decision: DecisionFact | null, changes: readonly EvidenceChange[], asOf: LocalDate): boolean {
  if (!decision || changes.length > 0) return false;
  if (decision.status === DecisionStatus.REJECTED) return true;
  return decision.status === DecisionStatus.DEFERRED && decision.deferredUntil !== null && asOf < decision.deferredUntil;
}
