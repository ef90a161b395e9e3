import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { allocateCost, CostKeyKind } from "../../server/src/agreements/cost-split";
import { expectStatements, ok, type TestServer } from "../helpers/server";
import { type Agreement, type Collaboration, type Kit, type Municipality, months, startKit, graphql } from "../kit";
import type { WhatIfInput } from "../kit/generated/graphql";

/**
 * What-if (konsekvensanalys) of a municipality leaving or joining a collaboration body, over data this
 * file builds with the test kit: a kommunalförbund of five (Åby a member again since December 2023),
 * its web, finance and payroll collaborations with their samverkansavtal and vendor agreements, and
 * a telephony collaboration outside it hosted and operated by Åby.
 */

const WHAT_IF = graphql(`query WhatifWhatIf($input: WhatIfInput!) { whatIf(input: $input) {
  change municipalityCode municipalityName scope from summary
  costSplits { agreementId agreement key totalOre problem shares { code name beforeOre afterOre changeOre } }
  agreements { agreement kind referenceNumber change noticeDeadline decisionDeadline currentTermEnd noticeDeadlinePassed }
  systems { collaboration application level levelName participantsBefore participantsAfter fallsBelowLevel consequences specialistsBefore specialistsAfter specialistsLost rolesLost }
  window { start end avoidedFreezes }
} }`);

let kit: Kit;
let server: TestServer;
let body: string;
/** Bengtby, Dalby, Fälla, Mellby and Åby (a), with a real region's 2024 populations. */
let five: Municipality[];
let a: Municipality;
let finance: Collaboration;
let telephony: Collaboration;
beforeAll(async () => {
  kit = await startKit();
  server = kit.server;
  five = [];
  for (const [name, population] of [
    ["Bengtby", 9076],
    ["Dalby", 4606],
    ["Fälla", 6376],
    ["Mellby", 9052],
    ["Åby", 11906],
  ] as const)
    five.push(await kit.municipality({ name, populations: [{ year: 2024, population }] }));
  a = five[4];
  const four = five.slice(0, 4);
  const [s, r] = [await kit.municipality({ name: "Säby" }), await kit.municipality({ name: "Årby" })];
  const dkf = await kit.body({ members: [...four, { municipality: a, from: "2023-12-01" }], name: "Dalby kommunalförbund", shortName: "DKF" });
  body = dkf.id;
  for (const municipality of five) await kit.changeFreeze({ municipality, name: "Årsskifte", period: { kind: "DAY_MONTH", fromMonthDay: "12-15", toMonthDay: "01-15" } });
  const app = (name: string, category: "INFORMATION" | "FINANCE" | "PAYROLL_HR" | "TELEPHONY") => kit.application({ name, category });
  const [sitevision, raindance, heroma] = [await app("Sitevision", "INFORMATION"), await app("Raindance", "FINANCE"), await app("Heroma", "PAYROLL_HR")];
  // The body's three collaborations: the four from the start, Åby since December 2023.
  const shared = async (name: string, level: number, application: typeof sitevision) => {
    const collaboration = await kit.collaboration({ name, level, participants: four, application, startedOn: "2008-01-01", body: dkf });
    await kit.join(collaboration, a, "2023-12-01");
    return collaboration;
  };
  await shared("Gemensam webb", 3, sitevision);
  finance = await shared("Gemensamt ekonomisystem", 4, raindance);
  const payroll = await shared("Gemensamt PA- och lönesystem", 4, heroma);
  // Finance has two specialists, one of them Åby's systemförvaltare.
  const kerstin = await kit.person({ municipality: a, name: "Kerstin Wiik" });
  await kit.competence({ person: kerstin, application: raindance, since: "2024-01-01" });
  await kit.competence({ person: await kit.person({ municipality: five[0], name: "Eva Sandberg" }), application: raindance, since: "2015-01-01" });
  await kit.role({ kind: "SYSTEMFORVALTARE", person: kerstin, collaboration: finance, from: "2024-01-01" });
  // Agreements with Åby a party from December 2023 (an amendment of the parties).
  const withAby = async (agreement: Agreement) => {
    const amended = ok(
      await server.gql(graphql(`mutation WhatifAgreementUpdate($input: AgreementUpdateInput!) { agreementUpdate(input: $input) { userErrors { field code message } } }`), {
        input: { id: agreement.id, municipalityIds: five.map((m) => m.id), effectiveFrom: "2023-12-01", correctionReason: "Testdata: Åby åter part från december 2023." },
      }),
    );
    expect(amended.agreementUpdate!.userErrors).toEqual([]);
  };
  await withAby(await kit.agreement({ name: "Leverantörsavtal Heroma", parties: four, starts: "2019-10-01", ends: "2029-09-30", more: { applicationIds: [heroma.id] } }));
  await kit.agreement({
    name: "Leverantörsavtal Sitevision 2026–2030",
    parties: five,
    starts: "2026-05-01",
    ends: "2030-04-30",
    notice: months(3),
    more: { renewalKind: "EXPRESS", renewalTermMonths: 12, maxExtensions: 2, applicationIds: [sitevision.id] },
  });
  await withAby(
    await kit.agreement({
      kind: "SAMVERKANSAVTAL",
      name: "Samverkansavtal gemensamt ekonomisystem",
      parties: four,
      collaborations: [finance],
      starts: "2023-01-01",
      ends: "2028-12-31",
      notice: months(12),
      more: { renewalKind: "TACIT", renewalTermMonths: 24, maxExtensions: 2, annualCostSek: 1_000_000, costKey: { kind: "POPULATION", populationYear: 2024 } },
    }),
  );
  await withAby(
    await kit.agreement({
      kind: "SAMVERKANSAVTAL",
      name: "Samverkansavtal PA- och lönesystem",
      parties: four,
      collaborations: [payroll],
      starts: "2019-10-01",
      ends: "2029-09-30",
      notice: months(12),
      more: { annualCostSek: 1_600_000, costKey: { kind: "POPULATION" } },
    }),
  );
  // Telephony, outside the body: seven municipalities at level 4, hosted and operated by Åby.
  const abyUnit = await kit.itUnit({ municipality: a, name: "IT-enheten Åby" });
  telephony = await kit.collaboration({
    name: "Gemensam telefoni",
    level: 4,
    participants: [a, ...four, s, r],
    application: await app("Telefonväxel", "TELEPHONY"),
    startedOn: "2005-03-01",
    operator: abyUnit,
  });
});
afterAll(async () => kit.close());

const whatIf = async (input: WhatIfInput) => {
  const response = await server.gql(WHAT_IF, { input });
  return { result: ok(response).whatIf, statements: response.statements };
};

/** Every table's row count and the data version: what "nothing changed" means. */
async function databaseState() {
  const tables = [...new Set(server.db.entityMetadatas.map((m) => m.tableName))].sort();
  const counts: Record<string, number> = {};
  for (const table of tables) counts[table] = Number((await server.db.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);
  counts.version = (await server.db.query("SELECT version FROM data_version"))[0].version;
  return counts;
}

describe("whatIf", () => {
  it("Åby leaving DKF on 2027-01-01: each moved cost split exactly, the agreements and systems affected; the database unchanged", async () => {
    const before = await databaseState();
    expect(Object.keys(before).length).toBeGreaterThan(30);
    const { result, statements } = await whatIf({ change: "LEAVE", municipality: a.code, body, from: "2027-01-01" });
    expectStatements(statements, 24);
    expect(result).toMatchObject({ change: "LEAVE", municipalityCode: a.code, municipalityName: "Åby", scope: "DKF", from: "2027-01-01" });

    // Each samverkansavtal's cost re-split by its own key without Åby, to the öre (computed here from the population figures).
    expect(result!.costSplits.map((s: any) => s.agreement)).toEqual(["Samverkansavtal gemensamt ekonomisystem", "Samverkansavtal PA- och lönesystem"]);
    const figures: { code: string; year: number; population: number }[] = await server.db.query(
      "SELECT m.code, p.year, p.population FROM municipality_population p JOIN municipality m ON m.id = p.municipality_id ORDER BY p.year",
    );
    const populationOf = (code: string, year: number, exact: boolean) =>
      (exact ? figures.find((f) => f.code === code && f.year === year) : figures.filter((f) => f.code === code && f.year <= year).at(-1))!.population;
    const members = five.map((m) => m.code);
    for (const [split, year, exact] of [
      [result!.costSplits[0], 2024, true],
      [result!.costSplits[1], 2026, false],
    ] as const) {
      const expected = (codes: string[]) =>
        new Map(
          allocateCost(
            split.totalOre,
            codes.map((code) => ({ code, population: populationOf(code, year, exact) })),
            { kind: CostKeyKind.POPULATION },
          ).map((s) => [s.participant.code, s.amountOre]),
        );
      const was = expected(members);
      const will = expected(members.filter((c) => c !== a.code));
      expect(split.problem).toBeNull();
      expect(split.key).toBe("folkmängd");
      for (const share of split.shares!) {
        expect(share.beforeOre).toBe(was.get(share.code));
        expect(share.afterOre).toBe(will.get(share.code) ?? 0);
        expect(share.changeOre).toBe(share.afterOre - share.beforeOre);
      }
      expect(split.shares!.reduce((s: number, x: any) => s + x.beforeOre, 0)).toBe(split.totalOre);
      expect(split.shares!.reduce((s: number, x: any) => s + x.afterOre, 0)).toBe(split.totalOre);
      expect(split.shares!.find((x: any) => x.code === a.code)!.afterOre).toBe(0);
    }
    expect(result!.costSplits[0].totalOre).toBe(1_000_000_00);
    expect(result!.costSplits[0].shares!.find((x: any) => x.code === five[0].code)).toMatchObject({ beforeOre: 22127950, afterOre: 31178289, changeOre: 9050339 });

    // The agreements whose parties change, with their deadlines.
    expect(result!.agreements.map((a: any) => [a.agreement, a.noticeDeadline, a.decisionDeadline])).toEqual([
      ["Leverantörsavtal Heroma", "2029-09-30", "2028-03-30"],
      ["Leverantörsavtal Sitevision 2026–2030", "2030-01-30", "2028-07-30"],
      ["Samverkansavtal gemensamt ekonomisystem", "2027-12-31", "2026-06-30"],
      ["Samverkansavtal PA- och lönesystem", "2028-09-30", "2027-03-30"],
    ]);
    expect(result!.agreements.every((a: any) => a.change === "Åby utgår som part")).toBe(true);
    // The body's systems, with the specialist and role Åby takes with it.
    expect(result!.systems.map((s: any) => [s.collaboration, s.participantsBefore, s.participantsAfter, s.fallsBelowLevel])).toEqual([
      ["Gemensam webb", 5, 4, false],
      ["Gemensamt ekonomisystem", 5, 4, false],
      ["Gemensamt PA- och lönesystem", 5, 4, false],
    ]);
    const economy = result!.systems[1];
    expect(economy).toMatchObject({ specialistsBefore: 2, specialistsAfter: 1, specialistsLost: ["Kerstin Wiik"], rolesLost: ["Systemförvaltare Kerstin Wiik"] });
    expect(result!.window).toEqual({ start: "2027-01-16", end: "2027-02-12", avoidedFreezes: ["Årsskifte"] });
    expect(result!.summary).toBe(
      "Om Åby lämnar DKF från 2027-01-01: 2 kostnadsfördelningar ändras (754\u00a0720,12\u00a0kr per år flyttas), 4 avtal får ändrade parter och 0 system uppfyller inte längre sin nivå.",
    );

    // Nothing changed: every table's row count and the data version.
    expect(await databaseState()).toEqual(before);
  });

  it("the operating IT unit leaving a level-4 system makes it fall below its level", async () => {
    const { result } = await whatIf({ change: "LEAVE", municipality: a.code, collaboration: telephony.id, from: "2027-01-01" });
    expect(result!.systems).toHaveLength(1);
    expect(result!.systems[0]).toMatchObject({ level: 4, participantsBefore: 7, participantsAfter: 6, fallsBelowLevel: true });
    expect(result!.systems[0].consequences).toContain("Åby är värdkommun: en ny värdkommun behövs.");
    expect(result!.systems[0].consequences.some((c: string) => c.startsWith("IT-enheten Åby driftar systemet: på nivå 4"))).toBe(true);
  });

  it("a join re-splits with the newcomer; bad scenarios answer BAD_USER_INPUT in Swedish", async () => {
    const economy = finance;
    const wrong = await server.gql(WHAT_IF, { input: { change: "JOIN", municipality: a.code, body, from: "2027-01-01" } });
    expect(wrong.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(wrong.errors?.[0].message).toContain("Åby är redan medlem i DKF");
    const both = await server.gql(WHAT_IF, { input: { change: "LEAVE", municipality: a.code, body, collaboration: economy.id, from: "2027-01-01" } });
    expect(both.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    // Åby was outside DKF in 2020: joining then re-splits the economy agreement (in force then? only what is in force counts).
    const joined = (await whatIf({ change: "JOIN", municipality: a.code, body, from: "2020-01-01" })).result;
    for (const split of joined!.costSplits) {
      if (!split.shares) continue;
      expect(split.shares.reduce((s: number, x: any) => s + x.afterOre, 0)).toBe(split.totalOre);
      expect(split.shares.find((x: any) => x.code === a.code)!.beforeOre).toBe(0);
      expect(split.shares.find((x: any) => x.code === a.code)!.afterOre).toBeGreaterThan(0);
    }
    expect(joined!.systems.every((s: any) => s.participantsAfter === s.participantsBefore + 1)).toBe(true);
  });

  it("a decision can be recorded with the scenario it was based on", async () => {
    const scenario: WhatIfInput = { change: "LEAVE", municipality: a.code, body, from: "2027-01-01" };
    const recorded = ok(
      await server.gql(
        graphql(
          `mutation WhatifWhatIfDecisionRecord($input: WhatIfDecisionRecordInput!) { whatIfDecisionRecord(input: $input) { decision { id change from scenario summary resultSha256 reason decisionReference decidedOn } userErrors { field code message } } }`,
        ),
        { input: { scenario, reason: "Förbundet godkänner utträdet.", decisionReference: "DKF 2026/40" } },
      ),
    ).whatIfDecisionRecord;
    expect(recorded!.userErrors).toEqual([]);
    expect(recorded!.decision).toMatchObject({ change: "LEAVE", from: "2027-01-01", reason: "Förbundet godkänner utträdet.", decisionReference: "DKF 2026/40", decidedOn: "2026-06-15" });
    expect(recorded!.decision!.summary).toContain("Om Åby lämnar DKF från 2027-01-01");
    expect(JSON.parse(recorded!.decision!.scenario)).toMatchObject({ change: "LEAVE", from: "2027-01-01" });
    expect(ok(await server.gql(graphql(`query WhatifWhatIfDecisions { whatIfDecisions { id } }`))).whatIfDecisions).toHaveLength(1);
    // Recording the decision moves nobody: Åby is still in DKF's collaborations.
    expect((await whatIf(scenario)).result!.systems.map((s: any) => s.participantsBefore)).toEqual([5, 5, 5]);
    const refused = ok(
      await server.gql(graphql(`mutation WhatifWhatIfDecisionRecord2($input: WhatIfDecisionRecordInput!) { whatIfDecisionRecord(input: $input) { decision { id } userErrors { field code } } }`), {
        input: { scenario, reason: " " },
      }),
    ).whatIfDecisionRecord;
    expect(refused).toEqual({ decision: null, userErrors: [{ field: ["input", "reason"], code: "REQUIRED" }] });
  });
});
