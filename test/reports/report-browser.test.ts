/**
 * The annual report in a real browser (Debian's Chromium through playwright-core), on the Dalsland
 * seed's DKF report for 2025, the one measured 1 431 px wide in a 1 280 px window and 1 368 px on a
 * phone: it fits the window at 1 280 and 390 px and the printable width of A4 portrait, with no
 * WCAG 2.1 A/AA violation (axe-core) at either width. Print-media screenshots and an A4 PDF go to
 * test-output/browser/ for a person to look at.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import axe from "axe-core";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type TestServer } from "../helpers/server";
import { originOf } from "../pages/helpers";

const CHROMIUM = "/usr/bin/chromium";
const OUTPUT = join(__dirname, "..", "..", "test-output", "browser");
const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];
/** A4 portrait less the report's 15 mm side margins, in CSS pixels (96 per inch): 180 mm. */
const A4_PRINTABLE_PX = Math.floor((180 / 25.4) * 96);

let server: TestServer;
let context: BrowserContext;
let page: Page;
let profile: string;
const foreign: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get update && apt-get install -y chromium (.ci/run does this).`);
  mkdirSync(OUTPUT, { recursive: true });
  server = await startServer();
  profile = mkdtempSync(join(tmpdir(), "samverkan-report-chromium-"));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    viewport: { width: 1280, height: 900 },
    locale: "sv-SE",
    extraHTTPHeaders: { authorization: `Bearer ${server.adminToken}` },
  });
  context.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol !== "data:" && url.origin !== originOf(server)) foreign.push(request.url());
  });
  page = context.pages()[0] ?? (await context.newPage());
});

afterAll(async () => {
  await context?.close();
  await server?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

async function violations(): Promise<string[]> {
  await page.evaluate(axe.source);
  const results = await page.evaluate(async (tags) => (window as any).axe.run(document, { runOnly: { type: "tag", values: tags } }), WCAG_21_AA);
  expect(results.passes.length, "axe ran its rules").toBeGreaterThan(10);
  return results.violations.map((v: any) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n: any) => n.target.join(" ")).join(", ")}`);
}

/** The elements of main that reach past `width`, outermost only, for a readable failure. */
function tooWide(width: number): Promise<string[]> {
  return page.evaluate(
    (w) =>
      [...document.querySelectorAll("main *")]
        .filter((e) => e.getBoundingClientRect().right > w + 0.5)
        .filter((e, _, all) => !all.some((p) => p !== e && p.contains(e)))
        .map((e) => `${e.tagName.toLowerCase()} ${Math.round(e.getBoundingClientRect().right)} px: ${(e.textContent ?? "").slice(0, 50)}`),
    width,
  );
}

describe("the annual report in Chromium", () => {
  it("fits a 1 280 px window and a 390 px phone without sideways scrolling, with 0 axe violations at both", async () => {
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      const response = await page.goto(`${originOf(server)}/reports/DKF/2025.html`);
      expect(response?.status()).toBe(200);
      expect(await tooWide(width), `report at ${width} px`).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      expect(await violations(), `report at ${width} px`).toEqual([]);
      await page.screenshot({ path: join(OUTPUT, `report-2025-${width}.png`), fullPage: true });
    }
    // The recommendations section is there, with links to the pages.
    expect(await page.getByRole("heading", { level: 2, name: "Utlösare, rekommendationer och beslut" }).count()).toBe(1);
    expect(await page.locator('article.candidate a[href^="/rekommendationer/"]').count()).toBeGreaterThan(0);
    expect(foreign).toEqual([]);
  });

  it("prints on A4 portrait with nothing cut: every table and chart within the printable width; the screenshot and PDF are kept", async () => {
    await page.setViewportSize({ width: A4_PRINTABLE_PX, height: 1100 });
    await page.emulateMedia({ media: "print" });
    try {
      await page.goto(`${originOf(server)}/reports/DKF/2025.html`);
      expect(await tooWide(A4_PRINTABLE_PX), "report printed on A4").toEqual([]);
      // Every column of the municipality × system matrix and the summary is there ("Kommuner 31 dec" was cut).
      const summary = page.getByRole("table", { name: /Gemensamma system och deras samverkansnivå 2025/ });
      expect(await summary.locator("thead th").allTextContents()).toContain("Kommuner 31 dec");
      await page.screenshot({ path: join(OUTPUT, "report-2025-print.png"), fullPage: true });
      await page.pdf({ path: join(OUTPUT, "report-2025-A4.pdf"), format: "A4", printBackground: true });
    } finally {
      await page.emulateMedia({ media: "screen" });
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });

  it("a year without data says so, and meets WCAG 2.1 AA on a phone", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await page.goto(`${originOf(server)}/reports/DKF/2000.html`);
      expect(await page.getByRole("note").last().textContent()).toContain("Det finns inga registrerade uppgifter för 2000");
      expect(await violations()).toEqual([]);
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });
});
