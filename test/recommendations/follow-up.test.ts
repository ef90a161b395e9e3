import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/src/access/roles";
import { decodeIdOf } from "../../server/src/core/global-id";
import { RecommendationDecision } from "../../server/src/recommendations/entities";
import { ok, type TestServer } from "../helpers/server";
import { type Kit, type Municipality, startKit, graphql } from "../kit";
import { getPage } from "../pages/helpers";

/**
 * Follow-up of an accepted decision (nyttorealisering) over data this file builds with the test kit:
 * three municipalities of 10 000 inhabitants running one GIS product at 100 000 kr a year each inside
 * a level-2 collaboration, with a training plan from June 2025. The decision itself lies in the past
 * (2025-03-01), which no mutation can write (decisions are dated today): it is inserted as the
 * recommendations' store holds it.
 */
let kit: Kit;
let server: TestServer;
let b: Municipality;
let f: Municipality;
let gisApplicationId: number;
let participantIds: number[];
beforeAll(async () => {
  kit = await startKit();
  server = kit.server;
  const populations = [2023, 2024, 2025].map((year) => ({ year, population: 10_000 }));
  b = await kit.municipality({ name: "Bengtby", populations });
  const d = await kit.municipality({ name: "Dalby", populations });
  f = await kit.municipality({ name: "Fälla", populations });
  const participants = [b, d, f];
  const application = await kit.application({ name: "Geosecma", category: "GIS" });
  for (const municipality of participants) await kit.usage({ municipality, application, since: "2020-01-01", annualCostSek: 100_000 });
  const gis = await kit.collaboration({ name: "GIS-samverkan", level: 2, participants, application, startedOn: "2020-01-01" });
  // The collaboration's training plan, adopted in June 2025 (a late registration).
  await kit.trainingPlan({ collaboration: gis, name: "Utbildningsplan GIS", reviewedOn: "2025-06-01" });
  gisApplicationId = decodeIdOf(application.id, "Application")!;
  participantIds = participants.map((m) => decodeIdOf(m.id, "Municipality")!).sort((x, y) => x - y);
  await server.db.getRepository(RecommendationDecision).insert({
    candidateKey: `application:${gisApplicationId}|${participantIds.join(",")}`,
    subject: `application:${gisApplicationId}`,
    participantIds: JSON.stringify(participantIds),
    fingerprint: JSON.stringify({ participants: [], agreements: [], usages: [] }),
    status: "ACCEPTED" as any,
    deferredUntil: null,
    reason: "Gemensam drift av GIS.",
    summary: "Bengtby, Dalby och Fälla använder redan Geosecma.",
    decidedOn: "2025-03-01",
    decidedAt: "2025-03-01T10:00:00.000Z",
    decidedBy: "IT-chefsgruppen",
    municipalityId: null,
  });
});
afterAll(async () => kit.close());

/** No training plan weighs 25 points; one reviewed within twelve months, none. */
const RISK_FALL = 25;

const DECISIONS = graphql(`query FollowUpRecommendationDecisions { recommendationDecisions(first: 10) { nodes { id status decidedOn
  expectedEffects { expectedCostPerInhabitantOre expectedLevel expectedCompetenceRiskScore expectedProductCount recordedOn }
  followUp { atDecision { costPerInhabitantOre levelOrdinal competenceRiskScore productCount }
    points { monthsAfter date reached costRose realised { costPerInhabitantOre levelOrdinal competenceRiskScore productCount } } } } } }`);
const RECORD = graphql(
  `mutation FollowUpDecisionEffectsRecord($input: DecisionEffectsRecordInput!) { decisionEffectsRecord(input: $input) { decisionEffect { expectedLevel } userErrors { field code message } } }`,
);

describe("follow-up of an accepted decision (nyttorealisering)", () => {
  it("shows realised against expected at +12 and +24 months from the dated facts; a cost that rose is named", async () => {
    const decision = ok(await server.gql(DECISIONS)).recommendationDecisions!.nodes[0];
    expect(decision.expectedEffects).toBeNull();
    const input = { decisionId: decision.id, expectedCostPerInhabitantOre: 500, expectedLevel: 3, expectedCompetenceRiskScore: 40, expectedProductCount: 1 };
    // Editors of a municipality outside the decision may not record its effects.
    expect((await server.gql(RECORD, { input }, { token: await server.token(Role.EDITOR, (await kit.municipality({ name: "Mellby" })).code) })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const recorded = ok(await server.gql(RECORD, { input }, { token: await server.token(Role.EDITOR, b.code) })).decisionEffectsRecord;
    expect(recorded).toEqual({ decisionEffect: { expectedLevel: 3 }, userErrors: [] });
    expect(ok(await server.gql(RECORD, { input })).decisionEffectsRecord!.userErrors.map((e: any) => e.code)).toEqual(["CONFLICT"]);

    const followed = ok(await server.gql(DECISIONS)).recommendationDecisions!.nodes[0];
    expect(followed.expectedEffects).toMatchObject({ expectedCostPerInhabitantOre: 500, expectedLevel: 3, expectedCompetenceRiskScore: 40, expectedProductCount: 1, recordedOn: "2026-06-15" });
    const { atDecision, points } = followed.followUp!;
    expect(points.map((p: any) => [p.monthsAfter, p.date, p.reached])).toEqual([
      [12, "2026-03-01", true],
      [24, "2027-03-01", false],
    ]);
    expect(points[1]).toMatchObject({ realised: null, costRose: null });
    // Geosecma in all three (300 000 kr over 30 000 inhabitants: 1 000 öre each), in GIS-samverkan at level 2;
    // the competence risk has fallen since the decision, with the training plan.
    expect(atDecision).toMatchObject({ costPerInhabitantOre: 1000, levelOrdinal: 2, productCount: 1 });
    expect(points[0].realised).toMatchObject({ costPerInhabitantOre: 1000, levelOrdinal: 2, productCount: 1 });
    expect(atDecision.competenceRiskScore! - points[0].realised!.competenceRiskScore!).toBe(RISK_FALL);
    expect(points[0].costRose).toBe(false);

    // A correction back-dated to 2026-01-01 raises Fälla's Geosecma cost: the +12 months point shows the rise, the decision's day does not.
    const usages = ok(
      await server.gql(graphql(`query FollowUpMunicipality($code: String!) { municipality(code: $code) { applicationUsages { id application { name } annualCostOre } } }`), { code: f.code }),
    ).municipality!.applicationUsages;
    const geosecma = usages.find((u: any) => u.application.name === "Geosecma");
    const raised = ok(
      await server.gql(graphql(`mutation FollowUpApplicationUsageUpdate($input: ApplicationUsageUpdateInput!) { applicationUsageUpdate(input: $input) { userErrors { code } } }`), {
        input: { id: geosecma!.id, annualCostOre: geosecma!.annualCostOre! + 30_000_00, effectiveFrom: "2026-01-01", correctionReason: "Ny licensmodell från årsskiftet glömdes." },
      }),
    ).applicationUsageUpdate;
    expect(raised!.userErrors).toEqual([]);
    const after = ok(await server.gql(DECISIONS)).recommendationDecisions!.nodes[0].followUp;
    expect(after!.atDecision).toEqual(atDecision);
    expect(after!.points[0].costRose).toBe(true);
    expect(after!.points[0].realised!.costPerInhabitantOre).toBeGreaterThan(atDecision.costPerInhabitantOre!);

    // The same on the candidate's page and in the 2026 annual report, where Geosecma's rise is named.
    const candidate = ok(
      await server.gql(graphql(`query FollowUpCollaborationCandidates { collaborationCandidates(first: 100, includeHidden: true) { nodes { id key } } }`)),
    ).collaborationCandidates!.nodes.find((c: any) => c.key === `application:${gisApplicationId}|${participantIds.join(",")}`);
    const page = (await (await getPage(server, `/rekommendationer/${encodeURIComponent(candidate!.id)}`, { token: server.adminToken })).text()).replace(/\u00a0/g, " ");
    expect(page).toContain("<caption>Förväntat och utfall för beslutet 1 mars 2025</caption>");
    expect(page).toContain("Kostnaden per invånare har ökat sedan beslutet (+12 månader).");
    const report = ok(await server.gql(graphql(`query FollowUpAnnualReport { annualReport(year: 2026) { followUps { costRose decisions { subject points { monthsAfter costRose } } } } }`)))
      .annualReport!.followUps;
    expect(report.costRose).toEqual(["Geosecma (Bengtby, Dalby, Fälla)"]);
    expect(report.decisions).toEqual([
      {
        subject: "Geosecma",
        points: [
          { monthsAfter: 12, costRose: true },
          { monthsAfter: 24, costRose: null },
        ],
      },
    ]);
  });

  it("refuses expectations for a decision that is not accepted", async () => {
    const decision = await server.db.getRepository(RecommendationDecision).save(
      Object.assign(new RecommendationDecision(), {
        candidateKey: `category:GIS|${participantIds.join(",")}`,
        subject: "category:GIS",
        participantIds: JSON.stringify(participantIds),
        fingerprint: "{}",
        status: "REJECTED",
        deferredUntil: null,
        reason: "Nej.",
        summary: "Vård och omsorg.",
        decidedOn: "2025-01-10",
        decidedAt: "2025-01-10T10:00:00.000Z",
        decidedBy: "IT-chefsgruppen",
        municipalityId: null,
      }),
    );
    const result = ok(await server.gql(RECORD, { input: { decisionId: decision.globalId, expectedLevel: 3 } })).decisionEffectsRecord;
    expect(result!.userErrors.map((e: any) => e.code)).toEqual(["INVALID"]);
    const rejected = ok(await server.gql(graphql(`query FollowUpNode($id: ID!) { node(id: $id) { ... on RecommendationDecision { followUp { points { date } } } } }`), { id: decision.globalId })).node;
    expect(rejected!.followUp).toBeNull();
  });
});
