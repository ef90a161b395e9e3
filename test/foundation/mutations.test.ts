import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ok, type TestServer } from "../helpers/server";
import { type Application, type Collaboration, type ItUnit, type Kit, type Municipality, startKit, graphql } from "../kit";

/**
 * The foundation's mutations (municipalities, usages, collaborations, levels, participants) and the
 * audit log, over data this file builds with the test kit: four municipalities and three
 * collaborations with their level histories and a late joiner.
 */
let kit: Kit;
let server: TestServer;
let b: Municipality;
let d: Municipality;
let f: Municipality;
let m: Municipality;
let bUnit: ItUnit;
let lifecare: Application;
let byggr: Application;
let gis: Collaboration;
let finance: Collaboration;
let helpdesk: Collaboration;
beforeAll(async () => {
  kit = await startKit();
  server = kit.server;
  [b, d, f, m] = [await kit.municipality({ name: "Bengtby" }), await kit.municipality({ name: "Dalby" }), await kit.municipality({ name: "Fälla" }), await kit.municipality({ name: "Mellby" })];
  bUnit = await kit.itUnit({ municipality: b });
  lifecare = await kit.application({ name: "Lifecare", category: "CARE" });
  byggr = await kit.application({ name: "ByggR", category: "BUILDING_PERMITS" });
  gis = await kit.collaboration({ name: "GIS-samverkan", level: 1, participants: [b, d, f], startedOn: "2006-09-01", decisionReference: "IT-chefsgruppen 2006-08" });
  await kit.levelChange(gis, 2, { on: "2014-06-01", decisionReference: "IT-chefsgruppen 2014-05" });
  finance = await kit.collaboration({ name: "Gemensamt ekonomisystem", level: 1, participants: [b, d, f, m], startedOn: "2005-01-01" });
  await kit.levelChange(finance, 3, { on: "2006-01-01" });
  await kit.levelChange(finance, 4, { on: "2008-01-01" });
  helpdesk = await kit.collaboration({ name: "Gemensam helpdesk", level: 3, participants: [m, b], startedOn: "2007-03-01" });
  await kit.join(helpdesk, f, "2016-05-01");
});
afterAll(async () => kit.close());

/** Row counts of every table a failed mutation might have touched. */
async function tableCounts(): Promise<Record<string, number>> {
  const tables = ["municipality", "municipality_population", "application", "application_usage", "collaboration", "collaboration_participant", "collaboration_level_change", "audit_entry"];
  const counts: Record<string, number> = {};
  for (const table of tables) counts[table] = Number((await server.db.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);
  return counts;
}

const levelId = async (ordinal: number): Promise<string> =>
  ok(await server.gql(graphql(`query FoundationMutationsCollaborationLevels { collaborationLevels { id ordinal } }`))).collaborationLevels!.find((l: any) => l.ordinal === ordinal)!.id;

describe("invalid input answers with userErrors and changes nothing", () => {
  it("municipalityCreate: malformed code, blank name, duplicate year", async () => {
    const before = await tableCounts();
    const result = ok(
      await server.gql(
        graphql(`mutation FoundationMutationsMunicipalityCreate { municipalityCreate(input: { code: "14a", name: "  ", populations: [{ year: 2024, population: 10 }, { year: 2024, population: 11 }] }) {
        municipality { id } userErrors { field message code } } }`),
      ),
    ).municipalityCreate;
    expect(result!.municipality).toBeNull();
    expect(result!.userErrors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: ["input", "code"], code: "INVALID" }),
        expect.objectContaining({ field: ["input", "name"], code: "REQUIRED" }),
        expect.objectContaining({ field: ["input", "populations", "1", "year"], code: "DUPLICATE" }),
      ]),
    );
    expect(await tableCounts()).toEqual(before);
  });

  it("municipalityCreate: an existing code is a DUPLICATE; a good one is created with its populations", async () => {
    const duplicate = ok(
      await server.gql(graphql(`mutation FoundationMutationsMunicipalityCreate2($code: String!) { municipalityCreate(input: { code: $code, name: "Bengtby igen" }) { userErrors { field code } } }`), {
        code: b.code,
      }),
    ).municipalityCreate;
    expect(duplicate!.userErrors).toEqual([{ field: ["input", "code"], code: "DUPLICATE" }]);
    const created = ok(
      await server.gql(
        graphql(`mutation FoundationMutationsMunicipalityCreate3 { municipalityCreate(input: { code: "1737", name: "Torsby", county: "Värmlands län", populations: [{ year: 2024, population: 11500 }] }) {
        municipality { code population { year population } } userErrors { code } } }`),
      ),
    ).municipalityCreate;
    expect(created).toEqual({ municipality: { code: "1737", population: { year: 2024, population: 11500 } }, userErrors: [] });
  });

  it("applicationUsageCreate: fits outside 1–4, a future date and a foreign IT unit are refused together", async () => {
    const before = await tableCounts();
    const app = lifecare.id;
    const foreignUnit = bUnit.id;
    const result = ok(
      await server.gql(
        graphql(`mutation FoundationMutationsApplicationUsageCreate($m: ID!, $a: ID!, $u: ID) { applicationUsageCreate(input: { municipalityId: $m, applicationId: $a, functionalFit: 7, technicalFit: 0, inUseSince: "2027-01-01", itUnitId: $u }) {
          applicationUsage { id } userErrors { field code } } }`),
        { m: d.id, a: app, u: foreignUnit },
      ),
    ).applicationUsageCreate;
    expect(result!.applicationUsage).toBeNull();
    expect(result!.userErrors.map((e: any) => `${e.field.join(".")}:${e.code}`).sort()).toEqual(
      ["input.functionalFit:OUT_OF_RANGE", "input.inUseSince:DATE_IN_FUTURE", "input.itUnitId:INVALID", "input.technicalFit:OUT_OF_RANGE"].sort(),
    );
    expect(await tableCounts()).toEqual(before);
  });

  it("collaborationCreate: one unknown participant refuses the whole collaboration, participants and history", async () => {
    const before = await tableCounts();
    const host = b.id;
    const app = byggr.id;
    const result = ok(
      await server.gql(
        graphql(`mutation FoundationMutationsCollaborationCreate($h: ID!, $a: ID!, $l: ID!) { collaborationCreate(input: { name: "Gemensamt bygglov", applicationId: $a, hostMunicipalityId: $h, participantIds: ["TXVuaWNpcGFsaXR5Ojk5OTk"], levelId: $l }) {
          collaboration { id } userErrors { field code } } }`),
        { h: host, a: app, l: await levelId(2) },
      ),
    ).collaborationCreate;
    expect(result).toEqual({ collaboration: null, userErrors: [{ field: ["input", "participantIds", "0"], code: "NOT_FOUND" }] });
    expect(await tableCounts()).toEqual(before);
  });

  it("malformed IDs of the wrong type are NOT_FOUND, not faults", async () => {
    const app = ok(await server.gql(graphql(`query FoundationMutationsApplications { applications(first: 1) { nodes { id } } }`))).applications!.nodes[0].id;
    const result = ok(
      await server.gql(graphql(`mutation FoundationMutationsMunicipalityUpdate($id: ID!) { municipalityUpdate(input: { id: $id, name: "X" }) { municipality { id } userErrors { field code } } }`), {
        id: app,
      }),
    ).municipalityUpdate;
    expect(result!.userErrors).toEqual([{ field: ["input", "id"], code: "NOT_FOUND" }]);
    const garbage = ok(await server.gql(graphql(`mutation FoundationMutationsMunicipalityUpdate2 { municipalityUpdate(input: { id: "!!!", name: "X" }) { userErrors { code } } }`))).municipalityUpdate;
    expect(garbage!.userErrors).toEqual([{ code: "NOT_FOUND" }]);
  });
});

describe("collaboration level history", () => {
  const setLevel = graphql(`mutation FoundationMutationsCollaborationLevelSet($c: ID!, $l: ID!, $on: LocalDate, $ref: String, $why: String) {
    collaborationLevelSet(input: { collaborationId: $c, levelId: $l, changedOn: $on, decisionReference: $ref, reason: "test", correctionReason: $why }) {
      collaboration { level { ordinal } levelSince levelHistory { changedOn decisionReference fromLevel { ordinal } toLevel { ordinal } } }
      userErrors { field code message } } }`);

  it("refuses a date in the future, a date before the previous change and an unchanged level, changing nothing", async () => {
    const before = await tableCounts();
    const future = ok(await server.gql(setLevel, { c: gis.id, l: await levelId(3), on: "2026-06-16" })).collaborationLevelSet;
    expect(future!.userErrors).toEqual([expect.objectContaining({ field: ["input", "changedOn"], code: "DATE_IN_FUTURE" })]);
    const early = ok(await server.gql(setLevel, { c: gis.id, l: await levelId(3), on: "2014-05-31" })).collaborationLevelSet;
    expect(early!.userErrors).toContainEqual(expect.objectContaining({ field: ["input", "changedOn"], code: "CORRECTION_REASON_REQUIRED" }));
    expect(early!.userErrors).toContainEqual(expect.objectContaining({ field: ["input", "changedOn"], code: "DATE_BEFORE_PREVIOUS" }));
    const same = ok(await server.gql(setLevel, { c: gis.id, l: await levelId(2), on: "2020-01-01", why: "Rättelse" })).collaborationLevelSet;
    expect(same!.userErrors).toEqual([expect.objectContaining({ field: ["input", "levelId"], code: "UNCHANGED" })]);
    expect(await tableCounts()).toEqual(before);
  });

  it("appends a dated entry, moves the current level and keeps the history ordered", async () => {
    const result = ok(await server.gql(setLevel, { c: gis.id, l: await levelId(3), on: "2025-09-01", ref: "DKF 2025/7", why: "Beslutet registrerades inte i tid" })).collaborationLevelSet;
    expect(result!.userErrors).toEqual([]);
    expect(result!.collaboration!.level.ordinal).toBe(3);
    expect(result!.collaboration!.levelSince).toBe("2025-09-01");
    expect(result!.collaboration!.levelHistory).toEqual([
      { changedOn: "2006-09-01", decisionReference: "IT-chefsgruppen 2006-08", fromLevel: null, toLevel: { ordinal: 1 } },
      { changedOn: "2014-06-01", decisionReference: "IT-chefsgruppen 2014-05", fromLevel: { ordinal: 1 }, toLevel: { ordinal: 2 } },
      { changedOn: "2025-09-01", decisionReference: "DKF 2025/7", fromLevel: { ordinal: 2 }, toLevel: { ordinal: 3 } },
    ]);
    // Same-day changes are allowed and keep the order they were made in.
    const again = ok(await server.gql(setLevel, { c: gis.id, l: await levelId(4), on: "2025-09-01", why: "Samma dag" })).collaborationLevelSet;
    expect(again!.collaboration!.levelHistory.map((h: any) => h.toLevel.ordinal)).toEqual([1, 2, 3, 4]);
    expect(again!.collaboration!.level.ordinal).toBe(4);
  });

  it("answers the level in force on any past date from the history", async () => {
    const query = graphql(`query FoundationMutationsNode($id: ID!) { node(id: $id) { ... on Collaboration {
      y2004: levelOn(date: "2004-12-31") { ordinal } y2005: levelOn(date: "2005-06-01") { ordinal }
      y2007: levelOn(date: "2007-12-31") { ordinal } y2008: levelOn(date: "2008-01-01") { ordinal } } } }`);
    expect(ok(await server.gql(query, { id: finance.id })).node).toEqual({ y2004: null, y2005: { ordinal: 1 }, y2007: { ordinal: 3 }, y2008: { ordinal: 4 } });
  });

  it("keeps a participant who leaves, with dates, and refuses the host leaving", async () => {
    const fargelanda = f.id;
    const mellerud = m.id;
    const remove =
      graphql(`mutation FoundationMutationsCollaborationParticipantRemove($c: ID!, $m: ID!) { collaborationParticipantRemove(input: { collaborationId: $c, municipalityId: $m, leftOn: "2026-03-31", correctionReason: "Utträdet registrerades sent" }) {
      collaboration { participants { municipality { code } } all: participants(includeFormer: true) { municipality { code } joinedOn leftOn } in2025: participants(asOf: "2025-01-01") { municipality { code } } }
      userErrors { field code } } }`);
    const left = ok(await server.gql(remove, { c: helpdesk.id, m: fargelanda })).collaborationParticipantRemove;
    expect(left!.userErrors).toEqual([]);
    expect(left!.collaboration!.participants.map((p: any) => p.municipality.code)).not.toContain(f.code);
    expect(left!.collaboration!.in2025.map((p: any) => p.municipality.code)).toContain(f.code);
    expect(left!.collaboration!.all).toContainEqual({ municipality: { code: f.code }, joinedOn: "2016-05-01", leftOn: "2026-03-31" });
    const host = ok(await server.gql(remove, { c: helpdesk.id, m: mellerud })).collaborationParticipantRemove;
    expect(host!.userErrors).toEqual([{ field: ["input", "municipalityId"], code: "CONFLICT" }]);
  });
});

describe("audit log", () => {
  it("records who changed what, with before and after, queryable per object", async () => {
    const id = m.id;
    ok(await server.gql(graphql(`mutation FoundationMutationsMunicipalityUpdate3($id: ID!) { municipalityUpdate(input: { id: $id, name: "Mellby kommun" }) { userErrors { code } } }`), { id }));
    ok(
      await server.gql(
        graphql(`mutation FoundationMutationsMunicipalityPopulationSet($id: ID!) { municipalityPopulationSet(input: { municipalityId: $id, year: 2025, population: 9010 }) { userErrors { code } } }`),
        { id },
      ),
    );
    const log = ok(
      await server.gql(
        graphql(`query FoundationMutationsAuditLog($id: ID!) { auditLog(objectId: $id) { totalCount nodes { at actorName operation changes { objectId kind fields { field before after } } } } }`),
        { id },
      ),
    ).auditLog;
    // The kit's municipalityCreate first, then the two changes.
    expect(log!.totalCount).toBe(3);
    expect(log!.nodes[0].operation).toBe("municipalityCreate");
    expect(log!.nodes[1]).toEqual({
      at: "2026-06-15T10:00:00.000Z",
      actorName: "test-admin",
      operation: "municipalityUpdate",
      changes: [{ objectId: id, kind: "UPDATE", fields: [{ field: "name", before: "Mellby", after: "Mellby kommun" }] }],
    });
    expect(log!.nodes[2].changes[0].fields).toEqual([{ field: "population2025", before: null, after: 9010 }]);
  });

  it("writes nothing for a refused mutation", async () => {
    const count = async () => ok(await server.gql(graphql(`query FoundationMutationsAuditLog2 { auditLog { totalCount } }`))).auditLog!.totalCount;
    const before = await count();
    ok(await server.gql(graphql(`mutation FoundationMutationsMunicipalityCreate4 { municipalityCreate(input: { code: "x", name: "" }) { userErrors { code } } }`)));
    expect(await count()).toBe(before);
  });
});
