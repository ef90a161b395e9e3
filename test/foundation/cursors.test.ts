import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ok } from "../helpers/server";
import { type Kit, startKit } from "../kit";

/**
 * Every connection reads its cursors with one codec (server/src/core/cursor.ts): a cursor that is not
 * one of the list's keys (forged, of another list, or a global ID) is a client's mistake, refused
 * with BAD_USER_INPUT naming the argument, on the lists paged in SQL and on those computed in memory.
 */

let kit: Kit;
beforeAll(async () => {
  kit = await startKit();
  await kit.collaboration({ level: 2 });
  // Three municipalities running one product outside a collaboration: a collaboration candidate.
  const application = await kit.application();
  for (let i = 0; i < 3; i++) await kit.usage({ municipality: await kit.municipality(), application });
});
afterAll(async () => kit.server.close());

const LISTS = ["municipalities", "statusBoard", "competenceRisk", "collaborationCandidates"] as const;

async function endCursor(list: (typeof LISTS)[number]): Promise<string> {
  const page = ok(await kit.server.gql(`{ ${list}(first: 1) { pageInfo { endCursor } } }`))[list];
  expect(page.pageInfo.endCursor, list).toEqual(expect.any(String));
  return page.pageInfo.endCursor;
}

describe("cursors", () => {
  it("page on with a list's own cursor, and refuse another list's, a forged one or a global ID with BAD_USER_INPUT naming the argument", async () => {
    const own = Object.fromEntries(await Promise.all(LISTS.map(async (list) => [list, await endCursor(list)] as const)));
    const forged = ["nope", Buffer.from("Municipality:1").toString("base64url"), Buffer.from('{"a":1}').toString("base64url"), Buffer.from("[1]").toString("base64url")];
    for (const list of LISTS) {
      expect(ok(await kit.server.gql(`query($c: String) { ${list}(after: $c) { totalCount } }`, { c: own[list] }))[list].totalCount, list).toBeGreaterThan(0);
      // The keyset lists share one key shape (sort value, id); the computed lists each have their own.
      const others = list === "competenceRisk" || list === "collaborationCandidates" ? LISTS.filter((l) => l !== list).map((l) => own[l]) : [own.competenceRisk, own.collaborationCandidates];
      for (const cursor of [...forged, ...others]) {
        for (const argumentName of ["after", "before"]) {
          const response = await kit.server.gql(`query($c: String) { ${list}(${argumentName === "after" ? "first" : "last"}: 2, ${argumentName}: $c) { totalCount } }`, { c: cursor });
          expect(response.errors?.[0].extensions, `${list}(${argumentName}: ${cursor})`).toMatchObject({ code: "BAD_USER_INPUT", argumentName });
          expect(response.errors?.[0].message).toBe(`Markören i \`${argumentName}\` är inte giltig.`);
        }
      }
    }
  });
});
