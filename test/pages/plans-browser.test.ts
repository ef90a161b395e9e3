/**
 * The implementation plan and what-if pages in a real browser (Debian's Chromium via playwright-core),
 * and over plain HTTP: the plan with its issued versions, the issued document byte for byte, the
 * what-if form and its answer, WCAG 2.1 AA by axe-core, no console errors, nothing from other hosts.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import axe from "axe-core";
import ExcelJS from "exceljs";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ok, startServer, type TestServer } from "../helpers/server";
import { getPage, originOf } from "./helpers";
import { graphql } from "../kit";

const CHROMIUM = "/usr/bin/chromium";
const SCREENSHOTS = join(__dirname, "..", "..", "test-output", "browser");
const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

let server: TestServer;
let origin: string;
let context: BrowserContext;
let profile: string;
let issuedHtml: string;
const consoleErrors: string[] = [];
const foreignRequests: string[] = [];

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get update && apt-get install -y chromium (.ci/run does this).`);
  mkdirSync(SCREENSHOTS, { recursive: true });
  server = await startServer();
  origin = originOf(server);
  // Two accepted candidates and an issued plan.
  const candidates = ok(await server.gql(graphql(`query PlansBrowserCollaborationCandidates { collaborationCandidates(first: 100) { nodes { id key } } }`))).collaborationCandidates!.nodes;
  for (const key of ["category:CARE|1,2,3,4,5", "application:5|1,2,3"]) {
    const id = candidates.find((c: any) => c.key === key)!.id;
    ok(
      await server.gql(graphql(`mutation PlansBrowserRecommendationDecide($input: RecommendationDecideInput!) { recommendationDecide(input: $input) { userErrors { code } } }`), {
        input: { candidateId: id, status: "ACCEPTED", reason: "Godkänt." },
      }),
    );
  }
  const body = ok(await server.gql(graphql(`query PlansBrowserCollaborationBodies { collaborationBodies { nodes { id shortName } } }`))).collaborationBodies!.nodes.find(
    (b: any) => b.shortName === "DKF",
  )!.id;
  issuedHtml = ok(
    await server.gql(graphql(`mutation PlansBrowserImplementationPlanIssue($input: ImplementationPlanIssueInput!) { implementationPlanIssue(input: $input) { issue { html } } }`), {
      input: { body, from: "2026-01-01", to: "2030-12-31" },
    }),
  ).implementationPlanIssue!.issue!.html;

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
  await server?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

async function accessibilityViolations(page: Page): Promise<string[]> {
  await page.evaluate(axe.source);
  const results = await page.evaluate(async (tags) => (window as any).axe.run(document, { runOnly: { type: "tag", values: tags } }), WCAG_21_AA);
  expect(results.passes.length, "axe ran its rules").toBeGreaterThan(10);
  return results.violations.map((v: any) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n: any) => n.target.join(" ")).join(", ")}`);
}

async function databaseState() {
  const tables = [...new Set(server.db.entityMetadatas.map((m) => m.tableName))].sort();
  const counts: Record<string, number> = {};
  for (const table of tables) counts[table] = Number((await server.db.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);
  counts.version = (await server.db.query("SELECT version FROM data_version"))[0].version;
  return counts;
}

describe("the plan and what-if pages in Chromium", () => {
  let page: Page;

  it("signs in and shows the implementation plan with its issued version and budget notices", async () => {
    page = await context.newPage();
    await page.goto(`${origin}/plans?body=DKF&from=2026-01-01&to=2030-12-31`);
    expect(page.url()).toContain("/signin?next=");
    await page.getByLabel("API-token").fill(server.adminToken);
    await page.getByRole("button", { name: "Logga in" }).click();
    await page.waitForURL(`${origin}/plans?body=DKF&from=2026-01-01&to=2030-12-31`);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Införandeplan DKF 1 januari 2026–31 december 2030");
    const systems = page.getByRole("table", { name: "System i planen" }).locator("tbody tr");
    expect(await systems.count()).toBe(2);
    expect(await systems.allTextContents()).toEqual([expect.stringContaining("Lifecare"), expect.stringContaining("Geosecma")]);
    expect(await page.getByRole("table", { name: "Vad som ska in i varje kommuns budgetprocess" }).locator("tbody tr").count()).toBe(5);
    expect(
      await page
        .getByRole("table", { name: /Utfärdade versioner/ })
        .locator("tbody tr")
        .count(),
    ).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, "plan-1-page.png"), fullPage: true });
  });

  it("opens the issued version exactly as issued, and the draft with its chart", async () => {
    const [response] = await Promise.all([page.waitForNavigation(), page.getByRole("link", { name: "HTML", exact: true }).click()]);
    expect(response?.headers()["x-plan-status"]).toBe("issued");
    expect(await response?.text()).toBe(issuedHtml);
    expect(await page.getByText("Utfärdad 15 juni 2026, version 1.").count()).toBe(1);
    expect(await page.locator("figure svg[role=img]").count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, "plan-2-issued.png"), fullPage: true });
    const draft = await page.goto(`${origin}/plans/DKF/2026-01-01_2030-12-31.html`);
    expect(draft?.headers()["x-plan-status"]).toBe("draft");
    expect(await page.getByRole("note").textContent()).toContain("UTKAST");
  });

  it("the what-if form shows Åmål leaving DKF and changes nothing", async () => {
    const before = await databaseState();
    await page.goto(`${origin}/what-if`);
    await page.getByLabel("Kommun (kommunkod)").fill("1492");
    await page.getByLabel("Från").fill("2027-01-01");
    await page.getByRole("button", { name: "Visa konsekvenser" }).click();
    await page.waitForURL(/\/what-if\?change=LEAVE&municipality=1492&body=DKF&from=2027-01-01/);
    const economy = page.getByRole("table", { name: /^Samverkansavtal gemensamt ekonomisystem: 1\s000\s000,00\skr per år, fördelat efter folkmängd$/ });
    expect(await economy.locator("tbody tr").count()).toBe(5);
    expect(await economy.locator("tbody tr").first().textContent()).toMatch(/Bengtsfors221\s279,50\skr311\s782,89\skr90\s503,39\skr/);
    expect(await page.getByRole("table", { name: "Avtal och deras tidsgränser" }).locator("tbody tr").count()).toBe(4);
    expect(await page.getByRole("table", { name: "Gemensamma system som berörs" }).locator("tbody tr").count()).toBe(3);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, "whatif-1-amal-leaves.png"), fullPage: true });
    expect(await databaseState()).toEqual(before);
  });

  it("bad input answers a Swedish page with a 4xx", async () => {
    const token = server.adminToken;
    const unknown = await getPage(server, "/what-if?change=JOIN&municipality=1492&body=DKF&from=2027-01-01", { token });
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain("Åmål är redan medlem i DKF");
    expect((await getPage(server, "/plans?body=XYZ", { token })).status).toBe(404);
    expect((await getPage(server, "/plans/DKF/2026-01-01_2030-12-31.v9.html", { token })).status).toBe(404);
    const reversed = await getPage(server, "/plans?body=DKF&from=2030-01-01&to=2026-01-01", { token });
    expect(reversed.status).toBe(400);
    const csv = await getPage(server, "/plans/DKF/2026-01-01_2030-12-31.v1.csv", { token });
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const csvText = Buffer.from(await csv.arrayBuffer()).toString("utf8");
    expect(csvText.startsWith("\ufeffavsnitt;system;uppgift;kommun;budgetår;öre")).toBe(true);
    // The same rows as an .xlsx workbook, amounts in kronor.
    const xlsx = await getPage(server, "/plans/DKF/2026-01-01_2030-12-31.v1.xlsx", { token });
    expect(xlsx.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).values).toEqual([undefined, "avsnitt", "system", "uppgift", "kommun", "budgetår", "öre"]);
    const lines = csvText.trim().split("\r\n");
    expect(sheet.rowCount).toBe(lines.length);
    const last = lines.at(-1)!.split(";");
    expect(sheet.getRow(sheet.rowCount).getCell(6).value).toBe(Number(last[5]) / 100);
  });

  it("no page logged a console error or asked another host for anything", () => {
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});
