import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/src/access/roles";
import { ok } from "../helpers/server";
import { KitLevelSetDocument } from "../kit/generated/graphql";
import { type Kit, startKit, graphql } from "../kit";

// Issue 23: what a client meets (userErrors, GraphQL errors) is Swedish; codes and fields stay as they were.
let kit: Kit;
beforeAll(async () => (kit = await startKit()));
afterAll(async () => kit.close());

const WEBHOOK = graphql(
  `mutation SwedishMessagesWebhookEndpointCreate($input: WebhookEndpointCreateInput!) { webhookEndpointCreate(input: $input) { webhookEndpoint { id } userErrors { field code message } } }`,
);
const MUNICIPALITY = graphql(
  `mutation SwedishMessagesMunicipalityCreate($input: MunicipalityCreateInput!) { municipalityCreate(input: $input) { municipality { id } userErrors { field code message } } }`,
);
const BODY = graphql(
  `mutation SwedishMessagesCollaborationBodyCreate($input: CollaborationBodyCreateInput!) { collaborationBodyCreate(input: $input) { collaborationBody { id } userErrors { field code message } } }`,
);

describe("Swedish messages for clients", () => {
  it("answers userErrors in Swedish with the codes and fields unchanged", async () => {
    const webhook = ok(await kit.server.gql(WEBHOOK, { input: { url: "ftp://example.org/x", eventTypes: [], thresholdDays: [90, 90, -1] } })).webhookEndpointCreate;
    expect(webhook!.userErrors).toEqual([
      { field: ["input", "url"], code: "INVALID", message: "Inte en http- eller https-adress." },
      { field: ["input", "eventTypes"], code: "REQUIRED", message: "Ange minst en händelsetyp." },
      { field: ["input", "thresholdDays"], code: "INVALID", message: "Gränser (thresholdDays) gäller bara DEADLINE_APPROACHING: prenumerera på den eller utelämna dem." },
      { field: ["input", "thresholdDays", "1"], code: "DUPLICATE", message: "Gränsen står två gånger i listan." },
      { field: ["input", "thresholdDays", "2"], code: "OUT_OF_RANGE", message: "Ska vara ett helt antal dagar från 0 till 3650." },
    ]);

    const municipality = await kit.municipality();
    const twice = ok(await kit.server.gql(MUNICIPALITY, { input: { code: municipality.code, name: "Dubblettby" } })).municipalityCreate;
    expect(twice!.userErrors).toEqual([{ field: ["input", "code"], code: "DUPLICATE", message: `Det finns redan en kommun med koden ${municipality.code}.` }]);
    const short = ok(await kit.server.gql(MUNICIPALITY, { input: { code: "12", name: "Kortby" } })).municipalityCreate;
    expect(short!.userErrors).toEqual([{ field: ["input", "code"], code: "INVALID", message: "En kommunkod är fyra siffror, t.ex. 1460." }]);

    const collaboration = await kit.collaboration({ level: 2, startedOn: "2026-01-01" });
    const future = ok(await kit.request(KitLevelSetDocument, { input: { collaborationId: collaboration.id, levelId: kit.level(3).id, changedOn: "2026-07-01" } })).collaborationLevelSet!;
    expect(future.userErrors).toEqual([{ field: ["input", "changedOn"], code: "DATE_IN_FUTURE", message: "Ändringen får inte dateras efter i dag (2026-06-15)." }]);
    const name = "x".repeat(201);
    const long = ok(await kit.server.gql(BODY, { input: { name } })).collaborationBodyCreate;
    expect(long!.userErrors.map((e: { code: string; message: string }) => [e.code, e.message])).toEqual([["TOO_LONG", expect.stringMatching(/^Högst \d+ tecken\.$/)]]);
  });

  it("answers GraphQL errors in Swedish: a bad argument and a refused token", async () => {
    const county = await kit.server.gql(graphql(`query SwedishMessagesMunicipalities { municipalities(countyCode: "99") { totalCount } }`));
    expect(county.errors?.[0]).toMatchObject({
      message: '`countyCode` ska vara den tvåsiffriga koden för ett av Sveriges 21 län (se `counties`); "99" är det inte.',
      extensions: { code: "BAD_USER_INPUT" },
    });
    const first = await kit.server.gql(graphql(`query SwedishMessagesMunicipalities2 { municipalities(first: 1, last: 1) { totalCount } }`));
    expect(first.errors?.[0]).toMatchObject({ message: "Ange `first` eller `last`, inte båda.", extensions: { code: "BAD_USER_INPUT" } });

    const [own, other] = [await kit.municipality(), await kit.municipality()];
    const editor = await kit.server.token(Role.EDITOR, own.code);
    const refused = await kit.server.gql(MUNICIPALITY, { input: { code: "0000", name: "Nollby" } }, { token: editor });
    expect(refused.errors?.[0]).toMatchObject({ message: "Det kräver rollen ADMIN.", extensions: { code: "FORBIDDEN" } });
    const unit = graphql(`mutation SwedishMessagesItUnitCreate($input: ItUnitCreateInput!) { itUnitCreate(input: $input) { userErrors { code } } }`);
    const elsewhere = await kit.server.gql(unit, { input: { municipalityId: other.id, name: "IT-enheten", kind: "ADMINISTRATION" } }, { token: editor });
    expect(elsewhere.errors?.[0]).toMatchObject({ message: "Din token får bara ändra sin egen kommuns uppgifter.", extensions: { code: "FORBIDDEN" } });
  });
});
