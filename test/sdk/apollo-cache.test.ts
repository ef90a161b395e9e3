import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApolloClient, gql, HttpLink, InMemoryCache } from "@apollo/client";
import { relayStylePagination } from "@apollo/client/utilities";
import {
  apolloTypePolicies,
  ApplicationUsagesDocument,
  CollaborationCandidatesDocument,
  CollaborationLevelSetDocument,
  connectionKeyArgs,
  documentNode,
  possibleTypes,
  RecommendationDecideDocument,
  StatusBoardDocument,
  typePolicies,
} from "../../client-sdk/src/index";
import { ok, type TestServer } from "../helpers/server";
import { graphql, type Kit, startKit } from "../kit";

/**
 * Apollo Client with the SDK's cache settings over data this file builds with the test kit: three
 * municipalities in a level-2 collaboration running two systems outside it, one under a support
 * agreement that ended at the end of 2025 (so its candidate scores higher on 2025-06-01 than today).
 */
let kit: Kit;
let server: TestServer;
beforeAll(async () => {
  kit = await startKit();
  server = kit.server;
  const members = [await kit.municipality(), await kit.municipality(), await kit.municipality()];
  await kit.collaboration({ level: 2, participants: members });
  const finance = await kit.application({ category: "FINANCE" });
  const care = await kit.application({ category: "CARE" });
  for (const municipality of members) {
    await kit.usage({ municipality, application: finance, functionalFit: 2, technicalFit: 2, annualCostSek: 100_000 });
    await kit.usage({ municipality, application: care });
  }
  await kit.agreement({ parties: [members[0]], starts: "2022-01-01", ends: "2025-12-31", more: { applicationIds: [finance.id] } });
});
afterAll(async () => kit.close());

describe("Apollo Client 4 with the SDK's cache settings", () => {
  it("after collaborationLevelSet the cached board shows the new level without a refetch", async () => {
    let requests = 0;
    const client = new ApolloClient({
      link: new HttpLink({
        uri: server.url,
        headers: { authorization: `Bearer ${server.adminToken}` },
        fetch: (input, init) => {
          requests++;
          return fetch(input, init);
        },
      }),
      cache: new InMemoryCache({
        possibleTypes,
        typePolicies: {
          ...typePolicies,
          Query: { fields: Object.fromEntries(Object.entries(connectionKeyArgs).map(([field, keyArgs]) => [field, relayStylePagination([...keyArgs])])) },
        },
      }),
    });
    const board = gql(StatusBoardDocument.toString());
    const first = await client.query({ query: board, variables: { first: 100 } });
    const row = (first.data as any).statusBoard.nodes[0];
    expect(row).toBeTruthy();
    const levels = ok(await server.gql(graphql(`query ApolloCacheCollaborationLevels { collaborationLevels { id ordinal } }`))).collaborationLevels as { id: string; ordinal: number }[];
    const target = levels.find((l) => l.ordinal !== row.level.ordinal)!;

    const result = await client.mutate({
      mutation: gql(CollaborationLevelSetDocument.toString()),
      variables: { input: { collaborationId: row.collaboration.id, levelId: target.id, reason: "Beslut i IT-chefsgruppen" } },
    });
    expect((result.data as any).collaborationLevelSet.userErrors).toEqual([]);
    expect((result.data as any).collaborationLevelSet.collaboration.statusBoardRow.id).toBe(row.id);

    const before = requests;
    const cached = client.readQuery({ query: board, variables: { first: 100 } }) as any;
    const cachedRow = cached.statusBoard.nodes.find((r: any) => r.id === row.id);
    expect(cachedRow.level.ordinal).toBe(target.ordinal);
    const again = await client.query({ query: board, variables: { first: 100 }, fetchPolicy: "cache-first" });
    expect((again.data as any).statusBoard.nodes.find((r: any) => r.id === row.id).level.ordinal).toBe(target.ordinal);
    expect(requests).toBe(before);
    // The server agrees.
    const fresh = ok(await server.gql(graphql(`query ApolloCacheStatusBoard { statusBoard(first: 100) { nodes { id level { ordinal } } } }`))).statusBoard!.nodes.find((r: any) => r.id === row.id);
    expect(fresh!.level!.ordinal).toBe(target.ordinal);
  });
});

describe("Apollo Client 4 with apolloTypePolicies() and the SDK's own documents", () => {
  const apollo = () =>
    new ApolloClient({
      link: new HttpLink({ uri: server.url, headers: { authorization: `Bearer ${server.adminToken}` } }),
      cache: new InMemoryCache({ possibleTypes, typePolicies: apolloTypePolicies() }),
    });

  it("keeps two dates' candidates apart: each date's rows show that date's scores", async () => {
    const client = apollo();
    const candidates = gql(CollaborationCandidatesDocument.toString());
    await client.query({ query: candidates, variables: { asOf: "2025-06-01", first: 100, includeHidden: true } });
    await client.query({ query: candidates, variables: { first: 100, includeHidden: true } });
    const server2025 = ok(
      await server.gql(graphql(`query ApolloCacheCollaborationCandidates { collaborationCandidates(asOf: "2025-06-01", first: 100, includeHidden: true) { nodes { key score } } }`)),
    ).collaborationCandidates!.nodes;
    const serverToday = ok(await server.gql(graphql(`query ApolloCacheCollaborationCandidates2 { collaborationCandidates(first: 100, includeHidden: true) { nodes { key score } } }`)))
      .collaborationCandidates!.nodes;
    const cached2025 = (client.readQuery({ query: candidates, variables: { asOf: "2025-06-01", first: 100, includeHidden: true } }) as any).collaborationCandidates.nodes;
    const cachedToday = (client.readQuery({ query: candidates, variables: { first: 100, includeHidden: true } }) as any).collaborationCandidates.nodes;
    expect(cached2025.map((c: any) => [c.key, c.score])).toEqual(server2025.map((c: any) => [c.key, c.score]));
    expect(cachedToday.map((c: any) => [c.key, c.score])).toEqual(serverToday.map((c: any) => [c.key, c.score]));
    // The dates do differ somewhere, so a cache that merged them would show it.
    const todayScore = new Map(serverToday.map((c: any) => [c.key, c.score]));
    expect(server2025.some((c: any) => todayScore.has(c.key) && todayScore.get(c.key) !== c.score)).toBe(true);
  });

  it("keeps every page fetched with fetchMore (the SDK's documents select nodes), typed through documentNode", async () => {
    const client = apollo();
    // documentNode keeps the document's types: data and variables are typed, no casts.
    const usages = documentNode(ApplicationUsagesDocument, gql);
    const first = await client.query({ query: usages, variables: { first: 3 } });
    const page = first.data!.applicationUsages!;
    expect(page.nodes).toHaveLength(3);
    const observable = client.watchQuery({ query: usages, variables: { first: 3 } });
    await observable.fetchMore({ variables: { first: 3, after: page.pageInfo.endCursor } });
    const cached = client.readQuery({ query: usages, variables: { first: 3 } })!.applicationUsages!;
    const expected = ok(await server.gql(graphql(`query ApolloCacheApplicationUsages { applicationUsages(first: 6) { nodes { id } } }`))).applicationUsages!.nodes.map((n: any) => n.id);
    expect(cached.nodes.map((n) => n.id)).toEqual(expected);
    expect(cached.pageInfo.endCursor).not.toBe(page.pageInfo.endCursor);
  });

  it("recommendationDecide updates the cached candidate (hidden, decision) without a refetch", async () => {
    const client = apollo();
    const candidates = gql(CollaborationCandidatesDocument.toString());
    const variables = { first: 100, includeHidden: true };
    const listed = (await client.query({ query: candidates, variables })).data as any;
    const target = listed.collaborationCandidates.nodes.find((c: any) => !c.hidden && c.decision === null);
    const result = await client.mutate({
      mutation: gql(RecommendationDecideDocument.toString()),
      variables: { input: { candidateId: target.id, status: "REJECTED", reason: "Inte aktuellt i år." } },
    });
    expect((result.data as any).recommendationDecide.candidate.id).toBe(target.id);
    const cached = (client.readQuery({ query: candidates, variables }) as any).collaborationCandidates.nodes.find((c: any) => c.id === target.id);
    expect(cached).toMatchObject({ hidden: true, decision: { status: "REJECTED", reason: "Inte aktuellt i år." } });
  });
});
