/**
 * The agreement mutations (create, update, extend, give notice, terminate) over agreements this file
 * builds with the test kit, each with the terms its case needs.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/src/access/roles";
import { ok } from "../helpers/server";
import { type Agreement, type ItUnit, type Kit, type Municipality, months, startKit, graphql } from "../kit";
import type { AgreementCreateInput, CostKeyInput } from "../kit/generated/graphql";

let kit: Kit;
/** Six municipalities: Bengtby, Dalby, Fälla, Mellby and Åby (the five of most agreements) and Säby. */
let b: Municipality;
let d: Municipality;
let f: Municipality;
let m: Municipality;
let a: Municipality;
let s: Municipality;
let bengtbyUnit: ItUnit;
let bengtsfors: string;
let mellerud: string;
/** The agreements the update, extend, notice and terminate cases start from. */
let helpdesk: Agreement;
let telephonyOperation: Agreement;
let careSupport: Agreement;
let easit: Agreement;
let payroll: Agreement;
let website: Agreement;
let economyOperation: Agreement;
let telephonyVendor: Agreement;

beforeAll(async () => {
  kit = await startKit();
  b = await kit.municipality({ name: "Bengtby", population: 9_500 });
  d = await kit.municipality({ name: "Dalby", population: 4_500 });
  f = await kit.municipality({ name: "Fälla", population: 6_500 });
  m = await kit.municipality({ name: "Mellby", population: 9_000 });
  a = await kit.municipality({ name: "Åby", population: 13_000 });
  s = await kit.municipality({ name: "Säby", population: 15_000 });
  const five = [b, d, f, m, a];
  bengtbyUnit = await kit.itUnit({ municipality: b, name: "IT-enheten Bengtby" });
  const abyUnit = await kit.itUnit({ municipality: a, name: "IT-enheten Åby" });
  const tacit = (termMonths: number, maxExtensions: number) => ({ renewalKind: "TACIT" as const, renewalTermMonths: termMonths, maxExtensions });
  helpdesk = await kit.agreement({
    kind: "SAMVERKANSAVTAL",
    name: "Samverkansavtal gemensam helpdesk",
    parties: [m, b, f],
    starts: "2020-01-01",
    ends: "2026-12-31",
    more: { costKey: { kind: "FIXED_SHARES", shares: [m, b, f].map((x, i) => ({ municipalityId: x.id, shareBasisPoints: [5000, 3000, 2000][i] })) } },
  });
  telephonyOperation = await kit.agreement({
    kind: "DRIFTAVTAL",
    name: "Driftavtal telefoni",
    parties: [a],
    itUnits: [abyUnit],
    starts: "2024-01-01",
    ends: "2028-12-31",
    notice: months(3),
    more: tacit(12, 2),
  });
  careSupport = await kit.agreement({
    kind: "SUPPORTAVTAL",
    name: "Supportavtal Omsorg Bengtby",
    parties: [b],
    starts: "2023-07-01",
    ends: "2026-06-30",
    notice: { amount: 90, unit: "DAYS" },
    more: { vendorName: "Omsorgsleverantören AB" },
  });
  easit = await kit.agreement({
    name: "Leverantörsavtal ärendesystem",
    parties: [m, b, f],
    starts: "2024-01-01",
    ends: "2026-12-31",
    notice: months(3),
    more: { renewalKind: "EXPRESS", renewalTermMonths: 12, maxExtensions: 2 },
  });
  payroll = await kit.agreement({ name: "Leverantörsavtal lönesystem", parties: five, starts: "2019-10-01", ends: "2029-09-30" });
  website = await kit.agreement({ name: "Leverantörsavtal webbplats", parties: five, starts: "2020-05-01", ends: "2024-04-30", notice: months(3), more: tacit(12, 4) });
  // Notice given in January for the term ending in April: the website agreement has ended.
  expect(
    ok(
      await kit.server.gql(graphql(`mutation AgreementsMutationsAgreementGiveNotice($id: ID!) { agreementGiveNotice(input: { id: $id, givenOn: "2026-01-20" }) { userErrors { code } } }`), {
        id: website.id,
      }),
    ).agreementGiveNotice!.userErrors,
  ).toEqual([]);
  economyOperation = await kit.agreement({
    kind: "DRIFTAVTAL",
    name: "Driftavtal gemensamt ekonomisystem",
    parties: [b],
    itUnits: [bengtbyUnit],
    starts: "2022-01-01",
    ends: "2025-12-31",
    notice: months(6),
    more: tacit(12, 3),
  });
  // Two tacit renewals used up by 2025-02-28: ended.
  telephonyVendor = await kit.agreement({ name: "Leverantörsavtal telefonväxel", parties: [...five, s], starts: "2019-03-01", ends: "2023-02-28", notice: months(6), more: tacit(12, 2) });
  bengtsfors = await kit.server.token(Role.EDITOR, b.code);
  mellerud = await kit.server.token(Role.EDITOR, m.code);
});
afterAll(async () => kit.close());

// What every mutation below answers, as one fragment (codegen adds it to each document that spreads it).
graphql(`fragment AgreementsMutationsResult on AgreementPayload { userErrors { field code message } agreement { ...AgreementsMutationsAgreement } }`);
graphql(`fragment AgreementsMutationsAgreement on Agreement { id name kind status currentTermEnd noticeDeadline noticeGivenOn terminatedOn
  schedule { status currentTermEnd extensionsUsed renewsAutomatically }
  municipalities { code } itUnits { name } costKey { kind shares { municipality { code } shareBasisPoints } } }`);
const CREATE = graphql(`mutation AgreementsMutationsCreate($input: AgreementCreateInput!) { agreementCreate(input: $input) { ...AgreementsMutationsResult } }`);
const UPDATE = graphql(`mutation AgreementsMutationsUpdate($input: AgreementUpdateInput!) { agreementUpdate(input: $input) { ...AgreementsMutationsResult } }`);
const EXTEND = graphql(`mutation AgreementsMutationsExtend($input: AgreementExtendInput!) { agreementExtend(input: $input) { ...AgreementsMutationsResult } }`);
const NOTICE = graphql(`mutation AgreementsMutationsNotice($input: AgreementGiveNoticeInput!) { agreementGiveNotice(input: $input) { ...AgreementsMutationsResult } }`);
const TERMINATE = graphql(`mutation AgreementsMutationsTerminate($input: AgreementTerminateInput!) { agreementTerminate(input: $input) { ...AgreementsMutationsResult } }`);

const count = async () => ok(await kit.server.gql(graphql(`query AgreementsMutationsAgreements { agreements { totalCount } }`))).agreements!.totalCount;
const snapshot = async (id: string) => ok(await kit.server.gql(graphql(`query AgreementsMutationsSnapshot($id: ID!) { node(id: $id) { ...AgreementsMutationsAgreement } }`), { id })).node;
/** The user errors of a mutation's payload as "field.path:CODE", without the leading "input". */
const errors = (data: any) => (Object.values(data)[0] as any).userErrors.map((e: any) => `${e.field?.slice(1).join(".")}:${e.code}`);

const support = (overrides: Partial<AgreementCreateInput> = {}): AgreementCreateInput => ({
  kind: "SUPPORTAVTAL",
  name: "Supportavtal bygglov Bengtby",
  vendorName: "Sokigo AB",
  startDate: "2025-03-01",
  endDate: "2028-02-29",
  noticePeriod: { amount: 3, unit: "MONTHS" },
  renewalKind: "TACIT",
  renewalTermMonths: 12,
  maxExtensions: 2,
  municipalityIds: [b.id],
  ...overrides,
});

describe("agreementCreate", () => {
  it("records an agreement with its parties and computes its deadlines", async () => {
    const before = await count();
    const data = ok(await kit.server.gql(CREATE, { input: support({ annualCostSek: 48000, documentUrl: "https://diarie.example/BE-2025-12" }) }, { token: bengtsfors }));
    expect(data.agreementCreate!.userErrors).toEqual([]);
    expect(data.agreementCreate!.agreement).toMatchObject({
      kind: "SUPPORTAVTAL",
      // Decision deadline 2026-11-29 falls within the six-month warning horizon.
      status: "DECISION_DUE",
      currentTermEnd: "2028-02-29",
      // 29 Feb − 3 months keeps the day number (the Swedish rule), not the month's last day.
      noticeDeadline: "2027-11-29",
      municipalities: [{ code: b.code }],
      schedule: { renewsAutomatically: true, extensionsUsed: 0 },
    });
    expect(await count()).toBe(before + 1);
    const log = ok(
      await kit.server.gql(graphql(`query AgreementsMutationsAuditLog($id: ID!) { auditLog(objectId: $id) { nodes { operation changes { fields { field after } } } } }`), {
        id: data.agreementCreate!.agreement!.id,
      }),
    );
    const fields = log.auditLog!.nodes[0].changes[0].fields;
    expect(log.auditLog!.nodes[0].operation).toBe("agreementCreate");
    expect(fields.find((f: any) => f.field === "municipalities")!.after).toEqual([b.id]);
  });

  it("refuses unsound terms with userErrors and changes nothing", async () => {
    const before = await count();
    const cases: [Partial<AgreementCreateInput>, string[]][] = [
      [{ endDate: "2025-02-01" }, ["endDate:DATE_ORDER"]],
      [{ renewalKind: "NONE", renewalTermMonths: null, maxExtensions: null, endDate: "2025-06-30", noticePeriod: { amount: 6, unit: "MONTHS" } }, ["noticePeriod:OUT_OF_RANGE"]],
      [{ renewalTermMonths: 3, noticePeriod: { amount: 3, unit: "MONTHS" } }, ["noticePeriod:OUT_OF_RANGE"]],
      [{ renewalTermMonths: null }, ["renewalTermMonths:REQUIRED"]],
      [{ renewalKind: "NONE" }, ["renewalTermMonths:INVALID", "maxExtensions:INVALID"]],
      [{ maxExtensions: 50 }, ["maxExtensions:OUT_OF_RANGE"]],
      [{ name: "  " }, ["name:REQUIRED"]],
      [{ annualCostSek: -1, documentUrl: "ftp://x" }, ["documentUrl:INVALID", "annualCostSek:OUT_OF_RANGE"]],
      [{ municipalityIds: [] }, ["municipalityIds:REQUIRED"]],
      [{ municipalityIds: [b.id, "bm9wZToxMjM"] }, ["municipalityIds.1:NOT_FOUND"]],
      [{ municipalityIds: [b.id, b.id] }, ["municipalityIds.1:DUPLICATE"]],
      [{ kind: "DRIFTAVTAL" }, ["itUnitIds:REQUIRED"]],
      [{ kind: "LEVERANTORSAVTAL", vendorName: null }, ["vendorName:REQUIRED"]],
      [{ kind: "SAMVERKANSAVTAL" }, ["municipalityIds:INVALID"]],
      [{ costKey: { kind: "EQUAL" } }, ["costKey:INVALID"]],
    ];
    for (const [overrides, expected] of cases) {
      const data = ok(await kit.server.gql(CREATE, { input: support(overrides) }));
      expect(errors(data), JSON.stringify(overrides)).toEqual(expected);
      expect(data.agreementCreate!.agreement).toBeNull();
    }
    expect(await count()).toBe(before);
  });

  it("validates a samverkansavtal's cost key", async () => {
    const base: Partial<AgreementCreateInput> = {
      kind: "SAMVERKANSAVTAL",
      name: "Samverkansavtal e-arkiv",
      municipalityIds: [b.id, d.id, a.id],
      renewalKind: "NONE",
      renewalTermMonths: null,
      maxExtensions: null,
    };
    const shares = (bp: number[]) => [b.id, d.id, a.id].map((municipalityId, i) => ({ municipalityId, shareBasisPoints: bp[i] }));
    const cases: [CostKeyInput, string[]][] = [
      [{ kind: "FIXED_SHARES", shares: shares([5000, 3000, 1000]) }, ["costKey.shares:OUT_OF_RANGE"]],
      [{ kind: "FIXED_SHARES", shares: shares([5000, 5000, 0]).slice(0, 2) }, ["costKey.shares:REQUIRED"]],
      [{ kind: "FIXED_SHARES", shares: [...shares([5000, 3000, 2000]), { municipalityId: m.id, shareBasisPoints: 0 }] }, ["costKey.shares.3.municipalityId:INVALID"]],
      [{ kind: "FIXED_SHARES", shares: shares([5000, 3000, 12000]) }, ["costKey.shares.2.shareBasisPoints:OUT_OF_RANGE", "costKey.shares:OUT_OF_RANGE"]],
      [{ kind: "BASE_PLUS_POPULATION" }, ["costKey.baseShareBasisPoints:REQUIRED"]],
      [{ kind: "EQUAL", populationYear: 2024 }, ["costKey.populationYear:INVALID"]],
      [{ kind: "POPULATION", shares: shares([5000, 3000, 2000]) }, ["costKey.shares:INVALID"]],
    ];
    for (const [costKey, expected] of cases) expect(errors(ok(await kit.server.gql(CREATE, { input: support({ ...base, costKey }) }))), JSON.stringify(costKey)).toEqual(expected);

    const defaulted = ok(await kit.server.gql(CREATE, { input: support(base) })).agreementCreate!.agreement;
    expect(defaulted!.costKey).toEqual({ kind: "POPULATION", shares: [] });
    const fixed = ok(await kit.server.gql(CREATE, { input: support({ ...base, name: "Samverkansavtal e-arkiv 2", costKey: { kind: "FIXED_SHARES", shares: shares([5000, 2500, 2500]) } }) }));
    expect(fixed.agreementCreate!.agreement!.costKey!.shares.map((s: any) => `${s.municipality.code}:${s.shareBasisPoints}`)).toEqual([`${b.code}:5000`, `${d.code}:2500`, `${a.code}:2500`]);
    const allocation = ok(
      await kit.server.gql(graphql(`query AgreementsMutationsCostAllocation($id: ID!) { costAllocation(agreement: $id, totalOre: 1001) { shares { municipality { code } amountOre } } }`), {
        id: fixed.agreementCreate!.agreement!.id,
      }),
    );
    // 1001 öre: 500.5 / 250.25 / 250.25 → the half öre goes to Bengtby (largest remainder).
    expect(allocation.costAllocation!.shares.map((s: any) => `${s.municipality.code}:${s.amountOre}`)).toEqual([`${b.code}:501`, `${d.code}:250`, `${a.code}:250`]);
  });

  it("lets an editor record only agreements its municipality is a party to", async () => {
    const before = await count();
    const refused = await kit.server.gql(CREATE, { input: support({ municipalityIds: [d.id] }) }, { token: bengtsfors });
    expect(refused.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    // A party through its IT unit counts.
    const viaUnit = ok(await kit.server.gql(CREATE, { input: support({ kind: "DRIFTAVTAL", name: "Driftavtal ByggR", municipalityIds: [d.id], itUnitIds: [bengtbyUnit.id] }) }, { token: bengtsfors }));
    expect(viaUnit.agreementCreate!.userErrors).toEqual([]);
    expect(await count()).toBe(before + 1);
    // …and so does the agreements filter on a municipality.
    const mine = ok(await kit.server.gql(graphql(`query AgreementsMutationsAgreements2($m: ID!) { agreements(first: 100, municipality: $m, kind: DRIFTAVTAL) { nodes { name } } }`), { m: b.id }))
      .agreements!.nodes;
    expect(mine.map((n: any) => n.name)).toEqual(["Driftavtal ByggR", "Driftavtal gemensamt ekonomisystem"]);
    const reader = await kit.server.token(Role.READER);
    expect((await kit.server.gql(CREATE, { input: support() }, { token: reader })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});

describe("agreementUpdate", () => {
  it("changes facts and lists, and validates the whole agreement", async () => {
    const id = helpdesk.id;
    const before = await snapshot(id);
    const refused = ok(await kit.server.gql(UPDATE, { input: { id, municipalityIds: [m.id, b.id] } }, { token: mellerud }));
    expect(errors(refused)).toEqual(["costKey.shares:REQUIRED"]);
    expect(errors(ok(await kit.server.gql(UPDATE, { input: { id, endDate: "2019-12-31" } }, { token: mellerud })))).toEqual(["endDate:DATE_ORDER"]);
    expect(await snapshot(id)).toEqual(before);

    const shares = [
      { municipalityId: m.id, shareBasisPoints: 6000 },
      { municipalityId: b.id, shareBasisPoints: 4000 },
    ];
    const changed = ok(await kit.server.gql(UPDATE, { input: { id, municipalityIds: [m.id, b.id], costKey: { kind: "FIXED_SHARES", shares }, endDate: "2027-12-31" } }, { token: mellerud }));
    expect(changed.agreementUpdate!.userErrors).toEqual([]);
    expect(changed.agreementUpdate!.agreement).toMatchObject({ currentTermEnd: "2027-12-31", municipalities: [{ code: m.code }, { code: b.code }] });
    expect(changed.agreementUpdate!.agreement!.costKey!.shares.map((s: any) => s.shareBasisPoints)).toEqual([6000, 4000]);
  });

  it("is refused to an editor whose municipality is not a party", async () => {
    const id = telephonyOperation.id;
    const before = await snapshot(id);
    expect((await kit.server.gql(UPDATE, { input: { id, name: "Kapat" } }, { token: bengtsfors })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    // Nor may an editor hand an agreement of its own over to others only.
    expect((await kit.server.gql(UPDATE, { input: { id: careSupport.id, municipalityIds: [d.id] } }, { token: bengtsfors })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(await snapshot(id)).toEqual(before);
  });
});

describe("agreementExtend", () => {
  it("calls an express option, within the maximum", async () => {
    const id = easit.id;
    expect(errors(ok(await kit.server.gql(EXTEND, { input: { id, extensions: 3 } }, { token: mellerud })))).toEqual(["extensions:OUT_OF_RANGE"]);
    const extended = ok(await kit.server.gql(EXTEND, { input: { id } }, { token: mellerud })).agreementExtend;
    expect(extended!.userErrors).toEqual([]);
    expect(extended!.agreement!.schedule).toMatchObject({ currentTermEnd: "2027-12-31", extensionsUsed: 1 });
    expect(ok(await kit.server.gql(EXTEND, { input: { id } }, { token: mellerud })).agreementExtend!.agreement!.schedule.extensionsUsed).toBe(2);
    expect(errors(ok(await kit.server.gql(EXTEND, { input: { id } }, { token: mellerud })))).toEqual(["extensions:OUT_OF_RANGE"]);
  });

  it("refuses tacit, fixed-term and ended agreements", async () => {
    expect(errors(ok(await kit.server.gql(EXTEND, { input: { id: telephonyOperation.id } })))).toEqual(["id:CONFLICT"]);
    expect(errors(ok(await kit.server.gql(EXTEND, { input: { id: payroll.id } })))).toEqual(["id:CONFLICT"]);
    expect(errors(ok(await kit.server.gql(EXTEND, { input: { id: website.id } })))).toEqual(["id:CONFLICT"]);
    expect((await kit.server.gql(EXTEND, { input: { id: payroll.id } }, { token: await kit.server.token(Role.EDITOR, s.code) })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});

describe("agreementGiveNotice", () => {
  it("ends a tacit agreement at its current term end", async () => {
    const id = economyOperation.id;
    expect(errors(ok(await kit.server.gql(NOTICE, { input: { id, givenOn: "2026-06-16" } }, { token: bengtsfors })))).toEqual(["givenOn:DATE_IN_FUTURE"]);
    expect(errors(ok(await kit.server.gql(NOTICE, { input: { id, givenOn: "2021-12-31" } }, { token: bengtsfors })))).toEqual(["givenOn:DATE_ORDER"]);
    expect((await snapshot(id))!.noticeGivenOn).toBeNull();
    const given = ok(await kit.server.gql(NOTICE, { input: { id } }, { token: bengtsfors })).agreementGiveNotice;
    expect(given!.userErrors).toEqual([]);
    expect(given!.agreement).toMatchObject({ noticeGivenOn: "2026-06-15", status: "NOTICE_PASSED", schedule: { currentTermEnd: "2026-12-31", renewsAutomatically: false } });
    expect(errors(ok(await kit.server.gql(NOTICE, { input: { id } }, { token: bengtsfors })))).toEqual(["id:CONFLICT"]);
  });

  it("refuses an agreement that has ended, and other municipalities' editors", async () => {
    expect(errors(ok(await kit.server.gql(NOTICE, { input: { id: telephonyVendor.id } })))).toEqual(["id:CONFLICT"]);
    expect((await kit.server.gql(NOTICE, { input: { id: telephonyOperation.id } }, { token: bengtsfors })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});

describe("agreementTerminate", () => {
  it("ends an agreement early on a date, once", async () => {
    const id = careSupport.id;
    expect(errors(ok(await kit.server.gql(TERMINATE, { input: { id, terminatedOn: "2026-07-01" } }, { token: bengtsfors })))).toEqual(["terminatedOn:DATE_IN_FUTURE"]);
    expect(errors(ok(await kit.server.gql(TERMINATE, { input: { id, terminatedOn: "2023-06-30" } }, { token: bengtsfors })))).toEqual(["terminatedOn:DATE_ORDER"]);
    expect((await snapshot(id))!.terminatedOn).toBeNull();
    const ended = ok(await kit.server.gql(TERMINATE, { input: { id, terminatedOn: "2026-06-01" } }, { token: bengtsfors })).agreementTerminate;
    expect(ended!.agreement).toMatchObject({ terminatedOn: "2026-06-01", status: "EXPIRED", currentTermEnd: "2026-06-01" });
    expect(errors(ok(await kit.server.gql(TERMINATE, { input: { id } }, { token: bengtsfors })))).toEqual(["id:CONFLICT"]);
    expect(errors(ok(await kit.server.gql(TERMINATE, { input: { id: telephonyVendor.id } })))).toEqual(["terminatedOn:CONFLICT"]);
  });
});
