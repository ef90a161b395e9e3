import type { DataSource } from "typeorm";
import { backfillVersions } from "../server/src/history/backfill";
import { SEED_RECORDED_AT } from "./load";
import { Application, ApplicationCategory, ApplicationScope, ApplicationUsage, LifecyclePhase } from "../server/src/applications/entities";
import { Collaboration, CollaborationLevel, CollaborationParticipant, LevelChange } from "../server/src/collaborations/entities";
import { ItUnit, ItUnitKind, Municipality, PopulationFigure } from "../server/src/municipalities/entities";

export interface SyntheticSize {
  municipalities: number;
  collaborations: number;
  participantsPerCollaboration: number;
  historyPerCollaboration: number;
}

/**
 * Adds a synthetic dataset beside whatever is there (for benchmarks and for tests that show a
 * statement count does not grow with the data). Needs the collaboration levels (seed) to exist.
 * Codes start at 9000 + `offset`, so two calls with different offsets do not collide.
 */
export async function addSyntheticData(db: DataSource, size: SyntheticSize, offset = 0): Promise<void> {
  const levels = await db.getRepository(CollaborationLevel).find({ order: { ordinal: "ASC" } });
  if (levels.length < 2) throw new Error("Load the collaboration levels (the seed) before synthetic data.");
  const categories = Object.values(ApplicationCategory);
  await db.transaction(async (em) => {
    const municipalities: Municipality[] = [];
    const units: ItUnit[] = [];
    for (let i = 0; i < size.municipalities; i++) {
      const m = await em.save(Object.assign(new Municipality(), { code: String(9000 + offset + i).padStart(4, "0").slice(-4), name: `Syntetisk kommun ${offset + i}`, county: "Syntetiskt län" }));
      await em.insert(PopulationFigure, { municipalityId: m.id, year: 2024, population: 3000 + ((i * 7919) % 40000) });
      municipalities.push(m);
      units.push(await em.save(Object.assign(new ItUnit(), { municipalityId: m.id, name: `IT-enheten ${m.name}`, kind: ItUnitKind.ADMINISTRATION })));
    }
    for (let c = 0; c < size.collaborations; c++) {
      const application = await em.save(
        Object.assign(new Application(), { name: `Syntetiskt system ${offset + c}`, vendor: c % 3 ? `Leverantör ${c % 7}` : null, category: categories[c % categories.length], scope: ApplicationScope.COMMON, description: null }),
      );
      const participants = Array.from({ length: Math.min(size.participantsPerCollaboration, municipalities.length) }, (_, k) => municipalities[(c + k) % municipalities.length]);
      const host = participants[0];
      const history = Array.from({ length: size.historyPerCollaboration }, (_, h) => ({ level: levels[1 + ((c + h) % (levels.length - 1))], on: `${2005 + h}-0${1 + (c % 9)}-01` }));
      const collaboration = await em.save(
        Object.assign(new Collaboration(), {
          name: `Syntetisk samverkan ${String(offset + c).padStart(5, "0")}`,
          applicationId: application.id,
          hostMunicipalityId: host.id,
          operatorItUnitId: units[municipalities.indexOf(host)].id,
          collaborationBodyId: null,
          levelId: history.at(-1)!.level.id,
          startedOn: history[0].on,
          description: null,
        }),
      );
      for (const m of participants) {
        await em.insert(CollaborationParticipant, { collaborationId: collaboration.id, municipalityId: m.id, joinedOn: history[0].on, leftOn: null });
        await em.insert(ApplicationUsage, {
          municipalityId: m.id,
          applicationId: application.id,
          itUnitId: null,
          inUseSince: history[0].on,
          lifecyclePhase: LifecyclePhase.ACTIVE,
          functionalFit: 1 + (c % 4),
          technicalFit: 1 + ((c + 1) % 4),
          userCount: 10 + c,
          annualCostSek: 10_000 * (1 + (c % 10)),
          note: null,
        });
      }
      let previous: number | null = null;
      for (const h of history) {
        await em.insert(LevelChange, { collaborationId: collaboration.id, fromLevelId: previous, toLevelId: h.level.id, changedOn: h.on, decisionReference: null, reason: null, recordedAt: `${h.on}T12:00:00.000Z` });
        previous = h.level.id;
      }
    }
    await backfillVersions(em, SEED_RECORDED_AT);
  });
}
