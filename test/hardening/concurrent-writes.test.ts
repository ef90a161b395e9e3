import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeGlobalId } from "../../server/src/core/global-id";
import { ok } from "../helpers/server";
import { type Kit, startKit, graphql } from "../kit";

/**
 * Mutations sent at the same time: each is its own transaction. A refused one changes nothing and
 * takes nothing of the others with it; every accepted one stays. (On SQLite every request shares one
 * connection, on which TypeORM would nest an overlapping transaction inside the open one as a
 * savepoint: this holds because a transaction's statements never wait for I/O, so none overlap.)
 */
let kit: Kit;
let usages: { id: string; userCount: number }[];

beforeAll(async () => {
  kit = await startKit();
  // 40 usages: four municipalities using ten applications each, every one with its own user count.
  const municipalities = [await kit.municipality(), await kit.municipality(), await kit.municipality(), await kit.municipality()];
  usages = [];
  for (let i = 0; i < 10; i++) {
    const application = await kit.application();
    for (const municipality of municipalities) {
      const userCount = 10 + usages.length;
      usages.push({ id: (await kit.usage({ municipality, application, users: userCount })).id, userCount });
    }
  }
});
afterAll(async () => kit.close());

const UPDATE = graphql(
  `mutation ConcurrentWritesApplicationUsageUpdate($input: ApplicationUsageUpdateInput!) { applicationUsageUpdate(input: $input) { userErrors { code } applicationUsage { id userCount } } }`,
);

describe("concurrent mutations", () => {
  it("keeps every accepted write and none of the refused ones when they overlap", async () => {
    const server = kit.server;
    const targets = usages.slice(0, 20);
    const others = usages.slice(20, 40);
    // Valid user counts, interleaved with updates naming an IT unit that does not exist (refused after reading the database).
    const writes = targets.flatMap((u, i) => [
      server.gql(UPDATE, { input: { id: u.id, userCount: 1000 + i } }),
      server.gql(UPDATE, { input: { id: others[i].id, userCount: 5000 + i, itUnitId: encodeGlobalId("ItUnit", 999_999) } }),
    ]);
    const answers = await Promise.all(writes);
    for (const [i, a] of answers.entries()) expect(ok(a).applicationUsageUpdate!.userErrors.length > 0, `answer ${i}`).toBe(i % 2 === 1);
    const after = ok(await server.gql(graphql(`query ConcurrentWritesApplicationUsages { applicationUsages(first: 40) { nodes { id userCount } } }`))).applicationUsages!.nodes as {
      id: string;
      userCount: number | null;
    }[];
    const count = new Map(after.map((u) => [u.id, u.userCount]));
    for (const [i, u] of targets.entries()) expect(count.get(u.id), `usage ${i}`).toBe(1000 + i);
    for (const [i, u] of others.entries()) expect(count.get(u.id), `refused usage ${i}`).toBe(u.userCount);
    const audited = ok(await server.gql(graphql(`query ConcurrentWritesAuditLog { auditLog(first: 100, operation: "applicationUsageUpdate") { nodes { operation } } }`)));
    expect(audited.auditLog!.nodes).toHaveLength(20);
  });
});
