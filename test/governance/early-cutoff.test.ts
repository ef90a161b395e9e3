/**
 * Early cutoff for an evaluation judged whole (the registry's `judgeWhole`): a governance rule that
 * reads only where each usage is keeps its outcome after a write of a usage's user count, and is
 * judged again when a usage is added; a rule that reads the usages themselves is judged again.
 * Each kept outcome equals a from-scratch one. Data built here with the test kit.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeGlobalId } from "../../server/src/core/global-id";
import { Evaluations } from "../../server/src/evaluations/registry";
import { governanceRuleOutcome } from "../../server/src/governance/report";
import { GOVERNANCE_RULES } from "../../server/src/governance/rules";
import { TEST_NOW } from "../helpers/server";
import { type Application, type Kit, type Municipality, graphql, startKit } from "../kit";

const today = TEST_NOW.toISOString().slice(0, 10);

let kit: Kit;
let municipality: Municipality;
let application: Application;
let usage: { id: string };

beforeAll(async () => {
  kit = await startKit();
  municipality = await kit.municipality({ name: "Cutby" });
  application = await kit.application({ name: "Ärendesystemet" });
  usage = await kit.usage({ municipality, application, users: 10 });
  // A systemägare without a systemansvarig: the rule's one failure, labelled by where the usage is.
  await kit.role({ kind: "SYSTEMAGARE", person: await kit.person({ municipality, name: "Ulla Ägare" }), usage });
});
afterAll(async () => {
  await kit?.close();
});

const rule = (code: string) => GOVERNANCE_RULES.find((r) => r.code === code)!;
const updateUsage = graphql(`mutation CutoffUsageUpdate($input: ApplicationUsageUpdateInput!) { applicationUsageUpdate(input: $input) { userErrors { message } } }`);

describe("a governance rule judged whole after a write", () => {
  it("keeps its outcome while the parts it reads are the same, and is judged again when they change", async () => {
    const [ownerRule, usageRule] = [rule("SYSTEM_OWNER_HAS_SYSTEMANSVARIG"), rule("USAGE_HAS_SYSTEM_OWNER")];
    const scratch = (r: typeof ownerRule) => new Evaluations(kit.server.db).ask(governanceRuleOutcome, today, r);
    const registry = new Evaluations(kit.server.db);
    const [ownersBefore, usagesBefore] = [await registry.ask(governanceRuleOutcome, today, ownerRule), await registry.ask(governanceRuleOutcome, today, usageRule)];
    expect(ownersBefore.failures.map((f) => f.label)).toEqual(["Ulla Ägare, systemägare för Cutby – Ärendesystemet"]);

    const id = decodeGlobalId(usage.id)!.id;
    expect((await kit.mutate(updateUsage, { id: usage.id, userCount: 57 })).userErrors).toEqual([]);
    const next = registry.carriedOver(new Set([`application_usage#${id}`, `fact_version:ApplicationUsage#${id}`, "audit_entry", "audit_object"]));
    // The systemägare rule reads only where each usage is, which a user count leaves alone: the outcome judged before.
    const ownersAfter = await next.ask(governanceRuleOutcome, today, ownerRule);
    expect(ownersAfter).toBe(ownersBefore);
    expect(ownersAfter).toEqual(await scratch(ownerRule));
    // The usage rule reads the usages themselves (a failure is the usage as it now stands): judged again.
    const usagesAfter = await next.ask(governanceRuleOutcome, today, usageRule);
    expect(usagesAfter).not.toBe(usagesBefore);
    expect(usagesAfter).toEqual(await scratch(usageRule));

    // A new usage changes where usages are: the systemägare rule is judged again.
    const added = await kit.usage({ municipality, application: await kit.application({ name: "Lönesystemet" }) });
    const addedId = decodeGlobalId(added.id)!.id;
    const last = next.carriedOver(new Set([`application_usage#${addedId}`, `fact_version:ApplicationUsage#${addedId}`, "audit_entry", "audit_object"]));
    const ownersLast = await last.ask(governanceRuleOutcome, today, ownerRule);
    expect(ownersLast).not.toBe(ownersBefore);
    expect(ownersLast).toEqual(await scratch(ownerRule));
  });
});
