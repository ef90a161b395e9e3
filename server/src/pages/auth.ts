import type { FastifyRequest } from "fastify";
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
    if (token) return this.tokens.resolve(token);
    if (request.method !== "GET" && request.method !== "HEAD") return null;
    const tokenId = this.sessions.tokenIdOf(sessionIdOf(request), this.clock());
    return tokenId === null ? null : this.tokens.resolveId(tokenId);
  }
}

export function sessionIdOf(request: FastifyRequest): string | undefined {
  return readCookie(request.headers.cookie, SESSION_COOKIE);
}

/**
 * Whether a form post comes from one of our own pages: browsers say where a request comes from
 * (Sec-Fetch-Site, Origin); requests without either header (curl) are not cross-site forgeries.
 */
export function fromOwnSite(request: FastifyRequest): boolean {
  const site = request.headers["sec-fetch-site"];
  if (site !== undefined) return site === "same-origin" || site === "none";
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  return origin === `${request.protocol}://${request.host}`;
}
