import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { municipalityId, ok, startServer, type TestServer } from "../helpers/server";

/**
 * The promise of dated facts: an answer for a past date never changes when today's data changes;
 * only a correction (a back-dated change with a reason) may change it, and then exactly where it
 * should. Today is 2026-06-15 on the test server; the past date is the end of 2025. It runs on the
 * Dalsland seed: the byte-identical promise is checked across every kind of dated fact at once, and
 * the seed is the one dataset holding all of them (with histories reaching back before 2025).
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
const USAGES = `query($asOf: LocalDate) { applicationUsages(asOf: $asOf, first: 100) { totalCount nodes { id lifecyclePhase functionalFit technicalFit userCount annualCostOre itUnit { name } } } }`;
const COLLABORATIONS = `query($asOf: LocalDate!) { collaborations(first: 100) { nodes { name levelOn(date: $asOf) { ordinal } participants(asOf: $asOf) { municipality { code } } roles(asOf: $asOf) { kind person { name } } } } }`;

let server: TestServer;
beforeAll(async () => (server = await startServer()));
afterAll(async () => server.close());

/** Every answer for `asOf`, as the JSON a client would receive. */
async function answersOn(asOf: string): Promise<Record<string, string>> {
  const answers: Record<string, string> = {};
  for (const [name, query] of Object.entries({ BOARD, GOVERNANCE, RISK, AGREEMENTS, COLLABORATIONS, USAGES })) {
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

  it("keep a late registration whole and same-day sequences (create then change, change twice) to today, for every versioned fact", async () => {
    const TODAY = "2026-06-15";
    const YESTERDAY = "2026-06-14";
    const levels = new Map<number, string>(ok(await server.gql(`{ collaborationLevels { id ordinal } }`)).collaborationLevels.map((l: any) => [l.ordinal, l.id]));
    const [dals, mellerud, fargelanda] = await Promise.all(["1438", "1461", "1439"].map((code) => municipalityId(server, code)));
    const units = ok(await server.gql(`{ municipalities(first: 20) { nodes { code itUnits { id } } } }`)).municipalities.nodes;
    const unitOf = (code: string) => units.find((m: any) => m.code === code).itUnits[0].id;
    const person = ok(await server.gql(`{ people(first: 100) { nodes { id municipality { code } competences { level application { id } } } } }`)).people.nodes.find(
      (p: any) => p.municipality.code === "1438" && p.competences.length > 0,
    );

    // Late registrations (dated before today, no correctionReason) and creations dated today.
    const application = (
      await mutate(`mutation($input: ApplicationCreateInput!) { applicationCreate(input: $input) { application { id } userErrors { code } } }`, {
        name: "Sent registrerat system",
        category: "OTHER",
        scope: "BUSINESS_SPECIFIC",
      })
    ).application.id;
    const collaboration = (
      await mutate(`mutation($input: CollaborationCreateInput!) { collaborationCreate(input: $input) { collaboration { id } userErrors { code } } }`, {
        name: "Sent registrerad samverkan",
        applicationId: application,
        hostMunicipalityId: dals,
        participantIds: [mellerud, fargelanda],
        levelId: levels.get(2),
        operatorItUnitId: unitOf("1438"),
        startedOn: "2025-03-01",
      })
    ).collaboration.id;
    const agreement = (
      await mutate(`mutation($input: AgreementCreateInput!) { agreementCreate(input: $input) { agreement { id } userErrors { code } } }`, {
        kind: "LEVERANTORSAVTAL",
        name: "Sent registrerat optionsavtal",
        vendorName: "Leverantören AB",
        municipalityIds: [dals, mellerud],
        collaborationIds: [collaboration],
        startDate: "2024-01-01",
        endDate: "2028-12-31",
        renewalKind: "EXPRESS",
        renewalTermMonths: 12,
        maxExtensions: 2,
        noticePeriod: { amount: 3, unit: "MONTHS" },
      })
    ).agreement.id;
    const usage = (
      await mutate(`mutation($input: ApplicationUsageCreateInput!) { applicationUsageCreate(input: $input) { applicationUsage { id } userErrors { code } } }`, {
        municipalityId: dals,
        applicationId: application,
        inUseSince: "2024-05-01",
        functionalFit: 3,
        technicalFit: 3,
        userCount: 40,
        annualCostOre: 5_000_000,
      })
    ).applicationUsage.id;
    const plan = (
      await mutate(`mutation($input: TrainingPlanCreateInput!) { trainingPlanCreate(input: $input) { trainingPlan { id } userErrors { code } } }`, {
        name: "Sent registrerad plan",
        collaborationId: collaboration,
        reviewedOn: "2025-04-01",
        effectiveFrom: "2025-04-01",
      })
    ).trainingPlan.id;
    const document = (
      await mutate(`mutation($input: GovernanceDocumentCreateInput!) { governanceDocumentCreate(input: $input) { governanceDocument { id } userErrors { code } } }`, {
        kind: "IT_INSTRUCTIONS",
        title: "Sent registrerade IT-instruktioner",
        municipalityId: mellerud,
        adoptedOn: "2023-09-01",
        lastReviewedOn: "2025-09-01",
      })
    ).governanceDocument.id;
    const role = (
      await mutate(`mutation($input: RoleAssignInput!) { roleAssign(input: $input) { roleAssignment { id } userErrors { code } } }`, {
        personId: person.id,
        collaborationId: collaboration,
        kind: "SYSTEMAGARE",
      })
    ).roleAssignment.id;
    // The late registrations are whole on the past date: each shows with its links and first facts.
    const registered = { past: await answersOn(PAST), yesterday: await answersOn(YESTERDAY) };
    const pastBoard = JSON.parse(registered.past.BOARD).statusBoard.nodes.find((n: any) => n.collaboration.name === "Sent registrerad samverkan");
    expect(pastBoard).toMatchObject({ level: { ordinal: 2 }, host: { code: "1438" }, agreements: [{ agreement: { name: "Sent registrerat optionsavtal" }, extensionsUsed: 0 }] });
    expect(pastBoard.participants.map((p: any) => p.code).sort()).toEqual(["1438", "1439", "1461"]);
    expect(JSON.parse(registered.past.USAGES).applicationUsages.nodes.find((u: any) => u.id === usage)).toMatchObject({ functionalFit: 3, userCount: 40, annualCostOre: 5_000_000 });
    expect(JSON.parse((await answersOn("2024-04-30")).USAGES).applicationUsages.nodes.map((u: any) => u.id)).not.toContain(usage);

    // Same-day sequences: each versioned fact changed twice today (the created ones: created, then changed).
    const twice = async (document: string, inputs: Record<string, unknown>[]) => {
      for (const input of inputs) await mutate(document, input);
    };
    await twice(`mutation($input: CollaborationUpdateInput!) { collaborationUpdate(input: $input) { userErrors { code } } }`, [
      { id: collaboration, hostMunicipalityId: mellerud, operatorItUnitId: unitOf("1461") },
      { id: collaboration, hostMunicipalityId: fargelanda, operatorItUnitId: unitOf("1439") },
    ]);
    await twice(`mutation($input: CollaborationLevelSetInput!) { collaborationLevelSet(input: $input) { userErrors { code } } }`, [
      { collaborationId: collaboration, levelId: levels.get(3) },
      { collaborationId: collaboration, levelId: levels.get(4) },
    ]);
    await mutate(`mutation($input: AgreementExtendInput!) { agreementExtend(input: $input) { userErrors { code } } }`, { id: agreement, extensions: 1 });
    await twice(`mutation($input: AgreementUpdateInput!) { agreementUpdate(input: $input) { userErrors { code } } }`, [
      { id: agreement, noticePeriod: { amount: 2, unit: "MONTHS" }, procurementLeadTimeMonths: 6 },
      { id: agreement, municipalityIds: [dals, mellerud, fargelanda], collaborationIds: [] },
    ]);
    await twice(`mutation($input: ApplicationUsageUpdateInput!) { applicationUsageUpdate(input: $input) { userErrors { code } } }`, [
      { id: usage, functionalFit: 1, userCount: 10, annualCostOre: 100_000 },
      { id: usage, lifecyclePhase: "PHASE_OUT", technicalFit: 1 },
    ]);
    const competence = person.competences[0];
    await twice(`mutation($input: CompetenceSetInput!) { competenceSet(input: $input) { userErrors { code } } }`, [
      { personId: person.id, applicationId: competence.application.id, level: competence.level === "USER" ? "SPECIALIST" : "USER" },
      { personId: person.id, applicationId: competence.application.id, level: competence.level === "SUPERUSER" ? "USER" : "SUPERUSER" },
    ]);
    await twice(`mutation($input: PersonPlannedLeaveSetInput!) { personPlannedLeaveSet(input: $input) { userErrors { code } } }`, [
      { personId: person.id, plannedLeave: "2026-08" },
      { personId: person.id, plannedLeave: "2026-09" },
    ]);
    await twice(`mutation($input: TrainingPlanUpdateInput!) { trainingPlanUpdate(input: $input) { userErrors { code } } }`, [
      { id: plan, reviewedOn: YESTERDAY },
      { id: plan, reviewedOn: TODAY },
    ]);
    await twice(`mutation($input: GovernanceDocumentUpdateInput!) { governanceDocumentUpdate(input: $input) { userErrors { code } } }`, [
      { id: document, lastReviewedOn: TODAY },
      { id: document, retiredOn: TODAY },
    ]);
    await mutate(`mutation($input: RoleEndInput!) { roleEnd(input: $input) { userErrors { code } } }`, { id: role });

    // Today shows the last of each sequence ...
    const today = await answersOn(TODAY);
    const board = JSON.parse(today.BOARD).statusBoard.nodes.find((n: any) => n.collaboration.name === "Sent registrerad samverkan");
    expect(board).toMatchObject({ level: { ordinal: 4 }, host: { code: "1439" }, agreements: [] });
    expect(JSON.parse(today.USAGES).applicationUsages.nodes.find((u: any) => u.id === usage)).toMatchObject({ lifecyclePhase: "PHASE_OUT", functionalFit: 1, technicalFit: 1, userCount: 10 });
    const schedule = ok(await server.gql(`query($id: ID!) { node(id: $id) { ... on Agreement { schedule { currentTermEnd extensionsUsed procurementLeadTimeMonths } } } }`, { id: agreement })).node
      .schedule;
    expect(schedule).toEqual({ currentTermEnd: "2029-12-31", extensionsUsed: 1, procurementLeadTimeMonths: 6 });
    // The phase filter is judged on asOf, like the facts shown.
    const inPhase = async (asOf: string, phase: string) =>
      ok(
        await server.gql(`query($asOf: LocalDate, $phase: LifecyclePhase) { applicationUsages(asOf: $asOf, lifecyclePhase: $phase, first: 100) { nodes { id } } }`, { asOf, phase }),
      ).applicationUsages.nodes.map((u: any) => u.id);
    expect(await inPhase(PAST, "ACTIVE")).toContain(usage);
    expect(await inPhase(PAST, "PHASE_OUT")).not.toContain(usage);
    expect(await inPhase(TODAY, "PHASE_OUT")).toContain(usage);
    expect(await inPhase(TODAY, "ACTIVE")).not.toContain(usage);
    // ... and neither yesterday nor the past date saw any of them.
    for (const [date, answers] of [
      [PAST, registered.past],
      [YESTERDAY, registered.yesterday],
    ] as const) {
      const after = await answersOn(date);
      for (const name of Object.keys(answers)) expect(after[name], `${name} on ${date}`).toBe(answers[name]);
    }
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
