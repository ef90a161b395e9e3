/**
 * A need in a business area an admin added to the APPLICATION_CATEGORY vocabulary: registered by its
 * code (through the API and the Behov page), matched against the applications of that category,
 * named by the term; today's enum shows OTHER for it.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/src/access/roles";
import { ok } from "../helpers/server";
import { type Kit, type Municipality, startKit, graphql } from "../kit";
import { getPage, originOf } from "../pages/helpers";

let kit: Kit;
let [home, other]: Municipality[] = [];
beforeAll(async () => {
  kit = await startKit();
  [home, other] = [await kit.municipality({ name: "Behovsta" }), await kit.municipality({ name: "Vattenö" })];
  const term = ok(
    await kit.server.gql(graphql(`mutation NeedsVocabularyVocabularyTermCreate($input: VocabularyTermCreateInput!) { vocabularyTermCreate(input: $input) { userErrors { code } } }`), {
      input: { vocabulary: "APPLICATION_CATEGORY", code: "WATER", name: "Vatten och avlopp" },
    }),
  ).vocabularyTermCreate;
  expect(term!.userErrors).toEqual([]);
  const created = ok(
    await kit.server.gql(
      graphql(`mutation NeedsVocabularyApplicationCreate($input: ApplicationCreateInput!) { applicationCreate(input: $input) { application { id name vendor category scope } userErrors { code } } }`),
      {
        input: { name: "VA-Bas", vendor: "Sweco", categoryCode: "WATER", scope: "BUSINESS_SPECIFIC" },
      },
    ),
  ).applicationCreate;
  expect(created!.userErrors).toEqual([]);
  await kit.usage({ municipality: other, application: created!.application!, since: "2021-01-01" });
});
afterAll(async () => kit.close());

const REGISTER = graphql(
  `mutation NeedsVocabularyNeedRegister($input: NeedRegisterInput!) { needRegister(input: $input) { needRegistration { id category categoryCode answer { summary matches { municipality { name } application { name } } options { kind } } } userErrors { field code } } }`,
);

describe("a need in a category added to the vocabulary", () => {
  it("is registered by its code and answered with the systems of that category, named by the term", async () => {
    const editor = await kit.server.token(Role.EDITOR, home.code);
    const input = { municipalityId: home.id, categoryCode: "WATER", neededBy: "2027-01-31", description: "Nytt VA-system" };
    const need = ok(await kit.server.gql(REGISTER, { input }, { token: editor })).needRegister;
    expect(need!.userErrors).toEqual([]);
    expect(need!.needRegistration).toMatchObject({ category: "OTHER", categoryCode: "WATER" });
    expect(need!.needRegistration!.answer.summary).toBe("För vatten och avlopp används i dag VA-Bas (Vattenö).");
    expect(need!.needRegistration!.answer.matches).toEqual([{ municipality: { name: "Vattenö" }, application: { name: "VA-Bas" } }]);
    const unknown = ok(await kit.server.gql(REGISTER, { input: { ...input, categoryCode: "NOPE" } }, { token: editor })).needRegister;
    expect(unknown!.userErrors.map((e: any) => `${e.field.at(-1)}:${e.code}`)).toEqual(["categoryCode:NOT_FOUND"]);
    const neither = ok(await kit.server.gql(REGISTER, { input: { ...input, categoryCode: null } }, { token: editor })).needRegister;
    expect(neither!.userErrors.map((e: any) => `${e.field.at(-1)}:${e.code}`)).toEqual(["categoryCode:REQUIRED"]);
  });

  it("the Behov page offers the vocabulary's categories and registers a need in one", async () => {
    const token = await kit.server.token(Role.EDITOR, home.code);
    const list = await (await getPage(kit.server, "/behov", { token })).text();
    expect(list).toContain('<option value="WATER">Vatten och avlopp</option>');
    expect(list).toContain('<option value="BUILDING_PERMITS">Bygglov</option>');
    const posted = await fetch(`${originOf(kit.server)}/behov`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", authorization: `Bearer ${token}` },
      body: new URLSearchParams({ municipality: home.code, category: "WATER", neededBy: "2027-03-31", description: "Reservvattentäkt" }),
    });
    expect(posted.status).toBe(303);
    const page = await (await getPage(kit.server, posted.headers.get("location")!.split("?")[0], { token })).text();
    expect(page).toContain("<h1>Behov: Vatten och avlopp i Behovsta</h1>");
    expect(page).toContain("<caption>Kommuner som redan har ett system för vatten och avlopp</caption>");
  });
});
