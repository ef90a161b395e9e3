import { encodeGlobalId } from "../../server/src/core/global-id";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/src/access/roles";
import { ApplicationUsage } from "../../server/src/applications/entities";
import { governanceStatements, judgeRule } from "../helpers/evaluations";
import "../../server/src/competence/resolver";
import { municipalityId, ok, startServer, type TestServer } from "../helpers/server";
import { graphql } from "../kit";
import type { LifecyclePhase } from "../kit/generated/graphql";

/**
 * About the seed: the competence data the Dalsland demonstration ships (its networks, plans, people
 * and the competence risk they give), as the demonstration pages show it. Stays on the seed by
 * design; the competence mutations are tested on data of their own (mutations.test.ts).
 */

let server: TestServer;
beforeAll(async () => (server = await startServer()));
afterAll(async () => server.close());

const RISK = graphql(`query CompetenceSeedCompetenceRisk($first: Int, $after: String, $municipality: ID, $minScore: Int, $kind: CompetenceRiskSubjectKind, $horizonMonths: Int, $asOf: LocalDate) {
  competenceRisk(first: $first, after: $after, municipality: $municipality, minScore: $minScore, kind: $kind, horizonMonths: $horizonMonths, asOf: $asOf) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes { kind label shared score level specialistCount specialistsLeaving trainedCount trainedShare userCount trainingPlanReviewedOn
      reasons { code contribution explanation }
      application { name } municipality { code } collaboration { name } trainingPlan { name } competenceNetworks { name } }
  } }`);

const risk = async (variables: Record<string, unknown> = {}) => ok(await server.gql(RISK, { first: 100, ...variables })).competenceRisk;
const reasonCodes = (entry: any) => Object.fromEntries(entry.reasons.map((r: any) => [r.code, r.contribution]));

describe("competence networks on the seed", () => {
  it("lists the networks with coordinator, members from several municipalities, collaborations and activity log", async () => {
    const networks = ok(
      await server.gql(
        graphql(`query CompetenceSeedCompetenceNetworks { competenceNetworks(first: 20) { totalCount nodes {
        name category meetingCadence startedOn lastActivityOn
        coordinator { name municipality { code } }
        members { joinedOn person { name municipality { code } } }
        collaborations { name }
        activities { occurredOn kind title participants { name } }
      } } }`),
      ),
    ).competenceNetworks;
    expect(networks!.totalCount).toBe(4);
    const byName = Object.fromEntries(networks!.nodes.map((n: any) => [n.name, n]));
    const finance = byName["Ekonominätverket Dalsland"];
    expect(finance).toMatchObject({ category: "FINANCE", meetingCadence: "QUARTERLY", coordinator: { name: "Eva Sandberg", municipality: { code: "1460" } }, lastActivityOn: "2026-03-12" });
    expect(new Set(finance.members.map((m: any) => m.person.municipality.code))).toEqual(new Set(["1460", "1492"]));
    expect(finance.collaborations).toEqual([{ name: "Gemensamt ekonomisystem" }]);
    expect(finance.activities.map((a: any) => a.kind)).toEqual(["MEETING", "SUPPORT_CASE", "MEETING"]);
    expect(finance.activities[1].participants.map((p: any) => p.name).sort()).toEqual(["Eva Sandberg", "Kerstin Wiik"]);
    expect(byName["IT-teknikernätverket"]).toMatchObject({ category: null, collaborations: [{ name: "Gemensam helpdesk" }] });
    expect(byName["IT-teknikernätverket"].members.map((m: any) => m.person.municipality.code)).toContain("1785");
  });

  it("filters networks by area, collaboration and member municipality", async () => {
    const names = async (variables: Record<string, unknown>) =>
      ok(
        await server.gql(
          graphql(`query CompetenceSeedCompetenceNetworks2($m: ID, $c: ID, $cat: ApplicationCategory) { competenceNetworks(municipality: $m, collaboration: $c, category: $cat) { nodes { name } } }`),
          variables,
        ),
      ).competenceNetworks!.nodes.map((n: any) => n.name);
    expect(await names({ cat: "GIS" })).toEqual(["GIS-nätverket Dalsland"]);
    expect(await names({ m: await municipalityId(server, "1785") })).toEqual(["IT-teknikernätverket"]);
    expect(await names({ m: await municipalityId(server, "1438") })).toEqual(["GIS-nätverket Dalsland"]);
    const helpdesk = ok(await server.gql(graphql(`query CompetenceSeedCollaborations { collaborations(category: HELPDESK) { nodes { id competenceNetworks { name } } } }`))).collaborations!.nodes[0];
    expect(helpdesk.competenceNetworks).toEqual([{ name: "IT-teknikernätverket" }]);
    expect(await names({ c: helpdesk.id })).toEqual(["IT-teknikernätverket"]);
    const payroll = ok(await server.gql(graphql(`query CompetenceSeedCollaborations2 { collaborations(category: PAYROLL_HR) { nodes { competenceNetworks { name } } } }`))).collaborations!.nodes[0];
    expect(payroll.competenceNetworks).toEqual([{ name: "Lönenätverket" }]);
  });
});

describe("competences and planned leave", () => {
  it("shows a person's competences and an application's specialists", async () => {
    const people = ok(
      await server.gql(graphql(`query CompetenceSeedPeople { people(search: "Oskar Wallin") { nodes { competences { level since application { name } } networkMemberships { network { name } } } } }`)),
    ).people!.nodes;
    expect(people[0].competences.map((c: any) => `${c.application.name}:${c.level}`).sort()).toEqual(["Easit GO:SPECIALIST", "Sitevision:SPECIALIST"]);
    expect(people[0].networkMemberships).toEqual([{ network: { name: "IT-teknikernätverket" } }]);
    const raindance = ok(await server.gql(graphql(`query CompetenceSeedApplications { applications(search: "Raindance") { nodes { competences(level: SPECIALIST) { person { name } } } } }`)))
      .applications!.nodes[0];
    expect(raindance.competences.map((c: any) => c.person.name).sort()).toEqual(["Eva Sandberg", "Kerstin Wiik"]);
    const usage = ok(
      await server.gql(
        graphql(
          `query CompetenceSeedApplicationUsages($m: ID) { applicationUsages(municipality: $m, first: 100) { nodes { application { name } competences { person { name } } trainingPlan { name } } } }`,
        ),
        {
          m: await municipalityId(server, "1438"),
        },
      ),
    ).applicationUsages!.nodes.find((u: any) => u.application.name === "Procapita VoO");
    expect(usage!.competences.map((c: any) => c.person.name).sort()).toEqual(["Annika Borg", "Johan Persson"]);
    expect(usage!.trainingPlan).toEqual({ name: "Utbildningsplan Procapita VoO, Dals-Ed" });
  });

  it("shows planned leave (HR-sensitive) to admins and the person's own municipality only", async () => {
    const query = graphql(`query CompetenceSeedPeople2 { people(search: "Lena Rask") { nodes { plannedLeave } } }`);
    const leave = async (token?: string) => ok(await server.gql(query, {}, token === undefined ? {} : { token })).people!.nodes[0].plannedLeave;
    expect(await leave()).toBe("2027-03");
    expect(await leave(await server.token(Role.EDITOR, "1492"))).toBe("2027-03");
    expect(await leave(await server.token(Role.READER, "1492"))).toBe("2027-03");
    expect(await leave(await server.token(Role.EDITOR, "1461"))).toBeNull();
    expect(await leave(await server.token(Role.READER))).toBeNull();
  });
});

describe("training plans and activities on the seed", () => {
  it("lists plans with their targets, owners, review dates and activities", async () => {
    const plans = ok(
      await server.gql(
        graphql(`query CompetenceSeedTrainingPlans { trainingPlans(first: 50) { totalCount nodes {
        name target targetGroups reviewedOn nextReviewDue reviewOverdue owner { name }
        applicationUsage { municipality { code } application { name } } collaboration { name }
        activities { heldOn title municipalities { participantCount municipality { code } } participants { name } }
      } } }`),
      ),
    ).trainingPlans;
    expect(plans!.totalCount).toBe(9);
    const byName = Object.fromEntries(plans!.nodes.map((p: any) => [p.name, p]));
    expect(byName["Gemensam utbildningsplan för IT-personalen"]).toMatchObject({ target: "IT_STAFF", applicationUsage: null, collaboration: null, reviewOverdue: false });
    expect(byName["Utbildningsplan bibliotekssystemet"]).toMatchObject({ target: "COLLABORATION", reviewedOn: "2024-09-01", nextReviewDue: "2025-09-01", reviewOverdue: true });
    expect(byName["Utbildningsplan Lifecare, Åmål"]).toMatchObject({ target: "APPLICATION_USAGE", applicationUsage: { municipality: { code: "1492" }, application: { name: "Lifecare" } } });
    const raindance = byName["Utbildningsplan ekonomisystemet"];
    expect(raindance.targetGroups).toEqual(["nya användare", "attestanter", "ekonomer"]);
    expect(raindance.activities.map((a: any) => a.heldOn)).toEqual(["2025-10-08", "2026-03-04"]);
    expect(raindance.activities[1].municipalities.reduce((sum: number, m: any) => sum + m.participantCount, 0)).toBe(135);

    const it = ok(await server.gql(graphql(`query CompetenceSeedTrainingPlans2 { trainingPlans(target: IT_STAFF) { nodes { name } } }`))).trainingPlans!.nodes;
    expect(it).toEqual([{ name: "Gemensam utbildningsplan för IT-personalen" }]);
    const amal = ok(
      await server.gql(graphql(`query CompetenceSeedTrainingPlans3($m: ID) { trainingPlans(municipality: $m, first: 50) { nodes { name } } }`), { m: await municipalityId(server, "1492") }),
    ).trainingPlans!.nodes;
    expect(amal.map((p: any) => p.name)).toEqual(expect.arrayContaining(["Utbildningsplan Lifecare, Åmål", "Utbildningsplan ekonomisystemet"]));
    expect(amal.map((p: any) => p.name)).not.toContain("Utbildningsplan bibliotekssystemet");
  });

  it("splits a shared activity's cost by population to the öre, and none for a single municipality's", async () => {
    const plans = ok(
      await server.gql(
        graphql(`query CompetenceSeedTrainingPlans4 { trainingPlans(first: 50) { nodes { name activities { title costOre
        costSplit { basis shares { amountOre fraction population populationYear municipality { code } } } } } } }`),
      ),
    ).trainingPlans!.nodes;
    const nis2 = plans.find((p: any) => p.name === "Gemensam utbildningsplan för IT-personalen")!.activities.find((a: any) => a.title === "Informationssäkerhet och NIS2");
    expect(nis2!.costOre).toBe(9_000_000);
    expect(nis2!.costSplit!.basis).toBe("POPULATION_DEFAULT");
    const shares = nis2!.costSplit!.shares;
    expect(shares.reduce((sum: number, s: any) => sum + s.amountOre, 0)).toBe(9_000_000);
    const population = { "1460": 9076, "1438": 4606, "1439": 6376, "1461": 9052, "1492": 11906 } as Record<string, number>;
    const total = Object.values(population).reduce((a, b) => a + b, 0);
    for (const s of shares) {
      expect(s).toMatchObject({ population: population[s.municipality.code], populationYear: 2024 });
      expect(Math.abs(s.amountOre - (9_000_000 * population[s.municipality.code]) / total)).toBeLessThan(1);
    }
    const lifecare = plans.find((p: any) => p.name === "Utbildningsplan Lifecare, Åmål")!.activities[0];
    expect(lifecare).toMatchObject({ costOre: 2_000_000, costSplit: null });
  });

  it("uses the samverkansavtal's key for a collaboration's activities where one is in force", async () => {
    const activities = ok(
      await server.gql(
        graphql(`query CompetenceSeedTrainingPlans5 { trainingPlans(target: COLLABORATION, first: 50) { nodes { name activities { title costOre
        costSplit { basis key agreement { name } shares { amountOre population municipality { code } } } } } } }`),
      ),
    ).trainingPlans!.nodes.flatMap((p: any) => p.activities.map((a: any) => ({ plan: p.name, ...a })));
    const library = activities.find((a: any) => a.title === "Book-IT grundkurs");
    expect(library.costSplit).toMatchObject({ basis: "AGREEMENT", key: "EQUAL", agreement: { name: "Samverkansavtal bibliotekssystem" } });
    expect(library.costSplit.shares.map((s: any) => s.amountOre)).toEqual([300_000, 300_000, 300_000, 300_000]);
    const finance = activities.find((a: any) => a.title === "Attestutbildning");
    expect(finance.costSplit).toMatchObject({ basis: "AGREEMENT", key: "POPULATION", agreement: { name: "Samverkansavtal gemensamt ekonomisystem" } });
    expect(finance.costSplit.shares.reduce((sum: number, s: any) => sum + s.amountOre, 0)).toBe(3_000_000);
    expect(finance.costSplit.shares.find((s: any) => s.municipality.code === "1492").population).toBe(11906);
    const gis = activities.find((a: any) => a.plan === "Utbildningsplan GIS");
    expect(gis.costSplit).toMatchObject({ basis: "POPULATION_DEFAULT", key: "POPULATION", agreement: null });
  });
});

describe("competence risk on the seed (today 2026-06-15)", () => {
  it("gives every active usage and collaboration a score whose reasons add up, highest first", async () => {
    const all = await risk();
    // In use: introduced, active or outgoing (one definition for every reader).
    const count = async (phase: LifecyclePhase) =>
      ok(await server.gql(graphql(`query CompetenceSeedInPhase($phase: LifecyclePhase) { applicationUsages(lifecyclePhase: $phase, first: 100) { totalCount } }`), { phase })).applicationUsages!
        .totalCount;
    const usages = (await count("PHASE_IN")) + (await count("ACTIVE")) + (await count("PHASE_OUT"));
    expect(all!.totalCount).toBe(usages + 7);
    for (const entry of all!.nodes) {
      expect(entry.score).toBe(entry.reasons.reduce((sum: number, r: any) => sum + r.contribution, 0));
      expect(entry.level).toBe(entry.score >= 60 ? "HIGH" : entry.score >= 30 ? "MEDIUM" : "LOW");
    }
    const scores = all!.nodes.map((n: any) => n.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it("finds the retiring telephony specialist, the library system without specialist or network, and the payroll specialist leaving", async () => {
    const collaborations = (await risk({ kind: "COLLABORATION" }))!.nodes;
    const telephony = collaborations.find((c: any) => c.application.name === "Alcatel-växel med TRIO-hänvisning");
    expect(telephony).toMatchObject({ score: 100, level: "HIGH", specialistCount: 1, specialistsLeaving: 1, trainingPlan: null, competenceNetworks: [] });
    expect(reasonCodes(telephony)).toEqual({ TOO_FEW_SPECIALISTS: 20, SPECIALISTS_LEAVING: 15, NO_TRAINING_PLAN: 25, NO_COMPETENCE_NETWORK: 15, FEW_USERS_TRAINED: 25 });
    expect(telephony!.reasons.find((r: any) => r.code === "SPECIALISTS_LEAVING")!.explanation).toBe("1 av 1 specialist inom samverkan planerar att sluta inom 12 månader; 0 återstår därefter.");

    const library = collaborations.find((c: any) => c.label === "Gemensamt bibliotekssystem");
    expect(library).toMatchObject({ level: "HIGH", specialistCount: 0, trainingPlanReviewedOn: "2024-09-01", trainedCount: 14, userCount: 52 });
    expect(Object.keys(reasonCodes(library))).toEqual(["TOO_FEW_SPECIALISTS", "TRAINING_PLAN_NOT_REVIEWED", "NO_COMPETENCE_NETWORK", "FEW_USERS_TRAINED"]);

    const payroll = collaborations.find((c: any) => c.label === "Gemensamt PA- och lönesystem");
    expect(payroll).toMatchObject({ specialistCount: 2, specialistsLeaving: 1, competenceNetworks: [{ name: "Lönenätverket" }] });
    expect(reasonCodes(payroll).SPECIALISTS_LEAVING).toBe(20);

    const gis = collaborations.find((c: any) => c.label === "GIS-samverkan");
    expect(gis).toMatchObject({ score: 0, level: "LOW", reasons: [] });
  });

  it("judges a shared usage across the collaboration and a usage of its own within the municipality", async () => {
    const amal = (await risk({ municipality: await municipalityId(server, "1492") }))!.nodes;
    expect(amal.every((e: any) => e.kind === "COLLABORATION" || e.municipality.code === "1492")).toBe(true);
    const heroma = amal.find((e: any) => e.label === "Åmål – Heroma");
    expect(heroma).toMatchObject({ shared: true, collaboration: { name: "Gemensamt PA- och lönesystem" }, specialistCount: 2, trainingPlan: { name: "Utbildningsplan PA- och lönesystemet" } });
    const lifecare = amal.find((e: any) => e.label === "Åmål – Lifecare");
    expect(lifecare).toMatchObject({ shared: false, collaboration: null, specialistCount: 1, specialistsLeaving: 1, trainedCount: 150, userCount: 400 });
    const bookIt = amal.find((e: any) => e.label === "Åmål – Book-IT");
    expect(bookIt).toMatchObject({ shared: false, trainingPlan: null });
    // Åmål does not take part in the library collaboration, so the collaboration is not in its list.
    expect(amal.some((e: any) => e.label === "Gemensamt bibliotekssystem")).toBe(false);
  });

  it("takes the horizon, asOf and minScore into account", async () => {
    const payroll = async (variables: Record<string, unknown>) => (await risk({ kind: "COLLABORATION", ...variables }))!.nodes.find((c: any) => c.label === "Gemensamt PA- och lönesystem");
    expect((await payroll({ horizonMonths: 3 }))!.specialistsLeaving).toBe(0); // Bertil Ström leaves 2026-11: five months away
    expect((await payroll({ horizonMonths: 6 }))!.specialistsLeaving).toBe(1);
    // After he has gone, one specialist remains.
    expect(await payroll({ asOf: "2026-12-01" })).toMatchObject({ specialistCount: 1, specialistsLeaving: 0 });
    const high = await risk({ minScore: 60 });
    expect(high!.nodes.every((n: any) => n.score >= 60)).toBe(true);
    expect(high!.totalCount).toBeLessThan((await risk())!.totalCount);
    const bad = await server.gql(RISK, { horizonMonths: 500 });
    expect(bad.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("pages through the list with cursors, without losing or repeating entries", async () => {
    const all = (await risk())!.nodes.map((n: any) => n.label + n.kind);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = await risk({ first: 7, after });
      seen.push(...page.nodes.map((n: any) => n.label + n.kind));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
    expect((await server.gql(RISK, { after: "bm9wZQ" })).errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });
});

/** Statements the governance report reads its rules' input in (the competence rules judge part of it). */
const GOVERNANCE_STATEMENTS = 27;

describe("the competence governance rules", () => {
  it("'Varje verksamhetssystem har en utbildningsplan' fails the active business-specific usages without a plan", async () => {
    const outcome = await judgeRule(server.db, "BUSINESS_SYSTEM_HAS_TRAINING_PLAN", "2026-06-15");
    const labels = outcome.failures.map((f) => f.label);
    expect(labels).toEqual(expect.arrayContaining(["Bengtsfors – Procapita VoO", "Åmål – Book-IT", "Mellerud – ByggR"]));
    expect(labels).not.toContain("Dals-Ed – Procapita VoO"); // its own plan
    expect(labels).not.toContain("Bengtsfors – Book-IT"); // the library collaboration's plan
    expect(labels.some((l) => l.includes("Raindance"))).toBe(false); // not business-specific
    expect(outcome.applicable).toBeGreaterThan(outcome.failures.length);
    expect(outcome.failures.every((f) => f.object.type === ApplicationUsage.typeName && f.reason.length > 0)).toBe(true);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, "sv")));
  });

  it("'Varje gemensamt system har specialistkompetens' fails the library collaboration, in a constant number of statements", async () => {
    const outcome = await judgeRule(server.db, "SHARED_SYSTEM_HAS_SPECIALIST", "2026-06-15");
    expect(outcome.applicable).toBe(7);
    expect(outcome.failures.map((f) => f.label)).toEqual(["Gemensamt bibliotekssystem"]);
    const node = ok(
      await server.gql(graphql(`query CompetenceSeedNode($id: ID!) { node(id: $id) { ... on Collaboration { name } } }`), {
        id: encodeGlobalId(outcome.failures[0].object.type, outcome.failures[0].object.id),
      }),
    ).node;
    expect(node!.name).toBe("Gemensamt bibliotekssystem");
    const bookIt = ok(await server.gql(graphql(`query CompetenceSeedApplications2 { applications(search: "Book-IT") { nodes { id } } }`))).applications!.nodes[0].id;
    expect(outcome.failures[0].relatedObjectIds).toEqual([bookIt]);
    expect(await governanceStatements(server.db, "2026-06-15")).toBe(GOVERNANCE_STATEMENTS);
  });
});
