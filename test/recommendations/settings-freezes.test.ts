import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/src/access/roles";
import { municipalityId, ok, startServer, type TestServer } from "../helpers/server";
import { type Kit, type Municipality, startKit, graphql } from "../kit";
import type { ChangeFreezePeriodInput } from "../kit/generated/graphql";

/**
 * Trigger settings and change freezes over data this file builds with the test kit: three
 * municipalities deepening a level-2 GIS collaboration, the first with a New Year freeze. One test is
 * about the seed (the freezes it ships for the Dalsland members) and starts a seeded server of its own.
 */
let kit: Kit;
let server: TestServer;
let b: Municipality;
let d: Municipality;
let f: Municipality;
let GIS: string;
beforeAll(async () => {
  kit = await startKit();
  server = kit.server;
  b = await kit.municipality({ name: "Bengtby" });
  d = await kit.municipality({ name: "Dalby" });
  f = await kit.municipality({ name: "Fälla" });
  const application = await kit.application({ name: "Geosecma", category: "GIS" });
  for (const municipality of [b, d, f]) await kit.usage({ municipality, application });
  await kit.collaboration({ name: "GIS-samverkan", level: 2, participants: [b, d, f], application, startedOn: "2010-01-01" });
  await kit.changeFreeze({ municipality: b, name: "Årsskifte", period: { kind: "DAY_MONTH", fromMonthDay: "12-15", toMonthDay: "01-15" } });
  GIS = ok(await server.gql(graphql(`query SettingsFreezesCollaborationCandidates { collaborationCandidates(first: 100) { nodes { key category } } }`))).collaborationCandidates!.nodes.find(
    (c: any) => c.category === "GIS",
  )!.key;
});
afterAll(async () => kit.close());

const SETTINGS = graphql(
  `query SettingsFreezesTriggerSettings { triggerSettings { id agreementHorizonMonths poorFitThreshold competenceRiskMinScore jointLevel weightSameApplication transitionWindowDays } }`,
);
const UPDATE = graphql(
  `mutation SettingsFreezesTriggerSettingsUpdate($input: TriggerSettingsUpdateInput!) { triggerSettingsUpdate(input: $input) { triggerSettings { weightSameApplication poorFitThreshold } userErrors { field code } } }`,
);

describe("trigger settings", () => {
  it("are the documented defaults, readable by readers", async () => {
    const reader = await server.token(Role.READER);
    expect(ok(await server.gql(SETTINGS, {}, { token: reader })).triggerSettings).toMatchObject({
      agreementHorizonMonths: 24,
      poorFitThreshold: 2,
      competenceRiskMinScore: 60,
      jointLevel: 3,
      weightSameApplication: 25,
      transitionWindowDays: 28,
    });
  });

  it("only admins change them; out-of-range values are refused and change nothing; a change is audited and moves the scores", async () => {
    const editor = await server.token(Role.EDITOR, b.code);
    expect((await server.gql(UPDATE, { input: { weightSameApplication: 10 } }, { token: editor })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const bad = ok(await server.gql(UPDATE, { input: { weightSameApplication: 10, poorFitThreshold: 7 } })).triggerSettingsUpdate;
    expect(bad!.userErrors).toEqual([{ field: ["input", "poorFitThreshold"], code: "OUT_OF_RANGE" }]);
    expect(ok(await server.gql(SETTINGS)).triggerSettings!.weightSameApplication).toBe(25);

    const gisScore = async () =>
      ok(
        await server.gql(graphql(`query SettingsFreezesCollaborationCandidates2 { collaborationCandidates(first: 100) { nodes { key score contributions { trigger weight } } } }`)),
      ).collaborationCandidates!.nodes.find((n: any) => n.key === GIS);
    const before = await gisScore();
    const done = ok(await server.gql(UPDATE, { input: { weightSameApplication: 10 } })).triggerSettingsUpdate;
    expect(done).toEqual({ triggerSettings: { weightSameApplication: 10, poorFitThreshold: 2 }, userErrors: [] });
    const after = await gisScore();
    expect(after!.contributions.find((c: any) => c.trigger === "SAME_APPLICATION")!.weight).toBe(10);
    expect(after!.score).toBe(before!.score - 15 + 6);
    expect(ok(await server.gql(UPDATE, { input: { weightSameApplication: 10 } })).triggerSettingsUpdate!.userErrors[0].code).toBe("UNCHANGED");
    const id = ok(await server.gql(SETTINGS)).triggerSettings!.id;
    const audit = ok(await server.gql(graphql(`query SettingsFreezesAuditLog($id: ID!) { auditLog(objectId: $id) { nodes { operation changes { fields { field before after } } } } }`), { id }))
      .auditLog!.nodes;
    expect(audit).toEqual([{ operation: "triggerSettingsUpdate", changes: [{ fields: [{ field: "weightSameApplication", before: 25, after: 10 }] }] }]);
  });
});

const CREATE = graphql(
  `mutation SettingsFreezesChangeFreezeCreate($input: ChangeFreezeCreateInput!) { changeFreezeCreate(input: $input) { changeFreeze { id name kind category periods(year: 2026) { from to } municipality { code } } userErrors { field code } } }`,
);

describe("change freezes", () => {
  it("are seeded for the Dalsland members, with the education environment's own periods", async () => {
    // About the seed: a seeded server of its own.
    const seeded = await startServer();
    try {
      await seededFreezes(seeded);
    } finally {
      await seeded.close();
    }
  });
  async function seededFreezes(server: TestServer) {
    const freezes = ok(
      await server.gql(
        graphql(
          `query SettingsFreezesChangeFreezes($m: ID) { changeFreezes(municipality: $m, first: 100) { totalCount nodes { name kind category fromWeek toWeek fromMonthDay toMonthDay periods(year: 2026) { from to } } } }`,
        ),
        { m: await municipalityId(server, "1438") },
      ),
    ).changeFreezes;
    expect(freezes!.totalCount).toBe(8);
    expect(freezes!.nodes.find((f: any) => f.name === "Sommarperiod")).toMatchObject({
      kind: "ISO_WEEKS",
      fromWeek: 27,
      toWeek: 32,
      category: null,
      periods: [{ from: "2026-06-29", to: "2026-08-09" }],
    });
    expect(freezes!.nodes.find((f: any) => f.name === "Årsskifte")!.periods).toEqual([{ from: "2026-12-15", to: "2027-01-15" }]);
    expect(freezes!.nodes.filter((f: any) => f.category === "SCHOOL")).toHaveLength(6);
    const saffle = ok(
      await server.gql(graphql(`query SettingsFreezesChangeFreezes2($m: ID) { changeFreezes(municipality: $m) { totalCount } }`), { m: await municipalityId(server, "1785") }),
    ).changeFreezes;
    expect(saffle!.totalCount).toBe(0);
    const amal = ok(await server.gql(graphql(`query SettingsFreezesMunicipality { municipality(code: "1492") { changeFreezes { name kind fromDate toDate } } }`))).municipality!.changeFreezes;
    expect(amal).toContainEqual({ name: "Allmänna val 2026", kind: "DATES", fromDate: "2026-08-24", toDate: "2026-09-20" });
  }

  it("editors manage their own municipality's freezes; the period is validated; a week-53 freeze applies in 2026", async () => {
    const bengtsfors = await server.token(Role.EDITOR, b.code);
    const own = b.id;
    const other = d.id;
    const input = (m: string, period: ChangeFreezePeriodInput) => ({ input: { municipalityId: m, name: "Vecka 53", period } });
    expect((await server.gql(CREATE, input(other, { kind: "ISO_WEEKS", fromWeek: 53, toWeek: 53 }), { token: bengtsfors })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const bad = ok(await server.gql(CREATE, input(own, { kind: "ISO_WEEKS", fromWeek: 54, fromMonthDay: "12-01" }), { token: bengtsfors })).changeFreezeCreate;
    expect(bad!.userErrors.map((e: any) => [e.field.join("."), e.code])).toEqual([
      ["input.period.toWeek", "REQUIRED"],
      ["input.period.fromMonthDay", "INVALID"],
      ["input.period.fromWeek", "OUT_OF_RANGE"],
    ]);
    const badDates = ok(await server.gql(CREATE, input(own, { kind: "DATES", fromDate: "2026-09-02", toDate: "2026-09-01" }), { token: bengtsfors })).changeFreezeCreate;
    expect(badDates!.userErrors.map((e: any) => e.code)).toEqual(["DATE_ORDER"]);

    const created = ok(await server.gql(CREATE, input(own, { kind: "ISO_WEEKS", fromWeek: 53, toWeek: 53 }), { token: bengtsfors })).changeFreezeCreate;
    expect(created!.userErrors).toEqual([]);
    expect(created!.changeFreeze).toMatchObject({ kind: "ISO_WEEKS", category: null, municipality: { code: b.code }, periods: [{ from: "2026-12-28", to: "2027-01-03" }] });
    const id = created!.changeFreeze!.id;
    const updated = ok(
      await server.gql(
        graphql(
          `mutation SettingsFreezesChangeFreezeUpdate($id: ID!) { changeFreezeUpdate(input: { id: $id, category: SCHOOL, period: { kind: DAY_MONTH, fromMonthDay: "02-29", toMonthDay: "03-05" } }) { changeFreeze { kind category fromWeek fromMonthDay periods(year: 2027) { from to } } userErrors { code } } }`,
        ),
        { id },
        { token: bengtsfors },
      ),
    ).changeFreezeUpdate;
    expect(updated).toEqual({ changeFreeze: { kind: "DAY_MONTH", category: "SCHOOL", fromWeek: null, fromMonthDay: "02-29", periods: [{ from: "2027-02-28", to: "2027-03-05" }] }, userErrors: [] });
    const deleted = ok(
      await server.gql(
        graphql(`mutation SettingsFreezesChangeFreezeDelete($id: ID!) { changeFreezeDelete(input: { id: $id }) { changeFreeze { name } userErrors { code } } }`),
        { id },
        { token: bengtsfors },
      ),
    ).changeFreezeDelete;
    expect(deleted).toEqual({ changeFreeze: { name: "Vecka 53" }, userErrors: [] });
    expect(ok(await server.gql(graphql(`query SettingsFreezesNode($id: ID!) { node(id: $id) { id } }`), { id })).node).toBeNull();
  });

  it("an announced freeze moves the transition window of the candidates its municipality takes part in", async () => {
    const window = async () =>
      ok(
        await server.gql(graphql(`query SettingsFreezesCollaborationCandidates3 { collaborationCandidates(first: 100) { nodes { key transitionWindow { start end avoidedFreezes } } } }`)),
      ).collaborationCandidates!.nodes.find((n: any) => n.key === GIS)!.transitionWindow;
    expect(await window()).toMatchObject({ start: "2028-01-16", end: "2028-02-12" });
    const created = ok(
      await server.gql(CREATE, { input: { municipalityId: f.id, name: "Byte av nätverk", period: { kind: "DATES", fromDate: "2028-01-20", toDate: "2028-02-29" } } }),
    ).changeFreezeCreate;
    expect(created!.userErrors).toEqual([]);
    expect(await window()).toEqual({ start: "2028-03-01", end: "2028-03-28", avoidedFreezes: ["Årsskifte", "Byte av nätverk"] });
  });
});
