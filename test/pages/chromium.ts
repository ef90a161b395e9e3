import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import axe from "axe-core";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { expect } from "vitest";

/**
 * Debian's Chromium (`/usr/bin/chromium`) driven by playwright-core, for the page tests: a private
 * profile, the Swedish locale, a record of every request to another host and every console error;
 * axe-core's WCAG 2.1 A/AA rules; the page's width against the viewport; A4 print screenshots.
 */

const CHROMIUM = "/usr/bin/chromium";
export const TEST_OUTPUT = join(__dirname, "..", "..", "test-output");
const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Requests to any host but the test server. */
  foreignRequests: string[];
  consoleErrors: string[];
  close(): Promise<void>;
}

export async function openBrowser(origin: string): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get update && apt-get install -y chromium (.ci/run does this).`);
  const profile = mkdtempSync(join(tmpdir(), "samverkan-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    viewport: { width: 1280, height: 900 },
    locale: "sv-SE",
  });
  const foreignRequests: string[] = [];
  const consoleErrors: string[] = [];
  context.on("request", (request) => {
    const url = new URL(request.url());
    if (url.protocol !== "data:" && url.protocol !== "blob:" && url.origin !== origin) foreignRequests.push(request.url());
  });
  const watch = (page: Page) => {
    page.on("console", (message) => {
      if (message.type() === "error") consoleErrors.push(`${page.url()}: ${message.text()}`);
    });
    page.on("pageerror", (error) => consoleErrors.push(`${page.url()}: ${error.message}`));
  };
  context.on("page", watch);
  for (const page of context.pages()) watch(page);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    foreignRequests,
    consoleErrors,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Signs in through the sign-in form with `token`. */
export async function signInWith(page: Page, origin: string, token: string): Promise<void> {
  await page.goto(`${origin}/signin`);
  await page.getByLabel("API-token").fill(token);
  await page.getByRole("button", { name: "Logga in" }).click();
  await page.waitForURL(`${origin}/`);
}

/** axe-core's WCAG 2.1 A and AA rules on the page as it is; the violations, readable. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the page's CSP (no scripts) stays in force for the page itself.
  await page.evaluate(axe.source);
  const results = await page.evaluate(async (tags) => (window as any).axe.run(document, { runOnly: { type: "tag", values: tags } }), WCAG_21_AA);
  expect(results.passes.length, "axe ran its rules").toBeGreaterThan(10);
  return results.violations.map((v: any) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n: any) => n.target.join(" ")).join(", ")}`);
}

/** How far the page reaches beyond the viewport sideways (0 when it fits), and the widest elements that stick out. */
export async function overflow(page: Page): Promise<{ scrollWidth: number; viewport: number; culprits: string[] }> {
  return page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    const culprits: string[] = [];
    for (const element of Array.from(document.body.querySelectorAll("*"))) {
      const box = element.getBoundingClientRect();
      if (box.width > 0 && box.right > viewport + 1 && culprits.length < 5)
        culprits.push(
          `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""}${element.className && typeof element.className === "string" ? `.${element.className.split(" ").join(".")}` : ""} (${Math.round(box.right)} px)`,
        );
    }
    return { scrollWidth: document.documentElement.scrollWidth, viewport, culprits };
  });
}

export async function screenshot(page: Page, folder: string, name: string): Promise<void> {
  mkdirSync(join(TEST_OUTPUT, folder), { recursive: true });
  await page.screenshot({ path: join(TEST_OUTPUT, folder, `${name}.png`), fullPage: true });
}
