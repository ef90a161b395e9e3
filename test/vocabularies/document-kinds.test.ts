import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/src/access/roles";
import { ok } from "../helpers/server";
import { type Kit, type Municipality, startKit, graphql } from "../kit";
import type { VocabularyTermCreateInput } from "../kit/generated/graphql";

let kit: Kit;
let town: Municipality;
beforeAll(async () => {
  kit = await startKit();
  town = await kit.municipality({ name: "Styrköping" });
});
afterAll(async () => kit.close());

const TERMS = graphql(`query DocumentKindsVocabularyTerms { vocabularyTerms(vocabulary: GOVERNANCE_DOCUMENT_KIND) { id code name sortOrder reviewMinMonths reviewMaxMonths reviewDefaultMonths } }`);
const CREATE_TERM = graphql(
  `mutation DocumentKindsVocabularyTermCreate($input: VocabularyTermCreateInput!) { vocabularyTermCreate(input: $input) { vocabularyTerm { id code name reviewMinMonths reviewMaxMonths reviewDefaultMonths } userErrors { field code message } } }`,
);
const UPDATE_TERM = graphql(
  `mutation DocumentKindsVocabularyTermUpdate($input: VocabularyTermUpdateInput!) { vocabularyTermUpdate(input: $input) { vocabularyTerm { code reviewMinMonths reviewMaxMonths reviewDefaultMonths } userErrors { field code message } } }`,
);
const CREATE_DOC = graphql(
  `mutation DocumentKindsGovernanceDocumentCreate($input: GovernanceDocumentCreateInput!) { governanceDocumentCreate(input: $input) { governanceDocument { id kind kindCode title reviewIntervalMonths nextReviewDue } userErrors { field code message } } }`,
);
const UPDATE_DOC = graphql(
  `mutation DocumentKindsGovernanceDocumentUpdate($input: GovernanceDocumentUpdateInput!) { governanceDocumentUpdate(input: $input) { governanceDocument { reviewIntervalMonths } userErrors { field code message } } }`,
);
const REPORT = graphql(`query DocumentKindsGovernanceReport($asOf: LocalDate) { governanceReport(asOf: $asOf) { rules { code applicable failures { objectId label reason } } } }`);
const DOCS = graphql(
  `query DocumentKindsGovernanceDocuments($kind: GovernanceDocumentKind, $kindCode: String) { governanceDocuments(first: 50, kind: $kind, kindCode: $kindCode) { nodes { title kind kindCode } } }`,
);
const errors = (payload: any) => payload.userErrors.map((e: any) => `${e.field.slice(1).join(".")}:${e.code}`);
const reviewRule = async (asOf: string) => ok(await kit.server.gql(REPORT, { asOf })).governanceReport!.rules.find((r: any) => r.code === "GOVERNANCE_DOCUMENT_REVIEWED");

describe("governance-document kinds as a vocabulary", () => {
  it("are seeded with today's three, Luleå's list and the kinds the other source documents name, each with its review interval", async () => {
    const terms = ok(await kit.server.gql(TERMS)).vocabularyTerms;
    expect(terms!.map((t: any) => t.code)).toEqual([
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
    const byCode = Object.fromEntries(terms!.map((t: any) => [t.code, t]));
    expect(byCode.IT_POLICY).toMatchObject({ name: "IT-policy", reviewMinMonths: 12, reviewMaxMonths: 60, reviewDefaultMonths: 60 });
    expect(byCode.IT_INSTRUCTIONS).toMatchObject({ reviewMinMonths: 36, reviewMaxMonths: 60, reviewDefaultMonths: 36 });
    expect(byCode.OTHER).toMatchObject({ reviewMinMonths: 1, reviewMaxMonths: 120, reviewDefaultMonths: 36 });
    expect(byCode.IMPLEMENTATION_GUIDE.name).toBe("Tillämpningsanvisningar");
    expect(byCode.CONTINUITY_PLAN).toMatchObject({ name: "Kontinuitetsplan", reviewDefaultMonths: 12 });
  });

  it("an admin adds a kind with its review interval; an editor cannot; bad ranges are refused", async () => {
    const editor = await kit.server.token(Role.EDITOR, town.code);
    const input: VocabularyTermCreateInput = {
      vocabulary: "GOVERNANCE_DOCUMENT_KIND",
      code: "DIGITAL_AGENDA",
      name: "Digital agenda",
      reviewMinMonths: 6,
      reviewMaxMonths: 24,
      reviewDefaultMonths: 12,
    };
    expect((await kit.server.gql(CREATE_TERM, { input }, { token: editor })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(errors(ok(await kit.server.gql(CREATE_TERM, { input: { ...input, reviewDefaultMonths: 30 } })).vocabularyTermCreate)).toEqual(["reviewDefaultMonths:INVALID"]);
    const onCategory: VocabularyTermCreateInput = { vocabulary: "APPLICATION_CATEGORY", code: "WATER", name: "VA", reviewMaxMonths: 12 };
    expect(errors(ok(await kit.server.gql(CREATE_TERM, { input: onCategory })).vocabularyTermCreate)).toEqual(["reviewMaxMonths:INVALID"]);
    const created = ok(await kit.server.gql(CREATE_TERM, { input })).vocabularyTermCreate;
    expect(created).toMatchObject({ vocabularyTerm: { code: "DIGITAL_AGENDA", reviewMinMonths: 6, reviewMaxMonths: 24, reviewDefaultMonths: 12 }, userErrors: [] });
    // A kind added without a range gets the default one.
    const plain = ok(await kit.server.gql(CREATE_TERM, { input: { vocabulary: "GOVERNANCE_DOCUMENT_KIND", code: "CHARTER", name: "Reglemente" } })).vocabularyTermCreate;
    expect(plain!.vocabularyTerm).toMatchObject({ reviewMinMonths: 1, reviewMaxMonths: 120, reviewDefaultMonths: 36 });
    const editorUpdate = await kit.server.gql(UPDATE_TERM, { input: { id: created!.vocabularyTerm!.id, reviewMaxMonths: 36 } }, { token: editor });
    expect(editorUpdate.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(ok(await kit.server.gql(UPDATE_TERM, { input: { id: created!.vocabularyTerm!.id, reviewMinMonths: 30 } })).vocabularyTermUpdate!.userErrors.map((e: any) => e.code)).toEqual(["INVALID"]);
  });

  it("a document of the new kind is registered by its code, within the kind's interval, and the review rule judges it", async () => {
    const editor = await kit.server.token(Role.EDITOR, town.code);
    const base = { title: "Digital agenda 2024", municipalityId: town.id, adoptedOn: "2024-03-01" };
    const tooLong = ok(await kit.server.gql(CREATE_DOC, { input: { ...base, kindCode: "DIGITAL_AGENDA", reviewIntervalMonths: 36 } }, { token: editor })).governanceDocumentCreate;
    expect(errors(tooLong)).toEqual(["reviewIntervalMonths:OUT_OF_RANGE"]);
    const unknown = ok(await kit.server.gql(CREATE_DOC, { input: { ...base, kindCode: "NOPE" } }, { token: editor })).governanceDocumentCreate;
    expect(errors(unknown)).toEqual(["kindCode:NOT_FOUND"]);
    const agenda = ok(await kit.server.gql(CREATE_DOC, { input: { ...base, kindCode: "DIGITAL_AGENDA" } }, { token: editor })).governanceDocumentCreate;
    expect(agenda!.userErrors).toEqual([]);
    expect(agenda!.governanceDocument).toMatchObject({ kind: "OTHER", kindCode: "DIGITAL_AGENDA", reviewIntervalMonths: 12, nextReviewDue: "2025-03-01" });
    expect(errors(ok(await kit.server.gql(UPDATE_DOC, { input: { id: agenda!.governanceDocument!.id, reviewIntervalMonths: 48 } }, { token: editor })).governanceDocumentUpdate)).toEqual([
      "reviewIntervalMonths:OUT_OF_RANGE",
    ]);

    // The rule reads the kind's interval: due 2025-03-01, so in order on 2025-02-28 and overdue after.
    const before = await reviewRule("2025-02-28");
    expect(before!.failures.map((f: any) => f.objectId)).not.toContain(agenda!.governanceDocument!.id);
    expect(before!.applicable).toBeGreaterThanOrEqual(1);
    const after = await reviewRule("2026-06-15");
    expect(after!.failures).toContainEqual(
      expect.objectContaining({ objectId: agenda!.governanceDocument!.id, label: "Digital agenda 2024 (Styrköping)", reason: expect.stringContaining("2025-03-01") }),
    );
  });

  it("today's clients still send and filter by the enum; OTHER stands for the kinds added since", async () => {
    const editor = await kit.server.token(Role.EDITOR, town.code);
    const policy = ok(
      await kit.server.gql(CREATE_DOC, { input: { kind: "IT_POLICY", title: "IT-policy Styrköping", municipalityId: town.id, adoptedOn: "2025-01-01" } }, { token: editor }),
    ).governanceDocumentCreate;
    expect(policy).toMatchObject({ governanceDocument: { kind: "IT_POLICY", kindCode: "IT_POLICY", reviewIntervalMonths: 60 }, userErrors: [] });
    const both = ok(
      await kit.server.gql(CREATE_DOC, { input: { kind: "IT_POLICY", kindCode: "STRATEGY", title: "X", municipalityId: town.id, adoptedOn: "2025-01-01" } }, { token: editor }),
    ).governanceDocumentCreate;
    expect(errors(both)).toEqual(["kindCode:INVALID"]);
    const titles = async (vars: Record<string, string>) => ok(await kit.server.gql(DOCS, vars)).governanceDocuments!.nodes.map((d: any) => d.title);
    expect(await titles({ kind: "IT_POLICY" })).toEqual(["IT-policy Styrköping"]);
    expect(await titles({ kind: "OTHER" })).toEqual(["Digital agenda 2024"]);
    expect(await titles({ kindCode: "DIGITAL_AGENDA" })).toEqual(["Digital agenda 2024"]);
  });
});
