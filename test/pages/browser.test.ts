/**
 * The pages in a real browser: Debian's Chromium (`/usr/bin/chromium`; `.ci/run` installs it with
 * apt when missing) driven by playwright-core. Signs in, opens the status page, the annual report and the explorer, runs
 * a query in the explorer, and checks that no page logs a console error or asks any other host for
 * anything, and that axe-core finds no WCAG 2.1 A/AA violation on the published pages. Screenshots
 * go to test-output/browser/.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import axe from "axe-core";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/src/access/roles";
import { startServer, type TestServer } from "../helpers/server";
import { originOf } from "./helpers";
import { graphql } from "../kit";

const CHROMIUM = "/usr/bin/chromium";
const SCREENSHOTS = join(__dirname, "..", "..", "test-output", "browser");
const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

let server: TestServer;
let origin: string;
let context: BrowserContext;
let profile: string;
const consoleErrors: string[] = [];
const foreignRequests: string[] = [];
const requested: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get update && apt-get install -y chromium (.ci/run does this).`);
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = await startServer();
  origin = originOf(server);
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
    if (url.protocol === "data:" || url.protocol === "blob:") return;
    requested.push(url.pathname);
    if (url.origin !== origin) foreignRequests.push(request.url());
  });
  context.on("page", watch);
  for (const page of context.pages()) watch(page);
});

afterAll(async () => {
  await context?.close();
  await server?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

function watch(page: Page) {
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(`${page.url()}: ${message.text()}`);
  });
  page.on("pageerror", (error) => consoleErrors.push(`${page.url()}: ${error.message}`));
  // ERR_ABORTED is the page cancelling its own request (Monaco restarts a worker when the schema arrives).
  page.on("requestfailed", (request) => {
    if (request.failure()?.errorText !== "net::ERR_ABORTED") consoleErrors.push(`${request.url()}: ${request.failure()?.errorText}`);
  });
}

/** axe-core's WCAG 2.1 A and AA rules on the page as it is; returns the violations, readable. */
async function accessibilityViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the page's CSP (no scripts) stays in force for the page itself.
  await page.evaluate(axe.source);
  const results = await page.evaluate(async (tags) => (window as any).axe.run(document, { runOnly: { type: "tag", values: tags } }), WCAG_21_AA);
  expect(results.passes.length, "axe ran its rules").toBeGreaterThan(10);
  return results.violations.map((v: any) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n: any) => n.target.join(" ")).join(", ")}`);
}

async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

describe("the pages in Chromium", () => {
  let page: Page;

  it("signs in with a token through the form and lands on the status page", async () => {
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${origin}/`);
    expect(page.url()).toBe(`${origin}/signin?next=%2F`);
    await page.getByLabel("API-token").fill(server.adminToken);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, "1-signin");
    await page.getByRole("button", { name: "Logga in" }).click();
    await page.waitForURL(`${origin}/`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Statustavla för gemensamma system");
    // The session cookie is invisible to scripts.
    expect(await page.evaluate(() => document.cookie)).toBe("");
  });

  it("the status page shows the board, a past date through its form, and meets WCAG 2.1 AA", async () => {
    expect(
      await page
        .getByRole("table", { name: /Gemensamma system den 15 juni 2026/ })
        .locator("tbody tr")
        .count(),
    ).toBe(7);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, "2-status");

    await page.getByLabel("Visa läget på datum").fill("2010-12-31");
    await page.getByRole("button", { name: "Visa" }).click();
    await page.waitForURL(`${origin}/?asOf=2010-12-31`);
    expect(
      await page
        .getByRole("table", { name: /Gemensamma system den 31 december 2010/ })
        .locator("tbody tr")
        .count(),
    ).toBe(7); // all seven seeded systems had begun by 2010
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.emulateMedia({ media: "print" });
    await screenshot(page, "3-status-2010-print");
    await page.emulateMedia({ media: "screen" });
  });

  it("the annual report opens with the same session and meets WCAG 2.1 AA", async () => {
    const response = await page.goto(`${origin}/reports/DKF/2025.html`);
    expect(response?.status()).toBe(200);
    expect(await page.locator("html").getAttribute("lang")).toBe("sv");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toContain("2025");
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, "4-report-2025");
    await page.emulateMedia({ media: "print" });
    await screenshot(page, "5-report-2025-print");
    await page.emulateMedia({ media: "screen" });
  });

  it("Rekommendationer: the list filters and links to a candidate; both meet WCAG 2.1 AA at 1 280 and 390 px and fit a phone", async () => {
    // The board's system names lead to a system's page.
    await page.goto(`${origin}/`);
    await page
      .getByRole("table", { name: /Gemensamma system den 15 juni 2026/ })
      .getByRole("link", { name: "Gemensam helpdesk" })
      .click();
    await page.waitForURL(/\/system\/[^/?]+$/);
    const systemPath = new URL(page.url()).pathname;
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Gemensam helpdesk");
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, "7-system");
    await page.goto(`${origin}/kommun/1460`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Bengtsfors");
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, "7-municipality");

    await page.goto(`${origin}/`);
    await page.getByRole("navigation", { name: "Huvudmeny" }).getByRole("link", { name: "Rekommendationer" }).click();
    await page.waitForURL(`${origin}/rekommendationer`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Rekommendationer: samverkansförslag");
    const rows = () =>
      page
        .getByRole("table", { name: /Samverkansförslag den 15 juni 2026/ })
        .locator("tbody tr")
        .count();
    const all = await rows();
    expect(all).toBeGreaterThan(5);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, "7-recommendations-list");

    // Filters are a plain GET form: works without JavaScript.
    await page.getByLabel("Kommun").selectOption({ label: "Säffle" });
    await page.getByRole("button", { name: "Visa", exact: true }).click();
    await page.waitForURL(/kommun=1785/);
    const saffle = await rows();
    expect(saffle).toBeGreaterThan(0);
    expect(saffle).toBeLessThan(all);
    await page.getByRole("table").locator("tbody tr").first().getByRole("link").click();
    await page.waitForURL(/\/rekommendationer\/[^/?]+$/);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toMatch(/^Samverkansförslag: /);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, "8-candidate");

    await page.setViewportSize({ width: 390, height: 844 });
    try {
      for (const [name, path] of [
        ["board", "/"],
        ["recommendations", "/rekommendationer"],
        ["candidate", new URL(page.url()).pathname],
        ["system", systemPath],
        ["municipalities", "/kommun"],
        ["municipality", "/kommun/1460"],
        ["agreements", "/avtal"],
      ]) {
        await page.goto(`${origin}${path}`);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path} fits 390 px`).toBeLessThanOrEqual(390);
        expect(await accessibilityViolations(page), path).toEqual([]);
        await screenshot(page, `9-phone-${name}`);
      }
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it("a decision made in the browser shows in the API and the audit log; a reader gets no form", async () => {
    await page.goto(`${origin}/rekommendationer?ordning=tidsgrans`);
    await page.getByRole("table").locator("tbody tr").first().getByRole("link").click();
    await page.waitForURL(/\/rekommendationer\/[^/?]+$/);
    const candidateUrl = page.url();
    await page.getByRole("radio", { name: "Avvisat" }).check();
    await page.getByLabel("Motivering").fill("Prövat i webbläsaren.");
    await page.getByRole("button", { name: "Spara beslut" }).click();
    await page.waitForURL(`${candidateUrl}?sparat`);
    expect(await page.getByRole("status").textContent()).toBe("Beslutet är sparat.");
    expect(await page.getByRole("table", { name: "Beslut om förslaget, äldst först" }).textContent()).toContain("Prövat i webbläsaren.");
    expect(await accessibilityViolations(page)).toEqual([]);

    const decisions = await server.gql(graphql(`query BrowserRecommendationDecisions { recommendationDecisions(status: REJECTED) { nodes { id reason decidedBy } } }`));
    const decision = decisions.data.recommendationDecisions!.nodes.find((d: any) => d.reason === "Prövat i webbläsaren.");
    expect(decision?.decidedBy).toBe("test-admin");
    const audit = await server.gql(graphql(`query BrowserAuditLog($id: ID!) { auditLog(objectId: $id) { nodes { operation actorName } } }`), { id: decision!.id });
    expect(audit.data.auditLog!.nodes).toEqual([{ operation: "recommendationDecide", actorName: "test-admin" }]);

    // A form's mistakes are announced beside it, in Swedish.
    await page.goto(candidateUrl);
    await page.getByRole("radio", { name: "Uppskjutet" }).check();
    await page.getByLabel("Motivering").fill("Senare.");
    await page.getByRole("button", { name: "Spara beslut" }).click();
    expect(await page.getByRole("alert").textContent()).toContain("Ett uppskjutet beslut behöver ett datum som det gäller till.");
    expect(await accessibilityViolations(page)).toEqual([]);

    // A reader signs in and sees the candidate without a form.
    await page.goto(`${origin}/signin`);
    await page.getByLabel("API-token").fill(await server.token(Role.READER));
    await page.getByRole("button", { name: "Logga in" }).click();
    await page.goto(candidateUrl);
    expect(await page.getByRole("button", { name: "Spara beslut" }).count()).toBe(0);
    expect(await page.textContent("main")).toContain("Din token får läsa förslaget men inte besluta om det");
    await page.goto(`${origin}/signin`);
    await page.getByLabel("API-token").fill(server.adminToken);
    await page.getByRole("button", { name: "Logga in" }).click();
    await page.waitForURL(`${origin}/`);
  });

  it("the explorer loads from this server only, and runs a query with the pasted token", async () => {
    await page.goto(`${origin}/explorer`);
    await page.locator(".graphiql-container").waitFor({ timeout: 30_000 });
    await page.getByLabel("API-token").fill(server.adminToken);
    await page.locator(".graphiql-execute-button").click();
    // Monaco lays text out with non-breaking spaces: compare with whitespace folded.
    const result = async () => ((await page.locator(".result-window").textContent()) ?? "").replace(/\s+/g, " ");
    await expect.poll(result, { timeout: 30_000 }).toContain('"tokenName": "test-admin"');
    expect(await result()).toContain('"name": "Gemensam helpdesk"'); // Monaco renders only the visible lines
    // Monaco's workers came from our own assets (no fallback to running them on the main thread).
    await expect
      .poll(() => requested.filter((path) => path.endsWith(".worker.js")).sort(), { timeout: 15_000 })
      .toEqual(expect.arrayContaining(["/explorer/assets/editor.worker.js", "/explorer/assets/graphql.worker.js", "/explorer/assets/json.worker.js"]));
    await screenshot(page, "6-explorer");
  });

  it("signs out", async () => {
    await page.goto(`${origin}/`);
    await page.getByRole("button", { name: "Logga ut" }).click();
    await page.waitForURL(`${origin}/signin?utloggad`);
    await page.goto(`${origin}/`);
    expect(page.url()).toBe(`${origin}/signin?next=%2F`);
  });

  it("no page logged a console error or asked another host for anything", () => {
    // The one expected: the decision form sent back with its mistakes answers 400, which Chromium logs.
    const unexpected = consoleErrors.filter((e) => !/\/rekommendationer\/[^/]+\/beslut: Failed to load resource: the server responded with a status of 400/.test(e));
    expect(unexpected).toEqual([]);
    expect(foreignRequests).toEqual([]);
    expect(requested).toContain("/explorer/assets/explorer.js");
  });
});
