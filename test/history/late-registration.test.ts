import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ok, type TestServer } from "../helpers/server";
import { type Kit, type Municipality, startKit, graphql } from "../kit";

/**
 * Valid time and recorded time through the write paths that reached into the past: a same-day
 * extension after a same-day (late) registration, a late registration covering a collaboration,
 * and a back-dated level correction before changes recorded earlier. Today is 2026-12-07 on this
 * server, as in the issue; everything is created by the test with the test kit (on a database
 * holding the level scale only).
 */
const TODAY = "2026-12-07";

let kit: Kit;
let server: TestServer;
let dalsEd: Municipality;
let mellerudM: Municipality;
let dals: string;
let mellerud: string;

beforeAll(async () => {
  kit = await startKit({ now: new Date(`${TODAY}T10:00:00.000Z`) });
  server = kit.server;
  dalsEd = await kit.municipality({ name: "Dals-Ed" });
  mellerudM = await kit.municipality({ name: "Mellerud" });
  [dals, mellerud] = [dalsEd.id, mellerudM.id];
});
afterAll(async () => kit.close());

let applications = 0;
/** A new application and a collaboration on it, begun (registered late) on `startedOn` at level `ordinal`. */
async function collaboration(startedOn: string, ordinal: number): Promise<string> {
  applications += 1;
  const application = (
    await kit.mutate(graphql(`mutation LateRegistrationWriteApplicationCreate($input: ApplicationCreateInput!) { applicationCreate(input: $input) { application { id } userErrors { code } } }`), {
      name: `Testsystem ${applications}`,
      category: "OTHER",
      scope: "BUSINESS_SPECIFIC",
    })
  ).application!.id;
  return (
    await kit.mutate(
      graphql(`mutation LateRegistrationWriteCollaborationCreate($input: CollaborationCreateInput!) { collaborationCreate(input: $input) { collaboration { id } userErrors { code } } }`),
      {
        name: `Samverkan ${applications}`,
        applicationId: application,
        hostMunicipalityId: dals,
        participantIds: [mellerud],
        levelId: kit.level(ordinal).id,
        startedOn,
      },
    )
  ).collaboration!.id;
}

const SCHEDULE = graphql(`query LateRegistrationNode($id: ID!, $asOf: LocalDate) { node(id: $id) { ... on Agreement {
  schedule(asOf: $asOf) { status currentTermEnd noticeDeadline decisionDeadline extensionsUsed extensionsRemaining procurementLeadTimeMonths }
  collaborations(asOf: $asOf) { id } municipalities(asOf: $asOf) { code }
} } }`);
const scheduleOn = async (id: string, asOf: string) => ok(await server.gql(SCHEDULE, { id, asOf })).node;

describe("a same-day extension after a same-day registration", () => {
  it("holds from today only: the registered past keeps its term end and extensions", async () => {
    const created = await kit.mutate(
      graphql(`mutation LateRegistrationWriteAgreementCreate($input: AgreementCreateInput!) { agreementCreate(input: $input) { agreement { id } userErrors { code } } }`),
      {
        kind: "LEVERANTORSAVTAL",
        name: "Optionsavtal",
        vendorName: "Leverantören AB",
        municipalityIds: [dals],
        startDate: "2024-01-01",
        endDate: "2028-12-31",
        renewalKind: "EXPRESS",
        renewalTermMonths: 12,
        maxExtensions: 2,
        noticePeriod: { amount: 3, unit: "MONTHS" },
      },
    );
    const id = created.agreement!.id;
    const past = await scheduleOn(id, "2025-12-31");
    expect(past!.schedule).toMatchObject({ currentTermEnd: "2028-12-31", extensionsUsed: 0, extensionsRemaining: 2 });
    // Registered late, it is whole from its start: its party too.
    expect(past!.municipalities).toEqual([{ code: dalsEd.code }]);
    const beforeStart = await scheduleOn(id, "2023-06-01");

    await kit.mutate(graphql(`mutation LateRegistrationWriteAgreementExtend($input: AgreementExtendInput!) { agreementExtend(input: $input) { userErrors { code } } }`), { id, extensions: 1 });

    expect(await scheduleOn(id, "2025-12-31")).toEqual(past);
    expect(await scheduleOn(id, "2026-12-06")).toMatchObject({ schedule: { currentTermEnd: "2028-12-31", extensionsUsed: 0 } });
    expect(await scheduleOn(id, "2023-06-01")).toEqual(beforeStart);
    expect((await scheduleOn(id, TODAY))!.schedule).toMatchObject({ currentTermEnd: "2029-12-31", extensionsUsed: 1, extensionsRemaining: 1 });
    // A second same-day change (an amendment of the notice period) joins today's version; the past stays.
    await kit.mutate(graphql(`mutation LateRegistrationWriteAgreementUpdate($input: AgreementUpdateInput!) { agreementUpdate(input: $input) { userErrors { code } } }`), {
      id,
      noticePeriod: { amount: 2, unit: "MONTHS" },
    });
    expect(await scheduleOn(id, "2025-12-31")).toEqual(past);
    expect((await scheduleOn(id, TODAY))!.schedule).toMatchObject({ currentTermEnd: "2029-12-31", extensionsUsed: 1, noticeDeadline: "2029-10-31" });
  });
});

describe("a late registration covering a collaboration", () => {
  it("covers the collaboration from its own start, so past deadlines use its level then", async () => {
    const covered = await collaboration("2022-10-01", 4);
    const created = await kit.mutate(
      graphql(`mutation LateRegistrationWriteAgreementCreate2($input: AgreementCreateInput!) { agreementCreate(input: $input) { agreement { id } userErrors { code } } }`),
      {
        kind: "LEVERANTORSAVTAL",
        name: "Sent registrerat avtal",
        vendorName: "Leverantören AB",
        municipalityIds: [dals, mellerud],
        collaborationIds: [covered],
        startDate: "2022-10-01",
        endDate: "2027-09-30",
      },
    );
    const id = created.agreement!.id;
    const onNewYear = await scheduleOn(id, "2026-01-01");
    expect(onNewYear!.collaborations).toEqual([{ id: covered }]);
    expect(onNewYear!.municipalities.map((m: any) => m.code).sort()).toEqual([dalsEd.code, mellerudM.code].sort());
    expect(onNewYear!.schedule).toMatchObject({ procurementLeadTimeMonths: 18, decisionDeadline: "2026-03-30", status: "DECISION_DUE" });
    expect((await scheduleOn(id, "2022-10-01"))!.collaborations).toEqual([{ id: covered }]);
    expect((await scheduleOn(id, TODAY))!.schedule).toMatchObject({ procurementLeadTimeMonths: 18, decisionDeadline: "2026-03-30" });
    // The board on that date lists it beside the collaboration, with the same deadline.
    const board = ok(
      await server.gql(
        graphql(`query LateRegistrationStatusBoard { statusBoard(asOf: "2026-01-01", first: 100) { nodes { collaboration { id } agreements { decisionDeadline status agreement { name } } } } }`),
      ),
    ).statusBoard!.nodes.find((n: any) => n.collaboration.id === covered);
    expect(board!.agreements).toEqual([{ decisionDeadline: "2026-03-30", status: "DECISION_DUE", agreement: { name: "Sent registrerat avtal" } }]);
    // No version, link or party before the start: 2022-09-30 does not know it.
    expect((await scheduleOn(id, "2022-09-30"))!.collaborations).toEqual([]);
  });

  it("needs no correctionReason, for an agreement or a collaboration alike, and refuses effectiveFrom on create", async () => {
    const audit = ok(await server.gql(graphql(`query LateRegistrationAuditLog { auditLog(operation: "agreementCreate") { nodes { correctionReason } } }`))).auditLog!.nodes;
    expect(audit.length).toBeGreaterThan(0);
    expect(audit.every((e: any) => e.correctionReason === null)).toBe(true);
    const refused = ok(
      await server.gql(graphql(`mutation LateRegistrationAgreementCreate($input: AgreementCreateInput!) { agreementCreate(input: $input) { agreement { id } userErrors { field code } } }`), {
        input: { kind: "SUPPORTAVTAL", name: "Fel", municipalityIds: [dals], startDate: "2024-01-01", endDate: "2027-12-31", effectiveFrom: "2025-01-01" },
      }),
    ).agreementCreate;
    expect(refused).toEqual({ agreement: null, userErrors: [{ field: ["input", "effectiveFrom"], code: "INVALID" }] });
  });
});

describe("a correction before changes recorded earlier", () => {
  it("makes the next entry of the level history read from the corrected level", async () => {
    const id = await collaboration("2022-10-01", 1);
    await kit.mutate(graphql(`mutation LateRegistrationWriteCollaborationLevelSet($input: CollaborationLevelSetInput!) { collaborationLevelSet(input: $input) { userErrors { code } } }`), {
      collaborationId: id,
      levelId: kit.level(2).id,
      changedOn: "2024-05-01",
      correctionReason: "Beslutet registrerades sent",
    });
    await kit.mutate(graphql(`mutation LateRegistrationWriteCollaborationLevelSet2($input: CollaborationLevelSetInput!) { collaborationLevelSet(input: $input) { userErrors { code } } }`), {
      collaborationId: id,
      levelId: kit.level(4).id,
      changedOn: "2023-01-01",
      correctionReason: "Beslutet registrerades aldrig",
    });
    const history = ok(
      await server.gql(
        graphql(
          `query LateRegistrationNode2($id: ID!) { node(id: $id) { ... on Collaboration { levelOn(date: "2023-06-01") { ordinal } levelHistory { id changedOn fromLevel { ordinal } toLevel { ordinal } } } } }`,
        ),
        {
          id,
        },
      ),
    ).node;
    expect(history!.levelOn).toEqual({ ordinal: 4 });
    expect(history!.levelHistory.map((h: any) => [h.changedOn, h.fromLevel?.ordinal ?? null, h.toLevel.ordinal])).toEqual([
      ["2022-10-01", null, 1],
      ["2023-01-01", 1, 4],
      ["2024-05-01", 4, 2],
    ]);
    // The entry read by itself says the same.
    const last = ok(await server.gql(graphql(`query LateRegistrationNode3($id: ID!) { node(id: $id) { ... on LevelChange { fromLevel { ordinal } } } }`), { id: history!.levelHistory[2].id })).node;
    expect(last!.fromLevel).toEqual({ ordinal: 4 });
  });
});
