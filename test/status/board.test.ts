/**
 * The status board of shared systems (sharedSystemStatus, statusBoard) over seven collaborations this
 * file builds with the test kit, with their level histories, participations, roles, agreements and
 * governance gaps.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ok } from "../helpers/server";
import { type Application, type Collaboration, type ItUnit, type Kit, type Municipality, months, startKit, graphql } from "../kit";

let kit: Kit;
let b: Municipality;
let f: Municipality;
let r: Municipality;
let m: Municipality;

beforeAll(async () => {
  kit = await startKit();
  b = await kit.municipality({ name: "Bengtby" });
  const d = await kit.municipality({ name: "Dalby" });
  f = await kit.municipality({ name: "Fälla" });
  m = await kit.municipality({ name: "Mellby" });
  const a = await kit.municipality({ name: "Åby" });
  const s = await kit.municipality({ name: "Säby" });
  r = await kit.municipality({ name: "Årby" });
  const five = [b, d, f, m, a];
  const unit = (municipality: Municipality): Promise<ItUnit> => kit.itUnit({ municipality, name: `IT-enheten ${municipality.name}` });
  const [bUnit, fUnit, mUnit, aUnit] = [await unit(b), await unit(f), await unit(m), await unit(a)];
  const app = (name: string, category: "FINANCE" | "GIS" | "HELPDESK" | "INFORMATION" | "TELEPHONY" | "LIBRARY" | "PAYROLL_HR") => kit.application({ name, category });
  const collaboration = (name: string, level: number, application: Application, participants: Municipality[], startedOn: string, operator?: ItUnit) =>
    kit.collaboration({ name, level, application, participants, startedOn, operator });
  const person = (municipality: Municipality, name: string) => kit.person({ municipality, name });
  const owners = async (c: Collaboration, owner: [Municipality, string], responsible?: [Municipality, string], responsibleTo?: string) => {
    await kit.role({ kind: "SYSTEMAGARE", person: await person(...owner), collaboration: c, from: "2010-01-01" });
    if (responsible) await kit.role({ kind: "SYSTEMANSVARIG", person: await person(...responsible), collaboration: c, from: "2010-01-01", to: responsibleTo });
  };
  const tacit = (renewalTermMonths: number, maxExtensions: number) => ({ renewalKind: "TACIT" as const, renewalTermMonths, maxExtensions });

  // Finance: level 1 from 2005, level 4 from 2008; three agreements.
  const raindance = await app("Raindance", "FINANCE");
  const finance = await collaboration("Gemensamt ekonomisystem", 1, raindance, five, "2005-01-01", bUnit);
  await kit.levelChange(finance, 4, { on: "2008-01-01", decisionReference: "DKF 2007/22" });
  await owners(finance, [b, "Lars Nyström"], [b, "Eva Sandberg"]);
  await kit.competence({ person: await person(d, "Kerstin Wiik"), application: raindance, since: "2015-01-01" });
  await kit.agreement({
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
  const raindanceVendor = await kit.agreement({
    name: "Leverantörsavtal Raindance",
    parties: five,
    starts: "2021-01-01",
    ends: "2026-08-31",
    notice: months(1),
    more: { renewalKind: "EXPRESS", renewalTermMonths: 2, maxExtensions: 2, applicationIds: [raindance.id] },
  });
  const extended = ok(
    await kit.server.gql(graphql(`mutation BoardAgreementExtend($id: ID!) { agreementExtend(input: { id: $id, extensions: 2 }) { userErrors { code } } }`), { id: raindanceVendor.id }),
  );
  expect(extended.agreementExtend!.userErrors).toEqual([]);
  await kit.agreement({
    kind: "SAMVERKANSAVTAL",
    name: "Samverkansavtal gemensamt ekonomisystem",
    parties: five,
    collaborations: [finance],
    starts: "2023-01-01",
    ends: "2028-12-31",
    notice: months(12),
    more: tacit(24, 2),
  });

  // GIS: level 2 since September 2006, no operator and no agreement.
  const gis = await collaboration("GIS-samverkan", 2, await app("Kartor", "GIS"), [b, d, f], "2006-09-01");
  await owners(gis, [b, "Stina Hallberg"], [b, "Gunnar Ahl"]);

  // Helpdesk: level 3 since 2007 with Mellby and Bengtby, Fälla from May 2016; a vendor agreement but no driftavtal.
  const easit = await app("Easit GO", "HELPDESK");
  const helpdesk = await collaboration("Gemensam helpdesk", 3, easit, [m, b], "2007-03-01", mUnit);
  await kit.join(helpdesk, f, "2016-05-01");
  await owners(helpdesk, [m, "Petra Ek"], [m, "Oskar Wallin"]);
  await kit.agreement({
    name: "Leverantörsavtal Easit GO",
    parties: [m, b, f],
    starts: "2024-01-01",
    ends: "2026-12-31",
    notice: months(3),
    more: { renewalKind: "EXPRESS", renewalTermMonths: 12, maxExtensions: 2, applicationIds: [easit.id] },
  });

  // Web: level 3 with its agreements, but a systemägare without systemansvarig.
  const sitevision = await app("Sitevision", "INFORMATION");
  const web = await collaboration("Gemensam webb", 3, sitevision, five, "2008-01-01", mUnit);
  await owners(web, [m, "Helena Strand"]);
  await kit.agreement({ kind: "DRIFTAVTAL", name: "Driftavtal webbplattform", parties: [m], itUnits: [mUnit], collaborations: [web], starts: "2022-05-01", ends: "2027-04-30", notice: months(6) });
  await kit.agreement({ name: "Leverantörsavtal Sitevision", parties: five, starts: "2026-05-01", ends: "2030-04-30", notice: months(3), more: { applicationIds: [sitevision.id] } });

  // Telephony: seven municipalities at level 4; the systemansvarig leaves at the end of March 2027; the vendor agreement ended in 2023.
  const exchange = await app("Telefonväxel", "TELEPHONY");
  const telephony = await collaboration("Gemensam telefoni", 4, exchange, [a, b, d, f, m, s, r], "2005-03-01", aUnit);
  await owners(telephony, [a, "Anna Ås"], [a, "Tor Ås"], "2027-03-31");
  for (const municipality of [a, b, d, f, m, s, r]) await kit.usage({ municipality, application: exchange });
  await kit.agreement({
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
  await kit.agreement({
    name: "Leverantörsavtal telefonväxel och TRIO",
    parties: [a, b, d, f, m, s, r],
    starts: "2019-03-01",
    ends: "2023-02-28",
    notice: months(6),
    more: { ...tacit(12, 2), applicationIds: [exchange.id] },
  });

  // Library: level 4 from 2006, level 5 from September 2007; no specialist; notice given on the vendor agreement.
  const library = await collaboration("Gemensamt bibliotekssystem", 4, await app("Book-IT", "LIBRARY"), [b, d, f, m], "2006-01-01", mUnit);
  await kit.levelChange(library, 5, { on: "2007-09-01" });
  await owners(library, [m, "Ingrid Falk"], [m, "Maja Berg"]);
  const bookIt = await kit.agreement({
    name: "Leverantörsavtal Book-IT",
    parties: [b, d, f, m],
    collaborations: [library],
    starts: "2021-09-01",
    ends: "2024-08-31",
    notice: months(6),
    more: tacit(12, 3),
  });
  const notice = ok(
    await kit.server.gql(graphql(`mutation BoardAgreementGiveNotice($id: ID!) { agreementGiveNotice(input: { id: $id, givenOn: "2026-02-10" }) { userErrors { code } } }`), { id: bookIt.id }),
  );
  expect(notice.agreementGiveNotice!.userErrors).toEqual([]);
  await kit.agreement({
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
  await kit.agreement({ kind: "SAMVERKANSAVTAL", name: "Samverkansavtal bibliotekssystem", parties: [b, d, f, m], collaborations: [library], starts: "2013-01-01", ends: "2027-12-31" });

  // Payroll: level 4, everything in order.
  const heroma = await app("Heroma", "PAYROLL_HR");
  const payroll = await collaboration("Gemensamt PA- och lönesystem", 4, heroma, five, "2008-09-01", fUnit);
  await owners(payroll, [f, "Birgitta Olsson"], [f, "Frida Ek"]);
  await kit.agreement({
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
  await kit.agreement({ name: "Leverantörsavtal Heroma", parties: five, starts: "2019-10-01", ends: "2029-09-30", more: { applicationIds: [heroma.id] } });
});
afterAll(async () => kit.close());

const BOARD = graphql(`query BoardSharedSystemStatus($asOf: LocalDate) { sharedSystemStatus(asOf: $asOf) {
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
} }`);

async function board(asOf?: string): Promise<Record<string, any>> {
  const rows = ok(await kit.server.gql(BOARD, { asOf })).sharedSystemStatus;
  return Object.fromEntries(rows!.map((r: any) => [r.collaboration.name, r]));
}
/** The gaps found by the rules on roles, agreements and documents (competence adds its own). */
const POLICY_RULES = new Set(["USAGE_HAS_SYSTEM_OWNER", "SYSTEM_OWNER_HAS_SYSTEMANSVARIG", "LEVEL3_HAS_DRIFTAVTAL", "SHARED_SYSTEM_HAS_VENDOR_AGREEMENT", "AGREEMENT_IN_FORCE_WHILE_IN_USE"]);
const ownGaps = (row: any) => row.openGaps.filter((g: any) => POLICY_RULES.has(g.ruleCode)).map((g: any) => `${g.ruleCode}:${g.label}`);

describe("sharedSystemStatus (2026-06-15)", () => {
  it("has a row per collaboration, by name", async () => {
    const rows = ok(await kit.server.gql(BOARD)).sharedSystemStatus;
    expect(rows!.map((r: any) => r.collaboration.name)).toEqual([
      "Gemensam helpdesk",
      "Gemensam telefoni",
      "Gemensam webb",
      "Gemensamt bibliotekssystem",
      "Gemensamt ekonomisystem",
      "Gemensamt PA- och lönesystem",
      "GIS-samverkan",
    ]);
    expect(rows!.every((r: any) => r.asOf === "2026-06-15")).toBe(true);
  });

  it("shows the finance system: level, people, agreements by term end and the next deadline", async () => {
    const finance = (await board())["Gemensamt ekonomisystem"];
    expect(finance).toMatchObject({
      level: { ordinal: 4 },
      lastLevelChange: { changedOn: "2008-01-01", decisionReference: "DKF 2007/22" },
      host: { code: b.code },
      operator: { name: "IT-enheten Bengtby" },
      systemOwners: [{ person: { name: "Lars Nyström" } }],
      systemResponsibles: [{ person: { name: "Eva Sandberg" } }],
      openGaps: [],
    });
    expect(finance.participants.map((p: any) => p.code).sort()).toHaveLength(5);
    expect(finance.agreements).toEqual([
      { status: "NOTICE_DUE", currentTermEnd: "2026-12-31", noticeDeadline: "2026-06-30", decisionDeadline: "2024-12-30", daysLeft: 199, agreement: { name: "Driftavtal gemensamt ekonomisystem" } },
      { status: "DECISION_DUE", currentTermEnd: "2026-12-31", noticeDeadline: "2026-11-30", decisionDeadline: "2025-05-30", daysLeft: 199, agreement: { name: "Leverantörsavtal Raindance" } },
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
    expect(ownGaps(rows["Gemensam webb"])).toEqual(["SYSTEM_OWNER_HAS_SYSTEMANSVARIG:Helena Strand, systemägare för Gemensam webb"]);
    expect(ownGaps(rows["Gemensam telefoni"]).sort()).toEqual(["AGREEMENT_IN_FORCE_WHILE_IN_USE:Leverantörsavtal telefonväxel och TRIO", "SHARED_SYSTEM_HAS_VENDOR_AGREEMENT:Gemensam telefoni"]);
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
    const rows = await board("2006-06-01");
    // GIS (2006-09-01) and the helpdesk (2007) had not begun; the library was at level 4 until 2007-09-01.
    expect(Object.keys(rows)).not.toContain("GIS-samverkan");
    expect(Object.keys(rows)).not.toContain("Gemensam helpdesk");
    expect(rows["Gemensamt bibliotekssystem"]).toMatchObject({ level: { ordinal: 4 }, lastLevelChange: { changedOn: "2006-01-01" } });
    const helpdesk = (await board("2015-01-01"))["Gemensam helpdesk"];
    expect(helpdesk.participants.map((p: any) => p.code).sort()).toEqual([b.code, m.code].sort()); // Fälla joined 2016-05-01
    // The telephony driftavtal's decision deadline (counted back on the same day number) comes a day before the systemansvarig's last day.
    const telephony = (await board("2027-02-01"))["Gemensam telefoni"];
    expect(telephony.nextDeadline).toMatchObject({ date: "2027-03-30", kind: "DECISION", agreement: { name: "Driftavtal telefoni" } });
    const later = (await board("2027-04-01"))["Gemensam telefoni"];
    expect(later.systemResponsibles).toEqual([]);
  });
});

describe("statusBoard: the board as a paged connection with filters", () => {
  const PAGE = graphql(`query BoardStatusBoard($first: Int, $after: String, $participant: ID, $level: Int, $attention: Boolean, $asOf: LocalDate) {
    statusBoard(first: $first, after: $after, participant: $participant, level: $level, needsAttention: $attention, asOf: $asOf) {
      totalCount pageInfo { hasNextPage hasPreviousPage endCursor } nodes { collaboration { name } level { ordinal } participants { code } needsAttention } } }`);
  const page = async (variables: Record<string, unknown>) => ok(await kit.server.gql(PAGE, variables)).statusBoard;

  it("pages by name with cursors and counts every row", async () => {
    const first = await page({ first: 3 });
    expect(first!.totalCount).toBe(7);
    expect(first!.nodes.map((n: any) => n.collaboration.name)).toEqual(["Gemensam helpdesk", "Gemensam telefoni", "Gemensam webb"]);
    expect(first!.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const rest = await page({ first: 10, after: first!.pageInfo.endCursor });
    expect(rest!.nodes).toHaveLength(4);
    expect(rest!.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it("filters by participant (ID or municipality code), by level and by need of attention", async () => {
    const byCode = await page({ participant: r.code });
    expect(byCode!.nodes.map((n: any) => n.collaboration.name)).toEqual(["Gemensam telefoni"]);
    expect(await page({ participant: r.id })).toEqual(byCode);
    const level4 = await page({ level: 4 });
    expect(level4!.nodes.every((n: any) => n.level.ordinal === 4)).toBe(true);
    expect(level4!.totalCount).toBe(3);
    const calm = await page({ attention: false });
    const attention = await page({ attention: true });
    expect(calm!.totalCount + attention!.totalCount).toBe(7);
    expect(attention!.nodes.every((n: any) => n.needsAttention)).toBe(true);
    expect(calm!.nodes.every((n: any) => !n.needsAttention)).toBe(true);
    // On a past date, the filters judge the facts of that date.
    expect((await page({ participant: f.code, asOf: "2015-01-01" }))!.nodes.map((n: any) => n.collaboration.name)).not.toContain("Gemensam helpdesk");
  });

  it("refuses a participant that is neither a municipality ID nor a code, and a cursor that is not one", async () => {
    const collaboration = ok(await kit.server.gql(graphql(`query BoardCollaborations { collaborations(first: 1) { nodes { id } } }`))).collaborations!.nodes[0].id;
    for (const participant of ["xyz", collaboration, `${b.code}1`]) {
      const response = await kit.server.gql(PAGE, { participant });
      expect(response.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName: "participant" });
    }
    expect((await kit.server.gql(PAGE, { after: "bm9wZQ" })).errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });
});
