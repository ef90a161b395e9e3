/**
 * What-if (konsekvensanalys): a municipality joins or leaves a collaboration, or a collaboration
 * body, from a date. A pure function from a typed input (`WhatIfInput`, filled by load-whatif.ts
 * through the fact reader) to what would move: every cost split re-split by its agreement's key
 * without (or with) the municipality, to the öre; the agreements whose parties change, with their
 * deadlines; the systems that would fall below what their level requires (the host or the operating
 * IT unit leaving a system at the level of joint operation or above, fewer than two participants
 * left); the competence and roles lost; and a transition window clear of the participants' freezes.
 * Nothing is written: the answer is a preview until someone decides.
 */
import { allocateCost, CostKeyKind, CostSplitError, type CostKey } from "../agreements/cost-split";
import { compareNames } from "../common/names";
import type { LocalDate } from "../common/dates";
import { transitionWindow } from "../recommendations/freezes";
import { formatKronor } from "../render/format";
import type { PlanFreeze } from "./plan";

export enum WhatIfChange {
  JOIN = "JOIN",
  LEAVE = "LEAVE",
}

/** The level (ordinal) from which a shared system needs a host and an operating IT unit (gemensam drift). */
export const JOINT_OPERATION_LEVEL = 3;

export interface WhatIfMunicipality {
  id: number;
  name: string;
  code: string;
  population: number | null;
}

export interface WhatIfCollaboration {
  id: number;
  name: string;
  applicationId: number;
  application: string;
  category: string;
  level: { ordinal: number; name: string };
  participantIds: number[];
  hostMunicipalityId: number;
  operator: { name: string; municipalityId: number } | null;
}

export interface WhatIfAgreement {
  id: number;
  name: string;
  kind: string;
  referenceNumber: string | null;
  partyMunicipalityIds: number[];
  collaborationIds: number[];
  annualCostOre: number | null;
  costKey: CostKey | null;
  shares: Map<number, number>;
  /** The population figures its key uses (its named year, else the year before `from`), by municipality id. */
  populations: Map<number, number>;
  noticeDeadline: LocalDate;
  decisionDeadline: LocalDate;
  currentTermEnd: LocalDate;
}

export interface WhatIfSpecialist {
  personId: number;
  name: string;
  municipalityId: number;
  applicationId: number;
}

export interface WhatIfRole {
  kind: string;
  person: string;
  municipalityId: number;
  collaborationId: number;
}

export interface WhatIfInput {
  change: WhatIfChange;
  municipality: WhatIfMunicipality;
  /** What is joined or left: a body (its collaborations) or one collaboration. */
  scope: { kind: "BODY" | "COLLABORATION"; name: string };
  from: LocalDate;
  /** Populations for the cost keys, by municipality id. */
  municipalities: WhatIfMunicipality[];
  collaborations: WhatIfCollaboration[];
  agreements: WhatIfAgreement[];
  specialists: WhatIfSpecialist[];
  roles: WhatIfRole[];
  freezes: PlanFreeze[];
  windowDays: number;
}

export interface WhatIfShare {
  municipalityId: number;
  name: string;
  code: string;
  beforeOre: number;
  afterOre: number;
  changeOre: number;
}

export interface WhatIfCostSplit {
  agreementId: number;
  agreement: string;
  key: string;
  totalOre: number;
  /** Null when the key cannot split without a new agreement (fixed shares, a missing figure). */
  shares: WhatIfShare[] | null;
  problem: string | null;
}

export interface WhatIfAgreementChange {
  agreementId: number;
  agreement: string;
  kind: string;
  referenceNumber: string | null;
  change: string;
  noticeDeadline: LocalDate;
  decisionDeadline: LocalDate;
  currentTermEnd: LocalDate;
  /** Whether notice given on `from` would be too late for the current term (the notice deadline lies before it). */
  noticeDeadlinePassed: boolean;
}

export interface WhatIfSystem {
  collaborationId: number;
  collaboration: string;
  application: string;
  level: { ordinal: number; name: string };
  participantsBefore: number;
  participantsAfter: number;
  /** True when it would no longer meet what its level requires. */
  fallsBelowLevel: boolean;
  consequences: string[];
  specialistsBefore: number;
  specialistsAfter: number;
  specialistsLost: string[];
  rolesLost: string[];
}

export interface WhatIfResult {
  change: WhatIfChange;
  municipality: WhatIfMunicipality;
  scope: { kind: "BODY" | "COLLABORATION"; name: string };
  from: LocalDate;
  summary: string;
  costSplits: WhatIfCostSplit[];
  agreements: WhatIfAgreementChange[];
  systems: WhatIfSystem[];
  window: { start: LocalDate; end: LocalDate; avoided: string[] } | null;
}

const KEY_SV: Record<CostKeyKind, string> = {
  POPULATION: "folkmängd",
  EQUAL: "lika delar",
  FIXED_SHARES: "fasta andelar",
  BASE_PLUS_POPULATION: "grundavgift och folkmängd",
};

export function evaluateWhatIf(input: WhatIfInput): WhatIfResult {
  const m = input.municipality;
  const leaving = input.change === WhatIfChange.LEAVE;
  const municipalities = new Map(input.municipalities.map((x) => [x.id, x]));
  municipalities.set(m.id, municipalities.get(m.id) ?? m);
  const nameOf = (id: number) => municipalities.get(id)?.name ?? `kommun ${id}`;
  const byName = (a: number, b: number) => compareNames(nameOf(a), nameOf(b)) || a - b;
  const collaborationIds = new Set(input.collaborations.map((c) => c.id));
  const after = (ids: readonly number[]) => (leaving ? ids.filter((id) => id !== m.id) : [...new Set([...ids, m.id])]);

  // Agreements of the collaborations concerned whose parties change: the municipality is a party (leave) or is not yet (join).
  const concerned = input.agreements.filter((a) => a.collaborationIds.some((id) => collaborationIds.has(id)) && a.partyMunicipalityIds.includes(m.id) === leaving);

  const costSplits: WhatIfCostSplit[] = [];
  for (const a of concerned) {
    if (a.kind !== "SAMVERKANSAVTAL" || a.costKey === null || a.annualCostOre === null) continue;
    const key = a.costKey;
    const participant = (id: number) => ({ id, code: municipalities.get(id)?.code ?? String(id), population: a.populations.get(id) ?? null, shareBasisPoints: a.shares.get(id) ?? null });
    const beforeIds = [...a.partyMunicipalityIds].sort(byName);
    const afterIds = after(beforeIds).sort(byName);
    const keyText = KEY_SV[key.kind];
    try {
      const before = allocateCost(a.annualCostOre, beforeIds.map(participant), key);
      if (key.kind === CostKeyKind.FIXED_SHARES) throw new CostSplitError("Fasta andelar måste förhandlas om.");
      const afterShares = afterIds.length ? allocateCost(a.annualCostOre, afterIds.map(participant), key) : [];
      const ids = [...new Set([...beforeIds, ...afterIds])].sort(byName);
      costSplits.push({
        agreementId: a.id,
        agreement: a.name,
        key: keyText,
        totalOre: a.annualCostOre,
        shares: ids.map((id) => {
          const b = before.find((s) => s.participant.id === id)?.amountOre ?? 0;
          const x = afterShares.find((s) => s.participant.id === id)?.amountOre ?? 0;
          return { municipalityId: id, name: nameOf(id), code: municipalities.get(id)?.code ?? "", beforeOre: b, afterOre: x, changeOre: x - b };
        }),
        problem: afterIds.length ? null : "Ingen part återstår.",
      });
    } catch (error) {
      if (!(error instanceof CostSplitError)) throw error;
      costSplits.push({ agreementId: a.id, agreement: a.name, key: keyText, totalOre: a.annualCostOre, shares: null, problem: `Kräver ny överenskommelse om fördelningen: ${error.message}` });
    }
  }

  costSplits.sort((a, b) => compareNames(a.agreement, b.agreement) || a.agreementId - b.agreementId);
  const agreements: WhatIfAgreementChange[] = [...concerned]
    .sort((a, b) => compareNames(a.name, b.name) || a.id - b.id)
    .map((a) => ({
      agreementId: a.id,
      agreement: a.name,
      kind: a.kind,
      referenceNumber: a.referenceNumber,
      change: leaving ? `${m.name} utgår som part` : `${m.name} tillkommer som part`,
      noticeDeadline: a.noticeDeadline,
      decisionDeadline: a.decisionDeadline,
      currentTermEnd: a.currentTermEnd,
      noticeDeadlinePassed: a.noticeDeadline < input.from,
    }));

  const systems: WhatIfSystem[] = input.collaborations
    .filter((c) => c.participantIds.includes(m.id) === leaving)
    .map((c) => {
      const afterIds = after(c.participantIds);
      const consequences: string[] = [];
      const joint = c.level.ordinal >= JOINT_OPERATION_LEVEL;
      let falls = false;
      if (leaving) {
        if (c.hostMunicipalityId === m.id) {
          consequences.push(`${m.name} är värdkommun: en ny värdkommun behövs.`);
          falls ||= joint;
        }
        if (c.operator && c.operator.municipalityId === m.id) {
          consequences.push(`${c.operator.name} driftar systemet: på nivå ${c.level.ordinal} ${c.level.name} krävs en ny driftande IT-enhet med driftavtal.`);
          falls ||= joint;
        }
        if (afterIds.length < 2) {
          consequences.push("Färre än två deltagare återstår: samverkan upphör.");
          falls = true;
        }
      } else consequences.push(`${m.name} ansluter på nivå ${c.level.ordinal} ${c.level.name}.`);
      const specialists = input.specialists.filter((s) => s.applicationId === c.applicationId && c.participantIds.includes(s.municipalityId));
      const own = input.specialists.filter((s) => s.applicationId === c.applicationId && s.municipalityId === m.id);
      const lost = leaving ? own : [];
      const gained = leaving ? [] : own;
      if (lost.length) consequences.push(`${lost.length} av ${specialists.length} specialister på ${c.application} finns i ${m.name}.`);
      if (gained.length) consequences.push(`${gained.length} specialister på ${c.application} i ${m.name} tillkommer.`);
      const roles = leaving ? input.roles.filter((r) => r.collaborationId === c.id && r.municipalityId === m.id) : [];
      return {
        collaborationId: c.id,
        collaboration: c.name,
        application: c.application,
        level: c.level,
        participantsBefore: c.participantIds.length,
        participantsAfter: afterIds.length,
        fallsBelowLevel: falls,
        consequences,
        specialistsBefore: specialists.length,
        specialistsAfter: specialists.length - lost.length + gained.length,
        specialistsLost: lost.map((s) => s.name).sort(compareNames),
        rolesLost: roles.map((r) => `${r.kind} ${r.person}`).sort(compareNames),
      };
    });

  const participants = new Set(input.collaborations.flatMap((c) => c.participantIds).concat(m.id));
  const categories = new Set(input.collaborations.map((c) => c.category));
  const freezes = input.freezes.filter((f) => participants.has(f.municipalityId) && (f.category === null || categories.has(f.category)));
  const window = transitionWindow(input.from, input.windowDays, freezes);
  const moved = costSplits.reduce((sum, s) => sum + (s.shares?.reduce((x, y) => x + Math.max(0, y.changeOre), 0) ?? 0), 0);
  const verb = leaving ? "lämnar" : "ansluter till";
  const summary = `Om ${m.name} ${verb} ${input.scope.name} från ${input.from}: ${costSplits.length} kostnadsfördelningar ändras (${formatKronor(moved)} per år flyttas), ${agreements.length} avtal får ändrade parter och ${systems.filter((s) => s.fallsBelowLevel).length} system uppfyller inte längre sin nivå.`;
  return { change: input.change, municipality: m, scope: input.scope, from: input.from, summary, costSplits, agreements, systems, window };
}
