import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { municipalityId, ok, startServer, type TestServer } from "../helpers/server";

/**
 * The promise of dated facts: an answer for a past date never changes when today's data changes;
 * only a correction (a back-dated change with a reason) may change it, and then exactly where it
 * should. Today is 2026-06-15 on the test server; the past date is the end of 2025.
 */
const PAST = "2025-12-31";

const BOARD = `query($asOf: LocalDate) { statusBoard(asOf: $asOf, first: 100) { totalCount nodes {
  collaboration { name } level { ordinal } lastLevelChange { changedOn } participants { code } host { code } operator { name }
  systemOwners { fromDate toDate person { name } } systemResponsibles { person { name } }
  agreements { status currentTermStart currentTermEnd noticeDeadline decisionDeadline extensionsUsed procurementLeadTimeMonths agreement { name } }
  nextDeadline { date kind agreement { name } } needsAttention
  openGaps { ruleCode label reason }
} } }`;
const GOVERNANCE = `query($asOf: LocalDate) { governanceReport(asOf: $asOf) { applicable compliant rules { code applicable compliant failures { label reason } } } }`;
const RISK = `query($asOf: LocalDate) { competenceRisk(asOf: $asOf, first: 100) { totalCount nodes { label score level specialistCount specialistsLeaving reasons { code contribution explanation } } } }`;
const AGREEMENTS = `query($asOf: LocalDate) { agreements(asOf: $asOf, first: 100) { totalCount nodes { name
  municipalities(asOf: $asOf) { code } itUnits(asOf: $asOf) { name } applications(asOf: $asOf) { name } collaborations(asOf: $asOf) { name }
  schedule(asOf: $asOf) { status currentTermStart currentTermEnd noticeDeadline decisionDeadline extensionsUsed extensionsRemaining latestPossibleEnd procurementLeadTimeMonths } } } }`;
const COLLABORATIONS = `query($asOf: LocalDate!) { collaborations(first: 100) { nodes { name levelOn(date: $asOf) { ordinal } participants(asOf: $asOf) { municipality { code } } roles(asOf: $asOf) { kind person { name } } } } }`;

let server: TestServer;
beforeAll(async () => (server = await startServer()));
afterAll(async () => server.close());

/** Every answer for `asOf`, as the JSON a client would receive. */
async function answersOn(asOf: string): Promise<Record<string, string>> {
  const answers: Record<string, string> = {};
  for (const [name, query] of Object.entries({ BOARD, GOVERNANCE, RISK, AGREEMENTS, COLLABORATIONS })) {
    answers[name] = JSON.stringify(ok(await server.gql(query, { asOf })));
  }
  return answers;
}

async function mutate(document: string, input: Record<string, unknown>): Promise<any> {
  const data = ok(await server.gql(document, { input }));
  const payload = Object.values(data)[0] as { userErrors: unknown[] };
  expect(payload.userErrors, document).toEqual([]);
  return payload;
}

const ids = async (query: string, path: (data: any) => any[]): Promise<Map<string, string>> => new Map(path(ok(await server.gql(query))).map((n: any) => [n.name, n.id]));

describe("answers for a past date", () => {
  it("stay byte-identical through today-dated changes of every kind, and change only by a correction", async () => {
    const before = await answersOn(PAST);
    const collaborations = await ids(`{ collaborations(first: 100) { nodes { id name } } }`, (d) => d.collaborations.nodes);
    const agreements = await ids(`{ agreements(first: 100) { nodes { id name } } }`, (d) => d.agreements.nodes);
    const levels = new Map<number, string>(ok(await server.gql(`{ collaborationLevels { id ordinal } }`)).collaborationLevels.map((l: any) => [l.ordinal, l.id]));
    const gis = collaborations.get("GIS-samverkan")!;
    const helpdesk = collaborations.get("Gemensam helpdesk")!;
    const finance = collaborations.get("Gemensamt ekonomisystem")!;
    const [mellerud, saffle, amal] = await Promise.all(["1461", "1785", "1492"].map((code) => municipalityId(server, code)));
    const units = ok(await server.gql(`{ municipalities(first: 20) { nodes { code itUnits { id name } } } }`)).municipalities.nodes;
    const unitOf = (code: string) => units.find((m: any) => m.code === code).itUnits[0].id;

    // Levels, host and operator, participations.
    await mutate(`mutation($input: CollaborationLevelSetInput!) { collaborationLevelSet(input: $input) { userErrors { code } } }`, { collaborationId: gis, levelId: levels.get(3) });
    await mutate(`mutation($input: CollaborationUpdateInput!) { collaborationUpdate(input: $input) { userErrors { code } } }`, {
      id: finance,
      hostMunicipalityId: mellerud,
      operatorItUnitId: unitOf("1461"),
    });
    await mutate(`mutation($input: CollaborationParticipantAddInput!) { collaborationParticipantAdd(input: $input) { userErrors { code } } }`, { collaborationId: gis, municipalityId: saffle });
    await mutate(`mutation($input: CollaborationParticipantRemoveInput!) { collaborationParticipantRemove(input: $input) { userErrors { code } } }`, {
      collaborationId: finance,
      municipalityId: amal,
    });

    // Usages: retire one, change fit, users and cost of another.
    const usages = ok(await server.gql(`{ applicationUsages(first: 100) { nodes { id lifecyclePhase municipality { code } application { name } } } }`)).applicationUsages.nodes;
    const usage = (code: string, name: string) => usages.find((u: any) => u.municipality.code === code && u.application.name === name).id;
    await mutate(`mutation($input: ApplicationUsageUpdateInput!) { applicationUsageUpdate(input: $input) { userErrors { code } } }`, { id: usage("1460", "Procapita VoO"), lifecyclePhase: "RETIRED" });
    await mutate(`mutation($input: ApplicationUsageUpdateInput!) { applicationUsageUpdate(input: $input) { userErrors { code } } }`, {
      id: usage("1461", "ByggR"),
      functionalFit: 1,
      technicalFit: 1,
      userCount: 3,
      annualCostSek: 999_000,
    });

    // Agreements: an amendment of dates, parties and covered systems; notice; an extension; termination.
    await mutate(`mutation($input: AgreementUpdateInput!) { agreementUpdate(input: $input) { userErrors { code } } }`, {
      id: agreements.get("Driftavtal gemensamt ekonomisystem"),
      endDate: "2030-12-31",
      collaborationIds: [finance, helpdesk],
      procurementLeadTimeMonths: 3,
    });
    await mutate(`mutation($input: AgreementGiveNoticeInput!) { agreementGiveNotice(input: $input) { userErrors { code } } }`, { id: agreements.get("Samverkansavtal gemensamt ekonomisystem") });
    await mutate(`mutation($input: AgreementTerminateInput!) { agreementTerminate(input: $input) { userErrors { code } } }`, { id: agreements.get("Driftavtal bibliotekssystem") });

    // Roles, competence, planned leave, training plans, governance documents.
    const roles = ok(await server.gql(`query($id: ID!) { node(id: $id) { ... on Collaboration { roles { id kind } } } }`, { id: finance })).node.roles;
    await mutate(`mutation($input: RoleEndInput!) { roleEnd(input: $input) { userErrors { code } } }`, { id: roles.find((r: any) => r.kind === "SYSTEMAGARE").id });
    const specialists = ok(await server.gql(`{ people(first: 100) { nodes { id name competences { level application { id } } } } }`)).people.nodes.filter((p: any) =>
      p.competences.some((c: any) => c.level === "SPECIALIST"),
    );
    for (const person of specialists.slice(0, 4)) {
      const competence = person.competences.find((c: any) => c.level === "SPECIALIST");
      await mutate(`mutation($input: CompetenceSetInput!) { competenceSet(input: $input) { userErrors { code } } }`, { personId: person.id, applicationId: competence.application.id, level: "USER" });
      await mutate(`mutation($input: PersonPlannedLeaveSetInput!) { personPlannedLeaveSet(input: $input) { userErrors { code } } }`, { personId: person.id, plannedLeave: "2026-07" });
    }
    const plans = ok(await server.gql(`{ trainingPlans(first: 100) { nodes { id } } }`)).trainingPlans.nodes;
    for (const plan of plans) await mutate(`mutation($input: TrainingPlanUpdateInput!) { trainingPlanUpdate(input: $input) { userErrors { code } } }`, { id: plan.id, reviewedOn: "2026-06-15" });
    await mutate(`mutation($input: TrainingPlanCreateInput!) { trainingPlanCreate(input: $input) { userErrors { code } } }`, {
      name: "Ny plan",
      applicationUsageId: usage("1461", "ByggR"),
      reviewedOn: "2026-06-15",
    });
    const documents = ok(await server.gql(`{ governanceDocuments(first: 100) { nodes { id } } }`)).governanceDocuments.nodes;
    for (const doc of documents)
      await mutate(`mutation($input: GovernanceDocumentUpdateInput!) { governanceDocumentUpdate(input: $input) { userErrors { code } } }`, { id: doc.id, lastReviewedOn: "2026-06-15" });

    // Today's answers did change (the changes took effect) ...
    expect(JSON.stringify(ok(await server.gql(BOARD, {})))).not.toEqual(JSON.stringify(ok(await server.gql(BOARD, { asOf: "2026-06-14" }))));
    // ... and every answer for the past date is byte-identical.
    const after = await answersOn(PAST);
    for (const name of Object.keys(before)) expect(after[name], name).toBe(before[name]);
    // Filters by a covered system are judged on asOf too: the helpdesk was covered from today only.
    const coveringHelpdesk = async (asOf: string) =>
      ok(await server.gql(`query($asOf: LocalDate, $c: ID) { agreements(asOf: $asOf, collaboration: $c, first: 100) { nodes { name } } }`, { asOf, c: helpdesk })).agreements.nodes.map(
        (a: any) => a.name,
      );
    expect(await coveringHelpdesk("2026-06-15")).toContain("Driftavtal gemensamt ekonomisystem");
    expect(await coveringHelpdesk(PAST)).not.toContain("Driftavtal gemensamt ekonomisystem");

    // A correction: GIS was in fact raised to level 4 on 2025-06-01 (a forgotten decision).
    const corrected = ok(
      await server.gql(`mutation($input: CollaborationLevelSetInput!) { collaborationLevelSet(input: $input) { userErrors { code } } }`, {
        input: { collaborationId: gis, levelId: levels.get(4), changedOn: "2025-06-01", decisionReference: "DKF 2025/4", correctionReason: "Beslutet registrerades aldrig" },
      }),
    ).collaborationLevelSet;
    expect(corrected.userErrors).toEqual([]);
    const board = (answers: Record<string, string>) => JSON.parse(answers.BOARD).statusBoard.nodes;
    const changed = await answersOn(PAST);
    const rowsBefore = board(before);
    const rowsAfter = board(changed);
    const differing = rowsAfter.filter((row: any, i: number) => JSON.stringify(row) !== JSON.stringify(rowsBefore[i])).map((row: any) => row.collaboration.name);
    expect(differing).toEqual(["GIS-samverkan"]);
    expect(rowsAfter.find((r: any) => r.collaboration.name === "GIS-samverkan")).toMatchObject({ level: { ordinal: 4 }, lastLevelChange: { changedOn: "2025-06-01" } });
    // Answers before the corrected date stay as they were.
    expect(board(await answersOn("2025-05-31")).find((r: any) => r.collaboration.name === "GIS-samverkan").level.ordinal).toBe(2);
    const audit = ok(await server.gql(`{ auditLog(operation: "collaborationLevelSet") { nodes { correctionReason changes { objectType } } } }`)).auditLog.nodes;
    expect(audit.map((e: any) => e.correctionReason)).toEqual([null, "Beslutet registrerades aldrig"]);
  });

  it("refuses a back-dated change without a reason and changes nothing", async () => {
    const gis = (await ids(`{ collaborations(first: 100) { nodes { id name } } }`, (d) => d.collaborations.nodes)).get("GIS-samverkan")!;
    const before = await answersOn("2024-01-01");
    const mellerud = await municipalityId(server, "1461");
    const result = ok(
      await server.gql(`mutation($input: CollaborationUpdateInput!) { collaborationUpdate(input: $input) { userErrors { field code } } }`, {
        input: { id: gis, hostMunicipalityId: mellerud, effectiveFrom: "2023-01-01" },
      }),
    ).collaborationUpdate;
    expect(result.userErrors).toContainEqual({ field: ["input", "effectiveFrom"], code: "CORRECTION_REASON_REQUIRED" });
    expect(await answersOn("2024-01-01")).toEqual(before);
  });
});
