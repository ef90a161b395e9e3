import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSchema } from "graphql";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Role } from "../../server/src/access/roles";
import { type Kit, startKit } from "../kit";

let kit: Kit;
beforeAll(async () => (kit = await startKit()));
afterAll(async () => kit.close());

/** Posts a document over HTTP with `token`; the status and the whole JSON answer. */
async function post(query: string, token: string): Promise<{ status: number; body: any }> {
  const response = await fetch(kit.server.url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, body: await response.json() };
}

describe("a denied field answers null beside the others' data (nullable roots and payloads, as GitHub's API)", () => {
  it("keeps the first mutation's payload when the second of the request is forbidden, and the second changes nothing", async () => {
    const [own, other] = [await kit.municipality(), await kit.municipality()];
    const editor = await kit.server.token(Role.EDITOR, own.code);
    const answer = await post(
      `mutation {
        mine: personCreate(input: { municipalityId: "${own.id}", name: "Anna Egen" }) { person { name municipality { code } } userErrors { code } }
        theirs: personCreate(input: { municipalityId: "${other.id}", name: "Bertil Annan" }) { person { name } userErrors { code } }
      }`,
      editor,
    );
    expect(answer.status).toBe(200);
    expect(answer.body.data).toEqual({ mine: { person: { name: "Anna Egen", municipality: { code: own.code } }, userErrors: [] }, theirs: null });
    expect(answer.body.errors).toMatchObject([{ path: ["theirs"], extensions: { code: "FORBIDDEN" } }]);
    const people = await post(`{ people(first: 100) { nodes { name municipality { code } } } }`, kit.server.adminToken);
    const names = people.body.data.people.nodes.map((p: { name: string }) => p.name);
    expect(names).toContain("Anna Egen");
    expect(names).not.toContain("Bertil Annan");
  });

  it("answers a READER's statusBoard beside a FORBIDDEN auditLog", async () => {
    const collaboration = await kit.collaboration({ level: 3 });
    const reader = await kit.server.token(Role.READER);
    const answer = await post(`{ statusBoard(first: 100) { totalCount nodes { collaboration { name } level { ordinal } } } auditLog(first: 5) { totalCount } }`, reader);
    expect(answer.status).toBe(200);
    expect(answer.body.data.auditLog).toBeNull();
    expect(answer.body.data.statusBoard.nodes).toContainEqual({ collaboration: { name: collaboration.name }, level: { ordinal: 3 } });
    expect(answer.body.errors).toHaveLength(1);
    expect(answer.body.errors[0]).toMatchObject({ path: ["auditLog"], extensions: { code: "FORBIDDEN" } });
  });

  it("declares every root field and every mutation payload nullable in the committed schema (nodes keeps its non-null list of nullable items)", () => {
    const schema = buildSchema(readFileSync(join(__dirname, "..", "..", "schema", "schema.graphql"), "utf8"));
    const nonNull = [schema.getQueryType()!, schema.getMutationType()!].flatMap((root) =>
      Object.values(root.getFields())
        .filter((field) => String(field.type).endsWith("!"))
        .map((field) => `${root.name}.${field.name}`),
    );
    expect(nonNull).toEqual(["Query.nodes"]);
  });
});
