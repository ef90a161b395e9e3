import { getNamedType, isInputObjectType, isListType, isNonNullType, type GraphQLInputType, type GraphQLNamedType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_LIST_ITEMS } from "../../server/src/core/list-cap";
import { buildGraphQLSchema } from "../../server/src/app/schema";
import { ok, type TestServer } from "../helpers/server";
import { type Kit, startKit, graphql } from "../kit";

let kit: Kit;
let server: TestServer;
let coordinatorId: string;
beforeAll(async () => {
  kit = await startKit();
  server = kit.server;
  coordinatorId = (await kit.person({ municipality: await kit.municipality() })).id;
});
afterAll(async () => kit.close());

const codeOf = (response: { errors?: { extensions?: { code?: string } }[] }) => response.errors?.[0]?.extensions?.code;
const CREATE = graphql(
  `mutation InputListsCompetenceNetworkCreate($input: CompetenceNetworkCreateInput!) { competenceNetworkCreate(input: $input) { competenceNetwork { id } userErrors { field code } } }`,
);
const networkCount = async () => ok(await server.gql(graphql(`query InputListsCompetenceNetworks { competenceNetworks { totalCount } }`))).competenceNetworks!.totalCount;
/** Well-formed global IDs of people that do not exist. */
const unknownPeople = (count: number) => Array.from({ length: count }, (_, i) => Buffer.from(`Person:${900_000 + i}`).toString("base64url"));

describe("lists in mutation inputs", () => {
  it("every list field of every mutation input has a stated cap", async () => {
    const schema = await buildGraphQLSchema();
    const seen = new Set<string>();
    const lists: string[] = [];
    const walk = (type: GraphQLNamedType) => {
      if (!isInputObjectType(type) || seen.has(type.name)) return;
      seen.add(type.name);
      for (const field of Object.values(type.getFields())) {
        const unwrapped: GraphQLInputType = isNonNullType(field.type) ? field.type.ofType : field.type;
        if (isListType(unwrapped)) {
          lists.push(`${type.name}.${field.name}`);
          expect(field.description, `${type.name}.${field.name}`).toMatch(/At most \d+ items\.$/);
        }
        walk(getNamedType(field.type));
      }
    };
    for (const mutation of Object.values(schema.getMutationType()!.getFields())) {
      for (const arg of mutation.args) {
        expect(isListType(isNonNullType(arg.type) ? arg.type.ofType : arg.type), `${mutation.name}(${arg.name})`).toBe(false);
        walk(getNamedType(arg.type));
      }
    }
    expect(lists.length).toBeGreaterThanOrEqual(15);
  });

  it("refuses competenceNetworkCreate with 11 000 member IDs as BAD_USER_INPUT before any lookup", async () => {
    const before = await networkCount();
    const response = await server.gql(CREATE, { input: { name: "Jättenätverket", coordinatorId, memberIds: unknownPeople(11_000) } });
    expect(response.status).toBe(200);
    expect(codeOf(response)).toBe("BAD_USER_INPUT");
    expect(response.errors?.[0].extensions).toMatchObject({ field: "memberIds", maxItems: MAX_LIST_ITEMS });
    expect(response.errors?.[0].message).toContain("11000");
    expect(response.statements).toBeLessThanOrEqual(1); // the token lookup only
    expect(await networkCount()).toBe(before);
  });

  it("looks up a full list of member IDs in one statement, however long", async () => {
    const one = await server.gql(CREATE, { input: { name: "Nätverk A", coordinatorId, memberIds: unknownPeople(1) } });
    const full = await server.gql(CREATE, { input: { name: "Nätverk B", coordinatorId, memberIds: unknownPeople(MAX_LIST_ITEMS) } });
    expect(ok(one).competenceNetworkCreate!.userErrors).toEqual([{ field: ["input", "memberIds", "0"], code: "NOT_FOUND" }]);
    const errors = ok(full).competenceNetworkCreate!.userErrors;
    expect(errors).toHaveLength(MAX_LIST_ITEMS);
    expect(errors.at(-1)).toEqual({ field: ["input", "memberIds", String(MAX_LIST_ITEMS - 1)], code: "NOT_FOUND" });
    expect(full.statements).toBe(one.statements);
  });

  it("checks caps inside nested inputs (an agreement's cost-key shares)", async () => {
    const m = (await kit.municipality()).id;
    const shares = Array.from({ length: MAX_LIST_ITEMS + 1 }, () => ({ municipalityId: m, shareBasisPoints: 1 }));
    const response = await server.gql(graphql(`mutation InputListsAgreementCreate($input: AgreementCreateInput!) { agreementCreate(input: $input) { agreement { id } } }`), {
      input: {
        kind: "SAMVERKANSAVTAL",
        name: "Avtal med för många andelar",
        startDate: "2025-01-01",
        endDate: "2027-12-31",
        renewalKind: "NONE",
        municipalityIds: [m],
        costKey: { kind: "FIXED_SHARES", shares },
      },
    });
    expect(codeOf(response)).toBe("BAD_USER_INPUT");
    expect(response.errors?.[0].extensions?.field).toBe("costKey.shares");
  });
});
