import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FactsOn } from "../../server/src/history/reader";
import { ok, startServer, type TestServer } from "../helpers/server";
import { graphql } from "../kit";

/**
 * The seed tells the policy's truth: "IT-policy med strategier Dalsland" (2008, adopted 2008-06-01)
 * speaks in the present tense, and Åmål was outside DKF from 2018 to November 2023. Which systems,
 * municipalities and exact dates are illustrative (seeds/README.md); these are the facts the sources do state.
 */
let server: TestServer;
beforeAll(async () => (server = await startServer()));
afterAll(async () => server.close());

const BOARD = graphql(`query SeedTruthStatusBoard($asOf: LocalDate!, $participant: ID) { statusBoard(asOf: $asOf, first: 100, participant: $participant) { totalCount nodes {
  collaboration { name application { category } collaborationBody { shortName } } level { ordinal name } participants { code } } } }`);

async function board(asOf: string, participant?: string): Promise<any[]> {
  const connection = ok(await server.gql(BOARD, { asOf, participant })).statusBoard;
  expect(connection!.totalCount).toBe(connection!.nodes.length);
  return connection!.nodes;
}

const DKF_MEMBERS = ["1438", "1439", "1460", "1461", "1492"];

describe("the seed on the day the IT-policy was adopted (2008-06-01)", () => {
  it("has GIS, the library system and the helpdesk shared by two or more municipalities, the library at level 5", async () => {
    const rows = await board("2008-06-01");
    const byCategory = Object.fromEntries(rows.map((r) => [r.collaboration.application.category, r]));
    for (const category of ["GIS", "LIBRARY", "HELPDESK"]) {
      expect(byCategory[category], category).toBeDefined();
      expect(byCategory[category].participants.length, category).toBeGreaterThanOrEqual(2);
    }
    // The policy's example of level 5: one borrower register for all libraries.
    expect(byCategory.LIBRARY.level).toEqual({ ordinal: 5, name: "Gemensam lösning och information" });
    // "gemensam lösning och information är i dagsläget det högsta"
    expect(Math.max(...rows.map((r) => r.level.ordinal))).toBe(5);
    // The policy's other shared systems: telephony, finance, information dissemination; payroll only from 2009.
    expect(Object.keys(byCategory)).toEqual(expect.arrayContaining(["TELEPHONY", "FINANCE", "INFORMATION"]));
    expect(byCategory.PAYROLL_HR).toBeUndefined();
  });

  it("has six IT chiefs in force, one per IT unit of the five Dalsland municipalities (Åmål with two)", async () => {
    const query = graphql(
      `query SeedTruthRoleAssignments($kind: RoleKind!) { roleAssignments(kind: $kind, asOf: "2008-06-01", first: 100) { totalCount nodes { itUnit { name municipality { code } } } } }`,
    );
    for (const kind of ["IT_CHEF", "IT_CHEFSGRUPPEN"] as const) {
      const roles = ok(await server.gql(query, { kind })).roleAssignments;
      expect(roles!.totalCount, kind).toBe(6);
      expect(new Set(roles!.nodes.map((r: any) => r.itUnit.name)).size, kind).toBe(6);
      expect([...new Set(roles!.nodes.map((r: any) => r.itUnit.municipality.code))].sort(), kind).toEqual(DKF_MEMBERS);
    }
  });
});

describe("Åmål outside DKF from 2018-01-01 to 2023-11-30", () => {
  it("takes part in no DKF collaboration in 2020 and in all three of its former ones again in 2024", async () => {
    const dkfRows = (rows: any[]) => rows.filter((r) => r.collaboration.collaborationBody?.shortName === "DKF");
    const with1492 = (rows: any[]) => rows.filter((r) => r.participants.some((p: any) => p.code === "1492")).map((r) => r.collaboration.name);
    const before = await board("2017-06-01");
    const in2020 = await board("2020-06-01");
    const in2024 = await board("2024-06-01");
    const formerly = with1492(dkfRows(before));
    expect(formerly.sort()).toEqual(["Gemensam informationsspridning (webb och intranät)", "Gemensamt PA- och lönesystem", "Gemensamt ekonomisystem"]);
    expect(with1492(dkfRows(in2020))).toEqual([]);
    expect(with1492(dkfRows(in2024)).sort()).toEqual(formerly);
    // Åmål's own shared telephony with Säffle and Årjäng is not a DKF collaboration, and goes on.
    expect((await board("2020-06-01", "1492")).map((r) => r.collaboration.name)).toEqual(["Gemensam telefoni Dalsland–Säffle–Årjäng"]);
    // The other members go on without it.
    const finance = in2020.find((r) => r.collaboration.name === "Gemensamt ekonomisystem");
    expect(finance.participants.map((p: any) => p.code).sort()).toEqual(["1438", "1439", "1460", "1461"]);
  });

  it("keeps both participation periods on record", async () => {
    const query = graphql(`query SeedTruthCollaborations { collaborations(first: 100) { nodes { name all: participants(includeFormer: true) { municipality { code } joinedOn leftOn } } } }`);
    const finance = ok(await server.gql(query)).collaborations!.nodes.find((c: any) => c.name === "Gemensamt ekonomisystem");
    expect(finance!.all.filter((p: any) => p.municipality.code === "1492").map((p: any) => [p.joinedOn, p.leftOn])).toEqual([
      ["2005-01-01", "2017-12-31"],
      ["2023-12-01", null],
    ]);
  });

  it("is no party of a DKF samverkansavtal in force in 2020, and is one again in 2024", async () => {
    // The API shows an agreement's latest parties; their dates are read through the one reader of facts on a date.
    const amal = [...(await new FactsOn(server.db, "2020-06-01").municipalities()).values()].find((m) => m.code === "1492")!;
    const dkfCollaborations = new Set(
      ok(await server.gql(graphql(`query SeedTruthCollaborations2 { collaborations(first: 100) { nodes { name collaborationBody { shortName } } } }`)))
        .collaborations!.nodes.filter((c: any) => c.collaborationBody?.shortName === "DKF")
        .map((c: any) => c.name),
    );
    const dkfSamverkansavtal = async (date: string) => {
      const facts = new FactsOn(server.db, date);
      const collaborations = await facts.collaborations();
      return (await facts.agreements()).filter((a) => a.inForce && a.agreement.kind === "SAMVERKANSAVTAL" && a.collaborationIds.some((id) => dkfCollaborations.has(collaborations.get(id)?.name)));
    };
    const in2020 = await dkfSamverkansavtal("2020-06-01");
    expect(in2020.map((a) => a.agreement.name).sort()).toEqual(["Samverkansavtal PA- och lönesystem", "Samverkansavtal bibliotekssystem", "Samverkansavtal gemensam helpdesk"]);
    expect(in2020.filter((a) => a.municipalityIds.includes(amal.id))).toEqual([]);
    const in2024 = await dkfSamverkansavtal("2024-06-01");
    expect(
      in2024
        .filter((a) => a.municipalityIds.includes(amal.id))
        .map((a) => a.agreement.name)
        .sort(),
    ).toEqual(["Samverkansavtal PA- och lönesystem", "Samverkansavtal gemensamt ekonomisystem"]);
    // Nor was Åmål a party of the vendor agreements DKF's members signed while it was outside.
    const vendor = (await new FactsOn(server.db, "2021-06-01").agreements()).filter((a) => a.inForce && a.agreement.kind === "LEVERANTORSAVTAL" && a.municipalityIds.includes(amal.id));
    expect(vendor.map((a) => a.agreement.name)).toEqual(["Leverantörsavtal telefonväxel och TRIO"]);
    // Today's parties are unchanged: Åmål is a party of the finance samverkansavtal.
    const today = ok(await server.gql(graphql(`query SeedTruthAgreements { agreements(kind: SAMVERKANSAVTAL, first: 100) { nodes { name municipalities { code } } } }`))).agreements!.nodes;
    expect(today.find((a: any) => a.name === "Samverkansavtal gemensamt ekonomisystem")!.municipalities.map((m: any) => m.code)).toContain("1492");
  });

  it("leaves Åmål's own use of the DKF systems without a systemägare while outside (seeds/README.md)", async () => {
    const query = graphql(`query SeedTruthGovernanceReport($asOf: LocalDate!) { governanceReport(asOf: $asOf) { rules { code failures { label } } } }`);
    const ownerless = async (asOf: string) =>
      ok(await server.gql(query, { asOf }))
        .governanceReport!.rules.find((r: any) => r.code === "USAGE_HAS_SYSTEM_OWNER")!
        .failures.map((f: any) => f.label)
        .filter((label: string) => ["Åmål – Raindance", "Åmål – Heroma", "Åmål – Sitevision"].includes(label))
        .sort();
    expect(await ownerless("2020-06-01")).toEqual(["Åmål – Heroma", "Åmål – Raindance", "Åmål – Sitevision"]);
    expect(await ownerless("2024-06-01")).toEqual([]);
  });

  it("has no Åmål person in a role on a DKF collaboration or in IT-chefsgruppen while outside", async () => {
    const query = graphql(
      `query SeedTruthRoleAssignments2($asOf: LocalDate!) { roleAssignments(asOf: $asOf, first: 100) { totalCount nodes { kind person { name municipality { code } } collaboration { collaborationBody { shortName } } itUnit { municipality { code } } } } }`,
    );
    const amalsDkfRoles = async (asOf: string) => {
      const roles = ok(await server.gql(query, { asOf })).roleAssignments;
      expect(roles!.totalCount).toBe(roles!.nodes.length);
      return roles!.nodes
        .filter((r: any) => r.person.municipality.code === "1492")
        .filter((r: any) => r.collaboration?.collaborationBody?.shortName === "DKF" || r.kind === "IT_CHEFSGRUPPEN")
        .map((r: any) => `${r.kind}:${r.person.name}`)
        .sort();
    };
    expect(await amalsDkfRoles("2020-06-01")).toEqual([]);
    expect(await amalsDkfRoles("2024-06-01")).toEqual(["IT_CHEFSGRUPPEN:Per Holm", "IT_CHEFSGRUPPEN:Sofia Ek", "SYSTEMFORVALTARE:Kerstin Wiik"]);
  });
});
