import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ok } from "../helpers/server";
import { type Kit, startKit, graphql } from "../kit";

let kit: Kit;
beforeAll(async () => (kit = await startKit()));
afterAll(async () => kit.close());

graphql(`fragment BoardNodeRow on SharedSystemStatus { id asOf collaboration { name } level { ordinal } }`);

describe("a status board row is a Node: node(id:) refetches it on the date its id names", () => {
  it("answers the same row, of its own date, as the board did", async () => {
    const collaboration = await kit.collaboration({ level: 2, startedOn: "2024-01-01" });
    const levelSet = ok(
      await kit.server.gql(graphql(`mutation BoardNodeCollaborationLevelSet($input: CollaborationLevelSetInput!) { collaborationLevelSet(input: $input) { userErrors { code } } }`), {
        input: { collaborationId: collaboration.id, levelId: kit.level(4).id, reason: "Beslut" },
      }),
    );
    expect(levelSet.collaborationLevelSet!.userErrors).toEqual([]);
    const board = async (asOf: string) => ok(await kit.server.gql(graphql(`query BoardNodeBoard($asOf: LocalDate) { statusBoard(asOf: $asOf, first: 100) { nodes { ...BoardNodeRow } } }`), { asOf }));
    const then = (await board("2025-01-01")).statusBoard!.nodes.find((r: any) => r.collaboration.name === collaboration.name);
    const now = (await board("2026-06-15")).statusBoard!.nodes.find((r: any) => r.collaboration.name === collaboration.name);
    expect([then!.level!.ordinal, now!.level!.ordinal]).toEqual([2, 4]);
    expect(then!.id).not.toBe(now!.id);
    const refetched = ok(await kit.server.gql(graphql(`query BoardNodeRefetch($ids: [ID!]!) { nodes(ids: $ids) { __typename ...BoardNodeRow } }`), { ids: [then!.id, now!.id] })).nodes;
    expect(refetched).toEqual([
      { __typename: "SharedSystemStatus", ...then },
      { __typename: "SharedSystemStatus", ...now },
    ]);
  });

  it("answers null for a forged or malformed row id", async () => {
    const forged = Buffer.from("SharedSystemStatus:999999:2026-06-15", "utf8").toString("base64url");
    const badDate = Buffer.from("SharedSystemStatus:1:2026-02-30", "utf8").toString("base64url");
    const answer = ok(await kit.server.gql(graphql(`query BoardNodeNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }`), { ids: [forged, badDate] }));
    expect(answer.nodes).toEqual([null, null]);
  });
});
