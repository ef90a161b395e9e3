import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/src/access/roles";
import { ok, type TestServer } from "../helpers/server";
import { type ItUnit, type Kit, type Municipality, type Person, startKit, graphql } from "../kit";
import { importFile } from "../spreadsheets/helpers";
import type { Vocabulary, VocabularyTermCreateInput } from "../kit/generated/graphql";

/**
 * Vocabularies as data (the migrations write the terms; no seed needed), over a municipality this
 * file builds with the test kit: an IT unit, a usage and two people.
 */
let kit: Kit;
let server: TestServer;
let b: Municipality;
let unit: ItUnit;
let usage: { id: string };
let people: Person[];
beforeAll(async () => {
  kit = await startKit();
  server = kit.server;
  b = await kit.municipality({ name: "Bengtby" });
  unit = await kit.itUnit({ municipality: b });
  usage = await kit.usage({ municipality: b, application: await kit.application({ name: "Raindance", category: "FINANCE" }) });
  people = [await kit.person({ municipality: b }), await kit.person({ municipality: b })];
});
afterAll(async () => kit.close());

const TERMS = graphql(`query VocabulariesVocabularyTerms($v: Vocabulary!) { vocabularyTerms(vocabulary: $v) { id code name description sortOrder roleTargets singleHolder } }`);
const CREATE = graphql(
  `mutation VocabulariesVocabularyTermCreate($input: VocabularyTermCreateInput!) { vocabularyTermCreate(input: $input) { vocabularyTerm { id code name sortOrder roleTargets singleHolder } userErrors { field code message } } }`,
);
const UPDATE = graphql(
  `mutation VocabulariesVocabularyTermUpdate($input: VocabularyTermUpdateInput!) { vocabularyTermUpdate(input: $input) { vocabularyTerm { code name singleHolder } userErrors { field code message } } }`,
);
const APPLICATION = graphql(
  `mutation VocabulariesApplicationCreate($input: ApplicationCreateInput!) { applicationCreate(input: $input) { application { id name category categoryCode } userErrors { field code message } } }`,
);
const ASSIGN = graphql(
  `mutation VocabulariesRoleAssign($input: RoleAssignInput!) { roleAssign(input: $input) { roleAssignment { id kind kindCode person { name } } userErrors { field code message } } }`,
);
const codes = async (v: Vocabulary) => ok(await server.gql(TERMS, { v })).vocabularyTerms!.map((t: any) => t.code);
const errors = (payload: any) => payload.userErrors.map((e: any) => `${e.field.slice(1).join(".")}:${e.code}`);

describe("vocabularies as data", () => {
  it("are seeded with today's codes and those the source documents name", async () => {
    const categories = await codes("APPLICATION_CATEGORY");
    expect(categories).toEqual(expect.arrayContaining(["FINANCE", "BUILDING_PERMITS", "RECORDS", "E_MAIL", "POPULATION_REGISTER", "PROPERTY_REGISTER", "IT_PLATFORM", "OTHER"]));
    expect(categories.at(-1)).toBe("OTHER");
    const roles = ok(await server.gql(TERMS, { v: "ROLE_KIND" })).vocabularyTerms;
    expect(roles!.map((t: any) => t.code)).toEqual(expect.arrayContaining(["SYSTEMAGARE", "SYSTEMFORVALTARE", "FORVALTNINGSCHEF", "INFOSAK_ANSVARIG", "IT_SAMORDNARE", "OBJEKTAGARE"]));
    expect(roles!.find((t: any) => t.code === "SYSTEMAGARE")).toMatchObject({ name: "Systemägare", roleTargets: ["applicationUsage", "collaboration"], singleHolder: true });
    expect(roles!.find((t: any) => t.code === "INFOSAK_ANSVARIG")).toMatchObject({ name: "Informationssäkerhetsansvarig", singleHolder: false });
    expect(await codes("GOVERNANCE_DOCUMENT_KIND")).toEqual([
      "IT_POLICY",
      "IT_INSTRUCTIONS",
      "INFOSEC_POLICY",
      "STRATEGY",
      "GUIDELINES",
      "IMPLEMENTATION_GUIDE",
      "ACTION_PLAN",
      "MAINTENANCE_PLAN",
      "CONTINUITY_PLAN",
      "ROUTINE",
      "OTHER",
    ]);
    // Every stored value names a term.
    const stored = await server.db.query("SELECT DISTINCT category AS code FROM application");
    expect(categories).toEqual(expect.arrayContaining(stored.map((r: any) => r.code)));
  });

  it("an admin adds a role kind and a category; editors and readers cannot; bad codes are refused", async () => {
    const editor = await server.token(Role.EDITOR, b.code);
    const water: VocabularyTermCreateInput = { vocabulary: "APPLICATION_CATEGORY", code: "WATER", name: "Vatten och avlopp", description: "VA-system." };
    expect((await server.gql(CREATE, { input: water }, { token: editor })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect((await server.gql(CREATE, { input: water }, { token: await server.token(Role.READER) })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const bad = ok(await server.gql(CREATE, { input: { ...water, code: "va-system", roleTargets: ["itUnit"] } })).vocabularyTermCreate;
    expect(errors(bad)).toEqual(["code:INVALID", "roleTargets:INVALID"]);
    expect(ok(await server.gql(CREATE, { input: { ...water, code: "FINANCE" } })).vocabularyTermCreate!.userErrors.map((e: any) => e.code)).toEqual(["DUPLICATE"]);
    const category = ok(await server.gql(CREATE, { input: water })).vocabularyTermCreate;
    expect(category!.userErrors).toEqual([]);
    expect(category!.vocabularyTerm).toMatchObject({ code: "WATER", name: "Vatten och avlopp", roleTargets: null, singleHolder: null });
    expect(await codes("APPLICATION_CATEGORY")).toContain("WATER");

    const noTargets = ok(await server.gql(CREATE, { input: { vocabulary: "ROLE_KIND", code: "DATASKYDDSOMBUD", name: "Dataskyddsombud" } })).vocabularyTermCreate;
    expect(errors(noTargets)).toEqual(["roleTargets:REQUIRED"]);
    const role = ok(
      await server.gql(CREATE, { input: { vocabulary: "ROLE_KIND", code: "DATASKYDDSOMBUD", name: "Dataskyddsombud", roleTargets: ["itUnit"], singleHolder: true } }),
    ).vocabularyTermCreate;
    expect(role!.userErrors).toEqual([]);
    expect(role!.vocabularyTerm).toMatchObject({ code: "DATASKYDDSOMBUD", roleTargets: ["itUnit"], singleHolder: true });
    const audit = ok(await server.gql(graphql(`query VocabulariesAuditLog($id: ID!) { auditLog(objectId: $id) { nodes { operation } } }`), { id: role!.vocabularyTerm!.id })).auditLog!.nodes;
    expect(audit).toEqual([{ operation: "vocabularyTermCreate" }]);
  });

  it("applications take a category by today's enum or by a new code; the enum shows OTHER for a new one", async () => {
    const editor = await server.token(Role.EDITOR, b.code);
    const today = ok(await server.gql(APPLICATION, { input: { name: "Agresso", category: "FINANCE", scope: "COMMON" } }, { token: editor })).applicationCreate;
    expect(today).toMatchObject({ application: { category: "FINANCE", categoryCode: "FINANCE" }, userErrors: [] });
    const added = ok(await server.gql(APPLICATION, { input: { name: "VA-Bas", categoryCode: "WATER", scope: "BUSINESS_SPECIFIC" } }, { token: editor })).applicationCreate;
    expect(added).toMatchObject({ application: { category: "OTHER", categoryCode: "WATER" }, userErrors: [] });
    const unknown = ok(await server.gql(APPLICATION, { input: { name: "X", categoryCode: "NOPE", scope: "COMMON" } })).applicationCreate;
    expect(errors(unknown)).toEqual(["categoryCode:NOT_FOUND"]);
    expect(unknown!.userErrors[0].message).toContain("Okänd kod ”NOPE”");
    expect(errors(ok(await server.gql(APPLICATION, { input: { name: "Y", scope: "COMMON" } })).applicationCreate)).toEqual(["categoryCode:REQUIRED"]);
    expect(errors(ok(await server.gql(APPLICATION, { input: { name: "Y", category: "GIS", categoryCode: "WATER", scope: "COMMON" } })).applicationCreate)).toEqual(["categoryCode:INVALID"]);
  });

  it("the spreadsheet import knows the new category by its Swedish name", async () => {
    const content = "Produkt,Leverantör,Kategori,Livscykelfas\nVA-Nät,Sweco,Vatten och avlopp,I drift\n";
    const dry = await importFile(server, { municipality: b.code, fileName: "va.csv", format: "CSV", content });
    expect(dry.payload!.userErrors).toEqual([]);
    expect(dry.payload!.plan!.rows[0].problems).toEqual([]);
    expect((await importFile(server, { municipality: b.code, fileName: "va.csv", format: "CSV", content, apply: true })).payload!.userErrors).toEqual([]);
    const created = ok(await server.gql(graphql(`query VocabulariesApplications { applications(first: 100, search: "VA-Nät") { nodes { category categoryCode } } }`))).applications!.nodes;
    expect(created).toEqual([{ category: "OTHER", categoryCode: "WATER" }]);
    const wrong = await importFile(server, { municipality: b.code, fileName: "x.csv", format: "CSV", content: "Produkt,Kategori\nNytt,Okänt område\n" });
    expect(wrong.payload!.plan!.rows[0].problems.map((p: any) => p.code)).toEqual(["INVALID"]);
  });

  it("role assignments follow the vocabulary's rules: its targets and one holder at a time; today's kinds still work", async () => {
    const units = { itUnits: [unit], applicationUsages: [usage] };
    const editor = await server.token(Role.EDITOR, b.code);
    const assign = (input: Record<string, unknown>) => server.gql(ASSIGN, { input: { personId: people[0].id, ...input } }, { token: editor });
    const onUsage = ok(await assign({ kindCode: "DATASKYDDSOMBUD", applicationUsageId: units.applicationUsages[0].id })).roleAssign;
    expect(errors(onUsage)).toEqual(["kindCode:INVALID"]);
    const first = ok(await assign({ kindCode: "DATASKYDDSOMBUD", itUnitId: units.itUnits[0].id })).roleAssign;
    expect(first!.userErrors).toEqual([]);
    expect(first!.roleAssignment).toMatchObject({ kind: "OTHER", kindCode: "DATASKYDDSOMBUD" });
    const second = () => server.gql(ASSIGN, { input: { personId: people[1].id, kindCode: "DATASKYDDSOMBUD", itUnitId: units.itUnits[0].id } }, { token: editor });
    expect(errors(ok(await second()).roleAssign)).toEqual(["kindCode:CONFLICT"]);
    // An admin relaxes the rule: now two may hold it.
    const relaxed = ok(await server.gql(UPDATE, { input: { id: await termId("ROLE_KIND", "DATASKYDDSOMBUD"), singleHolder: false } })).vocabularyTermUpdate;
    expect(relaxed).toEqual({ vocabularyTerm: { code: "DATASKYDDSOMBUD", name: "Dataskyddsombud", singleHolder: false }, userErrors: [] });
    expect(ok(await second()).roleAssign!.userErrors).toEqual([]);
    // Today's clients send today's enum values; OTHER is output only.
    expect(ok(await assign({ kind: "SYSTEMANSVARIG", applicationUsageId: units.applicationUsages[0].id })).roleAssign!.roleAssignment).toMatchObject({
      kind: "SYSTEMANSVARIG",
      kindCode: "SYSTEMANSVARIG",
    });
    expect(errors(ok(await assign({ kind: "OTHER", itUnitId: units.itUnits[0].id })).roleAssign)).toEqual(["kind:NOT_FOUND"]);
    const editorUpdate = await server.gql(UPDATE, { input: { id: await termId("ROLE_KIND", "DATASKYDDSOMBUD"), name: "DSO" } }, { token: editor });
    expect(editorUpdate.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });
});

async function termId(vocabulary: Vocabulary, code: string): Promise<string> {
  return ok(await server.gql(TERMS, { v: vocabulary })).vocabularyTerms!.find((t: any) => t.code === code)!.id;
}
