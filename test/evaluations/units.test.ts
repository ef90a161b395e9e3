import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assessCompetenceRisk } from "../../server/src/competence/risk";
import { competenceRisk, loadRiskInput } from "../../server/src/competence/risk-data";
import { decodeGlobalId } from "../../server/src/core/global-id";
import { Evaluations } from "../../server/src/evaluations/registry";
import { evaluateCandidates } from "../../server/src/recommendations/candidates";
import { loadRecommendationFacts } from "../../server/src/recommendations/load-facts";
import { candidates } from "../../server/src/recommendations/service";
import { addSyntheticData } from "../../seeds/synthetic";
import { usageWritten } from "../helpers/evaluations";
import { ok, startServer, type TestServer } from "../helpers/server";
import { writeLevelScale, graphql } from "../kit";

/**
 * Evaluations judged in units (evaluations/evaluation.ts `Units`): competence risk by application,
 * the candidates by group. Judged so they equal the undivided domain functions, keep the units a
 * write left alone, and let other requests run between units, so a light read never waits for the
 * whole dataset to be judged.
 */
const SIZE = { municipalities: 60, collaborations: 240, participantsPerCollaboration: 4, historyPerCollaboration: 2 };
const TODAY = "2026-06-15";

let server: TestServer;

beforeAll(async () => {
  server = await startServer({
    seed: false,
    prepare: async (db) => {
      await writeLevelScale(db);
      await addSyntheticData(db, SIZE);
    },
  });
}, 180_000);
afterAll(async () => {
  await server?.close();
});

/** Every field of a candidate, its lazily made details included (read through their getters). */
const CANDIDATE_FIELDS = [
  "key",
  "subject",
  "kind",
  "category",
  "asOf",
  "applicationIds",
  "proposedApplicationId",
  "proposalReason",
  "collaborationId",
  "participantIds",
  "joiningIds",
  "currentLevel",
  "targetLevel",
  "targetLevelReason",
  "score",
  "evidence",
  "drivingDeadline",
  "drivingAgreementId",
  "combinedAnnualCostSek",
  "costSplit",
  "window",
  "fingerprint",
  "summary",
  "explanation",
  "decision",
  "decisionHistory",
  "changesSinceDecision",
  "hidden",
] as const;

function plainCandidate(c: ReturnType<typeof evaluateCandidates>[number]) {
  return {
    ...Object.fromEntries(CANDIDATE_FIELDS.map((field) => [field, c[field]])),
    contributions: c.contributions.map((x) => ({ trigger: x.trigger, weight: x.weight, points: x.points, explanation: x.explanation, evidence: x.evidence, findings: x.findings })),
  };
}

describe("evaluations judged in units", () => {
  it("equal the undivided evaluation: competence risk by application, the candidates by group", async () => {
    for (const date of [TODAY, "2025-12-31"]) {
      const registry = new Evaluations(server.db);
      for (const horizonMonths of [0, 12]) {
        const whole = assessCompetenceRisk(await loadRiskInput(new Evaluations(server.db).facts(date), horizonMonths));
        expect(whole.length).toBeGreaterThan(100);
        expect(await registry.ask(competenceRisk, date, { horizonMonths, leave: "ALL" })).toEqual(whole);
      }
      const scratch = new Evaluations(server.db);
      const whole = evaluateCandidates(await loadRecommendationFacts(scratch, date), []);
      expect(whole.length).toBeGreaterThan(5);
      const inUnits = (await registry.ask(candidates, date, undefined)).candidates;
      expect(inUnits.map(plainCandidate)).toEqual(whole.map(plainCandidate));
    }
  });

  it("keep the results of units a write left alone, and judge the others again", async () => {
    const registry = new Evaluations(server.db);
    const params = { horizonMonths: 12, leave: "ALL" as const };
    const before = await registry.ask(competenceRisk, TODAY, params);
    const candidatesBefore = new Set((await registry.ask(candidates, TODAY, undefined)).candidates);
    const usage = ok(await server.gql(graphql(`query UnitsApplicationUsages { applicationUsages(first: 1, lifecyclePhase: ACTIVE) { nodes { id userCount application { id } } } }`))).applicationUsages!
      .nodes[0];
    const changed = ok(
      await server.gql(
        graphql(`mutation UnitsApplicationUsageUpdate($input: ApplicationUsageUpdateInput!) { applicationUsageUpdate(input: $input) { userErrors { message } applicationUsage { userCount } } }`),
        {
          input: { id: usage.id, userCount: (usage.userCount ?? 0) + 37 },
        },
      ),
    ).applicationUsageUpdate;
    expect(changed!.userErrors).toEqual([]);
    const next = registry.carriedOver(new Set(["application_usage", "fact_version:ApplicationUsage", "audit_entry", "audit_object"]));
    const after = await next.ask(competenceRisk, TODAY, params);
    const fromScratch = await new Evaluations(server.db).ask(competenceRisk, TODAY, params);
    expect(after).toEqual(fromScratch);
    // Assessments of other applications are the very objects judged before; the changed usage's application's are new.
    const previous = new Set(before);
    const applicationId = decodeGlobalId(usage.application.id)!.id;
    const kept = after.filter((a) => previous.has(a));
    expect(kept.length).toBeGreaterThan(after.length / 2);
    expect(kept.every((a) => a.applicationId !== applicationId)).toBe(true);
    expect(after.filter((a) => a.applicationId === applicationId).every((a) => !previous.has(a))).toBe(true);

    // The candidates too: each group's own competence risks are its own input, so the other groups' candidates are kept.
    const candidatesAfter = (await next.ask(candidates, TODAY, undefined)).candidates;
    expect(candidatesAfter.map(plainCandidate)).toEqual((await new Evaluations(server.db).ask(candidates, TODAY, undefined)).candidates.map(plainCandidate));
    const keptCandidates = candidatesAfter.filter((c) => candidatesBefore.has(c));
    expect(keptCandidates.length).toBeGreaterThan(candidatesAfter.length / 2);
    expect(keptCandidates.every((c) => !c.applicationIds.includes(applicationId))).toBe(true);
  });

  it("make again after a write only what it touched: facts of rows and kinds it left alone are the objects made before", async () => {
    const registry = new Evaluations(server.db);
    const before = (await registry.ask(candidates, TODAY, undefined)).facts;
    const usage = ok(await server.gql(graphql(`query KeptApplicationUsages { applicationUsages(first: 1, lifecyclePhase: ACTIVE) { nodes { id userCount application { id } } } }`))).applicationUsages!
      .nodes[0];
    const id = decodeGlobalId(usage.id)!.id;
    const changed = ok(
      await server.gql(graphql(`mutation KeptApplicationUsageUpdate($input: ApplicationUsageUpdateInput!) { applicationUsageUpdate(input: $input) { userErrors { message } } }`), {
        input: { id: usage.id, userCount: (usage.userCount ?? 0) + 41 },
      }),
    ).applicationUsageUpdate;
    expect(changed!.userErrors).toEqual([]);
    // As the change log names this write: the usage's row and facts, and the audit log.
    const next = registry.carriedOver(usageWritten(id));
    const after = (await next.ask(candidates, TODAY, undefined)).facts;
    const fromScratch = await loadRecommendationFacts(new Evaluations(server.db), TODAY);
    expect(after).toEqual(fromScratch);

    // Lists made of kinds the write did not touch are kept whole.
    expect(after.municipalities).toBe(before.municipalities);
    expect(after.applications).toBe(before.applications);
    expect(after.settings).toBe(before.settings);
    // Of the touched kinds, only the written row's fact is new (with its audited change); the others are the facts made before.
    const previous = new Map(before.usages.map((u) => [u.id, u]));
    const [written, others] = [after.usages.filter((u) => u.id === id), after.usages.filter((u) => u.id !== id)];
    expect(others.length).toBeGreaterThan(100);
    expect(others.every((u) => u === previous.get(u.id))).toBe(true);
    expect(written[0]).not.toBe(previous.get(id));
    expect(written[0]).toMatchObject({ userCount: (usage.userCount ?? 0) + 41 });
    expect(after.collaborations.every((c, i) => c === before.collaborations[i])).toBe(true);
    expect(after.agreements.every((a, i) => a === before.agreements[i])).toBe(true);
    // The competence risks of applications the write left alone are the facts made before.
    const applicationId = decodeGlobalId(usage.application.id)!.id;
    const risksBefore = new Set(before.competenceRisks);
    const otherRisks = after.competenceRisks.filter((r) => r.applicationId !== applicationId);
    expect(otherRisks.length).toBeGreaterThan(100);
    expect(otherRisks.every((r) => risksBefore.has(r))).toBe(true);
  });

  it("let other requests run before each of the reader's bulk loads", async () => {
    // On SQLite a load runs on the event loop: without a turn for what waits, a first evaluation's
    // dozens of loads would hold it in one chain (on PostgreSQL the loads wait for the network anyway).
    const facts = new Evaluations(server.db).facts(TODAY);
    const order: string[] = [];
    setImmediate(() => order.push("another request"));
    await facts.usages().then(() => order.push("usages"));
    expect(order).toEqual(["another request", "usages"]);
  });

  it("let a light read be answered while a whole evaluation runs", async () => {
    const dates = ["2026-06-15", "2026-05-15", "2026-04-15", "2026-03-15", "2026-02-15", "2026-01-15"];
    const heavy = `{ ${dates.map((d, i) => `r${i}: competenceRisk(first: 1, asOf: "${d}") { totalCount } c${i}: collaborationCandidates(first: 1, asOf: "${d}") { totalCount }`).join(" ")} }`;
    const finished: string[] = [];
    const whole = server.gql(heavy).then((answer) => {
      finished.push("whole");
      return answer;
    });
    // Sent once the whole evaluation has begun (its request is read and under way).
    await new Promise((resolve) => setTimeout(resolve, 50));
    const light = server.gql(graphql(`query UnitsMunicipalities { municipalities(first: 3) { nodes { code name } } }`)).then((answer) => {
      finished.push("light");
      return answer;
    });
    expect(ok(await light).municipalities!.nodes).toHaveLength(3);
    expect(ok(await whole).r0.totalCount).toBeGreaterThan(100);
    expect(finished).toEqual(["light", "whole"]);
  });
});
