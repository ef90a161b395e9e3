/**
 * Early cutoff for an evaluation judged whole (the registry's `judgeWhole`): the governance rules
 * that read only where each usage is (and its phase) or what the competence rules read of an
 * assessment keep their outcome after a write of a usage's user count; a new usage or a new phase
 * judges them again. Each kept outcome equals a from-scratch one. Data built here with the test kit.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeGlobalId } from "../../server/src/core/global-id";
import { Evaluations } from "../../server/src/evaluations/registry";
import { governanceReport, governanceRuleOutcome } from "../../server/src/governance/report";
import { GOVERNANCE_RULES } from "../../server/src/governance/rules";
import { usageWritten } from "../helpers/evaluations";
import { ok, TEST_NOW } from "../helpers/server";
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
    const rules = ["SYSTEM_OWNER_HAS_SYSTEMANSVARIG", "USAGE_HAS_SYSTEM_OWNER", "BUSINESS_SYSTEM_HAS_TRAINING_PLAN"].map(rule);
    const [ownerRule, usageRule, trainingRule] = rules;
    const scratch = (r: (typeof rules)[number]) => new Evaluations(kit.server.db).ask(governanceRuleOutcome, today, r);
    const registry = new Evaluations(kit.server.db);
    const before = await Promise.all(rules.map((r) => registry.ask(governanceRuleOutcome, today, r)));
    const reportBefore = await registry.ask(governanceReport, today, undefined);
    expect(before[0].failures.map((f) => f.label)).toEqual(["Ulla Ägare, systemägare för Cutby – Ärendesystemet"]);
    expect(before[1]).toEqual({ applicable: 1, failures: [] });
    expect(before[2].failures.map((f) => f.label)).toEqual(["Cutby – Ärendesystemet"]);

    const id = decodeGlobalId(usage.id)!.id;
    expect((await kit.mutate(updateUsage, { id: usage.id, userCount: 57 })).userErrors).toEqual([]);
    const next = registry.carriedOver(usageWritten(id));
    // A user count leaves where each usage is, its phase and what the competence rules read of its assessment alone: the outcomes judged before.
    const after = await Promise.all(rules.map((r) => next.ask(governanceRuleOutcome, today, r)));
    for (const [i, r] of rules.entries()) {
      expect(after[i]).toBe(before[i]);
      expect(after[i]).toEqual(await scratch(r));
    }
    // Every rule's outcome kept: so is the report made of them.
    expect(await next.ask(governanceReport, today, undefined)).toBe(reportBefore);

    // A new phase: the usage rule (a retired usage needs no systemägare) is judged again.
    expect((await kit.mutate(updateUsage, { id: usage.id, lifecyclePhase: "RETIRED" })).userErrors).toEqual([]);
    const retired = next.carriedOver(usageWritten(id));
    const usagesRetired = await retired.ask(governanceRuleOutcome, today, usageRule);
    expect(usagesRetired).not.toBe(before[1]);
    expect(usagesRetired).toEqual({ applicable: 0, failures: [] });
    expect(usagesRetired).toEqual(await scratch(usageRule));
    expect(await retired.ask(governanceRuleOutcome, today, trainingRule)).toEqual(await scratch(trainingRule));

    // A new usage changes where usages are: the systemägare rule is judged again.
    const added = await kit.usage({ municipality, application: await kit.application({ name: "Lönesystemet" }) });
    const last = retired.carriedOver(usageWritten(decodeGlobalId(added.id)!.id));
    const ownersLast = await last.ask(governanceRuleOutcome, today, ownerRule);
    expect(ownersLast).not.toBe(before[0]);
    expect(ownersLast).toEqual(await scratch(ownerRule));
  });
});

describe("a kept outcome over GraphQL", () => {
  it("shows each failing object as it stands after the write, not as when the outcome was judged", async () => {
    const shared = await startKit({ factSnapshot: true });
    try {
      const place = await shared.municipality({ name: "Nyby" });
      // No systemägare and no training plan: the usage fails both rules.
      const failing = await shared.usage({ municipality: place, application: await shared.application({ name: "Diariet" }), users: 10 });
      const REPORT = graphql(`query CutoffReportObjects { governanceReport { rules { code failures { objectId object { ... on ApplicationUsage { userCount } } } } } }`);
      const counts = async () =>
        ok(await shared.request(REPORT))
          .governanceReport!.rules.filter((r) => r.code === "USAGE_HAS_SYSTEM_OWNER" || r.code === "BUSINESS_SYSTEM_HAS_TRAINING_PLAN")
          .map((r) => r.failures.filter((f) => f.objectId === failing.id).map((f) => f.object));
      expect(await counts()).toEqual([[{ userCount: 10 }], [{ userCount: 10 }]]);
      expect((await shared.mutate(updateUsage, { id: failing.id, userCount: 57 })).userErrors).toEqual([]);
      // Both outcomes are kept across the write (it leaves what the rules read alone); the objects are looked up anew.
      expect(await counts()).toEqual([[{ userCount: 57 }], [{ userCount: 57 }]]);
    } finally {
      await shared.close();
    }
  });
});
