import type { FastifyInstance, FastifyReply } from "fastify";
import type { Viewer } from "../access/viewer";
import { html } from "../render/html";
import { page } from "../render/layout";
import { acceptForms, fromOwnSite, sessionIdOf, type PageAuth } from "./auth";
import { CHROME_CSS, localPath, pageHeader, sendPage } from "./chrome";
import { SESSION_HOURS, sessionCookie } from "./sessions";

interface SignInDeps {
  auth: PageAuth;
  clock: () => Date;
  explorer: boolean;
}

const FORM_CSS = `
.field{margin:1rem 0}
.field label{display:block;font-weight:600;margin-bottom:.25rem}
.field input{font:inherit;width:100%;max-width:32rem;padding:.4rem;border:1px solid #4d4d4d;border-radius:.25rem}
.field input[aria-invalid="true"]{border:2px solid #a4000f}
.error{color:#a4000f;font-weight:600}
.notice{border-left:4px solid #0a4a8a;padding:.25rem .75rem;background:#eef4fa}
`.trim();

/** `GET /signin` (the form), `POST /signin` (token → session cookie), `POST /signout`. */
export async function registerSignIn(app: FastifyInstance, deps: SignInDeps): Promise<void> {
  // Only these routes read HTML form posts; /graphql keeps refusing them.
  await app.register(async (scope) => {
    acceptForms(scope);

    scope.get("/signin", async (request, reply) => {
      const query = request.query as Record<string, unknown>;
      const viewer = await deps.auth.viewerOf(request);
      const next = localPath(query.next);
      const notice = query.utloggad !== undefined ? "Du är utloggad." : viewer ? "Du är redan inloggad. Du kan logga in med en annan token nedan." : null;
      return sendPage(reply, 200, signInPage({ next, notice, error: null, viewer, explorer: deps.explorer }));
    });

    scope.post("/signin", async (request, reply) => {
      if (!fromOwnSite(request)) return forbidden(reply, deps.explorer);
      const body = (request.body ?? {}) as Record<string, unknown>;
      const next = localPath(body.next);
      const token = typeof body.token === "string" ? body.token.trim() : "";
      if (!token) return sendPage(reply, 400, signInPage({ next, notice: null, error: "Fyll i din API-token.", viewer: null, explorer: deps.explorer }));
      const viewer = await deps.auth.tokens.resolve(token, deps.clock());
      if (!viewer) {
        return sendPage(
          reply,
          401,
          signInPage({ next, notice: null, error: "Den token finns inte, är återkallad eller har gått ut. Kontrollera att du klistrat in hela.", viewer: null, explorer: deps.explorer }),
        );
      }
      deps.auth.sessions.end(sessionIdOf(request));
      const session = deps.auth.sessions.create(viewer.tokenId, deps.clock());
      return reply
        .header("set-cookie", sessionCookie(session, request.protocol === "https"))
        .header("cache-control", "no-store")
        .redirect(next, 303);
    });

    scope.post("/signout", async (request, reply) => {
      if (!fromOwnSite(request)) return forbidden(reply, deps.explorer);
      deps.auth.sessions.end(sessionIdOf(request));
      return reply
        .header("set-cookie", sessionCookie(null, request.protocol === "https"))
        .header("cache-control", "no-store")
        .redirect("/signin?utloggad", 303);
    });
  });
}

function forbidden(reply: FastifyReply, explorer: boolean) {
  return sendPage(
    reply,
    403,
    page({
      title: "Otillåten begäran – Samverkan",
      header: pageHeader({ viewer: null, explorer, path: "/" }),
      css: CHROME_CSS,
      body: html`<h1>Otillåten begäran</h1><p>Formuläret skickades från en annan webbplats och togs inte emot. <a href="/signin">Logga in här</a>.</p>`,
    }),
  );
}

function signInPage(options: { next: string; notice: string | null; error: string | null; viewer: Viewer | null; explorer: boolean }): string {
  const { error } = options;
  return page({
    title: error ? "Fel: Logga in – Samverkan" : "Logga in – Samverkan",
    header: pageHeader({ viewer: options.viewer, explorer: options.explorer, path: "/signin" }),
    css: `${CHROME_CSS}\n${FORM_CSS}`,
    body: html`<h1>Logga in</h1>
${options.notice ? html`<p class="notice" role="status">${options.notice}</p>` : ""}
<p>Statustavlan och rapporterna visar det som din API-token får läsa, med samma regler som API:t (till exempel andra kommuners personuppgifter bara för administratörer). Klistra in din token och logga in.</p>
<p>Token sparas inte i webbläsaren: servern svarar med en sessionskaka som gäller i ${SESSION_HOURS} timmar och bara för att läsa sidor. Den kan inte användas för att ändra något via API:t.</p>
<form method="post" action="/signin" novalidate>
<input type="hidden" name="next" value="${options.next}">
<div class="field">
<label for="token">API-token</label>
<input id="token" name="token" type="password" required autocomplete="off" spellcheck="false" aria-describedby="token-hint${error ? " token-error" : ""}"${error ? html` aria-invalid="true"` : ""}>
<p id="token-hint" class="muted">En token börjar med <code>svk_</code>. Du får den av en administratör (<code>npm run token -- create</code>).</p>
${error ? html`<p id="token-error" class="error" role="alert">${error}</p>` : ""}
</div>
<button type="submit">Logga in</button>
</form>`,
  });
}
