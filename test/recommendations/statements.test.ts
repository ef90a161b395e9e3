import type { DataSource } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AgreementApplication, AgreementKind, AgreementParty, newAgreement } from "../../server/src/agreements/entities";
import { Application, ApplicationCategory, ApplicationScope, ApplicationUsage, LifecyclePhase } from "../../server/src/applications/entities";
import { countStatements } from "../../server/src/db/statements";
import { Municipality } from "../../server/src/municipalities/entities";
import { Evaluations } from "../../server/src/evaluations/registry";
import { loadRecommendationFacts } from "../../server/src/recommendations/load-facts";
import { ok, type TestServer } from "../helpers/server";
import { type StatementServers, startStatementServers } from "../helpers/statements";
import { graphql } from "../kit";

const QUERY = graphql(`query RecommendationsStatementsCollaborationCandidates { collaborationCandidates(first: 100, includeHidden: true) {
  totalCount
  nodes {
    key score summary explanation
    participants { name } applications { name } proposedApplication { name } collaboration { name }
    currentLevel { ordinal } targetLevel { ordinal } drivingAgreement { name } decision { status }
    contributions { trigger points evidence { objectId lastChangedOn } }
    costSplit { municipality { code } amountOre } transitionWindow { start end }
  } } }`);

/**
 * Token lookup 1; the trigger settings 1; the facts through the one reader on the date (the
 * competence-risk input's 17, and agreements with their versions and three kinds of links,
 * IT units), populations, freezes, the approved freeze exceptions and the audit log's latest change per object; the decisions 1;
 * then one batched statement per loader: municipalities, applications, collaborations, levels,
 * agreements.
 */
const PINNED = 36;

/** Usages outside any collaboration (three products per category over the synthetic municipalities) with agreements covering them. */
async function addFreeUsages(db: DataSource): Promise<void> {
  await db.transaction(async (em) => {
    const municipalities = await em.getRepository(Municipality).createQueryBuilder("m").where("m.code >= '9000'").getMany();
    for (const [c, category] of Object.values(ApplicationCategory).entries()) {
      for (let p = 0; p < 3; p++) {
        const application = await em.save(Object.assign(new Application(), { name: `Fri produkt ${c}-${p}`, vendor: null, category, scope: ApplicationScope.BUSINESS_SPECIFIC, description: null }));
        const users = municipalities.filter((_, i) => i % 3 === p);
        await em.insert(
          ApplicationUsage,
          users.map((m, i) => ({
            municipalityId: m.id,
            applicationId: application.id,
            itUnitId: null,
            inUseSince: "2015-01-01",
            lifecyclePhase: i % 7 === 0 ? LifecyclePhase.PHASE_OUT : LifecyclePhase.ACTIVE,
            functionalFit: 1 + (i % 4),
            technicalFit: 1 + ((i + p) % 4),
            userCount: 10 + i,
            annualCostSek: 10_000 + i,
            note: null,
          })),
        );
        const agreement = await em.save(
          newAgreement({ kind: AgreementKind.LEVERANTORSAVTAL, name: `Avtal fri produkt ${c}-${p}`, vendorName: "Leverantör", startDate: "2022-01-01", endDate: `${2026 + p}-12-31` }),
        );
        await em.insert(AgreementApplication, { agreementId: agreement.id, applicationId: application.id });
        await em.insert(
          AgreementParty,
          users.slice(0, 5).map((m) => ({ agreementId: agreement.id, municipalityId: m.id, itUnitId: null, costShareBasisPoints: null })),
        );
      }
    }
  });
}

let seeded: TestServer;
let large: TestServer;
let servers: StatementServers;
beforeAll(async () => {
  servers = await startStatementServers(addFreeUsages);
  ({ seeded, large } = servers);
});
afterAll(async () => servers.close());

describe("collaborationCandidates runs a constant number of SQL statements", () => {
  it(`on the seed: ${PINNED}`, async () => {
    const response = await seeded.gql(QUERY);
    expect(ok(response).collaborationCandidates!.totalCount).toBe(11);
    expect(response.statements).toBe(PINNED);
  });

  it("the same with 93 more collaborations, 40 more municipalities, hundreds more usages and 39 more agreements", async () => {
    const counts = await large.db.query("SELECT (SELECT COUNT(*) FROM application_usage) AS usages, (SELECT COUNT(*) FROM agreement) AS agreements");
    expect(Number(counts[0].usages)).toBeGreaterThan(1000);
    const response = await large.gql(QUERY);
    const list = ok(response).collaborationCandidates;
    expect(list!.totalCount).toBeGreaterThan(50);
    expect(list!.nodes.some((n: any) => n.drivingAgreement) && list!.nodes.some((n: any) => n.collaboration)).toBe(true);
    expect(response.statements).toBe(PINNED);
  });

  it("loading the facts is 29 statements, whatever the size", async () => {
    for (const server of [seeded, large]) {
      const tally = { count: 0 };
      await countStatements(tally, () => loadRecommendationFacts(new Evaluations(server.db), "2026-06-15"));
      expect(tally.count).toBe(29);
    }
  });
});
