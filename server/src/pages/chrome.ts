import type { FastifyReply } from "fastify";
import { Role } from "../access/roles";
import type { Viewer } from "../access/viewer";
import { html, type Html } from "../render/html";

/** Server-rendered pages load nothing: inline CSS (the layout's, the level badges') and inline SVG only. */
export const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

const ROLE_NAMES: Record<Role, string> = {
  [Role.ADMIN]: "administratör",
  [Role.EDITOR]: "redaktör",
  [Role.READER]: "läsare",
};

export interface Chrome {
  viewer: Viewer | null;
  /** Whether /explorer is served (a link in the navigation). */
  explorer: boolean;
  /** The path of the page, for the sign-in link's way back. */
  path: string;
}

/** The pages' common header: navigation, and who is signed in with a sign-out button (a form: works without JavaScript). */
export function pageHeader(chrome: Chrome): Html {
  const who = chrome.viewer
    ? html`<p class="signed-in">Inloggad med token <strong>${chrome.viewer.tokenName}</strong> (${ROLE_NAMES[chrome.viewer.role]}).</p>
<form method="post" action="/signout" class="no-print"><button type="submit">Logga ut</button></form>`
    : html`<p class="signed-in"><a href="/signin?next=${encodeURIComponent(chrome.path)}">Logga in</a></p>`;
  const links = NAV_LINKS.filter((link) => !link.explorerOnly || chrome.explorer);
  return html`<nav aria-label="Huvudmeny"><ul class="menu">
${links.map((link) => html`<li><a href="${link.href}"${isCurrent(link.href, chrome.path) ? html` aria-current="page"` : ""}>${link.label}</a></li>`)}
</ul></nav>
<div class="who">${who}</div>`;
}

export interface NavLink {
  href: string;
  label: string;
  /** Shown only when the server serves the explorer. */
  explorerOnly?: boolean;
}

/**
 * The common header's links, in the order shown: the one list every page's header draws. A new page
 * adds its entry here.
 */
export const NAV_LINKS: readonly NavLink[] = [
  { href: "/", label: "Statustavla" },
  { href: "/rekommendationer", label: "Rekommendationer" },
  { href: "/kommun", label: "Kommuner" },
  { href: "/avtal", label: "Avtal och tidsgränser" },
  { href: "/kompetens", label: "Kompetens" },
  { href: "/styrning", label: "Styrning" },
  { href: "/behov", label: "Behov" },
  { href: "/explorer", label: "Utforskaren (GraphQL)", explorerOnly: true },
];

/** Whether `path` (with any query) is the page `href` or one below it ("/" only itself). */
function isCurrent(href: string, path: string): boolean {
  const pathname = path.split("?")[0];
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

/** CSS for the header above, appended to the layout's stylesheet. */
export const CHROME_CSS = `
.site-header{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:center;gap:.5rem;border-bottom:1px solid #d0d7de;padding-top:.5rem;padding-bottom:.5rem}
.menu{list-style:none;display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;margin:0;padding:0}
.menu a[aria-current]{font-weight:700}
.who{flex-wrap:wrap}
.who{display:flex;align-items:center;gap:.75rem}
.who p{margin:0}
button{font:inherit;padding:.3rem .9rem;border:1px solid #0a4a8a;background:#0a4a8a;color:#fff;border-radius:.25rem;cursor:pointer}
.who button{background:#fff;color:#0a4a8a}
`.trim();

export function roleName(role: Role): string {
  return ROLE_NAMES[role];
}

/** Sends a whole HTML document with headers that keep it private and self-contained. */
export function sendPage(reply: FastifyReply, status: number, document: string, csp = PAGE_CSP): FastifyReply {
  return reply
    .code(status)
    .header("content-type", "text/html; charset=utf-8")
    .header("cache-control", "no-store")
    .header("content-security-policy", csp)
    .header("x-content-type-options", "nosniff")
    .header("referrer-policy", "same-origin")
    .send(document);
}

/** A local path to return to after signing in: only "/..." on this site, never "//host" or a URL. */
export function localPath(value: unknown, fallback = "/"): string {
  return typeof value === "string" && /^\/(?![/\\])[^\s]*$/.test(value) ? value : fallback;
}
