import type { EntityManager } from "typeorm";
import { Application, ApplicationUsage, LifecyclePhase, type ApplicationCategory, type ApplicationScope } from "../server/src/applications/entities";
import { Collaboration, CollaborationLevel, CollaborationParticipant, LevelChange } from "../server/src/collaborations/entities";
import { CollaborationBody, ItUnit, Membership, Municipality, PopulationFigure, type ItUnitKind } from "../server/src/municipalities/entities";
import { countyNamed, referenceList } from "../server/src/municipalities/reference";
import { Person } from "../server/src/people/entities";
import { checkPeriodKeys, lookup, periodsOf, readOptionalSeedFile, readSeedFile, type SeedPeriod, type SeedRefs } from "./refs";

/** The foundation's seed parts: the level scale, municipalities, bodies, applications, usages, collaborations; people. */

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
  /** Participants whose participation is not simply from `startedOn` on: their periods, first and last day (null: still participating). */
  participantPeriods?: Record<string, SeedPeriod[]>;
  history: { level: number; on: string; decisionReference?: string; reason?: string }[];
}

export interface FoundationSeed {
  levels: { ordinal: number; name: string; description: string }[];
  municipalities: SeedMunicipality[];
  collaborationBodies: SeedBody[];
  applications: SeedApplication[];
  usages: Record<string, SeedUsage[] | string>;
  collaborations: SeedCollaboration[];
}

function readFoundation(dir: string): FoundationSeed {
  return {
    levels: readSeedFile(dir, "levels.json"),
    municipalities: readSeedFile(dir, "municipalities.json"),
    collaborationBodies: readSeedFile(dir, "collaboration-bodies.json"),
    applications: readSeedFile(dir, "applications.json"),
    usages: readSeedFile(dir, "usages.json"),
    collaborations: readSeedFile(dir, "collaborations.json"),
  };
}

export async function writeFoundation(em: EntityManager, refs: SeedRefs): Promise<void> {
  const seed = readFoundation(refs.dir);
  const { levels, municipalities, itUnits, bodies, applications } = refs;
  // On top of the reference seed (SAMVERKAN_SEED=reference) the scale and the municipalities exist: the seed reuses them and adds its own years.
  const existingLevels = new Map((await em.find(CollaborationLevel)).map((level) => [level.ordinal, level]));
  for (const level of seed.levels) levels.set(level.ordinal, existingLevels.get(level.ordinal) ?? (await em.save(Object.assign(new CollaborationLevel(), level))));

  const reference = referenceList();
  for (const m of seed.municipalities) {
    const countyCode = countyNamed(reference, m.county)?.code ?? null;
    const existing = await em.findOneBy(Municipality, { code: m.code });
    const municipality = existing ?? (await em.save(Object.assign(new Municipality(), { code: m.code, name: m.name, county: m.county, countyCode, codeValidFrom: null })));
    municipalities.set(m.code, municipality);
    const recorded = new Set(existing ? (await em.findBy(PopulationFigure, { municipalityId: municipality.id })).map((p) => p.year) : []);
    for (const [year, population] of Object.entries(m.populations)) {
      if (!recorded.has(Number(year))) await em.insert(PopulationFigure, { municipalityId: municipality.id, year: Number(year), population });
    }
    for (const unit of m.itUnits) {
      itUnits.set(unit.name, await em.save(Object.assign(new ItUnit(), { municipalityId: municipality.id, name: unit.name, kind: unit.kind })));
    }
  }

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

  for (const a of seed.applications) applications.set(a.name, await em.save(Object.assign(new Application(), a)));

  for (const [code, usages] of Object.entries(seed.usages)) {
    if (typeof usages === "string") continue; // a comment
    const municipality = lookup(municipalities, code, "municipality");
    for (const u of usages) {
      const usage = await em.save(ApplicationUsage, {
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
      refs.usages.set(`${code}:${u.application}`, usage);
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
    refs.collaborations.set(c.name, collaboration);
    checkPeriodKeys(c.participantPeriods, c.participants, `collaboration "${c.name}"`);
    for (const code of c.participants) {
      for (const [joinedOn, leftOn] of periodsOf(c.participantPeriods, code, [c.startedOn, null])) {
        await em.insert(CollaborationParticipant, { collaborationId: collaboration.id, municipalityId: lookup(municipalities, code, "municipality").id, joinedOn, leftOn });
      }
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

interface SeedPerson {
  name: string;
  title?: string;
  municipality: string;
  itUnit?: string;
  email?: string;
  phone?: string;
}

export async function writePeople(em: EntityManager, refs: SeedRefs): Promise<void> {
  for (const p of readOptionalSeedFile<SeedPerson[]>(refs.dir, "people.json") ?? []) {
    const person = await em.save(
      Object.assign(new Person(), {
        name: p.name,
        title: p.title ?? null,
        municipalityId: lookup(refs.municipalities, p.municipality, "municipality").id,
        itUnitId: p.itUnit ? lookup(refs.itUnits, p.itUnit, "IT unit").id : null,
        email: p.email ?? null,
        phone: p.phone ?? null,
      }),
    );
    refs.people.set(p.name, person);
  }
}
