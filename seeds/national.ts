import { backfillVersions } from "../server/src/history/backfill";
import { advanceDataVersion } from "../server/src/cache/data-version";
import { SEED_RECORDED_AT } from "./load";
import type { DataSource, EntityManager } from "typeorm";
import { PeriodUnit, RenewalKind, termEnd } from "../server/src/agreements/deadlines";
import { AgreementKind } from "../server/src/agreements/entities";
import { Application, ApplicationCategory, ApplicationScope, ApplicationUsage, LifecyclePhase } from "../server/src/applications/entities";
import { isInUsePhase } from "../server/src/applications/lifecycle";
import { addDays, addMonths } from "../server/src/common/dates";
import { Competence, CompetenceLevel, TrainingActivity, TrainingActivityMunicipality, TrainingActivityParticipant, TrainingPlan, TrainingPlanTarget } from "../server/src/competence/entities";
import { GovernanceDocument } from "../server/src/governance/entities";
import { GovernanceDocumentKind } from "../server/src/governance/review";
import { Municipality } from "../server/src/municipalities/entities";
import { type ReferenceMunicipality, referenceList } from "../server/src/municipalities/reference";
import { Person } from "../server/src/people/entities";
import { RoleAssignment } from "../server/src/roles/entities";
import { RoleKind } from "../server/src/roles/rules";
import { insertRows, insertRowsReturningIds } from "./bulk";
import { writeSyntheticData, type SyntheticData } from "./synthetic";
import { writeSyntheticAgreementsAndRoles, type SyntheticTerms } from "./synthetic-agreements";
import { writeSyntheticCompetence } from "./synthetic-competence";

/**
 * A synthetic national dataset: Sweden's 290 municipalities at scale 1.0, for benchmarks
 * (bench/national.ts) and for tests that need many rows. Deterministic: the same scale gives the
 * same rows (every "random" choice is a hash of the row's position). Written on top of the Dalsland
 * seed (its level scale is used), in one transaction, with multi-row INSERTs.
 *
 * At scale 1.0:
 * - Sweden's real municipalities from the reference list (seeds/reference: all 290 at scale 1,
 *   beside whichever the database has already), with their counties and populations on
 *   31 December 2025, each with an IT unit;
 * - 8 700 collaborations, each around an application of its own, with 5 participating
 *   municipalities and 3 level-history rows (`writeSyntheticData`);
 * - ~300 application usages per municipality (~87 000): each participant's usage of its
 *   collaborations' applications (~150 each) plus ~150 of a catalogue of 1 500 other applications
 *   (60 % verksamhetsspecifika), in every lifecycle phase (mostly ACTIVE);
 * - 60 people per municipality (IT staff and system owners; ~6 % with planned leave in 2026–2029);
 * - roles: a systemägare and a systemansvarig on every usage not in PLAN (about 3 % and 5 % left
 *   out, so the governance rules find gaps; 10 % with an earlier systemägare who left at the end of
 *   2019), and a systemägare (`writeSyntheticAgreementsAndRoles`) and a systemansvarig on every
 *   collaboration;
 * - ~17 400 agreements: a driftavtal and a leverantörsavtal per collaboration, with parties and
 *   covered systems, and terms spread over 2018–2028 (tacit, express and no renewal; notice of 60 or
 *   90 days or 3, 6 or 12 months);
 * - competence (`writeSyntheticCompetence`): people and specialists around each collaboration
 *   (~8 % leaving in 2026–2029), training plans with activities for half of them, competence
 *   networks with members for a third; plus the usage's systemansvarig as specialist (50 %) or
 *   superuser (30 %) of its application, and training plans with one or two activities for 60 % of
 *   the active verksamhetsspecifika usages;
 * - one IT instruction (IT-instruktion) per municipality with its review dates.
 */
export const NATIONAL_FULL_SCALE = {
  municipalities: 290,
  collaborations: 8_700,
  participantsPerCollaboration: 5,
  historyPerCollaboration: 3,
  usagesPerMunicipality: 300,
  catalogueApplications: 1_500,
  peoplePerMunicipality: 60,
};

/** The sizes at a scale factor (1.0 = national). */
export function nationalSize(scale: number) {
  if (!(scale > 0 && scale <= 1)) throw new Error(`The scale must be above 0 and at most 1, got ${scale}.`);
  const full = NATIONAL_FULL_SCALE;
  const municipalities = Math.max(full.participantsPerCollaboration, Math.round(full.municipalities * scale));
  const collaborations = Math.max(1, Math.round(full.collaborations * scale));
  const sharedUsagesPerMunicipality = Math.round((collaborations * full.participantsPerCollaboration) / municipalities);
  const ownUsagesPerMunicipality = Math.max(0, full.usagesPerMunicipality - sharedUsagesPerMunicipality);
  return {
    municipalities,
    collaborations,
    participantsPerCollaboration: full.participantsPerCollaboration,
    historyPerCollaboration: full.historyPerCollaboration,
    ownUsagesPerMunicipality,
    catalogueApplications: Math.max(2 * ownUsagesPerMunicipality, Math.round(full.catalogueApplications * scale)),
    peoplePerMunicipality: full.peoplePerMunicipality,
  };
}

/** A deterministic number in [0, 1) from integers (a small integer hash; no state, so order does not matter). */
export function unit(...parts: number[]): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    h = Math.imul(h ^ (part | 0), 0x01000193);
    h ^= h >>> 13;
    h = Math.imul(h, 0x5bd1e995);
    h ^= h >>> 15;
  }
  return (h >>> 0) / 4294967296;
}

/** An integer from `min` to `max` inclusive, from `unit(...parts)`. */
function between(min: number, max: number, ...parts: number[]): number {
  return min + Math.floor(unit(...parts) * (max - min + 1));
}

const pad = (n: number) => String(n).padStart(2, "0");

/** A year-month "YYYY-MM" `months` after July 2026. */
function monthFromJuly2026(months: number): string {
  const index = 2026 * 12 + 6 + months;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
}

const NOTICES: [number, PeriodUnit][] = [
  [3, PeriodUnit.MONTHS],
  [6, PeriodUnit.MONTHS],
  [12, PeriodUnit.MONTHS],
  [60, PeriodUnit.DAYS],
  [90, PeriodUnit.DAYS],
];

/** The date the generated data is shaped around (most agreements in force, some deadlines near): the tests' and the benchmark's "today". */
const AROUND = "2026-06-15";

/**
 * Spread terms: start from July 2022 to March 2026 (older ones have been procured anew), three or four years (as 7 of 10 procurements run), renewal tacit
 * (50 %), express (30 %; an extension called for most that would otherwise have ended by mid-2026)
 * or none (20 %).
 */
export function nationalTerms(index: number, kind: AgreementKind): SyntheticTerms {
  const k = Object.values(AgreementKind).indexOf(kind);
  const r = (salt: number) => unit(index, k, salt);
  const startDate = addMonths("2022-07-01", Math.floor(r(1) * 45));
  const endDate = addDays(addMonths(startDate, 12 * (3 + Math.floor(r(3) * 2))), -1);
  const [noticePeriodAmount, noticePeriodUnit] = NOTICES[Math.floor(r(4) * NOTICES.length)];
  const renewal = r(5);
  const renewalKind = renewal < 0.5 ? RenewalKind.TACIT : renewal < 0.8 ? RenewalKind.EXPRESS : RenewalKind.NONE;
  const renews = renewalKind !== RenewalKind.NONE;
  const maxExtensions = renews ? 1 + Math.floor(r(6) * 2) : null;
  const renewalTermMonths = renews ? (noticePeriodUnit === PeriodUnit.MONTHS && noticePeriodAmount >= 12 ? 24 : 12 * (1 + Math.floor(r(7) * 2))) : null;
  let expressExtensions = 0;
  if (renewalKind === RenewalKind.EXPRESS) {
    while (expressExtensions < maxExtensions! && termEnd({ endDate, renewalTermMonths }, expressExtensions) < AROUND && r(8 + expressExtensions) < 0.85) expressExtensions++;
  }
  return {
    startDate,
    endDate,
    noticePeriodAmount,
    noticePeriodUnit,
    renewalKind,
    renewalTermMonths,
    maxExtensions,
    expressExtensions,
    noticeGivenOn: null,
    annualCostSek: 20_000 + 10_000 * Math.floor(r(20) * 50),
  };
}

const TITLES = ["Systemförvaltare", "Systemadministratör", "IT-tekniker", "Ekonom", "Handläggare", "Enhetschef", "Bibliotekarie", "GIS-ingenjör", "Lönespecialist", "Verksamhetsutvecklare"];
const PHASES: [number, LifecyclePhase][] = [
  [0.03, LifecyclePhase.PLAN],
  [0.08, LifecyclePhase.PHASE_IN],
  [0.88, LifecyclePhase.ACTIVE],
  [0.95, LifecyclePhase.PHASE_OUT],
  [1, LifecyclePhase.RETIRED],
];

interface UsageRow {
  id: number;
  municipalityId: number;
  applicationId: number;
  lifecyclePhase: LifecyclePhase;
  inUseSince: string | null;
}

/** What was written, by table. */
export type NationalCounts = Record<string, number>;

/**
 * The real municipalities the national dataset writes: `count` of the reference list's 290 that the
 * database does not have (at scale 1 beside the Dalsland seed, the other 283), spread evenly over
 * the list (so every county is represented at small scales), in list order.
 */
export function nationalMunicipalities(existingCodes: ReadonlySet<string>, count: number): ReferenceMunicipality[] {
  const available = referenceList().municipalities.filter((m) => !existingCodes.has(m.code));
  if (count >= available.length) return available;
  return Array.from({ length: count }, (_, i) => available[Math.floor((i * available.length) / count)]);
}

/** Writes the national dataset at `scale` on the caller's transaction (the seed must be loaded). */
export async function writeNationalData(em: EntityManager, scale: number): Promise<SyntheticData> {
  const size = nationalSize(scale);
  const [{ last: lastUsage }] = (await em.query("SELECT COALESCE(MAX(id), 0) AS last FROM application_usage")) as { last: number | string }[];
  const existing = new Set((await em.getRepository(Municipality).find({ select: { code: true } })).map((m) => m.code));
  const real = nationalMunicipalities(existing, size.municipalities);
  const data = await writeSyntheticData(em, { ...size, municipalities: real.length }, 0, real);
  const municipalities = data.municipalities;

  // The catalogue and each municipality's own usages of it.
  const categories = Object.values(ApplicationCategory);
  const catalogue = Array.from({ length: size.catalogueApplications }, (_, n) => ({
    name: `Syntetisk applikation ${String(n).padStart(4, "0")}`,
    vendor: n % 5 ? `Leverantör ${n % 40}` : null,
    category: categories[n % categories.length],
    scope: unit(n, 1) < 0.6 ? ApplicationScope.BUSINESS_SPECIFIC : ApplicationScope.COMMON,
    description: null,
  }));
  const catalogueIds = await insertRowsReturningIds(em, Application, catalogue);
  await insertRows(
    em,
    ApplicationUsage,
    municipalities.flatMap((m, i) =>
      Array.from({ length: size.ownUsagesPerMunicipality }, (_, t) => {
        const n = (i * 37 + t) % size.catalogueApplications;
        const draw = unit(i, t, 2);
        const lifecyclePhase = PHASES.find(([limit]) => draw < limit)![1];
        return {
          municipalityId: m.id,
          applicationId: catalogueIds[n],
          itUnitId: unit(i, t, 3) < 0.5 ? m.itUnitId : null,
          inUseSince: lifecyclePhase === LifecyclePhase.PLAN ? null : `${between(2000, 2025, i, t, 4)}-${pad(between(1, 12, i, t, 5))}-01`,
          lifecyclePhase,
          functionalFit: between(1, 4, i, t, 6),
          technicalFit: between(1, 4, i, t, 7),
          userCount: between(3, 800, i, t, 8),
          annualCostSek: 5_000 * between(1, 100, i, t, 9),
          note: null,
        };
      }),
    ),
  );
  const usages = (
    (await em.query(
      `SELECT id, municipality_id AS "municipalityId", application_id AS "applicationId", lifecycle_phase AS "lifecyclePhase", in_use_since AS "inUseSince" FROM application_usage WHERE id > ${Number(lastUsage)} ORDER BY id`,
    )) as UsageRow[]
  ).map((u) => ({ ...u, id: Number(u.id), municipalityId: Number(u.municipalityId), applicationId: Number(u.applicationId) }));

  // People: a pool per municipality.
  const pool = new Map<number, number[]>();
  const personRows = municipalities.flatMap((m, i) =>
    Array.from({ length: size.peoplePerMunicipality }, (_, p) => {
      const title = TITLES[p % TITLES.length];
      return {
        name: `Syntetisk medarbetare ${m.code}-${String(p).padStart(2, "0")}`,
        title,
        municipalityId: m.id,
        itUnitId: title.startsWith("IT") || title.startsWith("System") ? m.itUnitId : null,
        email: `medarbetare${p}@kommun${m.code}.example`,
        phone: null,
        plannedLeaveMonth: unit(i, p, 10) < 0.06 ? monthFromJuly2026(between(0, 41, i, p, 11)) : null,
      };
    }),
  );
  const personIds = await insertRowsReturningIds(em, Person, personRows);
  personRows.forEach((row, i) => {
    pool.set(row.municipalityId, [...(pool.get(row.municipalityId) ?? []), personIds[i]]);
  });
  const person = (municipalityId: number, n: number) => {
    const people = pool.get(municipalityId)!;
    return people[n % people.length];
  };

  // Roles on usages and collaborations.
  const position = new Map<number, number>();
  const planned = usages.map((u) => {
    const t = position.get(u.municipalityId) ?? 0;
    position.set(u.municipalityId, t + 1);
    return { u, t, owner: person(u.municipalityId, t * 7), responsible: person(u.municipalityId, t * 7 + 1) };
  });
  const role = (kind: RoleKind, personId: number, target: { usage?: number; collaboration?: number }, fromDate: string, toDate: string | null = null) => ({
    kind,
    personId,
    applicationUsageId: target.usage ?? null,
    collaborationId: target.collaboration ?? null,
    itUnitId: null,
    fromDate,
    toDate,
    note: null,
  });
  const roles = planned
    .filter(({ u }) => u.lifecyclePhase !== LifecyclePhase.PLAN)
    .flatMap(({ u, t, owner, responsible }) => {
      const since = u.inUseSince ?? "2020-01-01";
      const rows = [];
      const hasOwner = unit(u.id, 12) >= 0.03;
      if (hasOwner && since < "2019-12-31" && unit(u.id, 13) < 0.1) {
        rows.push(role(RoleKind.SYSTEMAGARE, person(u.municipalityId, t * 7 + 3), { usage: u.id }, since, "2019-12-31"));
        rows.push(role(RoleKind.SYSTEMAGARE, owner, { usage: u.id }, "2020-01-01"));
      } else if (hasOwner) rows.push(role(RoleKind.SYSTEMAGARE, owner, { usage: u.id }, since));
      if (unit(u.id, 14) >= 0.05) rows.push(role(RoleKind.SYSTEMANSVARIG, responsible, { usage: u.id }, since));
      return rows;
    });
  roles.push(...data.collaborations.map((c, i) => role(RoleKind.SYSTEMANSVARIG, person(c.hostMunicipalityId, i * 11 + 2), { collaboration: c.id }, c.startedOn)));
  await insertRows(em, RoleAssignment, roles);

  await writeSyntheticAgreementsAndRoles(em, data.collaborations, { terms: nationalTerms });
  await writeSyntheticCompetence(em, data.collaborations, {
    plannedLeave: (index, k) => (unit(index, k, 15) < 0.08 ? monthFromJuly2026(between(0, 41, index, k, 16)) : null),
  });

  // The usages' own competence and training plans.
  const responsibleRoles = new Set(roles.filter((r) => r.kind === RoleKind.SYSTEMANSVARIG && r.applicationUsageId !== null).map((r) => r.applicationUsageId));
  await insertRows(
    em,
    Competence,
    planned
      .filter(({ u }) => isInUsePhase(u.lifecyclePhase) && responsibleRoles.has(u.id) && unit(u.id, 17) < 0.8)
      .map(({ u, responsible }) => ({
        personId: responsible,
        applicationId: u.applicationId,
        level: unit(u.id, 18) < 0.625 ? CompetenceLevel.SPECIALIST : CompetenceLevel.SUPERUSER,
        since: u.inUseSince,
      })),
  );
  const businessSpecific = new Set(catalogueIds.filter((_, n) => catalogue[n].scope === ApplicationScope.BUSINESS_SPECIFIC));
  const withPlans = planned.filter(({ u }) => u.lifecyclePhase === LifecyclePhase.ACTIVE && businessSpecific.has(u.applicationId) && unit(u.id, 19) < 0.6);
  const planIds = await insertRowsReturningIds(
    em,
    TrainingPlan,
    withPlans.map(({ u, owner }) => ({
      name: `Utbildningsplan användning ${u.id}`,
      target: TrainingPlanTarget.APPLICATION_USAGE,
      applicationUsageId: u.id,
      collaborationId: null,
      ownerId: owner,
      targetGroupsJson: JSON.stringify(["nya användare", "superanvändare"]),
      reviewedOn: `${between(2022, 2026, u.id, 20)}-${pad(between(1, 5, u.id, 21))}-15`,
      description: null,
    })),
  );
  const activities = withPlans.flatMap(({ u, responsible }, i) =>
    Array.from({ length: between(1, 2, u.id, 22) }, (_, a) => ({ u, responsible, planId: planIds[i], heldOn: `${2024 + a}-${pad(between(1, 12, u.id, a, 23))}-10` })),
  );
  const activityIds = await insertRowsReturningIds(
    em,
    TrainingActivity,
    activities.map(({ planId, heldOn }) => ({ planId, heldOn, title: "Grundutbildning", audience: "nya användare", costOre: 100 * 1_000 * between(5, 40, planId, 24), note: null })),
  );
  await insertRows(
    em,
    TrainingActivityMunicipality,
    activities.map(({ u }, i) => ({ activityId: activityIds[i], municipalityId: u.municipalityId, participantCount: between(2, 12, activityIds[i], 25) })),
  );
  await insertRows(
    em,
    TrainingActivityParticipant,
    activities.map(({ responsible }, i) => ({ activityId: activityIds[i], personId: responsible })),
  );

  await insertRows(
    em,
    GovernanceDocument,
    municipalities.map((m, i) => {
      const adoptedOn = `${between(2012, 2022, i, 26)}-${pad(between(1, 12, i, 27))}-01`;
      const reviewed = unit(i, 28) < 0.8;
      return {
        kind: GovernanceDocumentKind.IT_INSTRUCTIONS,
        title: `IT-instruktion ${m.code}`,
        municipalityId: m.id,
        collaborationBodyId: null,
        adoptedOn,
        lastReviewedOn: reviewed ? `${between(2022, 2025, i, 29)}-${pad(between(1, 12, i, 32))}-15` : null,
        reviewIntervalMonths: [36, 48, 60][between(0, 2, i, 30)],
        retiredOn: null,
        decisionReference: `KS ${adoptedOn.slice(0, 4)}/${between(10, 400, i, 31)}`,
        documentUrl: null,
      };
    }),
  );
  return data;
}

/** `writeNationalData` in one transaction of its own. */
export function addNationalData(db: DataSource, scale: number): Promise<SyntheticData> {
  return db.transaction(async (em) => {
    const data = await writeNationalData(em, scale);
    await backfillVersions(em, SEED_RECORDED_AT);
    await advanceDataVersion(em);
    return data;
  });
}

/** The tables the national dataset fills, for a summary of row counts. */
export const NATIONAL_TABLES = [
  "municipality",
  "application",
  "application_usage",
  "collaboration",
  "collaboration_participant",
  "collaboration_level_change",
  "agreement",
  "agreement_party",
  "agreement_application",
  "agreement_collaboration",
  "person",
  "role_assignment",
  "competence",
  "competence_network",
  "competence_network_member",
  "training_plan",
  "training_activity",
  "governance_document",
];

/** Row counts of those tables (the whole database: seed and generated data). */
export async function countRows(db: DataSource | EntityManager): Promise<NationalCounts> {
  const counts: NationalCounts = {};
  for (const table of NATIONAL_TABLES) {
    const [{ n }] = (await db.query(`SELECT COUNT(*) AS n FROM ${table}`)) as { n: number | string }[];
    counts[table] = Number(n);
  }
  return counts;
}
