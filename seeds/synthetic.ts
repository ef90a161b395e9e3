import { backfillVersions } from "../server/src/history/backfill";
import { advanceDataVersion } from "../server/src/cache/data-version";
import { SEED_RECORDED_AT } from "./load";
import type { DataSource, EntityManager } from "typeorm";
import { Application, ApplicationCategory, ApplicationScope, ApplicationUsage, LifecyclePhase } from "../server/src/applications/entities";
import { Collaboration, CollaborationLevel, CollaborationParticipant, LevelChange } from "../server/src/collaborations/entities";
import { ItUnit, ItUnitKind, Municipality, PopulationFigure } from "../server/src/municipalities/entities";
import { REFERENCE_POPULATION_YEAR, type ReferenceMunicipality, referenceList } from "../server/src/municipalities/reference";
import { insertRows, insertRowsReturningIds } from "./bulk";

export interface SyntheticSize {
  municipalities: number;
  collaborations: number;
  participantsPerCollaboration: number;
  historyPerCollaboration: number;
}

export interface SyntheticMunicipality {
  id: number;
  code: string;
  /** Its one IT unit. */
  itUnitId: number;
}

export interface SyntheticCollaboration {
  id: number;
  name: string;
  applicationId: number;
  hostMunicipalityId: number;
  operatorItUnitId: number;
  /** Participating municipalities, the host first. */
  participantIds: number[];
  startedOn: string;
  /** Ordinal of its current level. */
  levelOrdinal: number;
}

/** What `writeSyntheticData` wrote, for the generators that build on it (agreements, roles, competence). */
export interface SyntheticData {
  municipalities: SyntheticMunicipality[];
  collaborations: SyntheticCollaboration[];
}

/**
 * Adds a synthetic dataset beside whatever is there (for benchmarks and for tests that show a
 * statement count does not grow with the data): municipalities with a population and an IT unit,
 * one application per collaboration, collaborations with participants (consecutive
 * municipalities, the first hosting), each participant's usage of the application, and a level
 * history. Needs the collaboration levels (seed) to exist. Codes start at 9000 + `offset`, so two
 * calls with different offsets do not collide; or, given `real` (the national dataset), those
 * municipalities of the reference list with their names, counties and 2025 populations.
 * Bulk inserts on the caller's transaction.
 */
export async function writeSyntheticData(em: EntityManager, size: SyntheticSize, offset = 0, real?: readonly ReferenceMunicipality[]): Promise<SyntheticData> {
  const levels = await em.getRepository(CollaborationLevel).find({ order: { ordinal: "ASC" } });
  if (levels.length < 2) throw new Error("Load the collaboration levels (the seed) before synthetic data.");
  const categories = Object.values(ApplicationCategory);

  const counties = referenceList().countyByCode;
  const municipalityRows = real
    ? real.map((m) => ({ code: m.code, name: m.name, county: counties.get(m.countyCode)!.name, countyCode: m.countyCode, codeValidFrom: null }))
    : Array.from({ length: size.municipalities }, (_, i) => ({
        code: String(9000 + offset + i)
          .padStart(4, "0")
          .slice(-4),
        name: `Syntetisk kommun ${offset + i}`,
        county: "Syntetiskt län",
        countyCode: null,
        codeValidFrom: null,
      }));
  const municipalityIds = await insertRowsReturningIds(em, Municipality, municipalityRows);
  await insertRows(
    em,
    PopulationFigure,
    municipalityIds.map((municipalityId, i) =>
      real ? { municipalityId, year: REFERENCE_POPULATION_YEAR, population: real[i].population } : { municipalityId, year: 2024, population: 3000 + ((i * 7919) % 40000) },
    ),
  );
  const unitIds = await insertRowsReturningIds(
    em,
    ItUnit,
    municipalityIds.map((municipalityId, i) => ({ municipalityId, name: `IT-enheten ${municipalityRows[i].name}`, kind: ItUnitKind.ADMINISTRATION })),
  );
  const municipalities = municipalityIds.map((id, i) => ({ id, code: municipalityRows[i].code, itUnitId: unitIds[i] }));

  const applicationIds = await insertRowsReturningIds(
    em,
    Application,
    Array.from({ length: size.collaborations }, (_, c) => ({
      name: `Syntetiskt system ${offset + c}`,
      vendor: c % 3 ? `Leverantör ${c % 7}` : null,
      category: categories[c % categories.length],
      scope: ApplicationScope.COMMON,
      description: null,
    })),
  );
  const plans = applicationIds.map((applicationId, c) => {
    const participants = Array.from({ length: Math.min(size.participantsPerCollaboration, municipalities.length) }, (_, k) => municipalities[(c + k) % municipalities.length]);
    const history = Array.from({ length: size.historyPerCollaboration }, (_, h) => ({ level: levels[1 + ((c + h) % (levels.length - 1))], on: `${2005 + h}-0${1 + (c % 9)}-01` }));
    return { c, applicationId, participants, history, name: `Syntetisk samverkan ${String(offset + c).padStart(5, "0")}` };
  });
  const collaborationIds = await insertRowsReturningIds(
    em,
    Collaboration,
    plans.map((p) => ({
      name: p.name,
      applicationId: p.applicationId,
      hostMunicipalityId: p.participants[0].id,
      operatorItUnitId: p.participants[0].itUnitId,
      collaborationBodyId: null,
      levelId: p.history.at(-1)!.level.id,
      startedOn: p.history[0].on,
      description: null,
    })),
  );

  await insertRows(
    em,
    CollaborationParticipant,
    plans.flatMap((p, i) => p.participants.map((m) => ({ collaborationId: collaborationIds[i], municipalityId: m.id, joinedOn: p.history[0].on, leftOn: null }))),
  );
  await insertRows(
    em,
    ApplicationUsage,
    plans.flatMap(({ c, applicationId, participants, history }) =>
      participants.map((m) => ({
        municipalityId: m.id,
        applicationId,
        itUnitId: null,
        inUseSince: history[0].on,
        lifecyclePhase: LifecyclePhase.ACTIVE,
        functionalFit: 1 + (c % 4),
        technicalFit: 1 + ((c + 1) % 4),
        userCount: 10 + c,
        annualCostSek: 10_000 * (1 + (c % 10)),
        note: null,
      })),
    ),
  );
  await insertRows(
    em,
    LevelChange,
    plans.flatMap((p, i) =>
      p.history.map((h, k) => ({
        collaborationId: collaborationIds[i],
        fromLevelId: k === 0 ? null : p.history[k - 1].level.id,
        toLevelId: h.level.id,
        changedOn: h.on,
        decisionReference: null,
        reason: null,
        recordedAt: `${h.on}T12:00:00.000Z`,
      })),
    ),
  );

  return {
    municipalities,
    collaborations: plans.map((p, i) => ({
      id: collaborationIds[i],
      name: p.name,
      applicationId: p.applicationId,
      hostMunicipalityId: p.participants[0].id,
      operatorItUnitId: p.participants[0].itUnitId,
      participantIds: p.participants.map((m) => m.id),
      startedOn: p.history[0].on,
      levelOrdinal: p.history.at(-1)!.level.ordinal,
    })),
  };
}

/** `writeSyntheticData` in a transaction of its own, with the rows' first versions. */
export function addSyntheticData(db: DataSource, size: SyntheticSize, offset = 0): Promise<SyntheticData> {
  return db.transaction(async (em) => {
    const data = await writeSyntheticData(em, size, offset);
    await backfillVersions(em, SEED_RECORDED_AT);
    await advanceDataVersion(em);
    return data;
  });
}
