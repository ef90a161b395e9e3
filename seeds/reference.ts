import type { DataSource, EntityManager } from "typeorm";
import { advanceDataVersion } from "../server/src/cache/data-version";
import { CollaborationLevel } from "../server/src/collaborations/entities";
import { backfillVersions } from "../server/src/history/backfill";
import { Municipality, PopulationFigure } from "../server/src/municipalities/entities";
import { REFERENCE_POPULATION_YEAR, referenceList } from "../server/src/municipalities/reference";
import { insertRows, insertRowsReturningIds } from "./bulk";
import { readSeedFile } from "./refs";
import { DALSLAND_SEED_DIR, SEED_RECORDED_AT } from "./load";

/**
 * The reference seed (`SAMVERKAN_SEED=reference`): all 290 municipalities of the reference list
 * (seeds/reference/kommuner.csv) with their counties and populations on 31 December 2025, and the
 * collaboration level scale every database needs (levels.json); nothing else. Municipalities whose
 * code the database has already are left as they are. Returns how many municipalities it wrote.
 */
export async function writeReferenceMunicipalities(em: EntityManager): Promise<number> {
  const list = referenceList();
  if ((await em.getRepository(CollaborationLevel).count()) === 0) {
    await em.getRepository(CollaborationLevel).save(readSeedFile<{ ordinal: number; name: string; description: string }[]>(DALSLAND_SEED_DIR, "levels.json"));
  }
  const existing = new Set((await em.getRepository(Municipality).find({ select: { code: true } })).map((m) => m.code));
  const missing = list.municipalities.filter((m) => !existing.has(m.code));
  const ids = await insertRowsReturningIds(
    em,
    Municipality,
    missing.map((m) => ({ code: m.code, name: m.name, county: list.countyByCode.get(m.countyCode)!.name, countyCode: m.countyCode, codeValidFrom: null })),
  );
  await insertRows(
    em,
    PopulationFigure,
    missing.map((m, i) => ({ municipalityId: ids[i], year: REFERENCE_POPULATION_YEAR, population: m.population })),
  );
  return missing.length;
}

/** `writeReferenceMunicipalities` in one transaction of its own, as `SAMVERKAN_SEED=reference` loads it. */
export function loadReferenceSeed(db: DataSource): Promise<number> {
  return db.transaction(async (em) => {
    const written = await writeReferenceMunicipalities(em);
    await backfillVersions(em, SEED_RECORDED_AT);
    await advanceDataVersion(em);
    return written;
  });
}
