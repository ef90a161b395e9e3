import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/src/access/roles";
import { municipalityId, ok, startServer, type TestServer } from "../helpers/server";

const CANDIDATES = `query($asOf: LocalDate, $m: ID, $hidden: Boolean) {
  collaborationCandidates(first: 100, asOf: $asOf, municipality: $m, includeHidden: $hidden) {
    totalCount
    nodes {
      id key kind category score summary explanation hidden changesSinceDecision drivingDeadline combinedAnnualCostSek targetLevelReason proposalReason viewerCanDecide
      participants { code } joiningMunicipalities { code } applications { name } proposedApplication { name }
      collaboration { name } currentLevel { ordinal } targetLevel { ordinal name } drivingAgreement { name }
      contributions { trigger weight points explanation evidence { objectId objectType label detail lastChangedOn object { id } } }
      costSplit { municipality { code } population amountOre }
      transitionWindow { decisionOn procurementLeadTimeMonths earliestStart start end avoidedFreezes }
      decision { status reason decidedOn decidedBy } decisionHistory { status decidedOn }
    }
  } }`;

const DECIDE = `mutation($input: RecommendationDecideInput!) { recommendationDecide(input: $input) { decision { status reason decidedOn decidedBy candidateKey participants { code } } userErrors { field code message } } }`;

let server: TestServer;
beforeAll(async () => (server = await startServer()));
afterAll(async () => server.close());

const candidates = async (variables: Record<string, unknown> = {}, token?: string) => ok(await server.gql(CANDIDATES, variables, { token })).collaborationCandidates;
const byKey = (list: any, key: string) => list.nodes.find((n: any) => n.key === key);

describe("collaborationCandidates on the seed (2026-06-15)", () => {
  it("finds the seed's candidates in a sensible order, with evidence and Swedish explanations", async () => {
    const list = await candidates();
    expect(list.nodes.map((n: any) => n.key)).toEqual([
      "category:CARE|1,2,3,4,5",
      "application:6|1,2,3,4,5",
      "application:1|1,2,3,4,5,6,7",
      "application:3|1,2,3,4,5",
      "category:BUILDING_PERMITS|1,2,3,4,5",
      "category:RECORDS|1,2,3,4,5",
      "category:SCHOOL|1,2,3,4,5",
      "application:7|1,3,4",
      "application:2|1,2,3,4,5",
      "application:4|1,2,3,4,5",
      "application:5|1,2,3",
    ]);
    expect(list.totalCount).toBe(11);
    const scores = list.nodes.map((n: any) => n.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);

    // Care: four run Procapita VoO (poor fit, Bengtsfors's support agreement ends), Åmål runs Lifecare: propose Lifecare.
    const care = byKey(list, "category:CARE|1,2,3,4,5");
    expect(care).toMatchObject({ kind: "CATEGORY", category: "CARE", proposedApplication: { name: "Lifecare" }, currentLevel: null, targetLevel: { ordinal: 3, name: "Gemensam drift" } });
    expect(care.summary).toBe(
      "Bengtsfors, Dals-Ed, Färgelanda, Mellerud och Åmål använder olika produkter för vård och omsorg: Lifecare (Åmål), Procapita VoO (Bengtsfors, Dals-Ed, Färgelanda och Mellerud); avtalet Supportavtal Procapita VoO Bengtsfors för Bengtsfors upphör 2026-06-30.",
    );
    expect(care.contributions.map((c: any) => c.trigger)).toEqual(["AGREEMENT_EXPIRING", "POOR_APPLICATION", "COMPETENCE_RISK", "SAME_APPLICATION"]);
    expect(care.score).toBe(care.contributions.reduce((sum: number, c: any) => sum + c.points, 0));
    expect(care.proposalReason).toContain("Förslaget är Lifecare, som har bäst passform (3,5 av 4) och 400 användare.");
    expect(care.drivingAgreement.name).toBe("Supportavtal Procapita VoO Bengtsfors");
    const agreementEvidence = care.contributions[0].evidence[0];
    expect(agreementEvidence).toMatchObject({ objectType: "Agreement", label: "Supportavtal Procapita VoO Bengtsfors", lastChangedOn: "2023-07-01" });
    expect(agreementEvidence.object.id).toBe(agreementEvidence.objectId);
    const poor = care.contributions[1];
    expect(poor.explanation).toBe("Procapita VoO har låg passform i Bengtsfors, Dals-Ed, Färgelanda och Mellerud (funktionell 2 av 4, teknisk 2 av 4).");
    expect(poor.evidence.map((e: any) => e.lastChangedOn)).toEqual(["2007-06-01", "2007-06-01", "2007-06-01", "2007-06-01"]);
    // Combined cost of the five usages and an exact split by population.
    expect(care.combinedAnnualCostSek).toBe(640000 + 330000 + 410000 + 620000 + 780000);
    expect(care.costSplit.reduce((s: number, x: any) => s + x.amountOre, 0)).toBe(care.combinedAnnualCostSek * 100);
    expect(care.costSplit.find((x: any) => x.municipality.code === "1492").population).toBe(11906);
    // Level 3 means an 18-month procurement; the window avoids the New Year freeze.
    expect(care.transitionWindow).toMatchObject({
      decisionOn: "2026-06-15",
      procurementLeadTimeMonths: 18,
      earliestStart: "2027-12-15",
      start: "2028-01-16",
      end: "2028-02-12",
      avoidedFreezes: ["Årsskifte"],
    });
    expect(care.explanation).toContain("Föreslaget övergångsfönster: 2028-01-16–2028-02-12, efter beslut den 2026-06-15 och 18 månaders upphandling, utanför förändringsstoppen Årsskifte.");

    // Åmål runs Book-IT outside the library collaboration (level 5): it would join.
    const library = byKey(list, "application:6|1,2,3,4,5");
    expect(library).toMatchObject({
      kind: "COLLABORATION",
      collaboration: { name: "Gemensamt bibliotekssystem" },
      joiningMunicipalities: [{ code: "1492" }],
      currentLevel: { ordinal: 5 },
      targetLevel: { ordinal: 5 },
    });
    expect(library.targetLevelReason).toBe("Åmål ansluter till Gemensamt bibliotekssystem på dess nuvarande nivå 5 Gemensam lösning och information.");

    // GIS: three municipalities inside a level-2 collaboration: deepen to level 3.
    const gis = byKey(list, "application:5|1,2,3");
    expect(gis.summary).toBe("Bengtsfors, Dals-Ed och Färgelanda använder redan Geosecma, i dag inom GIS-samverkan på nivå 2 Samordning.");
    expect(gis).toMatchObject({ currentLevel: { ordinal: 2 }, targetLevel: { ordinal: 3 }, drivingDeadline: null });

    // School systems avoid the education environment's freezes too.
    const school = byKey(list, "category:SCHOOL|1,2,3,4,5");
    expect(school.transitionWindow.avoidedFreezes).toEqual(["Årsskifte", "Betygsveckor höstterminen"]);
    expect(school.proposedApplication.name).toBe("IST Extens");
  });

  it("filters by municipality; a candidate keeps its id across evaluations", async () => {
    const bengtsforsList = await candidates({ m: await municipalityId(server, "1460") });
    expect(bengtsforsList.totalCount).toBe(11);
    const amal = await candidates({ m: await municipalityId(server, "1492") });
    expect(amal.nodes.every((n: any) => n.participants.some((p: any) => p.code === "1492"))).toBe(true);
    expect(amal.totalCount).toBe(9);
    expect((await candidates()).nodes[0].id).toBe((await candidates()).nodes[0].id);
  });

  it("a past asOf gives the candidates of that date", async () => {
    const past = await candidates({ asOf: "2016-01-01" });
    // Färgelanda joined the helpdesk in May 2016 and Åmål ran no ByggR before 2017.
    expect(byKey(past, "application:7|1,4")).toBeDefined();
    expect(byKey(past, "application:7|1,3,4")).toBeUndefined();
    expect(past.nodes.every((n: any) => n.participants.length >= 2)).toBe(true);
    const building = past.nodes.find((n: any) => n.category === "BUILDING_PERMITS");
    expect(building.participants.map((p: any) => p.code)).not.toContain("1492");
    // Deadlines computed on that date: the telephony vendor agreement (expired 2025) was then running.
    const telephony = byKey(past, "application:1|1,2,3,4,5,6,7");
    expect(telephony.contributions.find((c: any) => c.trigger === "AGREEMENT_EXPIRING")).toBeUndefined();
  });

  it("readers see candidates but may not decide; the viewerCanDecide flag follows the participants", async () => {
    const reader = await server.token(Role.READER);
    const list = await candidates({}, reader);
    expect(list.totalCount).toBe(11);
    expect(list.nodes.every((n: any) => n.viewerCanDecide === false)).toBe(true);
    const response = await server.gql(DECIDE, { input: { candidateId: list.nodes[0].id, status: "ACCEPTED", reason: "Bra" } }, { token: reader });
    expect(response.errors?.[0].extensions?.code).toBe("FORBIDDEN");

    const amal = await server.token(Role.EDITOR, "1492");
    const editorView = await candidates({}, amal);
    expect(byKey(editorView, "application:5|1,2,3").viewerCanDecide).toBe(false);
    expect(byKey(editorView, "category:CARE|1,2,3,4,5").viewerCanDecide).toBe(true);
  });
});

describe("recommendationDecide", () => {
  it("editors decide only candidates their municipality takes part in; input is validated and nothing changes on errors", async () => {
    const list = await candidates();
    const gis = byKey(list, "application:5|1,2,3");
    const amal = await server.token(Role.EDITOR, "1492");
    expect((await server.gql(DECIDE, { input: { candidateId: gis.id, status: "REJECTED", reason: "Nej" } }, { token: amal })).errors?.[0].extensions?.code).toBe("FORBIDDEN");

    const bengtsfors = await server.token(Role.EDITOR, "1460");
    const bad = ok(await server.gql(DECIDE, { input: { candidateId: gis.id, status: "DEFERRED", reason: " " } }, { token: bengtsfors })).recommendationDecide;
    expect(bad.decision).toBeNull();
    expect(bad.userErrors.map((e: any) => [e.field.join("."), e.code])).toEqual([
      ["input.reason", "REQUIRED"],
      ["input.deferredUntil", "REQUIRED"],
    ]);
    const past = ok(await server.gql(DECIDE, { input: { candidateId: gis.id, status: "DEFERRED", reason: "Senare", deferredUntil: "2026-06-15" } }, { token: bengtsfors })).recommendationDecide;
    expect(past.userErrors.map((e: any) => e.code)).toEqual(["OUT_OF_RANGE"]);
    const unknown = ok(await server.gql(DECIDE, { input: { candidateId: "bm9wZQ", status: "ACCEPTED", reason: "Ja" } })).recommendationDecide;
    expect(unknown.userErrors.map((e: any) => e.code)).toEqual(["NOT_FOUND"]);
    expect(ok(await server.gql(`{ recommendationDecisions { totalCount } }`)).recommendationDecisions.totalCount).toBe(0);
  });

  it("a decision persists with its history; a rejected candidate is hidden until its evidence changes, then returns saying what changed", async () => {
    const bengtsfors = await server.token(Role.EDITOR, "1460");
    const gis = byKey(await candidates(), "application:5|1,2,3");
    const accepted = ok(await server.gql(DECIDE, { input: { candidateId: gis.id, status: "ACCEPTED", reason: "Utred gemensam drift." } }, { token: bengtsfors })).recommendationDecide;
    expect(accepted.userErrors).toEqual([]);
    expect(accepted.decision).toMatchObject({ status: "ACCEPTED", decidedOn: "2026-06-15", candidateKey: "application:5|1,2,3", participants: [{ code: "1460" }, { code: "1438" }, { code: "1439" }] });
    expect(byKey(await candidates(), "application:5|1,2,3").decision).toMatchObject({ status: "ACCEPTED", reason: "Utred gemensam drift." });

    const rejected = ok(await server.gql(DECIDE, { input: { candidateId: gis.id, status: "REJECTED", reason: "GIS räcker på samordningsnivå." } })).recommendationDecide;
    expect(rejected.userErrors).toEqual([]);
    expect(byKey(await candidates(), "application:5|1,2,3")).toBeUndefined();
    const hidden = byKey(await candidates({ hidden: true }), "application:5|1,2,3");
    expect(hidden).toMatchObject({ hidden: true, decision: { status: "REJECTED" }, changesSinceDecision: [] });
    expect(hidden.decisionHistory.map((d: any) => d.status)).toEqual(["ACCEPTED", "REJECTED"]);
    // The decision does not reach back before the day it was taken.
    expect(byKey(await candidates({ asOf: "2026-06-14" }), "application:5|1,2,3")).toMatchObject({ hidden: false, decision: null });
    // It is audited.
    const audit = ok(await server.gql(`{ auditLog(operation: "recommendationDecide") { totalCount } }`)).auditLog;
    expect(audit.totalCount).toBe(2);

    // Dals-Ed's GIS gets worse: the evidence changed, so the candidate returns and says so.
    const usages = ok(await server.gql(`{ applicationUsages(first: 100) { nodes { id municipality { code } application { name } } } }`)).applicationUsages.nodes;
    const dalsEdGis = usages.find((u: any) => u.municipality.code === "1438" && u.application.name === "Geosecma");
    const update = ok(await server.gql(`mutation($id: ID!) { applicationUsageUpdate(input: { id: $id, functionalFit: 1 }) { userErrors { code } } }`, { id: dalsEdGis.id }));
    expect(update.applicationUsageUpdate.userErrors).toEqual([]);
    const back = byKey(await candidates(), "application:5|1,2,3");
    expect(back).toMatchObject({ hidden: false, decision: { status: "REJECTED" } });
    expect(back.changesSinceDecision).toEqual(["Funktionell passform för Dals-Ed – Geosecma har ändrats från 2 till 1."]);
    expect(back.explanation).toContain("Förslaget avvisat 2026-06-15; underlaget har ändrats sedan dess.");
    // The usage's evidence now carries the date of that change (the audit log).
    const evidence = back.contributions.find((c: any) => c.trigger === "POOR_APPLICATION").evidence[0];
    expect(evidence).toMatchObject({ label: "Dals-Ed – Geosecma", lastChangedOn: "2026-06-15" });

    const history = ok(await server.gql(`{ recommendationDecisions(from: "2026-01-01") { totalCount nodes { status summary decidedBy municipality { code } } } }`)).recommendationDecisions;
    expect(history.totalCount).toBe(2);
    expect(history.nodes[0]).toMatchObject({ status: "ACCEPTED", municipality: { code: "1460" }, summary: gis.summary });
  });
});
