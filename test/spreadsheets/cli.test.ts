import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { DataSource } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildInto, removeBuild, root } from "../helpers/compiled";
import { type Kit, type Municipality, startKit } from "../kit";
import { buildFixtureMunicipalities } from "./helpers";

// The CLIs run compiled, from a build of their own, on the database of a kit server that holds the
// fixtures' Bengtsfors (./helpers.ts).
let build: string;
let kit: Kit;
let db: DataSource;
let bengtsfors: Municipality;
const temp = mkdtempSync(join(tmpdir(), "samverkan-sheet-"));
const fixtures = join(root, "test", "fixtures", "spreadsheets");

beforeAll(async () => {
  build = buildInto("sheet-cli");
  kit = await startKit();
  ({ bengtsfors } = await buildFixtureMunicipalities(kit));
  db = kit.server.db;
});

afterAll(async () => {
  await kit?.close();
  removeBuild(build);
  rmSync(temp, { recursive: true, force: true });
});

function sheet(args: string[]): Promise<{ status: number; out: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [join(build, "server", "src", "cli", "sheet.js"), ...args], { env: { ...process.env, DATABASE_URL: kit.server.databaseUrl } }, (error, stdout, stderr) =>
      resolve({ status: error ? Number(error.code) : 0, out: stdout + stderr }),
    );
  });
}

const users = async (application: string) =>
  (
    await db.query(
      `SELECT a.name AS name, u.user_count AS users FROM application_usage u JOIN application a ON a.id = u.application_id JOIN municipality m ON m.id = u.municipality_id WHERE m.code = '${bengtsfors.code}'`,
    )
  ).find((row: { name: string }) => row.name === application)?.users;

describe("npm run import and npm run export-sheet", () => {
  it("exports a municipality's usages (xlsx and csv) and the export re-imports with every row unchanged", async () => {
    const xlsx = join(temp, "bengtsfors.xlsx");
    const exported = await sheet(["export", "--what", "usages", "--municipality", bengtsfors.code, "--out", xlsx]);
    expect(exported).toMatchObject({ status: 0 });
    expect(exported.out).toMatch(/Skrev \d+ rader/);
    expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe("PK");
    const plan = await sheet(["import", "--municipality", bengtsfors.code, xlsx]);
    expect(plan.status).toBe(0);
    expect(plan.out).toContain("provkörning");
    expect(plan.out).toMatch(/Summa: 0 nya, 0 ändras, \d+ oförändrade, 0 fel\./);

    const csv = join(temp, "bengtsfors.csv");
    expect((await sheet(["export", "--what", "usages", "--municipality", bengtsfors.code, "--format", "csv", "--out", csv])).status).toBe(0);
    expect(readFileSync(csv, "utf8")).toContain("Produkt;Leverantör");
    expect((await sheet(["import", "--municipality", bengtsfors.code, csv])).out).toMatch(/0 nya, 0 ändras/);
  });

  it("prints the problems and exits 1 on a rejected file; --apply applies a good one", async () => {
    const rejected = await sheet(["import", "--municipality", bengtsfors.code, "--apply", join(fixtures, "bengtsfors-rejected.csv")]);
    expect(rejected.status).toBe(1);
    expect(rejected.out).toContain("rad 2, Verksamhetsnytta (1–4): Ett heltal från 1 till 4");
    expect(rejected.out).toContain("Inget ändrades.");
    expect(await users("Heroma")).toBe(90);

    const applied = await sheet(["import", "--municipality", bengtsfors.code, "--apply", join(fixtures, "bengtsfors-applications.csv")]);
    expect(applied.status).toBe(0);
    expect(applied.out).toContain("Genomfört");
    expect(applied.out).toMatch(/rad 3\tÄNDRAS\tHeroma \(CGI\) \[namn och leverantör\]\tExtern nyckel: – → BF-002; Antal användare: 90 → 95/);
    expect(await users("Heroma")).toBe(95);
  });

  it("answers a usage error with exit code 2", async () => {
    expect((await sheet(["import", join(fixtures, "bengtsfors-applications.csv")])).status).toBe(2);
    expect((await sheet(["import", "--municipality", "0000", join(fixtures, "bengtsfors-applications.csv")])).status).toBe(2);
    expect((await sheet(["export", "--what", "everything"])).status).toBe(2);
    // Said in Swedish, node's own argument errors included.
    expect((await sheet(["import", "--municipality", "0000", join(fixtures, "bengtsfors-applications.csv")])).out).toContain("Fel: ingen kommun har koden 0000.");
    expect((await sheet(["export", "--what", "everything"])).out).toContain("Fel: export behöver --what board|usages|agreements|competence-risk.");
    expect((await sheet(["export", "--what", "board", "--format", "csv", "--csv", "tabb"])).out).toContain("Fel: okänd CSV-form ”tabb”");
    const unknown = await sheet(["import", "--municipalty", bengtsfors.code]);
    expect(unknown).toEqual({ status: 2, out: "Fel: okänt argument --municipalty. Skriv --help för att se vad kommandot tar.\n" });
    const missing = await sheet(["export", "--what"]);
    expect(missing).toEqual({ status: 2, out: "Fel: --what behöver ett värde. Skriv --help för att se vad kommandot tar.\n" });
  });
});
