/**
 * The agreements query, the computed deadlines and the cost allocation over eighteen agreements this
 * file builds with the test kit (the terms of a regional IT cooperation's agreements: tacit and
 * express renewals, notices given, a support agreement in days, samverkansavtal with every cost key).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApplicationCategory } from "../kit/generated/graphql";
import { ok } from "../helpers/server";
import { type Agreement, type Application, type Collaboration, days, type ItUnit, type Kit, type Municipality, months, startKit, graphql } from "../kit";

let kit: Kit;
/** The five members (Bengtby … Åby, with a real region's 2024 populations) and two neighbours (Säby, Årby). */
let b: Municipality;
let d: Municipality;
let f: Municipality;
let m: Municipality;
let a: Municipality;
let s: Municipality;
let r: Municipality;
let sitevision: Application;
let finance: Collaboration;
let library: Collaboration;
/** The agreements built, by name. */
let ids: Record<string, string>;

beforeAll(async () => {
  kit = await startKit();
  const municipality = (name: string, population: number) => kit.municipality({ name, populations: [{ year: 2024, population }] });
  b = await municipality("Bengtby", 9076);
  d = await municipality("Dalby", 4606);
  f = await municipality("Fälla", 6376);
  m = await municipality("Mellby", 9052);
  a = await municipality("Åby", 11906);
  s = await municipality("Säby", 15_000);
  r = await municipality("Årby", 9_800);
  const five = [b, d, f, m, a];
  const seven = [...five, s, r];
  const unit = (municipality: Municipality): Promise<ItUnit> => kit.itUnit({ municipality, name: `IT-enheten ${municipality.name}` });
  const [bUnit, fUnit, mUnit, aUnit] = [await unit(b), await unit(f), await unit(m), await unit(a)];
  const app = (name: string, category: ApplicationCategory) => kit.application({ name, category });
  const raindance = await app("Raindance", "FINANCE");
  const heroma = await app("Heroma", "PAYROLL_HR");
  const exchange = await app("Alcatel-växel med TRIO-hänvisning", "TELEPHONY");
  sitevision = await app("Sitevision", "INFORMATION");
  const bookIt = await app("Book-IT", "LIBRARY");
  const easit = await app("Easit GO", "HELPDESK");
  const procapita = await app("Procapita VoO", "CARE");
  const collaboration = (name: string, level: number, application: Application, participants: Municipality[]) => kit.collaboration({ name, level, application, participants, startedOn: "2005-01-01" });
  const telephony = await collaboration("Gemensam telefoni", 4, exchange, seven);
  finance = await collaboration("Gemensamt ekonomisystem", 4, raindance, five);
  const web = await collaboration("Gemensam webb", 3, sitevision, five);
  const payroll = await collaboration("Gemensamt PA- och lönesystem", 4, heroma, five);
  library = await collaboration("Gemensamt bibliotekssystem", 5, bookIt, [b, d, f, m]);
  await collaboration("Gemensam helpdesk", 3, easit, [b, m, f]);

  const tacit = (renewalTermMonths: number, maxExtensions: number) => ({ renewalKind: "TACIT" as const, renewalTermMonths, maxExtensions });
  const express = (renewalTermMonths: number, maxExtensions: number) => ({ renewalKind: "EXPRESS" as const, renewalTermMonths, maxExtensions });
  const covers = (...applications: Application[]) => ({ applicationIds: applications.map((x) => x.id) });
  const built: Agreement[] = [];
  const agreement = async (options: Parameters<Kit["agreement"]>[0]) => {
    const made = await kit.agreement(options);
    built.push(made);
    return made;
  };
  await agreement({
    kind: "DRIFTAVTAL",
    name: "Driftavtal gemensamt ekonomisystem",
    parties: [b],
    itUnits: [bUnit],
    collaborations: [finance],
    starts: "2022-01-01",
    ends: "2025-12-31",
    notice: months(6),
    more: tacit(12, 3),
  });
  // Two-month options, both called today: from 31 August to 31 December.
  const raindanceVendor = await agreement({
    name: "Leverantörsavtal Raindance",
    parties: five,
    starts: "2021-01-01",
    ends: "2026-08-31",
    notice: months(1),
    more: { ...express(2, 2), ...covers(raindance) },
  });
  await agreement({
    kind: "SAMVERKANSAVTAL",
    name: "Samverkansavtal gemensamt ekonomisystem",
    parties: five,
    collaborations: [finance],
    starts: "2023-01-01",
    ends: "2028-12-31",
    notice: months(12),
    more: { ...tacit(24, 2), annualCostSek: 1_000_000, costKey: { kind: "POPULATION", populationYear: 2024 } },
  });
  await agreement({
    kind: "SAMVERKANSAVTAL",
    name: "Samverkansavtal PA- och lönesystem",
    parties: five,
    collaborations: [payroll],
    starts: "2019-10-01",
    ends: "2029-09-30",
    notice: months(12),
    more: { annualCostSek: 1_600_000, costKey: { kind: "POPULATION" } },
  });
  await agreement({
    kind: "DRIFTAVTAL",
    name: "Driftavtal PA- och lönesystem",
    parties: [f],
    itUnits: [fUnit],
    collaborations: [payroll],
    starts: "2019-10-01",
    ends: "2023-09-30",
    notice: months(6),
    more: { ...tacit(12, 5), procurementLeadTimeMonths: 6 },
  });
  await agreement({ name: "Leverantörsavtal Heroma", parties: five, starts: "2019-10-01", ends: "2029-09-30", more: covers(heroma) });
  await agreement({
    kind: "DRIFTAVTAL",
    name: "Driftavtal telefoni",
    parties: [a],
    itUnits: [aUnit],
    collaborations: [telephony],
    starts: "2024-01-01",
    ends: "2028-12-31",
    notice: months(3),
    more: tacit(12, 2),
  });
  await agreement({ name: "Leverantörsavtal telefonväxel och TRIO", parties: seven, starts: "2019-03-01", ends: "2023-02-28", notice: months(6), more: { ...tacit(12, 2), ...covers(exchange) } });
  await agreement({
    kind: "SAMVERKANSAVTAL",
    name: "Samverkansavtal telefoni",
    parties: seven,
    collaborations: [telephony],
    starts: "2024-01-01",
    ends: "2028-12-31",
    notice: months(6),
    more: { ...tacit(12, 2), annualCostSek: 2_200_000, costKey: { kind: "BASE_PLUS_POPULATION", populationYear: 2024, baseShareBasisPoints: 3000 } },
  });
  await agreement({ kind: "DRIFTAVTAL", name: "Driftavtal webbplattform", parties: [m], itUnits: [mUnit], collaborations: [web], starts: "2022-05-01", ends: "2027-04-30", notice: months(6) });
  const oldWebsite = await agreement({
    name: "Leverantörsavtal Sitevision 2020–2026",
    parties: five,
    starts: "2020-05-01",
    ends: "2024-04-30",
    notice: months(3),
    more: { ...tacit(12, 4), ...covers(sitevision) },
  });
  await agreement({ name: "Leverantörsavtal Sitevision 2026–2030", parties: five, starts: "2026-05-01", ends: "2030-04-30", notice: months(3), more: { ...express(12, 2), ...covers(sitevision) } });
  const bookItVendor = await agreement({
    name: "Leverantörsavtal Book-IT",
    parties: [b, d, f, m],
    collaborations: [library],
    starts: "2021-09-01",
    ends: "2024-08-31",
    notice: months(6),
    more: tacit(12, 3),
  });
  await agreement({
    kind: "DRIFTAVTAL",
    name: "Driftavtal bibliotekssystem",
    parties: [m],
    itUnits: [mUnit],
    collaborations: [library],
    starts: "2021-09-01",
    ends: "2025-08-31",
    notice: months(3),
    more: tacit(12, 4),
  });
  await agreement({
    kind: "SAMVERKANSAVTAL",
    name: "Samverkansavtal bibliotekssystem",
    parties: [b, d, f, m],
    collaborations: [library],
    starts: "2013-01-01",
    ends: "2027-12-31",
    more: { annualCostSek: 180_000, costKey: { kind: "EQUAL" } },
  });
  await agreement({ name: "Leverantörsavtal Easit GO", parties: [m, b, f], starts: "2024-01-01", ends: "2026-12-31", notice: months(3), more: { ...express(12, 2), ...covers(easit) } });
  await agreement({
    kind: "SAMVERKANSAVTAL",
    name: "Samverkansavtal gemensam helpdesk",
    parties: [m, b, f],
    starts: "2020-01-01",
    ends: "2026-12-31",
    more: { annualCostSek: 240_000, costKey: { kind: "FIXED_SHARES", shares: [m, b, f].map((x, i) => ({ municipalityId: x.id, shareBasisPoints: [5000, 3000, 2000][i] })) } },
  });
  await agreement({
    kind: "SUPPORTAVTAL",
    name: "Supportavtal Procapita VoO Bengtby",
    parties: [b],
    starts: "2023-07-01",
    ends: "2026-06-30",
    notice: days(90),
    more: { vendorName: "Omsorgsleverantören AB", ...covers(procapita) },
  });
  // Raindance's two express options are called; notice is given on the old Sitevision and the Book-IT agreements.
  const extended = ok(
    await kit.server.gql(graphql(`mutation QueriesAgreementExtend($id: ID!) { agreementExtend(input: { id: $id, extensions: 2 }) { userErrors { code } } }`), { id: raindanceVendor.id }),
  );
  expect(extended.agreementExtend!.userErrors).toEqual([]);
  for (const [agreement, givenOn] of [
    [oldWebsite, "2026-01-20"],
    [bookItVendor, "2026-02-10"],
  ] as const) {
    const notice = ok(
      await kit.server.gql(graphql(`mutation QueriesAgreementGiveNotice($id: ID!, $on: LocalDate) { agreementGiveNotice(input: { id: $id, givenOn: $on }) { userErrors { code } } }`), {
        id: agreement.id,
        on: givenOn,
      }),
    );
    expect(notice.agreementGiveNotice!.userErrors).toEqual([]);
  }
  ids = Object.fromEntries(built.map((x) => [x.name, x.id]));
});
afterAll(async () => kit.close());

/** Names of the agreements matching `args` (literal arguments) and the optional municipality/application/collaboration variables. */
const names = async (args: string, variables: { m?: string; a?: string; c?: string } = {}) =>
  (
    ok(await kit.server.gql(`query($m: ID, $a: ID, $c: ID) { agreements(first: 100, municipality: $m, application: $a, collaboration: $c, ${args}) { nodes { name } } }`, variables)).agreements
      .nodes as {
      name: string;
    }[]
  )
    .map((n) => n.name)
    .sort();

describe("agreements query (today is 2026-06-15)", () => {
  it("lists the agreements by name", async () => {
    const all = ok(await kit.server.gql(graphql(`query QueriesAgreements { agreements(first: 100) { totalCount nodes { name } } }`))).agreements;
    expect(all!.totalCount).toBe(18);
    const list = all!.nodes.map((n: any) => n.name);
    // Swedish order (one order for names, the same on SQLite and PostgreSQL), case-insensitive.
    expect(list).toEqual([...list].sort(new Intl.Collator("sv").compare));
  });

  it("filters by kind", async () => {
    expect(await names("kind: SAMVERKANSAVTAL")).toEqual([
      "Samverkansavtal PA- och lönesystem",
      "Samverkansavtal bibliotekssystem",
      "Samverkansavtal gemensam helpdesk",
      "Samverkansavtal gemensamt ekonomisystem",
      "Samverkansavtal telefoni",
    ]);
  });

  it("filters by party municipality, application and covered collaboration", async () => {
    expect(await names("", { m: s.id })).toEqual(["Leverantörsavtal telefonväxel och TRIO", "Samverkansavtal telefoni"]);
    expect(await names("", { a: sitevision.id })).toEqual(["Leverantörsavtal Sitevision 2020–2026", "Leverantörsavtal Sitevision 2026–2030"]);
    // Directly (driftavtal, samverkansavtal) and through the collaboration's application (Raindance).
    expect(await names("", { c: finance.id })).toEqual(["Driftavtal gemensamt ekonomisystem", "Leverantörsavtal Raindance", "Samverkansavtal gemensamt ekonomisystem"]);
  });

  it("filters by computed status, on today or another date", async () => {
    expect(await names("status: NOTICE_DUE")).toEqual(["Driftavtal gemensamt ekonomisystem"]);
    expect(await names("status: NOTICE_PASSED")).toEqual(["Leverantörsavtal Book-IT", "Supportavtal Procapita VoO Bengtby"]);
    expect(await names("status: EXPIRED")).toEqual(["Leverantörsavtal Sitevision 2020–2026", "Leverantörsavtal telefonväxel och TRIO"]);
    // DECISION_DUE warns from six months before the decision deadline.
    expect((await names("status: ACTIVE")).length).toBe(5);
    expect((await names("status: DECISION_DUE")).length).toBe(8);
    // On 1 July the finance driftavtal has renewed tacitly (its notice deadline was 30 June) and is no longer NOTICE_DUE.
    expect(await names(`status: NOTICE_DUE, asOf: "2026-07-01"`)).toEqual([]);
    expect(await names(`status: EXPIRED, asOf: "2026-07-01"`)).toContain("Supportavtal Procapita VoO Bengtby");
  });

  it("filters on the current term end with expiringBefore, combined with other filters and pages", async () => {
    expect(await names(`expiringBefore: "2026-09-01"`)).toEqual([
      "Leverantörsavtal Book-IT",
      "Leverantörsavtal Sitevision 2020–2026",
      "Leverantörsavtal telefonväxel och TRIO",
      "Supportavtal Procapita VoO Bengtby",
    ]);
    // The finance driftavtal's initial end date (2025-12-31) has passed, but it renewed to 2026-12-31.
    expect(await names(`expiringBefore: "2026-12-31"`)).not.toContain("Driftavtal gemensamt ekonomisystem");
    expect(await names(`expiringBefore: "2027-01-01"`)).toContain("Driftavtal gemensamt ekonomisystem");
    expect(await names(`expiringBefore: "2027-01-01", kind: LEVERANTORSAVTAL, status: DECISION_DUE`)).toEqual(["Leverantörsavtal Easit GO", "Leverantörsavtal Raindance"]);
    const page = ok(await kit.server.gql(graphql(`query QueriesAgreements2 { agreements(first: 2, expiringBefore: "2026-09-01") { totalCount pageInfo { hasNextPage } nodes { name } } }`))).agreements;
    expect(page).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true } });
    expect(page!.nodes).toHaveLength(2);
  });
});

describe("computed deadlines over HTTP", () => {
  const SCHEDULE = graphql(`query QueriesNode($id: ID!, $asOf: LocalDate) { node(id: $id) { ... on Agreement {
    name kind startDate endDate renewalKind renewalTermMonths maxExtensions noticePeriod { amount unit }
    status currentTermEnd noticeDeadline decisionDeadline daysLeft
    schedule(asOf: $asOf) { asOf currentTermStart currentTermEnd noticeDeadline decisionDeadline status daysLeft extensionsUsed extensionsRemaining latestPossibleEnd renewsAutomatically procurementLeadTimeMonths }
  } } }`);
  const agreement = async (name: string, asOf?: string) => ok(await kit.server.gql(SCHEDULE, { id: ids[name], asOf })).node;

  it("rolls a tacit renewal forward and shows the notice deadline near today", async () => {
    // 2022-01-01 – 2025-12-31, renews 12 months at a time (at most 3), 6 months' notice, level-4 system: 18 months' lead time.
    const drift = await agreement("Driftavtal gemensamt ekonomisystem");
    expect(drift).toMatchObject({ endDate: "2025-12-31", renewalKind: "TACIT", noticePeriod: { amount: 6, unit: "MONTHS" }, status: "NOTICE_DUE", currentTermEnd: "2026-12-31", daysLeft: 199 });
    expect(drift!.schedule).toEqual({
      asOf: "2026-06-15",
      currentTermStart: "2026-01-01",
      currentTermEnd: "2026-12-31",
      noticeDeadline: "2026-06-30",
      decisionDeadline: "2024-12-30",
      status: "NOTICE_DUE",
      daysLeft: 199,
      extensionsUsed: 1,
      extensionsRemaining: 2,
      latestPossibleEnd: "2028-12-31",
      renewsAutomatically: true,
      procurementLeadTimeMonths: 18,
    });
    expect((await agreement("Driftavtal gemensamt ekonomisystem", "2026-07-01"))!.schedule).toMatchObject({ currentTermEnd: "2027-12-31", extensionsUsed: 2, status: "DECISION_DUE" });
    expect((await agreement("Driftavtal gemensamt ekonomisystem", "2029-01-01"))!.schedule).toMatchObject({ currentTermEnd: "2028-12-31", extensionsUsed: 3, status: "EXPIRED" });
  });

  it("counts exhausted express extensions and respects a leap-year month end", async () => {
    expect((await agreement("Leverantörsavtal Raindance"))!.schedule).toMatchObject({
      currentTermEnd: "2026-12-31",
      // One month's notice before 31 December is 30 November; a level-4 system's 18 months before that.
      noticeDeadline: "2026-11-30",
      decisionDeadline: "2025-05-30",
      status: "DECISION_DUE",
      extensionsUsed: 2,
      extensionsRemaining: 0,
      renewsAutomatically: false,
    });
    // Term ends on 28 Feb roll to 29 Feb in 2024; the last renewal ended 2025-02-28.
    expect((await agreement("Leverantörsavtal telefonväxel och TRIO", "2023-06-01"))!.schedule).toMatchObject({ currentTermEnd: "2024-02-29", noticeDeadline: "2023-08-29" });
    expect((await agreement("Leverantörsavtal telefonväxel och TRIO"))!.schedule).toMatchObject({ status: "EXPIRED", currentTermEnd: "2025-02-28", daysLeft: -472 });
  });

  it("ends at the current term once notice is given, and uses an agreement's own lead time", async () => {
    expect((await agreement("Leverantörsavtal Book-IT"))!.schedule).toMatchObject({
      status: "NOTICE_PASSED",
      currentTermEnd: "2026-08-31",
      latestPossibleEnd: "2026-08-31",
      renewsAutomatically: false,
    });
    expect((await agreement("Driftavtal PA- och lönesystem"))!.schedule).toMatchObject({
      procurementLeadTimeMonths: 6,
      noticeDeadline: "2027-03-30",
      decisionDeadline: "2026-09-30",
      status: "DECISION_DUE",
    });
    // A fixed-term support agreement with 90 days' notice and no covered collaboration: 12 months' lead time.
    expect((await agreement("Supportavtal Procapita VoO Bengtby"))!.schedule).toMatchObject({
      status: "NOTICE_PASSED",
      noticeDeadline: "2026-04-01",
      decisionDeadline: "2025-04-01",
      daysLeft: 15,
      procurementLeadTimeMonths: 12,
    });
  });

  it("shows parties, covered systems and the cost key", async () => {
    const query = graphql(`query QueriesNode2($id: ID!) { node(id: $id) { ... on Agreement { municipalities { code } itUnits { name } applications { name } collaborations { name }
      costKey { kind populationYear baseShareBasisPoints shares { municipality { code } shareBasisPoints } } } } }`);
    const drift = ok(await kit.server.gql(query, { id: ids["Driftavtal gemensamt ekonomisystem"] })).node;
    expect(drift).toEqual({ municipalities: [{ code: b.code }], itUnits: [{ name: "IT-enheten Bengtby" }], applications: [], collaborations: [{ name: "Gemensamt ekonomisystem" }], costKey: null });
    const helpdesk = ok(await kit.server.gql(query, { id: ids["Samverkansavtal gemensam helpdesk"] })).node!.costKey;
    expect(helpdesk!.kind).toBe("FIXED_SHARES");
    expect(helpdesk!.shares.map((s: any) => `${s.municipality.code}:${s.shareBasisPoints}`).sort()).toEqual([`${f.code}:2000`, `${b.code}:3000`, `${m.code}:5000`].sort());
    expect(ok(await kit.server.gql(query, { id: ids["Samverkansavtal telefoni"] })).node!.costKey).toMatchObject({
      kind: "BASE_PLUS_POPULATION",
      populationYear: 2024,
      baseShareBasisPoints: 3000,
      shares: [],
    });
  });

  it("lists a collaboration's agreements", async () => {
    const collaboration = ok(await kit.server.gql(graphql(`query QueriesNode3($id: ID!) { node(id: $id) { ... on Collaboration { agreements { name } } } }`), { id: library.id })).node;
    expect(collaboration!.agreements.map((a: any) => a.name)).toEqual(["Driftavtal bibliotekssystem", "Leverantörsavtal Book-IT", "Samverkansavtal bibliotekssystem"]);
  });
});

describe("costAllocation", () => {
  const ALLOCATION = graphql(`query QueriesCostAllocation($id: ID!, $year: Int, $total: SafeInt) { costAllocation(agreement: $id, year: $year, totalOre: $total) {
    year key populationYear baseShareBasisPoints totalOre shares { municipality { code } population populationYear shareBasisPoints fraction amountOre } } }`);
  const allocate = async (name: string, variables: Record<string, unknown> = {}) => ok(await kit.server.gql(ALLOCATION, { id: ids[name], ...variables })).costAllocation;
  const amounts = (a: any) => Object.fromEntries(a.shares.map((s: any) => [s.municipality.code, s.amountOre]));
  const sum = (a: any) => a.shares.reduce((n: number, s: any) => n + s.amountOre, 0);

  it("splits the finance samverkansavtal (1 000 000 kr, 2024 populations) as computed by hand", async () => {
    const split = await allocate("Samverkansavtal gemensamt ekonomisystem");
    expect(split).toMatchObject({ year: 2026, key: "POPULATION", populationYear: 2024, totalOre: 100_000_000 });
    // 9076, 4606, 6376, 9052 and 11906 of 41016 inhabitants; the two left-over öre go to Dalby (.99) and Åby (.51).
    expect(amounts(split)).toEqual({ [b.code]: 22_127_950, [d.code]: 11_229_764, [f.code]: 15_545_153, [m.code]: 22_069_436, [a.code]: 29_027_697 });
    expect(sum(split)).toBe(100_000_000);
    expect(split!.shares.map((s: any) => s.municipality.code)).toEqual([b, d, f, m, a].map((x) => x.code)); // by name: Bengtby … Åby
    expect(split!.shares[0]).toMatchObject({ population: 9076, populationYear: 2024 });
  });

  it("without a named year uses the year before, falling back to the latest published figure", async () => {
    const split = await allocate("Samverkansavtal PA- och lönesystem", { year: 2026 });
    expect(split!.populationYear).toBe(2025);
    expect(split!.shares.every((s: any) => s.populationYear === 2024)).toBe(true);
    expect(sum(split)).toBe(160_000_000);
  });

  it("adds up exactly with a base part, fixed shares and equal parts", async () => {
    const telephony = await allocate("Samverkansavtal telefoni");
    expect(telephony!.shares).toHaveLength(7);
    expect(sum(telephony)).toBe(220_000_000);
    expect(amounts(await allocate("Samverkansavtal gemensam helpdesk"))).toEqual({ [m.code]: 12_000_000, [b.code]: 7_200_000, [f.code]: 4_800_000 });
    expect(Object.values(amounts(await allocate("Samverkansavtal bibliotekssystem")))).toEqual([4_500_000, 4_500_000, 4_500_000, 4_500_000]);
    // An öre total that does not divide evenly, beyond 32-bit integers.
    const big = await allocate("Samverkansavtal bibliotekssystem", { total: 9_007_199_254_740_991 });
    expect(sum(big)).toBe(9_007_199_254_740_991);
    expect(amounts(big)).toEqual({ [b.code]: 2_251_799_813_685_248, [d.code]: 2_251_799_813_685_248, [f.code]: 2_251_799_813_685_248, [m.code]: 2_251_799_813_685_247 });
  });

  it("refuses what it cannot split and answers null for an unknown agreement", async () => {
    const wrong = await kit.server.gql(ALLOCATION, { id: ids["Driftavtal telefoni"] });
    expect(wrong.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const negative = await kit.server.gql(ALLOCATION, { id: ids["Samverkansavtal telefoni"], total: -5 });
    expect(negative.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const missing = await kit.server.gql(ALLOCATION, { id: ids["Samverkansavtal telefoni"], year: 2020 });
    expect(ok(missing).costAllocation!.populationYear).toBe(2024); // the named year is used whatever the year split
    expect(ok(await kit.server.gql(ALLOCATION, { id: "bm9wZToxMjM" })).costAllocation).toBeNull();
  });

  it("says in Swedish which population year it looked for and which years exist when a figure is missing", async () => {
    // Budget year 2024 splits by 2023's population (or an earlier year's): only 2024's is registered.
    const missing = await kit.server.gql(ALLOCATION, { id: ids["Samverkansavtal PA- och lönesystem"], year: 2024 });
    expect(missing.status).toBe(200);
    expect(missing.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "agreement" });
    expect(missing.errors?.[0].message).toMatch(/^\S+ saknar folkmängd för 2023 eller något tidigare år \(ett budgetår fördelas efter folkmängden året före\); registrerade år: 2024\./);
  });
});
