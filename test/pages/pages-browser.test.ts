/**
 * Every page in real Chromium on data the test builds: each page of the common header, a system, a
 * municipality, a candidate and the upload's plan meets WCAG 2.1 A/AA (axe-core) at 1 280 and 390 px
 * and never scrolls sideways on a phone; the board, the report and the new pages print on A4 portrait
 * with nothing wider than the page (screenshots and PDFs in test-output/print/); the upload of an
 * application list works in the browser (dry run changes nothing, apply all or nothing, a bad file is
 * answered in Swedish); admins, editors and readers each see and may do what they should; a forged
 * post from another site's page is refused.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/src/access/roles";
import { NAV_LINKS } from "../../server/src/pages/chrome";
import { ok } from "../helpers/server";
import { type Collaboration, type Kit, type Municipality, months, startKit, graphql } from "../kit";
import { snapshotOf } from "../spreadsheets/helpers";
import { accessibilityViolations, type Browser, openBrowser, overflow, screenshot, signInWith, TEST_OUTPUT } from "./chromium";
import { originOf } from "./helpers";

let kit: Kit;
let origin: string;
let browser: Browser;
let page: Page;
let host: Municipality;
let partner: Municipality;
let outsider: Municipality;
let shared: Collaboration;
let candidateId: string;
let editorToken: string;
let readerToken: string;
let strangerToken: string;

beforeAll(async () => {
  kit = await startKit();
  origin = originOf(kit.server);
  host = await kit.municipality({ name: "Värdby", population: 12_000 });
  partner = await kit.municipality({ name: "Grannstad", population: 8_000 });
  outsider = await kit.municipality({ name: "Utanförsbo", population: 5_000 });
  const payroll = await kit.application({ name: "Lönesystemet", category: "PAYROLL_HR", vendor: "Lön AB" });
  shared = await kit.collaboration({ level: 3, participants: [host, partner], application: payroll, name: "Gemensam lönehantering", startedOn: "2020-01-01" });
  await kit.usage({ municipality: host, application: payroll, users: 120 });
  await kit.usage({ municipality: partner, application: payroll, users: 80 });
  const maps = await kit.application({ name: "Kartverktyget", category: "GIS", vendor: "Karta AB" });
  for (const m of [host, partner, outsider]) await kit.usage({ municipality: m, application: maps, users: 30, functionalFit: 1, technicalFit: 1 });
  await kit.agreement({ name: "Leverantörsavtal lönesystem", parties: [host, partner], collaborations: [shared], starts: "2021-01-01", ends: "2026-12-31", notice: months(6) });
  const specialist = await kit.person({ municipality: host, name: "Sara Specialist" });
  await kit.competence({ person: specialist, application: payroll, level: "SPECIALIST" });
  await kit.plannedLeave(specialist, "2026-10");
  // A collaboration body (samverkansorgan) of the two, for the implementation plan and the report.
  const body = ok(
    await kit.server.gql(
      graphql(`mutation PagesBrowserCollaborationBodyCreate($input: CollaborationBodyCreateInput!) { collaborationBodyCreate(input: $input) { collaborationBody { id } userErrors { message } } }`),
      {
        input: { name: "Testförbundet", shortName: "TF" },
      },
    ),
  ).collaborationBodyCreate!.collaborationBody;
  for (const m of [host, partner]) {
    const joined = await kit.server.gql(graphql(`mutation PagesBrowserMembershipStart($input: MembershipStartInput!) { membershipStart(input: $input) { userErrors { message } } }`), {
      input: { collaborationBodyId: body!.id, municipalityId: m.id, fromDate: "2020-01-01" },
    });
    expect(ok(joined).membershipStart!.userErrors).toEqual([]);
  }
  const candidates = ok(await kit.server.gql(graphql(`query PagesBrowserCollaborationCandidates { collaborationCandidates(first: 5) { nodes { id } } }`))).collaborationCandidates!.nodes;
  expect(candidates.length, "the data gives at least one collaboration candidate").toBeGreaterThan(0);
  candidateId = candidates[0].id;
  editorToken = await kit.server.token(Role.EDITOR, host.code);
  readerToken = await kit.server.token(Role.READER);
  strangerToken = await kit.server.token(Role.EDITOR, outsider.code);
  browser = await openBrowser(origin);
  page = browser.page;
  await signInWith(page, origin, kit.server.adminToken);
});

afterAll(async () => {
  await browser?.close();
  await kit?.close();
});

/** The pages every check walks: the header's, and one of each object page. */
function pages(): [string, string][] {
  return [
    ...NAV_LINKS.map((link): [string, string] => [link.label, link.href]),
    ["Ett system", `/system/${encodeURIComponent(shared.id)}`],
    ["En kommun", `/kommun/${host.code}`],
    ["Ett förslag", `/rekommendationer/${encodeURIComponent(candidateId)}`],
    ["Kompetens per kommun", "/kompetens?grupp=kommun"],
    ["Införandeplan", "/plans?body=TF&from=2026-01-01&to=2030-12-31"],
    ["Konsekvensanalys", "/what-if"],
  ];
}

async function open(path: string) {
  const response = await page.goto(`${origin}${path}`);
  expect(response?.status(), path).toBe(200);
  if (path === "/explorer") await page.locator(".graphiql-tab").first().waitFor({ timeout: 30_000 });
}

async function checkLayout(name: string, path: string, width: number) {
  expect(await accessibilityViolations(page), `${name} at ${width} px`).toEqual([]);
  const fit = await overflow(page);
  expect(fit.scrollWidth, `${name} (${path}) is no wider than ${width} px: ${fit.culprits.join(", ")}`).toBeLessThanOrEqual(width);
}

describe("every page in Chromium", () => {
  it("meets WCAG 2.1 A/AA at 1 280 px and at 390 px, and fits a phone without sideways scrolling", async () => {
    for (const [name, path] of pages()) {
      await page.setViewportSize({ width: 1280, height: 900 });
      await open(path);
      await checkLayout(name, path, 1280);
      await page.setViewportSize({ width: 390, height: 844 });
      await open(path);
      await checkLayout(name, path, 390);
      await screenshot(
        page,
        "phone",
        name
          .normalize("NFD")
          .replace(/[\u0300-\u036f]/g, "")
          .replace(/\W+/g, "-")
          .replace(/-$/, "")
          .toLowerCase(),
      );
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  }, 300_000);

  it("prints the board, the annual report and the new pages on A4 portrait with nothing wider than the page", async () => {
    // A4 portrait less the print stylesheet's 15 mm side margins: 180 mm at 96 CSS px per inch.
    const printable = Math.floor((180 / 25.4) * 96);
    mkdirSync(join(TEST_OUTPUT, "print"), { recursive: true });
    await page.emulateMedia({ media: "print" });
    try {
      await page.setViewportSize({ width: printable, height: 1100 });
      const printed: [string, string][] = [
        ["statustavla", "/"],
        ["arsrapport", "/reports/TF/2025.html"],
        ["rekommendationer", "/rekommendationer"],
        ["system", `/system/${encodeURIComponent(shared.id)}`],
        ["kommun", `/kommun/${host.code}`],
        ["avtal", "/avtal"],
        ["kompetens", "/kompetens"],
        ["styrning", "/styrning"],
      ];
      for (const [name, path] of printed) {
        await open(path);
        const fit = await overflow(page);
        expect(fit.scrollWidth, `${path} printed: ${fit.culprits.join(", ")}`).toBeLessThanOrEqual(printable);
        expect(fit.culprits, path).toEqual([]);
        await screenshot(page, "print", name);
        await page.pdf({ path: join(TEST_OUTPUT, "print", `${name}.pdf`), format: "A4", printBackground: true });
      }
    } finally {
      await page.emulateMedia({ media: "screen" });
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  }, 180_000);
});

describe("the upload of an application list in Chromium", () => {
  it("an editor's dry run shows the plan and changes nothing; applying it saves it; a bad file is answered in Swedish", async () => {
    await signInWith(page, origin, editorToken);
    await page.goto(`${origin}/kommun/${host.code}`);
    const upload = async (name: string, content: string) => {
      await page.getByLabel("Fil (.xlsx eller .csv)").setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(content) });
      await page.getByRole("button", { name: "Visa vad som skulle ändras" }).click();
      await page.waitForLoadState();
    };
    const before = await snapshotOf(kit.server);
    await upload("lista.csv", "Produkt,Leverantör,Kategori,Antal användare\nLönesystemet,Lön AB,,150\nDiariet,Diarie AB,Ekonomi,12\n");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Importera applikationsförteckning: Värdby");
    expect(await page.getByRole("status").textContent()).toContain("ingenting har ändrats ännu");
    const plan = page.getByRole("table", { name: "Raderna i filen och vad importen gör med dem" });
    expect(await plan.locator("tbody tr").count()).toBe(2);
    expect(await plan.textContent()).toContain("Antal användare: 120 → 150");
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 390, height: 844 });
    expect((await overflow(page)).scrollWidth).toBeLessThanOrEqual(390);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, "phone", "import-plan");
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(await snapshotOf(kit.server)).toEqual(before);

    await page.getByRole("button", { name: "Genomför importen" }).click();
    await page.waitForURL(`${origin}/kommun/${host.code}?importerad=1-1-0#applikationer`);
    expect(await page.getByRole("status").textContent()).toBe("Applikationsförteckningen är inläst: 1 nya, 1 ändrade och 0 oförändrade rader.");
    const usages = ok(
      await kit.server.gql(graphql(`query PagesBrowserMunicipality($c: String!) { municipality(code: $c) { applicationUsages { application { name } userCount } } }`), { c: host.code }),
    ).municipality!.applicationUsages;
    expect(usages.map((u: { application: { name: string }; userCount: number | null }) => `${u.application.name} ${u.userCount}`).sort()).toEqual([
      "Diariet 12",
      "Kartverktyget 30",
      "Lönesystemet 150",
    ]);
    const audit = ok(await kit.server.gql(graphql(`query PagesBrowserAuditLog { auditLog(first: 50) { nodes { operation actorName } } }`))).auditLog!.nodes.filter(
      (n: { operation: string }) => n.operation === "applicationUsagesImport",
    );
    expect(audit).toEqual([{ operation: "applicationUsagesImport", actorName: expect.stringMatching(/^test-editor-/) }]);

    // A file with one bad row: nothing of it is saved, and the import's own message says why.
    const after = await snapshotOf(kit.server);
    await upload("lista.csv", "Produkt,Leverantör,Kategori,Antal användare\nLönesystemet,Lön AB,,175\nNytt,Ny AB,Påhittad,1\n");
    expect(await page.getByRole("alert").textContent()).toContain("Ingenting har ändrats: filen behöver rättas först.");
    expect(await page.getByRole("alert").textContent()).toContain("Rad 3, Kategori: Okänd kategori ”Påhittad”");
    expect(await page.getByRole("button", { name: "Genomför importen" }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await upload("bild.png", "inte ett kalkylblad");
    expect(await page.getByRole("alert").textContent()).toContain("Filen måste vara ett kalkylblad i formatet .xlsx eller .csv.");
    expect(await snapshotOf(kit.server)).toEqual(after);
  });
});

describe("who may do what, in Chromium", () => {
  it("admins and the municipality's editor get the upload and decision forms; readers and other municipalities' editors get neither", async () => {
    const candidate = `${origin}/rekommendationer/${encodeURIComponent(candidateId)}`;
    const uploadForm = () => page.getByRole("button", { name: "Visa vad som skulle ändras" }).count();
    const decisionForm = () => page.getByRole("button", { name: "Spara beslut" }).count();
    for (const [who, token, mayUpload] of [
      ["admin", kit.server.adminToken, true],
      ["editor", editorToken, true],
      ["reader", readerToken, false],
      ["other municipality's editor", strangerToken, false],
    ] as const) {
      await signInWith(page, origin, token);
      await page.goto(`${origin}/kommun/${host.code}`);
      expect(await uploadForm(), who).toBe(mayUpload ? 1 : 0);
      await page.goto(candidate);
      expect(await page.getByRole("heading", { level: 1 }).textContent(), who).toMatch(/^Samverkansförslag: /);
      if (who === "reader") expect(await decisionForm(), who).toBe(0);
      if (who === "admin") expect(await decisionForm(), who).toBe(1);
      // Everyone reads Kompetens and Styrning; planned leave only for admins and the own municipality.
      await page.goto(`${origin}/kompetens`);
      expect((await page.textContent("main"))?.includes("2026-10"), who).toBe(who === "admin" || who === "editor");
      await page.goto(`${origin}/styrning`);
      expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Styrning");
    }
  });

  it("a form posted from another site's page is refused and changes nothing", async () => {
    await signInWith(page, origin, kit.server.adminToken);
    const content = Buffer.from("Produkt,Leverantör,Antal användare\nLönesystemet,Lön AB,999\n").toString("base64");
    const evil = await serve(`<!DOCTYPE html><html lang="sv"><head><title>Elak sida</title></head><body>
<form method="post" action="${origin}/kommun/${host.code}/import" enctype="multipart/form-data">
<input type="hidden" name="genomfor" value="1"><input type="hidden" name="filnamn" value="lista.csv"><input type="hidden" name="innehall" value="${content}">
<button type="submit">Ladda upp</button></form>
<form method="post" action="${origin}/rekommendationer/${encodeURIComponent(candidateId)}/beslut">
<input type="hidden" name="status" value="REJECTED"><input type="hidden" name="reason" value="Förfalskat">
<button type="submit">Besluta</button></form></body></html>`);
    try {
      const before = await snapshotOf(kit.server);
      for (const button of ["Ladda upp", "Besluta"]) {
        await page.goto(evil.url, { timeout: 10_000 });
        await page.getByRole("button", { name: button }).click({ timeout: 10_000 });
        await page.waitForLoadState();
        expect(await page.getByRole("heading", { level: 1 }).textContent(), button).toBe("Otillåten begäran");
      }
      expect(await snapshotOf(kit.server)).toEqual(before);
      const decisions = ok(await kit.server.gql(graphql(`query PagesBrowserRecommendationDecisions { recommendationDecisions { nodes { reason } } }`))).recommendationDecisions!.nodes;
      expect(decisions.filter((d: { reason: string }) => d.reason === "Förfalskat")).toEqual([]);
    } finally {
      await evil.close();
    }
  });

  it("no page asked another host for anything", () => {
    // The only other host: the forged post's page, which the test served itself.
    expect(browser.foreignRequests.filter((url) => !url.startsWith("http://localhost:"))).toEqual([]);
  });
});

/** Serves one HTML page from another site (localhost instead of 127.0.0.1, another port). */
async function serve(body: string): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((_request, response) => response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(body));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://localhost:${(server.address() as AddressInfo).port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // The browser keeps its connection open: close it too, or close() waits for it.
        server.closeAllConnections();
      }),
  };
}
