import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client, fetchExchange } from "@urql/core";
import { cacheExchange } from "@urql/exchange-graphcache";
import { relayPagination } from "@urql/exchange-graphcache/extras";
import { ApplicationUsagesDocument, CollaborationCandidatesDocument, graphcacheOptions, RecommendationDecideDocument, type ResultOf, type VariablesOf } from "../../client-sdk/src/index";
import { ok, startServer, type TestServer } from "../helpers/server";
import { graphql } from "../kit";

// The candidates need the triggers' data (usages, agreements, levels over years): the Dalsland seed has it.
let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => server.close());

type Candidates = ResultOf<typeof CollaborationCandidatesDocument>;
type CandidatesVariables = VariablesOf<typeof CollaborationCandidatesDocument>;

/** A urql client with Graphcache set up by the SDK's graphcacheOptions, counting the requests it sends. */
function urql(counter = { requests: 0 }) {
  return new Client({
    url: server.url,
    // urql sends queries with GET when they fit in a URL: the server wants a header a plain form cannot send.
    fetchOptions: { headers: { authorization: `Bearer ${server.adminToken}`, "apollo-require-preflight": "true" } },
    fetch: (input, init) => {
      counter.requests++;
      return fetch(input, init);
    },
    exchanges: [cacheExchange(graphcacheOptions(relayPagination)), fetchExchange],
  });
}

describe("urql Graphcache with graphcacheOptions() and the SDK's own documents", () => {
  it("keeps two dates' candidates apart: each date's rows show that date's scores", async () => {
    const client = urql();
    const candidates = CollaborationCandidatesDocument.toString();
    const at2025: CandidatesVariables = { asOf: "2025-06-01", first: 100, includeHidden: true };
    const today: CandidatesVariables = { first: 100, includeHidden: true };
    const fetched2025 = await client.query<Candidates, CandidatesVariables>(candidates, at2025).toPromise();
    expect(fetched2025.error).toBeUndefined();
    await client.query<Candidates, CandidatesVariables>(candidates, today).toPromise();
    // Read both back from the cache only.
    const cached2025 = (await client.query<Candidates, CandidatesVariables>(candidates, at2025, { requestPolicy: "cache-only" }).toPromise()).data!.collaborationCandidates!.nodes;
    const cachedToday = (await client.query<Candidates, CandidatesVariables>(candidates, today, { requestPolicy: "cache-only" }).toPromise()).data!.collaborationCandidates!.nodes;
    const server2025 = ok(
      await server.gql(graphql(`query UrqlCacheCollaborationCandidates { collaborationCandidates(asOf: "2025-06-01", first: 100, includeHidden: true) { nodes { key score drivingDeadline } } }`)),
    ).collaborationCandidates!.nodes;
    const serverToday = ok(await server.gql(graphql(`query UrqlCacheCollaborationCandidates2 { collaborationCandidates(first: 100, includeHidden: true) { nodes { key score drivingDeadline } } }`)))
      .collaborationCandidates!.nodes;
    expect(cached2025.map((c) => [c.key, c.score, c.drivingDeadline])).toEqual(server2025.map((c: any) => [c.key, c.score, c.drivingDeadline]));
    expect(cachedToday.map((c) => [c.key, c.score, c.drivingDeadline])).toEqual(serverToday.map((c: any) => [c.key, c.score, c.drivingDeadline]));
    // The dates do differ for a candidate both have, so a cache that merged them would show it.
    const todayScore = new Map(serverToday.map((c: any) => [c.key, c.score]));
    expect(server2025.some((c: any) => todayScore.has(c.key) && todayScore.get(c.key) !== c.score)).toBe(true);
  });

  it("keeps every page fetched with after (the SDK's documents select nodes)", async () => {
    const client = urql();
    const usages = ApplicationUsagesDocument.toString();
    type Usages = ResultOf<typeof ApplicationUsagesDocument>;
    type UsagesVariables = VariablesOf<typeof ApplicationUsagesDocument>;
    const first = (await client.query<Usages, UsagesVariables>(usages, { first: 3 }).toPromise()).data!.applicationUsages!;
    expect(first.nodes).toHaveLength(3);
    const second = (await client.query<Usages, UsagesVariables>(usages, { first: 3, after: first.pageInfo.endCursor }).toPromise()).data!.applicationUsages!;
    const expected = ok(await server.gql(graphql(`query UrqlCacheApplicationUsages { applicationUsages(first: 6) { nodes { id } } }`))).applicationUsages!.nodes.map((n: any) => n.id);
    // Graphcache's relayPagination answers the merged list: both pages, in order.
    expect(second.nodes.map((n) => n.id)).toEqual(expected);
    expect(second.pageInfo.endCursor).not.toBe(first.pageInfo.endCursor);
  });

  it("recommendationDecide updates the cached candidate (hidden, decision) without a refetch", async () => {
    const counter = { requests: 0 };
    const client = urql(counter);
    const candidates = CollaborationCandidatesDocument.toString();
    const variables: CandidatesVariables = { first: 100, includeHidden: true };
    const listed = (await client.query<Candidates, CandidatesVariables>(candidates, variables).toPromise()).data!.collaborationCandidates!.nodes;
    const target = listed.find((c) => !c.hidden && c.decision === null)!;
    expect(target).toBeTruthy();
    const decided = await client
      .mutation<ResultOf<typeof RecommendationDecideDocument>, VariablesOf<typeof RecommendationDecideDocument>>(RecommendationDecideDocument.toString(), {
        input: { candidateId: target.id, status: "REJECTED", reason: "Inte aktuellt i år." },
      })
      .toPromise();
    expect(decided.data!.recommendationDecide!.candidate!.id).toBe(target.id);
    const before = counter.requests;
    const cached = (await client.query<Candidates, CandidatesVariables>(candidates, variables, { requestPolicy: "cache-only" }).toPromise()).data!.collaborationCandidates!.nodes.find(
      (c) => c.id === target.id,
    );
    expect(cached).toMatchObject({ hidden: true, decision: { status: "REJECTED", reason: "Inte aktuellt i år." } });
    expect(counter.requests).toBe(before);
  });
});
