import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runReminders } from "../../server/src/reminders/scheduler";
import { startServer, TEST_NOW, type TestServer } from "../helpers/server";
import { TEST_REMINDER_SETTINGS } from "./helpers";

interface Mail {
  from: string;
  to: string[];
  raw: string;
}

let server: TestServer;
let smtp: SMTPServer;
const mails: Mail[] = [];
let port: number;

beforeAll(async () => {
  server = await startServer();
  // A real SMTP server on loopback, without TLS or authentication, that keeps what it receives.
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        mails.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address).sort(),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  port = (smtp.server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await server.close();
});

const settings = () => ({ ...TEST_REMINDER_SETTINGS, smtp: { host: "127.0.0.1", port, secure: false, user: null, password: null, from: "Samverkan <samverkan@dkf.example>" } });

/** Decodes a MIME message's header words and its text and HTML parts (quoted-printable or base64). */
function decode(raw: string): { subject: string; text: string; html: string } {
  const words = (value: string) =>
    value
      .replace(/\r?\n\s+/g, " ")
      .replace(/=\?utf-8\?([QB])\?(.*?)\?=\s*/gi, (_m, kind: string, text: string) => (kind.toUpperCase() === "B" ? Buffer.from(text, "base64").toString("utf8") : qp(text.replace(/_/g, " "))));
  const qp = (text: string) =>
    Buffer.from(
      text.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))),
      "latin1",
    ).toString("utf8");
  const subject = words(/^Subject: (.*(?:\r?\n\s+.*)*)/im.exec(raw)?.[1] ?? "");
  const part = (type: string) => {
    const match = new RegExp(`Content-Type: ${type}[^]*?Content-Transfer-Encoding: (\\S+)\\r?\\n\\r?\\n([^]*?)\\r?\\n--`, "i").exec(raw);
    if (!match) return "";
    return match[1].toLowerCase() === "base64" ? Buffer.from(match[2], "base64").toString("utf8") : match[1].toLowerCase() === "quoted-printable" ? qp(match[2]) : match[2];
  };
  return { subject, text: part("text/plain"), html: part("text/html") };
}

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

  it("is off without an SMTP host", async () => {
    expect((await runReminders(server.db, TEST_REMINDER_SETTINGS, new Date("2026-07-15T10:00:00Z"))).digestsSent).toBe(0);
  });
});
