import { randomBytes } from "node:crypto";

/** The page session cookie: a random id, never the token; HttpOnly, SameSite=Strict. */
export const SESSION_COOKIE = "samverkan_session";

/** A session lasts this long from sign-in, then the browser signs in again. */
export const SESSION_HOURS = 8;

/** Bounds memory: beyond this many live sessions the oldest are dropped. */
const MAX_SESSIONS = 10_000;

interface Session {
  tokenId: number;
  expiresAt: number;
  /** The session's form token: every form that changes something carries it (a forged cross-site post cannot know it). */
  formToken: string;
}

/**
 * Page sessions, kept in the server's memory: a random session id mapped to the id of the API token
 * the browser signed in with (never the token itself). A restart signs everybody out, and a revoked
 * token ends its sessions at the next request (the viewer is resolved from the token id each time).
 */
export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  create(tokenId: number, now: Date): string {
    this.prune(now);
    const id = randomBytes(32).toString("base64url");
    this.sessions.set(id, { tokenId, expiresAt: now.getTime() + SESSION_HOURS * 3_600_000, formToken: randomBytes(32).toString("base64url") });
    return id;
  }

  /** The token id behind a live session, or null. */
  tokenIdOf(id: string | undefined, now: Date): number | null {
    return this.live(id, now)?.tokenId ?? null;
  }

  /** The form token of a live session, or null. */
  formTokenOf(id: string | undefined, now: Date): string | null {
    return this.live(id, now)?.formToken ?? null;
  }

  private live(id: string | undefined, now: Date): Session | null {
    if (!id) return null;
    const session = this.sessions.get(id);
    if (!session) return null;
    if (session.expiresAt <= now.getTime()) {
      this.sessions.delete(id);
      return null;
    }
    return session;
  }

  end(id: string | undefined): void {
    if (id) this.sessions.delete(id);
  }

  private prune(now: Date): void {
    for (const [id, session] of this.sessions) if (session.expiresAt <= now.getTime()) this.sessions.delete(id);
    // Map iteration follows insertion order: the first entries are the oldest.
    for (const id of this.sessions.keys()) {
      if (this.sessions.size < MAX_SESSIONS) break;
      this.sessions.delete(id);
    }
  }
}

/** The value of one cookie from a Cookie header. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** Set-Cookie for a new session (`id`) or for clearing it (`null`). Secure whenever the request came over HTTPS. */
export function sessionCookie(id: string | null, secure: boolean): string {
  const attributes = ["Path=/", "HttpOnly", "SameSite=Strict", id === null ? "Max-Age=0" : `Max-Age=${SESSION_HOURS * 3600}`];
  if (secure) attributes.push("Secure");
  return [`${SESSION_COOKIE}=${id ?? ""}`, ...attributes].join("; ");
}
