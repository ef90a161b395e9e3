import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/src/access/roles";
import { municipalityId, ok, startServer, type TestServer } from "../helpers/server";

let server: TestServer;
beforeAll(async () => (server = await startServer()));
afterAll(async () => server.close());

const CREATE = `mutation($input: CalendarFeedCreateInput!) { calendarFeedCreate(input: $input) {
  calendarFeed { id name municipality { code } createdBy createdAt revokedAt }
  token url userErrors { field code message } } }`;
const REVOKE = `mutation($id: ID!) { calendarFeedRevoke(input: { id: $id }) { calendarFeed { id revokedAt } userErrors { field code message } } }`;

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
    expect(created.userErrors).toEqual([]);
    expect(created.url).toBe(`/feeds/${created.token}.ics`);
    expect(created.calendarFeed).toMatchObject({ name: "IT-chefsgruppen", municipality: null, createdBy: "test-admin", revokedAt: null });
    const feed = await fetchFeed(created.url);
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
      summary: "Rollen upphör: Systemansvarig för Gemensam telefoni Dalsland–Säffle–Årjäng (Lena Rask)",
      start: "2027-03-31",
    });
  });

  it("shows one municipality's deadlines only in its feed, and lets its editor create and revoke it but not the body's", async () => {
    const editor = await server.token(Role.EDITOR, "1439");
    const fargelanda = await municipalityId(server, "1439");
    const body = await server.gql(CREATE, { input: { name: "Alla" } }, { token: editor });
    expect(body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const other = await server.gql(CREATE, { input: { name: "Bengtsfors", municipalityId: await municipalityId(server, "1460") } }, { token: editor });
    expect(other.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const created = ok(await server.gql(CREATE, { input: { name: "Färgelanda IT", municipalityId: fargelanda } }, { token: editor })).calendarFeedCreate;
    expect(created.calendarFeed.municipality).toEqual({ code: "1439" });
    const parsed = events((await fetchFeed(created.url)).text);
    const ids = await agreementIds();
    // Färgelanda is a party to the PA driftavtal, not to the finance driftavtal (Bengtsfors only).
    expect([...parsed.keys()].some((uid) => uid.startsWith(`agreement-${ids["Driftavtal PA- och lönesystem"]}-`))).toBe(true);
    expect([...parsed.keys()].some((uid) => uid.startsWith(`agreement-${ids["Driftavtal gemensamt ekonomisystem"]}-`))).toBe(false);

    const listed = ok(await server.gql(`{ calendarFeeds { nodes { name municipality { code } } } }`, {}, { token: editor })).calendarFeeds.nodes;
    expect(listed).toEqual([{ name: "Färgelanda IT", municipality: { code: "1439" } }]);

    const revoked = ok(await server.gql(REVOKE, { id: created.calendarFeed.id }, { token: editor })).calendarFeedRevoke;
    expect(revoked.userErrors).toEqual([]);
    expect(revoked.calendarFeed.revokedAt).toBe("2026-06-15T10:00:00.000Z");
    expect((await fetchFeed(created.url)).status).toBe(404);
    const again = ok(await server.gql(REVOKE, { id: created.calendarFeed.id }, { token: editor })).calendarFeedRevoke;
    expect(again.userErrors).toEqual([expect.objectContaining({ code: "CONFLICT", field: ["input", "id"] })]);
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
