import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
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
