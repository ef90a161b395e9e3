import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { DataSource, EntityManager } from "typeorm";
import { Application, ApplicationUsage, LifecyclePhase, type ApplicationCategory, type ApplicationScope } from "../server/src/applications/entities";
import { Collaboration, CollaborationLevel, CollaborationParticipant, LevelChange } from "../server/src/collaborations/entities";
import { CollaborationBody, ItUnit, Membership, Municipality, PopulationFigure, type ItUnitKind } from "../server/src/municipalities/entities";

/** The Dalsland dataset shipped with Samverkan (beside this file in source, two levels up from the compiled copy in dist/). */
export const DALSLAND_SEED_DIR = [join(__dirname, "dalsland"), join(__dirname, "..", "..", "seeds", "dalsland")].find((dir) => existsSync(dir))!;

interface SeedMunicipality {
  code: string;
  name: string;
  county: string;
  populations: Record<string, number>;
  itUnits: { name: string; kind: ItUnitKind }[];
}
interface SeedBody {
  name: string;
  shortName: string;
  description: string;
  memberships: { municipality: string; from: string; to?: string; note?: string }[];
}
interface SeedApplication {
  name: string;
  vendor: string | null;
  category: ApplicationCategory;
  scope: ApplicationScope;
  description: string;
}
interface SeedUsage {
  application: string;
  since: string;
  phase?: LifecyclePhase;
  functionalFit: number;
  technicalFit: number;
  users: number;
  annualCostSek: number;
  itUnit?: string;
}
interface SeedCollaboration {
  name: string;
  application: string;
  host: string;
  operator: { municipality: string; itUnit: string } | null;
  collaborationBody: string | null;
  startedOn: string;
  participants: string[];
  participantDates?: Record<string, string>;
  history: { level: number; on: string; decisionReference?: string; reason?: string }[];
}

export interface SeedFile {
  levels: { ordinal: number; name: string; description: string }[];
  municipalities: SeedMunicipality[];
  collaborationBodies: SeedBody[];
  applications: SeedApplication[];
  usages: Record<string, SeedUsage[] | string>;
  collaborations: SeedCollaboration[];
}

function read<T>(dir: string, file: string): T {
  return JSON.parse(readFileSync(join(dir, file), "utf8")) as T;
}

export function readSeed(dir: string): SeedFile {
  return {
    levels: read(dir, "levels.json"),
    municipalities: read(dir, "municipalities.json"),
    collaborationBodies: read(dir, "collaboration-bodies.json"),
    applications: read(dir, "applications.json"),
    usages: read(dir, "usages.json"),
    collaborations: read(dir, "collaborations.json"),
  };
}

/** Whether the database holds no data yet (the seed is loaded only then). */
export async function isEmpty(db: DataSource): Promise<boolean> {
  return (await db.getRepository(Municipality).count()) === 0 && (await db.getRepository(CollaborationLevel).count()) === 0;
}

/** Loads a seed directory in one transaction. Natural keys in the files (codes, names) become references. */
export async function loadSeed(db: DataSource, dir = DALSLAND_SEED_DIR): Promise<void> {
  const seed = readSeed(dir);
  await db.transaction((em) => writeSeed(em, seed));
}

function lookup<K, T>(map: Map<K, T>, key: K, what: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Seed refers to unknown ${what} "${key}".`);
  return value;
}

async function writeSeed(em: EntityManager, seed: SeedFile): Promise<void> {
  const levels = new Map<number, CollaborationLevel>();
  for (const level of seed.levels) levels.set(level.ordinal, await em.save(Object.assign(new CollaborationLevel(), level)));

  const municipalities = new Map<string, Municipality>();
  const itUnits = new Map<string, ItUnit>();
  for (const m of seed.municipalities) {
    const municipality = await em.save(Object.assign(new Municipality(), { code: m.code, name: m.name, county: m.county }));
    municipalities.set(m.code, municipality);
    for (const [year, population] of Object.entries(m.populations)) {
      await em.insert(PopulationFigure, { municipalityId: municipality.id, year: Number(year), population });
    }
    for (const unit of m.itUnits) {
      itUnits.set(unit.name, await em.save(Object.assign(new ItUnit(), { municipalityId: municipality.id, name: unit.name, kind: unit.kind })));
    }
  }

  const bodies = new Map<string, CollaborationBody>();
  for (const b of seed.collaborationBodies) {
    const body = await em.save(Object.assign(new CollaborationBody(), { name: b.name, shortName: b.shortName, description: b.description }));
    bodies.set(b.shortName, body);
    for (const ms of b.memberships) {
      await em.insert(Membership, {
        collaborationBodyId: body.id,
        municipalityId: lookup(municipalities, ms.municipality, "municipality").id,
        fromDate: ms.from,
        toDate: ms.to ?? null,
        note: ms.note ?? null,
      });
    }
  }

  const applications = new Map<string, Application>();
  for (const a of seed.applications) applications.set(a.name, await em.save(Object.assign(new Application(), a)));

  for (const [code, usages] of Object.entries(seed.usages)) {
    if (typeof usages === "string") continue; // a comment
    const municipality = lookup(municipalities, code, "municipality");
    for (const u of usages) {
      await em.insert(ApplicationUsage, {
        municipalityId: municipality.id,
        applicationId: lookup(applications, u.application, "application").id,
        itUnitId: u.itUnit ? lookup(itUnits, u.itUnit, "IT unit").id : null,
        inUseSince: u.since,
        lifecyclePhase: u.phase ?? LifecyclePhase.ACTIVE,
        functionalFit: u.functionalFit,
        technicalFit: u.technicalFit,
        userCount: u.users,
        annualCostSek: u.annualCostSek,
        note: null,
      });
    }
  }

  for (const c of seed.collaborations) {
    const history = [...c.history].sort((a, b) => a.on.localeCompare(b.on));
    const current = lookup(levels, history.at(-1)!.level, "level ordinal");
    const collaboration = await em.save(
      Object.assign(new Collaboration(), {
        name: c.name,
        applicationId: lookup(applications, c.application, "application").id,
        hostMunicipalityId: lookup(municipalities, c.host, "municipality").id,
        operatorItUnitId: c.operator ? lookup(itUnits, c.operator.itUnit, "IT unit").id : null,
        collaborationBodyId: c.collaborationBody ? lookup(bodies, c.collaborationBody, "collaboration body").id : null,
        levelId: current.id,
        startedOn: c.startedOn,
        description: null,
      }),
    );
    for (const code of c.participants) {
      await em.insert(CollaborationParticipant, {
        collaborationId: collaboration.id,
        municipalityId: lookup(municipalities, code, "municipality").id,
        joinedOn: c.participantDates?.[code] ?? c.startedOn,
        leftOn: null,
      });
    }
    let previous: number | null = null;
    for (const h of history) {
      const level = lookup(levels, h.level, "level ordinal");
      await em.insert(LevelChange, {
        collaborationId: collaboration.id,
        fromLevelId: previous,
        toLevelId: level.id,
        changedOn: h.on,
        decisionReference: h.decisionReference ?? null,
        reason: h.reason ?? null,
        recordedAt: `${h.on}T12:00:00.000Z`,
      });
      previous = level.id;
    }
  }
}
