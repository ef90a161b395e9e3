import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ok } from "../helpers/server";
import { days, type Kit, months, startKit, graphql } from ".";

let kit: Kit;
beforeAll(async () => (kit = await startKit()));
afterAll(async () => kit.close());

describe("the test kit", () => {
  it("starts on an empty database holding only the collaboration scale", async () => {
    const counts = ok(
      await kit.server.gql(graphql(`query KitMunicipalities { municipalities { totalCount } collaborations { totalCount } agreements { totalCount } collaborationLevels { ordinal } }`)),
    );
    expect(counts).toEqual({
      municipalities: { totalCount: 0 },
      collaborations: { totalCount: 0 },
      agreements: { totalCount: 0 },
      collaborationLevels: [0, 1, 2, 3, 4, 5].map((ordinal) => ({ ordinal })),
    });
  });

  it("builds through the API with unique names and codes, returning typed objects", async () => {
    const [a, b] = [await kit.municipality(), await kit.municipality({ name: "Namngiven kommun" })];
    expect(a.code).not.toBe(b.code);
    expect(b.name).toBe("Namngiven kommun");
    const collaboration = await kit.collaboration({ level: 4, participants: [a, b] });
    expect(collaboration.level.ordinal).toBe(4);
    expect(collaboration.host.code).toBe(a.code);
    expect(collaboration.participants.map((p) => p.municipality.code).sort()).toEqual([a.code, b.code].sort());
    const other = await kit.collaboration();
    expect(other.name).not.toBe(collaboration.name);
    expect(other.application.id).not.toBe(collaboration.application.id);

    const agreement = await kit.agreement({ kind: "SAMVERKANSAVTAL", parties: [a, b], ends: "2027-02-28", notice: months(3), collaborations: [collaboration] });
    expect(agreement).toMatchObject({ kind: "SAMVERKANSAVTAL", endDate: "2027-02-28", noticeDeadline: "2026-11-28" });
    expect((await kit.agreement({ ends: "2027-02-28", notice: days(30) })).noticeDeadline).toBe("2027-01-29");
  });

  it("builds governance documents, and sends a test's typed mutations, failing on their user errors", async () => {
    const a = await kit.municipality();
    expect(await kit.governanceDocument({ municipality: a, adoptedOn: "2024-01-01" })).toMatchObject({ kind: "IT_INSTRUCTIONS", adoptedOn: "2024-01-01", lastReviewedOn: null });
    const UPDATE = graphql(`mutation KitRename($input: MunicipalityUpdateInput!) { municipalityUpdate(input: $input) { municipality { name } userErrors { code } } }`);
    expect((await kit.mutate(UPDATE, { id: a.id, name: "Omdöpt" })).municipality).toEqual({ name: "Omdöpt" });
    await expect(kit.mutate(UPDATE, { id: a.id, name: " " })).rejects.toThrow(/kit: refused/);
  });

  it("fails loudly when the API refuses what a builder asks for", async () => {
    const a = await kit.municipality();
    await expect(kit.municipality({ code: a.code })).rejects.toThrow(/municipalityCreate refused/);
  });
});
