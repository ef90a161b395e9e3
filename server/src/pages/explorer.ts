import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { FastifyInstance } from "fastify";
import type { Viewer } from "../access/viewer";
import { html, raw, type Html } from "../render/html";
import { page } from "../render/layout";
import type { PageAuth } from "./auth";
import { CHROME_CSS, pageHeader, roleName, sendPage } from "./chrome";

/** Where `npm run build` (explorer/build.mjs) writes the bundled explorer. */
export const EXPLORER_ASSETS_DIR = join(projectRoot(), "dist", "explorer");

/** The explorer loads its script, styles and Monaco workers from this server and nothing else. */
const EXPLORER_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self' data:; img-src 'self' data:; worker-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/** Asset names as build.mjs writes them (no slashes: nothing outside the folder can be named). */
const ASSET_NAME = /^[a-z][a-z.]*\.(js|css)$/;
const CONTENT_TYPES = { js: "text/javascript; charset=utf-8", css: "text/css; charset=utf-8" } as const;

const DEFAULT_QUERY = `# Kör frågan med ▶ (Ctrl+Enter).
# Hela API:t: bokikonen till vänster.
{
  viewer { tokenName role }
  collaborations(first: 10) {
    nodes { name level { ordinal name } levelSince }
  }
}
`;

/**
 * GraphiQL's own logo link is its neutral colour at 76 % opacity, below WCAG AA's 4.5:1 contrast:
 * shown at full strength here (in both of its themes). Its tabs' nested buttons are fixed in main.jsx.
 */
const EXPLORER_CSS = `
main{max-width:none}
#graphiql{height:80vh;min-height:32rem;border:1px solid #aeb6bf;margin-bottom:1rem}
.intro{max-width:72rem}
.token{margin:1rem 0}
.token label{display:block;font-weight:600;margin-bottom:.25rem}
.token input{font:inherit;width:100%;max-width:32rem;padding:.4rem;border:1px solid #4d4d4d;border-radius:.25rem}
.graphiql-container .graphiql-logo a.graphiql-logo-link{color:hsl(var(--color-neutral))}
`.trim();

interface ExplorerDeps {
  auth: PageAuth;
  enabled: boolean;
  assetsDir?: string;
}

/** `GET /explorer` (the page) and `GET /explorer/assets/<file>` (the bundle), or a 404 page when turned off. */
export function registerExplorer(app: FastifyInstance, deps: ExplorerDeps): void {
  const assetsDir = deps.assetsDir ?? EXPLORER_ASSETS_DIR;

  app.get("/explorer", async (request, reply) => {
    const viewer = await deps.auth.viewerOf(request);
    if (!deps.enabled) {
      return sendPage(
        reply,
        404,
        message(
          viewer,
          "Utforskaren är avstängd",
          html`<p>Den här servern visar inte utforskaren (i produktion är den avstängd om inte <code>SAMVERKAN_EXPLORER=1</code>). API:t nås på <code>/graphql</code> med en token.</p>`,
        ),
      );
    }
    if (!existsSync(join(assetsDir, "explorer.js"))) {
      return sendPage(
        reply,
        503,
        message(viewer, "Utforskaren är inte byggd", html`<p>Utforskarens filer saknas. Kör <code>npm run build</code> (det gör <code>npm start</code> också) och ladda om sidan.</p>`, true),
      );
    }
    return sendPage(reply, 200, explorerPage(viewer), EXPLORER_CSP);
  });

  app.get("/explorer/assets/:file", async (request, reply) => {
    const file = (request.params as { file: string }).file;
    const path = join(assetsDir, file);
    if (!deps.enabled || !ASSET_NAME.test(file) || !existsSync(path)) return reply.code(404).send({ error: "Filen finns inte.", code: "NOT_FOUND" });
    const type = CONTENT_TYPES[file.endsWith(".css") ? "css" : "js"];
    return reply.header("content-type", type).header("cache-control", "no-cache").header("x-content-type-options", "nosniff").send(readFileSync(path));
  });
}

function explorerPage(viewer: Viewer | null): string {
  // Read by explorer/main.jsx; a JSON script element is data, not code (the CSP allows no inline script).
  const settings = JSON.stringify({ endpoint: "/graphql", defaultQuery: DEFAULT_QUERY }).replace(/</g, "\\u003c");
  return page({
    title: "Utforskaren – Samverkan",
    header: pageHeader({ viewer, explorer: true, path: "/explorer" }),
    css: `${CHROME_CSS}\n${EXPLORER_CSS}`,
    body: html`<div class="intro">
<h1>Utforskaren (GraphQL)</h1>
<p>Här skriver och kör du frågor mot API:t. API:t vill ha din API-token i HTTP-huvudet <code>Authorization: Bearer &lt;token&gt;</code>:
klistra in den i fältet nedan så skickar utforskaren huvudet med varje fråga (du kan också skriva huvuden själv under fliken <strong>Headers</strong>).
Utforskaren skickar aldrig inloggningens sessionskaka och sparar inte din token: den finns bara i den här sidan tills du stänger den.
Schemat och dokumentationen (bokikonen) fungerar utan token.</p>
<div class="token">
<label for="explorer-token">API-token</label>
<input id="explorer-token" type="password" autocomplete="off" spellcheck="false" aria-describedby="explorer-token-hint">
<p id="explorer-token-hint" class="muted">${viewer ? html`Du är inloggad på sidorna med token <strong>${viewer.tokenName}</strong> (${roleName(viewer.role)}): klistra in samma token, eller en annan.` : html`En token börjar med <code>svk_</code>. Du får den av en administratör.`}</p>
</div>
</div>
<noscript><p>Utforskaren behöver JavaScript. Statustavlan fungerar utan.</p></noscript>
<link rel="stylesheet" href="/explorer/assets/explorer.css">
<div id="graphiql" role="region" aria-label="GraphQL-utforskaren"></div>
<script type="application/json" id="explorer-settings">${raw(settings)}</script>
<script type="module" src="/explorer/assets/explorer.js"></script>`,
  });
}

function message(viewer: Viewer | null, title: string, body: Html, explorerLink = false): string {
  return page({ title: `${title} – Samverkan`, header: pageHeader({ viewer, explorer: explorerLink, path: "/explorer" }), css: CHROME_CSS, body: html`<h1>${title}</h1>${body}` });
}

/** The folder with package.json above this file, both in the sources and in dist/. */
function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`package.json not found above ${__dirname}`);
    dir = parent;
  }
  return dir;
}
