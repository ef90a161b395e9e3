import { timingSafeEqual } from "node:crypto";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { TokenService } from "../access/token-service";
import { bearerToken } from "../access/tokens";
import type { Viewer } from "../access/viewer";
import { readCookie, SESSION_COOKIE, type SessionStore } from "./sessions";

/**
 * Who is looking at a page: a bearer token (scripts, curl) or else the page session cookie. The
 * cookie counts for GET (and HEAD) requests only, so no cross-site form or script can act with it;
 * `POST /graphql` never looks at it at all (app/server.ts reads only the Authorization header).
 */
export class PageAuth {
  constructor(
    readonly tokens: TokenService,
    readonly sessions: SessionStore,
    private readonly clock: () => Date,
  ) {}

  async viewerOf(request: FastifyRequest): Promise<Viewer | null> {
    const token = bearerToken(request.headers.authorization);
    if (token) return this.tokens.resolve(token, this.clock());
    if (request.method !== "GET" && request.method !== "HEAD") return null;
    const tokenId = this.sessions.tokenIdOf(sessionIdOf(request), this.clock());
    return tokenId === null ? null : this.tokens.resolveId(tokenId, this.clock());
  }

  /** The form token to put in the forms of a page shown to a session; null for a bearer-token request (no cookie to forge with). */
  formTokenOf(request: FastifyRequest): string | null {
    if (bearerToken(request.headers.authorization)) return null;
    return this.sessions.formTokenOf(sessionIdOf(request), this.clock());
  }

  /**
   * Who posts a form that changes something. A bearer token (scripts) needs nothing more. With the
   * session cookie the post must come from our own pages (Origin / Sec-Fetch-Site) and carry the
   * session's form token; anything else answers null, as if nobody were signed in.
   */
  async formViewerOf(request: FastifyRequest, formToken: unknown): Promise<FormViewer> {
    const token = bearerToken(request.headers.authorization);
    if (token) return { viewer: await this.tokens.resolve(token, this.clock()), forged: false };
    if (!fromOwnSite(request, true)) return { viewer: null, forged: true };
    const id = sessionIdOf(request);
    const expected = this.sessions.formTokenOf(id, this.clock());
    if (expected === null) return { viewer: null, forged: false };
    if (typeof formToken !== "string" || !sameText(formToken, expected)) return { viewer: null, forged: true };
    const tokenId = this.sessions.tokenIdOf(id, this.clock());
    return { viewer: tokenId === null ? null : await this.tokens.resolveId(tokenId, this.clock()), forged: false };
  }
}

export interface FormViewer {
  viewer: Viewer | null;
  /** The post came from another site or without the session's form token. */
  forged: boolean;
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Lets the routes of `scope` read HTML form posts (application/x-www-form-urlencoded); /graphql keeps refusing them. */
export function acceptForms(scope: FastifyInstance): void {
  scope.addContentTypeParser("application/x-www-form-urlencoded", { parseAs: "string", bodyLimit: 16 * 1024 }, (_request, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(body as string)));
  });
}

export function sessionIdOf(request: FastifyRequest): string | undefined {
  return readCookie(request.headers.cookie, SESSION_COOKIE);
}

/**
 * Whether a form post comes from one of our own pages: browsers say where a request comes from
 * (Sec-Fetch-Site, Origin); requests without either header (curl) are not cross-site forgeries,
 * unless `strict` (posts with the session cookie, which need the form token besides).
 */
export function fromOwnSite(request: FastifyRequest, strict = false): boolean {
  const site = request.headers["sec-fetch-site"];
  if (site !== undefined) return site === "same-origin" || site === "none";
  const origin = request.headers.origin;
  if (origin === undefined) return !strict;
  return origin === `${request.protocol}://${request.host}`;
}
