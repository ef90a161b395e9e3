import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/src/access/roles";
import { ok, type TestServer } from "../helpers/server";
import { type Kit, type Municipality, startKit, graphql } from "../kit";
import type { FreezeExceptionRequestInput, FreezeExceptionDecideInput } from "../kit/generated/graphql";

/**
 * Exceptions from change freezes, seen in a candidate's transition window, over data this file builds
 * with the test kit: three municipalities deepening a level-2 GIS collaboration (a level-3 target: 18
 * months' procurement), the first with a New Year freeze.
 */
let kit: Kit;
let server: TestServer;
let b: Municipality;
let d: Municipality;
let GIS: string;
beforeAll(async () => {
  kit = await startKit();
  server = kit.server;
  b = await kit.municipality({ name: "Bengtby" });
  d = await kit.municipality({ name: "Dalby" });
  const participants = [b, d, await kit.municipality({ name: "Fälla" })];
  const application = await kit.application({ name: "Geosecma", category: "GIS" });
  for (const municipality of participants) await kit.usage({ municipality, application });
  await kit.collaboration({ name: "GIS-samverkan", level: 2, participants, application, startedOn: "2010-01-01" });
  await kit.changeFreeze({ municipality: b, name: "Årsskifte", period: { kind: "DAY_MONTH", fromMonthDay: "12-15", toMonthDay: "01-15" } });
  GIS = ok(await server.gql(graphql(`query FreezeExceptionsCollaborationCandidates { collaborationCandidates(first: 100) { nodes { key category } } }`))).collaborationCandidates!.nodes.find(
    (c: any) => c.category === "GIS",
  )!.key;
});
afterAll(async () => kit.close());

const CREATE = graphql(
  `mutation FreezeExceptionsChangeFreezeCreate($input: ChangeFreezeCreateInput!) { changeFreezeCreate(input: $input) { changeFreeze { id announcedOn announcedLate } userErrors { field code } } }`,
);
const REQUEST = graphql(
  `mutation FreezeExceptionsFreezeExceptionRequest($input: FreezeExceptionRequestInput!) { freezeExceptionRequest(input: $input) { freezeException { id kind status fromDate toDate requestedOn requestedBy } userErrors { field code message } } }`,
);
const DECIDE = graphql(
  `mutation FreezeExceptionsFreezeExceptionDecide($input: FreezeExceptionDecideInput!) { freezeExceptionDecide(input: $input) { freezeException { id status decidedOn decisionReason } userErrors { field code message } } }`,
);
const gisWindow = async () =>
  ok(
    await server.gql(graphql(`query FreezeExceptionsCollaborationCandidates2 { collaborationCandidates(first: 100) { nodes { key transitionWindow { start end avoidedFreezes } } } }`)),
  ).collaborationCandidates!.nodes.find((n: any) => n.key === GIS)!.transitionWindow;
const errors = (payload: any) => payload.userErrors.map((e: any) => `${e.field.slice(1).join(".")}:${e.code}`);

describe("exceptions from change freezes (undantag från förändringsstopp)", () => {
  it("a window moves when an exception inside a freeze is approved, and not before", async () => {
    const before = await gisWindow();
    expect(before).toEqual({ start: "2028-01-16", end: "2028-02-12", avoidedFreezes: ["Årsskifte"] });
    const bengtsfors = b.id;
    const editor = await server.token(Role.EDITOR, b.code);
    // Bengtsfors announces a one-off freeze over the GIS window: the window moves after it.
    const freeze = ok(
      await server.gql(CREATE, { input: { municipalityId: bengtsfors, name: "Byte av ekonomisystem", period: { kind: "DATES", fromDate: "2028-01-10", toDate: "2028-02-29" } } }, { token: editor }),
    ).changeFreezeCreate;
    expect(freeze).toMatchObject({ changeFreeze: { announcedOn: "2026-06-15", announcedLate: false }, userErrors: [] });
    const frozen = await gisWindow();
    expect(frozen).toEqual({ start: "2028-03-01", end: "2028-03-28", avoidedFreezes: ["Årsskifte", "Byte av ekonomisystem"] });

    // Refused input: a risk-assessed exception needs its assessment and rollback plan; the period must lie inside the freeze.
    const input: FreezeExceptionRequestInput = { freezeId: freeze!.changeFreeze!.id, kind: "RISK_ASSESSED", fromDate: "2028-01-10", toDate: "2028-02-29", description: "Uppgradering av Geosecma." };
    expect(errors(ok(await server.gql(REQUEST, { input }, { token: editor })).freezeExceptionRequest)).toEqual(["riskAssessment:REQUIRED", "rollbackPlan:REQUIRED"]);
    const outside = ok(await server.gql(REQUEST, { input: { ...input, kind: "STANDARD", toDate: "2028-03-05" } }, { token: editor })).freezeExceptionRequest;
    expect(errors(outside)).toEqual(["fromDate:OUT_OF_RANGE"]);
    expect(outside!.userErrors[0].message).toContain("ligger inte inom förändringsstoppet Byte av ekonomisystem");
    expect((await server.gql(REQUEST, { input: { ...input, kind: "STANDARD" } }, { token: await server.token(Role.EDITOR, d.code) })).errors?.[0].extensions?.code).toBe("FORBIDDEN");

    const requested = ok(
      await server.gql(REQUEST, { input: { ...input, riskAssessment: "Låg risk: testad i testmiljö.", rollbackPlan: "Återställ från ögonblicksbild inom en timme." } }, { token: editor }),
    ).freezeExceptionRequest;
    expect(requested!.userErrors).toEqual([]);
    expect(requested!.freezeException).toMatchObject({ kind: "RISK_ASSESSED", status: "REQUESTED", requestedOn: "2026-06-15" });
    // Requested is not approved: the window stays where the freeze put it.
    expect(await gisWindow()).toEqual(frozen);

    // Only admins decide.
    const decide: FreezeExceptionDecideInput = { id: requested!.freezeException!.id, status: "APPROVED", reason: "Riskbedömningen godtas av IT-chefsgruppen." };
    expect((await server.gql(DECIDE, { input: decide }, { token: editor })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const approved = ok(await server.gql(DECIDE, { input: decide })).freezeExceptionDecide;
    expect(approved!.freezeException).toMatchObject({ status: "APPROVED", decidedOn: "2026-06-15", decisionReason: decide.reason });
    expect(await gisWindow()).toEqual(before);
    // Decided once; audited.
    expect(ok(await server.gql(DECIDE, { input: { ...decide, status: "REFUSED" } })).freezeExceptionDecide!.userErrors.map((e: any) => e.code)).toEqual(["CONFLICT"]);
    const audit = ok(
      await server.gql(graphql(`query FreezeExceptionsAuditLog($id: ID!) { auditLog(objectId: $id) { nodes { operation } } }`), { id: requested!.freezeException!.id }),
    ).auditLog!.nodes.map((n: any) => n.operation);
    expect(audit).toEqual(["freezeExceptionRequest", "freezeExceptionDecide"]);
    // Asked for a date before the approval, the window is as it was then.
    const past = ok(
      await server.gql(graphql(`query FreezeExceptionsCollaborationCandidates3 { collaborationCandidates(first: 100, asOf: "2026-06-14") { nodes { key transitionWindow { start } } } }`)),
    ).collaborationCandidates!.nodes.find((n: any) => n.key === GIS);
    expect(past!.transitionWindow.start).toBe("2028-03-01");

    const listed = ok(
      await server.gql(
        graphql(`query FreezeExceptionsNode($id: ID!) { node(id: $id) { ... on ChangeFreeze { exceptions { status kind rollbackPlan } } } freezeExceptions(status: APPROVED) { totalCount } }`),
        {
          id: freeze!.changeFreeze!.id,
        },
      ),
    );
    expect(listed.node!.exceptions).toEqual([{ status: "APPROVED", kind: "RISK_ASSESSED", rollbackPlan: "Återställ från ögonblicksbild inom en timme." }]);
    expect(listed.freezeExceptions!.totalCount).toBe(1);
  });

  it("a refused exception opens nothing; a one-off freeze announced less than six weeks ahead is flagged", async () => {
    const dalsEd = d.id;
    const late = ok(
      await server.gql(CREATE, { input: { municipalityId: dalsEd, name: "Flytt av serverhall", period: { kind: "DATES", fromDate: "2026-07-20", toDate: "2026-07-31" } } }),
    ).changeFreezeCreate;
    expect(late!.changeFreeze).toMatchObject({ announcedOn: "2026-06-15", announcedLate: true });
    // Of all the freezes, only this one is flagged: a recurring freeze never is, and the first test's one-off was announced in time.
    const freezes = ok(await server.gql(graphql(`query FreezeExceptionsChangeFreezes { changeFreezes(first: 100) { nodes { name announcedLate } } }`))).changeFreezes!.nodes;
    expect(freezes.filter((f: any) => f.announcedLate).map((f: any) => f.name)).toEqual(["Flytt av serverhall"]);

    const requested = ok(
      await server.gql(REQUEST, { input: { freezeId: late!.changeFreeze!.id, kind: "EMERGENCY", fromDate: "2026-07-21", toDate: "2026-07-21", description: "Akut säkerhetsuppdatering." } }),
    ).freezeExceptionRequest;
    const refused = ok(await server.gql(DECIDE, { input: { id: requested!.freezeException!.id, status: "REFUSED", reason: "Kan vänta till augusti." } })).freezeExceptionDecide;
    expect(refused!.freezeException!.status).toBe("REFUSED");
    const rows = await server.db.query("SELECT status FROM freeze_exception WHERE freeze_id = (SELECT MAX(id) FROM change_freeze)");
    expect(rows).toEqual([{ status: "REFUSED" }]);
  });
});
