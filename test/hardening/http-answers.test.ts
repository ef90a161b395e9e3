import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { MAX_TOKENS } from "../../server/src/http/limits";
import { ok, type TestServer } from "../helpers/server";
import { type Kit, startKit, graphql } from "../kit";

let kit: Kit;
let server: TestServer;
beforeAll(async () => {
  kit = await startKit();
  server = kit.server;
});
afterAll(async () => kit.close());
afterEach(() => vi.restoreAllMocks());

/** Posts a raw body, exactly as given. */
async function post(body: string): Promise<{ status: number; body: any }> {
  const response = await fetch(server.url, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${server.adminToken}` }, body });
  return { status: response.status, body: await response.json() };
}

const codeOf = (response: { errors?: { extensions?: { code?: string } }[] }) => response.errors?.[0]?.extensions?.code;

describe("parse and validation failures are client errors (HTTP 400)", () => {
  it("answers a syntax error with 400 and GRAPHQL_PARSE_FAILED", async () => {
    const response = await post(`{"query":"{ viewer { role }"}`);
    expect(response.status).toBe(400);
    expect(response.body.errors[0].extensions.code).toBe("GRAPHQL_PARSE_FAILED");
    expect(response.body.data).toBeUndefined();
  });

  it("answers a document over the token limit with 400 and GRAPHQL_PARSE_FAILED", async () => {
    const fields = Array.from({ length: MAX_TOKENS / 2 }, (_, i) => `f${i}: __typename`).join(" ");
    const response = await server.gql(`{ ${fields} }`);
    expect(response.status).toBe(400);
    expect(codeOf(response)).toBe("GRAPHQL_PARSE_FAILED");
    expect(response.errors?.[0].message).toMatch(/tokens/);
    expect(response.statements).toBeLessThanOrEqual(1);
  });

  it("answers an unknown field with 400 and GRAPHQL_VALIDATION_FAILED", async () => {
    const response = await server.gql(`{ viewer { rolle } }`);
    expect(response.status).toBe(400);
    expect(codeOf(response)).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("answers a subscription with 400, as a validation failure, and logs no internal error", async () => {
    const logged = vi.spyOn(console, "error");
    const response = await server.gql(`subscription { viewer { role } }`);
    expect(response.status).toBe(400);
    expect(codeOf(response)).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(response.errors?.[0].message).toMatch(/subscription/);
    expect(logged).not.toHaveBeenCalled();
  });
});

describe("HTTP methods", () => {
  it.each(["PUT", "PATCH", "DELETE"])("answers %s on /graphql with 405 and Allow: GET, POST", async (method) => {
    const response = await fetch(server.url, { method, headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ viewer { role } }" }) });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, POST");
  });

  it("still serves GET and POST", async () => {
    const get = await fetch(`${server.url}?query=${encodeURIComponent("{ viewer { role } }")}`, { headers: { authorization: `Bearer ${server.adminToken}`, "apollo-require-preflight": "true" } });
    expect(get.status).toBe(200);
    expect(((await get.json()) as { data: { viewer: { role: string } } }).data.viewer.role).toBe("ADMIN");
  });
});

describe("text that is not valid Unicode", () => {
  it("refuses a lone UTF-16 surrogate in a variable with BAD_USER_INPUT and stores nothing", async () => {
    const { id, code } = await kit.municipality({ name: "Bengtsfors" });
    const mutation = graphql(`mutation HttpAnswersMunicipalityUpdate($input: MunicipalityUpdateInput!) { municipalityUpdate(input: $input) { municipality { name } userErrors { code } } }`);
    for (const name of ["Bengts\uD800fors", "Bengtsfors\uDFFF", "\uDC00"]) {
      const response = await server.gql(mutation, { input: { id, name } });
      expect(response.status).toBe(400);
      expect(codeOf(response)).toBe("BAD_USER_INPUT");
      expect(response.data ?? null).toBeNull();
    }
    expect(ok(await server.gql(graphql(`query HttpAnswersMunicipality($code: String!) { municipality(code: $code) { name } }`), { code })).municipality!.name).toBe("Bengtsfors");
    // A surrogate pair (an emoji) is valid text and passes.
    const pair = await server.gql(graphql(`query HttpAnswersMunicipalities($s: String) { municipalities(search: $s) { totalCount } }`), { s: "😀" });
    expect(pair.status).toBe(200);
    expect(ok(pair).municipalities!.totalCount).toBe(0);
  });

  it("refuses a lone surrogate escape written in the document itself as a parse error", async () => {
    const response = await post(JSON.stringify({ query: `{ municipalities(search: "\\uD800") { totalCount } }` }));
    expect(response.status).toBe(400);
    expect(response.body.errors[0].extensions.code).toBe("GRAPHQL_PARSE_FAILED");
  });
});

describe("dates at the end of the calendar", () => {
  it("answers the schedule of a tacit agreement ending in 9998 asked on 9999-12-31 without an internal error", async () => {
    const m = (await kit.municipality()).id;
    const created = ok(
      await server.gql(graphql(`mutation HttpAnswersAgreementCreate($input: AgreementCreateInput!) { agreementCreate(input: $input) { agreement { id } userErrors { field code } } }`), {
        input: {
          kind: "SUPPORTAVTAL",
          name: "Avtal till tidens slut",
          vendorName: "Evighet AB",
          startDate: "2025-01-01",
          endDate: "9998-06-30",
          noticePeriod: { amount: 3, unit: "MONTHS" },
          renewalKind: "TACIT",
          renewalTermMonths: 120,
          maxExtensions: 20,
          municipalityIds: [m],
        },
      }),
    ).agreementCreate;
    expect(created!.userErrors).toEqual([]);
    const query = graphql(
      `query HttpAnswersNode($id: ID!, $asOf: LocalDate) { node(id: $id) { ... on Agreement { schedule(asOf: $asOf) { status currentTermEnd noticeDeadline decisionDeadline latestPossibleEnd daysLeft } } } }`,
    );
    const response = await server.gql(query, { id: created!.agreement!.id, asOf: "9999-12-31" });
    expect(response.errors).toBeUndefined();
    const schedule = response.data.node!.schedule;
    // Renewal terms past the calendar's last day end on it: the agreement runs to 9999-12-31 at the latest.
    expect(schedule).toMatchObject({ status: "NOTICE_PASSED", currentTermEnd: "9999-12-31", latestPossibleEnd: "9999-12-31", daysLeft: 0 });
    for (const date of [schedule.noticeDeadline, schedule.decisionDeadline]) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const before = await server.gql(query, { id: created!.agreement!.id, asOf: "9998-01-01" });
    expect(before.errors).toBeUndefined();
    expect(before.data.node!.schedule).toMatchObject({ currentTermEnd: "9998-06-30" });
  });
});
