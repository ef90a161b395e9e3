import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runReminders } from "../../server/src/reminders/scheduler";
import { startServer, TEST_NOW, type TestServer } from "../helpers/server";
import { decode, type Mail, startSmtpSink, TEST_REMINDER_SETTINGS } from "./helpers";

let server: TestServer;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
const mails: Mail[] = [];

beforeAll(async () => {
  server = await startServer();
  sink = await startSmtpSink(mails);
});
afterAll(async () => {
  await sink.close();
  await server.close();
});

const settings = () => sink.settings();

describe("e-mail digest", () => {
  it("sends each municipality's IT chiefs what falls due in the next 90 days, in Swedish, as text and HTML", async () => {
    const result = await runReminders(server.db, settings(), TEST_NOW);
    // Every Dalsland municipality has a deadline within 90 days (the finance and library agreements, 30 June);
    // Säffle and Årjäng (telephony, next deadline 30 December) get none.
    expect(result.digestsSent).toBe(5);
    // One mail per municipality, to the people holding IT_CHEF or IT_CHEFSGRUPPEN on its IT units (Åmål has two).
    expect(mails.map((m) => m.to.join(",")).sort()).toEqual([
      "anders.berg@bengtsfors.example",
      "jonas.ekberg@fargelanda.example",
      "karin.dahl@dalsed.example",
      "maria.lund@mellerud.example",
      "per.holm@amal.example,sofia.ek@amal.example",
    ]);
    expect(mails.every((m) => m.from === "samverkan@dkf.example")).toBe(true);

    const bengtsfors = decode(mails.find((m) => m.to.includes("anders.berg@bengtsfors.example"))!.raw);
    expect(bengtsfors.subject).toMatch(/^Samverkan: \d+ passerade och \d+ datum inom 90 dagar för Bengtsfors$/);
    expect(bengtsfors.text).toContain(
      "Detta är vad som infaller för Bengtsfors de närmaste 90 dagarna, räknat från 15 juni 2026, och först de beslutsdatum som har passerat men fortfarande kräver beslut.",
    );
    // Passed decision deadlines come first, marked, instead of being dropped.
    expect(bengtsfors.text).toContain("- 30 december 2024 (för 532 dagar sedan, passerat): Beslutsdatum (passerat): Driftavtal gemensamt ekonomisystem");
    expect(bengtsfors.text.indexOf("Beslutsdatum (passerat)")).toBeLessThan(bengtsfors.text.indexOf("- 30 juni 2026"));
    expect(bengtsfors.html).toContain("<strong>Beslutsdatum (passerat): Driftavtal gemensamt ekonomisystem</strong>");
    expect(bengtsfors.text).toContain("- 30 juni 2026 (om 15 dagar): Beslutsdatum: Samverkansavtal gemensamt ekonomisystem");
    expect(bengtsfors.text).toContain("- 30 juni 2026 (om 15 dagar): Sista dag för uppsägning: Driftavtal gemensamt ekonomisystem");
    expect(bengtsfors.html).toContain("<strong>Beslutsdatum: Samverkansavtal gemensamt ekonomisystem</strong>");
    expect(bengtsfors.html).toContain('<html lang="sv">');
    // Färgelanda is no party to Bengtsfors' own driftavtal.
    const fargelanda = decode(mails.find((m) => m.to.includes("jonas.ekberg@fargelanda.example"))!.raw);
    expect(fargelanda.text).toContain("Beslutsdatum: Samverkansavtal gemensamt ekonomisystem");
    expect(fargelanda.text).not.toContain("Driftavtal gemensamt ekonomisystem");
  });

  it("sends weekly: not again within the week, again seven days later", async () => {
    const sent = mails.length;
    expect((await runReminders(server.db, settings(), new Date("2026-06-21T10:00:00Z"))).digestsSent).toBe(0);
    expect(mails.length).toBe(sent);
    expect((await runReminders(server.db, settings(), new Date("2026-06-22T10:00:00Z"))).digestsSent).toBe(5);
  });

  it("links to the pages (kommun, avtal, system) at SAMVERKAN_PUBLIC_URL, and carries no links without it", async () => {
    const before = mails.length;
    const base = "https://samverkan.dalsland.example/sidor";
    expect((await runReminders(server.db, { ...settings(), publicUrl: base }, new Date("2026-06-29T10:00:00Z"))).digestsSent).toBe(5);
    const bengtsfors = decode(mails.slice(before).find((m) => m.to.includes("anders.berg@bengtsfors.example"))!.raw);
    expect(bengtsfors.text).toContain(`Bengtsfors tidsgränser i Samverkan: ${base}/kommun/1460#tidsgranser`);
    expect(bengtsfors.text).toContain(`Alla avtal och tidsgränser: ${base}/avtal`);
    // The passed decision deadline leads to its system's page and to the agreements.
    const text = bengtsfors.text.replace(/\r\n/g, "\n");
    const overdue = text.slice(text.indexOf("Beslutsdatum (passerat): Driftavtal gemensamt ekonomisystem"));
    const entry = overdue.slice(0, overdue.indexOf("\n- "));
    expect(entry).toMatch(new RegExp(`\\n  Gemensamt ekonomisystem: ${base}/system/[A-Za-z0-9%=_-]+\\n`));
    expect(entry).toContain(`\n  Avtal och tidsgränser: ${base}/avtal`);
    expect(bengtsfors.html).toContain(`<a href="${base}/kommun/1460#tidsgranser">Bengtsfors tidsgränser i Samverkan</a>`);
    expect(bengtsfors.html).toMatch(new RegExp(`<a href="${base}/system/[^"]+">Gemensamt ekonomisystem</a>`));
    const mellerud = decode(mails.slice(before).find((m) => m.to.includes("maria.lund@mellerud.example"))!.raw);
    expect(mellerud.text).toContain(`Melleruds tidsgränser i Samverkan: ${base}/kommun/1461#tidsgranser`);
    // The digests before carried none.
    expect(mails.slice(0, before).every((m) => !decode(m.raw).text.includes("https://"))).toBe(true);
  });

  it("is off without an SMTP host", async () => {
    expect((await runReminders(server.db, TEST_REMINDER_SETTINGS, new Date("2026-07-15T10:00:00Z"))).digestsSent).toBe(0);
  });
});
