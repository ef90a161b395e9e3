import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runReminders } from "../../server/src/reminders/scheduler";
import { TEST_NOW, type TestServer } from "../helpers/server";
import { type Kit, type Municipality, months, startKit } from "../kit";
import { decode, type Mail, startSmtpSink, TEST_REMINDER_SETTINGS } from "./helpers";

/**
 * The weekly e-mail digest over data this file builds with the test kit: three municipalities sharing a
 * finance collaboration with deadlines on 30 June (one of them with its own driftavtal, whose decision
 * deadline has passed), a fourth with nothing due; their IT chiefs hold roles on their IT units.
 */
let kit: Kit;
let server: TestServer;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
let b: Municipality;
let d: Municipality;
const mails: Mail[] = [];

beforeAll(async () => {
  kit = await startKit();
  server = kit.server;
  let f: Municipality;
  let s: Municipality;
  [b, d, f, s] = [await kit.municipality({ name: "Bengtby" }), await kit.municipality({ name: "Dalby" }), await kit.municipality({ name: "Fälla" }), await kit.municipality({ name: "Säby" })];
  const units = new Map<Municipality, Awaited<ReturnType<Kit["itUnit"]>>>();
  for (const m of [b, d, f, s]) units.set(m, await kit.itUnit({ municipality: m }));
  const chief = async (municipality: Municipality, name: string, email: string, kind: "IT_CHEF" | "IT_CHEFSGRUPPEN" = "IT_CHEF") =>
    kit.role({ kind, person: await kit.person({ municipality, name, email }), itUnit: units.get(municipality)!, from: "2020-01-01" });
  await chief(b, "Anders Berg", "anders.berg@bengtby.example");
  await chief(d, "Karin Dahl", "karin.dahl@dalby.example");
  await chief(f, "Per Holm", "per.holm@falla.example");
  await chief(f, "Sofia Ek", "sofia.ek@falla.example", "IT_CHEFSGRUPPEN");
  await chief(s, "Nils Hedlund", "nils.hedlund@saby.example");
  const finance = await kit.collaboration({ name: "Gemensamt ekonomisystem", level: 4, participants: [b, d, f], startedOn: "2005-01-01" });
  const tacit = (renewalTermMonths: number, maxExtensions: number) => ({ renewalKind: "TACIT" as const, renewalTermMonths, maxExtensions });
  await kit.agreement({
    kind: "SAMVERKANSAVTAL",
    name: "Samverkansavtal gemensamt ekonomisystem",
    parties: [b, d, f],
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
    itUnits: [units.get(b)!],
    collaborations: [finance],
    starts: "2022-01-01",
    ends: "2025-12-31",
    notice: months(6),
    more: tacit(12, 3),
  });
  // Säby's agreement: nothing within 90 days (its decision deadline is 31 December 2026).
  await kit.agreement({ name: "Leverantörsavtal telefoni", parties: [s], starts: "2022-01-01", ends: "2027-12-31" });
  sink = await startSmtpSink(mails);
});
afterAll(async () => {
  await sink.close();
  await kit.close();
});

const settings = () => sink.settings();

describe("e-mail digest", () => {
  it("sends each municipality's IT chiefs what falls due in the next 90 days, in Swedish, as text and HTML", async () => {
    const result = await runReminders(server.db, settings(), TEST_NOW);
    // The three finance members have a deadline within 90 days (30 June); Säby (next deadline 31 December) gets none.
    expect(result.digestsSent).toBe(3);
    // One mail per municipality, to the people holding IT_CHEF or IT_CHEFSGRUPPEN on its IT units (Fälla has two).
    expect(mails.map((m) => m.to.join(",")).sort()).toEqual(["anders.berg@bengtby.example", "karin.dahl@dalby.example", "per.holm@falla.example,sofia.ek@falla.example"]);
    expect(mails.every((m) => m.from === "samverkan@dkf.example")).toBe(true);

    const bengtsfors = decode(mails.find((m) => m.to.includes("anders.berg@bengtby.example"))!.raw);
    expect(bengtsfors.subject).toBe("Samverkan: 1 passerade och 2 datum inom 90 dagar för Bengtby");
    expect(bengtsfors.text).toContain(
      "Detta är vad som infaller för Bengtby de närmaste 90 dagarna, räknat från 15 juni 2026, och först de beslutsdatum som har passerat men fortfarande kräver beslut.",
    );
    // Passed decision deadlines come first, marked, instead of being dropped.
    expect(bengtsfors.text).toContain("- 30 december 2024 (för 532 dagar sedan, passerat): Beslutsdatum (passerat): Driftavtal gemensamt ekonomisystem");
    expect(bengtsfors.text.indexOf("Beslutsdatum (passerat)")).toBeLessThan(bengtsfors.text.indexOf("- 30 juni 2026"));
    expect(bengtsfors.html).toContain("<strong>Beslutsdatum (passerat): Driftavtal gemensamt ekonomisystem</strong>");
    expect(bengtsfors.text).toContain("- 30 juni 2026 (om 15 dagar): Beslutsdatum: Samverkansavtal gemensamt ekonomisystem");
    expect(bengtsfors.text).toContain("- 30 juni 2026 (om 15 dagar): Sista dag för uppsägning: Driftavtal gemensamt ekonomisystem");
    expect(bengtsfors.html).toContain("<strong>Beslutsdatum: Samverkansavtal gemensamt ekonomisystem</strong>");
    expect(bengtsfors.html).toContain('<html lang="sv">');
    // Fälla is no party to Bengtby's own driftavtal.
    const fargelanda = decode(mails.find((m) => m.to.includes("per.holm@falla.example"))!.raw);
    expect(fargelanda.text).toContain("Beslutsdatum: Samverkansavtal gemensamt ekonomisystem");
    expect(fargelanda.text).not.toContain("Driftavtal gemensamt ekonomisystem");
  });

  it("sends weekly: not again within the week, again seven days later", async () => {
    const sent = mails.length;
    expect((await runReminders(server.db, settings(), new Date("2026-06-21T10:00:00Z"))).digestsSent).toBe(0);
    expect(mails.length).toBe(sent);
    expect((await runReminders(server.db, settings(), new Date("2026-06-22T10:00:00Z"))).digestsSent).toBe(3);
  });

  it("links to the pages (kommun, avtal, system) at SAMVERKAN_PUBLIC_URL, and carries no links without it", async () => {
    const before = mails.length;
    const base = "https://samverkan.dalsland.example/sidor";
    expect((await runReminders(server.db, { ...settings(), publicUrl: base }, new Date("2026-06-29T10:00:00Z"))).digestsSent).toBe(3);
    const bengtsfors = decode(mails.slice(before).find((m) => m.to.includes("anders.berg@bengtby.example"))!.raw);
    expect(bengtsfors.text).toContain(`Bengtbys tidsgränser i Samverkan: ${base}/kommun/${b.code}#tidsgranser`);
    expect(bengtsfors.text).toContain(`Alla avtal och tidsgränser: ${base}/avtal`);
    // The passed decision deadline leads to its system's page and to the agreements.
    const text = bengtsfors.text.replace(/\r\n/g, "\n");
    const overdue = text.slice(text.indexOf("Beslutsdatum (passerat): Driftavtal gemensamt ekonomisystem"));
    const entry = overdue.slice(0, overdue.indexOf("\n- "));
    expect(entry).toMatch(new RegExp(`\\n  Gemensamt ekonomisystem: ${base}/system/[A-Za-z0-9%=_-]+\\n`));
    expect(entry).toContain(`\n  Avtal och tidsgränser: ${base}/avtal`);
    expect(bengtsfors.html).toContain(`<a href="${base}/kommun/${b.code}#tidsgranser">Bengtbys tidsgränser i Samverkan</a>`);
    expect(bengtsfors.html).toMatch(new RegExp(`<a href="${base}/system/[^"]+">Gemensamt ekonomisystem</a>`));
    const dalby = decode(mails.slice(before).find((m) => m.to.includes("karin.dahl@dalby.example"))!.raw);
    expect(dalby.text).toContain(`Dalbys tidsgränser i Samverkan: ${base}/kommun/${d.code}#tidsgranser`);
    // The digests before carried none.
    expect(mails.slice(0, before).every((m) => !decode(m.raw).text.includes("https://"))).toBe(true);
  });

  it("is off without an SMTP host", async () => {
    expect((await runReminders(server.db, TEST_REMINDER_SETTINGS, new Date("2026-07-15T10:00:00Z"))).digestsSent).toBe(0);
  });
});
