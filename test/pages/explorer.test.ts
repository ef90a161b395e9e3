import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readConfig } from "../../server/src/config";
import { EXPLORER_ASSETS_DIR } from "../../server/src/pages/explorer";
import { startServer, type TestServer } from "../helpers/server";
import { getPage, originOf, signIn } from "./helpers";

// test/global-setup.ts builds dist/explorer (as `npm run build` does) before the tests run.

describe("the explorer outside production", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => server.close());

  it("replaces Apollo's CDN landing page: a browser opening /graphql is sent to /explorer", async () => {
    const response = await fetch(server.url, { headers: { accept: "text/html" }, redirect: "manual" });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/explorer");
  });

  it("serves a Swedish page that explains the token header and loads only its own assets", async () => {
    const response = await getPage(server, "/explorer");
    expect(response.status).toBe(200);
    const csp = response.headers.get("content-security-policy")!;
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/https?:|\*/);
    const page = await response.text();
    expect(page).toContain('<html lang="sv">');
    expect(page).toContain("<code>Authorization: Bearer &lt;token&gt;</code>");
    expect(page).toContain('<label for="explorer-token">API-token</label>');
    expect(page).toContain('<script type="module" src="/explorer/assets/explorer.js"></script>');
    expect(page).toContain('<link rel="stylesheet" href="/explorer/assets/explorer.css">');
    expect(page).not.toMatch(/(src|href)="(https?:)?\/\//i);
    const settings = JSON.parse(/<script type="application\/json" id="explorer-settings">(.*?)<\/script>/s.exec(page)![1]);
    expect(settings.endpoint).toBe("/graphql");
  });

  it("names the signed-in token but never puts a token or the session id into the page", async () => {
    const cookie = await signIn(server, server.adminToken);
    const page = await (await getPage(server, "/explorer", { cookie })).text();
    expect(page).toContain("Du är inloggad på sidorna med token <strong>test-admin</strong> (administratör)");
    expect(page).not.toContain(server.adminToken);
    expect(page).not.toContain(cookie.split("=")[1]);
  });

  it("serves the bundle, the styles and Monaco's three workers, and nothing outside its folder", async () => {
    const base = originOf(server);
    for (const [file, type] of [
      ["explorer.js", "text/javascript"],
      ["explorer.css", "text/css"],
      ["editor.worker.js", "text/javascript"],
      ["json.worker.js", "text/javascript"],
      ["graphql.worker.js", "text/javascript"],
    ]) {
      const response = await fetch(`${base}/explorer/assets/${file}`);
      expect(response.status, file).toBe(200);
      expect(response.headers.get("content-type")).toBe(`${type}; charset=utf-8`);
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(10_000);
    }
    for (const path of ["/explorer/assets/..%2F..%2Fpackage.json", "/explorer/assets/.hidden.js", "/explorer/assets/nothing.js", "/explorer/assets/explorer.js.map"]) {
      expect((await fetch(`${base}${path}`)).status, path).toBe(404);
    }
  });

  it("the built bundle names no CDN and its stylesheet fetches no font from elsewhere", () => {
    const files = readdirSync(EXPLORER_ASSETS_DIR);
    expect(files.sort()).toEqual(["editor.worker.js", "explorer.css", "explorer.js", "graphql.worker.js", "json.worker.js"]);
    for (const file of files) {
      const text = readFileSync(join(EXPLORER_ASSETS_DIR, file), "utf8");
      expect(text, file).not.toMatch(/esm\.sh|unpkg\.com|jsdelivr|cdnjs|fonts\.googleapis|fonts\.gstatic/);
    }
    const css = readFileSync(join(EXPLORER_ASSETS_DIR, "explorer.css"), "utf8");
    for (const url of css.match(/url\([^)]*\)/g) ?? []) expect(url).toMatch(/^url\(["']?data:/);
  });
});

describe("the explorer in production", () => {
  it("is off unless SAMVERKAN_EXPLORER turns it on", async () => {
    expect(readConfig({ NODE_ENV: "production" }).explorer).toBe(false);
    expect(readConfig({ NODE_ENV: "production", SAMVERKAN_EXPLORER: "1" }).explorer).toBe(true);
    expect(readConfig({}).explorer).toBe(true);

    const off = await startServer({ production: true });
    try {
      const page = await getPage(off, "/explorer");
      expect(page.status).toBe(404);
      expect(await page.text()).toContain("<h1>Utforskaren är avstängd</h1>");
      expect((await fetch(`${originOf(off)}/explorer/assets/explorer.js`)).status).toBe(404);
      // No redirect and no landing page from a CDN: Apollo's answer to a GET without a query.
      const graphql = await fetch(off.url, { headers: { accept: "text/html" }, redirect: "manual" });
      expect(graphql.status).toBe(400);
      expect(await graphql.text()).not.toMatch(/apollographql|cdn|<script/i);
    } finally {
      await off.close();
    }

    const on = await startServer({ production: true, explorer: true });
    try {
      expect((await getPage(on, "/explorer")).status).toBe(200);
    } finally {
      await on.close();
    }
  });
});
