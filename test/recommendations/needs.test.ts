import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/src/access/roles";
import { runReminders } from "../../server/src/reminders/scheduler";
import { ok, TEST_NOW, type TestServer } from "../helpers/server";
import { type Application, type Kit, type Municipality, startKit, graphql } from "../kit";
import { decode, type Mail, startReceiver, startSmtpSink } from "../reminders/helpers";
import type { NeedRegisterInput } from "../kit/generated/graphql";

/**
 * Need registration (behovsanmälan) over data this file builds with the test kit: a body of five with
 * New Year freezes and an IT chief each; four run ByggR for bygglov and Fälla phases out Castor Bygg;
 * three share Geosecma in a GIS collaboration Mellby is not part of.
 */
let kit: Kit;
let server: TestServer;
let b: Municipality;
let d: Municipality;
let f: Municipality;
let m: Municipality;
let a: Municipality;
let byggrApplication: Application;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
const mails: Mail[] = [];
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
  [b, d, f, m, a] = members;
  await kit.body({ members, shortName: "DKF" });
  const emails = ["anders.berg@bengtby.example", "karin.dahl@dalby.example", "jonas.ekberg@falla.example", "maria.lund@mellby.example", "per.holm@aby.example"];
  for (const [i, municipality] of members.entries()) {
    await kit.changeFreeze({ municipality, name: "Årsskifte", period: { kind: "DAY_MONTH", fromMonthDay: "12-15", toMonthDay: "01-15" } });
    await kit.role({ kind: "IT_CHEF", person: await kit.person({ municipality, email: emails[i] }), itUnit: await kit.itUnit({ municipality }), from: "2020-01-01" });
  }
  byggrApplication = await kit.application({ name: "ByggR", category: "BUILDING_PERMITS", vendor: "Sokigo AB" });
  for (const [municipality, cost] of [
    [b, 90_000],
    [d, 50_000],
    [m, 115_000],
    [a, 130_000],
  ] as const)
    await kit.usage({ municipality, application: byggrApplication, annualCostSek: cost, users: 20 });
  const castor = await kit.application({ name: "Castor Bygg", category: "BUILDING_PERMITS" });
  await kit.usage({ municipality: f, application: castor, phase: "PHASE_OUT", functionalFit: 1, technicalFit: 1, users: 5, annualCostSek: 60_000 });
  const geosecma = await kit.application({ name: "Geosecma", category: "GIS" });
  for (const municipality of [b, d, f]) await kit.usage({ municipality, application: geosecma, annualCostSek: 40_000 });
  await kit.collaboration({ name: "GIS-samverkan", level: 2, participants: [b, d, f], application: geosecma, startedOn: "2010-01-01" });
  receiver = await startReceiver();
  sink = await startSmtpSink(mails);
});
afterAll(async () => {
  await receiver.close();
  await sink.close();
  await kit.close();
});

graphql(`fragment NeedsNeed on NeedRegistration { id category neededBy description budgetFrameOre registeredOn registeredBy viewerCanChoose municipality { code }
  answer { asOf summary
    matches { inSameBody lifecyclePhase functionalFit technicalFit userCount annualCostOre municipality { code } application { name } collaboration { name } level { ordinal }
      agreements { name decisionDeadline nearNeed agreement { id } } }
    deadlinesNearNeed { name decisionDeadline }
    options { key kind summary meetsNeededBy annualCostOre partners { code } collaboration { name } application { name }
      window { decisionOn procurementLeadTimeMonths earliestStart start end avoidedFreezes }
      costSplit { municipality { code } population amountOre } } }
  choice { key kind summary reason decidedOn decidedBy partners { code } window { start end } } }`);
const REGISTER = graphql(`mutation NeedsRegister($input: NeedRegisterInput!) { needRegister(input: $input) { needRegistration { ...NeedsNeed } userErrors { field code message } } }`);
const CHOOSE = graphql(`mutation NeedsChoose($input: NeedChooseInput!) { needChoose(input: $input) { needRegistration { ...NeedsNeed } userErrors { field code message } } }`);

const bygglov = (m: string, overrides: Partial<NeedRegisterInput> = {}): NeedRegisterInput => ({
  municipalityId: m,
  category: "BUILDING_PERMITS",
  neededBy: "2027-06-30",
  description: "Nytt system för bygglov och tillsyn",
  budgetFrameOre: 15_000_000,
  ...overrides,
});

describe("need registration (behovsanmälan): finns det redan?", () => {
  it("answers a need for bygglov in Bengtby with the ByggR and Castor Bygg users, their agreements' deadlines and the options; the choice tells the other members", async () => {
    const [bengtsfors, mellerud, dalsEd] = [b.id, m.id, d.id];
    const byggr = byggrApplication.id;
    // Mellby's ByggR agreement ends 2027-12-31: its decision deadline (12 months' procurement before notice) falls near the need.
    const agreement = ok(
      await server.gql(graphql(`mutation NeedsAgreementCreate($input: AgreementCreateInput!) { agreementCreate(input: $input) { agreement { id decisionDeadline } userErrors { code } } }`), {
        input: {
          kind: "LEVERANTORSAVTAL",
          name: "Licensavtal ByggR Mellby",
          vendorName: "Sokigo AB",
          startDate: "2024-01-01",
          endDate: "2027-12-31",
          noticePeriod: { amount: 3, unit: "MONTHS" },
          municipalityIds: [mellerud],
          applicationIds: [byggr],
        },
      }),
    ).agreementCreate;
    expect(agreement!.userErrors).toEqual([]);
    expect(agreement!.agreement!.decisionDeadline).toBe("2026-09-30");

    const endpoint = ok(
      await server.gql(graphql(`mutation NeedsWebhookEndpointCreate($input: WebhookEndpointCreateInput!) { webhookEndpointCreate(input: $input) { webhookEndpoint { id } userErrors { code } } }`), {
        input: { url: receiver.url, eventTypes: ["NEED_REGISTERED", "NEED_CHOICE_RECORDED"] },
      }),
    ).webhookEndpointCreate;
    expect(endpoint!.userErrors).toEqual([]);

    const editor = await server.token(Role.EDITOR, b.code);
    const registered = ok(await server.gql(REGISTER, { input: bygglov(bengtsfors) }, { token: editor })).needRegister;
    expect(registered!.userErrors).toEqual([]);
    const need = registered!.needRegistration;
    expect(need).toMatchObject({ category: "BUILDING_PERMITS", neededBy: "2027-06-30", budgetFrameOre: 15_000_000, registeredOn: "2026-06-15", viewerCanChoose: true, municipality: { code: b.code } });
    const answer = need!.answer;
    expect(answer.asOf).toBe("2026-06-15");
    expect(answer.summary).toBe("För bygglov används i dag ByggR (Bengtby, Dalby, Mellby och Åby), Castor Bygg (Fälla).");
    // Every user of ByggR and Castor Bygg, the body's members first (all five are DKF members in 2026).
    expect(answer.matches.map((x: any) => [x.municipality.code, x.application.name, x.inSameBody])).toEqual([
      [b.code, "ByggR", true],
      [d.code, "ByggR", true],
      [f.code, "Castor Bygg", true],
      [m.code, "ByggR", true],
      [a.code, "ByggR", true],
    ]);
    expect(answer.matches.find((x: any) => x.municipality.code === f.code)).toMatchObject({
      lifecyclePhase: "PHASE_OUT",
      functionalFit: 1,
      technicalFit: 1,
      userCount: 5,
      annualCostOre: 6_000_000,
      collaboration: null,
      level: null,
    });
    const mellerudMatch = answer.matches.find((x: any) => x.municipality.code === m.code);
    expect(mellerudMatch!.agreements).toEqual([{ name: "Licensavtal ByggR Mellby", decisionDeadline: "2026-09-30", nearNeed: true, agreement: { id: agreement!.agreement!.id } }]);
    expect(answer.deadlinesNearNeed).toEqual([{ name: "Licensavtal ByggR Mellby", decisionDeadline: "2026-09-30" }]);

    // Options: no collaboration on bygglov to join; procure together with Fälla (phasing out) and Mellby (deadline near); or alone.
    expect(answer.options.map((o: any) => o.kind)).toEqual(["PROCURE_TOGETHER", "GO_ALONE"]);
    const together = answer.options[0];
    expect(together.partners.map((p: any) => p.code)).toEqual([f.code, m.code]);
    expect(together.summary).toBe("Upphandla bygglov tillsammans med Fälla och Mellby, vars avtal ska beslutas nära behovsdatum eller vars system avvecklas.");
    // Joint procurement at the joint level: 18 months; the window avoids the New Year freeze.
    expect(together.window).toMatchObject({ decisionOn: "2026-06-15", procurementLeadTimeMonths: 18, earliestStart: "2027-12-15", start: "2028-01-16", avoidedFreezes: ["Årsskifte"] });
    expect(together.meetsNeededBy).toBe(false);
    // The partners' costs today (60 000 + 115 000 kr) plus the budget frame (150 000 kr), split by population.
    expect(together.annualCostOre).toBe((60_000 + 115_000 + 150_000) * 100);
    expect(together.costSplit!.map((s: any) => s.municipality.code)).toEqual([b.code, f.code, m.code]);
    expect(together.costSplit!.reduce((sum: number, s: any) => sum + s.amountOre, 0)).toBe(together.annualCostOre);
    const alone = answer.options[1];
    expect(alone).toMatchObject({ key: "GO_ALONE", partners: [], annualCostOre: 15_000_000, costSplit: [{ municipality: { code: b.code }, amountOre: 15_000_000 }] });
    expect(alone.window).toMatchObject({ procurementLeadTimeMonths: 12, earliestStart: "2027-06-15" });

    // Another editor may neither register for Bengtby nor choose for it.
    const other = await server.token(Role.EDITOR, d.code);
    expect((await server.gql(REGISTER, { input: bygglov(bengtsfors) }, { token: other })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect((await server.gql(CHOOSE, { input: { needId: need!.id, optionKey: together.key, reason: "x" } }, { token: other })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    // A key not among today's options, and a missing reason, change nothing.
    const bad = ok(await server.gql(CHOOSE, { input: { needId: need!.id, optionKey: "JOIN_COLLABORATION:999", reason: " " } }, { token: editor })).needChoose;
    expect(bad!.userErrors.map((e: any) => [e.field.join("."), e.code])).toEqual([
      ["input.optionKey", "NOT_FOUND"],
      ["input.reason", "REQUIRED"],
    ]);

    const chosen = ok(await server.gql(CHOOSE, { input: { needId: need!.id, optionKey: together.key, reason: "Gemensam upphandling med Fälla och Mellby." } }, { token: editor })).needChoose;
    expect(chosen!.userErrors).toEqual([]);
    expect(chosen!.needRegistration!.choice).toMatchObject({
      key: together.key,
      kind: "PROCURE_TOGETHER",
      summary: together.summary,
      reason: "Gemensam upphandling med Fälla och Mellby.",
      decidedOn: "2026-06-15",
      partners: [{ code: f.code }, { code: m.code }],
      window: { start: "2028-01-16" },
    });
    // Once per need.
    expect(ok(await server.gql(CHOOSE, { input: { needId: need!.id, optionKey: "GO_ALONE", reason: "Ändrat." } }, { token: editor })).needChoose!.userErrors.map((e: any) => e.code)).toEqual([
      "CONFLICT",
    ]);
    // Audited like any mutation.
    const audit = ok(await server.gql(graphql(`query NeedsAuditLog($id: ID!) { auditLog(objectId: $id) { nodes { operation } } }`), { id: need!.id })).auditLog!.nodes.map((n: any) => n.operation);
    expect(audit).toEqual(["needRegister", "needChoose"]);

    // The other members are told through the webhook and in their e-mail digest.
    await runReminders(server.db, sink.settings(), new Date(TEST_NOW.getTime() + 60_000));
    const events = receiver.received.map((r) => JSON.parse(r.body));
    expect(events.map((e) => e.type)).toEqual(["NEED_REGISTERED", "NEED_CHOICE_RECORDED"]);
    expect(events[1].data).toMatchObject({
      municipality: { code: b.code, name: "Bengtby" },
      choice: { kind: "PROCURE_TOGETHER", partners: [{ code: f.code }, { code: m.code }], reason: "Gemensam upphandling med Fälla och Mellby." },
    });
    expect(events[1].data.notified.map((x: any) => x.code).sort()).toEqual([d.code, f.code, m.code, a.code].sort());
    const digestOf = (address: string) => decode(mails.find((m) => m.to.includes(address))!.raw);
    const line =
      "Bengtby anmälde 15 juni 2026 ett behov inom bygglov (behövs senast 30 juni 2027): Nytt system för bygglov och tillsyn. Valt 15 juni 2026: Upphandla bygglov tillsammans med Fälla och Mellby, vars avtal ska beslutas nära behovsdatum eller vars system avvecklas.";
    const dalsEdDigest = digestOf("karin.dahl@dalby.example");
    expect(dalsEdDigest.text.replace(/\r\n/g, "\n")).toContain(`Behovsanmälningar från andra medlemmar (finns det redan?):\n- ${line}`);
    expect(dalsEdDigest.html).toContain(`<li>${line}</li>`);
    // Bengtby is not told of its own need.
    const toBengtby = mails.filter((x) => x.to.includes("anders.berg@bengtby.example"));
    expect(toBengtby.every((x) => !decode(x.raw).text.includes("Behovsanmälningar"))).toBe(true);
    // The other four members are each told.
    expect(mails.filter((x) => decode(x.raw).text.includes(line))).toHaveLength(4);

    // The need is listed, and readable by readers.
    const reader = await server.token(Role.READER);
    const list = ok(
      await server.gql(graphql(`query NeedsNeedRegistrations($m: ID) { needRegistrations(municipality: $m) { totalCount nodes { id choice { kind } } } }`), { m: b.code }, { token: reader }),
    ).needRegistrations;
    expect(list).toEqual({ totalCount: 1, nodes: [{ id: need!.id, choice: { kind: "PROCURE_TOGETHER" } }] });
    expect(ok(await server.gql(graphql(`query NeedsNeedRegistrations2($m: ID) { needRegistrations(municipality: $m) { totalCount } }`), { m: dalsEd })).needRegistrations!.totalCount).toBe(0);
  });

  it("offers joining an existing collaboration in the area, and refuses bad input in Swedish", async () => {
    const fargelanda = f.id;
    // Mellby needs GIS: Bengtby, Dalby and Fälla share Geosecma in a collaboration Mellby is not part of.
    const mellerud = m.id;
    const registered = ok(await server.gql(REGISTER, { input: bygglov(mellerud, { category: "GIS", neededBy: "2027-03-01", budgetFrameOre: null }) })).needRegister;
    expect(registered!.userErrors).toEqual([]);
    const join = registered!.needRegistration!.answer.options.find((o: any) => o.kind === "JOIN_COLLABORATION");
    expect(join).toMatchObject({ collaboration: { name: "GIS-samverkan" }, application: { name: "Geosecma" }, partners: [{ code: b.code }, { code: d.code }, { code: f.code }] });
    expect(join!.window).toMatchObject({ procurementLeadTimeMonths: 3, earliestStart: "2026-09-15", start: "2026-09-15" });
    expect(join!.meetsNeededBy).toBe(true);
    expect(join!.costSplit!.reduce((sum: number, s: any) => sum + s.amountOre, 0)).toBe(join!.annualCostOre);

    const bad = ok(await server.gql(REGISTER, { input: bygglov(fargelanda, { neededBy: "2026-06-14", description: "", budgetFrameOre: 150 }) })).needRegister;
    expect(bad!.userErrors.map((e: any) => [e.field.join("."), e.code])).toEqual([
      ["input.description", "REQUIRED"],
      ["input.neededBy", "OUT_OF_RANGE"],
      ["input.budgetFrameOre", "INVALID"],
    ]);
    expect(bad!.userErrors[1].message).toContain("före i dag");
  });
});
