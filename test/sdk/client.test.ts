import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/src/access/roles";
import { decodeIdOf } from "../../server/src/core/global-id";
import { MAX_COST } from "../../server/src/http/limits";
import {
  createSamverkanClient,
  fetchAll,
  paginate,
  possibleTypes,
  SamverkanCostLimitError,
  SamverkanForbiddenError,
  SamverkanNetworkError,
  SamverkanRateLimitError,
  SamverkanUnauthenticatedError,
} from "../../client-sdk/src/index";
import { startServer, type TestServer } from "../helpers/server";
import { type Application, type Kit, months, type Municipality, startKit } from "../kit";

/**
 * The client SDK over data this file builds with the test kit: three collaborations since 2024 of one
 * municipality (`own`, an editor's), its usages of two systems with a specialist, an agreement,
 * and a system three municipalities run outside a collaboration (a candidate `own` takes part in
 * and `outside` does not).
 */
let kit: Kit;
let server: TestServer;
let limited: TestServer;
let own: Municipality;
let outside: Municipality;
let shared: Application;
let partners: Municipality[];
beforeAll(async () => {
  [kit, limited] = await Promise.all([startKit(), startServer({ seed: false, rateLimit: { requests: 2, windowSeconds: 60 } })]);
  server = kit.server;
  [own, outside] = [await kit.municipality(), await kit.municipality()];
  for (let i = 0; i < 3; i++) await kit.collaboration({ participants: [own, await kit.municipality()], startedOn: "2024-01-01" });
  const payroll = await kit.application({ category: "PAYROLL_HR" });
  await kit.usage({ municipality: own, application: payroll });
  await kit.competence({ person: await kit.person({ municipality: own }), application: payroll });
  await kit.agreement({ parties: [own], ends: "2027-03-31", notice: months(6) });
  shared = await kit.application();
  partners = [own, await kit.municipality(), await kit.municipality()];
  for (const municipality of partners) await kit.usage({ municipality, application: shared, annualCostSek: 120_000 });
});
afterAll(async () => Promise.all([kit.close(), limited.close()]));

describe("the client SDK against a running server", () => {
  it("reads the status board page by page, and paginate() walks every row once", async () => {
    const client = createSamverkanClient({ url: server.url, token: await server.token(Role.READER) });
    const page = await client.statusBoard({ first: 2 });
    expect(page.nodes).toHaveLength(2);
    expect(page.pageInfo.hasNextPage).toBe(true);
    const all = [];
    for await (const row of paginate(client.statusBoard, { first: 2 })) all.push(row);
    expect(all).toHaveLength(page.totalCount);
    expect(new Set(all.map((r) => r.id)).size).toBe(page.totalCount);
    expect(all.slice(0, 2).map((r) => r.collaboration.name)).toEqual(page.nodes.map((r) => r.collaboration.name));
    // The same collaboration on the same date has the same row id; another date gives another id.
    const again = await client.statusBoard({ first: 1 });
    expect(again.nodes[0].id).toBe(page.nodes[0].id);
    expect((await client.statusBoard({ first: 1, asOf: "2020-01-01" })).nodes[0]?.id).not.toBe(page.nodes[0].id);
    expect(possibleTypes.Node).toContain("Collaboration");
  });

  it("fetchAll asks a page too costly for the limit again with a smaller first, and gets every row", async () => {
    const client = createSamverkanClient({ url: server.url, token: await server.token(Role.READER) });
    // Unpaged lists nested three deep under every row: a hundred rows cost more than the limit.
    const deep = `query($first: Int, $after: String) { collaborations(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor }
      nodes { id participants { municipality { applicationUsages { application { usages { municipality { applicationUsages { id } } } } } } } } } }`;
    type Page = { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: { id: string }[] };
    const asked: number[] = [];
    const method = async (vars: { first?: number | null; after?: string | null }) => {
      asked.push(vars.first ?? 0);
      return (await client.request<{ collaborations: Page }>(deep, vars)).collaborations;
    };
    const refused = await method({ first: 100 }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(SamverkanCostLimitError);
    expect((refused as SamverkanCostLimitError).cost).toBeGreaterThan(MAX_COST);
    asked.length = 0;
    const all = await fetchAll(method, { first: 100 });
    const total = (await client.collaborations({ first: 1 })).totalCount;
    expect(total).toBeGreaterThan(1);
    expect(all).toHaveLength(total);
    expect(new Set(all.map((c) => c.id)).size).toBe(total);
    // The first ask was refused, the next ones used the smaller page.
    expect(asked[0]).toBe(100);
    expect(asked[1]).toBeLessThan(100);
    expect(new Set(asked.slice(1)).size).toBe(1);
  });

  it("an editor reads its own usages by municipality code and updates fit scores, with typed userErrors", async () => {
    const client = createSamverkanClient({ url: server.url, token: await server.token(Role.EDITOR, own.code) });
    const viewer = await client.viewer();
    expect(viewer?.municipality?.code).toBe(own.code);
    const usages = await client.applicationUsages({ municipality: own.code, first: 100 });
    expect(usages.totalCount).toBeGreaterThan(0);
    expect(usages.nodes.every((u) => u.municipality.code === own.code)).toBe(true);
    const usage = usages.nodes[0];
    const updated = await client.applicationUsageUpdate({ id: usage.id, functionalFit: 4, technicalFit: 2 });
    expect(updated.userErrors).toEqual([]);
    expect(updated.applicationUsage).toMatchObject({ id: usage.id, functionalFit: 4, technicalFit: 2 });
    const refused = await client.applicationUsageUpdate({ id: usage.id, functionalFit: 9 });
    expect(refused.applicationUsage).toBeNull();
    expect(refused.userErrors.map((e) => [e.field?.join("."), e.code])).toEqual([["input.functionalFit", "OUT_OF_RANGE"]]);
    const reread = await client.applicationUsages({ municipality: viewer!.municipality!.id, first: 100 });
    expect(reread.nodes.find((u) => u.id === usage.id)?.functionalFit).toBe(4);

    // Money is öre (SafeInt) throughout; costs are kept in whole kronor.
    const cost = await client.applicationUsageUpdate({ id: usage.id, annualCostOre: 12_345_600 });
    expect(cost.userErrors).toEqual([]);
    expect(cost.applicationUsage?.annualCostOre).toBe(12_345_600);
    const deprecated = await client.request<{ node: { annualCostSek: number } }>(`query($id: ID!) { node(id: $id) { ... on ApplicationUsage { annualCostSek } } }`, { id: usage.id });
    expect(deprecated.node.annualCostSek).toBe(123_456);
    const fraction = await client.applicationUsageUpdate({ id: usage.id, annualCostOre: 150 });
    expect(fraction.userErrors.map((e) => [e.field?.join("."), e.code])).toEqual([["input.annualCostOre", "INVALID"]]);
    const both = await client.applicationUsageUpdate({ id: usage.id, annualCostOre: 100, annualCostSek: 1 });
    expect(both.userErrors.map((e) => e.code)).toEqual(["INVALID"]);
    expect((await client.applicationUsages({ municipality: own.code, first: 100 })).nodes.find((u) => u.id === usage.id)?.annualCostOre).toBe(12_345_600);
  });

  it("lists agreements with their deadlines, competence risk and the annual report", async () => {
    const client = createSamverkanClient({ url: server.url, token: await server.token(Role.READER) });
    const agreements = await client.agreements({ municipality: own.code, first: 100 });
    expect(agreements.totalCount).toBeGreaterThan(0);
    for (const a of agreements.nodes) {
      expect(a.municipalities.map((m) => m.code)).toContain(own.code);
      expect(a.schedule.decisionDeadline <= a.schedule.noticeDeadline).toBe(true);
      expect(a.schedule.asOf).toBe("2026-06-15");
    }
    const risk = await client.competenceRisk({ municipality: own.code, first: 5 });
    expect(risk.nodes.length).toBeGreaterThan(0);
    expect(risk.nodes.map((r) => r.score)).toEqual([...risk.nodes.map((r) => r.score)].sort((x, y) => y - x));
    const report = await client.annualReport({ year: 2025 });
    expect(report.year).toBe(2025);
    expect(report.start).toBe("2025-01-01");
    expect(report.summary.systems.length).toBeGreaterThan(0);
    expect(Number.isSafeInteger(report.cost.totalOre)).toBe(true);
  });

  it("editors decide candidates they take part in; another municipality's candidate is FORBIDDEN", async () => {
    const ownEditor = createSamverkanClient({ url: server.url, token: await server.token(Role.EDITOR, own.code) });
    const outsideEditor = createSamverkanClient({ url: server.url, token: await server.token(Role.EDITOR, outside.code) });
    const candidates = await ownEditor.collaborationCandidates({ first: 100 });
    const dbId = (id: string) => decodeIdOf(id, "Application", "Municipality");
    const key = `application:${dbId(shared.id)}|${partners.map((m) => dbId(m.id)).join(",")}`;
    const candidate = candidates.nodes.find((c) => c.key === key)!;
    expect(candidate.viewerCanDecide).toBe(true);
    expect(candidates.nodes.some((c) => c.combinedAnnualCostOre !== null && c.combinedAnnualCostOre > 0 && c.combinedAnnualCostOre % 100 === 0)).toBe(true);
    await expect(outsideEditor.recommendationDecide({ candidateId: candidate.id, status: "REJECTED", reason: "Nej" })).rejects.toBeInstanceOf(SamverkanForbiddenError);
    const invalid = await ownEditor.recommendationDecide({ candidateId: candidate.id, status: "DEFERRED", reason: " " });
    expect(invalid.decision).toBeNull();
    expect(invalid.userErrors.length).toBeGreaterThan(0);
    const accepted = await ownEditor.recommendationDecide({ candidateId: candidate.id, status: "ACCEPTED", reason: "Utred gemensam drift." });
    expect(accepted.userErrors).toEqual([]);
    expect(accepted.decision).toMatchObject({ status: "ACCEPTED", candidateKey: candidate.key, decidedOn: "2026-06-15" });
  });

  it("throws one error class per kind of failure", async () => {
    const anonymous = createSamverkanClient({ url: server.url });
    await expect(anonymous.statusBoard()).rejects.toBeInstanceOf(SamverkanUnauthenticatedError);
    const wrongToken = createSamverkanClient({ url: server.url, token: "svk_not-a-real-token-aaaaaaaaaaaaaaaa" });
    await expect(wrongToken.statusBoard()).rejects.toBeInstanceOf(SamverkanUnauthenticatedError);

    const reader = createSamverkanClient({ url: server.url, token: await server.token(Role.READER) });
    const costly = Array.from({ length: 30 }, (_, i) => `r${i}: competenceRisk(first: 100) { nodes { label score reasons { code explanation contribution } } }`).join("\n");
    const cost = await reader.request(`{ ${costly} }`).catch((error: unknown) => error);
    expect(cost).toBeInstanceOf(SamverkanCostLimitError);
    expect((cost as SamverkanCostLimitError).cost).toBeGreaterThan((cost as SamverkanCostLimitError).maxCost);
    expect((cost as SamverkanCostLimitError).maxCost).toBe(MAX_COST);

    const closed = createSamverkanClient({ url: "http://127.0.0.1:1/graphql", token: "x" });
    await expect(closed.viewer()).rejects.toBeInstanceOf(SamverkanNetworkError);

    // Retrying waits at most maxWaitSeconds at a time: a Retry-After of about a minute is thrown at once.
    const throttled = createSamverkanClient({ url: limited.url, token: await limited.token(Role.READER), retry: { maxWaitSeconds: 5 } });
    await throttled.viewer();
    await throttled.viewer();
    const refused = await throttled.viewer().catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(SamverkanRateLimitError);
    expect((refused as SamverkanRateLimitError).retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect((refused as SamverkanRateLimitError).retryAfterSeconds).toBeLessThanOrEqual(60);
  });

  it("uses the fetch it is given", async () => {
    const seen: string[] = [];
    const client = createSamverkanClient({
      url: server.url,
      token: server.adminToken,
      fetch: (input, init) => {
        seen.push(String(input));
        return fetch(input, init);
      },
    });
    expect((await client.viewer())?.role).toBe("ADMIN");
    expect(seen).toEqual([server.url]);
  });
});
