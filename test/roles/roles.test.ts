import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/src/access/roles";
import { ok, startServer, type TestServer } from "../helpers/server";

let server: TestServer;
let collaboration: Record<string, string>;
let person: Record<string, string>;
let itUnit: Record<string, string>;
beforeAll(async () => {
  server = await startServer();
  const byName = (nodes: { id: string; name: string }[]) => Object.fromEntries(nodes.map((n) => [n.name, n.id]));
  collaboration = byName(ok(await server.gql(`{ collaborations(first: 100) { nodes { id name } } }`)).collaborations.nodes);
  person = byName(ok(await server.gql(`{ people(first: 100) { nodes { id name } } }`)).people.nodes);
  itUnit = byName(ok(await server.gql(`{ municipalities(first: 20) { nodes { itUnits { id name } } } }`)).municipalities.nodes.flatMap((m: any) => m.itUnits));
});
afterAll(async () => server.close());

const FINANCE = "Gemensamt ekonomisystem";
const TELEPHONY = "Gemensam telefoni Dalsland–Säffle–Årjäng";

async function usageId(code: string, application: string): Promise<string> {
  const usages = ok(await server.gql(`query($code: String!) { municipality(code: $code) { applicationUsages { id application { name } } } }`, { code })).municipality.applicationUsages;
  return usages.find((u: any) => u.application.name === application).id;
}

const ASSIGN = `mutation($input: RoleAssignInput!) { roleAssign(input: $input) { userErrors { field code } roleAssignment { id kind fromDate toDate person { name } collaboration { name } applicationUsage { id } itUnit { name } } } }`;
const END = `mutation($input: RoleEndInput!) { roleEnd(input: $input) { userErrors { field code } roleAssignment { id toDate } } }`;
const errors = (payload: any) => payload.userErrors.map((e: any) => `${e.field ? e.field.slice(1).join(".") : "-"}:${e.code}`);
const roleCount = async () => ok(await server.gql(`{ roleAssignments(includeEnded: true) { totalCount } }`)).roleAssignments.totalCount;

describe("roles in the seed", () => {
  it("shows a shared system's roles on its collaboration", async () => {
    const roles = ok(await server.gql(`query($id: ID!) { node(id: $id) { ... on Collaboration { roles { kind fromDate toDate person { name } } } } }`, { id: collaboration[FINANCE] })).node.roles;
    expect(roles.map((r: any) => `${r.kind}:${r.person.name}`)).toEqual(["SYSTEMAGARE:Lars Nyström", "SYSTEMANSVARIG:Eva Sandberg", "SYSTEMFORVALTARE:Kerstin Wiik"]);
  });

  it("keeps dated history: an IT unit's chief on any date", async () => {
    const query = `query($id: ID!, $asOf: LocalDate, $all: Boolean!) { node(id: $id) { ... on ItUnit { roles(kind: IT_CHEF, asOf: $asOf, includeEnded: $all) { fromDate toDate person { name } } } } }`;
    const on = async (asOf: string | null, all = false) => ok(await server.gql(query, { id: itUnit["IT-enheten Bengtsfors"], asOf, all })).node.roles.map((r: any) => r.person.name);
    expect(await on(null)).toEqual(["Anders Berg"]);
    expect(await on("2015-01-01")).toEqual(["Bo Karlsson"]);
    expect(await on(null, true)).toEqual(["Bo Karlsson", "Anders Berg"]);
  });

  it("lists a person's and a usage's roles, and every systemägare", async () => {
    const oskar = ok(await server.gql(`query($id: ID!) { node(id: $id) { ... on Person { roleAssignments { kind collaboration { name } } } } }`, { id: person["Oskar Wallin"] })).node;
    expect(oskar.roleAssignments.map((r: any) => `${r.kind}:${r.collaboration.name}`).sort()).toEqual(["SYSTEMANSVARIG:Gemensam helpdesk", "SYSTEMTEKNIKER:Gemensamt bibliotekssystem"]);
    const usage = ok(
      await server.gql(`query($id: ID!) { node(id: $id) { ... on ApplicationUsage { roles(includeEnded: true) { kind toDate person { name } } } } }`, { id: await usageId("1438", "Procapita VoO") }),
    ).node;
    expect(usage.roles.map((r: any) => `${r.kind}:${r.person.name}:${r.toDate}`)).toEqual([
      "SYSTEMADMINISTRATOR:Johan Persson:2014-12-31",
      "SYSTEMAGARE:Annika Borg:null",
      "SYSTEMANSVARIG:Johan Persson:null",
    ]);
    const owners = ok(await server.gql(`{ roleAssignments(kind: SYSTEMAGARE, first: 100) { totalCount } }`)).roleAssignments.totalCount;
    expect(owners).toBe(26);
  });

  it("shows contact details only to admins and the person's own municipality", async () => {
    const query = `query($id: ID!) { node(id: $id) { ... on Collaboration { roles(kind: SYSTEMAGARE) { person { name email phone viewerCanSeeContactDetails } } } } }`;
    const owner = async (token?: string) => ok(await server.gql(query, { id: collaboration[FINANCE] }, token === undefined ? {} : { token })).node.roles[0].person;
    expect(await owner()).toMatchObject({ name: "Lars Nyström", email: "lars.nystrom@bengtsfors.example", viewerCanSeeContactDetails: true });
    expect(await owner(await server.token(Role.EDITOR, "1460"))).toMatchObject({ email: "lars.nystrom@bengtsfors.example", viewerCanSeeContactDetails: true });
    expect(await owner(await server.token(Role.EDITOR, "1438"))).toEqual({ name: "Lars Nyström", email: null, phone: null, viewerCanSeeContactDetails: false });
    expect(await owner(await server.token(Role.READER))).toMatchObject({ email: null, viewerCanSeeContactDetails: false });
  });
});

describe("roleAssign", () => {
  it("gives a role on a usage, collaboration or IT unit", async () => {
    const dalsEd = await server.token(Role.EDITOR, "1438");
    const usage = await usageId("1438", "ByggR");
    const result = ok(
      await server.gql(
        ASSIGN,
        { input: { kind: "SYSTEMAGARE", personId: person["Eva Holmgren"], applicationUsageId: usage, fromDate: "2026-06-01", correctionReason: "Utsågs den 1 juni" } },
        { token: dalsEd },
      ),
    ).roleAssign;
    expect(result.userErrors).toEqual([]);
    expect(result.roleAssignment).toMatchObject({ kind: "SYSTEMAGARE", fromDate: "2026-06-01", toDate: null, person: { name: "Eva Holmgren" }, applicationUsage: { id: usage }, collaboration: null });
    // Säffle takes part in the telephony collaboration only, and holds its own IT unit.
    const saffle = await server.token(Role.EDITOR, "1785");
    const shared = ok(await server.gql(ASSIGN, { input: { kind: "SYSTEMTEKNIKER", personId: person["Nils Hedlund"], collaborationId: collaboration[TELEPHONY] } }, { token: saffle })).roleAssign;
    expect(shared.roleAssignment).toMatchObject({ fromDate: "2026-06-15", collaboration: { name: TELEPHONY } });
    const unit = ok(await server.gql(ASSIGN, { input: { kind: "IT_CHEFSGRUPPEN", personId: person["Camilla Fors"], itUnitId: itUnit["IT-enheten Säffle"] } }, { token: saffle })).roleAssign;
    expect(unit.roleAssignment).toMatchObject({ kind: "IT_CHEFSGRUPPEN", itUnit: { name: "IT-enheten Säffle" } });
  });

  it("refuses invalid assignments with userErrors and changes nothing", async () => {
    const before = await roleCount();
    const cases: [Record<string, unknown>, string[]][] = [
      [{ kind: "SYSTEMANSVARIG", personId: person["Eva Sandberg"] }, ["-:INVALID"]],
      [{ kind: "SYSTEMANSVARIG", personId: person["Eva Sandberg"], collaborationId: collaboration[FINANCE], itUnitId: itUnit["IT-enheten Bengtsfors"] }, ["-:INVALID"]],
      [{ kind: "IT_CHEF", personId: person["Eva Sandberg"], collaborationId: collaboration[FINANCE] }, ["kind:INVALID"]],
      [{ kind: "SYSTEMFORVALTARE", personId: "bm9wZToxMjM", collaborationId: collaboration[FINANCE] }, ["personId:NOT_FOUND"]],
      [
        { kind: "SYSTEMFORVALTARE", personId: person["Eva Sandberg"], collaborationId: collaboration[FINANCE], fromDate: "2026-01-01", toDate: "2025-12-31", correctionReason: "rättelse" },
        ["toDate:DATE_ORDER"],
      ],
      [{ kind: "SYSTEMANSVARIG", personId: person["Eva Sandberg"], collaborationId: collaboration[FINANCE], fromDate: "2020-01-01", correctionReason: "rättelse" }, ["personId:DUPLICATE"]],
      [{ kind: "SYSTEMAGARE", personId: person["Anders Berg"], collaborationId: collaboration[FINANCE] }, ["kind:CONFLICT"]],
      [{ kind: "IT_CHEF", personId: person["Eva Sandberg"], itUnitId: itUnit["IT-enheten Bengtsfors"], fromDate: "2019-01-01", toDate: "2019-12-31", correctionReason: "rättelse" }, ["kind:CONFLICT"]],
    ];
    for (const [input, expected] of cases) {
      const payload = ok(await server.gql(ASSIGN, { input })).roleAssign;
      expect(errors(payload), JSON.stringify(input)).toEqual(expected);
      expect(payload.roleAssignment).toBeNull();
    }
    expect(await roleCount()).toBe(before);
  });

  it("lets editors assign only on their own municipality's usages and IT units and on shared systems they take part in", async () => {
    const before = await roleCount();
    const bengtsfors = await server.token(Role.EDITOR, "1460");
    const forbidden = async (input: Record<string, unknown>) => (await server.gql(ASSIGN, { input }, { token: bengtsfors })).errors?.[0].extensions?.code;
    expect(await forbidden({ kind: "SYSTEMAGARE", personId: person["Eva Holmgren"], applicationUsageId: await usageId("1438", "W3D3") })).toBe("FORBIDDEN");
    expect(await forbidden({ kind: "IT_CHEF", personId: person["Anders Berg"], itUnitId: itUnit["IT-enheten Dals-Ed"] })).toBe("FORBIDDEN");
    const saffle = await server.token(Role.EDITOR, "1785");
    expect(
      (await server.gql(ASSIGN, { input: { kind: "SYSTEMFORVALTARE", personId: person["Nils Hedlund"], collaborationId: collaboration[FINANCE] } }, { token: saffle })).errors?.[0].extensions?.code,
    ).toBe("FORBIDDEN");
    expect(await roleCount()).toBe(before);
  });
});

describe("roleEnd", () => {
  it("ends an assignment on a date and keeps it as history; a successor may follow", async () => {
    const bengtsfors = await server.token(Role.EDITOR, "1460");
    const query = `query($id: ID!, $asOf: LocalDate) { node(id: $id) { ... on Collaboration { roles(kind: SYSTEMAGARE, asOf: $asOf) { id person { name } } } } }`;
    const owner = (await ok(await server.gql(query, { id: collaboration[FINANCE] })).node.roles)[0];
    expect(errors(ok(await server.gql(END, { input: { id: owner.id, toDate: "2007-12-31", correctionReason: "rättelse" } }, { token: bengtsfors })).roleEnd)).toEqual(["toDate:DATE_ORDER"]);
    expect((await server.gql(END, { input: { id: owner.id } }, { token: await server.token(Role.EDITOR, "1785") })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const ended = ok(await server.gql(END, { input: { id: owner.id, toDate: "2026-06-30" } }, { token: bengtsfors })).roleEnd;
    expect(ended).toEqual({ userErrors: [], roleAssignment: { id: owner.id, toDate: "2026-06-30" } });
    expect(errors(ok(await server.gql(END, { input: { id: owner.id } }, { token: bengtsfors })).roleEnd)).toEqual(["id:CONFLICT"]);

    const successor = ok(
      await server.gql(ASSIGN, { input: { kind: "SYSTEMAGARE", personId: person["Anders Berg"], collaborationId: collaboration[FINANCE], fromDate: "2026-07-01" } }, { token: bengtsfors }),
    );
    expect(successor.roleAssign.userErrors).toEqual([]);
    const holder = async (asOf: string) => ok(await server.gql(query, { id: collaboration[FINANCE], asOf })).node.roles.map((r: any) => r.person.name);
    expect(await holder("2026-06-30")).toEqual(["Lars Nyström"]);
    expect(await holder("2026-07-01")).toEqual(["Anders Berg"]);
  });
});
