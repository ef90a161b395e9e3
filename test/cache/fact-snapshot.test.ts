import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/src/access/roles";
import { TokenService } from "../../server/src/access/token-service";
import { openDatabase } from "../../server/src/app/database";
import { buildServer } from "../../server/src/app/server";
import { markAfterLocalWrites, readVersionAndViewer } from "../../server/src/cache/data-version";
import { SnapshotReads } from "../../server/src/cache/snapshot-reads";
import { ok, TEST_FACT_SNAPSHOT_DATES, TEST_NOW, type TestServer } from "../helpers/server";
import { graphql, type Kit, months, startKit } from "../kit";

/**
 * The shared snapshot of one data version's facts and evaluations (cache/snapshot-reads.ts): later
 * requests of other pages, filters and viewers reuse what the first one read and judged, and no
 * request ever sees another data version's facts or another viewer's personal data. Over data
 * `build` makes with the test kit, the same on every server of the file.
 */
let kit: Kit;
let server: TestServer;

/**
 * Five collaborations (GIS-samverkan and Gemensam helpdesk among them), one under an agreement whose
 * decision deadline has passed (a row needing attention), their systems' usages, and a specialist
 * who plans to leave in 2026-11 (competence risk the admin sees and a reader does not).
 */
async function build(kit: Kit): Promise<void> {
  const municipalities = [await kit.municipality(), await kit.municipality(), await kit.municipality()];
  for (const [i, name] of ["GIS-samverkan", "Gemensam helpdesk", "E-arkiv", "Löneadministration", "Växel"].entries()) {
    const application = await kit.application();
    const participants = [municipalities[i % 3], municipalities[(i + 1) % 3]];
    const collaboration = await kit.collaboration({ name, level: 1 + (i % 4), participants, application });
    for (const municipality of participants) await kit.usage({ municipality, application });
    if (i === 0) await kit.agreement({ kind: "SAMVERKANSAVTAL", parties: participants, collaborations: [collaboration], ends: "2026-09-30", notice: months(6) });
    if (i === 1) {
      const specialist = await kit.person({ municipality: participants[0] });
      await kit.competence({ person: specialist, application });
      await kit.plannedLeave(specialist, "2026-11");
    }
  }
}

beforeAll(async () => {
  kit = await startKit({ factSnapshot: true });
  server = kit.server;
  await build(kit);
});
afterAll(async () => kit.close());

const BOARD = graphql(`query FactSnapshotStatusBoard($first: Int, $after: String, $attention: Boolean) {
  statusBoard(first: $first, after: $after, needsAttention: $attention) {
    totalCount pageInfo { endCursor }
    nodes { collaboration { name } level { ordinal } participants { code } agreements { status decisionDeadline } nextDeadline { date kind } openGaps { ruleCode } }
  }
}`);
const RISK = graphql(`query FactSnapshotCompetenceRisk { competenceRisk(first: 100) { totalCount nodes { label score specialistsLeaving } } }`);

describe("the fact snapshot of a data version", () => {
  it("judges the board once: the next page, a filter and another viewer reuse it with a handful of statements", async () => {
    const first = await server.gql(BOARD, { first: 3 });
    const page = ok(first).statusBoard;
    expect(page!.nodes).toHaveLength(3);
    const next = await server.gql(BOARD, { first: 3, after: page!.pageInfo.endCursor });
    const attention = await server.gql(BOARD, { first: 50, attention: true }, { token: await server.token(Role.READER) });
    expect(ok(next).statusBoard!.nodes[0].collaboration.name).not.toBe(page!.nodes[0].collaboration.name);
    expect(ok(attention).statusBoard!.nodes.length).toBeGreaterThan(0);
    expect(first.statements).toBeGreaterThan(20);
    // The version and the token, then the page's own loaders (levels, municipalities).
    expect(next.statements).toBeLessThanOrEqual(4);
    expect(attention.statements).toBeLessThanOrEqual(4);
  });

  it("gives the same answers as a server that reads everything for each request", async () => {
    const plainKit = await startKit();
    const plain = plainKit.server;
    try {
      await build(plainKit);
      for (const variables of [{ first: 100 }, { first: 100, attention: true }]) {
        expect(ok(await server.gql(BOARD, variables))).toEqual(ok(await plain.gql(BOARD, variables)));
      }
      expect(ok(await server.gql(RISK))).toEqual(ok(await plain.gql(RISK)));
    } finally {
      await plain.close();
    }
  });

  it("starts a new snapshot with every write: the next read shows the change", async () => {
    const gis = ok(await server.gql(graphql(`query FactSnapshotCollaborations { collaborations(first: 100) { nodes { id name level { ordinal } } } }`))).collaborations!.nodes.find(
      (c: { name: string }) => c.name === "GIS-samverkan",
    );
    const levels = ok(await server.gql(graphql(`query FactSnapshotCollaborationLevels { collaborationLevels { id ordinal } }`))).collaborationLevels;
    const board = async () => ok(await server.gql(BOARD, { first: 100 })).statusBoard!.nodes.find((n: { collaboration: { name: string } }) => n.collaboration.name === "GIS-samverkan")!.level!.ordinal;
    expect(await board()).toBe(gis!.level.ordinal);
    const target = levels!.find((l: { ordinal: number }) => l.ordinal !== gis!.level.ordinal);
    const set = ok(
      await server.gql(
        graphql(
          `mutation FactSnapshotCollaborationLevelSet($input: CollaborationLevelSetInput!) { collaborationLevelSet(input: $input) { userErrors { code } collaboration { statusBoardRow { level { ordinal } } } } }`,
        ),
        {
          input: { collaborationId: gis!.id, levelId: target!.id, reason: "snapshot test" },
        },
      ),
    );
    expect(set.collaborationLevelSet!.userErrors).toEqual([]);
    // The mutation's own answer reads after its write, not from the snapshot it began in.
    expect(set.collaborationLevelSet!.collaboration!.statusBoardRow!.level!.ordinal).toBe(target!.ordinal);
    expect(await board()).toBe(target!.ordinal);
  });

  it("answers a request that read the data version before a write of this process from the newest snapshot, not from reads of its own", async () => {
    const snapshots = new SnapshotReads(server.db, TEST_FACT_SNAPSHOT_DATES);
    // A request takes its mark and reads the data version...
    const mark = await markAfterLocalWrites();
    const { version } = await readVersionAndViewer(server.db, null);
    const before = await snapshots.evaluationsFor(version, mark);
    // ...a write commits, and a later request moves the snapshot on...
    await kit.municipality();
    const newest = await snapshots.latest();
    expect(newest).not.toBe(before);
    // ...before the first request asks: it is given the newest, as fresh or fresher, and judged once.
    expect(await snapshots.evaluationsFor(version, mark)).toBe(newest);
  });

  it("judges competence risk per view of planned leave: a reader never gets the admin's judgement", async () => {
    const admin = ok(await server.gql(RISK)).competenceRisk!.nodes;
    const reader = ok(await server.gql(RISK, {}, { token: await server.token(Role.READER) })).competenceRisk!.nodes;
    const leaving = (nodes: { specialistsLeaving: number }[]) => nodes.reduce((n, r) => n + r.specialistsLeaving, 0);
    expect(leaving(admin)).toBeGreaterThan(0);
    expect(leaving(reader)).toBe(0);
  });

  it("refuses a revoked token at once with a warm snapshot", async () => {
    const created = await new TokenService(server.db).create({ name: "snapshot-reader", role: Role.READER, now: TEST_NOW });
    expect((await server.gql(BOARD, { first: 1 }, { token: created.token })).status).toBe(200);
    await new TokenService(server.db).revoke("snapshot-reader", TEST_NOW);
    const refused = await server.gql(BOARD, { first: 1 }, { token: created.token });
    expect(refused.status).toBe(401);
    expect(refused.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("the fact snapshot's warm-up", () => {
  it("prepares today's board at start and again after a write, so readers find it judged", async () => {
    const warmedKit = await startKit({ factSnapshot: true, factSnapshotWarmUp: true });
    const warmed = warmedKit.server;
    try {
      await warmed.snapshotSettled();
      expect((await warmed.gql(BOARD, { first: 100 })).statements).toBeLessThanOrEqual(4);
      // The kit's writes each schedule a warm-up; the last one prepares the board as built.
      await build(warmedKit);
      await warmed.snapshotSettled();
      const first = await warmed.gql(BOARD, { first: 100, attention: true });
      expect(ok(first).statusBoard!.nodes.length).toBeGreaterThan(0);
      expect(first.statements).toBeLessThanOrEqual(4);
      const gis = ok(await warmed.gql(graphql(`query FactSnapshotCollaborations { collaborations(first: 100) { nodes { id name level { ordinal } } } }`))).collaborations!.nodes.find(
        (c: { name: string }) => c.name === "GIS-samverkan",
      );
      const target = ok(await warmed.gql(graphql(`query FactSnapshotCollaborationLevels { collaborationLevels { id ordinal } }`))).collaborationLevels!.find(
        (l: { ordinal: number }) => l.ordinal !== gis!.level.ordinal,
      );
      const set = ok(
        await warmed.gql(graphql(`mutation FactSnapshotCollaborationLevelSet2($input: CollaborationLevelSetInput!) { collaborationLevelSet(input: $input) { userErrors { code } } }`), {
          input: { collaborationId: gis!.id, levelId: target!.id, reason: "warm-up test" },
        }),
      );
      expect(set.collaborationLevelSet!.userErrors).toEqual([]);
      await warmed.snapshotSettled();
      const after = await warmed.gql(BOARD, { first: 100 });
      expect(after.statements).toBeLessThanOrEqual(4);
      expect(ok(after).statusBoard!.nodes.find((n: { collaboration: { name: string } }) => n.collaboration.name === "GIS-samverkan")!.level!.ordinal).toBe(target!.ordinal);
      const risk = await warmed.gql(RISK);
      expect(risk.statements).toBeLessThanOrEqual(3);
    } finally {
      await warmed.close();
    }
  });
});

describe("the fact snapshot with two server instances on one database", () => {
  it("shows a write made through one instance in the other's next read (a shared SQLite file, or PostgreSQL in that run)", async () => {
    const db = await openDatabase({ url: server.databaseUrl });
    const app = await buildServer({ db, config: { production: false, introspection: true, exposeStatementCount: true, factSnapshotDates: TEST_FACT_SNAPSHOT_DATES }, clock: () => TEST_NOW });
    try {
      await app.listen({ port: 0, host: "127.0.0.1" });
      const other = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/graphql`;
      const boardVia = async (url: string) => {
        const response = await fetch(url, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${server.adminToken}` },
          body: JSON.stringify({ query: BOARD, variables: { first: 100 } }),
        });
        const body = await response.json();
        const row = body.data.statusBoard.nodes.find((n: { collaboration: { name: string } }) => n.collaboration.name === "Gemensam helpdesk");
        return { ordinal: row.level.ordinal as number, statements: Number(response.headers.get("x-sql-statements")) };
      };
      const before = await boardVia(other);
      expect((await boardVia(other)).statements).toBeLessThanOrEqual(4);
      const helpdesk = ok(await server.gql(graphql(`query FactSnapshotCollaborations2 { collaborations(first: 100) { nodes { id name } } }`))).collaborations!.nodes.find(
        (c: { name: string }) => c.name === "Gemensam helpdesk",
      );
      const target = ok(await server.gql(graphql(`query FactSnapshotCollaborationLevels { collaborationLevels { id ordinal } }`))).collaborationLevels!.find(
        (l: { ordinal: number }) => l.ordinal !== before.ordinal,
      );
      const set = ok(
        await server.gql(graphql(`mutation FactSnapshotCollaborationLevelSet2($input: CollaborationLevelSetInput!) { collaborationLevelSet(input: $input) { userErrors { code } } }`), {
          input: { collaborationId: helpdesk!.id, levelId: target!.id, reason: "two instances" },
        }),
      );
      expect(set.collaborationLevelSet!.userErrors).toEqual([]);
      const after = await boardVia(other);
      expect(after.ordinal).toBe(target!.ordinal);
      expect(after.statements).toBeGreaterThan(4);
    } finally {
      await app.close();
      await db.destroy();
    }
  });
});
