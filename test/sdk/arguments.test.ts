import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ok, type TestServer } from "../helpers/server";
import { type Collaboration, graphql, type Kit, type Municipality, startKit } from "../kit";

/**
 * ID arguments of filters over data this file builds with the test kit: a municipality (not the
 * first made) in two collaborations, and a collaboration without it.
 */
let kit: Kit;
let server: TestServer;
let host: Municipality;
let collaboration: Collaboration;
beforeAll(async () => {
  kit = await startKit();
  server = kit.server;
  const other = await kit.municipality();
  host = await kit.municipality();
  collaboration = await kit.collaboration({ participants: [host, other] });
  await kit.collaboration({ participants: [host, await kit.municipality()] });
  await kit.collaboration();
});
afterAll(async () => kit.close());

describe("ID arguments of filters", () => {
  it("a municipality filter accepts the four-digit code as well as the ID", async () => {
    const participating = graphql(`query ArgumentsCollaborations($m: ID) { collaborations(participant: $m) { totalCount } }`);
    const byCode = ok(await server.gql(participating, { m: host.code })).collaborations!.totalCount;
    const byId = ok(await server.gql(participating, { m: host.id })).collaborations!.totalCount;
    expect(byCode).toBe(2);
    expect(byCode).toBe(byId);
  });

  it("an ID of the wrong kind, or a malformed one, is BAD_USER_INPUT naming the argument", async () => {
    const collaborationId = collaboration.id;
    const cases: [string, string][] = [
      [`query($x: ID) { applicationUsages(municipality: $x) { totalCount } }`, "municipality"],
      [`query($x: ID) { agreements(application: $x) { totalCount } }`, "application"],
      [`query($x: ID) { collaborations(collaborationBody: $x) { totalCount } }`, "collaborationBody"],
      [`query($x: ID) { competenceRisk(municipality: $x) { totalCount } }`, "municipality"],
    ];
    for (const [query, argumentName] of cases) {
      for (const value of [collaborationId, "xyz"]) {
        const response = await server.gql(query, { x: value });
        expect(response.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName });
        expect(response.errors?.[0].message).toContain(argumentName);
      }
    }
    // Well-formed IDs of the right kind that name nothing.
    const missing = (type: string) => Buffer.from(`${type}:999999`, "utf8").toString("base64url");
    for (const [query, argumentName, type] of [
      [`query($x: ID) { agreements(application: $x) { totalCount } }`, "application", "Application"],
      [`query($x: ID) { applicationUsages(municipality: $x) { totalCount } }`, "municipality", "Municipality"],
      [`query($x: ID) { statusBoard(participant: $x) { totalCount } }`, "participant", "Municipality"],
    ]) {
      const response = await server.gql(query, { x: missing(type) });
      expect(response.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argumentName });
    }
    expect((await server.gql(graphql(`query ArgumentsCompetenceRisk { competenceRisk(municipality: "9999") { totalCount } }`))).errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      argumentName: "municipality",
    });
    const agreementsByCollaboration = ok(await server.gql(graphql(`query ArgumentsAgreements($x: ID) { agreements(collaboration: $x) { totalCount } }`), { x: collaborationId }));
    expect(agreementsByCollaboration.agreements!.totalCount).toBeGreaterThanOrEqual(0);
  });
});
