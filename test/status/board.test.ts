import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { municipalityId, ok, startServer, type TestServer } from "../helpers/server";

let server: TestServer;
beforeAll(async () => (server = await startServer()));
afterAll(async () => server.close());

const BOARD = `query($asOf: LocalDate) { sharedSystemStatus(asOf: $asOf) {
  asOf
  collaboration { name }
  level { ordinal }
  lastLevelChange { changedOn decisionReference }
  participants { code }
  host { code }
  operator { name }
  systemOwners { person { name } }
  systemResponsibles { person { name } }
  agreements { status currentTermEnd noticeDeadline decisionDeadline daysLeft agreement { name } }
  nextDeadline { date kind daysLeft agreement { name } roleAssignment { person { name } } }
  openGaps { ruleCode objectType label }
} }`;

async function board(asOf?: string): Promise<Record<string, any>> {
  const rows = ok(await server.gql(BOARD, { asOf })).sharedSystemStatus;
  return Object.fromEntries(rows.map((r: any) => [r.collaboration.name, r]));
}
/** The gaps found by the rules on roles, agreements and documents (competence adds its own). */
const POLICY_RULES = new Set(["USAGE_HAS_SYSTEM_OWNER", "SYSTEM_OWNER_HAS_SYSTEMANSVARIG", "LEVEL3_HAS_DRIFTAVTAL", "SHARED_SYSTEM_HAS_VENDOR_AGREEMENT", "AGREEMENT_IN_FORCE_WHILE_IN_USE"]);
const ownGaps = (row: any) => row.openGaps.filter((g: any) => POLICY_RULES.has(g.ruleCode)).map((g: any) => `${g.ruleCode}:${g.label}`);

describe("sharedSystemStatus on the seed (2026-06-15)", () => {
  it("has a row per collaboration, by name", async () => {
    const rows = ok(await server.gql(BOARD)).sharedSystemStatus;
    expect(rows.map((r: any) => r.collaboration.name)).toEqual([
      "Gemensam helpdesk",
      "Gemensam informationsspridning (webb och intranät)",
      "Gemensam telefoni Dalsland–Säffle–Årjäng",
      "Gemensamt bibliotekssystem",
      "Gemensamt ekonomisystem",
      "Gemensamt PA- och lönesystem",
      "GIS-samverkan",
    ]);
    expect(rows.every((r: any) => r.asOf === "2026-06-15")).toBe(true);
  });

  it("shows the finance system: level, people, agreements by term end and the next deadline", async () => {
    const finance = (await board())["Gemensamt ekonomisystem"];
    expect(finance).toMatchObject({
      level: { ordinal: 4 },
      lastLevelChange: { changedOn: "2008-01-01", decisionReference: "DKF 2007/22" },
      host: { code: "1460" },
      operator: { name: "IT-enheten Bengtsfors" },
      systemOwners: [{ person: { name: "Lars Nyström" } }],
      systemResponsibles: [{ person: { name: "Eva Sandberg" } }],
      openGaps: [],
    });
    expect(finance.participants.map((p: any) => p.code).sort()).toEqual(["1438", "1439", "1460", "1461", "1492"]);
    expect(finance.agreements).toEqual([
      { status: "NOTICE_DUE", currentTermEnd: "2026-12-31", noticeDeadline: "2026-06-30", decisionDeadline: "2024-12-30", daysLeft: 199, agreement: { name: "Driftavtal gemensamt ekonomisystem" } },
      { status: "DECISION_DUE", currentTermEnd: "2026-12-31", noticeDeadline: "2026-09-30", decisionDeadline: "2025-03-30", daysLeft: 199, agreement: { name: "Leverantörsavtal Raindance" } },
      {
        status: "DECISION_DUE",
        currentTermEnd: "2028-12-31",
        noticeDeadline: "2027-12-31",
        decisionDeadline: "2026-06-30",
        daysLeft: 930,
        agreement: { name: "Samverkansavtal gemensamt ekonomisystem" },
      },
    ]);
    // 30 June: the samverkansavtal's decision deadline and the driftavtal's notice deadline; decisions sort first.
    expect(finance.nextDeadline).toEqual({ date: "2026-06-30", kind: "DECISION", daysLeft: 15, agreement: { name: "Samverkansavtal gemensamt ekonomisystem" }, roleAssignment: null });
  });

  it("shows each shared system's open governance gaps", async () => {
    const rows = await board();
    expect(ownGaps(rows["GIS-samverkan"])).toEqual(["SHARED_SYSTEM_HAS_VENDOR_AGREEMENT:GIS-samverkan"]);
    expect(ownGaps(rows["Gemensam helpdesk"])).toEqual(["LEVEL3_HAS_DRIFTAVTAL:Gemensam helpdesk"]);
    expect(ownGaps(rows["Gemensam informationsspridning (webb och intranät)"])).toEqual([
      "SYSTEM_OWNER_HAS_SYSTEMANSVARIG:Helena Strand, systemägare för Gemensam informationsspridning (webb och intranät)",
    ]);
    expect(ownGaps(rows["Gemensam telefoni Dalsland–Säffle–Årjäng"]).sort()).toEqual([
      "AGREEMENT_IN_FORCE_WHILE_IN_USE:Leverantörsavtal telefonväxel och TRIO",
      "SHARED_SYSTEM_HAS_VENDOR_AGREEMENT:Gemensam telefoni Dalsland–Säffle–Årjäng",
    ]);
    expect(ownGaps(rows["Gemensamt PA- och lönesystem"])).toEqual([]);
    // Other domains' rules show too: competence finds no specialist for the library system.
    expect(rows["Gemensamt bibliotekssystem"].openGaps.map((g: any) => g.ruleCode)).toContain("SHARED_SYSTEM_HAS_SPECIALIST");
  });

  it("shows statuses from active to expired, and a system with no agreements and no deadline", async () => {
    const rows = await board();
    const statuses = new Set(Object.values(rows).flatMap((r: any) => r.agreements.map((a: any) => a.status)));
    expect([...statuses].sort()).toEqual(["ACTIVE", "DECISION_DUE", "EXPIRED", "NOTICE_DUE", "NOTICE_PASSED"]);
    expect(rows["GIS-samverkan"]).toMatchObject({ level: { ordinal: 2 }, operator: null, agreements: [], nextDeadline: null, systemOwners: [{ person: { name: "Stina Hallberg" } }] });
    const library = rows["Gemensamt bibliotekssystem"];
    expect(library.agreements.map((a: any) => `${a.agreement.name}:${a.status}`)).toEqual([
      "Leverantörsavtal Book-IT:NOTICE_PASSED",
      "Driftavtal bibliotekssystem:DECISION_DUE",
      "Samverkansavtal bibliotekssystem:DECISION_DUE",
    ]);
  });

  it("describes any date: level, participants and deadlines as they were", async () => {
    // The seed's GIS, helpdesk and library histories begin before the IT-policy of 2008, which calls
    // them shared (seed-truth.test.ts): so 2006 is the year to look at, not 2012.
    const rows = await board("2006-06-01");
    // GIS (2006-09-01) and the helpdesk (2007) had not begun; the library was at level 4 until 2007-09-01.
    expect(Object.keys(rows)).not.toContain("GIS-samverkan");
    expect(Object.keys(rows)).not.toContain("Gemensam helpdesk");
    expect(rows["Gemensamt bibliotekssystem"]).toMatchObject({ level: { ordinal: 4 }, lastLevelChange: { changedOn: "2006-01-01" } });
    const helpdesk = (await board("2015-01-01"))["Gemensam helpdesk"];
    expect(helpdesk.participants.map((p: any) => p.code).sort()).toEqual(["1460", "1461"]); // Färgelanda joined 2016-05-01
    // The telephony driftavtal's decision deadline (counted back on the same day number) comes a day before the systemansvarig's last day.
    const telephony = (await board("2027-02-01"))["Gemensam telefoni Dalsland–Säffle–Årjäng"];
    expect(telephony.nextDeadline).toMatchObject({ date: "2027-03-30", kind: "DECISION", agreement: { name: "Driftavtal telefoni" } });
    const later = (await board("2027-04-01"))["Gemensam telefoni Dalsland–Säffle–Årjäng"];
    expect(later.systemResponsibles).toEqual([]);
  });
});

describe("statusBoard: the board as a paged connection with filters", () => {
  const PAGE = `query($first: Int, $after: String, $participant: ID, $level: Int, $attention: Boolean, $asOf: LocalDate) {
    statusBoard(first: $first, after: $after, participant: $participant, level: $level, needsAttention: $attention, asOf: $asOf) {
      totalCount pageInfo { hasNextPage hasPreviousPage endCursor } nodes { collaboration { name } level { ordinal } participants { code } needsAttention } } }`;
  const page = async (variables: Record<string, unknown>) => ok(await server.gql(PAGE, variables)).statusBoard;

  it("pages by name with cursors and counts every row", async () => {
    const first = await page({ first: 3 });
    expect(first.totalCount).toBe(7);
    expect(first.nodes.map((n: any) => n.collaboration.name)).toEqual(["Gemensam helpdesk", "Gemensam informationsspridning (webb och intranät)", "Gemensam telefoni Dalsland–Säffle–Årjäng"]);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const rest = await page({ first: 10, after: first.pageInfo.endCursor });
    expect(rest.nodes).toHaveLength(4);
    expect(rest.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it("filters by participant (ID or municipality code), by level and by need of attention", async () => {
    const byCode = await page({ participant: "1765" });
    expect(byCode.nodes.map((n: any) => n.collaboration.name)).toEqual(["Gemensam telefoni Dalsland–Säffle–Årjäng"]);
    expect(await page({ participant: await municipalityId(server, "1765") })).toEqual(byCode);
    const level4 = await page({ level: 4 });
    expect(level4.nodes.every((n: any) => n.level.ordinal === 4)).toBe(true);
    expect(level4.totalCount).toBe(3);
    const calm = await page({ attention: false });
    const attention = await page({ attention: true });
    expect(calm.totalCount + attention.totalCount).toBe(7);
    expect(attention.nodes.every((n: any) => n.needsAttention)).toBe(true);
    expect(calm.nodes.every((n: any) => !n.needsAttention)).toBe(true);
    // On a past date, the filters judge the facts of that date.
    expect((await page({ participant: "1439", asOf: "2015-01-01" })).nodes.map((n: any) => n.collaboration.name)).not.toContain("Gemensam helpdesk");
  });

  it("refuses a participant that is neither a municipality ID nor a code, and a cursor that is not one", async () => {
    const collaboration = ok(await server.gql(`{ collaborations(first: 1) { nodes { id } } }`)).collaborations.nodes[0].id;
    for (const participant of ["xyz", collaboration, "14601"]) {
      const response = await server.gql(PAGE, { participant });
      expect(response.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "participant" });
    }
    expect((await server.gql(PAGE, { after: "bm9wZQ" })).errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });
});
