import "reflect-metadata";
import "./production-env";
/**
 * Benchmark: the full recommendations evaluation (collaborationCandidates) on a synthetic
 * national-scale dataset: 290 municipalities in 21 counties, about 300 application usages each,
 * collaborations, agreements, people with specialist competence and training plans.
 *
 *   npm run bench:recommendations            (= tsc -p . && node dist/bench/recommendations.js)
 *
 * Prints the time and memory of loading the facts and evaluating (in process, three rounds) and of
 * one GraphQL request for the first page. It asserts nothing about time.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DataSource, EntityManager } from "typeorm";
import { Role } from "../server/src/access/roles";
import { TokenService } from "../server/src/access/token-service";
import { PeriodUnit, RenewalKind } from "../server/src/agreements/deadlines";
import { Agreement, AgreementApplication, AgreementKind, AgreementParty, newAgreement } from "../server/src/agreements/entities";
import { Application, ApplicationCategory, ApplicationScope, ApplicationUsage, LifecyclePhase } from "../server/src/applications/entities";
import { Collaboration, CollaborationLevel, CollaborationParticipant, LevelChange } from "../server/src/collaborations/entities";
import { Competence, CompetenceLevel, TrainingPlan, TrainingPlanTarget } from "../server/src/competence/entities";
import { openDatabase } from "../server/src/app/database";
import { statementsSoFar } from "../server/src/db/statements";
import { readConfig } from "../server/src/config";
import { buildServer } from "../server/src/app/server";
import { Municipality, PopulationFigure } from "../server/src/municipalities/entities";
import { Person } from "../server/src/people/entities";
import { evaluateCandidates } from "../server/src/recommendations/candidates";
import { loadRecommendationFacts } from "../server/src/recommendations/load-facts";
import { candidates } from "../server/src/recommendations/service";
import { Evaluations } from "../server/src/evaluations/registry";
import { loadSeed } from "../seeds/load";

const MUNICIPALITIES = 290;
const COUNTIES = 21;
const USAGES_PER_MUNICIPALITY = 300;
const PRODUCTS_PER_CATEGORY = 40;
const AS_OF = "2026-06-15";

/** Inserts rows in chunks (SQLite's bound-parameter limit). */
async function insertAll<T>(em: EntityManager, entity: new () => T, rows: object[], chunk = 400): Promise<void> {
  for (let i = 0; i < rows.length; i += chunk) await em.insert(entity, rows.slice(i, i + chunk) as any);
}

async function ids(em: EntityManager, table: string, where = "1 = 1"): Promise<number[]> {
  return (await em.query(`SELECT id FROM ${table} WHERE ${where} ORDER BY id`)).map((r: { id: number }) => Number(r.id));
}

async function addNationalData(db: DataSource): Promise<Record<string, number>> {
  const levels = await db.getRepository(CollaborationLevel).find({ order: { ordinal: "ASC" } });
  const categories = Object.values(ApplicationCategory);
  await db.transaction(async (em) => {
    await insertAll(
      em,
      Municipality,
      Array.from({ length: MUNICIPALITIES }, (_, i) => ({ code: String(5000 + i), name: `Nationell kommun ${i}`, county: `Län ${i % COUNTIES}` })),
    );
    const municipalities = await ids(em, "municipality", "code >= '5000' AND code < '6000'");
    await insertAll(
      em,
      PopulationFigure,
      municipalities.map((id, i) => ({ municipalityId: id, year: 2025, population: 2500 + ((i * 7919) % 200_000) })),
    );
    await insertAll(
      em,
      Application,
      categories.flatMap((category) =>
        Array.from({ length: PRODUCTS_PER_CATEGORY }, (_, p) => ({ name: `Produkt ${category} ${p}`, vendor: null, category, scope: ApplicationScope.BUSINESS_SPECIFIC, description: null })),
      ),
    );
    const applications = await ids(em, "application", "name LIKE 'Produkt %'");
    const usages = municipalities.flatMap((m, i) =>
      Array.from({ length: USAGES_PER_MUNICIPALITY }, (_, k) => {
        const n = i * 31 + k * 17;
        return {
          municipalityId: m,
          applicationId: applications[n % applications.length],
          itUnitId: null,
          inUseSince: `${2005 + (n % 20)}-01-01`,
          lifecyclePhase: n % 23 === 0 ? LifecyclePhase.PHASE_OUT : LifecyclePhase.ACTIVE,
          functionalFit: 1 + (n % 4),
          technicalFit: 1 + ((n >> 2) % 4),
          userCount: 5 + (n % 400),
          annualCostSek: 10_000 + (n % 90) * 1000,
          note: null,
        };
      }),
    );
    await insertAll(em, ApplicationUsage, usages);

    // Collaborations: 600, of 2–6 municipalities of one county that all run the product.
    const usersOf = new Map<number, number[]>();
    for (const u of usages) usersOf.set(u.applicationId, [...(usersOf.get(u.applicationId) ?? []), u.municipalityId]);
    const collaborations: object[] = [];
    const plans: { participants: number[]; levels: number[]; on: string }[] = [];
    for (let c = 0; collaborations.length < 600 && c < applications.length * 4; c++) {
      const application = applications[c % applications.length];
      const county = Math.floor(c / applications.length);
      const members = (usersOf.get(application) ?? []).filter((m) => municipalities.indexOf(m) % COUNTIES === county).slice(0, 2 + (c % 5));
      if (members.length < 2) continue;
      const history = [1 + (c % 2), 1 + (c % 5)].filter((v, i, all) => i === 0 || v !== all[i - 1]);
      collaborations.push({
        name: `Nationell samverkan ${c}`,
        applicationId: application,
        hostMunicipalityId: members[0],
        operatorItUnitId: null,
        collaborationBodyId: null,
        levelId: levels[history.at(-1)!].id,
        startedOn: "2010-01-01",
        description: null,
      });
      plans.push({ participants: members, levels: history, on: "2010-01-01" });
    }
    await insertAll(em, Collaboration, collaborations);
    const collaborationIds = await ids(em, "collaboration", "name LIKE 'Nationell samverkan %'");
    await insertAll(
      em,
      CollaborationParticipant,
      plans.flatMap((p, i) => p.participants.map((m) => ({ collaborationId: collaborationIds[i], municipalityId: m, joinedOn: p.on, leftOn: null }))),
    );
    await insertAll(
      em,
      LevelChange,
      plans.flatMap((p, i) =>
        p.levels.map((l, h) => ({
          collaborationId: collaborationIds[i],
          fromLevelId: h ? levels[p.levels[h - 1]].id : null,
          toLevelId: levels[l].id,
          changedOn: `${2010 + h * 3}-01-01`,
          decisionReference: null,
          reason: null,
          recordedAt: `${2010 + h * 3}-01-01T12:00:00.000Z`,
        })),
      ),
    );

    // Agreements: one per ten usages, each covering one product with up to five of its users as parties.
    const agreementRows = Array.from({ length: usages.length / 10 }, (_, a) =>
      newAgreement({
        kind: AgreementKind.LEVERANTORSAVTAL,
        name: `Nationellt avtal ${a}`,
        vendorName: "Leverantör",
        startDate: "2022-01-01",
        endDate: `${2025 + (a % 6)}-${String(1 + (a % 12)).padStart(2, "0")}-28`,
        noticePeriodAmount: 6,
        noticePeriodUnit: PeriodUnit.MONTHS,
        renewalKind: a % 3 ? RenewalKind.TACIT : RenewalKind.NONE,
        renewalTermMonths: a % 3 ? 12 : null,
        maxExtensions: a % 3 ? 2 : null,
      }),
    );
    await insertAll(em, Agreement, agreementRows, 200);
    const agreements = await ids(em, "agreement", "name LIKE 'Nationellt avtal %'");
    await insertAll(
      em,
      AgreementApplication,
      agreements.map((id, a) => ({ agreementId: id, applicationId: applications[a % applications.length] })),
    );
    await insertAll(
      em,
      AgreementParty,
      agreements.flatMap((id, a) =>
        (usersOf.get(applications[a % applications.length]) ?? []).slice(a % 7, (a % 7) + 1 + (a % 5)).map((m) => ({ agreementId: id, municipalityId: m, itUnitId: null, costShareBasisPoints: null })),
      ),
    );

    // Competence: five people per municipality, each a specialist on ten of its products; plans for a tenth of the usages.
    await insertAll(
      em,
      Person,
      municipalities.flatMap((m, i) =>
        Array.from({ length: 5 }, (_, k) => ({ name: `Person ${i}-${k}`, title: null, municipalityId: m, itUnitId: null, email: null, phone: null, plannedLeaveMonth: k === 0 ? "2027-01" : null })),
      ),
    );
    const people = await ids(em, "person", "name LIKE 'Person %'");
    await insertAll(
      em,
      Competence,
      people.flatMap((personId, p) => {
        const m = Math.floor(p / 5);
        return Array.from({ length: 10 }, (_, k) => ({
          personId,
          applicationId: usages[m * USAGES_PER_MUNICIPALITY + ((p % 5) * 10 + k)].applicationId,
          level: CompetenceLevel.SPECIALIST,
          since: "2015-01-01",
        }));
      }),
    );
    const usageIds = await ids(em, "application_usage", `municipality_id IN (${municipalities.join(",")})`);
    await insertAll(
      em,
      TrainingPlan,
      usageIds
        .filter((_, i) => i % 10 === 0)
        .map((id) => ({
          name: `Plan ${id}`,
          target: TrainingPlanTarget.APPLICATION_USAGE,
          applicationUsageId: id,
          collaborationId: null,
          ownerId: null,
          targetGroupsJson: "[]",
          reviewedOn: "2025-09-01",
          description: null,
        })),
    );
  });
  const [row] = await db.query(
    "SELECT (SELECT COUNT(*) FROM municipality) AS municipalities, (SELECT COUNT(*) FROM application_usage) AS usages, (SELECT COUNT(*) FROM collaboration) AS collaborations, (SELECT COUNT(*) FROM agreement) AS agreements, (SELECT COUNT(*) FROM competence) AS competences, (SELECT COUNT(*) FROM training_plan) AS plans",
  );
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Number(v)]));
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "samverkan-bench-recommendations-"));
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  process.on("SIGINT", () => {
    cleanup();
    process.exit(130);
  });
  try {
    const db = await openDatabase({ url: join(dir, "bench.db") });
    await loadSeed(db);
    const started = Date.now();
    const counts = await addNationalData(db);
    console.log(`Dataset (${((Date.now() - started) / 1000).toFixed(1)} s to build):`, counts);

    for (let round = 1; round <= 3; round++) {
      const before = statementsSoFar();
      const t0 = performance.now();
      const facts = await loadRecommendationFacts(new Evaluations(db), AS_OF);
      const t1 = performance.now();
      const candidates = evaluateCandidates(facts);
      const t2 = performance.now();
      const memory = process.memoryUsage();
      console.log(
        `round ${round}: load facts ${(t1 - t0).toFixed(0)} ms (${statementsSoFar() - before} statements), evaluate ${(t2 - t1).toFixed(0)} ms, total ${(t2 - t0).toFixed(0)} ms; ${candidates.length} candidates; heap ${mib(memory.heapUsed)}, rss ${mib(memory.rss)}`,
      );
    }
    const t = performance.now();
    await new Evaluations(db).ask(candidates, AS_OF, undefined);
    console.log(`service evaluate (facts, decisions, candidates): ${(performance.now() - t).toFixed(0)} ms`);

    const now = new Date(`${AS_OF}T10:00:00Z`);
    const token = (await new TokenService(db).create({ name: "bench", role: Role.ADMIN, now })).token;
    // As production runs it: the response cache off (each request executes), the fact snapshot at its default.
    const app = await buildServer({
      db,
      config: { production: true, introspection: false, exposeStatementCount: false, factSnapshotDates: readConfig({}).factSnapshotDates },
      clock: () => now,
    });
    const fields = `totalCount nodes { key score summary participants { name } contributions { trigger points } transitionWindow { start end } }`;
    const requests = [
      ["first page (cold: reads and judges the country)", `{ collaborationCandidates(first: 100) { ${fields} } }`],
      ["first page again (warm: the data version's snapshot)", `{ collaborationCandidates(first: 100) { ${fields} } }`],
      ["minScore: 50, another filter (warm)", `{ collaborationCandidates(first: 100, minScore: 50) { ${fields} } }`],
    ];
    for (const [label, query] of requests) {
      const t0 = performance.now();
      const response = await app.inject({ method: "POST", url: "/graphql", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, payload: { query } });
      const body = response.json() as { data?: { collaborationCandidates: { totalCount: number } }; errors?: unknown };
      if (response.statusCode !== 200 || body.errors) throw new Error(`GraphQL failed: ${response.body.slice(0, 500)}`);
      console.log(
        `GraphQL collaborationCandidates, ${label}: ${(performance.now() - t0).toFixed(0)} ms, ${body.data!.collaborationCandidates.totalCount} candidates, ${(response.body.length / 1024).toFixed(0)} KiB, rss ${mib(process.memoryUsage().rss)}`,
      );
    }
    await app.close();
    await db.destroy();
  } finally {
    cleanup();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
