import "reflect-metadata";
import { readFileSync, writeFileSync } from "node:fs";
import { readConfig } from "../config";
import { openDatabase } from "../app/database";
import { describeDatabase } from "../db/urls";
import { DatasetError, exportDataset, importDataset, type Dataset } from "../db/dataset";
import { runCli } from "./run";

const USAGE = `Usage:
  npm run export -- FILE        write the whole dataset of DATABASE_URL to FILE as JSON (ids kept)
  npm run import-json -- FILE   load FILE into DATABASE_URL, which must be empty (new, migrated, unseeded)
An export from SQLite imports into PostgreSQL and back; both databases must be at the same migration.

Användning:
  npm run export -- FIL         skriver hela datamängden i DATABASE_URL till FIL som JSON (id:n behålls)
  npm run import-json -- FIL    läser in FIL i DATABASE_URL, som måste vara tom (ny, migrerad, utan seed)
En export från SQLite kan läsas in i PostgreSQL och tillbaka; båda databaserna måste ha samma migrering.`;

async function main(argv: string[]): Promise<number> {
  const [command, file] = argv;
  if (argv.includes("--help") || argv.includes("-h")) {
    console.log(USAGE);
    return 0;
  }
  if (!file || (command !== "export" && command !== "import")) {
    console.log(USAGE);
    return 2;
  }
  const { databaseUrl } = readConfig();
  const db = await openDatabase({ url: databaseUrl });
  try {
    if (command === "export") {
      const dataset = await exportDataset(db, new Date());
      writeFileSync(file, `${JSON.stringify(dataset, null, 1)}\n`);
      const rows = Object.values(dataset.tables).reduce((sum, rows) => sum + rows.length, 0);
      console.log(`Exporterade ${rows} rader ur ${Object.keys(dataset.tables).length} tabeller från ${describeDatabase(databaseUrl)} till ${file}.`);
    } else {
      let dataset: Dataset;
      try {
        dataset = JSON.parse(readFileSync(file, "utf8"));
      } catch (error) {
        throw new DatasetError(`${file} kan inte läsas som JSON: ${error instanceof SyntaxError ? "filen är inte giltig JSON" : (error as Error).message}.`);
      }
      const { tables, rows } = await importDataset(db, dataset);
      console.log(`Läste in ${rows} rader i ${tables} tabeller i ${describeDatabase(databaseUrl)}.`);
    }
    return 0;
  } finally {
    await db.destroy();
  }
}

runCli(main, [DatasetError]);
