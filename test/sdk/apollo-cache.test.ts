import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApolloClient, gql, HttpLink, InMemoryCache } from "@apollo/client";
import { relayStylePagination } from "@apollo/client/utilities";
import { CollaborationLevelSetDocument, connectionKeyArgs, possibleTypes, StatusBoardDocument, typePolicies } from "../../client-sdk/src/index";
import { ok, startServer, type TestServer } from "../helpers/server";

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => server.close());

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
    const levels = ok(await server.gql(`{ collaborationLevels { id ordinal } }`)).collaborationLevels as { id: string; ordinal: number }[];
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
    const fresh = ok(await server.gql(`{ statusBoard(first: 100) { nodes { id level { ordinal } } } }`)).statusBoard.nodes.find((r: any) => r.id === row.id);
    expect(fresh.level.ordinal).toBe(target.ordinal);
  });
});
