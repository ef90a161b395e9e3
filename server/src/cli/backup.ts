import "reflect-metadata";
import { readConfig } from "../config";
import { backupSqlite, BackupError } from "../db/backup";
import { runCli } from "./run";

const USAGE = `Usage: npm run backup -- FILE
Copies the SQLite database DATABASE_URL (default ./data/samverkan.db) into FILE while it may be in use
(SQLite's online backup), checks the copy's integrity and only then replaces FILE.

Användning: npm run backup -- FIL
Kopierar SQLite-databasen DATABASE_URL (standard ./data/samverkan.db) till FIL medan den kan vara i bruk
(SQLites onlinebackup), kontrollerar kopians integritet och ersätter först därefter FIL.`;

async function main(argv: string[]): Promise<number> {
  const [target] = argv;
  if (!target || target === "--help" || target === "-h") {
    console.log(USAGE);
    return target ? 0 : 2;
  }
  const { file, pages } = await backupSqlite(readConfig().databaseUrl, target);
  console.log(`Säkerhetskopierade ${pages} sidor till ${file} (integriteten kontrollerad).`);
  return 0;
}

runCli(main, [BackupError]);
