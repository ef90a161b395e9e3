/**
 * Collaboration candidates (samverkanskandidater) and recommendationDecide over data this file builds
 * with the test kit: three municipalities in one county with a care category whose products differ
 * (one poor, with an expiring support agreement), a level-5 library collaboration one of them would
 * join, and a level-2 GIS collaboration to deepen.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/src/access/roles";
import { type Agreement, type Application, type Collaboration, type Kit, type Municipality, startKit, graphql } from "../kit";
import { ok } from "../helpers/server";

const CANDIDATES = graphql(`query CandidatesCollaborationCandidates($asOf: LocalDate, $m: ID, $hidden: Boolean) {
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
  } }`);

const DECIDE = graphql(
  `mutation CandidatesRecommendationDecide($input: RecommendationDecideInput!) { recommendationDecide(input: $input) { decision { status reason decidedOn decidedBy candidateKey participants { code } } userErrors { field code message } } }`,
);

let kit: Kit;
let a: Municipality;
let b: Municipality;
let c: Municipality;
let careAlfa: Application;
let careBeta: Application;
let library: Application;
let maps: Application;
let libraryCollaboration: Collaboration;
let gisCollaboration: Collaboration;
let support: Agreement;
/** The usage of the GIS product by `b` (made worse in the last test). */
let bMaps: { id: string };

beforeAll(async () => {
  kit = await startKit();
  a = await kit.municipality({ name: "Alby", population: 10_000 });
  b = await kit.municipality({ name: "Bro", population: 20_000 });
  c = await kit.municipality({ name: "Cedertorp", population: 30_000 });
  // Care: Alby and Bro run Omsorg Alfa with a poor fit, Cedertorp runs Omsorg Beta well.
  careAlfa = await kit.application({ name: "Omsorg Alfa", category: "CARE" });
  careBeta = await kit.application({ name: "Omsorg Beta", category: "CARE" });
  await kit.usage({ municipality: a, application: careAlfa, functionalFit: 2, technicalFit: 2, annualCostSek: 100_000 });
  await kit.usage({ municipality: b, application: careAlfa, functionalFit: 2, technicalFit: 2, annualCostSek: 200_000 });
  await kit.usage({ municipality: c, application: careBeta, functionalFit: 4, technicalFit: 3, users: 400, annualCostSek: 300_000 });
  support = await kit.agreement({ name: "Supportavtal Omsorg Alfa Alby", parties: [a], starts: "2023-07-01", ends: "2026-06-30", more: { applicationIds: [careAlfa.id] } });
  await kit.changeFreeze({ municipality: a, name: "Årsskifte", period: { kind: "DAY_MONTH", fromMonthDay: "12-15", toMonthDay: "01-15" } });
  // Library: Alby and Bro share one at level 5 since 2018; Cedertorp runs the same product outside it since 2024.
  library = await kit.application({ name: "Bibliotek", category: "LIBRARY" });
  libraryCollaboration = await kit.collaboration({ name: "Gemensamt bibliotekssystem", level: 5, participants: [a, b], application: library, startedOn: "2018-01-01" });
  for (const m of [a, b]) await kit.usage({ municipality: m, application: library });
  await kit.usage({ municipality: c, application: library, since: "2024-01-01" });
  // GIS: Alby and Bro coordinate (level 2) and both run Kartor.
  maps = await kit.application({ name: "Kartor", category: "GIS" });
  gisCollaboration = await kit.collaboration({ name: "GIS-samverkan", level: 2, participants: [a, b], application: maps, startedOn: "2021-01-01" });
  await kit.usage({ municipality: a, application: maps });
  bMaps = await kit.usage({ municipality: b, application: maps });
});
afterAll(async () => kit.close());

const candidates = async (variables: Record<string, unknown> = {}, token?: string) => ok(await kit.server.gql(CANDIDATES, variables, { token })).collaborationCandidates;
const care = (list: any) => list.nodes.find((n: any) => n.category === "CARE");
const libraryCandidate = (list: any) => list.nodes.find((n: any) => n.category === "LIBRARY");
const gis = (list: any) => list.nodes.find((n: any) => n.category === "GIS");

describe("collaborationCandidates (2026-06-15)", () => {
  it("finds the candidates in a sensible order, with evidence and Swedish explanations", async () => {
    const list = await candidates();
    expect(list!.totalCount).toBe(3);
    expect(list!.nodes.map((n: any) => n.category)).toEqual(["CARE", "LIBRARY", "GIS"]);
    const scores = list!.nodes.map((n: any) => n.score);
    expect([...scores].sort((x, y) => y - x)).toEqual(scores);
    expect(new Set(list!.nodes.map((n: any) => n.key)).size).toBe(3);

    // Care: two run a poorly fitting product whose support agreement ends; propose the better one.
    const careCandidate = care(list);
    expect(careCandidate).toMatchObject({
      kind: "CATEGORY",
      participants: [{ code: a.code }, { code: b.code }, { code: c.code }],
      proposedApplication: { name: "Omsorg Beta" },
      currentLevel: null,
      targetLevel: { ordinal: 3, name: "Gemensam drift" },
      drivingAgreement: { name: support.name },
    });
    expect(careCandidate.summary).toBe(
      "Alby, Bro och Cedertorp använder olika produkter för vård och omsorg: Omsorg Alfa (Alby och Bro), Omsorg Beta (Cedertorp); beslutsdatum för avtalet Supportavtal Omsorg Alfa Alby för Alby passerade 2025-06-30; uppsägning kan ges till och med 2026-06-30.",
    );
    expect(careCandidate.contributions.map((x: any) => x.trigger)).toEqual(["AGREEMENT_EXPIRING", "POOR_APPLICATION", "COMPETENCE_RISK", "SAME_APPLICATION"]);
    // Full weight for the agreement (its decision date has passed), two of three with a poor fit, nobody
    // registered with competence on the products (risk 85 of 100), two running one product of the five for full strength.
    expect(careCandidate.contributions.map((x: any) => x.points)).toEqual([30, 17, 17, 10]);
    expect(careCandidate.score).toBe(74);
    expect(careCandidate.contributions[2].explanation).toBe("Alby – Omsorg Alfa, Bro – Omsorg Alfa och Cedertorp – Omsorg Beta har hög kompetensrisk (85 poäng).");
    expect(careCandidate.proposalReason).toContain("Förslaget är Omsorg Beta, som har bäst passform (3,5 av 4) och 400 användare.");
    const agreementEvidence = careCandidate.contributions[0].evidence[0];
    expect(agreementEvidence).toMatchObject({ objectType: "Agreement", label: support.name, object: { id: support.id } });
    expect(agreementEvidence.object.id).toBe(agreementEvidence.objectId);
    const poor = careCandidate.contributions[1];
    expect(poor.explanation).toBe("Omsorg Alfa har låg passform i Alby och Bro (funktionell 2 av 4, teknisk 2 av 4).");
    expect(poor.evidence.map((e: any) => e.label)).toEqual(["Alby – Omsorg Alfa", "Bro – Omsorg Alfa"]);
    // Combined cost of the three usages, split exactly by population (10 000, 20 000 and 30 000).
    expect(careCandidate.combinedAnnualCostSek).toBe(600_000);
    expect(careCandidate.costSplit).toEqual([
      { municipality: { code: a.code }, population: 10_000, amountOre: 10_000_000 },
      { municipality: { code: b.code }, population: 20_000, amountOre: 20_000_000 },
      { municipality: { code: c.code }, population: 30_000, amountOre: 30_000_000 },
    ]);
    // Level 3 means an 18-month procurement; the window avoids Alby's New Year freeze.
    expect(careCandidate.transitionWindow).toEqual({
      decisionOn: "2026-06-15",
      procurementLeadTimeMonths: 18,
      earliestStart: "2027-12-15",
      start: "2028-01-16",
      end: "2028-02-12",
      avoidedFreezes: ["Årsskifte"],
    });
    expect(careCandidate.explanation).toContain("Föreslaget övergångsfönster: 2028-01-16–2028-02-12, efter beslut den 2026-06-15 och 18 månaders upphandling, utanför förändringsstoppen Årsskifte.");

    // Cedertorp runs the library product outside the level-5 collaboration: it would join.
    expect(libraryCandidate(list)).toMatchObject({
      kind: "COLLABORATION",
      collaboration: { name: libraryCollaboration.name },
      joiningMunicipalities: [{ code: c.code }],
      currentLevel: { ordinal: 5 },
      targetLevel: { ordinal: 5 },
    });
    expect(libraryCandidate(list).targetLevelReason).toBe("Cedertorp ansluter till Gemensamt bibliotekssystem på dess nuvarande nivå 5 Gemensam lösning och information.");

    // GIS: two municipalities inside a level-2 collaboration: deepen to level 3.
    const gisCandidate = gis(list);
    expect(gisCandidate.summary).toBe("Alby och Bro använder redan Kartor, i dag inom GIS-samverkan på nivå 2 Samordning.");
    expect(gisCandidate).toMatchObject({ kind: "APPLICATION", collaboration: { name: gisCollaboration.name }, currentLevel: { ordinal: 2 }, targetLevel: { ordinal: 3 }, drivingDeadline: null });
  });

  it("filters by municipality; a candidate keeps its id across evaluations", async () => {
    expect((await candidates({ m: a.id }))!.totalCount).toBe(3);
    const cedertorp = await candidates({ m: c.id });
    expect(cedertorp!.nodes.map((n: any) => n.category)).toEqual(["CARE", "LIBRARY"]);
    expect(cedertorp!.nodes.every((n: any) => n.participants.some((p: any) => p.code === c.code))).toBe(true);
    expect((await candidates())!.nodes.map((n: any) => n.id)).toEqual((await candidates())!.nodes.map((n: any) => n.id));
  });

  it("a past asOf gives the candidates of that date", async () => {
    const past = await candidates({ asOf: "2023-01-01" });
    // Cedertorp ran no library product before 2024: nobody would join the collaboration.
    expect(libraryCandidate(past)).toMatchObject({ participants: [{ code: a.code }, { code: b.code }], joiningMunicipalities: [] });
    expect(libraryCandidate(past).contributions.map((x: any) => x.trigger)).toEqual(["COMPETENCE_RISK"]);
    // The support agreement began in July 2023: no deadline then.
    expect(care(past).contributions.map((x: any) => x.trigger)).toEqual(["POOR_APPLICATION", "COMPETENCE_RISK", "SAME_APPLICATION"]);
    expect(care(past).drivingAgreement).toBeNull();
    // Before the GIS collaboration began (2021), the pair ran Kartor (since 2020) on their own.
    expect(gis(await candidates({ asOf: "2020-06-01" }))).toMatchObject({ currentLevel: null, collaboration: null, targetLevel: { ordinal: 3 } });
  });

  it("readers see candidates but may not decide; the viewerCanDecide flag follows the participants", async () => {
    const reader = await kit.server.token(Role.READER);
    const list = await candidates({}, reader);
    expect(list!.totalCount).toBe(3);
    expect(list!.nodes.every((n: any) => n.viewerCanDecide === false)).toBe(true);
    const response = await kit.server.gql(DECIDE, { input: { candidateId: list!.nodes[0].id, status: "ACCEPTED", reason: "Bra" } }, { token: reader });
    expect(response.errors?.[0].extensions?.code).toBe("FORBIDDEN");

    const cedertorp = await kit.server.token(Role.EDITOR, c.code);
    const editorView = await candidates({}, cedertorp);
    expect(gis(editorView).viewerCanDecide).toBe(false);
    expect(care(editorView).viewerCanDecide).toBe(true);
  });
});

describe("recommendationDecide", () => {
  it("editors decide only candidates their municipality takes part in; input is validated and nothing changes on errors", async () => {
    const gisCandidate = gis(await candidates());
    const cedertorp = await kit.server.token(Role.EDITOR, c.code);
    expect((await kit.server.gql(DECIDE, { input: { candidateId: gisCandidate.id, status: "REJECTED", reason: "Nej" } }, { token: cedertorp })).errors?.[0].extensions?.code).toBe("FORBIDDEN");

    const alby = await kit.server.token(Role.EDITOR, a.code);
    const bad = ok(await kit.server.gql(DECIDE, { input: { candidateId: gisCandidate.id, status: "DEFERRED", reason: " " } }, { token: alby })).recommendationDecide;
    expect(bad!.decision).toBeNull();
    expect(bad!.userErrors.map((e: any) => [e.field.join("."), e.code])).toEqual([
      ["input.reason", "REQUIRED"],
      ["input.deferredUntil", "REQUIRED"],
    ]);
    const past = ok(await kit.server.gql(DECIDE, { input: { candidateId: gisCandidate.id, status: "DEFERRED", reason: "Senare", deferredUntil: "2026-06-15" } }, { token: alby })).recommendationDecide;
    expect(past!.userErrors.map((e: any) => e.code)).toEqual(["OUT_OF_RANGE"]);
    const unknown = ok(await kit.server.gql(DECIDE, { input: { candidateId: "bm9wZQ", status: "ACCEPTED", reason: "Ja" } })).recommendationDecide;
    expect(unknown!.userErrors.map((e: any) => e.code)).toEqual(["NOT_FOUND"]);
    expect(ok(await kit.server.gql(graphql(`query CandidatesRecommendationDecisions { recommendationDecisions { totalCount } }`))).recommendationDecisions!.totalCount).toBe(0);
  });

  it("a decision persists with its history; a rejected candidate is hidden until its evidence changes, then returns saying what changed", async () => {
    const alby = await kit.server.token(Role.EDITOR, a.code);
    const gisCandidate = gis(await candidates());
    const accepted = ok(await kit.server.gql(DECIDE, { input: { candidateId: gisCandidate.id, status: "ACCEPTED", reason: "Utred gemensam drift." } }, { token: alby })).recommendationDecide;
    expect(accepted!.userErrors).toEqual([]);
    expect(accepted!.decision).toMatchObject({ status: "ACCEPTED", decidedOn: "2026-06-15", candidateKey: gisCandidate.key, participants: [{ code: a.code }, { code: b.code }] });
    expect(gis(await candidates()).decision).toMatchObject({ status: "ACCEPTED", reason: "Utred gemensam drift." });

    const rejected = ok(await kit.server.gql(DECIDE, { input: { candidateId: gisCandidate.id, status: "REJECTED", reason: "GIS räcker på samordningsnivå." } })).recommendationDecide;
    expect(rejected!.userErrors).toEqual([]);
    expect(gis(await candidates())).toBeUndefined();
    const hidden = gis(await candidates({ hidden: true }));
    expect(hidden).toMatchObject({ key: gisCandidate.key, hidden: true, decision: { status: "REJECTED" }, changesSinceDecision: [] });
    expect(hidden.decisionHistory.map((d: any) => d.status)).toEqual(["ACCEPTED", "REJECTED"]);
    // The decision does not reach back before the day it was taken.
    expect(gis(await candidates({ asOf: "2026-06-14" }))).toMatchObject({ hidden: false, decision: null });
    // It is audited.
    expect(ok(await kit.server.gql(graphql(`query CandidatesAuditLog { auditLog(operation: "recommendationDecide") { totalCount } }`))).auditLog!.totalCount).toBe(2);

    expect(hidden.contributions.map((x: any) => x.trigger)).not.toContain("POOR_APPLICATION");
    // Bro's Kartor gets worse: the evidence changed, so the candidate returns and says so.
    const update = ok(
      await kit.server.gql(graphql(`mutation CandidatesApplicationUsageUpdate($id: ID!) { applicationUsageUpdate(input: { id: $id, functionalFit: 1 }) { userErrors { code } } }`), { id: bMaps.id }),
    );
    expect(update.applicationUsageUpdate!.userErrors).toEqual([]);
    const back = gis(await candidates());
    expect(back).toMatchObject({ key: gisCandidate.key, hidden: false, decision: { status: "REJECTED" } });
    expect(back.changesSinceDecision).toEqual(["Funktionell passform för Bro – Kartor har ändrats från 3 till 1."]);
    expect(back.explanation).toContain("Förslaget avvisat 2026-06-15; underlaget har ändrats sedan dess.");
    const evidence = back.contributions.find((x: any) => x.trigger === "POOR_APPLICATION").evidence[0];
    expect(evidence).toMatchObject({ label: "Bro – Kartor", lastChangedOn: "2026-06-15" });
    expect(evidence.detail).toContain("funktionell passform 1");

    const history = ok(
      await kit.server.gql(graphql(`query CandidatesRecommendationDecisions2 { recommendationDecisions(from: "2026-01-01") { totalCount nodes { status summary decidedBy municipality { code } } } }`)),
    ).recommendationDecisions;
    expect(history!.totalCount).toBe(2);
    expect(history!.nodes[0]).toMatchObject({ status: "ACCEPTED", municipality: { code: a.code }, summary: gisCandidate.summary });
  });
});
