import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runReminders } from "../../server/src/reminders/scheduler";
import { ok, TEST_NOW, type TestServer } from "../helpers/server";
import { type Kit, type Municipality, startKit, graphql } from "../kit";
import { TEST_REMINDER_SETTINGS } from "../reminders/helpers";

/**
 * Budget notices of an issued implementation plan in the e-mail digest, over data this file builds with
 * the test kit: a body of five whose care systems differ (four on a poor product, Åby on a better
 * one), New Year freezes, and an IT chief per municipality.
 */
let kit: Kit;
let server: TestServer;
let body: string;
let smtp: SMTPServer;
const mails: { to: string[]; raw: string }[] = [];
let port: number;

beforeAll(async () => {
  kit = await startKit();
  server = kit.server;
  const members: Municipality[] = [];
  for (const [name, population] of [
    ["Bengtby", 9076],
    ["Dalby", 4606],
    ["Fälla", 6376],
    ["Mellby", 9052],
    ["Åby", 11906],
  ] as const)
    members.push(await kit.municipality({ name, population }));
  body = (await kit.body({ members, shortName: "DKF" })).id;
  const procapita = await kit.application({ name: "Procapita VoO", category: "CARE" });
  const lifecare = await kit.application({ name: "Lifecare", category: "CARE" });
  for (const [i, municipality] of members.entries()) {
    await kit.changeFreeze({ municipality, name: "Årsskifte", period: { kind: "DAY_MONTH", fromMonthDay: "12-15", toMonthDay: "01-15" } });
    const unit = await kit.itUnit({ municipality });
    const email = `it-chef-${i + 1}@dkf.example`;
    await kit.role({ kind: "IT_CHEF", person: await kit.person({ municipality, email }), itUnit: unit, from: "2020-01-01" });
    if (i < 4) await kit.usage({ municipality, application: procapita, functionalFit: 2, technicalFit: 2, annualCostSek: 500_000, users: 100 });
    else await kit.usage({ municipality, application: lifecare, functionalFit: 4, technicalFit: 3, annualCostSek: 780_000, users: 400 });
  }
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        mails.push({ to: session.envelope.rcptTo.map((r) => r.address).sort(), raw: Buffer.concat(chunks).toString("utf8") });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  port = (smtp.server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await kit.close();
});

/** The text part of a MIME message (quoted-printable or base64). */
function textOf(raw: string): string {
  const match = /Content-Type: text\/plain[\s\S]*?Content-Transfer-Encoding: (\S+)\r?\n\r?\n([\s\S]*?)\r?\n--/i.exec(raw);
  if (!match) return "";
  if (match[1].toLowerCase() === "base64") return Buffer.from(match[2], "base64").toString("utf8");
  const qp = match[2].replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  return match[1].toLowerCase() === "quoted-printable" ? Buffer.from(qp, "latin1").toString("utf8") : match[2];
}

describe("budget notices in the digest", () => {
  it("an issued plan's budget notice reaches each municipality's contacts with its next digest", async () => {
    const candidate = ok(await server.gql(graphql(`query BudgetDigestCollaborationCandidates { collaborationCandidates(first: 100) { nodes { id category } } }`))).collaborationCandidates!.nodes.find(
      (c: any) => c.category === "CARE",
    );
    ok(
      await server.gql(graphql(`mutation BudgetDigestRecommendationDecide($input: RecommendationDecideInput!) { recommendationDecide(input: $input) { userErrors { code } } }`), {
        input: { candidateId: candidate!.id, status: "ACCEPTED", reason: "Gemensamt verksamhetssystem för vård och omsorg." },
      }),
    );
    const issued = ok(
      await server.gql(
        graphql(`mutation BudgetDigestImplementationPlanIssue($input: ImplementationPlanIssueInput!) { implementationPlanIssue(input: $input) { issue { version } userErrors { code } } }`),
        {
          input: { body, from: "2026-01-01", to: "2030-12-31" },
        },
      ),
    ).implementationPlanIssue;
    expect(issued).toEqual({ issue: { version: 1 }, userErrors: [] });

    const settings = { ...TEST_REMINDER_SETTINGS, smtp: { host: "127.0.0.1", port, secure: false, user: null, password: null, from: "Samverkan <samverkan@dkf.example>" } };
    expect((await runReminders(server.db, settings, TEST_NOW)).digestsSent).toBe(5);
    const amal = textOf(mails.find((m) => m.to.includes("it-chef-5@dkf.example"))!.raw);
    expect(amal).toContain("Budgetunderlag för Åby (ekonomiska konsekvenser till den ordinarie budgetprocessen):");
    expect(amal).toContain("* Införandeplan 2026–2030, version 1, utfärdad 15 juni 2026: budgeten beslutas senast 30 november 2027.");
    expect(amal).toMatch(/ {2}- 2028: Omställning Lifecare \(engångskostnad\) \(uppskattning\): [\d\u00a0]+,\d\d\u00a0kr \(beslut 2026-06-15: Gemensamt verksamhetssystem för vård och omsorg\.\)/);
    expect(amal).toContain("2028: Årskostnad Lifecare: från 780\u00a0000,00\u00a0kr till");

    // The next digest a week later does not repeat it: with no other deadline, there is nothing to send.
    const before = mails.length;
    expect((await runReminders(server.db, settings, new Date("2026-06-22T10:00:00Z"))).digestsSent).toBe(0);
    expect(mails.length).toBe(before);
  });
});
