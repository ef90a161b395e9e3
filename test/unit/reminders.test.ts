import { describe, expect, it } from "vitest";
import { readReminderSettings } from "../../server/src/config";
import { DeadlineKind } from "../../server/src/status/deadlines";
import { agreementDeadline, digestDue, dueReminders, nextAttempt, stampKey } from "../../server/src/reminders/due";

const deadline = (agreementId: number, date: string, kind = DeadlineKind.DECISION) =>
  agreementDeadline({ agreementId, name: `Avtal ${agreementId}`, kind, date, noticeDeadline: date, currentTermEnd: date, procurementLeadTimeMonths: 12, municipalityIds: [1] });

describe("dueReminders", () => {
  const endpoints = [
    { id: 1, thresholdDays: [180, 90, 30] },
    { id: 2, thresholdDays: [60] },
  ];

  it("fires each endpoint's nearest crossed threshold only, grouped by stamp", () => {
    const due = dueReminders("2026-06-15", [deadline(7, "2026-07-05")], endpoints, new Set());
    // 20 days left: endpoint 1's nearest is 30 (not also 90 and 180), endpoint 2's is 60.
    expect(due.map((d) => [d.thresholdDays, d.daysLeft, d.endpointIds])).toEqual([
      [30, 20, [1]],
      [60, 20, [2]],
    ]);
  });

  it("skips stamped reminders, past deadlines and thresholds not reached", () => {
    const stamped = new Set([stampKey(7, DeadlineKind.DECISION, 30, "2026-07-05")]);
    expect(dueReminders("2026-06-15", [deadline(7, "2026-07-05")], [endpoints[0]], stamped)).toEqual([]);
    expect(dueReminders("2026-06-15", [deadline(7, "2026-06-14")], endpoints, new Set())).toEqual([]);
    expect(dueReminders("2026-06-15", [deadline(7, "2027-06-15")], endpoints, new Set())).toEqual([]);
  });

  it("fires again for a moved deadline: the stamp names the date", () => {
    const stamped = new Set([stampKey(7, DeadlineKind.DECISION, 30, "2026-07-05")]);
    expect(dueReminders("2026-06-15", [deadline(7, "2026-07-06")], [endpoints[0]], stamped).map((d) => d.deadline.date)).toEqual(["2026-07-06"]);
  });

  it("fires on the deadline day itself at threshold 0", () => {
    expect(dueReminders("2026-06-15", [deadline(7, "2026-06-15")], [{ id: 1, thresholdDays: [0] }], new Set()).map((d) => d.daysLeft)).toEqual([0]);
  });
});

describe("nextAttempt", () => {
  const now = new Date("2026-06-15T10:00:00.000Z");
  it("doubles the wait after each failed attempt and gives up at the maximum", () => {
    expect(nextAttempt(now, 1, 60, 4)?.toISOString()).toBe("2026-06-15T10:01:00.000Z");
    expect(nextAttempt(now, 2, 60, 4)?.toISOString()).toBe("2026-06-15T10:02:00.000Z");
    expect(nextAttempt(now, 3, 60, 4)?.toISOString()).toBe("2026-06-15T10:04:00.000Z");
    expect(nextAttempt(now, 4, 60, 4)).toBeNull();
  });
});

describe("digestDue", () => {
  it("is due when none was sent or the interval has passed", () => {
    expect(digestDue(null, "2026-06-15", 7)).toBe(true);
    expect(digestDue("2026-06-09", "2026-06-15", 7)).toBe(false);
    expect(digestDue("2026-06-08", "2026-06-15", 7)).toBe(true);
  });
});

describe("reminder settings", () => {
  it("defaults to a run every 5 minutes, weekly digests of 90 days, and no e-mail without SMTP_HOST", () => {
    expect(readReminderSettings({})).toEqual({
      intervalSeconds: 300,
      webhookRetryBaseSeconds: 60,
      webhookMaxAttempts: 8,
      webhookTimeoutSeconds: 10,
      digestIntervalDays: 7,
      digestHorizonDays: 90,
      smtp: null,
      publicUrl: null,
    });
  });

  it("reads the pages' public address for the digests' links, and refuses what is not one", () => {
    expect(readReminderSettings({ SAMVERKAN_PUBLIC_URL: "https://samverkan.dalsland.example/" }).publicUrl).toBe("https://samverkan.dalsland.example");
    expect(readReminderSettings({ SAMVERKAN_PUBLIC_URL: "http://intra.example:8080/samverkan//" }).publicUrl).toBe("http://intra.example:8080/samverkan");
    expect(readReminderSettings({ SAMVERKAN_PUBLIC_URL: " " }).publicUrl).toBeNull();
    for (const bad of ["samverkan.example", "ftp://samverkan.example", "https://samverkan.example/?x=1", "https://user:pw@samverkan.example"]) {
      expect(() => readReminderSettings({ SAMVERKAN_PUBLIC_URL: bad }), bad).toThrow(/SAMVERKAN_PUBLIC_URL/);
    }
  });

  it("reads the SMTP server and refuses malformed values", () => {
    expect(readReminderSettings({ SMTP_HOST: "smtp.dkf.example", SMTP_PORT: "465", SMTP_USER: "u", SMTP_PASSWORD: "p", SMTP_FROM: "Samverkan <s@dkf.example>" }).smtp).toEqual({
      host: "smtp.dkf.example",
      port: 465,
      secure: true,
      user: "u",
      password: "p",
      from: "Samverkan <s@dkf.example>",
    });
    expect(() => readReminderSettings({ SAMVERKAN_DIGEST_INTERVAL_DAYS: "weekly" })).toThrow(/SAMVERKAN_DIGEST_INTERVAL_DAYS/);
  });
});
