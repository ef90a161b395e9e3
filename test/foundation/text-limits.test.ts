import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_CORRECTION_REASON } from "../../server/src/common/text-limits";
import { ok } from "../helpers/server";
import { KitAuditLogDocument, KitLevelSetDocument, KitPersonDocument } from "../kit/generated/graphql";
import { type Kit, startKit } from "../kit";

let kit: Kit;
beforeAll(async () => (kit = await startKit()));
afterAll(async () => kit.close());

const codes = (payload: { userErrors: { field?: string[] | null; code: string }[] }) => payload.userErrors.map((e) => `${e.field?.join(".")}:${e.code}`);

describe("free-text caps", () => {
  it("refuses a correctionReason over its cap whether or not the change is a correction, and changes nothing", async () => {
    const collaboration = await kit.collaboration({ level: 2, startedOn: "2026-01-01" });
    const audited = ok(await kit.request(KitAuditLogDocument)).auditLog!.totalCount;
    const long = "x".repeat(100_000);
    const today = ok(await kit.request(KitLevelSetDocument, { input: { collaborationId: collaboration.id, levelId: kit.level(3).id, correctionReason: long } })).collaborationLevelSet!;
    expect(codes(today)).toEqual(["input.correctionReason:TOO_LONG"]);
    const backdated = ok(await kit.request(KitLevelSetDocument, { input: { collaborationId: collaboration.id, levelId: kit.level(3).id, changedOn: "2026-06-01", correctionReason: long } }))
      .collaborationLevelSet!;
    expect(codes(backdated)).toEqual(["input.correctionReason:TOO_LONG"]);
    expect(ok(await kit.request(KitAuditLogDocument)).auditLog!.totalCount).toBe(audited);
    const levels = await kit.server.db.query("SELECT COUNT(*) AS n FROM collaboration_level_change");
    expect(Number(levels[0].n)).toBe(1);

    const reason = "y".repeat(MAX_CORRECTION_REASON);
    const corrected = ok(await kit.request(KitLevelSetDocument, { input: { collaborationId: collaboration.id, levelId: kit.level(3).id, changedOn: "2026-06-01", correctionReason: reason } }))
      .collaborationLevelSet!;
    expect(corrected.userErrors).toEqual([]);
    expect(corrected.collaboration?.level.ordinal).toBe(3);
    expect(ok(await kit.request(KitAuditLogDocument)).auditLog!.nodes.filter((entry) => entry.operation === "collaborationLevelSet")).toEqual([
      { operation: "collaborationLevelSet", correctionReason: reason },
    ]);
  });

  it("holds a field to the cap its schema description states", async () => {
    const municipality = await kit.municipality();
    const person = (phone: string) => kit.request(KitPersonDocument, { input: { municipalityId: municipality.id, name: "Ann Test", phone } });
    expect(ok(await person("0".repeat(51))).personCreate!.userErrors).toEqual([{ field: ["input", "phone"], code: "TOO_LONG", message: "Högst 50 tecken." }]);
    expect(ok(await person("0".repeat(50))).personCreate!.userErrors).toEqual([]);
  });
});
