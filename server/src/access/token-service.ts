import { IsNull, type DataSource } from "typeorm";
import { ApiToken } from "./entities";
import { Role } from "./roles";
import { generateToken, hashToken } from "./tokens";
import type { Viewer } from "./viewer";
import { Municipality } from "../municipalities/entities";
import { addDays, isLocalDate, swedishDate } from "../common/dates";

export interface CreatedToken {
  id: number;
  name: string;
  role: Role;
  municipalityCode: string | null;
  /** The token itself: shown once, never stored. */
  token: string;
  /** When it stops working (ISO instant); null: never. */
  expiresAt: string | null;
}

export class TokenError extends Error {}

/** Creates, revokes and resolves API tokens. Used by the server at start-up, the CLI and tests. */
export class TokenService {
  constructor(private readonly db: DataSource) {}

  async create(input: { name: string; role: Role; municipalityCode?: string | null; token?: string; now: Date; expiresAt?: Date | null }): Promise<CreatedToken> {
    const name = input.name.trim();
    if (!name || name.length > 100) throw new TokenError("En token behöver ett namn på 1–100 tecken.");
    let municipality: Municipality | null = null;
    if (input.municipalityCode) {
      municipality = await this.db.getRepository(Municipality).findOneBy({ code: input.municipalityCode });
      if (!municipality) throw new TokenError(`Ingen kommun har koden ${input.municipalityCode}.`);
    }
    if (input.role === Role.EDITOR && !municipality) throw new TokenError("En EDITOR-token måste ange sin kommun (--municipality KOD).");
    if (input.role === Role.ADMIN && municipality) throw new TokenError("En ADMIN-token företräder ingen enskild kommun: ange inte --municipality.");
    const token = input.token ?? generateToken();
    if (token.length < 16) throw new TokenError("En token måste vara minst 16 tecken lång.");
    const expiresAt = input.expiresAt ? input.expiresAt.toISOString() : null;
    if (expiresAt !== null && expiresAt <= input.now.toISOString()) throw new TokenError("En tokens slutdatum måste ligga i framtiden.");
    const saved = await this.db.getRepository(ApiToken).save(
      Object.assign(new ApiToken(), {
        name,
        tokenHash: hashToken(token),
        role: input.role,
        municipalityId: municipality?.id ?? null,
        createdAt: input.now.toISOString(),
        revokedAt: null,
        expiresAt,
      }),
    );
    return { id: saved.id, name, role: input.role, municipalityCode: municipality?.code ?? null, token, expiresAt };
  }

  /** Revokes by numeric id or by name; returns how many tokens were revoked. */
  async revoke(idOrName: string, now: Date): Promise<number> {
    const repo = this.db.getRepository(ApiToken);
    const where = /^\d+$/.test(idOrName) ? { id: Number(idOrName), revokedAt: IsNull() } : { name: idOrName, revokedAt: IsNull() };
    const tokens = await repo.findBy(where);
    for (const token of tokens) token.revokedAt = now.toISOString();
    await repo.save(tokens);
    return tokens.length;
  }

  async list(): Promise<(ApiToken & { municipalityCode: string | null })[]> {
    const tokens = await this.db.getRepository(ApiToken).find({ order: { id: "ASC" } });
    const municipalities = await this.db.getRepository(Municipality).find();
    const codes = new Map(municipalities.map((m) => [m.id, m.code]));
    return tokens.map((t) => Object.assign(t, { municipalityCode: t.municipalityId ? (codes.get(t.municipalityId) ?? null) : null }));
  }

  async count(): Promise<number> {
    return this.db.getRepository(ApiToken).count();
  }

  /** The viewer a bearer token stands for at `now`, or null when unknown, revoked or expired. One indexed lookup. */
  async resolve(token: string, now: Date): Promise<Viewer | null> {
    return viewerOf(await this.db.getRepository(ApiToken).findOneBy({ tokenHash: hashToken(token), revokedAt: IsNull() }), now);
  }

  /** The viewer of a token by its id (a page session remembers only the id), or null when revoked or expired at `now`. */
  async resolveId(tokenId: number, now: Date): Promise<Viewer | null> {
    return viewerOf(await this.db.getRepository(ApiToken).findOneBy({ id: tokenId, revokedAt: IsNull() }), now);
  }
}

function viewerOf(row: ApiToken | null, now: Date): Viewer | null {
  if (!row || (row.expiresAt !== null && row.expiresAt <= now.toISOString())) return null;
  return { tokenId: row.id, tokenName: row.name, role: row.role, municipalityId: row.municipalityId, expiresAt: row.expiresAt };
}

/**
 * `--expires`: a date (YYYY-MM-DD: the token works through that day, Swedish time, and stops at
 * midnight after it) or a number of days from now ("90d").
 */
export function parseExpiry(text: string, now: Date): Date {
  const days = /^(\d{1,5})d$/.exec(text);
  if (days) return new Date(now.getTime() + Number(days[1]) * 86_400_000);
  if (isLocalDate(text)) return startOfSwedishDay(addDays(text, 1));
  throw new TokenError(`--expires tar ett datum (ÅÅÅÅ-MM-DD) eller ett antal dagar ("90d"), inte "${text}".`);
}

/** The instant Swedish day `date` begins (midnight in Stockholm, at UTC+1 or UTC+2). */
function startOfSwedishDay(date: string): Date {
  for (const offset of ["+02:00", "+01:00"]) {
    const instant = new Date(`${date}T00:00:00${offset}`);
    if (swedishDate(instant) === date && swedishDate(new Date(instant.getTime() - 1)) !== date) return instant;
  }
  return new Date(`${date}T00:00:00+01:00`);
}
