import { readFileSync } from "node:fs";
import { join } from "node:path";
import { getNamedType, isEnumType, isInputObjectType, isInterfaceType, isObjectType, isScalarType } from "graphql";
import { describe, expect, it } from "vitest";
import { ApplicationUsage } from "../../server/src/applications/entities";
import { GovernanceDocument } from "../../server/src/governance/entities";
import { buildGraphQLSchema, printedSchema } from "../../server/src/app/schema";

describe("schema/schema.graphql", () => {
  it("matches the schema the code builds (run `npm run schema` after changing the API)", async () => {
    const committed = readFileSync(join(__dirname, "..", "..", "schema", "schema.graphql"), "utf8");
    expect(committed).toBe(await printedSchema());
  });

  it("describes every type, field, argument and enum value", async () => {
    const schema = await buildGraphQLSchema();
    const undocumented: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith("__") || ["String", "Boolean", "Int", "Float", "ID"].includes(type.name)) continue;
      const root = type === schema.getQueryType() || type === schema.getMutationType();
      if (!type.description && !root) undocumented.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) undocumented.push(`${type.name}.${field.name}`);
          for (const arg of "args" in field ? field.args : []) {
            if (!arg.description && !["input"].includes(arg.name)) undocumented.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) undocumented.push(`${type.name}.${value.name}`);
    }
    expect(undocumented).toEqual([]);
  });

  it("states a cap on every free-text input field (formats and files are bounded by their own rules)", async () => {
    const schema = await buildGraphQLSchema();
    const formatted = [
      "MunicipalityCreateInput.code",
      "PersonPlannedLeaveSetInput.plannedLeave",
      "ChangeFreezePeriodInput.fromMonthDay",
      "ChangeFreezePeriodInput.toMonthDay",
      "ApplicationUsagesImportInput.content",
      "MunicipalityPopulationsImportInput.content",
      "MunicipalityCodeChangeInput.code",
      "ApplicationCreateInput.categoryCode",
      "ApplicationUpdateInput.categoryCode",
      "RoleAssignInput.kindCode",
      "GovernanceDocumentCreateInput.kindCode",
      "NeedRegisterInput.categoryCode",
      "VocabularyTermCreateInput.code",
      "VocabularyTermCreateInput.roleTargets",
      "VocabularyTermUpdateInput.roleTargets",
      "NeedChooseInput.optionKey",
    ];
    const uncapped: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isInputObjectType(type)) continue;
      for (const field of Object.values(type.getFields())) {
        const name = `${type.name}.${field.name}`;
        if (getNamedType(field.type).name !== "String" || formatted.includes(name)) continue;
        if (!/\b(at most|cut after) \d+ characters\./i.test(field.description ?? "")) uncapped.push(name);
      }
    }
    expect(uncapped).toEqual([]);
  });

  it("decides a Node's type synchronously (a promise there makes graphql-js await every Node-typed field)", async () => {
    const node = (await buildGraphQLSchema()).getType("Node");
    if (!isInterfaceType(node) || !node.resolveType) throw new Error("No Node interface with resolveType.");
    expect(node.resolveType(new ApplicationUsage(), {}, {} as never, node)).toBe("ApplicationUsage");
  });

  it("reads plain property fields without a resolver, and keeps every field resolver", async () => {
    const collaboration = (await buildGraphQLSchema()).getType("Collaboration");
    if (!isObjectType(collaboration)) throw new Error("No Collaboration type.");
    const fields = collaboration.getFields();
    expect(fields.name.resolve).toBeUndefined();
    expect(fields.host.resolve).toBeTypeOf("function");
    expect(fields.participants.resolve).toBeTypeOf("function");
    // Fields with an auth check keep it.
    expect(fields.statusBoardRow.resolve).toBeTypeOf("function");
  });

  it("calls a field resolver with scalar arguments directly, and through type-graphql for a root of another class", async () => {
    const type = (await buildGraphQLSchema()).getType("GovernanceDocument");
    if (!isObjectType(type)) throw new Error("No GovernanceDocument type.");
    const resolve = type.getFields().reviewOverdue.resolve!;
    const facts = { adoptedOn: "2020-01-01", reviewIntervalMonths: 12, lastReviewedOn: null, retiredOn: null };
    const context = { today: "2020-06-01" };
    // Directly: the method's own answer, not type-graphql's promise of it (its argument check is async).
    expect(resolve(Object.assign(new GovernanceDocument(), facts), { asOf: "2021-06-01" }, context, {} as never)).toBe(true);
    expect(resolve(Object.assign(new GovernanceDocument(), facts), { asOf: null }, context, {} as never)).toBe(false);
    await expect(resolve({ ...facts }, { asOf: "2021-06-01" }, context, {} as never)).resolves.toBe(true);
  });

  it("sends a LocalDate only when it is a calendar day", async () => {
    const localDate = (await buildGraphQLSchema()).getType("LocalDate");
    if (!isScalarType(localDate)) throw new Error("No LocalDate scalar.");
    expect(localDate.serialize("2024-02-29")).toBe("2024-02-29");
    for (const wrong of ["2023-02-29", "2024-13-01", "2024-1-01", 20240101, null]) expect(() => localDate.serialize(wrong)).toThrow(/not a valid LocalDate/);
  });
});
