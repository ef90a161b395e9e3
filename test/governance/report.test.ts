import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/src/access/roles";
import { municipalityId, ok, startServer, type TestServer } from "../helpers/server";

let server: TestServer;
beforeAll(async () => (server = await startServer()));
afterAll(async () => server.close());

const REPORT = `query($asOf: LocalDate) { governanceReport(asOf: $asOf) { asOf applicable compliant complianceRate
  rules { code title source applicable compliant complianceRate failures { ruleCode objectId objectType label reason object { id __typename } } } } }`;

async function report(asOf?: string) {
  const data = ok(await server.gql(REPORT, { asOf })).governanceReport;
  return { ...data, rule: (code: string) => data.rules.find((r: any) => r.code === code) };
}
const labels = (rule: any) => rule.failures.map((f: any) => f.label);

describe("governanceReport on the seed (2026-06-15)", () => {
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
    expect(r.rules.map((rule: any) => rule.code)).toEqual(expect.arrayContaining(mine));
    const counts = Object.fromEntries(mine.map((code) => [code, [r.rule(code).applicable, r.rule(code).compliant]]));
    expect(counts).toEqual({
      USAGE_HAS_SYSTEM_OWNER: [54, 51],
      SYSTEM_OWNER_HAS_SYSTEMANSVARIG: [26, 24],
      LEVEL3_HAS_DRIFTAVTAL: [6, 5],
      SHARED_SYSTEM_HAS_VENDOR_AGREEMENT: [7, 5],
      AGREEMENT_IN_FORCE_WHILE_IN_USE: [18, 17],
      GOVERNANCE_DOCUMENT_REVIEWED: [6, 4],
    });
    expect(r.rule("LEVEL3_HAS_DRIFTAVTAL").complianceRate).toBeCloseTo(5 / 6, 10);
    expect(r.applicable).toBe(r.rules.reduce((n: number, rule: any) => n + rule.applicable, 0));
    expect(r.complianceRate).toBeCloseTo(r.compliant / r.applicable, 10);
  });

  it("names the deliberately failing objects, each resolvable", async () => {
    const r = await report();
    expect(labels(r.rule("USAGE_HAS_SYSTEM_OWNER"))).toEqual(["Dals-Ed – ByggR", "Åmål – Book-IT", "Åmål – Ceres e-arkiv"]);
    expect(labels(r.rule("SYSTEM_OWNER_HAS_SYSTEMANSVARIG"))).toEqual([
      "Helena Strand, systemägare för Gemensam informationsspridning (webb och intranät)",
      "Tove Lind, systemägare för Mellerud – ByggR",
    ]);
    expect(r.rule("LEVEL3_HAS_DRIFTAVTAL").failures).toEqual([
      expect.objectContaining({ label: "Gemensam helpdesk", objectType: "Collaboration", reason: "Nivå 3: inget gällande driftavtal med den driftande IT-enheten (IT-enheten Mellerud)." }),
    ]);
    expect(labels(r.rule("SHARED_SYSTEM_HAS_VENDOR_AGREEMENT"))).toEqual(["Gemensam telefoni Dalsland–Säffle–Årjäng", "GIS-samverkan"]);
    expect(r.rule("AGREEMENT_IN_FORCE_WHILE_IN_USE").failures).toEqual([
      expect.objectContaining({ label: "Leverantörsavtal telefonväxel och TRIO", objectType: "Agreement", reason: expect.stringContaining("används fortfarande av 7 kommuner") }),
    ]);
    expect(labels(r.rule("GOVERNANCE_DOCUMENT_REVIEWED"))).toEqual(["IT-instruktioner (Dals-Ed)", "IT-policy med strategier Dalsland"]);
    for (const failure of r.rules.flatMap((rule: any) => rule.failures)) {
      expect(failure.object).toEqual({ id: failure.objectId, __typename: failure.objectType });
    }
  });

  it("judges any date from the dated history", async () => {
    const r = await report("2020-01-01");
    // In 2020 the IT-policy was reviewed in time (2018) and the telephony vendor agreement was in force,
    // but the web platform's driftavtal (2022) did not exist yet. The municipalities' instructions
    // have no review on record before their latest (2021–2025), so in 2020 each was overdue: a
    // later review does not count for an earlier date.
    expect(labels(r.rule("GOVERNANCE_DOCUMENT_REVIEWED"))).toEqual([
      "IT-instruktioner (Bengtsfors)",
      "IT-instruktioner (Dals-Ed)",
      "IT-instruktioner (Färgelanda)",
      "IT-instruktioner (Mellerud)",
      "IT-instruktioner (Åmål)",
    ]);
    expect(labels(r.rule("SHARED_SYSTEM_HAS_VENDOR_AGREEMENT"))).not.toContain("Gemensam telefoni Dalsland–Säffle–Årjäng");
    expect(labels(r.rule("LEVEL3_HAS_DRIFTAVTAL"))).toContain("Gemensam informationsspridning (webb och intranät)");
    // Before Åmål's Ceres e-arkiv was taken into use (2020-09-01) it needed no systemägare.
    expect(labels(r.rule("USAGE_HAS_SYSTEM_OWNER"))).not.toContain("Åmål – Ceres e-arkiv");
  });

  it("shows each failing object as it stood on the report's date", async () => {
    const OBJECTS = `query($asOf: LocalDate) { governanceReport(asOf: $asOf) { rules { code failures { label object { id ... on ApplicationUsage { userCount } } } } } }`;
    const byrgr = async (asOf: string) =>
      ok(await server.gql(OBJECTS, { asOf }))
        .governanceReport.rules.find((r: any) => r.code === "USAGE_HAS_SYSTEM_OWNER")
        .failures.find((f: any) => f.label === "Dals-Ed – ByggR").object;
    const before = await byrgr("2026-01-01");
    const changed = ok(
      await server.gql(`mutation($input: ApplicationUsageUpdateInput!) { applicationUsageUpdate(input: $input) { userErrors { code } } }`, {
        input: { id: before.id, userCount: (before.userCount ?? 0) + 7 },
      }),
    );
    expect(changed.applicationUsageUpdate.userErrors).toEqual([]);
    // Changed today (2026-06-15): the report for New Year's Day still shows the usage as it was then.
    expect(await byrgr("2026-01-01")).toEqual(before);
    expect(await byrgr("2026-06-15")).toEqual({ id: before.id, userCount: (before.userCount ?? 0) + 7 });
  });

  it("closes a gap when the missing role or agreement is recorded", async () => {
    const collaborations = Object.fromEntries(ok(await server.gql(`{ collaborations(first: 100) { nodes { id name operator { id } } } }`)).collaborations.nodes.map((c: any) => [c.name, c]));
    const oskar = ok(await server.gql(`{ people(search: "Oskar Wallin") { nodes { id } } }`)).people.nodes[0].id;
    const assign = ok(
      await server.gql(`mutation($input: RoleAssignInput!) { roleAssign(input: $input) { userErrors { code } } }`, {
        input: { kind: "SYSTEMANSVARIG", personId: oskar, collaborationId: collaborations["Gemensam informationsspridning (webb och intranät)"].id },
      }),
    );
    expect(assign.roleAssign.userErrors).toEqual([]);
    const helpdesk = collaborations["Gemensam helpdesk"];
    const created = ok(
      await server.gql(`mutation($input: AgreementCreateInput!) { agreementCreate(input: $input) { userErrors { field code } } }`, {
        input: {
          kind: "DRIFTAVTAL",
          name: "Driftavtal helpdesk",
          startDate: "2026-06-01",
          endDate: "2029-05-31",
          municipalityIds: [await municipalityId(server, "1461")],
          itUnitIds: [helpdesk.operator.id],
          collaborationIds: [helpdesk.id],
        },
      }),
    );
    expect(created.agreementCreate.userErrors).toEqual([]);
    const r = await report();
    expect(labels(r.rule("SYSTEM_OWNER_HAS_SYSTEMANSVARIG"))).toEqual(["Tove Lind, systemägare för Mellerud – ByggR"]);
    expect(r.rule("LEVEL3_HAS_DRIFTAVTAL")).toMatchObject({ applicable: 6, compliant: 6, complianceRate: 1, failures: [] });
  });
});

describe("governance documents", () => {
  const DOCS = `{ governanceDocuments(first: 100) { totalCount nodes { id title kind adoptedOn lastReviewedOn reviewIntervalMonths retiredOn nextReviewDue reviewOverdue municipality { code } collaborationBody { shortName } } } }`;
  const UPDATE = `mutation($input: GovernanceDocumentUpdateInput!) { governanceDocumentUpdate(input: $input) { userErrors { field code } governanceDocument { lastReviewedOn nextReviewDue reviewOverdue } } }`;
  const CREATE = `mutation($input: GovernanceDocumentCreateInput!) { governanceDocumentCreate(input: $input) { userErrors { field code } governanceDocument { reviewIntervalMonths nextReviewDue municipality { code } } } }`;
  const errors = (payload: any) => payload.userErrors.map((e: any) => `${e.field.slice(1).join(".")}:${e.code}`);

  it("lists the IT-policy and the IT instructions with their review dates", async () => {
    const docs = ok(await server.gql(DOCS)).governanceDocuments;
    expect(docs.totalCount).toBe(7);
    const policy = docs.nodes.find((d: any) => d.title === "IT-policy med strategier Dalsland");
    expect(policy).toMatchObject({ kind: "IT_POLICY", lastReviewedOn: "2018-11-15", nextReviewDue: "2023-11-15", reviewOverdue: true, municipality: null, collaborationBody: { shortName: "DKF" } });
    const retired = docs.nodes.find((d: any) => d.title === "IT-policy Dalsland");
    expect(retired).toMatchObject({ retiredOn: "2008-06-01", reviewOverdue: false });
    expect(
      docs.nodes
        .filter((d: any) => d.kind === "IT_INSTRUCTIONS")
        .map((d: any) => d.municipality.code)
        .sort(),
    ).toEqual(["1438", "1439", "1460", "1461", "1492"]);
  });

  it("records a review, validated and scoped to the editor's municipality", async () => {
    const docs = ok(await server.gql(DOCS)).governanceDocuments.nodes;
    const dalsEd = docs.find((d: any) => d.kind === "IT_INSTRUCTIONS" && d.municipality.code === "1438");
    const policy = docs.find((d: any) => d.title === "IT-policy med strategier Dalsland");
    const editor = await server.token(Role.EDITOR, "1438");
    const update = async (input: Record<string, unknown>, token = editor) => ok(await server.gql(UPDATE, { input }, { token })).governanceDocumentUpdate;

    expect(errors(await update({ id: dalsEd.id, lastReviewedOn: "2026-07-01" }))).toEqual(["lastReviewedOn:DATE_IN_FUTURE"]);
    expect(errors(await update({ id: dalsEd.id, lastReviewedOn: "2010-01-01" }))).toEqual(["lastReviewedOn:DATE_ORDER"]);
    expect(errors(await update({ id: dalsEd.id, reviewIntervalMonths: 24 }))).toEqual(["reviewIntervalMonths:OUT_OF_RANGE"]);
    expect((await server.gql(UPDATE, { input: { id: policy.id, lastReviewedOn: "2026-06-01" } }, { token: editor })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const bengtsfors = docs.find((d: any) => d.kind === "IT_INSTRUCTIONS" && d.municipality.code === "1460");
    expect((await server.gql(UPDATE, { input: { id: bengtsfors.id, lastReviewedOn: "2026-06-01" } }, { token: editor })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(ok(await server.gql(DOCS)).governanceDocuments.nodes).toEqual(docs);

    expect(await update({ id: dalsEd.id, lastReviewedOn: "2026-05-20" })).toEqual({
      userErrors: [],
      governanceDocument: { lastReviewedOn: "2026-05-20", nextReviewDue: "2030-05-20", reviewOverdue: false },
    });
    expect(labels((await report()).rule("GOVERNANCE_DOCUMENT_REVIEWED"))).toEqual(["IT-policy med strategier Dalsland"]);
  });

  it("creates documents with the kind's default interval; shared ones are the admins'", async () => {
    const editor = await server.token(Role.EDITOR, "1461");
    const mellerud = await municipalityId(server, "1461");
    const created = ok(
      await server.gql(CREATE, { input: { kind: "IT_INSTRUCTIONS", title: "Riktlinjer för e-post", municipalityId: mellerud, adoptedOn: "2026-02-01" } }, { token: editor }),
    ).governanceDocumentCreate;
    expect(created).toEqual({ userErrors: [], governanceDocument: { reviewIntervalMonths: 36, nextReviewDue: "2029-02-01", municipality: { code: "1461" } } });
    expect(
      errors(
        ok(await server.gql(CREATE, { input: { kind: "OTHER", title: "", municipalityId: mellerud, adoptedOn: "2027-01-01", reviewIntervalMonths: 0 } }, { token: editor })).governanceDocumentCreate,
      ),
    ).toEqual(["adoptedOn:DATE_IN_FUTURE", "title:REQUIRED", "reviewIntervalMonths:OUT_OF_RANGE"]);
    expect((await server.gql(CREATE, { input: { kind: "IT_POLICY", title: "IT-policy 2026", adoptedOn: "2026-01-01" } }, { token: editor })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(ok(await server.gql(CREATE, { input: { kind: "IT_POLICY", title: "IT-policy 2026", adoptedOn: "2026-01-01" } })).governanceDocumentCreate.governanceDocument.reviewIntervalMonths).toBe(60);
  });
});
