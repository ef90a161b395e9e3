import { existsSync, renameSync, rmSync } from "node:fs";
import { dirname, resolve } from "node:path";
import Database from "better-sqlite3";
import { isPostgresUrl, sqliteFile } from "./urls";

export class BackupError extends Error {}

/**
 * An online backup of an SQLite database (SQLite's backup API: consistent while a server writes)
 * into `target`, replaced atomically only once the copy passes `PRAGMA integrity_check`.
 */
export async function backupSqlite(databaseUrl: string, target: string): Promise<{ file: string; pages: number }> {
  if (isPostgresUrl(databaseUrl)) throw new BackupError("backup kopierar en SQLite-databas; för PostgreSQL används pg_dump eller `npm run export`.");
  const partial = `${target}.partial`;
  if (!existsSync(dirname(resolve(target)))) throw new BackupError(`Mappen för ${target} finns inte.`);
  rmSync(partial, { force: true });
  const file = sqliteFile(databaseUrl);
  let source: Database.Database;
  try {
    source = new Database(file, { fileMustExist: true, timeout: 5000 });
  } catch (error) {
    throw new BackupError(`Databasen ${file} kan inte öppnas: ${existsSync(file) ? "filen kan inte läsas som en SQLite-databas" : "filen finns inte"}.`);
  }
  try {
    const { totalPages } = await source.backup(partial);
    const copy = new Database(partial, { readonly: true });
    const integrity = copy.pragma("integrity_check", { simple: true });
    copy.close();
    if (integrity !== "ok") throw new BackupError(`Kopian klarade inte integritetskontrollen: ${integrity}`);
    renameSync(partial, target);
    return { file: target, pages: totalPages };
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    source.close();
  }
}
