import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/src/access/roles";
import { municipalityId, ok, startServer, type TestServer } from "../helpers/server";
import { agreementIds } from "./helpers";

let server: TestServer;
let ids: Record<string, string>;
let m: Record<string, string>;
let itUnit: Record<string, string>;
let bengtsfors: string;
let mellerud: string;
beforeAll(async () => {
  server = await startServer();
  ids = await agreementIds(server);
  m = Object.fromEntries(await Promise.all(["1460", "1438", "1439", "1461", "1492"].map(async (code) => [code, await municipalityId(server, code)])));
  const units = ok(await server.gql(`{ municipalities(first: 20) { nodes { itUnits { id name } } } }`)).municipalities.nodes.flatMap((n: any) => n.itUnits);
  itUnit = Object.fromEntries(units.map((u: any) => [u.name, u.id]));
  bengtsfors = await server.token(Role.EDITOR, "1460");
  mellerud = await server.token(Role.EDITOR, "1461");
});
afterAll(async () => server.close());

const AGREEMENT = `id name kind status currentTermEnd noticeDeadline noticeGivenOn terminatedOn
  schedule { status currentTermEnd extensionsUsed renewsAutomatically }
  municipalities { code } itUnits { name } costKey { kind shares { municipality { code } shareBasisPoints } }`;
const RESULT = `userErrors { field code message } agreement { ${AGREEMENT} }`;
const CREATE = `mutation($input: AgreementCreateInput!) { agreementCreate(input: $input) { ${RESULT} } }`;
const UPDATE = `mutation($input: AgreementUpdateInput!) { agreementUpdate(input: $input) { ${RESULT} } }`;
const EXTEND = `mutation($input: AgreementExtendInput!) { agreementExtend(input: $input) { ${RESULT} } }`;
const NOTICE = `mutation($input: AgreementGiveNoticeInput!) { agreementGiveNotice(input: $input) { ${RESULT} } }`;
const TERMINATE = `mutation($input: AgreementTerminateInput!) { agreementTerminate(input: $input) { ${RESULT} } }`;

const count = async () => ok(await server.gql(`{ agreements { totalCount } }`)).agreements.totalCount;
const snapshot = async (id: string) => ok(await server.gql(`query($id: ID!) { node(id: $id) { ... on Agreement { ${AGREEMENT} } } }`, { id })).node;
/** The user errors of a mutation's payload as "field.path:CODE", without the leading "input". */
const errors = (data: any) => (Object.values(data)[0] as any).userErrors.map((e: any) => `${e.field?.slice(1).join(".")}:${e.code}`);

const support = (overrides: Record<string, unknown> = {}) => ({
  kind: "SUPPORTAVTAL",
  name: "Supportavtal ByggR Bengtsfors",
  vendorName: "Sokigo AB",
  startDate: "2025-03-01",
  endDate: "2028-02-29",
  noticePeriod: { amount: 3, unit: "MONTHS" },
  renewalKind: "TACIT",
  renewalTermMonths: 12,
  maxExtensions: 2,
  municipalityIds: [m["1460"]],
  ...overrides,
});

describe("agreementCreate", () => {
  it("records an agreement with its parties and computes its deadlines", async () => {
    const before = await count();
    const data = ok(await server.gql(CREATE, { input: support({ annualCostSek: 48000, documentUrl: "https://diarie.example/BE-2025-12" }) }, { token: bengtsfors }));
    expect(data.agreementCreate.userErrors).toEqual([]);
    expect(data.agreementCreate.agreement).toMatchObject({
      kind: "SUPPORTAVTAL",
      // Decision deadline 2026-11-29 falls within the six-month warning horizon.
      status: "DECISION_DUE",
      currentTermEnd: "2028-02-29",
      // 29 Feb − 3 months keeps the day number (the Swedish rule), not the month's last day.
      noticeDeadline: "2027-11-29",
      municipalities: [{ code: "1460" }],
      schedule: { renewsAutomatically: true, extensionsUsed: 0 },
    });
    expect(await count()).toBe(before + 1);
    const log = ok(await server.gql(`query($id: ID!) { auditLog(objectId: $id) { nodes { operation changes { fields { field after } } } } }`, { id: data.agreementCreate.agreement.id }));
    const fields = log.auditLog.nodes[0].changes[0].fields;
    expect(log.auditLog.nodes[0].operation).toBe("agreementCreate");
    expect(fields.find((f: any) => f.field === "municipalities").after).toEqual([m["1460"]]);
  });

  it("refuses unsound terms with userErrors and changes nothing", async () => {
    const before = await count();
    const cases: [Record<string, unknown>, string[]][] = [
      [{ endDate: "2025-02-01" }, ["endDate:DATE_ORDER"]],
      [{ renewalKind: "NONE", renewalTermMonths: null, maxExtensions: null, endDate: "2025-06-30", noticePeriod: { amount: 6, unit: "MONTHS" } }, ["noticePeriod:OUT_OF_RANGE"]],
      [{ renewalTermMonths: 3, noticePeriod: { amount: 3, unit: "MONTHS" } }, ["noticePeriod:OUT_OF_RANGE"]],
      [{ renewalTermMonths: null }, ["renewalTermMonths:REQUIRED"]],
      [{ renewalKind: "NONE" }, ["renewalTermMonths:INVALID", "maxExtensions:INVALID"]],
      [{ maxExtensions: 50 }, ["maxExtensions:OUT_OF_RANGE"]],
      [{ name: "  " }, ["name:REQUIRED"]],
      [{ annualCostSek: -1, documentUrl: "ftp://x" }, ["documentUrl:INVALID", "annualCostSek:OUT_OF_RANGE"]],
      [{ municipalityIds: [] }, ["municipalityIds:REQUIRED"]],
      [{ municipalityIds: [m["1460"], "bm9wZToxMjM"] }, ["municipalityIds.1:NOT_FOUND"]],
      [{ municipalityIds: [m["1460"], m["1460"]] }, ["municipalityIds.1:DUPLICATE"]],
      [{ kind: "DRIFTAVTAL" }, ["itUnitIds:REQUIRED"]],
      [{ kind: "LEVERANTORSAVTAL", vendorName: null }, ["vendorName:REQUIRED"]],
      [{ kind: "SAMVERKANSAVTAL" }, ["municipalityIds:INVALID"]],
      [{ costKey: { kind: "EQUAL" } }, ["costKey:INVALID"]],
    ];
    for (const [overrides, expected] of cases) {
      const data = ok(await server.gql(CREATE, { input: support(overrides) }));
      expect(errors(data), JSON.stringify(overrides)).toEqual(expected);
      expect(data.agreementCreate.agreement).toBeNull();
    }
    expect(await count()).toBe(before);
  });

  it("validates a samverkansavtal's cost key", async () => {
    const base = { kind: "SAMVERKANSAVTAL", name: "Samverkansavtal e-arkiv", municipalityIds: [m["1460"], m["1438"], m["1492"]], renewalKind: "NONE", renewalTermMonths: null, maxExtensions: null };
    const shares = (bp: number[]) => [m["1460"], m["1438"], m["1492"]].map((municipalityId, i) => ({ municipalityId, shareBasisPoints: bp[i] }));
    const cases: [Record<string, unknown>, string[]][] = [
      [{ kind: "FIXED_SHARES", shares: shares([5000, 3000, 1000]) }, ["costKey.shares:OUT_OF_RANGE"]],
      [{ kind: "FIXED_SHARES", shares: shares([5000, 5000, 0]).slice(0, 2) }, ["costKey.shares:REQUIRED"]],
      [{ kind: "FIXED_SHARES", shares: [...shares([5000, 3000, 2000]), { municipalityId: m["1461"], shareBasisPoints: 0 }] }, ["costKey.shares.3.municipalityId:INVALID"]],
      [{ kind: "FIXED_SHARES", shares: shares([5000, 3000, 12000]) }, ["costKey.shares.2.shareBasisPoints:OUT_OF_RANGE", "costKey.shares:OUT_OF_RANGE"]],
      [{ kind: "BASE_PLUS_POPULATION" }, ["costKey.baseShareBasisPoints:REQUIRED"]],
      [{ kind: "EQUAL", populationYear: 2024 }, ["costKey.populationYear:INVALID"]],
      [{ kind: "POPULATION", shares: shares([5000, 3000, 2000]) }, ["costKey.shares:INVALID"]],
    ];
    for (const [costKey, expected] of cases) expect(errors(ok(await server.gql(CREATE, { input: support({ ...base, costKey }) }))), JSON.stringify(costKey)).toEqual(expected);

    const defaulted = ok(await server.gql(CREATE, { input: support(base) })).agreementCreate.agreement;
    expect(defaulted.costKey).toEqual({ kind: "POPULATION", shares: [] });
    const fixed = ok(await server.gql(CREATE, { input: support({ ...base, name: "Samverkansavtal e-arkiv 2", costKey: { kind: "FIXED_SHARES", shares: shares([5000, 2500, 2500]) } }) }));
    expect(fixed.agreementCreate.agreement.costKey.shares.map((s: any) => `${s.municipality.code}:${s.shareBasisPoints}`)).toEqual(["1460:5000", "1438:2500", "1492:2500"]);
    const allocation = ok(
      await server.gql(`query($id: ID!) { costAllocation(agreement: $id, totalOre: 1001) { shares { municipality { code } amountOre } } }`, { id: fixed.agreementCreate.agreement.id }),
    );
    // 1001 öre: 500.5 / 250.25 / 250.25 → the half öre goes to Bengtsfors (largest remainder).
    expect(allocation.costAllocation.shares.map((s: any) => `${s.municipality.code}:${s.amountOre}`)).toEqual(["1460:501", "1438:250", "1492:250"]);
  });

  it("lets an editor record only agreements its municipality is a party to", async () => {
    const before = await count();
    const refused = await server.gql(CREATE, { input: support({ municipalityIds: [m["1438"]] }) }, { token: bengtsfors });
    expect(refused.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    // A party through its IT unit counts.
    const viaUnit = ok(
      await server.gql(CREATE, { input: support({ kind: "DRIFTAVTAL", name: "Driftavtal ByggR", municipalityIds: [m["1438"]], itUnitIds: [itUnit["IT-enheten Bengtsfors"]] }) }, { token: bengtsfors }),
    );
    expect(viaUnit.agreementCreate.userErrors).toEqual([]);
    expect(await count()).toBe(before + 1);
    // …and so does the agreements filter on a municipality.
    const mine = ok(await server.gql(`query($m: ID!) { agreements(first: 100, municipality: $m, kind: DRIFTAVTAL) { nodes { name } } }`, { m: m["1460"] })).agreements.nodes;
    expect(mine.map((n: any) => n.name)).toEqual(["Driftavtal ByggR", "Driftavtal gemensamt ekonomisystem"]);
    const reader = await server.token(Role.READER);
    expect((await server.gql(CREATE, { input: support() }, { token: reader })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});

describe("agreementUpdate", () => {
  it("changes facts and lists, and validates the whole agreement", async () => {
    const id = ids["Samverkansavtal gemensam helpdesk"];
    const before = await snapshot(id);
    const refused = ok(await server.gql(UPDATE, { input: { id, municipalityIds: [m["1461"], m["1460"]] } }, { token: mellerud }));
    expect(errors(refused)).toEqual(["costKey.shares:REQUIRED"]);
    expect(errors(ok(await server.gql(UPDATE, { input: { id, endDate: "2019-12-31" } }, { token: mellerud })))).toEqual(["endDate:DATE_ORDER"]);
    expect(await snapshot(id)).toEqual(before);

    const shares = [
      { municipalityId: m["1461"], shareBasisPoints: 6000 },
      { municipalityId: m["1460"], shareBasisPoints: 4000 },
    ];
    const changed = ok(await server.gql(UPDATE, { input: { id, municipalityIds: [m["1461"], m["1460"]], costKey: { kind: "FIXED_SHARES", shares }, endDate: "2027-12-31" } }, { token: mellerud }));
    expect(changed.agreementUpdate.userErrors).toEqual([]);
    expect(changed.agreementUpdate.agreement).toMatchObject({ currentTermEnd: "2027-12-31", municipalities: [{ code: "1461" }, { code: "1460" }] });
    expect(changed.agreementUpdate.agreement.costKey.shares.map((s: any) => s.shareBasisPoints)).toEqual([6000, 4000]);
  });

  it("is refused to an editor whose municipality is not a party", async () => {
    const id = ids["Driftavtal telefoni"];
    const before = await snapshot(id);
    expect((await server.gql(UPDATE, { input: { id, name: "Kapat" } }, { token: bengtsfors })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    // Nor may an editor hand an agreement of its own over to others only.
    expect((await server.gql(UPDATE, { input: { id: ids["Supportavtal Procapita VoO Bengtsfors"], municipalityIds: [m["1438"]] } }, { token: bengtsfors })).errors?.[0].extensions?.code).toBe(
      "FORBIDDEN",
    );
    expect(await snapshot(id)).toEqual(before);
  });
});

describe("agreementExtend", () => {
  it("calls an express option, within the maximum", async () => {
    const id = ids["Leverantörsavtal Easit GO"];
    expect(errors(ok(await server.gql(EXTEND, { input: { id, extensions: 3 } }, { token: mellerud })))).toEqual(["extensions:OUT_OF_RANGE"]);
    const extended = ok(await server.gql(EXTEND, { input: { id } }, { token: mellerud })).agreementExtend;
    expect(extended.userErrors).toEqual([]);
    expect(extended.agreement.schedule).toMatchObject({ currentTermEnd: "2027-12-31", extensionsUsed: 1 });
    expect(ok(await server.gql(EXTEND, { input: { id } }, { token: mellerud })).agreementExtend.agreement.schedule.extensionsUsed).toBe(2);
    expect(errors(ok(await server.gql(EXTEND, { input: { id } }, { token: mellerud })))).toEqual(["extensions:OUT_OF_RANGE"]);
  });

  it("refuses tacit, fixed-term and ended agreements", async () => {
    expect(errors(ok(await server.gql(EXTEND, { input: { id: ids["Driftavtal telefoni"] } })))).toEqual(["id:CONFLICT"]);
    expect(errors(ok(await server.gql(EXTEND, { input: { id: ids["Leverantörsavtal Heroma"] } })))).toEqual(["id:CONFLICT"]);
    expect(errors(ok(await server.gql(EXTEND, { input: { id: ids["Leverantörsavtal Sitevision 2020–2026"] } })))).toEqual(["id:CONFLICT"]);
    expect((await server.gql(EXTEND, { input: { id: ids["Leverantörsavtal Raindance"] } }, { token: await server.token(Role.EDITOR, "1785") })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});

describe("agreementGiveNotice", () => {
  it("ends a tacit agreement at its current term end", async () => {
    const id = ids["Driftavtal gemensamt ekonomisystem"];
    expect(errors(ok(await server.gql(NOTICE, { input: { id, givenOn: "2026-06-16" } }, { token: bengtsfors })))).toEqual(["givenOn:DATE_IN_FUTURE"]);
    expect(errors(ok(await server.gql(NOTICE, { input: { id, givenOn: "2021-12-31" } }, { token: bengtsfors })))).toEqual(["givenOn:DATE_ORDER"]);
    expect((await snapshot(id)).noticeGivenOn).toBeNull();
    const given = ok(await server.gql(NOTICE, { input: { id } }, { token: bengtsfors })).agreementGiveNotice;
    expect(given.userErrors).toEqual([]);
    expect(given.agreement).toMatchObject({ noticeGivenOn: "2026-06-15", status: "NOTICE_PASSED", schedule: { currentTermEnd: "2026-12-31", renewsAutomatically: false } });
    expect(errors(ok(await server.gql(NOTICE, { input: { id } }, { token: bengtsfors })))).toEqual(["id:CONFLICT"]);
  });

  it("refuses an agreement that has ended, and other municipalities' editors", async () => {
    expect(errors(ok(await server.gql(NOTICE, { input: { id: ids["Leverantörsavtal telefonväxel och TRIO"] } })))).toEqual(["id:CONFLICT"]);
    expect((await server.gql(NOTICE, { input: { id: ids["Driftavtal telefoni"] } }, { token: bengtsfors })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});

describe("agreementTerminate", () => {
  it("ends an agreement early on a date, once", async () => {
    const id = ids["Supportavtal Procapita VoO Bengtsfors"];
    expect(errors(ok(await server.gql(TERMINATE, { input: { id, terminatedOn: "2026-07-01" } }, { token: bengtsfors })))).toEqual(["terminatedOn:DATE_IN_FUTURE"]);
    expect(errors(ok(await server.gql(TERMINATE, { input: { id, terminatedOn: "2023-06-30" } }, { token: bengtsfors })))).toEqual(["terminatedOn:DATE_ORDER"]);
    expect((await snapshot(id)).terminatedOn).toBeNull();
    const ended = ok(await server.gql(TERMINATE, { input: { id, terminatedOn: "2026-06-01" } }, { token: bengtsfors })).agreementTerminate;
    expect(ended.agreement).toMatchObject({ terminatedOn: "2026-06-01", status: "EXPIRED", currentTermEnd: "2026-06-01" });
    expect(errors(ok(await server.gql(TERMINATE, { input: { id } }, { token: bengtsfors })))).toEqual(["id:CONFLICT"]);
    expect(errors(ok(await server.gql(TERMINATE, { input: { id: ids["Leverantörsavtal telefonväxel och TRIO"] } })))).toEqual(["terminatedOn:CONFLICT"]);
  });
});
