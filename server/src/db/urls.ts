import { resolve } from "node:path";

/** What a DATABASE_URL names: a PostgreSQL URL, or an SQLite file. */
export function describeDatabase(url: string): string {
  return isPostgresUrl(url) ? url.replace(/\/\/[^@/]*@/, "//***@") : `SQLite ${sqliteFile(url)}`;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

export function sqliteFile(url: string): string {
  return resolve(url.replace(/^sqlite:/i, ""));
}
