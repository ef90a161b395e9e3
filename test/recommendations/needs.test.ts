import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/src/access/roles";
import { runReminders } from "../../server/src/reminders/scheduler";
import { municipalityId, ok, startServer, TEST_NOW, type TestServer } from "../helpers/server";
import { decode, type Mail, startReceiver, startSmtpSink } from "../reminders/helpers";

let server: TestServer;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
const mails: Mail[] = [];
beforeAll(async () => {
  server = await startServer();
  receiver = await startReceiver();
  sink = await startSmtpSink(mails);
});
afterAll(async () => {
  await receiver.close();
  await sink.close();
  await server.close();
});

const NEED = `id category neededBy description budgetFrameOre registeredOn registeredBy viewerCanChoose municipality { code }
  answer { asOf summary
    matches { inSameBody lifecyclePhase functionalFit technicalFit userCount annualCostOre municipality { code } application { name } collaboration { name } level { ordinal }
      agreements { name decisionDeadline nearNeed agreement { id } } }
    deadlinesNearNeed { name decisionDeadline }
    options { key kind summary meetsNeededBy annualCostOre partners { code } collaboration { name } application { name }
      window { decisionOn procurementLeadTimeMonths earliestStart start end avoidedFreezes }
      costSplit { municipality { code } population amountOre } } }
  choice { key kind summary reason decidedOn decidedBy partners { code } window { start end } }`;
const REGISTER = `mutation($input: NeedRegisterInput!) { needRegister(input: $input) { needRegistration { ${NEED} } userErrors { field code message } } }`;
const CHOOSE = `mutation($input: NeedChooseInput!) { needChoose(input: $input) { needRegistration { ${NEED} } userErrors { field code message } } }`;

const bygglov = (m: string, overrides: Record<string, unknown> = {}) => ({
  municipalityId: m,
  category: "BUILDING_PERMITS",
  neededBy: "2027-06-30",
  description: "Nytt system för bygglov och tillsyn",
  budgetFrameOre: 15_000_000,
  ...overrides,
});

describe("need registration (behovsanmälan): finns det redan?", () => {
  it("answers a need for bygglov in Bengtsfors with the ByggR and Castor Bygg users, their agreements' deadlines and the options; the choice tells the other members", async () => {
    const [bengtsfors, mellerud, dalsEd] = await Promise.all(["1460", "1461", "1438"].map((code) => municipalityId(server, code)));
    const byggr = ok(await server.gql(`{ applications(first: 100) { nodes { id name } } }`)).applications.nodes.find((a: any) => a.name === "ByggR").id;
    // Mellerud's ByggR agreement ends 2027-12-31: its decision deadline (12 months' procurement before notice) falls near the need.
    const agreement = ok(
      await server.gql(`mutation($input: AgreementCreateInput!) { agreementCreate(input: $input) { agreement { id decisionDeadline } userErrors { code } } }`, {
        input: {
          kind: "LEVERANTORSAVTAL",
          name: "Licensavtal ByggR Mellerud",
          vendorName: "Sokigo AB",
          startDate: "2024-01-01",
          endDate: "2027-12-31",
          noticePeriod: { amount: 3, unit: "MONTHS" },
          municipalityIds: [mellerud],
          applicationIds: [byggr],
        },
      }),
    ).agreementCreate;
    expect(agreement.userErrors).toEqual([]);
    expect(agreement.agreement.decisionDeadline).toBe("2026-09-30");

    const endpoint = ok(
      await server.gql(`mutation($input: WebhookEndpointCreateInput!) { webhookEndpointCreate(input: $input) { webhookEndpoint { id } userErrors { code } } }`, {
        input: { url: receiver.url, eventTypes: ["NEED_REGISTERED", "NEED_CHOICE_RECORDED"] },
      }),
    ).webhookEndpointCreate;
    expect(endpoint.userErrors).toEqual([]);

    const editor = await server.token(Role.EDITOR, "1460");
    const registered = ok(await server.gql(REGISTER, { input: bygglov(bengtsfors) }, { token: editor })).needRegister;
    expect(registered.userErrors).toEqual([]);
    const need = registered.needRegistration;
    expect(need).toMatchObject({ category: "BUILDING_PERMITS", neededBy: "2027-06-30", budgetFrameOre: 15_000_000, registeredOn: "2026-06-15", viewerCanChoose: true, municipality: { code: "1460" } });
    const answer = need.answer;
    expect(answer.asOf).toBe("2026-06-15");
    expect(answer.summary).toBe("För bygglov används i dag ByggR (Bengtsfors, Dals-Ed, Mellerud och Åmål), Castor Bygg (Färgelanda).");
    // Every user of ByggR and Castor Bygg, the body's members first (all five are DKF members in 2026).
    expect(answer.matches.map((m: any) => [m.municipality.code, m.application.name, m.inSameBody])).toEqual([
      ["1460", "ByggR", true],
      ["1438", "ByggR", true],
      ["1439", "Castor Bygg", true],
      ["1461", "ByggR", true],
      ["1492", "ByggR", true],
    ]);
    expect(answer.matches.find((m: any) => m.municipality.code === "1439")).toMatchObject({
      lifecyclePhase: "PHASE_OUT",
      functionalFit: 1,
      technicalFit: 1,
      userCount: 5,
      annualCostOre: 6_000_000,
      collaboration: null,
      level: null,
    });
    const mellerudMatch = answer.matches.find((m: any) => m.municipality.code === "1461");
    expect(mellerudMatch.agreements).toEqual([{ name: "Licensavtal ByggR Mellerud", decisionDeadline: "2026-09-30", nearNeed: true, agreement: { id: agreement.agreement.id } }]);
    expect(answer.deadlinesNearNeed).toEqual([{ name: "Licensavtal ByggR Mellerud", decisionDeadline: "2026-09-30" }]);

    // Options: no collaboration on bygglov to join; procure together with Färgelanda (phasing out) and Mellerud (deadline near); or alone.
    expect(answer.options.map((o: any) => o.kind)).toEqual(["PROCURE_TOGETHER", "GO_ALONE"]);
    const together = answer.options[0];
    expect(together.partners.map((p: any) => p.code)).toEqual(["1439", "1461"]);
    expect(together.summary).toBe("Upphandla bygglov tillsammans med Färgelanda och Mellerud, vars avtal ska beslutas nära behovsdatum eller vars system avvecklas.");
    // Joint procurement at the joint level: 18 months; the window avoids the New Year freeze.
    expect(together.window).toMatchObject({ decisionOn: "2026-06-15", procurementLeadTimeMonths: 18, earliestStart: "2027-12-15", start: "2028-01-16", avoidedFreezes: ["Årsskifte"] });
    expect(together.meetsNeededBy).toBe(false);
    // The partners' costs today (60 000 + 115 000 kr) plus the budget frame (150 000 kr), split by population.
    expect(together.annualCostOre).toBe((60_000 + 115_000 + 150_000) * 100);
    expect(together.costSplit.map((s: any) => s.municipality.code)).toEqual(["1460", "1439", "1461"]);
    expect(together.costSplit.reduce((sum: number, s: any) => sum + s.amountOre, 0)).toBe(together.annualCostOre);
    const alone = answer.options[1];
    expect(alone).toMatchObject({ key: "GO_ALONE", partners: [], annualCostOre: 15_000_000, costSplit: [{ municipality: { code: "1460" }, amountOre: 15_000_000 }] });
    expect(alone.window).toMatchObject({ procurementLeadTimeMonths: 12, earliestStart: "2027-06-15" });

    // Another editor may neither register for Bengtsfors nor choose for it.
    const other = await server.token(Role.EDITOR, "1438");
    expect((await server.gql(REGISTER, { input: bygglov(bengtsfors) }, { token: other })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect((await server.gql(CHOOSE, { input: { needId: need.id, optionKey: together.key, reason: "x" } }, { token: other })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    // A key not among today's options, and a missing reason, change nothing.
    const bad = ok(await server.gql(CHOOSE, { input: { needId: need.id, optionKey: "JOIN_COLLABORATION:999", reason: " " } }, { token: editor })).needChoose;
    expect(bad.userErrors.map((e: any) => [e.field.join("."), e.code])).toEqual([
      ["input.optionKey", "NOT_FOUND"],
      ["input.reason", "REQUIRED"],
    ]);

    const chosen = ok(await server.gql(CHOOSE, { input: { needId: need.id, optionKey: together.key, reason: "Gemensam upphandling med Färgelanda och Mellerud." } }, { token: editor })).needChoose;
    expect(chosen.userErrors).toEqual([]);
    expect(chosen.needRegistration.choice).toMatchObject({
      key: together.key,
      kind: "PROCURE_TOGETHER",
      summary: together.summary,
      reason: "Gemensam upphandling med Färgelanda och Mellerud.",
      decidedOn: "2026-06-15",
      partners: [{ code: "1439" }, { code: "1461" }],
      window: { start: "2028-01-16" },
    });
    // Once per need.
    expect(ok(await server.gql(CHOOSE, { input: { needId: need.id, optionKey: "GO_ALONE", reason: "Ändrat." } }, { token: editor })).needChoose.userErrors.map((e: any) => e.code)).toEqual([
      "CONFLICT",
    ]);
    // Audited like any mutation.
    const audit = ok(await server.gql(`query($id: ID!) { auditLog(objectId: $id) { nodes { operation } } }`, { id: need.id })).auditLog.nodes.map((n: any) => n.operation);
    expect(audit).toEqual(["needRegister", "needChoose"]);

    // The other members are told through the webhook and in their e-mail digest.
    await runReminders(server.db, sink.settings(), new Date(TEST_NOW.getTime() + 60_000));
    const events = receiver.received.map((r) => JSON.parse(r.body));
    expect(events.map((e) => e.type)).toEqual(["NEED_REGISTERED", "NEED_CHOICE_RECORDED"]);
    expect(events[1].data).toMatchObject({
      municipality: { code: "1460", name: "Bengtsfors" },
      choice: { kind: "PROCURE_TOGETHER", partners: [{ code: "1439" }, { code: "1461" }], reason: "Gemensam upphandling med Färgelanda och Mellerud." },
    });
    expect(events[1].data.notified.map((m: any) => m.code).sort()).toEqual(["1438", "1439", "1461", "1492"]);
    const digestOf = (address: string) => decode(mails.find((m) => m.to.includes(address))!.raw);
    const line =
      "Bengtsfors anmälde 15 juni 2026 ett behov inom bygglov (behövs senast 30 juni 2027): Nytt system för bygglov och tillsyn. Valt 15 juni 2026: Upphandla bygglov tillsammans med Färgelanda och Mellerud, vars avtal ska beslutas nära behovsdatum eller vars system avvecklas.";
    const dalsEdDigest = digestOf("karin.dahl@dalsed.example");
    expect(dalsEdDigest.text.replace(/\r\n/g, "\n")).toContain(`Behovsanmälningar från andra medlemmar (finns det redan?):\n- ${line}`);
    expect(dalsEdDigest.html).toContain(`<li>${line}</li>`);
    // Bengtsfors is not told of its own need.
    expect(digestOf("anders.berg@bengtsfors.example").text).not.toContain("Behovsanmälningar");

    // The need is listed, and readable by readers.
    const reader = await server.token(Role.READER);
    const list = ok(await server.gql(`query($m: ID) { needRegistrations(municipality: $m) { totalCount nodes { id choice { kind } } } }`, { m: "1460" }, { token: reader })).needRegistrations;
    expect(list).toEqual({ totalCount: 1, nodes: [{ id: need.id, choice: { kind: "PROCURE_TOGETHER" } }] });
    expect(ok(await server.gql(`query($m: ID) { needRegistrations(municipality: $m) { totalCount } }`, { m: dalsEd })).needRegistrations.totalCount).toBe(0);
  });

  it("offers joining an existing collaboration in the area, and refuses bad input in Swedish", async () => {
    const fargelanda = await municipalityId(server, "1439");
    // Mellerud needs GIS: Bengtsfors, Dals-Ed and Färgelanda share Geosecma in a collaboration Mellerud is not part of.
    const mellerud = await municipalityId(server, "1461");
    const registered = ok(await server.gql(REGISTER, { input: bygglov(mellerud, { category: "GIS", neededBy: "2027-03-01", budgetFrameOre: null }) })).needRegister;
    expect(registered.userErrors).toEqual([]);
    const join = registered.needRegistration.answer.options.find((o: any) => o.kind === "JOIN_COLLABORATION");
    expect(join).toMatchObject({ collaboration: { name: "GIS-samverkan" }, application: { name: "Geosecma" }, partners: [{ code: "1460" }, { code: "1438" }, { code: "1439" }] });
    expect(join.window).toMatchObject({ procurementLeadTimeMonths: 3, earliestStart: "2026-09-15", start: "2026-09-15" });
    expect(join.meetsNeededBy).toBe(true);
    expect(join.costSplit.reduce((sum: number, s: any) => sum + s.amountOre, 0)).toBe(join.annualCostOre);

    const bad = ok(await server.gql(REGISTER, { input: bygglov(fargelanda, { neededBy: "2026-06-14", description: "", budgetFrameOre: 150 }) })).needRegister;
    expect(bad.userErrors.map((e: any) => [e.field.join("."), e.code])).toEqual([
      ["input.description", "REQUIRED"],
      ["input.neededBy", "OUT_OF_RANGE"],
      ["input.budgetFrameOre", "INVALID"],
    ]);
    expect(bad.userErrors[1].message).toContain("före i dag");
  });
});
