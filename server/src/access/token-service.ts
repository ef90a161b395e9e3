import { IsNull, type DataSource } from "typeorm";
import { ApiToken } from "./entities";
import { Role } from "./roles";
import { generateToken, hashToken } from "./tokens";
import type { Viewer } from "./viewer";
import { Municipality } from "../municipalities/entities";

export interface CreatedToken {
  id: number;
  name: string;
  role: Role;
  municipalityCode: string | null;
  /** The token itself: shown once, never stored. */
  token: string;
}

export class TokenError extends Error {}

/** Creates, revokes and resolves API tokens. Used by the server at start-up, the CLI and tests. */
export class TokenService {
  constructor(private readonly db: DataSource) {}

  async create(input: { name: string; role: Role; municipalityCode?: string | null; token?: string; now: Date }): Promise<CreatedToken> {
    const name = input.name.trim();
    if (!name || name.length > 100) throw new TokenError("A token needs a name of 1–100 characters.");
    let municipality: Municipality | null = null;
    if (input.municipalityCode) {
      municipality = await this.db.getRepository(Municipality).findOneBy({ code: input.municipalityCode });
      if (!municipality) throw new TokenError(`No municipality has code ${input.municipalityCode}.`);
    }
    if (input.role === Role.EDITOR && !municipality) throw new TokenError("An EDITOR token must name its municipality (--municipality CODE).");
    if (input.role === Role.ADMIN && municipality) throw new TokenError("An ADMIN token speaks for no single municipality.");
    const token = input.token ?? generateToken();
    if (token.length < 16) throw new TokenError("A token must be at least 16 characters long.");
    const saved = await this.db.getRepository(ApiToken).save(
      Object.assign(new ApiToken(), {
        name,
        tokenHash: hashToken(token),
        role: input.role,
        municipalityId: municipality?.id ?? null,
        createdAt: input.now.toISOString(),
        revokedAt: null,
      }),
    );
    return { id: saved.id, name, role: input.role, municipalityCode: municipality?.code ?? null, token };
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

  /** The viewer a bearer token stands for, or null when unknown or revoked. One indexed lookup. */
  async resolve(token: string): Promise<Viewer | null> {
    return viewerOf(await this.db.getRepository(ApiToken).findOneBy({ tokenHash: hashToken(token), revokedAt: IsNull() }));
  }

  /** The viewer of a token by its id (a page session remembers only the id), or null when revoked. */
  async resolveId(tokenId: number): Promise<Viewer | null> {
    return viewerOf(await this.db.getRepository(ApiToken).findOneBy({ id: tokenId, revokedAt: IsNull() }));
  }
}

function viewerOf(row: ApiToken | null): Viewer | null {
  return row ? { tokenId: row.id, tokenName: row.name, role: row.role, municipalityId: row.municipalityId } : null;
}
