/**
 * The Behov page (behovsanmälan) in a real browser (Debian's Chromium via playwright-core) and over
 * plain HTTP: an editor registers a need for bygglov in Bengtsfors (the issue's check, on the
 * Dalsland seed) and sees at once who runs ByggR and Castor Bygg with their agreements' deadlines and
 * the options; records a choice, which tells the other members (webhook); a reader sees but cannot
 * register or choose; forged posts change nothing; WCAG 2.1 AA by axe-core at 1 280 and 390 px.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import axe from "axe-core";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/src/access/roles";
import { runReminders } from "../../server/src/reminders/scheduler";
import { municipalityId, ok, startServer, TEST_NOW, type TestServer } from "../helpers/server";
import { type Mail, startReceiver, startSmtpSink } from "../reminders/helpers";
import { getPage, originOf, signIn } from "./helpers";
import { graphql } from "../kit";

const CHROMIUM = "/usr/bin/chromium";
const SCREENSHOTS = join(__dirname, "..", "..", "test-output", "browser");
const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

let server: TestServer;
let origin: string;
let context: BrowserContext;
let profile: string;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
let sink: Awaited<ReturnType<typeof startSmtpSink>>;
const mails: Mail[] = [];
let editorToken: string;
let readerToken: string;
const consoleErrors: string[] = [];
const foreignRequests: string[] = [];

const NEEDS = graphql(`query NeedsPageNeedRegistrations { needRegistrations(first: 100) { nodes { id category neededBy description budgetFrameOre municipality { code } choice { kind reason } } } }`);

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get update && apt-get install -y chromium (.ci/run does this).`);
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = await startServer();
  origin = originOf(server);
  receiver = await startReceiver();
  sink = await startSmtpSink(mails);
  ok(
    await server.gql(graphql(`mutation NeedsPageWebhookEndpointCreate($input: WebhookEndpointCreateInput!) { webhookEndpointCreate(input: $input) { userErrors { code } } }`), {
      input: { url: receiver.url, eventTypes: ["NEED_CHOICE_RECORDED"] },
    }),
  );
  editorToken = await server.token(Role.EDITOR, "1460");
  readerToken = await server.token(Role.READER);
  profile = mkdtempSync(join(tmpdir(), "samverkan-chromium-"));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    viewport: { width: 1280, height: 900 },
    locale: "sv-SE",
  });
  context.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol !== "data:" && url.origin !== origin) foreignRequests.push(request.url());
  });
  context.on("page", (page) => {
    page.on("console", (message) => message.type() === "error" && consoleErrors.push(`${page.url()}: ${message.text()}`));
    page.on("pageerror", (error) => consoleErrors.push(`${page.url()}: ${error.message}`));
  });
});

afterAll(async () => {
  await context?.close();
  await receiver?.close();
  await sink?.close();
  await server?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

async function accessibilityViolations(page: Page): Promise<string[]> {
  await page.evaluate(axe.source);
  const results = await page.evaluate(async (tags) => (window as any).axe.run(document, { runOnly: { type: "tag", values: tags } }), WCAG_21_AA);
  expect(results.passes.length, "axe ran its rules").toBeGreaterThan(10);
  return results.violations.map((v: any) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n: any) => n.target.join(" ")).join(", ")}`);
}

async function signInAs(page: Page, token: string, path: string) {
  await page.goto(`${origin}${path}`);
  await page.getByLabel("API-token").fill(token);
  await page.getByRole("button", { name: "Logga in" }).click();
  await page.waitForURL(`${origin}${path}`);
}

function postForm(path: string, fields: Record<string, string>, headers: Record<string, string>) {
  return fetch(`${origin}${path}`, { method: "POST", redirect: "manual", headers: { "content-type": "application/x-www-form-urlencoded", ...headers }, body: new URLSearchParams(fields) });
}

function formTokenOf(page: string): string {
  const match = page.match(/name="formToken" value="([^"]+)"/);
  expect(match, "the page has a form token").not.toBeNull();
  return match![1];
}

const needs = async () => ok(await server.gql(NEEDS)).needRegistrations!.nodes as any[];

describe("the Behov page in Chromium", () => {
  let page: Page;

  it("an editor registers a need for bygglov in Bengtsfors and sees at once who runs ByggR and Castor Bygg, their agreements' deadlines and the options", async () => {
    // Mellerud's ByggR agreement: its decision deadline (2026-09-30) falls near the need.
    const [mellerud] = await Promise.all([municipalityId(server, "1461")]);
    const byggr = ok(await server.gql(graphql(`query NeedsPageApplications { applications(first: 100, search: "ByggR") { nodes { id name } } }`))).applications!.nodes.find(
      (a: any) => a.name === "ByggR",
    )!.id;
    const agreement = ok(
      await server.gql(graphql(`mutation NeedsPageAgreementCreate($input: AgreementCreateInput!) { agreementCreate(input: $input) { userErrors { code } } }`), {
        input: {
          kind: "LEVERANTORSAVTAL",
          name: "Licensavtal ByggR Mellerud",
          vendorName: "Sokigo AB",
          startDate: "2024-01-01",
          endDate: "2027-12-31",
          noticePeriod: { amount: 3, unit: "MONTHS" },
          municipalityIds: [mellerud],
          applicationIds: [byggr],
        },
      }),
    ).agreementCreate;
    expect(agreement!.userErrors).toEqual([]);

    page = await context.newPage();
    await signInAs(page, editorToken, "/behov");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Behov: finns det redan?");
    expect(await page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Behov" }).getAttribute("aria-current")).toBe("page");
    expect(await page.getByLabel("Kommun (kommunkod)").inputValue()).toBe("1460");
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, "needs-1-form.png"), fullPage: true });

    // The form's own checks answer in Swedish, keeping what was typed.
    await page.getByLabel("Kort beskrivning").fill("Nytt system för bygglov och tillsyn");
    await page.getByRole("button", { name: "Anmäl behov" }).click();
    await page.waitForLoadState();
    expect(await page.getByRole("alert").textContent()).toContain("Välj ett verksamhetsområde.");
    expect(await page.getByLabel("Kort beskrivning").inputValue()).toBe("Nytt system för bygglov och tillsyn");
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByLabel("Verksamhetsområde").selectOption({ label: "Bygglov" });
    await page.getByLabel("Behövs senast").fill("2027-06-30");
    await page.getByLabel("Budgetram, kronor per år (frivillig)").fill("150 000");
    await page.getByRole("button", { name: "Anmäl behov" }).click();
    await page.waitForURL(/\/behov\/[^/?]+\?registrerat$/);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Behov: Bygglov i Bengtsfors");
    expect(await page.getByRole("status").textContent()).toContain("Behovet är anmält");
    const [stored] = await needs();
    expect(stored).toMatchObject({ category: "BUILDING_PERMITS", neededBy: "2027-06-30", budgetFrameOre: 15_000_000, municipality: { code: "1460" }, choice: null });

    await expect(page.getByText("För bygglov används i dag ByggR (Bengtsfors, Dals-Ed, Mellerud och Åmål), Castor Bygg (Färgelanda).").count()).resolves.toBe(1);
    const matches = page.getByRole("table", { name: "Kommuner som redan har ett system för bygglov" }).locator("tbody tr");
    const rows = await matches.allTextContents();
    expect(rows).toHaveLength(5);
    expect(rows.filter((r) => r.includes("ByggR"))).toHaveLength(4);
    expect(rows.filter((r) => r.includes("Castor Bygg"))).toEqual([expect.stringContaining("Färgelanda")]);
    expect(rows.find((r) => r.includes("Mellerud"))).toMatch(/Licensavtal ByggR Mellerud: beslut senast 30 september 2026 \(nära behovet\)/);
    const near = page.getByRole("table", { name: "Beslutsdatum nära behovet (inom tolv månader)" }).locator("tbody tr");
    expect(await near.allTextContents()).toContainEqual(expect.stringContaining("Licensavtal ByggR Mellerud"));
    // No collaboration on bygglov to join: procure together with Färgelanda (phasing out) and Mellerud (deadline near), or alone.
    expect(await page.getByRole("heading", { level: 3 }).allTextContents()).toEqual(["Upphandla tillsammans", "Gå ensam"]);
    expect(await page.getByText("Upphandla bygglov tillsammans med Färgelanda och Mellerud, vars avtal ska beslutas nära behovsdatum eller vars system avvecklas.").count()).toBeGreaterThan(0);
    expect(await page.getByText("16 januari 2028", { exact: false }).count()).toBeGreaterThan(0);
    const split = page.getByRole("table", { name: "Fördelning efter folkmängd: Upphandla tillsammans" }).locator("tbody tr");
    expect((await split.allTextContents()).map((r) => r.replace(/[\d\s,kr]+$/u, ""))).toEqual(["Bengtsfors", "Färgelanda", "Mellerud"]);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, "needs-2-answer.png"), fullPage: true });
  });

  it("records the choice like a decision and tells the other members", async () => {
    await page.getByRole("button", { name: "Spara val" }).click();
    await page.waitForLoadState();
    expect(await page.getByRole("alert").textContent()).toContain("Välj ett alternativ.");
    await page.getByRole("radio", { name: /^Upphandla tillsammans/ }).check();
    await page.getByLabel("Motivering").fill("Gemensam upphandling med Färgelanda och Mellerud.");
    await page.getByRole("button", { name: "Spara val" }).click();
    await page.waitForURL(/\/behov\/[^/?]+\?valt$/);
    expect(await page.getByRole("status").textContent()).toContain("Valet är sparat");
    expect(await page.getByRole("button", { name: "Spara val" }).count()).toBe(0);
    expect(await page.getByText("Gemensam upphandling med Färgelanda och Mellerud.").count()).toBe(1);
    const [stored] = await needs();
    expect(stored.choice).toEqual({ kind: "PROCURE_TOGETHER", reason: "Gemensam upphandling med Färgelanda och Mellerud." });
    // The other members are told: the webhook's event names those notified (Bengtsfors not among them).
    await runReminders(server.db, sink.settings(), new Date(TEST_NOW.getTime() + 60_000));
    const events = receiver.received.map((r) => JSON.parse(r.body));
    expect(events.map((e) => e.type)).toEqual(["NEED_CHOICE_RECORDED"]);
    expect(events[0].data.notified.map((m: any) => m.code).sort()).toEqual(["1438", "1439", "1461", "1492"]);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it("fits a phone: the list and a need meet WCAG 2.1 AA at 390 px and are no wider", async () => {
    const needPath = new URL(page.url()).pathname;
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      for (const [name, path] of [
        ["list", "/behov"],
        ["need", needPath],
      ]) {
        await page.goto(`${origin}${path}`);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path} fits 390 px`).toBeLessThanOrEqual(390);
        expect(await accessibilityViolations(page), path).toEqual([]);
        await page.screenshot({ path: join(SCREENSHOTS, `needs-3-phone-${name}.png`), fullPage: true });
      }
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
    // The forms' refusals answer 400 on purpose; nothing else may fail.
    expect(consoleErrors.filter((e) => !/\/behov(\/[^/]+\/val)?: Failed to load resource: the server responded with a status of 400/.test(e))).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});

describe("the Behov page over HTTP", () => {
  it("a reader sees the needs and the answer but neither form; a post as reader registers nothing", async () => {
    const [need] = await needs();
    const cookie = await signIn(server, readerToken);
    const list = await (await getPage(server, "/behov", { cookie })).text();
    expect(list).toContain("Din token får läsa behoven men inte anmäla nya");
    expect(list).not.toContain('action="/behov"');
    const one = await getPage(server, `/behov/${encodeURIComponent(need.id)}`, { cookie });
    expect(one.status).toBe(200);
    expect(await one.text()).toContain("Finns det redan?");
    const before = await needs();
    // A script with the reader's token (no form token needed with a bearer token) is refused by the API.
    const post = await postForm("/behov", { municipality: "1460", category: "GIS", neededBy: "2027-01-01", description: "Karta" }, { authorization: `Bearer ${readerToken}` });
    expect(post.status).toBe(403);
    expect(await post.text()).toContain("Din token får läsa behoven men inte anmäla nya.");
    const choose = await postForm(`/behov/${encodeURIComponent(need.id)}/val`, { optionKey: "GO_ALONE", reason: "Ensam." }, { authorization: `Bearer ${readerToken}` });
    expect(choose.status).toBe(403);
    expect(await needs()).toEqual(before);
  });

  it("refuses a forged cross-site post and one without the session's form token: nothing is registered", async () => {
    const cookie = await signIn(server, editorToken);
    const token = formTokenOf(await (await getPage(server, "/behov", { cookie })).text());
    const fields = { municipality: "1460", category: "GIS", neededBy: "2027-01-01", description: "Kartsystem" };
    const before = await needs();
    const crossSite = await postForm("/behov", { ...fields, formToken: token }, { cookie, origin: "http://evil.example" });
    expect(crossSite.status).toBe(403);
    expect(await crossSite.text()).toContain("Otillåten begäran");
    expect((await postForm("/behov", fields, { cookie, origin })).status).toBe(403);
    const [need] = before;
    expect((await postForm(`/behov/${encodeURIComponent(need.id)}/val`, { optionKey: "GO_ALONE", reason: "x" }, { cookie, origin: "http://evil.example" })).status).toBe(403);
    expect(await needs()).toEqual(before);
  });

  it("an editor of another municipality cannot register for Bengtsfors; bad input answers 400 in Swedish; an unknown need 404", async () => {
    const cookie = await signIn(server, await server.token(Role.EDITOR, "1438"));
    const token = formTokenOf(await (await getPage(server, "/behov", { cookie })).text());
    const before = await needs();
    const other = await postForm("/behov", { formToken: token, municipality: "1460", category: "GIS", neededBy: "2027-01-01", description: "Karta" }, { cookie, origin });
    expect(other.status).toBe(400);
    expect(await other.text()).toContain("Din token får bara anmäla behov för sin egen kommun.");
    const bad = await postForm("/behov", { formToken: token, municipality: "14", category: "GIS", neededBy: "2020-01-01", description: "Karta", budget: "mycket" }, { cookie, origin });
    expect(bad.status).toBe(400);
    const text = await bad.text();
    for (const message of ["fyrsiffriga kommunkod", "Datumet får inte ligga före i dag", "Ange budgetramen i hela kronor"]) expect(text).toContain(message);
    expect(await needs()).toEqual(before);
    expect((await getPage(server, "/behov/finns-inte", { cookie })).status).toBe(404);
  });
});
