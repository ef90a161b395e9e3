import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import type { ReminderSettings } from "../../server/src/config";

/** Scheduler settings for tests: no timer (tests call runReminders with their own clock), a one-minute retry base. */
export const TEST_REMINDER_SETTINGS: ReminderSettings = {
  intervalSeconds: 0,
  webhookRetryBaseSeconds: 60,
  webhookMaxAttempts: 3,
  webhookTimeoutSeconds: 5,
  digestIntervalDays: 7,
  digestHorizonDays: 90,
  smtp: null,
  publicUrl: null,
};

export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
  status: number;
}

/** A real HTTP receiver on loopback: records every request and answers with the next status of `statuses` (then 204). */
export async function startReceiver(statuses: number[] = []) {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    let body = "";
    request.setEncoding("utf8");
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      const status = statuses.shift() ?? 204;
      received.push({ headers: request.headers, body, status });
      response.writeHead(status).end(status >= 500 ? "fel" : "");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface Mail {
  from: string;
  to: string[];
  raw: string;
}

/** A real SMTP server on loopback, without TLS or authentication, that keeps what it receives in `mails`; `settings()` points the scheduler at it. */
export async function startSmtpSink(mails: Mail[]) {
  const smtp = new SMTPServer({
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
  const port = (smtp.server.address() as AddressInfo).port;
  return {
    settings: (): ReminderSettings => ({ ...TEST_REMINDER_SETTINGS, smtp: { host: "127.0.0.1", port, secure: false, user: null, password: null, from: "Samverkan <samverkan@dkf.example>" } }),
    close: () => new Promise<void>((resolve) => smtp.close(() => resolve())),
  };
}

/** Decodes a MIME message's header words and its text and HTML parts (quoted-printable or base64). */
export function decode(raw: string): { subject: string; text: string; html: string } {
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
