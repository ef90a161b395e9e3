import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/src/access/roles";
import { municipalityId, ok, startServer, type TestServer } from "../helpers/server";

let server: TestServer;
beforeAll(async () => (server = await startServer()));
afterAll(async () => server.close());

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
  for (const table of TABLES) counts[table] = Number((await server.db.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);
  counts.leaves = await server.db.query("SELECT id, planned_leave_month FROM person ORDER BY id");
  counts.plans = await server.db.query("SELECT id, reviewed_on, owner_id, name FROM training_plan ORDER BY id");
  return counts;
}

const codeOf = (response: { errors?: { extensions?: { code?: string } }[] }) => response.errors?.[0]?.extensions?.code;
const errorsOf = (result: { userErrors: { field: string[] | null; code: string }[] }) => result.userErrors.map((e) => `${e.field?.join(".") ?? "-"}:${e.code}`).sort();

const personId = async (name: string): Promise<string> => ok(await server.gql(`query($s: String) { people(search: $s) { nodes { id } } }`, { s: name })).people.nodes[0].id;
const applicationId = async (name: string): Promise<string> => ok(await server.gql(`query($s: String) { applications(search: $s) { nodes { id } } }`, { s: name })).applications.nodes[0].id;
const collaborationId = async (category: string): Promise<string> =>
  ok(await server.gql(`query($c: ApplicationCategory) { collaborations(category: $c) { nodes { id } } }`, { c: category })).collaborations.nodes[0].id;
const usageId = async (code: string, application: string): Promise<string> =>
  ok(
    await server.gql(`query($m: ID) { applicationUsages(municipality: $m, first: 100) { nodes { id application { name } } } }`, { m: await municipalityId(server, code) }),
  ).applicationUsages.nodes.find((u: any) => u.application.name === application).id;
const networkId = async (name: string): Promise<string> =>
  ok(await server.gql(`{ competenceNetworks(first: 50) { nodes { id name } } }`)).competenceNetworks.nodes.find((n: any) => n.name === name).id;
const planId = async (name: string): Promise<string> => ok(await server.gql(`{ trainingPlans(first: 50) { nodes { id name } } }`)).trainingPlans.nodes.find((p: any) => p.name === name).id;

const riskOf = async (label: string, kind = "APPLICATION_USAGE") =>
  ok(
    await server.gql(
      `query($k: CompetenceRiskSubjectKind) { competenceRisk(kind: $k, first: 100) { nodes { label score specialistCount specialistsLeaving trainedCount reasons { code contribution } } } }`,
      { k: kind },
    ),
  ).competenceRisk.nodes.find((n: any) => n.label === label);

describe("planned leave", () => {
  const SET = `mutation($p: ID!, $l: String) { personPlannedLeaveSet(input: { personId: $p, plannedLeave: $l }) { person { name plannedLeave } userErrors { field code } } }`;

  it("is set by the person's own municipality, refused with userErrors when malformed, and forbidden to others", async () => {
    const gunnar = await personId("Gunnar Ahl");
    const bengtsfors = await server.token(Role.EDITOR, "1460");
    const before = await snapshot();
    expect(errorsOf(ok(await server.gql(SET, { p: gunnar, l: "2027-13" }, { token: bengtsfors })).personPlannedLeaveSet)).toEqual(["input.plannedLeave:INVALID"]);
    expect(errorsOf(ok(await server.gql(SET, { p: gunnar, l: "1970-01" }, { token: bengtsfors })).personPlannedLeaveSet)).toEqual(["input.plannedLeave:OUT_OF_RANGE"]);
    expect(codeOf(await server.gql(SET, { p: gunnar, l: "2027-01" }, { token: await server.token(Role.EDITOR, "1438") }))).toBe("FORBIDDEN");
    expect(codeOf(await server.gql(SET, { p: gunnar, l: "2027-01" }, { token: await server.token(Role.READER, "1460") }))).toBe("FORBIDDEN");
    expect(await snapshot()).toEqual(before);

    // Gunnar is one of the two GIS specialists: his leave in January 2027 shows in the GIS risk.
    expect(ok(await server.gql(SET, { p: gunnar, l: "2027-01" }, { token: bengtsfors })).personPlannedLeaveSet).toEqual({ person: { name: "Gunnar Ahl", plannedLeave: "2027-01" }, userErrors: [] });
    expect(await riskOf("GIS-samverkan", "COLLABORATION")).toMatchObject({ specialistCount: 2, specialistsLeaving: 1, reasons: [{ code: "SPECIALISTS_LEAVING", contribution: 20 }] });
    expect(ok(await server.gql(SET, { p: gunnar, l: null }, { token: bengtsfors })).personPlannedLeaveSet.person.plannedLeave).toBeNull();
    expect((await riskOf("GIS-samverkan", "COLLABORATION")).score).toBe(0);
  });
});

describe("competences", () => {
  const SET = `mutation($p: ID!, $a: ID!, $l: CompetenceLevel!, $s: LocalDate) { competenceSet(input: { personId: $p, applicationId: $a, level: $l, since: $s }) {
    competence { level since person { name } application { name } } userErrors { field code } } }`;
  const REMOVE = `mutation($p: ID!, $a: ID!) { competenceRemove(input: { personId: $p, applicationId: $a }) { person { competences { application { name } } } userErrors { field code } } }`;

  it("records, raises and removes a competence, which the risk follows", async () => {
    const mellerud = await server.token(Role.EDITOR, "1461");
    const ingrid = await personId("Ingrid Falk");
    const bookIt = await applicationId("Book-IT");
    expect((await riskOf("Gemensamt bibliotekssystem", "COLLABORATION")).specialistCount).toBe(0);
    const raised = ok(await server.gql(SET, { p: ingrid, a: bookIt, l: "SPECIALIST", s: "2026-05-01" }, { token: mellerud })).competenceSet;
    expect(raised).toEqual({ competence: { level: "SPECIALIST", since: "2026-05-01", person: { name: "Ingrid Falk" }, application: { name: "Book-IT" } }, userErrors: [] });
    expect(ok(await server.gql(`{ applications(search: "Book-IT") { nodes { competences { id } } } }`)).applications.nodes[0].competences).toHaveLength(1);
    expect((await riskOf("Gemensamt bibliotekssystem", "COLLABORATION")).specialistCount).toBe(1);

    const sitevision = await applicationId("Sitevision");
    const before = await snapshot();
    expect(errorsOf(ok(await server.gql(REMOVE, { p: ingrid, a: sitevision }, { token: mellerud })).competenceRemove)).toEqual(["input.applicationId:CONFLICT"]);
    expect(errorsOf(ok(await server.gql(SET, { p: ingrid, a: sitevision, l: "USER", s: "2030-01-01" }, { token: mellerud })).competenceSet)).toEqual(["input.since:DATE_IN_FUTURE"]);
    expect(errorsOf(ok(await server.gql(SET, { p: ingrid, a: "bm9wZToxMjM", l: "USER" }, { token: mellerud })).competenceSet)).toEqual(["input.applicationId:NOT_FOUND"]);
    expect(codeOf(await server.gql(SET, { p: ingrid, a: sitevision, l: "USER" }, { token: await server.token(Role.EDITOR, "1460") }))).toBe("FORBIDDEN");
    expect(await snapshot()).toEqual(before);

    const removed = ok(await server.gql(REMOVE, { p: ingrid, a: bookIt }, { token: mellerud })).competenceRemove;
    expect(removed).toEqual({ person: { competences: [] }, userErrors: [] });
    const audit = ok(await server.gql(`{ auditLog(operation: "competenceRemove") { nodes { changes { kind objectType } } } }`)).auditLog.nodes;
    expect(audit).toEqual([{ changes: [{ kind: "DELETE", objectType: "Competence" }] }]);
  });
});

describe("competence networks", () => {
  const CREATE = `mutation($input: CompetenceNetworkCreateInput!) { competenceNetworkCreate(input: $input) {
    competenceNetwork { name category coordinator { name } members { person { name } } collaborations { name } } userErrors { field code } } }`;
  const ADD = `mutation($n: ID!, $p: ID!, $d: LocalDate) { competenceNetworkMemberAdd(input: { networkId: $n, personId: $p, joinedOn: $d }) { competenceNetwork { members { person { name } } } userErrors { field code } } }`;
  const REMOVE = `mutation($n: ID!, $p: ID!, $d: LocalDate) { competenceNetworkMemberRemove(input: { networkId: $n, personId: $p, leftOn: $d }) {
    competenceNetwork { members { person { name } } } userErrors { field code } } }`;
  const LOG = `mutation($input: CompetenceNetworkActivityAddInput!) { competenceNetworkActivityAdd(input: $input) {
    competenceNetworkActivity { occurredOn kind title participants { name } network { name } } userErrors { field code } } }`;

  it("refuses a bad network as a whole, lets the coordinator's municipality start one, and the risk sees it", async () => {
    const mellerud = await server.token(Role.EDITOR, "1461");
    const ingrid = await personId("Ingrid Falk");
    const library = await collaborationId("LIBRARY");
    const before = await snapshot();
    const refused = ok(
      await server.gql(CREATE, { input: { name: "  ", coordinatorId: ingrid, collaborationIds: [library, library, "bm9wZToxMjM"], memberIds: [ingrid] } }, { token: mellerud }),
    ).competenceNetworkCreate;
    expect(refused.competenceNetwork).toBeNull();
    expect(errorsOf(refused)).toEqual(["input.collaborationIds.1:DUPLICATE", "input.collaborationIds.2:NOT_FOUND", "input.name:REQUIRED"]);
    expect(errorsOf(ok(await server.gql(CREATE, { input: { name: "lönenätverket", coordinatorId: ingrid } }, { token: mellerud })).competenceNetworkCreate)).toEqual(["input.name:DUPLICATE"]);
    expect(codeOf(await server.gql(CREATE, { input: { name: "Biblioteksnätverket", coordinatorId: await personId("Gunnar Ahl") } }, { token: mellerud }))).toBe("FORBIDDEN");
    expect(await snapshot()).toEqual(before);

    const created = ok(
      await server.gql(
        CREATE,
        { input: { name: "Biblioteksnätverket", category: "LIBRARY", coordinatorId: ingrid, collaborationIds: [library], memberIds: [ingrid], meetingCadence: "TWICE_A_YEAR" } },
        { token: mellerud },
      ),
    ).competenceNetworkCreate;
    expect(created).toEqual({
      competenceNetwork: {
        name: "Biblioteksnätverket",
        category: "LIBRARY",
        coordinator: { name: "Ingrid Falk" },
        members: [{ person: { name: "Ingrid Falk" } }],
        collaborations: [{ name: "Gemensamt bibliotekssystem" }],
      },
      userErrors: [],
    });
    // One municipality is not yet a network between municipalities.
    const codes = async () => (await riskOf("Gemensamt bibliotekssystem", "COLLABORATION")).reasons.map((r: any) => r.code);
    expect(await codes()).toContain("NO_COMPETENCE_NETWORK");

    // Bengtsfors enrols its own GIS engineer; it cannot enrol Dals-Ed's people in Mellerud's network.
    const network = await networkId("Biblioteksnätverket");
    const bengtsfors = await server.token(Role.EDITOR, "1460");
    expect(ok(await server.gql(ADD, { n: network, p: await personId("Gunnar Ahl") }, { token: bengtsfors })).competenceNetworkMemberAdd.userErrors).toEqual([]);
    expect(codeOf(await server.gql(ADD, { n: network, p: await personId("Hanna Berglund") }, { token: bengtsfors }))).toBe("FORBIDDEN");
    expect(await codes()).not.toContain("NO_COMPETENCE_NETWORK");
    expect(errorsOf(ok(await server.gql(ADD, { n: network, p: await personId("Gunnar Ahl") }, { token: mellerud })).competenceNetworkMemberAdd)).toEqual(["input.personId:CONFLICT"]);

    expect(errorsOf(ok(await server.gql(REMOVE, { n: network, p: ingrid }, { token: mellerud })).competenceNetworkMemberRemove)).toEqual(["input.personId:CONFLICT"]);
    expect(errorsOf(ok(await server.gql(REMOVE, { n: network, p: await personId("Gunnar Ahl"), d: "2020-01-01" }, { token: mellerud })).competenceNetworkMemberRemove)).toEqual([
      "input.leftOn:DATE_ORDER",
    ]);
    // Today is the membership's last day: from tomorrow the network is Mellerud's alone again.
    expect(ok(await server.gql(REMOVE, { n: network, p: await personId("Gunnar Ahl") }, { token: mellerud })).competenceNetworkMemberRemove.userErrors).toEqual([]);
    const members = ok(
      await server.gql(
        `query($id: ID!) { node(id: $id) { ... on CompetenceNetwork { members(includeFormer: true) { leftOn person { name } } tomorrow: members(asOf: "2026-06-16") { person { name } } } } }`,
        { id: network },
      ),
    ).node;
    expect(members.members).toEqual([
      { leftOn: null, person: { name: "Ingrid Falk" } },
      { leftOn: "2026-06-15", person: { name: "Gunnar Ahl" } },
    ]);
    expect(members.tomorrow).toEqual([{ person: { name: "Ingrid Falk" } }]);
    const tomorrow = ok(await server.gql(`{ competenceRisk(kind: COLLABORATION, asOf: "2026-06-16") { nodes { label reasons { code } } } }`)).competenceRisk.nodes.find(
      (n: any) => n.label === "Gemensamt bibliotekssystem",
    );
    expect(tomorrow.reasons.map((r: any) => r.code)).toContain("NO_COMPETENCE_NETWORK");
  });

  it("changes a network only from the coordinator's municipality; a new coordinator must be a member", async () => {
    const UPDATE = `mutation($input: CompetenceNetworkUpdateInput!) { competenceNetworkUpdate(input: $input) { competenceNetwork { coordinator { name } meetingCadence collaborations { name } } userErrors { field code } } }`;
    const network = await networkId("Lönenätverket");
    const farg = await server.token(Role.EDITOR, "1439");
    expect(codeOf(await server.gql(UPDATE, { input: { id: network, meetingCadence: "MONTHLY" } }, { token: await server.token(Role.EDITOR, "1461") }))).toBe("FORBIDDEN");
    expect(errorsOf(ok(await server.gql(UPDATE, { input: { id: network, coordinatorId: await personId("Anders Berg") } }, { token: farg })).competenceNetworkUpdate)).toEqual([
      "input.coordinatorId:CONFLICT",
    ]);
    const updated = ok(
      await server.gql(UPDATE, { input: { id: network, coordinatorId: await personId("Birgitta Olsson"), meetingCadence: "QUARTERLY", collaborationIds: [] } }, { token: farg }),
    ).competenceNetworkUpdate;
    expect(updated).toEqual({ competenceNetwork: { coordinator: { name: "Birgitta Olsson" }, meetingCadence: "QUARTERLY", collaborations: [] }, userErrors: [] });
  });

  it("logs activities from member municipalities, not in the future", async () => {
    const network = await networkId("IT-teknikernätverket");
    const saffle = await server.token(Role.EDITOR, "1785");
    const before = await snapshot();
    const future = ok(await server.gql(LOG, { input: { networkId: network, occurredOn: "2026-07-01", kind: "MEETING", title: "Sommarträff" } }, { token: saffle })).competenceNetworkActivityAdd;
    expect(errorsOf(future)).toEqual(["input.occurredOn:DATE_IN_FUTURE"]);
    expect(
      errorsOf(
        ok(await server.gql(LOG, { input: { networkId: network, occurredOn: "2026-06-01", kind: "MEETING", title: "", participantIds: ["bm9wZToxMjM"] } }, { token: saffle }))
          .competenceNetworkActivityAdd,
      ),
    ).toEqual(["input.participantIds.0:NOT_FOUND", "input.title:REQUIRED"]);
    expect(codeOf(await server.gql(LOG, { input: { networkId: network, occurredOn: "2026-06-01", kind: "MEETING", title: "X" } }, { token: await server.token(Role.EDITOR, "1765") }))).toBe(
      "FORBIDDEN",
    );
    expect(await snapshot()).toEqual(before);
    const logged = ok(
      await server.gql(
        LOG,
        { input: { networkId: network, occurredOn: "2026-06-10", kind: "SUPPORT_CASE", title: "Säffle hjälper Åmål med brandväggen", participantIds: [await personId("Nils Hedlund")] } },
        { token: saffle },
      ),
    ).competenceNetworkActivityAdd;
    expect(logged).toEqual({
      competenceNetworkActivity: {
        occurredOn: "2026-06-10",
        kind: "SUPPORT_CASE",
        title: "Säffle hjälper Åmål med brandväggen",
        participants: [{ name: "Nils Hedlund" }],
        network: { name: "IT-teknikernätverket" },
      },
      userErrors: [],
    });
  });
});

describe("training plans and activities", () => {
  const CREATE = `mutation($input: TrainingPlanCreateInput!) { trainingPlanCreate(input: $input) { trainingPlan { name target reviewedOn targetGroups owner { name } applicationUsage { id } } userErrors { field code } } }`;
  const UPDATE = `mutation($input: TrainingPlanUpdateInput!) { trainingPlanUpdate(input: $input) { trainingPlan { reviewedOn reviewOverdue } userErrors { field code } } }`;
  const ADD = `mutation($input: TrainingActivityAddInput!) { trainingActivityAdd(input: $input) {
    trainingActivity { id heldOn title costOre municipalities { participantCount municipality { code } } participants { name } costSplit { basis shares { amountOre municipality { code } } } }
    userErrors { field code } } }`;

  it("needs exactly one target, one plan per target, and the target's municipality", async () => {
    const usage = await usageId("1461", "Procapita VoO");
    const mellerud = await server.token(Role.EDITOR, "1461");
    const before = await snapshot();
    expect(errorsOf(ok(await server.gql(CREATE, { input: { name: "Plan" } }, { token: mellerud })).trainingPlanCreate)).toEqual(["-:INVALID"]);
    expect(errorsOf(ok(await server.gql(CREATE, { input: { name: "Plan", applicationUsageId: usage, itStaff: true } }, { token: mellerud })).trainingPlanCreate)).toEqual(["-:INVALID"]);
    expect(
      errorsOf(
        ok(
          await server.gql(
            CREATE,
            { input: { name: "Plan", applicationUsageId: usage, ownerId: await personId("Johan Persson"), targetGroups: ["a", "A", " "], reviewedOn: "2027-01-01" } },
            { token: mellerud },
          ),
        ).trainingPlanCreate,
      ),
    ).toEqual(["input.ownerId:INVALID", "input.reviewedOn:DATE_IN_FUTURE", "input.targetGroups.1:DUPLICATE", "input.targetGroups.2:REQUIRED"]);
    expect(errorsOf(ok(await server.gql(CREATE, { input: { name: "Plan", collaborationId: await collaborationId("FINANCE") } }, { token: mellerud })).trainingPlanCreate)).toEqual([
      "input.collaborationId:DUPLICATE",
    ]);
    expect(codeOf(await server.gql(CREATE, { input: { name: "Plan", applicationUsageId: usage } }, { token: await server.token(Role.EDITOR, "1460") }))).toBe("FORBIDDEN");
    expect(codeOf(await server.gql(CREATE, { input: { name: "Plan", itStaff: true } }, { token: mellerud }))).toBe("FORBIDDEN");
    expect(errorsOf(ok(await server.gql(CREATE, { input: { name: "Plan", itStaff: true } })).trainingPlanCreate)).toEqual(["input.itStaff:DUPLICATE"]);
    expect(await snapshot()).toEqual(before);

    expect((await riskOf("Mellerud – Procapita VoO")).reasons.map((r: any) => r.code)).toContain("NO_TRAINING_PLAN");
    const created = ok(
      await server.gql(
        CREATE,
        { input: { name: "Utbildningsplan Procapita VoO, Mellerud", applicationUsageId: usage, targetGroups: ["omsorgspersonal"], reviewedOn: "2026-06-01" } },
        { token: mellerud },
      ),
    ).trainingPlanCreate;
    expect(created).toEqual({
      trainingPlan: {
        name: "Utbildningsplan Procapita VoO, Mellerud",
        target: "APPLICATION_USAGE",
        reviewedOn: "2026-06-01",
        targetGroups: ["omsorgspersonal"],
        owner: null,
        applicationUsage: { id: usage },
      },
      userErrors: [],
    });
    expect((await riskOf("Mellerud – Procapita VoO")).reasons.map((r: any) => r.code)).not.toContain("NO_TRAINING_PLAN");
  });

  it("reviews a plan forward only; a review clears the overdue reason", async () => {
    const library = await planId("Utbildningsplan bibliotekssystemet");
    const mellerud = await server.token(Role.EDITOR, "1461");
    expect(errorsOf(ok(await server.gql(UPDATE, { input: { id: library, reviewedOn: "2024-01-01" } }, { token: mellerud })).trainingPlanUpdate)).toEqual(["input.reviewedOn:DATE_BEFORE_PREVIOUS"]);
    expect(codeOf(await server.gql(UPDATE, { input: { id: library, reviewedOn: "2026-06-15" } }, { token: await server.token(Role.EDITOR, "1492") }))).toBe("FORBIDDEN");
    const reasons = async () => (await riskOf("Gemensamt bibliotekssystem", "COLLABORATION")).reasons.map((r: any) => r.code);
    expect(await reasons()).toContain("TRAINING_PLAN_NOT_REVIEWED");
    expect(ok(await server.gql(UPDATE, { input: { id: library, reviewedOn: "2026-06-15" } }, { token: mellerud })).trainingPlanUpdate).toEqual({
      trainingPlan: { reviewedOn: "2026-06-15", reviewOverdue: false },
      userErrors: [],
    });
    expect(await reasons()).not.toContain("TRAINING_PLAN_NOT_REVIEWED");
  });

  it("checks an activity's municipalities and participants against the plan, and counts it for the trained share", async () => {
    const gis = await planId("Utbildningsplan GIS");
    const bengtsfors = await server.token(Role.EDITOR, "1460");
    const [b, d, m] = await Promise.all(["1460", "1438", "1461"].map((code) => municipalityId(server, code)));
    const before = await snapshot();
    const refused = ok(
      await server.gql(
        ADD,
        {
          input: {
            planId: gis,
            heldOn: "2040-01-01",
            title: "GIS för nya",
            costOre: -5,
            municipalities: [{ municipalityId: b, participantCount: 0 }, { municipalityId: m }, { municipalityId: b }],
            participantIds: [await personId("Gunnar Ahl"), await personId("Ingrid Falk")],
          },
        },
        { token: bengtsfors },
      ),
    ).trainingActivityAdd;
    expect(refused.trainingActivity).toBeNull();
    expect(errorsOf(refused)).toEqual([
      "input.costOre:OUT_OF_RANGE",
      "input.heldOn:OUT_OF_RANGE",
      "input.municipalities.0.participantCount:INVALID",
      "input.municipalities.1.municipalityId:INVALID",
      "input.municipalities.2.municipalityId:DUPLICATE",
    ]);
    expect(errorsOf(ok(await server.gql(ADD, { input: { planId: gis, heldOn: "2026-06-01", title: "X" } }, { token: bengtsfors })).trainingActivityAdd)).toEqual(["input.municipalities:REQUIRED"]);
    expect(
      errorsOf(
        ok(
          await server.gql(
            ADD,
            { input: { planId: gis, heldOn: "2026-06-01", title: "X", municipalities: [{ municipalityId: b }], participantIds: [await personId("Hanna Berglund")] } },
            { token: bengtsfors },
          ),
        ).trainingActivityAdd,
      ),
    ).toEqual(["input.participantIds.0:INVALID"]);
    expect(
      codeOf(await server.gql(ADD, { input: { planId: gis, heldOn: "2026-06-01", title: "X", municipalities: [{ municipalityId: b }] } }, { token: await server.token(Role.EDITOR, "1461") })),
    ).toBe("FORBIDDEN");
    expect(await snapshot()).toEqual(before);

    const beforeRisk = await riskOf("Dals-Ed – Geosecma");
    const added = ok(
      await server.gql(
        ADD,
        {
          input: {
            planId: gis,
            heldOn: "2026-06-12",
            title: "Fältinsamling med mobil GIS",
            costOre: 1_000_000,
            municipalities: [
              { municipalityId: b, participantCount: 2 },
              { municipalityId: d, participantCount: 2 },
            ],
            participantIds: [await personId("Gunnar Ahl")],
          },
        },
        { token: bengtsfors },
      ),
    ).trainingActivityAdd;
    expect(added.userErrors).toEqual([]);
    expect(added.trainingActivity).toMatchObject({ costOre: 1_000_000, participants: [{ name: "Gunnar Ahl" }], costSplit: { basis: "POPULATION_DEFAULT" } });
    expect(added.trainingActivity.costSplit.shares.reduce((sum: number, s: any) => sum + s.amountOre, 0)).toBe(1_000_000);
    expect((await riskOf("Dals-Ed – Geosecma")).trainedCount).toBe(beforeRisk.trainedCount + 2);
  });

  it("updates an activity's lists and removes it, within its usage's municipality", async () => {
    const procapita = await planId("Utbildningsplan Procapita VoO, Dals-Ed");
    const dalsEd = await server.token(Role.EDITOR, "1438");
    const added = ok(await server.gql(ADD, { input: { planId: procapita, heldOn: "2026-05-20", title: "Läkemedelsmodulen", participantIds: [await personId("Annika Borg")] } }, { token: dalsEd }))
      .trainingActivityAdd.trainingActivity;
    // The usage's municipality is the default, counted from the named participants.
    expect(added.municipalities).toEqual([{ participantCount: 1, municipality: { code: "1438" } }]);
    const UPDATE_ACTIVITY = `mutation($input: TrainingActivityUpdateInput!) { trainingActivityUpdate(input: $input) {
      trainingActivity { title municipalities { participantCount } participants { name } } userErrors { field code } } }`;
    expect(
      errorsOf(
        ok(await server.gql(UPDATE_ACTIVITY, { input: { id: added.id, municipalities: [{ municipalityId: await municipalityId(server, "1460") }] } }, { token: dalsEd })).trainingActivityUpdate,
      ),
    ).toEqual(["input.municipalities.0.municipalityId:INVALID", "input.participantIds:INVALID"]);
    const updated = ok(
      await server.gql(
        UPDATE_ACTIVITY,
        { input: { id: added.id, title: "Läkemedelsmodulen, steg 2", municipalities: [{ municipalityId: await municipalityId(server, "1438"), participantCount: 25 }], participantIds: [] } },
        { token: dalsEd },
      ),
    ).trainingActivityUpdate;
    expect(updated).toEqual({ trainingActivity: { title: "Läkemedelsmodulen, steg 2", municipalities: [{ participantCount: 25 }], participants: [] }, userErrors: [] });
    expect((await riskOf("Dals-Ed – Procapita VoO")).trainedCount).toBe(60 + 25);

    const REMOVE = `mutation($id: ID!) { trainingActivityRemove(input: { id: $id }) { trainingPlan { activities { title } } userErrors { code } } }`;
    expect(codeOf(await server.gql(REMOVE, { id: added.id }, { token: await server.token(Role.EDITOR, "1460") }))).toBe("FORBIDDEN");
    const removed = ok(await server.gql(REMOVE, { id: added.id }, { token: dalsEd })).trainingActivityRemove;
    expect(removed.trainingPlan.activities.map((a: any) => a.title)).toEqual(["Dokumentation i Procapita", "Nya användare hösten 2026"]);
    expect((await riskOf("Dals-Ed – Procapita VoO")).trainedCount).toBe(60);
  });
});
