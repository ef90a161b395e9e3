/**
 * The governance report (the policy's rules on roles, agreements and governance documents) and the
 * governance documents, over data this file builds with the test kit: four municipalities with four
 * collaborations, their roles and agreements, and each rule broken once on purpose.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/src/access/roles";
import { ok } from "../helpers/server";
import { type Agreement, type Collaboration, type ItUnit, type Kit, type Municipality, type Person, startKit, graphql } from "../kit";
import type { GovernanceDocumentCreateInput, GovernanceDocumentUpdateInput } from "../kit/generated/graphql";

let kit: Kit;
let b: Municipality;
let d: Municipality;
let dalby: Municipality;
let m: Municipality;
let a: Municipality;
let mUnit: ItUnit;
let helpdesk: Collaboration;
let web: Collaboration;
let oskar: Person;

beforeAll(async () => {
  kit = await startKit();
  b = await kit.municipality({ name: "Bengtby" });
  d = await kit.municipality({ name: "Dalby" });
  dalby = d;
  m = await kit.municipality({ name: "Mellby" });
  a = await kit.municipality({ name: "Åby" });
  const bUnit = await kit.itUnit({ municipality: b, name: "IT-enheten Bengtby" });
  mUnit = await kit.itUnit({ municipality: m, name: "IT-enheten Mellby" });
  const app = (name: string, category: "FINANCE" | "HELPDESK" | "INFORMATION" | "TELEPHONY" | "BUILDING_PERMITS" | "E_ARCHIVE") => kit.application({ name, category });
  const [finance, helpdeskApp, webApp, telephonyApp, building, archive] = [
    await app("Raindance", "FINANCE"),
    await app("Easit GO", "HELPDESK"),
    await app("Sitevision", "INFORMATION"),
    await app("Telefonväxel", "TELEPHONY"),
    await app("ByggR", "BUILDING_PERMITS"),
    await app("E-arkiv", "E_ARCHIVE"),
  ];
  // Four collaborations at level 3 or 4, each with a systemägare; the operator set through the API below.
  const collaboration = async (name: string, level: number, application: typeof finance, participants: Municipality[], operator: ItUnit) => {
    const made = await kit.collaboration({ name, level, application, participants, startedOn: "2005-01-01" });
    const set = ok(
      await kit.server.gql(graphql(`mutation ReportCollaborationUpdate($input: CollaborationUpdateInput!) { collaborationUpdate(input: $input) { userErrors { code } } }`), {
        input: { id: made.id, operatorItUnitId: operator.id, effectiveFrom: "2005-01-01", correctionReason: "Testdata: driftande IT-enhet från början." },
      }),
    );
    expect(set.collaborationUpdate!.userErrors).toEqual([]);
    return made;
  };
  const financeCollaboration = await collaboration("Gemensamt ekonomisystem", 4, finance, [b, d], bUnit);
  helpdesk = await collaboration("Gemensam helpdesk", 3, helpdeskApp, [m, b], mUnit);
  web = await collaboration("Gemensam webb", 3, webApp, [m, b, d], mUnit);
  const telephony = await collaboration("Gemensam telefoni", 4, telephonyApp, [b, d, m, a], bUnit);
  for (const municipality of [b, d]) await kit.usage({ municipality, application: finance });
  for (const municipality of [b, d, m, a]) await kit.usage({ municipality, application: telephonyApp });
  for (const municipality of [d, m]) await kit.usage({ municipality, application: building, users: 12 });
  await kit.usage({ municipality: a, application: archive, since: "2020-09-01" });
  const mBuilding = ok(
    await kit.server.gql(graphql(`query ReportApplicationUsages($m: ID) { applicationUsages(municipality: $m) { nodes { id application { name } } } }`), { m: m.id }),
  ).applicationUsages!.nodes.find((u: { application: { name: string } }) => u.application.name === "ByggR");

  const person = (municipality: Municipality, name: string) => kit.person({ municipality, name });
  await kit.role({ kind: "SYSTEMAGARE", person: await person(b, "Lars Nyström"), collaboration: financeCollaboration, from: "2008-01-01" });
  await kit.role({ kind: "SYSTEMANSVARIG", person: await person(b, "Eva Sandberg"), collaboration: financeCollaboration, from: "2008-01-01" });
  await kit.role({ kind: "SYSTEMAGARE", person: await person(m, "Petra Ek"), collaboration: helpdesk, from: "2008-01-01" });
  await kit.role({ kind: "SYSTEMANSVARIG", person: await person(m, "Oskar Wallin"), collaboration: helpdesk, from: "2008-01-01" });
  oskar = await person(m, "Oskar Svensson");
  await kit.role({ kind: "SYSTEMAGARE", person: await person(m, "Helena Strand"), collaboration: web, from: "2008-01-01" });
  await kit.role({ kind: "SYSTEMAGARE", person: await person(a, "Anna Ås"), collaboration: telephony, from: "2008-01-01" });
  await kit.role({ kind: "SYSTEMANSVARIG", person: await person(a, "Tor Ås"), collaboration: telephony, from: "2008-01-01" });
  await kit.role({ kind: "SYSTEMAGARE", person: await person(m, "Tove Lind"), usage: mBuilding, from: "2015-01-01" });

  // Agreements: everything covered but the helpdesk's driftavtal; the telephony vendor agreement ended in 2023.
  const agreements: Parameters<Kit["agreement"]>[0][] = [
    { kind: "DRIFTAVTAL", name: "Driftavtal ekonomisystem", parties: [b], itUnits: [bUnit], collaborations: [financeCollaboration], starts: "2019-01-01", ends: "2029-12-31" },
    { name: "Leverantörsavtal Raindance", parties: [b, d], starts: "2019-01-01", ends: "2029-12-31", more: { applicationIds: [finance.id] } },
    { name: "Leverantörsavtal Easit GO", parties: [m, b], starts: "2019-01-01", ends: "2029-12-31", more: { applicationIds: [helpdeskApp.id] } },
    { kind: "DRIFTAVTAL", name: "Driftavtal webbplattform", parties: [m], itUnits: [mUnit], collaborations: [web], starts: "2022-05-01", ends: "2029-12-31" },
    { name: "Leverantörsavtal Sitevision", parties: [m, b, d], starts: "2019-01-01", ends: "2029-12-31", more: { applicationIds: [webApp.id] } },
    { kind: "DRIFTAVTAL", name: "Driftavtal telefoni", parties: [b], itUnits: [bUnit], collaborations: [telephony], starts: "2019-01-01", ends: "2029-12-31" },
    { name: "Leverantörsavtal telefonväxel", parties: [b, d, m, a], starts: "2019-03-01", ends: "2023-02-28", more: { applicationIds: [telephonyApp.id] } },
  ];
  const made: Agreement[] = [];
  for (const agreement of agreements) made.push(await kit.agreement(agreement));

  // Governance documents: the shared IT-policy (reviewed 2018, due 2023), a retired predecessor, and two municipalities' instructions.
  const body = ok(
    await kit.server.gql(
      graphql(`mutation ReportCollaborationBodyCreate { collaborationBodyCreate(input: { name: "Dalby kommunalförbund", shortName: "DKF" }) { collaborationBody { id } userErrors { code } } }`),
    ),
  ).collaborationBodyCreate!.collaborationBody!.id;
  const document = async (input: GovernanceDocumentCreateInput) => {
    const payload = ok(
      await kit.server.gql(
        graphql(`mutation ReportGovernanceDocumentCreate($input: GovernanceDocumentCreateInput!) { governanceDocumentCreate(input: $input) { governanceDocument { id } userErrors { field code } } }`),
        { input },
      ),
    ).governanceDocumentCreate;
    expect(payload!.userErrors).toEqual([]);
    return payload!.governanceDocument!.id as string;
  };
  await document({ kind: "IT_POLICY", title: "IT-policy med strategier", collaborationBodyId: body, adoptedOn: "2008-06-01", lastReviewedOn: "2018-11-15" });
  const retired = await document({ kind: "IT_POLICY", title: "IT-policy 2003", collaborationBodyId: body, adoptedOn: "2003-01-01" });
  const retire = ok(
    await kit.server.gql(graphql(`mutation ReportGovernanceDocumentUpdate($input: GovernanceDocumentUpdateInput!) { governanceDocumentUpdate(input: $input) { userErrors { field code } } }`), {
      input: { id: retired, retiredOn: "2008-06-01", correctionReason: "Testdata: ersattes 2008." },
    }),
  );
  expect(retire.governanceDocumentUpdate!.userErrors).toEqual([]);
  await document({ kind: "IT_INSTRUCTIONS", title: "IT-instruktioner", municipalityId: b.id, adoptedOn: "2024-01-01" });
  await document({ kind: "IT_INSTRUCTIONS", title: "IT-instruktioner", municipalityId: d.id, adoptedOn: "2019-01-01" });
});
afterAll(async () => kit.close());

const REPORT = graphql(`query ReportGovernanceReport($asOf: LocalDate) { governanceReport(asOf: $asOf) { asOf applicable compliant complianceRate
  rules { code title source applicable compliant complianceRate failures { ruleCode objectId objectType label reason object { id __typename } } } } }`);

async function report(asOf?: string) {
  const data = ok(await kit.server.gql(REPORT, { asOf })).governanceReport;
  return { ...data, rule: (code: string) => data!.rules.find((r: any) => r.code === code) };
}
const labels = (rule: any) => rule.failures.map((f: any) => f.label);

describe("governanceReport (2026-06-15)", () => {
  it("checks the policy's rules on roles, agreements and governance documents", async () => {
    const r = await report();
    expect(r.asOf).toBe("2026-06-15");
    const mine = [
      "USAGE_HAS_SYSTEM_OWNER",
      "SYSTEM_OWNER_HAS_SYSTEMANSVARIG",
      "LEVEL3_HAS_DRIFTAVTAL",
      "SHARED_SYSTEM_HAS_VENDOR_AGREEMENT",
      "AGREEMENT_IN_FORCE_WHILE_IN_USE",
      "GOVERNANCE_DOCUMENT_REVIEWED",
    ];
    expect(r.rules!.map((rule: any) => rule.code)).toEqual(expect.arrayContaining(mine));
    const counts = Object.fromEntries(mine.map((code) => [code, [r.rule(code)!.applicable, r.rule(code)!.compliant]]));
    expect(counts).toEqual({
      // Nine usages in use, two without a systemägare; five systemägare, two without a systemansvarig; four
      // collaborations at level 3 or above (every level needs a vendor agreement); seven agreements begun;
      // three documents in force.
      USAGE_HAS_SYSTEM_OWNER: [9, 7],
      SYSTEM_OWNER_HAS_SYSTEMANSVARIG: [5, 3],
      LEVEL3_HAS_DRIFTAVTAL: [4, 3],
      SHARED_SYSTEM_HAS_VENDOR_AGREEMENT: [4, 3],
      AGREEMENT_IN_FORCE_WHILE_IN_USE: [7, 6],
      GOVERNANCE_DOCUMENT_REVIEWED: [3, 1],
    });
    expect(r.rule("LEVEL3_HAS_DRIFTAVTAL")!.complianceRate).toBeCloseTo(3 / 4, 10);
    expect(r.applicable).toBe(r.rules!.reduce((n: number, rule: any) => n + rule.applicable, 0));
    expect(r.complianceRate).toBeCloseTo(r.compliant! / r.applicable!, 10);
  });

  it("names the deliberately failing objects, each resolvable", async () => {
    const r = await report();
    expect(labels(r.rule("USAGE_HAS_SYSTEM_OWNER"))).toEqual(["Dalby – ByggR", "Åby – E-arkiv"]);
    expect(labels(r.rule("SYSTEM_OWNER_HAS_SYSTEMANSVARIG"))).toEqual(["Helena Strand, systemägare för Gemensam webb", "Tove Lind, systemägare för Mellby – ByggR"]);
    expect(r.rule("LEVEL3_HAS_DRIFTAVTAL")!.failures).toEqual([
      expect.objectContaining({ label: "Gemensam helpdesk", objectType: "Collaboration", reason: "Nivå 3: inget gällande driftavtal med den driftande IT-enheten (IT-enheten Mellby)." }),
    ]);
    expect(labels(r.rule("SHARED_SYSTEM_HAS_VENDOR_AGREEMENT"))).toEqual(["Gemensam telefoni"]);
    expect(r.rule("AGREEMENT_IN_FORCE_WHILE_IN_USE")!.failures).toEqual([
      expect.objectContaining({ label: "Leverantörsavtal telefonväxel", objectType: "Agreement", reason: expect.stringContaining("används fortfarande av 4 kommuner") }),
    ]);
    expect(labels(r.rule("GOVERNANCE_DOCUMENT_REVIEWED"))).toEqual(["IT-instruktioner (Dalby)", "IT-policy med strategier"]);
    for (const failure of r.rules!.flatMap((rule: any) => rule.failures)) {
      expect(failure.object).toEqual({ id: failure.objectId, __typename: failure.objectType });
    }
  });

  it("judges any date from the dated history", async () => {
    const r = await report("2020-01-01");
    // In 2020 the IT-policy was reviewed in time (2018), Dalby's instructions (2019) were not yet due and
    // Bengtby's not adopted, and the telephony vendor agreement was in force, but the web platform's
    // driftavtal (2022) did not exist yet.
    expect(r.rule("GOVERNANCE_DOCUMENT_REVIEWED")).toMatchObject({ applicable: 2, failures: [] });
    expect(labels(r.rule("SHARED_SYSTEM_HAS_VENDOR_AGREEMENT"))).toEqual([]);
    expect(labels(r.rule("AGREEMENT_IN_FORCE_WHILE_IN_USE"))).toEqual([]);
    expect(labels(r.rule("LEVEL3_HAS_DRIFTAVTAL"))).toEqual(["Gemensam helpdesk", "Gemensam webb"]);
    // Before Åby's e-archive was taken into use (2020-09-01) it needed no systemägare.
    expect(labels(r.rule("USAGE_HAS_SYSTEM_OWNER"))).toEqual(["Dalby – ByggR"]);
  });

  it("shows each failing object as it stood on the report's date", async () => {
    const OBJECTS = graphql(
      `query ReportGovernanceReport2($asOf: LocalDate) { governanceReport(asOf: $asOf) { rules { code failures { label object { id ... on ApplicationUsage { userCount } } } } } }`,
    );
    const byrgr = async (asOf: string) => {
      const object = ok(await kit.server.gql(OBJECTS, { asOf }))
        .governanceReport!.rules.find((r: any) => r.code === "USAGE_HAS_SYSTEM_OWNER")!
        .failures.find((f: any) => f.label === "Dalby – ByggR")!.object;
      // The failing object is a usage here: the fragment's fields are there.
      if (!object || !("userCount" in object)) throw new Error(`no usage failing on ${asOf}`);
      return object;
    };
    const before = await byrgr("2026-01-01");
    const changed = ok(
      await kit.server.gql(graphql(`mutation ReportApplicationUsageUpdate($input: ApplicationUsageUpdateInput!) { applicationUsageUpdate(input: $input) { userErrors { code } } }`), {
        input: { id: before.id, userCount: (before.userCount ?? 0) + 7 },
      }),
    );
    expect(changed.applicationUsageUpdate!.userErrors).toEqual([]);
    // Changed today (2026-06-15): the report for New Year's Day still shows the usage as it was then.
    expect(await byrgr("2026-01-01")).toEqual(before);
    expect(await byrgr("2026-06-15")).toEqual({ id: before.id, userCount: (before.userCount ?? 0) + 7 });
  });

  it("closes a gap when the missing role or agreement is recorded", async () => {
    const assign = ok(
      await kit.server.gql(graphql(`mutation ReportRoleAssign($input: RoleAssignInput!) { roleAssign(input: $input) { userErrors { code } } }`), {
        input: { kind: "SYSTEMANSVARIG", personId: oskar.id, collaborationId: web.id },
      }),
    );
    expect(assign.roleAssign!.userErrors).toEqual([]);
    const created = ok(
      await kit.server.gql(graphql(`mutation ReportAgreementCreate($input: AgreementCreateInput!) { agreementCreate(input: $input) { userErrors { field code } } }`), {
        input: {
          kind: "DRIFTAVTAL",
          name: "Driftavtal helpdesk",
          startDate: "2026-06-01",
          endDate: "2029-05-31",
          municipalityIds: [m.id],
          itUnitIds: [mUnit.id],
          collaborationIds: [helpdesk.id],
        },
      }),
    );
    expect(created.agreementCreate!.userErrors).toEqual([]);
    const r = await report();
    expect(labels(r.rule("SYSTEM_OWNER_HAS_SYSTEMANSVARIG"))).toEqual(["Tove Lind, systemägare för Mellby – ByggR"]);
    expect(r.rule("LEVEL3_HAS_DRIFTAVTAL")).toMatchObject({ applicable: 4, compliant: 4, complianceRate: 1, failures: [] });
  });
});

describe("governance documents", () => {
  const DOCS = graphql(
    `query ReportGovernanceDocuments { governanceDocuments(first: 100) { totalCount nodes { id title kind adoptedOn lastReviewedOn reviewIntervalMonths retiredOn nextReviewDue reviewOverdue municipality { code } collaborationBody { shortName } } } }`,
  );
  const UPDATE = graphql(
    `mutation ReportGovernanceDocumentUpdate2($input: GovernanceDocumentUpdateInput!) { governanceDocumentUpdate(input: $input) { userErrors { field code } governanceDocument { lastReviewedOn nextReviewDue reviewOverdue } } }`,
  );
  const CREATE = graphql(
    `mutation ReportGovernanceDocumentCreate2($input: GovernanceDocumentCreateInput!) { governanceDocumentCreate(input: $input) { userErrors { field code } governanceDocument { reviewIntervalMonths nextReviewDue municipality { code } } } }`,
  );
  const errors = (payload: any) => payload.userErrors.map((e: any) => `${e.field.slice(1).join(".")}:${e.code}`);

  it("lists the IT-policy and the IT instructions with their review dates", async () => {
    const docs = ok(await kit.server.gql(DOCS)).governanceDocuments;
    expect(docs!.totalCount).toBe(4);
    const policy = docs!.nodes.find((d: any) => d.title === "IT-policy med strategier");
    expect(policy).toMatchObject({ kind: "IT_POLICY", lastReviewedOn: "2018-11-15", nextReviewDue: "2023-11-15", reviewOverdue: true, municipality: null, collaborationBody: { shortName: "DKF" } });
    const retired = docs!.nodes.find((d: any) => d.title === "IT-policy 2003");
    expect(retired).toMatchObject({ retiredOn: "2008-06-01", reviewOverdue: false });
    expect(
      docs!.nodes
        .filter((d: any) => d.kind === "IT_INSTRUCTIONS")
        .map((d: any) => d.municipality.code)
        .sort(),
    ).toEqual([b.code, d.code].sort());
  });

  it("records a review, validated and scoped to the editor's municipality", async () => {
    const docs = ok(await kit.server.gql(DOCS)).governanceDocuments!.nodes;
    const dalbyInstructions = docs.find((d: any) => d.kind === "IT_INSTRUCTIONS" && d.municipality.code === dalby.code);
    const policy = docs.find((d: any) => d.title === "IT-policy med strategier");
    const editor = await kit.server.token(Role.EDITOR, dalby.code);
    const update = async (input: GovernanceDocumentUpdateInput, token = editor) => ok(await kit.server.gql(UPDATE, { input }, { token })).governanceDocumentUpdate;

    expect(errors(await update({ id: dalbyInstructions!.id, lastReviewedOn: "2026-07-01" }))).toEqual(["lastReviewedOn:DATE_IN_FUTURE"]);
    expect(errors(await update({ id: dalbyInstructions!.id, lastReviewedOn: "2010-01-01" }))).toEqual(["lastReviewedOn:DATE_ORDER"]);
    expect(errors(await update({ id: dalbyInstructions!.id, reviewIntervalMonths: 24 }))).toEqual(["reviewIntervalMonths:OUT_OF_RANGE"]);
    expect((await kit.server.gql(UPDATE, { input: { id: policy!.id, lastReviewedOn: "2026-06-01" } }, { token: editor })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const bengtby = docs.find((d: any) => d.kind === "IT_INSTRUCTIONS" && d.municipality.code === b.code);
    expect((await kit.server.gql(UPDATE, { input: { id: bengtby!.id, lastReviewedOn: "2026-06-01" } }, { token: editor })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(ok(await kit.server.gql(DOCS)).governanceDocuments!.nodes).toEqual(docs);

    expect(await update({ id: dalbyInstructions!.id, lastReviewedOn: "2026-05-20" })).toEqual({
      userErrors: [],
      // The instructions' default interval: 36 months.
      governanceDocument: { lastReviewedOn: "2026-05-20", nextReviewDue: "2029-05-20", reviewOverdue: false },
    });
    expect(labels((await report()).rule("GOVERNANCE_DOCUMENT_REVIEWED"))).toEqual(["IT-policy med strategier"]);
  });

  it("creates documents with the kind's default interval; shared ones are the admins'", async () => {
    const editor = await kit.server.token(Role.EDITOR, m.code);
    const mellerud = m.id;
    const created = ok(
      await kit.server.gql(CREATE, { input: { kind: "IT_INSTRUCTIONS", title: "Riktlinjer för e-post", municipalityId: mellerud, adoptedOn: "2026-02-01" } }, { token: editor }),
    ).governanceDocumentCreate;
    expect(created).toEqual({ userErrors: [], governanceDocument: { reviewIntervalMonths: 36, nextReviewDue: "2029-02-01", municipality: { code: m.code } } });
    expect(
      errors(
        ok(await kit.server.gql(CREATE, { input: { kind: "OTHER", title: "", municipalityId: mellerud, adoptedOn: "2027-01-01", reviewIntervalMonths: 0 } }, { token: editor }))
          .governanceDocumentCreate,
      ),
    ).toEqual(["adoptedOn:DATE_IN_FUTURE", "title:REQUIRED", "reviewIntervalMonths:OUT_OF_RANGE"]);
    expect((await kit.server.gql(CREATE, { input: { kind: "IT_POLICY", title: "IT-policy 2026", adoptedOn: "2026-01-01" } }, { token: editor })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(
      ok(await kit.server.gql(CREATE, { input: { kind: "IT_POLICY", title: "IT-policy 2026", adoptedOn: "2026-01-01" } })).governanceDocumentCreate!.governanceDocument!.reviewIntervalMonths,
    ).toBe(60);
  });
});
