import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { municipalityId, ok, startServer, type TestServer } from "../helpers/server";
import { agreementIds } from "./helpers";

let server: TestServer;
let ids: Record<string, string>;
beforeAll(async () => {
  server = await startServer();
  ids = await agreementIds(server);
});
afterAll(async () => server.close());

/** Names of the agreements matching `args` (literal arguments) and the optional municipality/application/collaboration variables. */
const names = async (args: string, variables: { m?: string; a?: string; c?: string } = {}) =>
  (
    ok(await server.gql(`query($m: ID, $a: ID, $c: ID) { agreements(first: 100, municipality: $m, application: $a, collaboration: $c, ${args}) { nodes { name } } }`, variables)).agreements.nodes as {
      name: string;
    }[]
  )
    .map((n) => n.name)
    .sort();

describe("agreements query (today is 2026-06-15)", () => {
  it("lists the seeded agreements by name", async () => {
    const all = ok(await server.gql(`{ agreements(first: 100) { totalCount nodes { name } } }`)).agreements;
    expect(all.totalCount).toBe(18);
    const list = all.nodes.map((n: any) => n.name);
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
    expect(await names("", { m: await municipalityId(server, "1785") })).toEqual(["Leverantörsavtal telefonväxel och TRIO", "Samverkansavtal telefoni"]);
    const sitevision = ok(await server.gql(`{ applications(search: "Sitevision") { nodes { id } } }`)).applications.nodes[0].id;
    expect(await names("", { a: sitevision })).toEqual(["Leverantörsavtal Sitevision 2020–2026", "Leverantörsavtal Sitevision 2026–2030"]);
    const finance = ok(await server.gql(`{ collaborations(category: FINANCE) { nodes { id } } }`)).collaborations.nodes[0].id;
    // Directly (driftavtal, samverkansavtal) and through the collaboration's application (Raindance).
    expect(await names("", { c: finance })).toEqual(["Driftavtal gemensamt ekonomisystem", "Leverantörsavtal Raindance", "Samverkansavtal gemensamt ekonomisystem"]);
  });

  it("filters by computed status, on today or another date", async () => {
    expect(await names("status: NOTICE_DUE")).toEqual(["Driftavtal gemensamt ekonomisystem"]);
    expect(await names("status: NOTICE_PASSED")).toEqual(["Leverantörsavtal Book-IT", "Supportavtal Procapita VoO Bengtsfors"]);
    expect(await names("status: EXPIRED")).toEqual(["Leverantörsavtal Sitevision 2020–2026", "Leverantörsavtal telefonväxel och TRIO"]);
    // DECISION_DUE warns from six months before the decision deadline.
    expect((await names("status: ACTIVE")).length).toBe(5);
    expect((await names("status: DECISION_DUE")).length).toBe(8);
    // On 1 July the finance driftavtal has renewed tacitly (its notice deadline was 30 June) and is no longer NOTICE_DUE.
    expect(await names(`status: NOTICE_DUE, asOf: "2026-07-01"`)).toEqual([]);
    expect(await names(`status: EXPIRED, asOf: "2026-07-01"`)).toContain("Supportavtal Procapita VoO Bengtsfors");
  });

  it("filters on the current term end with expiringBefore, combined with other filters and pages", async () => {
    expect(await names(`expiringBefore: "2026-09-01"`)).toEqual([
      "Leverantörsavtal Book-IT",
      "Leverantörsavtal Sitevision 2020–2026",
      "Leverantörsavtal telefonväxel och TRIO",
      "Supportavtal Procapita VoO Bengtsfors",
    ]);
    // The finance driftavtal's initial end date (2025-12-31) has passed, but it renewed to 2026-12-31.
    expect(await names(`expiringBefore: "2026-12-31"`)).not.toContain("Driftavtal gemensamt ekonomisystem");
    expect(await names(`expiringBefore: "2027-01-01"`)).toContain("Driftavtal gemensamt ekonomisystem");
    expect(await names(`expiringBefore: "2027-01-01", kind: LEVERANTORSAVTAL, status: DECISION_DUE`)).toEqual(["Leverantörsavtal Easit GO", "Leverantörsavtal Raindance"]);
    const page = ok(await server.gql(`{ agreements(first: 2, expiringBefore: "2026-09-01") { totalCount pageInfo { hasNextPage } nodes { name } } }`)).agreements;
    expect(page).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true } });
    expect(page.nodes).toHaveLength(2);
  });
});

describe("computed deadlines over HTTP", () => {
  const SCHEDULE = `query($id: ID!, $asOf: LocalDate) { node(id: $id) { ... on Agreement {
    name kind startDate endDate renewalKind renewalTermMonths maxExtensions noticePeriod { amount unit }
    status currentTermEnd noticeDeadline decisionDeadline daysLeft
    schedule(asOf: $asOf) { asOf currentTermStart currentTermEnd noticeDeadline decisionDeadline status daysLeft extensionsUsed extensionsRemaining latestPossibleEnd renewsAutomatically procurementLeadTimeMonths }
  } } }`;
  const agreement = async (name: string, asOf?: string) => ok(await server.gql(SCHEDULE, { id: ids[name], asOf })).node;

  it("rolls a tacit renewal forward and shows the notice deadline near today", async () => {
    // 2022-01-01 – 2025-12-31, renews 12 months at a time (at most 3), 6 months' notice, level-4 system: 18 months' lead time.
    const a = await agreement("Driftavtal gemensamt ekonomisystem");
    expect(a).toMatchObject({ endDate: "2025-12-31", renewalKind: "TACIT", noticePeriod: { amount: 6, unit: "MONTHS" }, status: "NOTICE_DUE", currentTermEnd: "2026-12-31", daysLeft: 199 });
    expect(a.schedule).toEqual({
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
    expect((await agreement("Driftavtal gemensamt ekonomisystem", "2026-07-01")).schedule).toMatchObject({ currentTermEnd: "2027-12-31", extensionsUsed: 2, status: "DECISION_DUE" });
    expect((await agreement("Driftavtal gemensamt ekonomisystem", "2029-01-01")).schedule).toMatchObject({ currentTermEnd: "2028-12-31", extensionsUsed: 3, status: "EXPIRED" });
  });

  it("counts exhausted express extensions and respects a leap-year month end", async () => {
    expect((await agreement("Leverantörsavtal Raindance")).schedule).toMatchObject({
      currentTermEnd: "2026-12-31",
      noticeDeadline: "2026-09-30",
      decisionDeadline: "2025-03-30",
      status: "DECISION_DUE",
      extensionsUsed: 2,
      extensionsRemaining: 0,
      renewsAutomatically: false,
    });
    // Term ends on 28 Feb roll to 29 Feb in 2024; the last renewal ended 2025-02-28.
    expect((await agreement("Leverantörsavtal telefonväxel och TRIO", "2023-06-01")).schedule).toMatchObject({ currentTermEnd: "2024-02-29", noticeDeadline: "2023-08-29" });
    expect((await agreement("Leverantörsavtal telefonväxel och TRIO")).schedule).toMatchObject({ status: "EXPIRED", currentTermEnd: "2025-02-28", daysLeft: -472 });
  });

  it("ends at the current term once notice is given, and uses an agreement's own lead time", async () => {
    expect((await agreement("Leverantörsavtal Book-IT")).schedule).toMatchObject({
      status: "NOTICE_PASSED",
      currentTermEnd: "2026-08-31",
      latestPossibleEnd: "2026-08-31",
      renewsAutomatically: false,
    });
    expect((await agreement("Driftavtal PA- och lönesystem")).schedule).toMatchObject({
      procurementLeadTimeMonths: 6,
      noticeDeadline: "2027-03-30",
      decisionDeadline: "2026-09-30",
      status: "DECISION_DUE",
    });
    // A fixed-term support agreement with 90 days' notice and no covered collaboration: 12 months' lead time.
    expect((await agreement("Supportavtal Procapita VoO Bengtsfors")).schedule).toMatchObject({
      status: "NOTICE_PASSED",
      noticeDeadline: "2026-04-01",
      decisionDeadline: "2025-04-01",
      daysLeft: 15,
      procurementLeadTimeMonths: 12,
    });
  });

  it("shows parties, covered systems and the cost key", async () => {
    const query = `query($id: ID!) { node(id: $id) { ... on Agreement { municipalities { code } itUnits { name } applications { name } collaborations { name }
      costKey { kind populationYear baseShareBasisPoints shares { municipality { code } shareBasisPoints } } } } }`;
    const drift = ok(await server.gql(query, { id: ids["Driftavtal gemensamt ekonomisystem"] })).node;
    expect(drift).toEqual({ municipalities: [{ code: "1460" }], itUnits: [{ name: "IT-enheten Bengtsfors" }], applications: [], collaborations: [{ name: "Gemensamt ekonomisystem" }], costKey: null });
    const helpdesk = ok(await server.gql(query, { id: ids["Samverkansavtal gemensam helpdesk"] })).node.costKey;
    expect(helpdesk.kind).toBe("FIXED_SHARES");
    expect(helpdesk.shares.map((s: any) => `${s.municipality.code}:${s.shareBasisPoints}`).sort()).toEqual(["1439:2000", "1460:3000", "1461:5000"]);
    expect(ok(await server.gql(query, { id: ids["Samverkansavtal telefoni"] })).node.costKey).toMatchObject({
      kind: "BASE_PLUS_POPULATION",
      populationYear: 2024,
      baseShareBasisPoints: 3000,
      shares: [],
    });
  });

  it("lists a collaboration's agreements", async () => {
    const library = ok(await server.gql(`{ collaborations(category: LIBRARY) { nodes { agreements { name } } } }`)).collaborations.nodes[0];
    expect(library.agreements.map((a: any) => a.name)).toEqual(["Driftavtal bibliotekssystem", "Leverantörsavtal Book-IT", "Samverkansavtal bibliotekssystem"]);
  });
});

describe("costAllocation", () => {
  const ALLOCATION = `query($id: ID!, $year: Int, $total: SafeInt) { costAllocation(agreement: $id, year: $year, totalOre: $total) {
    year key populationYear baseShareBasisPoints totalOre shares { municipality { code } population populationYear shareBasisPoints fraction amountOre } } }`;
  const allocate = async (name: string, variables: Record<string, unknown> = {}) => ok(await server.gql(ALLOCATION, { id: ids[name], ...variables })).costAllocation;
  const amounts = (a: any) => Object.fromEntries(a.shares.map((s: any) => [s.municipality.code, s.amountOre]));
  const sum = (a: any) => a.shares.reduce((n: number, s: any) => n + s.amountOre, 0);

  it("splits the finance samverkansavtal (1 000 000 kr, 2024 populations) as computed by hand", async () => {
    const a = await allocate("Samverkansavtal gemensamt ekonomisystem");
    expect(a).toMatchObject({ year: 2026, key: "POPULATION", populationYear: 2024, totalOre: 100_000_000 });
    // 9076, 4606, 6376, 9052 and 11906 of 41016 inhabitants; the two left-over öre go to Dals-Ed (.99) and Åmål (.51).
    expect(amounts(a)).toEqual({ "1460": 22_127_950, "1438": 11_229_764, "1439": 15_545_153, "1461": 22_069_436, "1492": 29_027_697 });
    expect(sum(a)).toBe(100_000_000);
    expect(a.shares.map((s: any) => s.municipality.code)).toEqual(["1460", "1438", "1439", "1461", "1492"]); // by name: Bengtsfors … Åmål
    expect(a.shares[0]).toMatchObject({ population: 9076, populationYear: 2024 });
  });

  it("without a named year uses the year before, falling back to the latest published figure", async () => {
    const a = await allocate("Samverkansavtal PA- och lönesystem", { year: 2026 });
    expect(a.populationYear).toBe(2025);
    expect(a.shares.every((s: any) => s.populationYear === 2024)).toBe(true);
    expect(sum(a)).toBe(160_000_000);
  });

  it("adds up exactly with a base part, fixed shares and equal parts", async () => {
    const telephony = await allocate("Samverkansavtal telefoni");
    expect(telephony.shares).toHaveLength(7);
    expect(sum(telephony)).toBe(220_000_000);
    expect(amounts(await allocate("Samverkansavtal gemensam helpdesk"))).toEqual({ "1461": 12_000_000, "1460": 7_200_000, "1439": 4_800_000 });
    expect(Object.values(amounts(await allocate("Samverkansavtal bibliotekssystem")))).toEqual([4_500_000, 4_500_000, 4_500_000, 4_500_000]);
    // An öre total that does not divide evenly, beyond 32-bit integers.
    const big = await allocate("Samverkansavtal bibliotekssystem", { total: 9_007_199_254_740_991 });
    expect(sum(big)).toBe(9_007_199_254_740_991);
    expect(amounts(big)).toEqual({ "1460": 2_251_799_813_685_248, "1438": 2_251_799_813_685_248, "1439": 2_251_799_813_685_248, "1461": 2_251_799_813_685_247 });
  });

  it("refuses what it cannot split and answers null for an unknown agreement", async () => {
    const wrong = await server.gql(ALLOCATION, { id: ids["Driftavtal telefoni"] });
    expect(wrong.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const negative = await server.gql(ALLOCATION, { id: ids["Samverkansavtal telefoni"], total: -5 });
    expect(negative.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const missing = await server.gql(ALLOCATION, { id: ids["Samverkansavtal telefoni"], year: 2020 });
    expect(ok(missing).costAllocation.populationYear).toBe(2024); // the named year is used whatever the year split
    expect(ok(await server.gql(ALLOCATION, { id: "bm9wZToxMjM" })).costAllocation).toBeNull();
  });

  it("says in Swedish which population year it looked for and which years exist when a figure is missing", async () => {
    // Budget year 2024 splits by 2023's population (or an earlier year's): the seed has 2024's only.
    const missing = await server.gql(ALLOCATION, { id: ids["Samverkansavtal PA- och lönesystem"], year: 2024 });
    expect(missing.status).toBe(200);
    expect(missing.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "agreement" });
    expect(missing.errors?.[0].message).toMatch(/^\S+ saknar folkmängd för 2023 eller något tidigare år \(ett budgetår fördelas efter folkmängden året före\); registrerade år: 2024\./);
  });
});
