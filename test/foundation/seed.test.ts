import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ok, startServer, type TestServer } from "../helpers/server";
import { graphql } from "../kit";

/**
 * About the seed: the Dalsland demonstration data as the API serves it (its municipalities, codes,
 * populations and systems). Stays on the seed by design; tests of features build their own data with
 * the test kit (test/kit/).
 */

let server: TestServer;
beforeAll(async () => (server = await startServer()));
afterAll(async () => server.close());

describe("the seeded Dalsland data over HTTP", () => {
  it("lists the seven municipalities with codes and 2024 populations", async () => {
    const data = ok(await server.gql(graphql(`query FoundationSeedMunicipalities { municipalities(first: 20) { totalCount nodes { code name population(year: 2024) { year population } } } }`)));
    expect(data.municipalities!.totalCount).toBe(7);
    const byCode = Object.fromEntries(data.municipalities!.nodes.map((m: any) => [m.code, m]));
    expect(byCode["1460"]).toMatchObject({ name: "Bengtsfors", population: { year: 2024, population: 9076 } });
    expect(byCode["1492"].population.population).toBe(11906);
    expect(Object.keys(byCode).sort()).toEqual(["1438", "1439", "1460", "1461", "1492", "1765", "1785"]);
  });

  it("keeps Åmål's two DKF memberships and filters members on a date", async () => {
    const amal = ok(await server.gql(graphql(`query FoundationSeedMunicipality { municipality(code: "1492") { memberships { fromDate toDate collaborationBody { shortName } } } }`))).municipality;
    expect(amal!.memberships).toEqual([
      { fromDate: "2001-01-01", toDate: "2017-12-31", collaborationBody: { shortName: "DKF" } },
      { fromDate: "2023-12-01", toDate: null, collaborationBody: { shortName: "DKF" } },
    ]);
    const body = ok(await server.gql(graphql(`query FoundationSeedCollaborationBodies { collaborationBodies { nodes { id } } }`))).collaborationBodies!.nodes[0].id;
    const query = graphql(`query FoundationSeedMunicipalities2($body: ID!, $on: LocalDate) { municipalities(memberOf: $body, memberOn: $on) { nodes { code } } }`);
    const in2020 = ok(await server.gql(query, { body, on: "2020-06-01" })).municipalities!.nodes.map((m: any) => m.code);
    const today = ok(await server.gql(query, { body })).municipalities!.nodes.map((m: any) => m.code);
    expect(in2020).not.toContain("1492");
    expect(today).toContain("1492");
    expect(today).not.toContain("1785");
  });

  it("has the six-step scale as data, lowest first", async () => {
    const levels = ok(await server.gql(graphql(`query FoundationSeedCollaborationLevels { collaborationLevels { ordinal name } }`))).collaborationLevels;
    expect(levels!.map((l: any) => l.ordinal)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(levels![5].name).toBe("Gemensam lösning och information");
  });

  it("shares telephony with Säffle and Årjäng, and filters collaborations by participant and level", async () => {
    const saffle = ok(await server.gql(graphql(`query FoundationSeedMunicipality2 { municipality(code: "1785") { id } }`))).municipality!.id;
    const shared = ok(await server.gql(graphql(`query FoundationSeedCollaborations($m: ID!) { collaborations(participant: $m) { nodes { name application { category } } } }`), { m: saffle }))
      .collaborations!.nodes;
    expect(shared).toHaveLength(1);
    expect(shared[0].application.category).toBe("TELEPHONY");
    const high = ok(await server.gql(graphql(`query FoundationSeedCollaborations2 { collaborations(minLevel: 4) { nodes { name level { ordinal } } } }`))).collaborations!.nodes;
    expect(high.length).toBeGreaterThanOrEqual(3);
    expect(high.every((c: any) => c.level.ordinal >= 4)).toBe(true);
  });

  it("filters applications by category and by municipality", async () => {
    const care = ok(await server.gql(graphql(`query FoundationSeedApplications { applications(category: CARE) { nodes { name } } }`))).applications!.nodes.map((a: any) => a.name);
    expect(care.sort()).toEqual(["Lifecare", "Procapita VoO"]);
    const saffle = ok(await server.gql(graphql(`query FoundationSeedMunicipality2 { municipality(code: "1785") { id } }`))).municipality!.id;
    const used = ok(await server.gql(graphql(`query FoundationSeedApplications2($m: ID!) { applications(municipality: $m) { totalCount } }`), { m: saffle })).applications;
    expect(used!.totalCount).toBe(1);
  });

  it("pages with cursors without losing or repeating items", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = ok(
        await server.gql(graphql(`query FoundationSeedApplications3($after: String) { applications(first: 5, after: $after) { pageInfo { hasNextPage endCursor } nodes { name } } }`), { after }),
      ).applications;
      seen.push(...page.nodes.map((n: any) => n.name));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    const all = ok(await server.gql(graphql(`query FoundationSeedApplications4 { applications(first: 100) { totalCount nodes { name } } }`))).applications;
    expect(seen).toEqual(all!.nodes.map((n: any) => n.name));
    expect(seen).toHaveLength(all!.totalCount);
  });

  it("fetches any object by its opaque global ID through node and nodes", async () => {
    const c = ok(await server.gql(graphql(`query FoundationSeedCollaborations3 { collaborations(first: 1) { nodes { id name } } }`))).collaborations!.nodes[0];
    const found = ok(await server.gql(graphql(`query FoundationSeedNode($id: ID!) { node(id: $id) { id ... on Collaboration { name } } }`), { id: c.id })).node;
    expect(found).toEqual(c);
    const both = ok(await server.gql(graphql(`query FoundationSeedNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }`), { ids: [c.id, "bm9wZToxMjM"] })).nodes;
    expect(both).toEqual([{ id: c.id }, null]);
  });
});
