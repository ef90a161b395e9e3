/**
 * Uploading a municipality's application list on En kommun over real HTTP, as a browser posts it
 * (multipart/form-data with the session's form token): the dry run shows the import's plan and
 * changes nothing; the apply is all or nothing; a bad file is answered in Swedish; only admins and
 * the municipality's own editors get the form, and a forged or foreign post is refused.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/src/access/roles";
import { escapeHtml } from "../../server/src/render/html";
import { type Application, type Kit, type Municipality, startKit, graphql } from "../kit";
import { ok } from "../helpers/server";
import { snapshotOf } from "../spreadsheets/helpers";
import { getPage, originOf, signIn } from "./helpers";

let kit: Kit;
let town: Municipality;
let other: Municipality;
let app: Application;
let editorCookie: string;
let adminCookie: string;

beforeAll(async () => {
  kit = await startKit();
  town = await kit.municipality({ name: "Uppladdningsby" });
  other = await kit.municipality({ name: "Grannby" });
  app = await kit.application({ name: "Ekonomisystemet", vendor: "Leverantören AB", category: "FINANCE" });
  await kit.usage({ municipality: town, application: app, users: 10 });
  editorCookie = await signIn(kit.server, await kit.server.token(Role.EDITOR, town.code));
  adminCookie = await signIn(kit.server, kit.server.adminToken);
});
afterAll(async () => kit?.close());

const USAGES = graphql(`query ImportPageMunicipality($code: String!) { municipality(code: $code) { applicationUsages { application { name } userCount } } }`);

async function pageText(path: string, cookie: string) {
  const response = await getPage(kit.server, path, { cookie });
  return { status: response.status, text: await response.text() };
}

function formTokenIn(text: string): string {
  const match = /name="formToken" value="([^"]+)"/.exec(text);
  if (!match) throw new Error("no form token on the page");
  return match[1];
}

/** Posts the upload form as a browser does; `fields` besides the file. */
async function post(cookie: string | null, fields: Record<string, string>, file?: { name: string; content: string | Buffer }, headers: Record<string, string> = {}, code = town.code) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  if (file) form.append("fil", new Blob([typeof file.content === "string" ? file.content : new Uint8Array(file.content)]), file.name);
  const response = await fetch(`${originOf(kit.server)}/kommun/${code}/import`, {
    method: "POST",
    body: form,
    redirect: "manual",
    headers: { accept: "text/html", origin: originOf(kit.server), ...(cookie ? { cookie } : {}), ...headers },
  });
  return { status: response.status, location: response.headers.get("location"), text: await response.text() };
}

const GOOD = () => `Produkt,Leverantör,Kategori,Antal användare\n${app.name},Leverantören AB,,25\nNytt diariesystem,Diarieföretaget,Ekonomi,7\n`;

describe("the upload of an application list on En kommun", () => {
  it("shows the form to the municipality's editor and to admins, not to readers or other municipalities' editors", async () => {
    const own = await pageText(`/kommun/${town.code}`, editorCookie);
    expect(own.status).toBe(200);
    expect(own.text).toContain('enctype="multipart/form-data"');
    expect(own.text).toContain(`action="/kommun/${town.code}/import"`);
    expect((await pageText(`/kommun/${town.code}`, adminCookie)).text).toContain('enctype="multipart/form-data"');
    const reader = await signIn(kit.server, await kit.server.token(Role.READER));
    const stranger = await signIn(kit.server, await kit.server.token(Role.EDITOR, other.code));
    for (const cookie of [reader, stranger]) {
      const { status, text } = await pageText(`/kommun/${town.code}`, cookie);
      expect(status).toBe(200);
      expect(text).not.toContain("multipart/form-data");
      expect(text).not.toContain("Ladda upp applikationsförteckning");
    }
    // Their posts (with their tokens, which need no form token) change nothing.
    const before = await snapshotOf(kit.server);
    for (const token of [await kit.server.token(Role.READER), await kit.server.token(Role.EDITOR, other.code)]) {
      const refused = await post(null, {}, { name: "lista.csv", content: GOOD() }, { authorization: `Bearer ${token}` });
      expect(refused.status).toBe(403);
      expect(refused.text).toContain("Din token får inte ändra den här kommunens applikationer.");
    }
    expect(await snapshotOf(kit.server)).toEqual(before);
  });

  it("a dry run shows the import's plan and changes nothing; applying it changes the data, audited once", async () => {
    const token = formTokenIn((await pageText(`/kommun/${town.code}`, editorCookie)).text);
    const before = await snapshotOf(kit.server);
    const dry = await post(editorCookie, { formToken: token }, { name: "lista.csv", content: GOOD() });
    expect(dry.status).toBe(200);
    expect(dry.text).toContain("Det här är en provkörning: ingenting har ändrats ännu.");
    expect(dry.text).toContain("1 nya, 1 ändrade och 0 oförändrade rader.");
    expect(dry.text).toContain("Ändras (på produkt och leverantör)");
    expect(dry.text).toContain("Ny (ny i katalogen)");
    expect(dry.text).toContain("Antal användare: 10 → 25");
    expect(await snapshotOf(kit.server)).toEqual(before);

    // The plan page carries the file to its apply button.
    expect(dry.text).toContain('name="genomfor" value="1"');
    const hidden = Object.fromEntries([...dry.text.matchAll(/<input type="hidden" name="(\w+)" value="([^"]*)">/g)].map((m) => [m[1], m[2]]));
    expect(Buffer.from(hidden.innehall, "base64").toString("utf8")).toBe(GOOD());
    const applied = await post(editorCookie, hidden);
    expect(applied.status).toBe(303);
    expect(applied.location).toBe(`/kommun/${town.code}?importerad=1-1-0#applikationer`);
    const usages = ok(await kit.server.gql(USAGES, { code: town.code })).municipality!.applicationUsages;
    expect(usages.map((u: { application: { name: string }; userCount: number | null }) => `${u.application.name} ${u.userCount}`).sort()).toEqual(["Ekonomisystemet 25", "Nytt diariesystem 7"]);
    const audit = ok(await kit.server.gql(graphql(`query ImportPageAuditLog { auditLog(first: 20) { nodes { operation } } }`))).auditLog!.nodes.filter(
      (n: { operation: string }) => n.operation === "applicationUsagesImport",
    );
    expect(audit).toHaveLength(1);
    const after = await pageText(applied.location!, editorCookie);
    expect(after.text).toContain("Applikationsförteckningen är inläst: 1 nya, 1 ändrade och 0 oförändrade rader.");
  });

  it("a file with a bad row is refused whole, dry run or apply, with the import's Swedish messages", async () => {
    const token = formTokenIn((await pageText(`/kommun/${town.code}`, editorCookie)).text);
    const before = await snapshotOf(kit.server);
    const bad = `Produkt,Leverantör,Kategori,Antal användare,Verksamhetsnytta (1–4)\n${app.name},Leverantören AB,,40,\nTredje systemet,Någon,Ekonomi,3,7\n`;
    for (const genomfor of [undefined, "1"]) {
      const fields: Record<string, string> = { formToken: token, ...(genomfor ? { genomfor } : {}) };
      const refused = await post(editorCookie, fields, { name: "lista.csv", content: bad });
      expect(refused.status).toBe(400);
      expect(refused.text).toContain("Ingenting har ändrats: filen behöver rättas först.");
      expect(refused.text).toMatch(/Rad 3, Verksamhetsnytta \(1–4\): /);
      expect(refused.text).not.toContain('name="genomfor"');
    }
    expect(await snapshotOf(kit.server)).toEqual(before);
  });

  it("answers files that are not spreadsheets in Swedish, changing nothing", async () => {
    const token = formTokenIn((await pageText(`/kommun/${town.code}`, editorCookie)).text);
    const before = await snapshotOf(kit.server);
    const cases: [string, { name: string; content: string | Buffer } | undefined, string][] = [
      ["no file", undefined, "Välj en fil att ladda upp."],
      ["a PDF", { name: "lista.pdf", content: "%PDF-1.4" }, "Filen måste vara ett kalkylblad i formatet .xlsx eller .csv."],
      ["a broken .xlsx", { name: "lista.xlsx", content: Buffer.from("PK\u0003\u0004 inte en riktig zip-fil") }, "Filen kunde inte läsas som ett kalkylblad."],
      ["text called .xlsx", { name: "lista.xlsx", content: "Produkt\nX\n" }, "Filen kunde inte läsas som ett kalkylblad."],
      ["no product column", { name: "lista.csv", content: "Namn,Antal\nX,1\n" }, "Kolumnen ”Produkt” saknas"],
    ];
    for (const [what, file, message] of cases) {
      const answer = await post(editorCookie, { formToken: token }, file);
      expect(answer.status, what).toBe(400);
      expect(answer.text, what).toContain(escapeHtml(message));
      expect(answer.text, what).not.toMatch(/jszip|Error|cannot|The file/);
    }
    // Too large for the form (Fastify refuses the body before reading it) or for the import: in Swedish too.
    const huge = await post(editorCookie, { formToken: token }, { name: "lista.csv", content: Buffer.alloc(5 * 1024 * 1024, 65) });
    expect(huge.status).toBe(413);
    expect(huge.text).toContain("Filen är för stor");
    const large = await post(editorCookie, { formToken: token }, { name: "lista.csv", content: Buffer.alloc(3 * 1024 * 1024, 65) });
    expect(large.status).toBe(400);
    expect(large.text).toContain("Filen är för stor: högst 2 MB.");
    expect(await snapshotOf(kit.server)).toEqual(before);
  });

  it("refuses a forged cross-site post, and one without the session's form token", async () => {
    const before = await snapshotOf(kit.server);
    const token = formTokenIn((await pageText(`/kommun/${town.code}`, editorCookie)).text);
    const crossSite = await post(editorCookie, { formToken: token, genomfor: "1", filnamn: "lista.csv", innehall: Buffer.from(GOOD()).toString("base64") }, undefined, {
      origin: "https://elak.example",
      "sec-fetch-site": "cross-site",
    });
    expect(crossSite.status).toBe(403);
    expect(crossSite.text).toContain("Otillåten begäran");
    const tokenless = await post(editorCookie, { genomfor: "1", filnamn: "lista.csv", innehall: Buffer.from(GOOD()).toString("base64") });
    expect(tokenless.status).toBe(403);
    // Without a session: sent to sign in, nothing done.
    const anonymous = await post(null, { genomfor: "1", filnamn: "lista.csv", innehall: Buffer.from(GOOD()).toString("base64") });
    expect(anonymous.status).toBe(303);
    expect(anonymous.location).toMatch(/^\/signin\?next=/);
    expect(await snapshotOf(kit.server)).toEqual(before);
  });
});
