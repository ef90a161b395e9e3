/**
 * The competence mutations (planned leave, competences, networks, training plans and activities) and
 * the competence risk that follows them, over data this file builds with the test kit.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/src/access/roles";
import { ok } from "../helpers/server";
import { type Application, type Collaboration, type CompetenceNetwork, type Kit, type Municipality, type Person, startKit, type TrainingPlan, graphql } from "../kit";
import type { CompetenceRiskSubjectKind } from "../kit/generated/graphql";

let kit: Kit;
/** Mellby and Bengtby share a library system; Bengtby and Dalby coordinate GIS; Fälla runs the payroll and IT networks. */
let mellby: Municipality;
let bengtby: Municipality;
let dalby: Municipality;
let falla: Municipality;
let gis: Application;
let library: Application;
let care: Application;
let web: Application;
let gisCollaboration: Collaboration;
let libraryCollaboration: Collaboration;
let mellbyCare: { id: string };
let ingrid: Person;
let gunnar: Person;
let hanna: Person;
let johan: Person;
let annika: Person;
let anders: Person;
let birgitta: Person;
let nils: Person;
let payrollNetwork: CompetenceNetwork;
let itNetwork: CompetenceNetwork;
let libraryPlan: TrainingPlan;
let gisPlan: TrainingPlan;
let dalbyCarePlan: TrainingPlan;

beforeAll(async () => {
  kit = await startKit();
  mellby = await kit.municipality({ name: "Mellby", population: 9_000 });
  bengtby = await kit.municipality({ name: "Bengtby", population: 9_500 });
  dalby = await kit.municipality({ name: "Dalby", population: 4_500 });
  falla = await kit.municipality({ name: "Fälla", population: 6_500 });
  gis = await kit.application({ name: "Kartor", category: "GIS" });
  library = await kit.application({ name: "Bibliotek", category: "LIBRARY" });
  care = await kit.application({ name: "Omsorg", category: "CARE" });
  web = await kit.application({ name: "Webbplats", category: "INFORMATION" });
  gisCollaboration = await kit.collaboration({ name: "GIS-samverkan", level: 2, participants: [bengtby, dalby], application: gis, startedOn: "2020-01-01" });
  libraryCollaboration = await kit.collaboration({ name: "Gemensamt bibliotekssystem", level: 5, participants: [mellby, bengtby], application: library, startedOn: "2020-01-01" });
  for (const m of [bengtby, dalby]) await kit.usage({ municipality: m, application: gis, users: 20 });
  for (const m of [mellby, bengtby]) await kit.usage({ municipality: m, application: library, users: 30 });
  mellbyCare = await kit.usage({ municipality: mellby, application: care, users: 200 });
  const dalbyCare = await kit.usage({ municipality: dalby, application: care, users: 300 });

  ingrid = await kit.person({ municipality: mellby, name: "Ingrid Falk" });
  gunnar = await kit.person({ municipality: bengtby, name: "Gunnar Ahl" });
  johan = await kit.person({ municipality: bengtby, name: "Johan Persson" });
  hanna = await kit.person({ municipality: dalby, name: "Hanna Berglund" });
  annika = await kit.person({ municipality: dalby, name: "Annika Borg" });
  nils = await kit.person({ municipality: dalby, name: "Nils Hedlund" });
  anders = await kit.person({ municipality: falla, name: "Anders Berg" });
  birgitta = await kit.person({ municipality: falla, name: "Birgitta Olsson" });
  const frida = await kit.person({ municipality: falla, name: "Frida Ek" });
  // The GIS collaboration has its two specialists, a reviewed plan and a network of its own: no risk.
  for (const person of [gunnar, hanna]) await kit.competence({ person, application: gis, since: "2020-01-01" });
  await kit.network({ coordinator: gunnar, members: [hanna], name: "GIS-nätverket", more: { category: "GIS", collaborationIds: [gisCollaboration.id], startedOn: "2020-01-01" } });
  gisPlan = await kit.trainingPlan({ collaboration: gisCollaboration, name: "Utbildningsplan GIS" });
  // The library collaboration's plan was last reviewed two years ago.
  libraryPlan = await kit.trainingPlan({ collaboration: libraryCollaboration, name: "Utbildningsplan bibliotekssystemet", reviewedOn: "2024-05-01" });
  await kit.trainingActivity({
    plan: gisPlan,
    heldOn: "2026-01-15",
    municipalities: [
      { municipality: bengtby, participants: 10 },
      { municipality: dalby, participants: 10 },
    ],
  });
  await kit.trainingPlan({ itStaff: true, name: "Utbildningsplan IT-personal" });
  dalbyCarePlan = await kit.trainingPlan({ usage: dalbyCare, name: "Utbildningsplan Omsorg, Dalby", reviewedOn: "2025-09-01" });
  await kit.trainingActivity({ plan: dalbyCarePlan, heldOn: "2025-10-01", title: "Dokumentation i Omsorg", municipalities: [{ municipality: dalby, participants: 40 }] });
  await kit.trainingActivity({ plan: dalbyCarePlan, heldOn: "2026-03-01", title: "Nya användare våren 2026", municipalities: [{ municipality: dalby, participants: 20 }] });
  payrollNetwork = await kit.network({ coordinator: frida, members: [birgitta], name: "Lönenätverket", more: { category: "PAYROLL_HR", startedOn: "2020-01-01" } });
  itNetwork = await kit.network({ coordinator: anders, members: [nils], name: "IT-teknikernätverket", more: { startedOn: "2020-01-01" } });
});
afterAll(async () => kit.close());

const TABLES = [
  "person",
  "competence",
  "competence_network",
  "competence_network_collaboration",
  "competence_network_member",
  "competence_network_activity",
  "competence_network_activity_participant",
  "training_plan",
  "training_activity",
  "training_activity_municipality",
  "training_activity_participant",
  "audit_entry",
];

/** Row counts of every competence table, plus the planned leaves: what a refused mutation must leave as it was. */
async function snapshot(): Promise<Record<string, unknown>> {
  const counts: Record<string, unknown> = {};
  for (const table of TABLES) counts[table] = Number((await kit.server.db.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);
  counts.leaves = await kit.server.db.query("SELECT id, planned_leave_month FROM person ORDER BY id");
  counts.plans = await kit.server.db.query("SELECT id, reviewed_on, owner_id, name FROM training_plan ORDER BY id");
  return counts;
}

const codeOf = (response: { errors?: { extensions?: { code?: string } }[] }) => response.errors?.[0]?.extensions?.code;
const errorsOf = (result: { userErrors: { field: string[] | null; code: string }[] } | null) => result!.userErrors.map((e) => `${e.field?.join(".") ?? "-"}:${e.code}`).sort();
const label = (m: Municipality, a: Application) => `${m.name} – ${a.name}`;

const riskOf = async (label: string, kind: CompetenceRiskSubjectKind = "APPLICATION_USAGE") =>
  ok(
    await kit.server.gql(
      graphql(
        `query CompetenceMutationsCompetenceRisk($k: CompetenceRiskSubjectKind) { competenceRisk(kind: $k, first: 100) { nodes { label score specialistCount specialistsLeaving trainedCount reasons { code contribution } } } }`,
      ),
      { k: kind },
    ),
  ).competenceRisk!.nodes.find((n: any) => n.label === label);

describe("planned leave", () => {
  const SET = graphql(
    `mutation CompetenceMutationsPersonPlannedLeaveSet($p: ID!, $l: String) { personPlannedLeaveSet(input: { personId: $p, plannedLeave: $l }) { person { name plannedLeave } userErrors { field code } } }`,
  );

  it("is set by the person's own municipality, refused with userErrors when malformed, and forbidden to others", async () => {
    const gunnarId = gunnar.id;
    const bengtbyEditor = await kit.server.token(Role.EDITOR, bengtby.code);
    const before = await snapshot();
    expect(errorsOf(ok(await kit.server.gql(SET, { p: gunnarId, l: "2027-13" }, { token: bengtbyEditor })).personPlannedLeaveSet)).toEqual(["input.plannedLeave:INVALID"]);
    expect(errorsOf(ok(await kit.server.gql(SET, { p: gunnarId, l: "1970-01" }, { token: bengtbyEditor })).personPlannedLeaveSet)).toEqual(["input.plannedLeave:OUT_OF_RANGE"]);
    expect(codeOf(await kit.server.gql(SET, { p: gunnarId, l: "2027-01" }, { token: await kit.server.token(Role.EDITOR, dalby.code) }))).toBe("FORBIDDEN");
    expect(codeOf(await kit.server.gql(SET, { p: gunnarId, l: "2027-01" }, { token: await kit.server.token(Role.READER, bengtby.code) }))).toBe("FORBIDDEN");
    expect(await snapshot()).toEqual(before);

    // Gunnar is one of the two GIS specialists: his leave in January 2027 shows in the GIS risk.
    expect(ok(await kit.server.gql(SET, { p: gunnarId, l: "2027-01" }, { token: bengtbyEditor })).personPlannedLeaveSet).toEqual({
      person: { name: "Gunnar Ahl", plannedLeave: "2027-01" },
      userErrors: [],
    });
    expect(await riskOf("GIS-samverkan", "COLLABORATION")).toMatchObject({ specialistCount: 2, specialistsLeaving: 1, reasons: [{ code: "SPECIALISTS_LEAVING", contribution: 20 }] });
    expect(ok(await kit.server.gql(SET, { p: gunnarId, l: null }, { token: bengtbyEditor })).personPlannedLeaveSet!.person!.plannedLeave).toBeNull();
    expect((await riskOf("GIS-samverkan", "COLLABORATION"))!.score).toBe(0);
  });
});

describe("competences", () => {
  const SET =
    graphql(`mutation CompetenceMutationsCompetenceSet($p: ID!, $a: ID!, $l: CompetenceLevel!, $s: LocalDate) { competenceSet(input: { personId: $p, applicationId: $a, level: $l, since: $s }) {
    competence { level since person { name } application { name } } userErrors { field code } } }`);
  const REMOVE = graphql(
    `mutation CompetenceMutationsCompetenceRemove($p: ID!, $a: ID!) { competenceRemove(input: { personId: $p, applicationId: $a }) { person { competences { application { name } } } userErrors { field code } } }`,
  );

  it("records, raises and removes a competence, which the risk follows", async () => {
    const mellbyEditor = await kit.server.token(Role.EDITOR, mellby.code);
    const ingridId = ingrid.id;
    const bookIt = library.id;
    expect((await riskOf("Gemensamt bibliotekssystem", "COLLABORATION"))!.specialistCount).toBe(0);
    const raised = ok(await kit.server.gql(SET, { p: ingridId, a: bookIt, l: "SPECIALIST", s: "2026-05-01" }, { token: mellbyEditor })).competenceSet;
    expect(raised).toEqual({ competence: { level: "SPECIALIST", since: "2026-05-01", person: { name: "Ingrid Falk" }, application: { name: "Bibliotek" } }, userErrors: [] });
    expect(
      ok(await kit.server.gql(graphql(`query CompetenceMutationsApplications { applications(search: "Bibliotek") { nodes { competences { id } } } }`))).applications!.nodes[0].competences,
    ).toHaveLength(1);
    expect((await riskOf("Gemensamt bibliotekssystem", "COLLABORATION"))!.specialistCount).toBe(1);

    const sitevision = web.id;
    const before = await snapshot();
    expect(errorsOf(ok(await kit.server.gql(REMOVE, { p: ingridId, a: sitevision }, { token: mellbyEditor })).competenceRemove)).toEqual(["input.applicationId:CONFLICT"]);
    expect(errorsOf(ok(await kit.server.gql(SET, { p: ingridId, a: sitevision, l: "USER", s: "2030-01-01" }, { token: mellbyEditor })).competenceSet)).toEqual(["input.since:DATE_IN_FUTURE"]);
    expect(errorsOf(ok(await kit.server.gql(SET, { p: ingridId, a: "bm9wZToxMjM", l: "USER" }, { token: mellbyEditor })).competenceSet)).toEqual(["input.applicationId:NOT_FOUND"]);
    expect(codeOf(await kit.server.gql(SET, { p: ingridId, a: sitevision, l: "USER" }, { token: await kit.server.token(Role.EDITOR, bengtby.code) }))).toBe("FORBIDDEN");
    expect(await snapshot()).toEqual(before);

    const removed = ok(await kit.server.gql(REMOVE, { p: ingridId, a: bookIt }, { token: mellbyEditor })).competenceRemove;
    expect(removed).toEqual({ person: { competences: [] }, userErrors: [] });
    const audit = ok(await kit.server.gql(graphql(`query CompetenceMutationsAuditLog { auditLog(operation: "competenceRemove") { nodes { changes { kind objectType } } } }`))).auditLog!.nodes;
    expect(audit).toEqual([{ changes: [{ kind: "DELETE", objectType: "Competence" }] }]);
  });
});

describe("competence networks", () => {
  const CREATE = graphql(`mutation CompetenceMutationsCompetenceNetworkCreate($input: CompetenceNetworkCreateInput!) { competenceNetworkCreate(input: $input) {
    competenceNetwork { id name category coordinator { name } members { person { name } } collaborations { name } } userErrors { field code } } }`);
  const ADD = graphql(
    `mutation CompetenceMutationsCompetenceNetworkMemberAdd($n: ID!, $p: ID!, $d: LocalDate) { competenceNetworkMemberAdd(input: { networkId: $n, personId: $p, joinedOn: $d }) { competenceNetwork { members { person { name } } } userErrors { field code } } }`,
  );
  const REMOVE =
    graphql(`mutation CompetenceMutationsCompetenceNetworkMemberRemove($n: ID!, $p: ID!, $d: LocalDate) { competenceNetworkMemberRemove(input: { networkId: $n, personId: $p, leftOn: $d }) {
    competenceNetwork { members { person { name } } } userErrors { field code } } }`);
  const LOG = graphql(`mutation CompetenceMutationsCompetenceNetworkActivityAdd($input: CompetenceNetworkActivityAddInput!) { competenceNetworkActivityAdd(input: $input) {
    competenceNetworkActivity { occurredOn kind title participants { name } network { name } } userErrors { field code } } }`);

  it("refuses a bad network as a whole, lets the coordinator's municipality start one, and the risk sees it", async () => {
    const mellbyEditor = await kit.server.token(Role.EDITOR, mellby.code);
    const ingridId = ingrid.id;
    const libraryId = libraryCollaboration.id;
    const before = await snapshot();
    const refused = ok(
      await kit.server.gql(CREATE, { input: { name: "  ", coordinatorId: ingridId, collaborationIds: [libraryId, libraryId, "bm9wZToxMjM"], memberIds: [ingridId] } }, { token: mellbyEditor }),
    ).competenceNetworkCreate;
    expect(refused!.competenceNetwork).toBeNull();
    expect(errorsOf(refused)).toEqual(["input.collaborationIds.1:DUPLICATE", "input.collaborationIds.2:NOT_FOUND", "input.name:REQUIRED"]);
    expect(errorsOf(ok(await kit.server.gql(CREATE, { input: { name: "lönenätverket", coordinatorId: ingridId } }, { token: mellbyEditor })).competenceNetworkCreate)).toEqual([
      "input.name:DUPLICATE",
    ]);
    expect(codeOf(await kit.server.gql(CREATE, { input: { name: "Biblioteksnätverket", coordinatorId: gunnar.id } }, { token: mellbyEditor }))).toBe("FORBIDDEN");
    expect(await snapshot()).toEqual(before);

    const created = ok(
      await kit.server.gql(
        CREATE,
        { input: { name: "Biblioteksnätverket", category: "LIBRARY", coordinatorId: ingridId, collaborationIds: [libraryId], memberIds: [ingridId], meetingCadence: "TWICE_A_YEAR" } },
        { token: mellbyEditor },
      ),
    ).competenceNetworkCreate;
    expect(created).toEqual({
      competenceNetwork: {
        id: expect.any(String),
        name: "Biblioteksnätverket",
        category: "LIBRARY",
        coordinator: { name: "Ingrid Falk" },
        members: [{ person: { name: "Ingrid Falk" } }],
        collaborations: [{ name: "Gemensamt bibliotekssystem" }],
      },
      userErrors: [],
    });
    // One municipality is not yet a network between municipalities.
    const codes = async () => (await riskOf("Gemensamt bibliotekssystem", "COLLABORATION"))!.reasons.map((r: any) => r.code);
    expect(await codes()).toContain("NO_COMPETENCE_NETWORK");

    // Bengtby enrols its own GIS engineer; it cannot enrol Dalby's people in Mellby's network.
    const network = created!.competenceNetwork!.id;
    const bengtbyEditor = await kit.server.token(Role.EDITOR, bengtby.code);
    expect(ok(await kit.server.gql(ADD, { n: network, p: gunnar.id }, { token: bengtbyEditor })).competenceNetworkMemberAdd!.userErrors).toEqual([]);
    expect(codeOf(await kit.server.gql(ADD, { n: network, p: hanna.id }, { token: bengtbyEditor }))).toBe("FORBIDDEN");
    expect(await codes()).not.toContain("NO_COMPETENCE_NETWORK");
    expect(errorsOf(ok(await kit.server.gql(ADD, { n: network, p: gunnar.id }, { token: mellbyEditor })).competenceNetworkMemberAdd)).toEqual(["input.personId:CONFLICT"]);

    expect(errorsOf(ok(await kit.server.gql(REMOVE, { n: network, p: ingridId }, { token: mellbyEditor })).competenceNetworkMemberRemove)).toEqual(["input.personId:CONFLICT"]);
    expect(errorsOf(ok(await kit.server.gql(REMOVE, { n: network, p: gunnar.id, d: "2020-01-01" }, { token: mellbyEditor })).competenceNetworkMemberRemove)).toEqual(["input.leftOn:DATE_ORDER"]);
    // Today is the membership's last day: from tomorrow the network is Mellby's alone again.
    expect(ok(await kit.server.gql(REMOVE, { n: network, p: gunnar.id }, { token: mellbyEditor })).competenceNetworkMemberRemove!.userErrors).toEqual([]);
    const members = ok(
      await kit.server.gql(
        graphql(
          `query CompetenceMutationsNode($id: ID!) { node(id: $id) { ... on CompetenceNetwork { members(includeFormer: true) { leftOn person { name } } tomorrow: members(asOf: "2026-06-16") { person { name } } } } }`,
        ),
        { id: network },
      ),
    ).node;
    expect(members!.members).toEqual([
      { leftOn: null, person: { name: "Ingrid Falk" } },
      { leftOn: "2026-06-15", person: { name: "Gunnar Ahl" } },
    ]);
    expect(members!.tomorrow).toEqual([{ person: { name: "Ingrid Falk" } }]);
    const tomorrow = ok(
      await kit.server.gql(graphql(`query CompetenceMutationsCompetenceRisk2 { competenceRisk(kind: COLLABORATION, asOf: "2026-06-16") { nodes { label reasons { code } } } }`)),
    ).competenceRisk!.nodes.find((n: any) => n.label === "Gemensamt bibliotekssystem");
    expect(tomorrow!.reasons.map((r: any) => r.code)).toContain("NO_COMPETENCE_NETWORK");
  });

  it("changes a network only from the coordinator's municipality; a new coordinator must be a member", async () => {
    const UPDATE = graphql(
      `mutation CompetenceMutationsCompetenceNetworkUpdate($input: CompetenceNetworkUpdateInput!) { competenceNetworkUpdate(input: $input) { competenceNetwork { coordinator { name } meetingCadence collaborations { name } } userErrors { field code } } }`,
    );
    const network = payrollNetwork.id;
    const fallaEditor = await kit.server.token(Role.EDITOR, falla.code);
    expect(codeOf(await kit.server.gql(UPDATE, { input: { id: network, meetingCadence: "MONTHLY" } }, { token: await kit.server.token(Role.EDITOR, mellby.code) }))).toBe("FORBIDDEN");
    expect(errorsOf(ok(await kit.server.gql(UPDATE, { input: { id: network, coordinatorId: anders.id } }, { token: fallaEditor })).competenceNetworkUpdate)).toEqual(["input.coordinatorId:CONFLICT"]);
    const updated = ok(
      await kit.server.gql(UPDATE, { input: { id: network, coordinatorId: birgitta.id, meetingCadence: "QUARTERLY", collaborationIds: [] } }, { token: fallaEditor }),
    ).competenceNetworkUpdate;
    expect(updated).toEqual({ competenceNetwork: { coordinator: { name: "Birgitta Olsson" }, meetingCadence: "QUARTERLY", collaborations: [] }, userErrors: [] });
  });

  it("logs activities from member municipalities, not in the future", async () => {
    const network = itNetwork.id;
    const fallaEditor = await kit.server.token(Role.EDITOR, falla.code);
    const before = await snapshot();
    const future = ok(
      await kit.server.gql(LOG, { input: { networkId: network, occurredOn: "2026-07-01", kind: "MEETING", title: "Sommarträff" } }, { token: fallaEditor }),
    ).competenceNetworkActivityAdd;
    expect(errorsOf(future)).toEqual(["input.occurredOn:DATE_IN_FUTURE"]);
    expect(
      errorsOf(
        ok(await kit.server.gql(LOG, { input: { networkId: network, occurredOn: "2026-06-01", kind: "MEETING", title: "", participantIds: ["bm9wZToxMjM"] } }, { token: fallaEditor }))
          .competenceNetworkActivityAdd,
      ),
    ).toEqual(["input.participantIds.0:NOT_FOUND", "input.title:REQUIRED"]);
    expect(
      codeOf(await kit.server.gql(LOG, { input: { networkId: network, occurredOn: "2026-06-01", kind: "MEETING", title: "X" } }, { token: await kit.server.token(Role.EDITOR, mellby.code) })),
    ).toBe("FORBIDDEN");
    expect(await snapshot()).toEqual(before);
    const logged = ok(
      await kit.server.gql(
        LOG,
        { input: { networkId: network, occurredOn: "2026-06-10", kind: "SUPPORT_CASE", title: "Fälla hjälper Dalby med brandväggen", participantIds: [nils.id] } },
        { token: fallaEditor },
      ),
    ).competenceNetworkActivityAdd;
    expect(logged).toEqual({
      competenceNetworkActivity: {
        occurredOn: "2026-06-10",
        kind: "SUPPORT_CASE",
        title: "Fälla hjälper Dalby med brandväggen",
        participants: [{ name: "Nils Hedlund" }],
        network: { name: "IT-teknikernätverket" },
      },
      userErrors: [],
    });
  });
});

describe("training plans and activities", () => {
  const CREATE = graphql(
    `mutation CompetenceMutationsTrainingPlanCreate($input: TrainingPlanCreateInput!) { trainingPlanCreate(input: $input) { trainingPlan { name target reviewedOn targetGroups owner { name } applicationUsage { id } } userErrors { field code } } }`,
  );
  const UPDATE = graphql(
    `mutation CompetenceMutationsTrainingPlanUpdate($input: TrainingPlanUpdateInput!) { trainingPlanUpdate(input: $input) { trainingPlan { reviewedOn reviewOverdue } userErrors { field code } } }`,
  );
  const ADD = graphql(`mutation CompetenceMutationsTrainingActivityAdd($input: TrainingActivityAddInput!) { trainingActivityAdd(input: $input) {
    trainingActivity { id heldOn title costOre municipalities { participantCount municipality { code } } participants { name } costSplit { basis shares { amountOre municipality { code } } } }
    userErrors { field code } } }`);

  it("needs exactly one target, one plan per target, and the target's municipality", async () => {
    const usage = mellbyCare.id;
    const mellbyEditor = await kit.server.token(Role.EDITOR, mellby.code);
    const before = await snapshot();
    expect(errorsOf(ok(await kit.server.gql(CREATE, { input: { name: "Plan" } }, { token: mellbyEditor })).trainingPlanCreate)).toEqual(["-:INVALID"]);
    expect(errorsOf(ok(await kit.server.gql(CREATE, { input: { name: "Plan", applicationUsageId: usage, itStaff: true } }, { token: mellbyEditor })).trainingPlanCreate)).toEqual(["-:INVALID"]);
    expect(
      errorsOf(
        ok(await kit.server.gql(CREATE, { input: { name: "Plan", applicationUsageId: usage, ownerId: johan.id, targetGroups: ["a", "A", " "], reviewedOn: "2027-01-01" } }, { token: mellbyEditor }))
          .trainingPlanCreate,
      ),
    ).toEqual(["input.ownerId:INVALID", "input.reviewedOn:DATE_IN_FUTURE", "input.targetGroups.1:DUPLICATE", "input.targetGroups.2:REQUIRED"]);
    expect(errorsOf(ok(await kit.server.gql(CREATE, { input: { name: "Plan", collaborationId: libraryCollaboration.id } }, { token: mellbyEditor })).trainingPlanCreate)).toEqual([
      "input.collaborationId:DUPLICATE",
    ]);
    expect(codeOf(await kit.server.gql(CREATE, { input: { name: "Plan", applicationUsageId: usage } }, { token: await kit.server.token(Role.EDITOR, bengtby.code) }))).toBe("FORBIDDEN");
    expect(codeOf(await kit.server.gql(CREATE, { input: { name: "Plan", itStaff: true } }, { token: mellbyEditor }))).toBe("FORBIDDEN");
    expect(errorsOf(ok(await kit.server.gql(CREATE, { input: { name: "Plan", itStaff: true } })).trainingPlanCreate)).toEqual(["input.itStaff:DUPLICATE"]);
    expect(await snapshot()).toEqual(before);

    expect((await riskOf(label(mellby, care)))!.reasons.map((r: any) => r.code)).toContain("NO_TRAINING_PLAN");
    const created = ok(
      await kit.server.gql(
        CREATE,
        { input: { name: "Utbildningsplan Omsorg, Mellby", applicationUsageId: usage, targetGroups: ["omsorgspersonal"], reviewedOn: "2026-06-01" } },
        { token: mellbyEditor },
      ),
    ).trainingPlanCreate;
    expect(created).toEqual({
      trainingPlan: {
        name: "Utbildningsplan Omsorg, Mellby",
        target: "APPLICATION_USAGE",
        reviewedOn: "2026-06-01",
        targetGroups: ["omsorgspersonal"],
        owner: null,
        applicationUsage: { id: usage },
      },
      userErrors: [],
    });
    expect((await riskOf(label(mellby, care)))!.reasons.map((r: any) => r.code)).not.toContain("NO_TRAINING_PLAN");
  });

  it("reviews a plan forward only; a review clears the overdue reason", async () => {
    const planId = libraryPlan.id;
    const mellbyEditor = await kit.server.token(Role.EDITOR, mellby.code);
    expect(errorsOf(ok(await kit.server.gql(UPDATE, { input: { id: planId, reviewedOn: "2024-01-01" } }, { token: mellbyEditor })).trainingPlanUpdate)).toEqual([
      "input.reviewedOn:DATE_BEFORE_PREVIOUS",
    ]);
    expect(codeOf(await kit.server.gql(UPDATE, { input: { id: planId, reviewedOn: "2026-06-15" } }, { token: await kit.server.token(Role.EDITOR, dalby.code) }))).toBe("FORBIDDEN");
    const reasons = async () => (await riskOf("Gemensamt bibliotekssystem", "COLLABORATION"))!.reasons.map((r: any) => r.code);
    expect(await reasons()).toContain("TRAINING_PLAN_NOT_REVIEWED");
    expect(ok(await kit.server.gql(UPDATE, { input: { id: planId, reviewedOn: "2026-06-15" } }, { token: mellbyEditor })).trainingPlanUpdate).toEqual({
      trainingPlan: { reviewedOn: "2026-06-15", reviewOverdue: false },
      userErrors: [],
    });
    expect(await reasons()).not.toContain("TRAINING_PLAN_NOT_REVIEWED");
  });

  it("checks an activity's municipalities and participants against the plan, and counts it for the trained share", async () => {
    const planId = gisPlan.id;
    const bengtbyEditor = await kit.server.token(Role.EDITOR, bengtby.code);
    const [b, d, m] = await Promise.all([bengtby, dalby, mellby].map(async (x) => x.id));
    const before = await snapshot();
    const refused = ok(
      await kit.server.gql(
        ADD,
        {
          input: {
            planId: planId,
            heldOn: "2040-01-01",
            title: "GIS för nya",
            costOre: -5,
            municipalities: [{ municipalityId: b, participantCount: 0 }, { municipalityId: m }, { municipalityId: b }],
            participantIds: [gunnar.id, ingrid.id],
          },
        },
        { token: bengtbyEditor },
      ),
    ).trainingActivityAdd;
    expect(refused!.trainingActivity).toBeNull();
    expect(errorsOf(refused)).toEqual([
      "input.costOre:OUT_OF_RANGE",
      "input.heldOn:OUT_OF_RANGE",
      "input.municipalities.0.participantCount:INVALID",
      "input.municipalities.1.municipalityId:INVALID",
      "input.municipalities.2.municipalityId:DUPLICATE",
    ]);
    expect(errorsOf(ok(await kit.server.gql(ADD, { input: { planId: planId, heldOn: "2026-06-01", title: "X" } }, { token: bengtbyEditor })).trainingActivityAdd)).toEqual([
      "input.municipalities:REQUIRED",
    ]);
    expect(
      errorsOf(
        ok(await kit.server.gql(ADD, { input: { planId: planId, heldOn: "2026-06-01", title: "X", municipalities: [{ municipalityId: b }], participantIds: [hanna.id] } }, { token: bengtbyEditor }))
          .trainingActivityAdd,
      ),
    ).toEqual(["input.participantIds.0:INVALID"]);
    expect(
      codeOf(
        await kit.server.gql(
          ADD,
          { input: { planId: planId, heldOn: "2026-06-01", title: "X", municipalities: [{ municipalityId: b }] } },
          { token: await kit.server.token(Role.EDITOR, mellby.code) },
        ),
      ),
    ).toBe("FORBIDDEN");
    expect(await snapshot()).toEqual(before);

    const beforeRisk = await riskOf(label(dalby, gis));
    const added = ok(
      await kit.server.gql(
        ADD,
        {
          input: {
            planId: planId,
            heldOn: "2026-06-12",
            title: "Fältinsamling med mobil GIS",
            costOre: 1_000_000,
            municipalities: [
              { municipalityId: b, participantCount: 2 },
              { municipalityId: d, participantCount: 2 },
            ],
            participantIds: [gunnar.id],
          },
        },
        { token: bengtbyEditor },
      ),
    ).trainingActivityAdd;
    expect(added!.userErrors).toEqual([]);
    expect(added!.trainingActivity).toMatchObject({ costOre: 1_000_000, participants: [{ name: "Gunnar Ahl" }], costSplit: { basis: "POPULATION_DEFAULT" } });
    expect(added!.trainingActivity!.costSplit!.shares.reduce((sum: number, s: any) => sum + s.amountOre, 0)).toBe(1_000_000);
    expect((await riskOf(label(dalby, gis)))!.trainedCount).toBe(beforeRisk!.trainedCount + 2);
  });

  it("updates an activity's lists and removes it, within its usage's municipality", async () => {
    const procapita = dalbyCarePlan.id;
    const dalbyEditor = await kit.server.token(Role.EDITOR, dalby.code);
    const added = ok(await kit.server.gql(ADD, { input: { planId: procapita, heldOn: "2026-05-20", title: "Läkemedelsmodulen", participantIds: [annika.id] } }, { token: dalbyEditor }))
      .trainingActivityAdd!.trainingActivity;
    // The usage's municipality is the default, counted from the named participants.
    expect(added!.municipalities).toEqual([{ participantCount: 1, municipality: { code: dalby.code } }]);
    const UPDATE_ACTIVITY = graphql(`mutation CompetenceMutationsTrainingActivityUpdate($input: TrainingActivityUpdateInput!) { trainingActivityUpdate(input: $input) {
      trainingActivity { title municipalities { participantCount } participants { name } } userErrors { field code } } }`);
    expect(errorsOf(ok(await kit.server.gql(UPDATE_ACTIVITY, { input: { id: added!.id, municipalities: [{ municipalityId: bengtby.id }] } }, { token: dalbyEditor })).trainingActivityUpdate)).toEqual([
      "input.municipalities.0.municipalityId:INVALID",
      "input.participantIds:INVALID",
    ]);
    const updated = ok(
      await kit.server.gql(
        UPDATE_ACTIVITY,
        { input: { id: added!.id, title: "Läkemedelsmodulen, steg 2", municipalities: [{ municipalityId: dalby.id, participantCount: 25 }], participantIds: [] } },
        { token: dalbyEditor },
      ),
    ).trainingActivityUpdate;
    expect(updated).toEqual({ trainingActivity: { title: "Läkemedelsmodulen, steg 2", municipalities: [{ participantCount: 25 }], participants: [] }, userErrors: [] });
    expect((await riskOf(label(dalby, care)))!.trainedCount).toBe(60 + 25);

    const REMOVE = graphql(`mutation CompetenceMutationsTrainingActivityRemove($id: ID!) { trainingActivityRemove(input: { id: $id }) { trainingPlan { activities { title } } userErrors { code } } }`);
    expect(codeOf(await kit.server.gql(REMOVE, { id: added!.id }, { token: await kit.server.token(Role.EDITOR, bengtby.code) }))).toBe("FORBIDDEN");
    const removed = ok(await kit.server.gql(REMOVE, { id: added!.id }, { token: dalbyEditor })).trainingActivityRemove;
    expect(removed!.trainingPlan!.activities.map((a: any) => a.title)).toEqual(["Dokumentation i Omsorg", "Nya användare våren 2026"]);
    expect((await riskOf(label(dalby, care)))!.trainedCount).toBe(60);
  });
});
