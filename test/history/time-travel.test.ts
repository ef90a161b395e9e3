import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ok, type TestServer } from "../helpers/server";
import { type Collaboration, graphql, type ItUnit, type Kit, type Municipality, months, startKit } from "../kit";
import type { TypedDocumentString } from "../kit/generated/graphql";

/**
 * The promise of dated facts: an answer for a past date never changes when today's data changes;
 * only a correction (a back-dated change with a reason) may change it, and then exactly where it
 * should. Today is 2026-06-15 on the test server; the past date is the end of 2025. The data, built
 * below, holds every kind of dated fact at once (collaborations and their levels, hosts, operators and
 * participants; usages; agreements; roles; competences and planned leave; training plans; governance
 * documents), with histories reaching back before 2025, so the byte-identical promise is checked
 * across all of them together.
 */
const PAST = "2025-12-31";

const BOARD = graphql(`query TimeTravelBoard($asOf: LocalDate) { statusBoard(asOf: $asOf, first: 100) { totalCount nodes {
  collaboration { name } level { ordinal } lastLevelChange { changedOn } participants { code } host { code } operator { name }
  systemOwners { fromDate toDate person { name } } systemResponsibles { person { name } }
  agreements { status currentTermStart currentTermEnd noticeDeadline decisionDeadline extensionsUsed procurementLeadTimeMonths agreement { name } }
  nextDeadline { date kind agreement { name } } needsAttention
  openGaps { ruleCode label reason }
} } }`);
const GOVERNANCE = graphql(`query TimeTravelGovernance($asOf: LocalDate) { governanceReport(asOf: $asOf) { applicable compliant rules { code applicable compliant failures { label reason } } } }`);
const RISK = graphql(
  `query TimeTravelRisk($asOf: LocalDate) { competenceRisk(asOf: $asOf, first: 100) { totalCount nodes { label score level specialistCount specialistsLeaving reasons { code contribution explanation } } } }`,
);
const AGREEMENTS = graphql(`query TimeTravelAgreements($asOf: LocalDate) { agreements(asOf: $asOf, first: 100) { totalCount nodes { name
  municipalities(asOf: $asOf) { code } itUnits(asOf: $asOf) { name } applications(asOf: $asOf) { name } collaborations(asOf: $asOf) { name }
  schedule(asOf: $asOf) { status currentTermStart currentTermEnd noticeDeadline decisionDeadline extensionsUsed extensionsRemaining latestPossibleEnd procurementLeadTimeMonths } } } }`);
const USAGES = graphql(
  `query TimeTravelUsages($asOf: LocalDate) { applicationUsages(asOf: $asOf, first: 100) { totalCount nodes { id lifecyclePhase functionalFit technicalFit userCount annualCostOre itUnit { name } } } }`,
);
const COLLABORATIONS = graphql(
  `query TimeTravelCollaborations($asOf: LocalDate!) { collaborations(first: 100) { nodes { name levelOn(date: $asOf) { ordinal } participants(asOf: $asOf) { municipality { code } } roles(asOf: $asOf) { kind person { name } } } } }`,
);

let kit: Kit;
let server: TestServer;
// Four municipalities, each with its IT unit.
let a: Municipality;
let b: Municipality;
let c: Municipality;
const units = new Map<string, ItUnit>();
let gis: Collaboration;
let helpdesk: Collaboration;
let finance: Collaboration;
const agreements = new Map<string, string>();
const usages = new Map<string, string>();

beforeAll(async () => {
  kit = await startKit();
  server = kit.server;
  let d: Municipality;
  [a, b, c, d] = [await kit.municipality({ name: "Ådal" }), await kit.municipality({ name: "Bergby" }), await kit.municipality({ name: "Cedervik" }), await kit.municipality({ name: "Dalsby" })];
  for (const m of [a, b, c, d]) units.set(m.code, await kit.itUnit({ municipality: m, name: `IT-enheten ${m.name}` }));
  const unit = (m: Municipality) => units.get(m.code)!;

  // Collaborations since 2024, with their levels, hosts, operators and participants.
  const started = "2024-01-01";
  gis = await kit.collaboration({ name: "GIS-samverkan", level: 2, participants: [a, b], application: await kit.application({ name: "Kartsystemet" }), startedOn: started, operator: unit(a) });
  helpdesk = await kit.collaboration({ name: "Gemensam helpdesk", level: 3, participants: [a, b, c], startedOn: started });
  const financeSystem = await kit.application({ name: "Ekonomisystemet" });
  finance = await kit.collaboration({ name: "Gemensamt ekonomisystem", level: 4, participants: [b, a, c], application: financeSystem, startedOn: started, operator: unit(b) });
  const library = await kit.collaboration({ name: "Gemensamt bibliotekssystem", level: 3, participants: [c, d], startedOn: started });

  // Usages, with costs and users, in use for years.
  const care = await kit.application({ name: "Omsorgssystemet", category: "CARE" });
  const building = await kit.application({ name: "Bygglovssystemet", category: "BUILDING_PERMITS" });
  usages.set("care", (await kit.usage({ municipality: a, application: care, since: "2019-01-01", annualCostSek: 300_000, users: 80 })).id);
  usages.set("building", (await kit.usage({ municipality: b, application: building, since: "2018-03-01", annualCostSek: 120_000, users: 12, functionalFit: 4, technicalFit: 4 })).id);
  for (const m of [a, b, c]) await kit.usage({ municipality: m, application: financeSystem, since: "2024-01-01", annualCostSek: 50_000 });

  // Agreements since 2024: the finance system's operation and its samverkansavtal (tacit renewal), the library's operation.
  const agreement = async (options: Parameters<Kit["agreement"]>[0] & { name: string }) => agreements.set(options.name, (await kit.agreement(options)).id);
  await agreement({ name: "Driftavtal gemensamt ekonomisystem", parties: [b], starts: started, ends: "2027-12-31", collaborations: [finance], notice: months(6) });
  await agreement({
    name: "Samverkansavtal gemensamt ekonomisystem",
    kind: "SAMVERKANSAVTAL",
    parties: [b, a, c],
    starts: started,
    ends: "2027-12-31",
    collaborations: [finance],
    notice: months(6),
    renewal: "TACIT",
    more: { renewalTermMonths: 24, maxExtensions: 2 },
  });
  await agreement({ name: "Driftavtal bibliotekssystem", parties: [c, d], starts: started, ends: "2028-12-31", collaborations: [library], notice: months(3) });

  // A system owner of the finance system since 2024; specialists since 2023; training plans; governance documents.
  const owner = await kit.person({ municipality: b, name: "Sara Ägare" });
  await kit.role({ kind: "SYSTEMAGARE", person: owner, collaboration: finance, from: started });
  for (const [m, name, application] of [
    [a, "Anna Specialist", care],
    [b, "Bo Specialist", financeSystem],
    [c, "Cecilia Specialist", financeSystem],
  ] as const) {
    await kit.competence({ person: await kit.person({ municipality: m, name }), application, level: "SPECIALIST", since: "2023-01-01", from: "2023-01-01" });
  }
  await kit.competence({ person: owner, application: financeSystem, level: "USER", since: "2023-01-01", from: "2023-01-01" });
  await kit.trainingPlan({ usage: { id: usages.get("care")! }, reviewedOn: "2025-03-01" });
  await kit.trainingPlan({ collaboration: finance, reviewedOn: "2025-02-01" });
  await kit.governanceDocument({ kind: "IT_INSTRUCTIONS", municipality: a, adoptedOn: "2022-05-01", lastReviewedOn: "2024-05-01" });
  await kit.governanceDocument({ kind: "IT_POLICY", municipality: b, adoptedOn: "2019-09-01" });
});
afterAll(async () => kit?.close());

/** Every answer for `asOf`, as the JSON a client would receive. */
async function answersOn(asOf: string): Promise<Record<string, string>> {
  return {
    BOARD: JSON.stringify(ok(await server.gql(BOARD, { asOf }))),
    GOVERNANCE: JSON.stringify(ok(await server.gql(GOVERNANCE, { asOf }))),
    RISK: JSON.stringify(ok(await server.gql(RISK, { asOf }))),
    AGREEMENTS: JSON.stringify(ok(await server.gql(AGREEMENTS, { asOf }))),
    COLLABORATIONS: JSON.stringify(ok(await server.gql(COLLABORATIONS, { asOf }))),
    USAGES: JSON.stringify(ok(await server.gql(USAGES, { asOf }))),
  };
}

const unitOf = (m: Municipality) => units.get(m.code)!.id;
type BoardRow = { collaboration: { name: string }; level: { ordinal: number }; participants: { code: string }[] };
const boardRows = (answers: Record<string, string>): BoardRow[] => JSON.parse(answers.BOARD).statusBoard.nodes;

describe("answers for a past date", () => {
  it("stay byte-identical through today-dated changes of every kind, and change only by a correction", async () => {
    const before = await answersOn(PAST);
    // The past answers hold the facts changed below, or their comparison would prove nothing.
    expect(before.BOARD).toContain("Sara Ägare");
    expect(before.AGREEMENTS).toContain("Driftavtal bibliotekssystem");
    expect(before.RISK).toMatch(/"specialistCount":[1-9]/);
    expect(before.USAGES).toContain('"userCount":80');
    expect(before.COLLABORATIONS).toContain('"kind":"SYSTEMAGARE"');

    // Levels, host and operator, participations.
    await kit.mutate(graphql(`mutation TimeTravelLevelSet($input: CollaborationLevelSetInput!) { collaborationLevelSet(input: $input) { userErrors { code } } }`), {
      collaborationId: gis.id,
      levelId: kit.level(3).id,
    });
    await kit.mutate(graphql(`mutation TimeTravelCollaborationUpdate($input: CollaborationUpdateInput!) { collaborationUpdate(input: $input) { userErrors { code } } }`), {
      id: finance.id,
      hostMunicipalityId: a.id,
      operatorItUnitId: unitOf(a),
    });
    await kit.mutate(graphql(`mutation TimeTravelParticipantAdd($input: CollaborationParticipantAddInput!) { collaborationParticipantAdd(input: $input) { userErrors { code } } }`), {
      collaborationId: gis.id,
      municipalityId: c.id,
    });
    await kit.mutate(graphql(`mutation TimeTravelParticipantRemove($input: CollaborationParticipantRemoveInput!) { collaborationParticipantRemove(input: $input) { userErrors { code } } }`), {
      collaborationId: finance.id,
      municipalityId: c.id,
    });

    // Usages: retire one, change fit, users and cost of another.
    const USAGE_UPDATE = graphql(`mutation TimeTravelUsageUpdate($input: ApplicationUsageUpdateInput!) { applicationUsageUpdate(input: $input) { userErrors { code } } }`);
    await kit.mutate(USAGE_UPDATE, { id: usages.get("care")!, lifecyclePhase: "RETIRED" });
    await kit.mutate(USAGE_UPDATE, { id: usages.get("building")!, functionalFit: 1, technicalFit: 1, userCount: 3, annualCostSek: 999_000 });

    // Agreements: an amendment of dates and covered systems; notice; termination.
    await kit.mutate(graphql(`mutation TimeTravelAgreementUpdate($input: AgreementUpdateInput!) { agreementUpdate(input: $input) { userErrors { code } } }`), {
      id: agreements.get("Driftavtal gemensamt ekonomisystem")!,
      endDate: "2030-12-31",
      collaborationIds: [finance.id, helpdesk.id],
      procurementLeadTimeMonths: 3,
    });
    await kit.mutate(graphql(`mutation TimeTravelGiveNotice($input: AgreementGiveNoticeInput!) { agreementGiveNotice(input: $input) { userErrors { code } } }`), {
      id: agreements.get("Samverkansavtal gemensamt ekonomisystem")!,
    });
    await kit.mutate(graphql(`mutation TimeTravelTerminate($input: AgreementTerminateInput!) { agreementTerminate(input: $input) { userErrors { code } } }`), {
      id: agreements.get("Driftavtal bibliotekssystem")!,
    });

    // Roles, competence, planned leave, training plans, governance documents.
    const roles = ok(await server.gql(graphql(`query TimeTravelRoles($id: ID!) { node(id: $id) { ... on Collaboration { roles { id kind } } } }`), { id: finance.id })).node;
    const ownerRole = roles && "roles" in roles ? roles.roles.find((r) => r.kind === "SYSTEMAGARE") : undefined;
    await kit.mutate(graphql(`mutation TimeTravelRoleEnd($input: RoleEndInput!) { roleEnd(input: $input) { userErrors { code } } }`), { id: ownerRole!.id });
    const people = ok(await server.gql(graphql(`query TimeTravelPeople { people(first: 100) { nodes { id name competences { level application { id } } } } }`))).people!.nodes;
    const specialists = people.filter((p) => p.competences.some((c) => c.level === "SPECIALIST"));
    expect(specialists).toHaveLength(3);
    for (const person of specialists) {
      const competence = person.competences.find((c) => c.level === "SPECIALIST")!;
      await kit.mutate(graphql(`mutation TimeTravelCompetenceSet($input: CompetenceSetInput!) { competenceSet(input: $input) { userErrors { code } } }`), {
        personId: person.id,
        applicationId: competence.application.id,
        level: "USER",
      });
      await kit.mutate(graphql(`mutation TimeTravelLeaveSet($input: PersonPlannedLeaveSetInput!) { personPlannedLeaveSet(input: $input) { userErrors { code } } }`), {
        personId: person.id,
        plannedLeave: "2026-07",
      });
    }
    const plans = ok(await server.gql(graphql(`query TimeTravelPlans { trainingPlans(first: 100) { nodes { id } } }`))).trainingPlans!.nodes;
    expect(plans).toHaveLength(2);
    for (const plan of plans)
      await kit.mutate(graphql(`mutation TimeTravelPlanUpdate($input: TrainingPlanUpdateInput!) { trainingPlanUpdate(input: $input) { userErrors { code } } }`), {
        id: plan.id,
        reviewedOn: "2026-06-15",
      });
    await kit.mutate(graphql(`mutation TimeTravelPlanCreate($input: TrainingPlanCreateInput!) { trainingPlanCreate(input: $input) { userErrors { code } } }`), {
      name: "Ny plan",
      applicationUsageId: usages.get("building")!,
      reviewedOn: "2026-06-15",
    });
    const documents = ok(await server.gql(graphql(`query TimeTravelDocuments { governanceDocuments(first: 100) { nodes { id } } }`))).governanceDocuments!.nodes;
    expect(documents).toHaveLength(2);
    for (const doc of documents)
      await kit.mutate(graphql(`mutation TimeTravelDocumentUpdate($input: GovernanceDocumentUpdateInput!) { governanceDocumentUpdate(input: $input) { userErrors { code } } }`), {
        id: doc.id,
        lastReviewedOn: "2026-06-15",
      });

    // Today's answers did change (the changes took effect) ...
    expect(JSON.stringify(ok(await server.gql(BOARD, {})))).not.toEqual(JSON.stringify(ok(await server.gql(BOARD, { asOf: "2026-06-14" }))));
    // ... and every answer for the past date is byte-identical.
    const after = await answersOn(PAST);
    for (const name of Object.keys(before)) expect(after[name], name).toBe(before[name]);
    // Filters by a covered system are judged on asOf too: the helpdesk was covered from today only.
    const coveringHelpdesk = async (asOf: string) =>
      ok(
        await server.gql(graphql(`query TimeTravelCovering($asOf: LocalDate, $c: ID) { agreements(asOf: $asOf, collaboration: $c, first: 100) { nodes { name } } }`), {
          asOf,
          c: helpdesk.id,
        }),
      ).agreements!.nodes.map((a) => a.name);
    expect(await coveringHelpdesk("2026-06-15")).toContain("Driftavtal gemensamt ekonomisystem");
    expect(await coveringHelpdesk(PAST)).not.toContain("Driftavtal gemensamt ekonomisystem");

    // A correction: GIS was in fact raised to level 4 on 2025-06-01 (a forgotten decision).
    await kit.mutate(graphql(`mutation TimeTravelCorrection($input: CollaborationLevelSetInput!) { collaborationLevelSet(input: $input) { userErrors { code } } }`), {
      collaborationId: gis.id,
      levelId: kit.level(4).id,
      changedOn: "2025-06-01",
      decisionReference: "DKF 2025/4",
      correctionReason: "Beslutet registrerades aldrig",
    });
    const rowsBefore = boardRows(before);
    const rowsAfter = boardRows(await answersOn(PAST));
    const differing = rowsAfter.filter((row, i) => JSON.stringify(row) !== JSON.stringify(rowsBefore[i])).map((row) => row.collaboration.name);
    expect(differing).toEqual(["GIS-samverkan"]);
    expect(rowsAfter.find((r) => r.collaboration.name === "GIS-samverkan")).toMatchObject({ level: { ordinal: 4 }, lastLevelChange: { changedOn: "2025-06-01" } });
    // Answers before the corrected date stay as they were.
    expect(boardRows(await answersOn("2025-05-31")).find((r) => r.collaboration.name === "GIS-samverkan")!.level.ordinal).toBe(2);
    const audit = ok(await server.gql(graphql(`query TimeTravelAudit { auditLog(operation: "collaborationLevelSet") { nodes { correctionReason changes { objectType } } } }`))).auditLog!.nodes;
    expect(audit.map((e) => e.correctionReason)).toEqual([null, "Beslutet registrerades aldrig"]);
  });

  it("keep a late registration whole and same-day sequences (create then change, change twice) to today, for every versioned fact", async () => {
    const TODAY = "2026-06-15";
    const YESTERDAY = "2026-06-14";
    const person = ok(await server.gql(graphql(`query TimeTravelPerson { people(first: 100) { nodes { id municipality { code } competences { level application { id } } } } }`))).people!.nodes.find(
      (p) => p.municipality.code === a.code && p.competences.length > 0,
    )!;

    // Late registrations (dated before today, no correctionReason) and creations dated today.
    const application = (
      await kit.mutate(graphql(`mutation TimeTravelApplicationCreate($input: ApplicationCreateInput!) { applicationCreate(input: $input) { application { id } userErrors { code } } }`), {
        name: "Sent registrerat system",
        category: "OTHER",
        scope: "BUSINESS_SPECIFIC",
      })
    ).application!.id;
    const collaboration = (
      await kit.mutate(graphql(`mutation TimeTravelCollaborationCreate($input: CollaborationCreateInput!) { collaborationCreate(input: $input) { collaboration { id } userErrors { code } } }`), {
        name: "Sent registrerad samverkan",
        applicationId: application,
        hostMunicipalityId: a.id,
        participantIds: [b.id, c.id],
        levelId: kit.level(2).id,
        operatorItUnitId: unitOf(a),
        startedOn: "2025-03-01",
      })
    ).collaboration!.id;
    const agreement = (
      await kit.mutate(graphql(`mutation TimeTravelAgreementCreate($input: AgreementCreateInput!) { agreementCreate(input: $input) { agreement { id } userErrors { code } } }`), {
        kind: "LEVERANTORSAVTAL",
        name: "Sent registrerat optionsavtal",
        vendorName: "Leverantören AB",
        municipalityIds: [a.id, b.id],
        collaborationIds: [collaboration],
        startDate: "2024-01-01",
        endDate: "2028-12-31",
        renewalKind: "EXPRESS",
        renewalTermMonths: 12,
        maxExtensions: 2,
        noticePeriod: months(3),
      })
    ).agreement!.id;
    const usage = (
      await kit.mutate(graphql(`mutation TimeTravelUsageCreate($input: ApplicationUsageCreateInput!) { applicationUsageCreate(input: $input) { applicationUsage { id } userErrors { code } } }`), {
        municipalityId: a.id,
        applicationId: application,
        inUseSince: "2024-05-01",
        functionalFit: 3,
        technicalFit: 3,
        userCount: 40,
        annualCostOre: 5_000_000,
      })
    ).applicationUsage!.id;
    const plan = (
      await kit.mutate(graphql(`mutation TimeTravelLatePlan($input: TrainingPlanCreateInput!) { trainingPlanCreate(input: $input) { trainingPlan { id } userErrors { code } } }`), {
        name: "Sent registrerad plan",
        collaborationId: collaboration,
        reviewedOn: "2025-04-01",
        effectiveFrom: "2025-04-01",
      })
    ).trainingPlan!.id;
    const document = (
      await kit.mutate(
        graphql(`mutation TimeTravelDocumentCreate($input: GovernanceDocumentCreateInput!) { governanceDocumentCreate(input: $input) { governanceDocument { id } userErrors { code } } }`),
        { kind: "IT_INSTRUCTIONS", title: "Sent registrerade IT-instruktioner", municipalityId: b.id, adoptedOn: "2023-09-01", lastReviewedOn: "2025-09-01" },
      )
    ).governanceDocument!.id;
    const role = (
      await kit.mutate(graphql(`mutation TimeTravelRoleAssign($input: RoleAssignInput!) { roleAssign(input: $input) { roleAssignment { id } userErrors { code } } }`), {
        personId: person.id,
        collaborationId: collaboration,
        kind: "SYSTEMAGARE",
      })
    ).roleAssignment!.id;
    // The late registrations are whole on the past date: each shows with its links and first facts.
    const registered = { past: await answersOn(PAST), yesterday: await answersOn(YESTERDAY) };
    const pastBoard = boardRows(registered.past).find((n) => n.collaboration.name === "Sent registrerad samverkan")!;
    expect(pastBoard).toMatchObject({ level: { ordinal: 2 }, host: { code: a.code }, agreements: [{ agreement: { name: "Sent registrerat optionsavtal" }, extensionsUsed: 0 }] });
    expect(pastBoard.participants.map((p) => p.code).sort()).toEqual([a.code, b.code, c.code].sort());
    const usageRows = (answers: Record<string, string>): { id: string }[] => JSON.parse(answers.USAGES).applicationUsages.nodes;
    expect(usageRows(registered.past).find((u) => u.id === usage)).toMatchObject({ functionalFit: 3, userCount: 40, annualCostOre: 5_000_000 });
    expect(usageRows(await answersOn("2024-04-30")).map((u) => u.id)).not.toContain(usage);

    // Same-day sequences: each versioned fact changed twice today (the created ones: created, then changed).
    const twice = async <K extends string, P extends { userErrors: unknown[] }, I>(document: TypedDocumentString<{ [key in K]: P | null }, { input: I }>, inputs: NoInfer<I>[]) => {
      for (const input of inputs) await kit.mutate(document, input);
    };
    await twice(graphql(`mutation TimeTravelCollaborationUpdate2($input: CollaborationUpdateInput!) { collaborationUpdate(input: $input) { userErrors { code } } }`), [
      { id: collaboration, hostMunicipalityId: b.id, operatorItUnitId: unitOf(b) },
      { id: collaboration, hostMunicipalityId: c.id, operatorItUnitId: unitOf(c) },
    ]);
    await twice(graphql(`mutation TimeTravelLevelSet2($input: CollaborationLevelSetInput!) { collaborationLevelSet(input: $input) { userErrors { code } } }`), [
      { collaborationId: collaboration, levelId: kit.level(3).id },
      { collaborationId: collaboration, levelId: kit.level(4).id },
    ]);
    await kit.mutate(graphql(`mutation TimeTravelExtend($input: AgreementExtendInput!) { agreementExtend(input: $input) { userErrors { code } } }`), { id: agreement, extensions: 1 });
    await twice(graphql(`mutation TimeTravelAgreementUpdate2($input: AgreementUpdateInput!) { agreementUpdate(input: $input) { userErrors { code } } }`), [
      { id: agreement, noticePeriod: months(2), procurementLeadTimeMonths: 6 },
      { id: agreement, municipalityIds: [a.id, b.id, c.id], collaborationIds: [] },
    ]);
    await twice(graphql(`mutation TimeTravelUsageUpdate2($input: ApplicationUsageUpdateInput!) { applicationUsageUpdate(input: $input) { userErrors { code } } }`), [
      { id: usage, functionalFit: 1, userCount: 10, annualCostOre: 100_000 },
      { id: usage, lifecyclePhase: "PHASE_OUT", technicalFit: 1 },
    ]);
    const competence = person.competences[0];
    await twice(graphql(`mutation TimeTravelCompetenceSet2($input: CompetenceSetInput!) { competenceSet(input: $input) { userErrors { code } } }`), [
      { personId: person.id, applicationId: competence.application.id, level: competence.level === "USER" ? "SPECIALIST" : "USER" },
      { personId: person.id, applicationId: competence.application.id, level: competence.level === "SUPERUSER" ? "USER" : "SUPERUSER" },
    ]);
    await twice(graphql(`mutation TimeTravelLeaveSet2($input: PersonPlannedLeaveSetInput!) { personPlannedLeaveSet(input: $input) { userErrors { code } } }`), [
      { personId: person.id, plannedLeave: "2026-08" },
      { personId: person.id, plannedLeave: "2026-09" },
    ]);
    await twice(graphql(`mutation TimeTravelPlanUpdate2($input: TrainingPlanUpdateInput!) { trainingPlanUpdate(input: $input) { userErrors { code } } }`), [
      { id: plan, reviewedOn: YESTERDAY },
      { id: plan, reviewedOn: TODAY },
    ]);
    await twice(graphql(`mutation TimeTravelDocumentUpdate2($input: GovernanceDocumentUpdateInput!) { governanceDocumentUpdate(input: $input) { userErrors { code } } }`), [
      { id: document, lastReviewedOn: TODAY },
      { id: document, retiredOn: TODAY },
    ]);
    await kit.mutate(graphql(`mutation TimeTravelRoleEnd2($input: RoleEndInput!) { roleEnd(input: $input) { userErrors { code } } }`), { id: role });

    // Today shows the last of each sequence ...
    const today = await answersOn(TODAY);
    expect(boardRows(today).find((n) => n.collaboration.name === "Sent registrerad samverkan")).toMatchObject({ level: { ordinal: 4 }, host: { code: c.code }, agreements: [] });
    expect(usageRows(today).find((u) => u.id === usage)).toMatchObject({ lifecyclePhase: "PHASE_OUT", functionalFit: 1, technicalFit: 1, userCount: 10 });
    const node = ok(
      await server.gql(graphql(`query TimeTravelSchedule($id: ID!) { node(id: $id) { ... on Agreement { schedule { currentTermEnd extensionsUsed procurementLeadTimeMonths } } } }`), {
        id: agreement,
      }),
    ).node;
    expect(node && "schedule" in node ? node.schedule : null).toEqual({ currentTermEnd: "2029-12-31", extensionsUsed: 1, procurementLeadTimeMonths: 6 });
    // The phase filter is judged on asOf, like the facts shown.
    const inPhase = async (asOf: string, phase: "ACTIVE" | "PHASE_OUT") =>
      ok(
        await server.gql(graphql(`query TimeTravelInPhase($asOf: LocalDate, $phase: LifecyclePhase) { applicationUsages(asOf: $asOf, lifecyclePhase: $phase, first: 100) { nodes { id } } }`), {
          asOf,
          phase,
        }),
      ).applicationUsages!.nodes.map((u) => u.id);
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
    const before = await answersOn("2024-01-01");
    const result = ok(
      await server.gql(graphql(`mutation TimeTravelBackDated($input: CollaborationUpdateInput!) { collaborationUpdate(input: $input) { userErrors { field code } } }`), {
        input: { id: gis.id, hostMunicipalityId: b.id, effectiveFrom: "2023-01-01" },
      }),
    ).collaborationUpdate;
    expect(result!.userErrors).toContainEqual({ field: ["input", "effectiveFrom"], code: "CORRECTION_REASON_REQUIRED" });
    expect(await answersOn("2024-01-01")).toEqual(before);
  });
});
