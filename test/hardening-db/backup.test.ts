import { execFile, execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import type { DataSource } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backupSqlite } from "../../server/src/db/backup";
import { openDatabase } from "../../server/src/app/database";
import { type Dataset, exportDataset, importDataset } from "../../server/src/db/dataset";
import { Municipality } from "../../server/src/municipalities/entities";
import { freshDatabase, type FreshDatabase, testPostgresUrl } from "../helpers/database";
import { ok, TEST_NOW } from "../helpers/server";
import { graphql, type Kit, months, startKit } from "../kit";

/**
 * Backup, export and import round trips, judged on data of every kind the kit builds (`fill`):
 * municipalities named in Swedish order, IT units, systems and usages, collaborations and a body,
 * agreements, people, roles, competences, a network, a training plan with an activity, a freeze, a
 * governance document, tokens and the audit entries of it all.
 */

const root = join(__dirname, "..", "..");
// The CLIs run compiled, from a build of their own (another test file builds dist/ at the same time).
const build = join(root, ".dist-backup-test");
const temp = mkdtempSync(join(tmpdir(), "samverkan-backup-"));
const cleanups: (() => Promise<unknown> | unknown)[] = [];

/** Builds data of every kind through the API, so the export holds audit entries and a renamed, re-keyed name too. */
async function fill(kit: Kit): Promise<void> {
  const [z, å, ä, ö] = [
    await kit.municipality({ name: "Zederby" }),
    await kit.municipality({ name: "Åby" }),
    await kit.municipality({ name: "Ärtby" }),
    await kit.municipality({ name: "Ödeby stad" }),
  ];
  const renamed = ok(
    await kit.request(graphql(`mutation BackupRename($id: ID!) { municipalityUpdate(input: { id: $id, name: "Ödeby" }) { userErrors { message } } }`), { id: ö.id }),
  ).municipalityUpdate;
  expect(renamed!.userErrors).toEqual([]);
  const unit = await kit.itUnit({ municipality: å });
  const cases = await kit.application({ name: "Ärendehantering 100%", vendor: "Öst & Väst AB", category: "OTHER", scope: "COMMON" });
  const usage = await kit.usage({ municipality: å, application: cases, annualCostSek: 40_000 });
  const body = await kit.body({ members: [å, ä] });
  const shared = await kit.collaboration({ level: 3, participants: [å, ä, z], application: cases, operator: unit, body });
  await kit.collaboration({ level: 1, participants: [ö, z] });
  await kit.agreement({ kind: "SAMVERKANSAVTAL", parties: [å, ä, z], ends: "2027-12-31", notice: months(6), collaborations: [shared] });
  const owner = await kit.person({ municipality: å, itUnit: unit });
  const specialist = await kit.person({ municipality: ä });
  await kit.role({ kind: "SYSTEMAGARE", person: owner, collaboration: shared });
  await kit.role({ kind: "SYSTEMFORVALTARE", person: specialist, usage });
  await kit.competence({ person: specialist, application: cases, since: "2022-01-01" });
  await kit.plannedLeave(specialist, "2026-09");
  await kit.network({ coordinator: specialist, members: [owner] });
  const plan = await kit.trainingPlan({ collaboration: shared });
  await kit.trainingActivity({ plan, heldOn: "2026-06-15", municipalities: [{ municipality: å, participants: 4 }], participants: [owner] });
  await kit.changeFreeze({ municipality: ä, period: { kind: "DATES", fromDate: "2026-12-20", toDate: "2027-01-06" } });
  await kit.governanceDocument({ kind: "IT_POLICY", body, adoptedOn: "2020-01-01" });
}

let kit: Kit;

beforeAll(async () => {
  execFileSync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", root, "--outDir", build], { stdio: "inherit" });
  kit = await startKit();
  await fill(kit);
});

afterAll(async () => {
  await kit?.close();
  for (const cleanup of cleanups.reverse()) await cleanup();
  rmSync(build, { recursive: true, force: true });
  rmSync(temp, { recursive: true, force: true });
});

async function fresh(): Promise<{ database: FreshDatabase; db: DataSource }> {
  const database = await freshDatabase();
  const db = await openDatabase({ url: database.url });
  cleanups.push(
    () => database.drop(),
    () => db.isInitialized && db.destroy(),
  );
  return { database, db };
}

const withoutTime = ({ exportedAt: _, ...rest }: Dataset) => rest;

/** Runs a compiled CLI without blocking this process (its database may be written meanwhile). */
function cli(script: string, args: string[], databaseUrl: string): Promise<{ status: number; out: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [join(build, "server", "src", "cli", script), ...args], { env: { ...process.env, DATABASE_URL: databaseUrl } }, (error, stdout, stderr) =>
      resolve({ status: error ? Number(error.code) : 0, out: stdout + stderr }),
    );
  });
}

describe("JSON export and import of the whole dataset", () => {
  it("round-trips exactly, ids kept, and the copy takes new rows after the highest id", async () => {
    const source = await exportDataset(kit.server.db, TEST_NOW);
    expect(Object.keys(source.tables)).toEqual(expect.arrayContaining(["municipality", "application", "agreement", "audit_entry", "api_token", "competence_network"]));
    // Generic over the entity metadata: every entity's table is in the export.
    expect(Object.keys(source.tables).sort()).toEqual(kit.server.db.entityMetadatas.map((m) => m.tableName).sort());
    expect(source.tables.audit_entry.length).toBeGreaterThan(0);

    const { db } = await fresh();
    await importDataset(db, source);
    expect(withoutTime(await exportDataset(db, TEST_NOW))).toEqual(withoutTime(source));

    const highest = Math.max(...source.tables.municipality.map((row) => row.id as number));
    const added = await db.getRepository(Municipality).save(Object.assign(new Municipality(), { code: "9999", name: "Östra Nykommun", county: null }));
    expect(added.id).toBe(highest + 1);
    expect(added.nameKey).toBe("}stra nykommun");
  });

  it("moves an SQLite database to the suite's database (PostgreSQL in the PostgreSQL run) through the CLIs", async () => {
    const source = await startKit({ database: "sqlite" });
    cleanups.push(() => source.close());
    await fill(source);
    const before = await exportDataset(source.server.db, TEST_NOW);

    const file = join(temp, "dataset.json");
    const exported = await cli("dataset.js", ["export", file], source.server.databaseUrl);
    expect(exported.out).toMatch(/Exporterade \d+ rader ur \d+ tabeller/);
    expect(exported.status).toBe(0);

    const target = await freshDatabase();
    cleanups.push(() => target.drop());
    const imported = await cli("dataset.js", ["import", file], target.url);
    expect(imported.out).toContain(testPostgresUrl ? "postgres" : "SQLite");
    expect(imported.status).toBe(0);

    const db = await openDatabase({ url: target.url });
    cleanups.push(() => db.isInitialized && db.destroy());
    expect(withoutTime(await exportDataset(db, TEST_NOW))).toEqual(withoutTime(before));
    // Names keep their one order on the new database.
    const names = (await db.getRepository(Municipality).find({ order: { nameKey: "ASC" } })).map((m) => m.name);
    expect(names).toEqual(["Zederby", "Åby", "Ärtby", "Ödeby"]);
  });

  it("refuses a database that holds data, or an export of another schema, and changes nothing", async () => {
    const source = await exportDataset(kit.server.db, TEST_NOW);
    const { db } = await fresh();
    await db.query(`INSERT INTO municipality (code, name, name_key) VALUES ('0001', 'Kvar', 'kvar')`);
    await expect(importDataset(db, source)).rejects.toThrow(/inte tom \(tabellen municipality har rader\)/);
    expect(await db.query(`SELECT COUNT(*) AS n FROM application`)).toEqual([{ n: testPostgresUrl ? "0" : 0 }]);

    const { db: empty } = await fresh();
    await expect(importDataset(empty, { ...source, schema: "Foundation1795300000000" })).rejects.toThrow(/samma version/);
    await expect(importDataset(empty, { ...source, tables: { ...source.tables, nonsense: [] } })).rejects.toThrow(/inte känner till: nonsense/);

    const file = join(temp, "broken.json");
    writeFileSync(file, "{ not json");
    const refused = await cli("dataset.js", ["import", file], (await freshDatabase("sqlite")).url);
    expect(refused.status).toBe(1);
    expect(refused.out).toContain("kan inte läsas som JSON: filen är inte giltig JSON.");
    expect(refused.out).not.toMatch(/\n\s+at /);
  });
});

describe("npm run backup (SQLite online backup)", () => {
  it("copies a database in use into FILE and the copy holds every row, intact", async () => {
    const live = await startKit({ database: "sqlite" });
    cleanups.push(() => live.close());
    await fill(live);
    const { db, databaseUrl } = live.server;
    // The server's connection stays open and writes while the backup runs.
    const writes = (async () => {
      for (let i = 0; i < 50; i++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        await db.query(`INSERT INTO municipality (code, name, name_key) VALUES (?, ?, ?)`, [`8${String(i).padStart(3, "0")}`, `Skrivkommun ${i}`, `skrivkommun ${i}`]);
      }
    })();
    const file = join(temp, "backup.db");
    const [result] = await Promise.all([cli("backup.js", [file], databaseUrl), writes]);
    expect(result.out).toMatch(/Säkerhetskopierade \d+ sidor till .*backup\.db \(integriteten kontrollerad\)/);
    expect(result.status).toBe(0);
    expect(existsSync(`${file}.partial`)).toBe(false);

    const copy = new Database(file, { readonly: true });
    expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
    const municipalities = (copy.prepare("SELECT COUNT(*) AS n FROM municipality").get() as { n: number }).n;
    expect(municipalities).toBeGreaterThanOrEqual(4);
    expect((copy.prepare("SELECT COUNT(*) AS n FROM collaboration").get() as { n: number }).n).toBe(2);
    copy.close();

    // A second backup to the same FILE replaces it with the newer state.
    await backupSqlite(databaseUrl, file);
    const again = new Database(file, { readonly: true });
    expect((again.prepare("SELECT COUNT(*) AS n FROM municipality").get() as { n: number }).n).toBe(4 + 50);
    again.close();
    expect(readFileSync(file).subarray(0, 15).toString()).toBe("SQLite format 3");
  });

  it("refuses a PostgreSQL URL, a missing database and a missing target folder with a message, not a stack trace", async () => {
    const postgres = await cli("backup.js", [join(temp, "x.db")], "postgres://u@127.0.0.1:1/db");
    expect(postgres.status).toBe(1);
    expect(postgres.out).toContain("Fel: backup kopierar en SQLite-databas; för PostgreSQL används pg_dump");
    const missing = await cli("backup.js", [join(temp, "y.db")], join(temp, "missing", "none.db"));
    expect(missing.status).toBe(1);
    expect(missing.out).toContain("kan inte öppnas: filen finns inte.");
    expect(missing.out).not.toMatch(/\n\s+at /);
    const nowhere = await cli("backup.js", [join(temp, "no-such-folder", "copy.db")], join(temp, "x.db"));
    expect(nowhere.status).toBe(1);
    expect(nowhere.out).toMatch(/^Fel: Mappen för .*copy\.db finns inte\.$/m);
    expect(nowhere.out).not.toMatch(/\n\s+at /);
    expect((await cli("backup.js", [], "x")).status).toBe(2);
  });
});
