import { getNamedType, isObjectType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/src/access/roles";
import { TokenService } from "../../server/src/access/token-service";
import { buildGraphQLSchema } from "../../server/src/app/schema";
import { ok, TEST_NOW, type TestServer } from "../helpers/server";
import { type Collaboration, type Kit, type Municipality, startKit, graphql } from "../kit";

/**
 * Authentication and authorization over data this file builds with the test kit: Bengtby and Dalby
 * share a finance collaboration, Säby does not; each has people with contact details.
 */
let kit: Kit;
let server: TestServer;
let b: Municipality;
let d: Municipality;
let m: Municipality;
let s: Municipality;
let finance: Collaboration;
beforeAll(async () => {
  kit = await startKit();
  server = kit.server;
  b = await kit.municipality({ name: "Bengtby", county: "Västra Götalands län" });
  d = await kit.municipality({ name: "Dalby", county: "Västra Götalands län" });
  m = await kit.municipality({ name: "Mellby", county: "Västra Götalands län" });
  s = await kit.municipality({ name: "Säby", county: "Värmlands län" });
  finance = await kit.collaboration({ name: "Gemensamt ekonomisystem", level: 4, participants: [b, d] });
  const lifecare = await kit.application({ name: "Lifecare", category: "CARE" });
  for (const municipality of [b, d]) await kit.usage({ municipality, application: lifecare });
  for (const [municipality, name] of [
    [b, "Lars Nyström"],
    [d, "Annika Borg"],
    [m, "Ingrid Falk"],
    [m, "Tove Lind"],
    [s, "Nils Hedlund"],
  ] as const)
    await kit.person({ municipality, name, email: `${name.toLowerCase().replace(" ", ".")}@example.se` });
});
afterAll(async () => kit.close());

const codeOf = (response: { errors?: { extensions?: { code?: string } }[] }) => response.errors?.[0]?.extensions?.code;

describe("auth decisions", () => {
  it("every query and mutation declares who may call it", async () => {
    const schema = await buildGraphQLSchema();
    const missing: string[] = [];
    for (const root of [schema.getQueryType(), schema.getMutationType()]) {
      for (const field of Object.values(root!.getFields())) {
        if (!field.extensions?.access) missing.push(`${root!.name}.${field.name}`);
      }
    }
    expect(missing).toEqual([]);
    expect(Object.keys(schema.getMutationType()!.getFields()).length).toBeGreaterThan(10);
  });

  it("every major object type is a Node with an opaque id", async () => {
    const schema = await buildGraphQLSchema();
    const node = schema.getType("Node");
    for (const name of ["Municipality", "ItUnit", "Application", "ApplicationUsage", "Collaboration", "CollaborationLevel", "Person"]) {
      const type = schema.getType(name);
      expect(isObjectType(type) && type.getInterfaces().map((i) => i.name)).toContain("Node");
      expect(isObjectType(type) && getNamedType(type.getFields().id.type).name).toBe("ID");
    }
    expect(node).toBeDefined();
  });
});

describe("authentication", () => {
  it("answers UNAUTHENTICATED without a token, and viewer is null", async () => {
    const response = await server.gql(graphql(`query AccessMunicipalities { municipalities { totalCount } }`), {}, { token: null });
    expect(codeOf(response)).toBe("UNAUTHENTICATED");
    expect(response.data?.municipalities ?? null).toBeNull();
    expect(ok(await server.gql(graphql(`query AccessViewer { viewer { role } }`), {}, { token: null })).viewer).toBeNull();
  });

  it("rejects unknown and revoked tokens with UNAUTHENTICATED", async () => {
    const unknown = await server.gql(graphql(`query AccessViewer { viewer { role } }`), {}, { token: "svk_not-a-real-token-at-all" });
    expect(unknown.status).toBe(401);
    expect(codeOf(unknown)).toBe("UNAUTHENTICATED");

    const token = await server.token(Role.READER);
    expect(ok(await server.gql(graphql(`query AccessViewer2 { viewer { role tokenName } }`), {}, { token })).viewer!.role).toBe("READER");
    const name = ok(await server.gql(graphql(`query AccessViewer3 { viewer { tokenName } }`), {}, { token })).viewer!.tokenName;
    await new TokenService(server.db).revoke(name, TEST_NOW);
    expect(codeOf(await server.gql(graphql(`query AccessViewer { viewer { role } }`), {}, { token }))).toBe("UNAUTHENTICATED");
  });

  it("stores only a hash of each token", async () => {
    const token = await server.token(Role.READER);
    const rows: { token_hash: string }[] = await server.db.query("SELECT token_hash FROM api_token");
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.token_hash))).toBe(true);
    expect(JSON.stringify(rows)).not.toContain(token);
  });
});

describe("authorization", () => {
  it("forbids readers every mutation", async () => {
    const reader = await server.token(Role.READER);
    const id = b.id;
    const response = await server.gql(
      graphql(`mutation AccessMunicipalityUpdate($id: ID!) { municipalityUpdate(input: { id: $id, name: "X" }) { municipality { name } } }`),
      { id },
      { token: reader },
    );
    expect(codeOf(response)).toBe("FORBIDDEN");
  });

  it("lets an editor change its own municipality and nothing of another's", async () => {
    const editor = await server.token(Role.EDITOR, b.code);
    const own = b.id;
    const other = d.id;
    const update = graphql(`mutation AccessMunicipalityUpdate2($id: ID!, $county: String) { municipalityUpdate(input: { id: $id, county: $county }) { municipality { county } userErrors { code } } }`);

    expect(ok(await server.gql(update, { id: own, county: "Västra Götaland" }, { token: editor })).municipalityUpdate!.municipality!.county).toBe("Västra Götaland");
    const denied = await server.gql(update, { id: other, county: "Hacked" }, { token: editor });
    expect(codeOf(denied)).toBe("FORBIDDEN");
    expect(ok(await server.gql(graphql(`query AccessMunicipality($code: String!) { municipality(code: $code) { county } }`), { code: d.code })).municipality!.county).toBe("Västra Götalands län");

    const app = (await kit.application({ name: "Procapita", category: "CARE" })).id;
    const usage = graphql(
      `mutation AccessApplicationUsageCreate($m: ID!, $a: ID!) { applicationUsageCreate(input: { municipalityId: $m, applicationId: $a }) { applicationUsage { id } userErrors { code } } }`,
    );
    expect(codeOf(await server.gql(usage, { m: other, a: app }, { token: editor }))).toBe("FORBIDDEN");
    expect(ok(await server.gql(usage, { m: own, a: app }, { token: editor })).applicationUsageCreate!.applicationUsage!.id).toBeTruthy();
    const dalsEdUsages = ok(await server.gql(graphql(`query AccessApplicationUsages($m: ID!) { applicationUsages(municipality: $m, first: 100) { totalCount } }`), { m: other })).applicationUsages!
      .totalCount;
    expect(dalsEdUsages).toBe(1);
  });

  it("lets an editor change shared data only where its municipality participates", async () => {
    const saffle = await server.token(Role.EDITOR, s.code);
    const bengtsfors = await server.token(Role.EDITOR, b.code);
    const rename = graphql(`mutation AccessCollaborationUpdate($id: ID!, $d: String) { collaborationUpdate(input: { id: $id, description: $d }) { collaboration { description } } }`);
    expect(codeOf(await server.gql(rename, { id: finance.id, d: "från Säby" }, { token: saffle }))).toBe("FORBIDDEN");
    expect(ok(await server.gql(rename, { id: finance.id, d: "från Bengtby" }, { token: bengtsfors })).collaborationUpdate!.collaboration!.description).toBe("från Bengtby");
  });

  it("keeps admin-only operations and the audit log from editors", async () => {
    const editor = await server.token(Role.EDITOR, b.code);
    expect(codeOf(await server.gql(graphql(`mutation AccessMunicipalityCreate { municipalityCreate(input: { code: "1234", name: "Ny" }) { municipality { id } } }`), {}, { token: editor }))).toBe(
      "FORBIDDEN",
    );
    expect(codeOf(await server.gql(graphql(`query AccessAuditLog { auditLog { totalCount } }`), {}, { token: editor }))).toBe("FORBIDDEN");
  });

  it("shows personal contact details to admins and the person's own municipality only", async () => {
    const query = graphql(`query AccessPeople { people(first: 100) { nodes { name email viewerCanSeeContactDetails municipality { code } } } }`);
    const asAdmin = ok(await server.gql(query)).people!.nodes;
    expect(asAdmin.every((p: any) => p.email !== null)).toBe(true);
    expect(asAdmin).toHaveLength(5);
    const asMellerud = ok(await server.gql(query, {}, { token: await server.token(Role.EDITOR, m.code) })).people!.nodes;
    for (const p of asMellerud) {
      expect(p.viewerCanSeeContactDetails).toBe(p.municipality.code === m.code);
      if (p.municipality.code !== m.code) expect(p.email).toBeNull();
    }
    expect(asMellerud.filter((p: any) => p.municipality.code === m.code && p.email).map((p: any) => p.name)).toEqual(["Ingrid Falk", "Tove Lind"]);
    const asReader = ok(await server.gql(query, {}, { token: await server.token(Role.READER) })).people!.nodes;
    expect(asReader.every((p: any) => p.email === null)).toBe(true);
  });
});
