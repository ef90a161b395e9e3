import type { Evaluation, EvaluationSource } from "../evaluations/evaluation";
import { CompetenceLevel } from "../competence/entities";
import { groupBy } from "../common/collections";
import type { LocalDate } from "../common/dates";
import type { Municipality } from "../municipalities/entities";
import { figureFor } from "../municipalities/population";
import { freezeRuleOf } from "../recommendations/entities";
import { DEFAULT_TRIGGER_SETTINGS } from "../recommendations/settings";
import type { Collaboration } from "../collaborations/entities";
import { ROLE_NAME } from "../reminders/read";
import { costKeyOf } from "../agreements/cost-split";
import { PlanInputError } from "./load-plan";
import { evaluateWhatIf, type WhatIfChange, type WhatIfInput, type WhatIfResult } from "./whatif";

export interface WhatIfRequest {
  change: WhatIfChange;
  municipalityId: number;
  bodyId: number | null;
  collaborationId: number | null;
  from: LocalDate;
}

/**
 * Everything a what-if reads, as recorded for the date `from` through the fact reader: the
 * collaborations concerned (a body's, or one), their agreements with cost keys, parties and
 * deadlines, population figures, specialists and roles, freezes. Reads only.
 */
export async function loadWhatIfInput(source: EvaluationSource, request: WhatIfRequest): Promise<WhatIfInput> {
  // Every read goes through the reader (tracked, so a write to what it read makes the answer anew).
  const facts = source.facts(request.from);
  const [municipalityRows, collaborations, participants, levels, applications, itUnits, byCollaboration, schedules, competences, people, roles, figures, freezes, settings] = await Promise.all([
    facts.municipalities(),
    facts.collaborations(),
    facts.participants(),
    facts.levels(),
    facts.applications(),
    facts.itUnits(),
    facts.agreementsByCollaboration(),
    facts.schedules(),
    facts.competences(),
    facts.people(),
    facts.roles(),
    facts.populationFigures(),
    facts.changeFreezes(),
    facts.triggerSettings(),
  ]);
  const [bodies, memberships] = await Promise.all([facts.collaborationBodies(), facts.memberships()]);
  const municipality = municipalityRows.get(request.municipalityId) as Municipality | undefined;
  if (!municipality) throw new PlanInputError("municipality", "Ingen kommun har detta ID.");

  let scopeName: string;
  let chosen: Collaboration[];
  if (request.bodyId !== null) {
    const body = bodies.get(request.bodyId);
    if (!body) throw new PlanInputError("body", "Inget samverkansorgan har detta ID.");
    scopeName = body.shortName ?? body.name;
    chosen = [...collaborations.values()].filter((c) => c.collaborationBodyId === request.bodyId);
    const members = memberships.filter((m) => m.collaborationBodyId === request.bodyId).map((m) => m.municipalityId);
    const member = members.includes(municipality.id);
    if (member !== (request.change === "LEAVE"))
      throw new PlanInputError(
        "change",
        member ? `${municipality.name} är redan medlem i ${scopeName} den ${request.from}.` : `${municipality.name} är inte medlem i ${scopeName} den ${request.from}.`,
      );
  } else {
    const collaboration = collaborations.get(request.collaborationId!);
    if (!collaboration) throw new PlanInputError("collaboration", `Ingen samverkan med detta ID har börjat den ${request.from}.`);
    scopeName = collaboration.name;
    chosen = [collaboration];
    const member = (participants.get(collaboration.id) ?? []).some((p) => p.municipalityId === municipality.id);
    if (member !== (request.change === "LEAVE"))
      throw new PlanInputError("change", member ? `${municipality.name} deltar redan i ${scopeName} den ${request.from}.` : `${municipality.name} deltar inte i ${scopeName} den ${request.from}.`);
  }

  const figuresOf = groupBy(figures, (f) => f.municipalityId);
  const year = Number(request.from.slice(0, 4));
  const populationIn = (id: number, exactYear: number | null) => {
    const own = figuresOf.get(id) ?? [];
    const figure = exactYear !== null ? (own.find((f) => f.year === exactYear) ?? null) : figureFor(own, year - 1);
    return figure?.population ?? null;
  };
  const levelOrdinal = new Map([...levels.values()].map((l) => [l.id, l]));
  const chosenIds = new Set(chosen.map((c) => c.id));

  // Each agreement once, with the chosen collaborations it covers (directly or through the application).
  const agreementCollaborations = new Map<number, { on: NonNullable<ReturnType<typeof byCollaboration.get>>[number]; ids: number[] }>();
  for (const c of chosen) {
    for (const on of byCollaboration.get(c.id) ?? []) {
      if (!on.inForce) continue;
      const entry = agreementCollaborations.get(on.agreement.id) ?? { on, ids: [] };
      entry.ids.push(c.id);
      agreementCollaborations.set(on.agreement.id, entry);
    }
  }
  const allIds = [...municipalityRows.keys()];
  const settingsRow = settings ?? DEFAULT_TRIGGER_SETTINGS;
  const personOf = (id: number) => people.get(id) as { name: string; municipalityId: number } | undefined;

  return {
    change: request.change,
    municipality: { id: municipality.id, name: municipality.name, code: municipality.code, population: populationIn(municipality.id, null) },
    scope: { kind: request.bodyId !== null ? "BODY" : "COLLABORATION", name: scopeName },
    from: request.from,
    municipalities: allIds.map((id) => {
      const m = municipalityRows.get(id)!;
      return { id, name: m.name, code: m.code, population: populationIn(id, null) };
    }),
    collaborations: chosen.map((c) => {
      const level = levelOrdinal.get(c.levelId)!;
      const operator = c.operatorItUnitId === null ? null : (itUnits.get(c.operatorItUnitId) ?? null);
      const application = applications.get(c.applicationId)!;
      return {
        id: c.id,
        name: c.name,
        applicationId: c.applicationId,
        application: application.name,
        category: application.category,
        level: { ordinal: level.ordinal, name: level.name },
        participantIds: [...new Set((participants.get(c.id) ?? []).map((p) => p.municipalityId))],
        hostMunicipalityId: c.hostMunicipalityId,
        operator: operator ? { name: operator.name, municipalityId: operator.municipalityId } : null,
      };
    }),
    agreements: [...agreementCollaborations.values()].map(({ on, ids }) => {
      const a = on.agreement;
      const schedule = schedules.get(a.id)!;
      const parties = [...new Set([...on.municipalityIds, ...on.itUnitIds.flatMap((id) => itUnits.get(id)?.municipalityId ?? [])])];
      const populationYear = a.costKeyPopulationYear ?? null;
      return {
        id: a.id,
        name: a.name,
        kind: a.kind,
        referenceNumber: a.referenceNumber ?? null,
        partyMunicipalityIds: on.municipalityIds.length ? on.municipalityIds : parties,
        collaborationIds: ids,
        annualCostOre: a.annualCostSek === null ? null : Number(a.annualCostSek) * 100,
        costKey: costKeyOf(a),
        shares: on.shares,
        populations: new Map(
          allIds.flatMap((id) => {
            const p = populationIn(id, populationYear);
            return p === null ? [] : [[id, p] as const];
          }),
        ),
        noticeDeadline: schedule.noticeDeadline,
        decisionDeadline: schedule.decisionDeadline,
        currentTermEnd: schedule.currentTermEnd,
      };
    }),
    specialists: competences.flatMap((c) => {
      const person = personOf(c.personId);
      return c.level === CompetenceLevel.SPECIALIST && person && [...chosen].some((x) => x.applicationId === c.applicationId)
        ? [{ personId: c.personId, name: person.name, municipalityId: person.municipalityId, applicationId: c.applicationId }]
        : [];
    }),
    roles: roles.flatMap((r) => {
      const person = personOf(r.personId);
      return r.collaborationId !== null && chosenIds.has(r.collaborationId) && person
        ? [{ kind: ROLE_NAME[r.kind] ?? r.kind, person: person.name, municipalityId: person.municipalityId, collaborationId: r.collaborationId }]
        : [];
    }),
    freezes: freezes.map((f) => ({ municipalityId: f.municipalityId, name: f.name, category: f.category, rule: freezeRuleOf(f) })),
    windowDays: settingsRow.transitionWindowDays,
  };
}

/** A what-if on its date (`from`): read through the fact reader, judged by `evaluateWhatIf`. */
export const whatIfEvaluation: Evaluation<WhatIfRequest, WhatIfInput, WhatIfResult> = {
  name: "whatIf",
  key: (r) => `${r.change}|${r.municipalityId}|${r.bodyId ?? ""}|${r.collaborationId ?? ""}`,
  read: (source, date, request) => loadWhatIfInput(source, { ...request, from: date }),
  evaluate: (input) => evaluateWhatIf(input),
};
