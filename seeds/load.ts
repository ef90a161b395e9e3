import { existsSync } from "node:fs";
import { join } from "node:path";
import type { DataSource } from "typeorm";
import { CollaborationLevel } from "../server/src/collaborations/entities";
import { Municipality } from "../server/src/municipalities/entities";
import { writeAgreements, writeGovernanceDocuments, writeRoles } from "./agreements";
import { writeCompetence } from "./competence";
import { writeFoundation, writePeople } from "./foundation";
import { writePolicyGoals } from "./policy-goals";
import { writeChangeFreezes } from "./recommendations";
import type { SeedPart, SeedRefs } from "./refs";
import { backfillVersions } from "../server/src/history/backfill";
import { advanceDataVersion } from "../server/src/cache/data-version";

/** When the seed's history counts as recorded (a fixed instant, so a seeded database is the same every time). */
export const SEED_RECORDED_AT = "2026-01-01T00:00:00.000Z";

/** The Dalsland dataset shipped with Samverkan (beside this file in source, two levels up from the compiled copy in dist/). */
export const DALSLAND_SEED_DIR = [join(__dirname, "dalsland"), join(__dirname, "..", "..", "seeds", "dalsland")].find((dir) => existsSync(dir))!;

/** Whether the database holds no data yet (the seed is loaded only then). */
export async function isEmpty(db: DataSource): Promise<boolean> {
  return (await db.getRepository(Municipality).count()) === 0 && (await db.getRepository(CollaborationLevel).count()) === 0;
}

/** The parts, in dependency order. A domain with seed data adds its part here. */
export const seedParts: SeedPart[] = [writeFoundation, writePeople, writeAgreements, writeRoles, writeGovernanceDocuments, writeCompetence, writePolicyGoals, writeChangeFreezes];

/** Loads a seed directory in one transaction. Natural keys in the files (codes, names) become references. */
export async function loadSeed(db: DataSource, dir = DALSLAND_SEED_DIR): Promise<SeedRefs> {
  const refs: SeedRefs = {
    dir,
    levels: new Map(),
    municipalities: new Map(),
    itUnits: new Map(),
    bodies: new Map(),
    applications: new Map(),
    usages: new Map(),
    collaborations: new Map(),
    people: new Map(),
  };
  await db.transaction(async (em) => {
    for (const part of seedParts) await part(em, refs);
    await backfillVersions(em, SEED_RECORDED_AT);
    await advanceDataVersion(em);
  });
  return refs;
}
