import { createHash, randomBytes } from "node:crypto";

const PREFIX = "svk_";

/** A new random API token. Only its hash is stored; the token itself is shown once. */
export function generateToken(): string {
  return PREFIX + randomBytes(32).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Reads `Authorization: Bearer <token>`; undefined when absent or malformed. */
export function bearerToken(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  const match = value ? /^Bearer\s+(\S{8,512})\s*$/i.exec(value) : null;
  return match ? match[1] : undefined;
}
