import "reflect-metadata";
import { parseArgs } from "node:util";
import { parseExpiry, TokenError, TokenService } from "../access/token-service";
import type { DataSource } from "typeorm";
import { parseRole, Role } from "../access/roles";
import { runMutation } from "../core/mutation";
import { Evaluations } from "../evaluations/registry";
import { createContext } from "../core/context";
import { Municipality } from "../municipalities/entities";
import { referenceList } from "../municipalities/reference";
import { createMunicipality } from "../municipalities/service";
import { readConfig } from "../config";
import { openDatabase } from "../app/database";
import { runCli } from "./run";

const USAGE = `Usage:
  npm run token -- create --name NAME --role ADMIN|EDITOR|READER [--municipality CODE] [--expires DATE|DAYSd]
      (a CODE of Sweden's 290 municipalities that the database lacks is added from the reference list)
  npm run token -- revoke ID|NAME
  npm run token -- list
The database is DATABASE_URL (default ./data/samverkan.db).

Användning:
  npm run token -- create --name NAMN --role ADMIN|EDITOR|READER [--municipality KOD]
  npm run token -- revoke ID|NAMN
  npm run token -- list
Databasen är DATABASE_URL (standard ./data/samverkan.db).`;

/**
 * A municipality of the reference list that the database does not have yet is added first (name,
 * county and population from the list), as an admin's municipalityCreate audited as "cli".
 */
async function addFromReferenceList(db: DataSource, code: string): Promise<void> {
  if (!referenceList().municipalityByCode.has(code) || (await db.getRepository(Municipality).existsBy({ code }))) return;
  const ctx = createContext(db, { tokenId: 0, tokenName: "cli", role: Role.ADMIN, municipalityId: null }, new Date(), new Evaluations(db));
  const outcome = await runMutation(ctx, "municipalityCreate", (s) => createMunicipality(s, { code }));
  if (!outcome.result) throw new TokenError(outcome.userErrors.map((e) => e.message).join(" "));
  console.log(`Lade till kommunen ${outcome.result.name} (${code}, ${outcome.result.county}) från referenslistan.`);
}

async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { name: { type: "string" }, role: { type: "string" }, municipality: { type: "string" }, expires: { type: "string" }, help: { type: "boolean", short: "h" } },
  });
  const [command, target] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return command || values.help ? 0 : 2;
  }
  const db = await openDatabase({ url: readConfig().databaseUrl });
  const tokens = new TokenService(db);
  try {
    switch (command) {
      case "create": {
        const role = parseRole(values.role ?? "");
        if (!values.name || !role) throw new TokenError("create behöver --name och --role ADMIN|EDITOR|READER.");
        if (values.municipality && role !== Role.ADMIN) await addFromReferenceList(db, values.municipality);
        const now = new Date();
        const expiresAt = values.expires === undefined ? null : parseExpiry(values.expires, now);
        const created = await tokens.create({ name: values.name, role, municipalityCode: values.municipality, now, expiresAt });
        console.log(
          `Skapade token #${created.id} "${created.name}" (${created.role}${created.municipalityCode ? `, kommun ${created.municipalityCode}` : ""}${created.expiresAt ? `, upphör ${created.expiresAt}` : ""}).`,
        );
        console.log("Token visas bara denna enda gång:");
        console.log(created.token);
        return 0;
      }
      case "revoke": {
        if (!target) throw new TokenError("revoke behöver en tokens id eller namn.");
        const count = await tokens.revoke(target, new Date());
        console.log(count ? `Återkallade ${count} ${count === 1 ? "token" : "tokens"}.` : `Ingen aktiv token matchar "${target}".`);
        return count ? 0 : 1;
      }
      case "list": {
        for (const t of await tokens.list()) {
          console.log(
            `#${t.id}\t${t.name}\t${t.role}\t${t.municipalityCode ?? "-"}\tskapad ${t.createdAt}${t.expiresAt ? `\tupphör ${t.expiresAt}` : ""}${t.revokedAt ? `\tåterkallad ${t.revokedAt}` : ""}`,
          );
        }
        return 0;
      }
      default:
        console.error(USAGE);
        return 2;
    }
  } catch (error) {
    if (error instanceof TokenError) {
      console.error(`Fel: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await db.destroy();
  }
}

runCli(main);
