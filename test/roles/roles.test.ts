/**
 * Roles (roller): dated assignments of people on usages, collaborations and IT units, their history,
 * who sees contact details, roleAssign and roleEnd, over data this file builds with the test kit.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/src/access/roles";
import { ok } from "../helpers/server";
import { type Collaboration, type ItUnit, type Kit, type Municipality, type Person, startKit, graphql } from "../kit";
import type { RoleAssignInput } from "../kit/generated/graphql";

let kit: Kit;
/** Bengtby and Dalby share finance and a helpdesk; Säby joins them in telephony only. */
let b: Municipality;
let d: Municipality;
let s: Municipality;
let finance: Collaboration;
let telephony: Collaboration;
let bUnit: ItUnit;
let dUnit: ItUnit;
let sUnit: ItUnit;
let dCare: { id: string };
let dBuilding: { id: string };
let dMaps: { id: string };
const person: Record<string, Person> = {};

beforeAll(async () => {
  kit = await startKit();
  b = await kit.municipality({ name: "Bengtby" });
  d = await kit.municipality({ name: "Dalby" });
  s = await kit.municipality({ name: "Säby" });
  finance = await kit.collaboration({ name: "Gemensamt ekonomisystem", level: 4, participants: [b, d], startedOn: "2005-01-01" });
  const helpdesk = await kit.collaboration({ name: "Gemensam helpdesk", level: 3, participants: [b, d], startedOn: "2007-01-01" });
  telephony = await kit.collaboration({ name: "Gemensam telefoni", level: 4, participants: [b, d, s], startedOn: "2005-01-01" });
  bUnit = await kit.itUnit({ municipality: b, name: "IT-enheten Bengtby" });
  dUnit = await kit.itUnit({ municipality: d, name: "IT-enheten Dalby" });
  sUnit = await kit.itUnit({ municipality: s, name: "IT-enheten Säby" });
  dCare = await kit.usage({ municipality: d, application: await kit.application({ name: "Procapita VoO", category: "CARE" }) });
  dBuilding = await kit.usage({ municipality: d, application: await kit.application({ name: "ByggR", category: "BUILDING_PERMITS" }) });
  dMaps = await kit.usage({ municipality: d, application: await kit.application({ name: "W3D3", category: "RECORDS" }) });
  const people: [string, Municipality, { email?: string; phone?: string }?][] = [
    ["Lars Nyström", b, { email: "lars.nystrom@bengtby.example", phone: "0531-100 00" }],
    ["Eva Sandberg", b],
    ["Anders Berg", b],
    ["Bo Karlsson", b],
    ["Kerstin Wiik", d],
    ["Oskar Wallin", d],
    ["Johan Persson", d],
    ["Annika Borg", d],
    ["Eva Holmgren", d],
    ["Nils Hedlund", s],
    ["Camilla Fors", s],
  ];
  for (const [name, municipality, contact] of people) person[name] = await kit.person({ municipality, name, ...contact });
  await kit.role({ kind: "SYSTEMAGARE", person: person["Lars Nyström"], collaboration: finance, from: "2008-01-01" });
  await kit.role({ kind: "SYSTEMANSVARIG", person: person["Eva Sandberg"], collaboration: finance, from: "2010-01-01" });
  await kit.role({ kind: "SYSTEMFORVALTARE", person: person["Kerstin Wiik"], collaboration: finance, from: "2012-01-01" });
  await kit.role({ kind: "IT_CHEF", person: person["Bo Karlsson"], itUnit: bUnit, from: "2010-01-01", to: "2018-12-31" });
  await kit.role({ kind: "IT_CHEF", person: person["Anders Berg"], itUnit: bUnit, from: "2019-01-01" });
  await kit.role({ kind: "SYSTEMANSVARIG", person: person["Oskar Wallin"], collaboration: helpdesk, from: "2016-01-01" });
  await kit.role({ kind: "SYSTEMTEKNIKER", person: person["Oskar Wallin"], collaboration: telephony, from: "2016-01-01" });
  await kit.role({ kind: "SYSTEMADMINISTRATOR", person: person["Johan Persson"], usage: dCare, from: "2010-01-01", to: "2014-12-31" });
  await kit.role({ kind: "SYSTEMAGARE", person: person["Annika Borg"], usage: dCare, from: "2015-01-01" });
  await kit.role({ kind: "SYSTEMANSVARIG", person: person["Johan Persson"], usage: dCare, from: "2015-01-01" });
});
afterAll(async () => kit.close());

const ASSIGN = graphql(
  `mutation RolesRoleAssign($input: RoleAssignInput!) { roleAssign(input: $input) { userErrors { field code } roleAssignment { id kind fromDate toDate person { name } collaboration { name } applicationUsage { id } itUnit { name } } } }`,
);
const END = graphql(`mutation RolesRoleEnd($input: RoleEndInput!) { roleEnd(input: $input) { userErrors { field code } roleAssignment { id toDate } } }`);
const errors = (payload: any) => payload.userErrors.map((e: any) => `${e.field ? e.field.slice(1).join(".") : "-"}:${e.code}`);
const roleCount = async () => ok(await kit.server.gql(graphql(`query RolesRoleAssignments { roleAssignments(includeEnded: true) { totalCount } }`))).roleAssignments!.totalCount;

describe("roles", () => {
  it("shows a shared system's roles on its collaboration", async () => {
    const roles = ok(await kit.server.gql(graphql(`query RolesNode($id: ID!) { node(id: $id) { ... on Collaboration { roles { kind fromDate toDate person { name } } } } }`), { id: finance.id })).node!
      .roles;
    expect(roles.map((r: any) => `${r.kind}:${r.person.name}`)).toEqual(["SYSTEMAGARE:Lars Nyström", "SYSTEMANSVARIG:Eva Sandberg", "SYSTEMFORVALTARE:Kerstin Wiik"]);
  });

  it("keeps dated history: an IT unit's chief on any date", async () => {
    const query = graphql(
      `query RolesNode2($id: ID!, $asOf: LocalDate, $all: Boolean!) { node(id: $id) { ... on ItUnit { roles(kind: IT_CHEF, asOf: $asOf, includeEnded: $all) { fromDate toDate person { name } } } } }`,
    );
    const on = async (asOf: string | null, all = false) => ok(await kit.server.gql(query, { id: bUnit.id, asOf, all })).node!.roles.map((r: any) => r.person.name);
    expect(await on(null)).toEqual(["Anders Berg"]);
    expect(await on("2015-01-01")).toEqual(["Bo Karlsson"]);
    expect(await on(null, true)).toEqual(["Bo Karlsson", "Anders Berg"]);
  });

  it("lists a person's and a usage's roles, and every systemägare", async () => {
    const oskar = ok(
      await kit.server.gql(graphql(`query RolesNode3($id: ID!) { node(id: $id) { ... on Person { roleAssignments { kind collaboration { name } } } } }`), { id: person["Oskar Wallin"].id }),
    ).node;
    expect(oskar!.roleAssignments.map((r: any) => `${r.kind}:${r.collaboration.name}`).sort()).toEqual(["SYSTEMANSVARIG:Gemensam helpdesk", "SYSTEMTEKNIKER:Gemensam telefoni"]);
    const usage = ok(
      await kit.server.gql(graphql(`query RolesNode4($id: ID!) { node(id: $id) { ... on ApplicationUsage { roles(includeEnded: true) { kind toDate person { name } } } } }`), { id: dCare.id }),
    ).node;
    expect(usage!.roles.map((r: any) => `${r.kind}:${r.person.name}:${r.toDate}`)).toEqual([
      "SYSTEMADMINISTRATOR:Johan Persson:2014-12-31",
      "SYSTEMAGARE:Annika Borg:null",
      "SYSTEMANSVARIG:Johan Persson:null",
    ]);
    const owners = ok(await kit.server.gql(graphql(`query RolesRoleAssignments2 { roleAssignments(kind: SYSTEMAGARE, first: 100) { totalCount } }`))).roleAssignments!.totalCount;
    expect(owners).toBe(2);
  });

  it("shows contact details only to admins and the person's own municipality", async () => {
    const query = graphql(`query RolesNode5($id: ID!) { node(id: $id) { ... on Collaboration { roles(kind: SYSTEMAGARE) { person { name email phone viewerCanSeeContactDetails } } } } }`);
    const owner = async (token?: string) => ok(await kit.server.gql(query, { id: finance.id }, token === undefined ? {} : { token })).node!.roles[0].person;
    expect(await owner()).toMatchObject({ name: "Lars Nyström", email: "lars.nystrom@bengtby.example", viewerCanSeeContactDetails: true });
    expect(await owner(await kit.server.token(Role.EDITOR, b.code))).toMatchObject({ email: "lars.nystrom@bengtby.example", viewerCanSeeContactDetails: true });
    expect(await owner(await kit.server.token(Role.EDITOR, d.code))).toEqual({ name: "Lars Nyström", email: null, phone: null, viewerCanSeeContactDetails: false });
    expect(await owner(await kit.server.token(Role.READER))).toMatchObject({ email: null, viewerCanSeeContactDetails: false });
  });
});

describe("roleAssign", () => {
  it("gives a role on a usage, collaboration or IT unit", async () => {
    const dalsEd = await kit.server.token(Role.EDITOR, d.code);
    const usage = dBuilding.id;
    const result = ok(
      await kit.server.gql(
        ASSIGN,
        { input: { kind: "SYSTEMAGARE", personId: person["Eva Holmgren"].id, applicationUsageId: usage, fromDate: "2026-06-01", correctionReason: "Utsågs den 1 juni" } },
        { token: dalsEd },
      ),
    ).roleAssign;
    expect(result!.userErrors).toEqual([]);
    expect(result!.roleAssignment).toMatchObject({ kind: "SYSTEMAGARE", fromDate: "2026-06-01", toDate: null, person: { name: "Eva Holmgren" }, applicationUsage: { id: usage }, collaboration: null });
    // Säby takes part in the telephony collaboration only, and holds its own IT unit.
    const saffle = await kit.server.token(Role.EDITOR, s.code);
    const shared = ok(await kit.server.gql(ASSIGN, { input: { kind: "SYSTEMTEKNIKER", personId: person["Nils Hedlund"].id, collaborationId: telephony.id } }, { token: saffle })).roleAssign;
    expect(shared!.roleAssignment).toMatchObject({ fromDate: "2026-06-15", collaboration: { name: telephony.name } });
    const unit = ok(await kit.server.gql(ASSIGN, { input: { kind: "IT_CHEFSGRUPPEN", personId: person["Camilla Fors"].id, itUnitId: sUnit.id } }, { token: saffle })).roleAssign;
    expect(unit!.roleAssignment).toMatchObject({ kind: "IT_CHEFSGRUPPEN", itUnit: { name: sUnit.name } });
  });

  it("refuses invalid assignments with userErrors and changes nothing", async () => {
    const before = await roleCount();
    const cases: [RoleAssignInput, string[]][] = [
      [{ kind: "SYSTEMANSVARIG", personId: person["Eva Sandberg"].id }, ["-:INVALID"]],
      [{ kind: "SYSTEMANSVARIG", personId: person["Eva Sandberg"].id, collaborationId: finance.id, itUnitId: bUnit.id }, ["-:INVALID"]],
      [{ kind: "IT_CHEF", personId: person["Eva Sandberg"].id, collaborationId: finance.id }, ["kind:INVALID"]],
      [{ kind: "SYSTEMFORVALTARE", personId: "bm9wZToxMjM", collaborationId: finance.id }, ["personId:NOT_FOUND"]],
      [
        { kind: "SYSTEMFORVALTARE", personId: person["Eva Sandberg"].id, collaborationId: finance.id, fromDate: "2026-01-01", toDate: "2025-12-31", correctionReason: "rättelse" },
        ["toDate:DATE_ORDER"],
      ],
      [{ kind: "SYSTEMANSVARIG", personId: person["Eva Sandberg"].id, collaborationId: finance.id, fromDate: "2020-01-01", correctionReason: "rättelse" }, ["personId:DUPLICATE"]],
      [{ kind: "SYSTEMAGARE", personId: person["Anders Berg"].id, collaborationId: finance.id }, ["kind:CONFLICT"]],
      [{ kind: "IT_CHEF", personId: person["Eva Sandberg"].id, itUnitId: bUnit.id, fromDate: "2019-01-01", toDate: "2019-12-31", correctionReason: "rättelse" }, ["kind:CONFLICT"]],
    ];
    for (const [input, expected] of cases) {
      const payload = ok(await kit.server.gql(ASSIGN, { input })).roleAssign;
      expect(errors(payload), JSON.stringify(input)).toEqual(expected);
      expect(payload!.roleAssignment).toBeNull();
    }
    expect(await roleCount()).toBe(before);
  });

  it("lets editors assign only on their own municipality's usages and IT units and on shared systems they take part in", async () => {
    const before = await roleCount();
    const bengtsfors = await kit.server.token(Role.EDITOR, b.code);
    const forbidden = async (input: RoleAssignInput) => (await kit.server.gql(ASSIGN, { input }, { token: bengtsfors })).errors?.[0].extensions?.code;
    expect(await forbidden({ kind: "SYSTEMAGARE", personId: person["Eva Holmgren"].id, applicationUsageId: dMaps.id })).toBe("FORBIDDEN");
    expect(await forbidden({ kind: "IT_CHEF", personId: person["Anders Berg"].id, itUnitId: dUnit.id })).toBe("FORBIDDEN");
    const saffle = await kit.server.token(Role.EDITOR, s.code);
    expect(
      (await kit.server.gql(ASSIGN, { input: { kind: "SYSTEMFORVALTARE", personId: person["Nils Hedlund"].id, collaborationId: finance.id } }, { token: saffle })).errors?.[0].extensions?.code,
    ).toBe("FORBIDDEN");
    expect(await roleCount()).toBe(before);
  });
});

describe("roleEnd", () => {
  it("ends an assignment on a date and keeps it as history; a successor may follow", async () => {
    const bengtsfors = await kit.server.token(Role.EDITOR, b.code);
    const query = graphql(`query RolesNode6($id: ID!, $asOf: LocalDate) { node(id: $id) { ... on Collaboration { roles(kind: SYSTEMAGARE, asOf: $asOf) { id person { name } } } } }`);
    const owner = (await ok(await kit.server.gql(query, { id: finance.id })).node!.roles)[0];
    expect(errors(ok(await kit.server.gql(END, { input: { id: owner.id, toDate: "2007-12-31", correctionReason: "rättelse" } }, { token: bengtsfors })).roleEnd)).toEqual(["toDate:DATE_ORDER"]);
    expect((await kit.server.gql(END, { input: { id: owner.id } }, { token: await kit.server.token(Role.EDITOR, s.code) })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const ended = ok(await kit.server.gql(END, { input: { id: owner.id, toDate: "2026-06-30" } }, { token: bengtsfors })).roleEnd;
    expect(ended).toEqual({ userErrors: [], roleAssignment: { id: owner.id, toDate: "2026-06-30" } });
    expect(errors(ok(await kit.server.gql(END, { input: { id: owner.id } }, { token: bengtsfors })).roleEnd)).toEqual(["id:CONFLICT"]);

    const successor = ok(
      await kit.server.gql(ASSIGN, { input: { kind: "SYSTEMAGARE", personId: person["Anders Berg"].id, collaborationId: finance.id, fromDate: "2026-07-01" } }, { token: bengtsfors }),
    );
    expect(successor.roleAssign!.userErrors).toEqual([]);
    const holder = async (asOf: string) => ok(await kit.server.gql(query, { id: finance.id, asOf })).node!.roles.map((r: any) => r.person.name);
    expect(await holder("2026-06-30")).toEqual(["Lars Nyström"]);
    expect(await holder("2026-07-01")).toEqual(["Anders Berg"]);
  });
});
