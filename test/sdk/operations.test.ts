import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildSchema } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSamverkanClient, fetchAll, mutationDocuments, orThrow, queryDocuments, SamverkanUserError, type SamverkanClient } from "../../client-sdk/src/index";
import { root } from "../helpers/compiled";
import { ok, startServer, type TestServer } from "../helpers/server";
import { graphql } from "../kit";

const schema = buildSchema(readFileSync(join(root, "schema", "schema.graphql"), "utf8"));

/**
 * On the Dalsland seed: it runs every query method of the SDK and pages every connection, expecting
 * a value for each field, which needs data of every kind the API serves (the seed's breadth).
 */
let server: TestServer;
let client: SamverkanClient;
beforeAll(async () => {
  server = await startServer();
  client = createSamverkanClient({ url: server.url, token: server.adminToken });
});
afterAll(async () => server.close());

describe("the SDK has a typed method for every query and mutation of the API", () => {
  it("covers every Query and Mutation field of the schema, and nothing else", () => {
    expect(Object.keys(queryDocuments).sort()).toEqual(Object.keys(schema.getQueryType()!.getFields()).sort());
    expect(Object.keys(mutationDocuments).sort()).toEqual(Object.keys(schema.getMutationType()!.getFields()).sort());
    for (const name of [...Object.keys(queryDocuments), ...Object.keys(mutationDocuments)]) expect(typeof (client as unknown as Record<string, unknown>)[name]).toBe("function");
  });

  it("runs every query method on the seed without an error, each with its field's value", async () => {
    const agreement = ok(await server.gql(graphql(`query OperationsAgreements { agreements(first: 1, kind: SAMVERKANSAVTAL) { nodes { id } } }`))).agreements!.nodes[0].id as string;
    const municipality = ok(await server.gql(graphql(`query OperationsMunicipality { municipality(code: "1460") { id } }`))).municipality!.id as string;
    const body = ok(await server.gql(graphql(`query OperationsCollaborationBodies { collaborationBodies { nodes { id } } }`))).collaborationBodies!.nodes[0].id as string;
    const candidate = ok(await server.gql(graphql(`query OperationsCollaborationCandidates { collaborationCandidates(first: 1) { nodes { id } } }`))).collaborationCandidates!.nodes[0].id as string;
    const needs: Record<string, Record<string, unknown>> = {
      annualReport: { year: 2025 },
      costAllocation: { agreement },
      municipality: { code: "1460" },
      node: { id: municipality },
      nodes: { ids: [municipality, agreement] },
      collaborationCandidate: { id: candidate },
      implementationPlan: { body, from: "2027-01-01", to: "2029-12-31" },
      implementationPlanIssues: { body, from: "2027-01-01", to: "2029-12-31" },
      vocabularyTerms: { vocabulary: "ROLE_KIND" },
      whatIf: { input: { change: "LEAVE", municipality, body, from: "2027-01-01" } },
    };
    const methods = client as unknown as Record<string, (vars?: Record<string, unknown>) => Promise<unknown>>;
    const failed: string[] = [];
    for (const name of Object.keys(queryDocuments)) {
      const value = await methods[name](needs[name]).catch((error: Error) => error);
      if (value instanceof Error) failed.push(`${name}: ${value.message}`);
    }
    expect(failed).toEqual([]);
    expect(await client.municipality({ code: "1460" })).toMatchObject({ code: "1460", name: "Bengtsfors" });
    expect(await client.node({ id: municipality })).toMatchObject({ __typename: "Municipality", id: municipality });
  });

  it("pages every connection to the end with fetchAll, two at a time, as many nodes as totalCount", async () => {
    const connections = Object.keys(queryDocuments).filter((name) => {
      const type = schema.getQueryType()!.getFields()[name].type.toString();
      return type.replace(/!$/, "").endsWith("Connection");
    });
    expect(connections.length).toBeGreaterThanOrEqual(20);
    const methods = client as unknown as Record<string, (vars?: Record<string, unknown>) => Promise<{ totalCount: number; nodes: unknown[] }>>;
    for (const name of connections) {
      const total = (await methods[name]({ first: 1 })).totalCount;
      const all = await fetchAll(methods[name] as never, { first: 2 } as never);
      expect([name, all.length]).toEqual([name, total]);
    }
  });

  it("runs mutations with their one input and typed payload; orThrow throws the userErrors", async () => {
    const created = orThrow(await client.municipalityCreate({ code: "9901", name: "Provkommun" }));
    expect(created.municipality).toMatchObject({ code: "9901", name: "Provkommun" });
    const refused = await client.municipalityCreate({ code: "9901", name: "Igen" });
    expect(refused.municipality).toBeNull();
    expect(refused.userErrors.map((e) => e.field?.join("."))).toEqual(["input.code"]);
    expect(() => orThrow(refused)).toThrow(SamverkanUserError);
  });
});
