import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/src/access/roles";
import { ok, type TestServer } from "../helpers/server";
import { type Kit, type Municipality, months, startKit, graphql } from "../kit";

/** Calendar feeds (iCalendar) of deadlines and role ends, over agreements and roles this file builds with the test kit. */
let kit: Kit;
let server: TestServer;
let b: Municipality;
let f: Municipality;
beforeAll(async () => {
  kit = await startKit();
  server = kit.server;
  b = await kit.municipality({ name: "Bengtby" });
  const d = await kit.municipality({ name: "Dalby" });
  f = await kit.municipality({ name: "Fälla" });
  const m = await kit.municipality({ name: "Mellby" });
  const a = await kit.municipality({ name: "Åby" });
  const five = [b, d, f, m, a];
  const [bUnit, fUnit, mUnit] = [await kit.itUnit({ municipality: b }), await kit.itUnit({ municipality: f }), await kit.itUnit({ municipality: m })];
  const tacit = (renewalTermMonths: number, maxExtensions: number) => ({ renewalKind: "TACIT" as const, renewalTermMonths, maxExtensions });
  // Finance (level 4): the samverkansavtal's decision deadline and the driftavtal's notice deadline fall on 30 June.
  const finance = await kit.collaboration({ name: "Gemensamt ekonomisystem", level: 4, participants: five, startedOn: "2005-01-01" });
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
  // Library (level 5): the driftavtal renewed to 2027-08-31, its decision deadline (18 months before the notice deadline) passed on 30 November 2025.
  const library = await kit.collaboration({ name: "Gemensamt bibliotekssystem", level: 5, participants: [b, d, f, m], startedOn: "2006-01-01" });
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
  // Payroll: Fälla's driftavtal.
  const payroll = await kit.collaboration({ name: "Gemensamt PA- och lönesystem", level: 4, participants: five, startedOn: "2008-09-01" });
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
  // Telephony: the systemansvarig's last day is 31 March 2027.
  const telephony = await kit.collaboration({ name: "Gemensam telefoni", level: 4, participants: [a, b, d], startedOn: "2005-03-01" });
  await kit.role({ kind: "SYSTEMANSVARIG", person: await kit.person({ municipality: a, name: "Lena Rask" }), collaboration: telephony, from: "2020-01-01", to: "2027-03-31" });
});
afterAll(async () => kit.close());

const CREATE = graphql(`mutation FeedsCalendarFeedCreate($input: CalendarFeedCreateInput!) { calendarFeedCreate(input: $input) {
  calendarFeed { id name municipality { code } createdBy createdAt revokedAt }
  token url userErrors { field code message } } }`);
const REVOKE = graphql(`mutation FeedsCalendarFeedRevoke($id: ID!) { calendarFeedRevoke(input: { id: $id }) { calendarFeed { id revokedAt } userErrors { field code message } } }`);

const site = () => server.url.slice(0, -"/graphql".length);

async function fetchFeed(url: string) {
  const response = await fetch(site() + url);
  return { status: response.status, type: response.headers.get("content-type"), text: await response.text() };
}

/** The VEVENTs of a feed, parsed with ical.js: uid → { summary, description, start (YYYY-MM-DD), allDay }. */
function events(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return new Map(
    calendar.getAllSubcomponents("vevent").map((v) => {
      const event = new ICAL.Event(v);
      return [event.uid, { summary: event.summary, description: event.description, start: event.startDate.toString(), allDay: event.startDate.isDate }] as const;
    }),
  );
}

async function agreementIds(): Promise<Record<string, number>> {
  const rows: { id: number; name: string }[] = await server.db.query("SELECT id, name FROM agreement");
  return Object.fromEntries(rows.map((r) => [r.name, Number(r.id)]));
}

describe("calendar feeds", () => {
  it("serves the whole body's deadlines as all-day VEVENTs with stable UIDs, valid for an iCalendar parser", async () => {
    const created = ok(await server.gql(CREATE, { input: { name: "IT-chefsgruppen" } })).calendarFeedCreate;
    expect(created!.userErrors).toEqual([]);
    expect(created!.url).toBe(`/feeds/${created!.token}.ics`);
    expect(created!.calendarFeed).toMatchObject({ name: "IT-chefsgruppen", municipality: null, createdBy: "test-admin", revokedAt: null });
    const feed = await fetchFeed(created!.url!);
    expect(feed.status).toBe(200);
    expect(feed.type).toMatch(/^text\/calendar/);
    expect(feed.text).not.toContain("VTODO");
    const parsed = events(feed.text);
    const ids = await agreementIds();
    // On 2026-06-15 (the board's test): the samverkansavtal's decision deadline and the driftavtal's notice deadline fall on 30 June.
    expect(parsed.get(`agreement-${ids["Samverkansavtal gemensamt ekonomisystem"]}-decision@samverkan`)).toEqual({
      summary: "Beslutsdatum: Samverkansavtal gemensamt ekonomisystem",
      description: expect.stringContaining("Sista dag att besluta om avtalet ska förnyas eller upphandlas på nytt"),
      start: "2026-06-30",
      allDay: true,
    });
    expect(parsed.get(`agreement-${ids["Driftavtal gemensamt ekonomisystem"]}-notice@samverkan`)).toMatchObject({
      summary: "Sista dag för uppsägning: Driftavtal gemensamt ekonomisystem",
      start: "2026-06-30",
      allDay: true,
    });
    expect(parsed.get(`agreement-${ids["Driftavtal gemensamt ekonomisystem"]}-term-end@samverkan`)).toMatchObject({ start: "2026-12-31" });
    // Nothing before today but passed decision deadlines that still call for a decision (the notice
    // deadline lies ahead), marked as passed: e.g. Driftavtal bibliotekssystem's of 30 November 2025.
    const passed = [...parsed.values()].filter((e) => e.start < "2026-06-15");
    expect(passed.length).toBeGreaterThan(0);
    expect(passed.every((e) => e.summary.startsWith("Beslutsdatum (passerat): "))).toBe(true);
    expect(parsed.get(`agreement-${ids["Driftavtal bibliotekssystem"]}-decision@samverkan`)).toMatchObject({
      summary: "Beslutsdatum (passerat): Driftavtal bibliotekssystem",
      description: expect.stringContaining("Beslutsdatumet har passerat"),
      start: "2025-11-30",
    });
    // Role ends too: the telephony systemansvarig's last day.
    const [role] = await server.db.query("SELECT r.id FROM role_assignment r JOIN person p ON p.id = r.person_id WHERE p.name = 'Lena Rask' AND r.to_date = '2027-03-31'");
    expect(parsed.get(`role-${role.id}-end@samverkan`)).toMatchObject({
      summary: "Rollen upphör: Systemansvarig för Gemensam telefoni (Lena Rask)",
      start: "2027-03-31",
    });
  });

  it("shows one municipality's deadlines only in its feed, and lets its editor create and revoke it but not the body's", async () => {
    const editor = await server.token(Role.EDITOR, f.code);
    const fargelanda = f.id;
    const body = await server.gql(CREATE, { input: { name: "Alla" } }, { token: editor });
    expect(body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const other = await server.gql(CREATE, { input: { name: "Bengtby", municipalityId: b.id } }, { token: editor });
    expect(other.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const created = ok(await server.gql(CREATE, { input: { name: "Fälla IT", municipalityId: fargelanda } }, { token: editor })).calendarFeedCreate;
    expect(created!.calendarFeed!.municipality).toEqual({ code: f.code });
    const parsed = events((await fetchFeed(created!.url!)).text);
    const ids = await agreementIds();
    // Fälla is a party to the PA driftavtal, not to the finance driftavtal (Bengtby only).
    expect([...parsed.keys()].some((uid) => uid.startsWith(`agreement-${ids["Driftavtal PA- och lönesystem"]}-`))).toBe(true);
    expect([...parsed.keys()].some((uid) => uid.startsWith(`agreement-${ids["Driftavtal gemensamt ekonomisystem"]}-`))).toBe(false);

    const listed = ok(await server.gql(graphql(`query FeedsCalendarFeeds { calendarFeeds { nodes { name municipality { code } } } }`), {}, { token: editor })).calendarFeeds!.nodes;
    expect(listed).toEqual([{ name: "Fälla IT", municipality: { code: f.code } }]);

    const revoked = ok(await server.gql(REVOKE, { id: created!.calendarFeed!.id }, { token: editor })).calendarFeedRevoke;
    expect(revoked!.userErrors).toEqual([]);
    expect(revoked!.calendarFeed!.revokedAt).toBe("2026-06-15T10:00:00.000Z");
    expect((await fetchFeed(created!.url!)).status).toBe(404);
    const again = ok(await server.gql(REVOKE, { id: created!.calendarFeed!.id }, { token: editor })).calendarFeedRevoke;
    expect(again!.userErrors).toEqual([expect.objectContaining({ code: "CONFLICT", field: ["input", "id"] })]);
  });

  it("answers 404 to unknown tokens, and refuses blank names and readers", async () => {
    expect((await fetchFeed("/feeds/svkf_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics")).status).toBe(404);
    expect((await fetchFeed("/feeds/nothing.ics")).status).toBe(404);
    const blank = ok(await server.gql(CREATE, { input: { name: "  " } })).calendarFeedCreate;
    expect(blank).toMatchObject({ calendarFeed: null, token: null, userErrors: [{ field: ["input", "name"], code: "REQUIRED" }] });
    const reader = await server.token(Role.READER);
    expect((await server.gql(CREATE, { input: { name: "x" } }, { token: reader })).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
