import { execFileSync, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_DATABASE_URL, readConfig } from "../../server/src/config";

/**
 * The compiled server's start as a newcomer runs it (npm start): migrations, the Dalsland seed loaded
 * on a fresh database, the first admin token. About the quick start and its seed, so on the seed.
 */

const root = join(__dirname, "..", "..");
const main = join(root, "dist", "server", "src", "main.js");
const cli = join(root, "dist", "server", "src", "cli", "token.js");
const dirs: string[] = [];
const children: ChildProcess[] = [];

function tempDatabase(): string {
  const dir = mkdtempSync(join(tmpdir(), "samverkan-start-"));
  dirs.push(dir);
  return join(dir, "samverkan.db");
}

/** Starts `node dist/server/src/main.js` and resolves with its output once it serves. */
function start(env: Record<string, string>): Promise<{ url: string; output: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [main], { env: { ...process.env, PORT: "0", ...env }, stdio: ["ignore", "pipe", "pipe"] });
  children.push(child);
  let output = "";
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /serving (http:\/\/\S+\/graphql)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ url: match[1], output, child });
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.on("exit", (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
}

async function stop(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

async function gql(url: string, token: string, query: string): Promise<any> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: JSON.stringify({ query }) });
  return response.json();
}

function tokenCli(database: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { env: { ...process.env, DATABASE_URL: database }, encoding: "utf8" });
  return { status: result.status, out: result.stdout + result.stderr };
}

// These tests run the compiled entry points exactly as `npm start` does: build first.
beforeAll(() => {
  execFileSync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", root], { stdio: "inherit" });
});

afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe("npm start on an empty database", () => {
  it("migrates, seeds Dalsland, shows a first admin token once, and serves it", async () => {
    const database = tempDatabase();
    const first = await start({ DATABASE_URL: database });
    const token = /\b(svk_[A-Za-z0-9_-]{20,})\b/.exec(first.output)?.[1];
    expect(first.output).toContain("loaded the Dalsland seed");
    expect(token).toBeTruthy();
    const data = (await gql(first.url, token!, `{ viewer { role } collaborations { totalCount } }`)).data;
    expect(data).toEqual({ viewer: { role: "ADMIN" }, collaborations: { totalCount: 7 } });
    await stop(first.child);

    // A second start keeps the data, loads no seed again and shows no new token.
    const second = await start({ DATABASE_URL: database });
    expect(second.output).not.toContain("loaded the Dalsland seed");
    expect(second.output).not.toMatch(/svk_/);
    expect((await gql(second.url, token!, `{ collaborations { totalCount } }`)).data.collaborations.totalCount).toBe(7);
    await stop(second.child);

    const db = new Database(database);
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    db.close();
  });

  it("uses SAMVERKAN_BOOTSTRAP_TOKEN as the first admin token, and the token CLI manages more", async () => {
    const database = tempDatabase();
    const bootstrap = "deploy-secret-0123456789abcdef";
    const server = await start({ DATABASE_URL: database, SAMVERKAN_BOOTSTRAP_TOKEN: bootstrap });
    expect(server.output).not.toContain(bootstrap);
    expect((await gql(server.url, bootstrap, `{ viewer { role } }`)).data.viewer.role).toBe("ADMIN");

    const created = tokenCli(database, "create", "--name", "intranet-bengtsfors", "--role", "EDITOR", "--municipality", "1460");
    expect(created.status).toBe(0);
    const editor = /\b(svk_[A-Za-z0-9_-]{20,})\b/.exec(created.out)![1];
    expect((await gql(server.url, editor, `{ viewer { role municipality { code } } }`)).data.viewer).toEqual({ role: "EDITOR", municipality: { code: "1460" } });

    expect(tokenCli(database, "list").out).toMatch(/intranet-bengtsfors\tEDITOR\t1460/);
    const refused = tokenCli(database, "create", "--name", "x", "--role", "EDITOR");
    expect(refused.status).toBe(1);
    expect(refused.out).toContain("Fel: En EDITOR-token måste ange sin kommun (--municipality KOD).");

    expect(tokenCli(database, "revoke", "intranet-bengtsfors").status).toBe(0);
    expect((await gql(server.url, editor, `{ viewer { role } }`)).errors[0].extensions.code).toBe("UNAUTHENTICATED");
    await stop(server.child);
  });
});

describe("DATABASE_URL", () => {
  it("is refused at start unless it names a database, with a message naming the variable, and no file is made", () => {
    const cwd = mkdtempSync(join(tmpdir(), "samverkan-start-"));
    dirs.push(cwd);
    for (const value of ["undefined", "http://example.org/x.db"]) {
      const result = spawnSync(process.execPath, [main], { cwd, env: { ...process.env, PORT: "0", DATABASE_URL: value }, encoding: "utf8", timeout: 20_000 });
      expect(result.status, value).toBe(1);
      expect(result.stderr, value).toContain(`DATABASE_URL must be a PostgreSQL URL`);
      expect(result.stderr, value).toContain(`got "${value}"`);
      expect(result.stdout, value).not.toContain("serving");
    }
    expect(readdirSync(cwd)).toEqual([]);
    for (const value of ["data/samverkan", "postgres://", "null", "localhost"]) expect(() => readConfig({ DATABASE_URL: value }), value).toThrow(`got "${value}"`);
  });

  it("takes PostgreSQL URLs, sqlite: paths and .db/.sqlite/.sqlite3 files, and defaults when unset", () => {
    for (const value of [
      "postgres://app@db.example/samverkan",
      "postgresql://app:secret@127.0.0.1:5432/samverkan",
      "sqlite:./data/x",
      "./data/samverkan.db",
      "/var/lib/samverkan/data.sqlite",
      "C:\\data\\samverkan.sqlite3",
    ]) {
      expect(readConfig({ DATABASE_URL: value }).databaseUrl).toBe(value);
    }
    expect(readConfig({}).databaseUrl).toBe(DEFAULT_DATABASE_URL);
    expect(readConfig({ DATABASE_URL: "" }).databaseUrl).toBe(DEFAULT_DATABASE_URL);
    expect(() => readConfig({ DATABASE_URL: "undefined" })).toThrow(/DATABASE_URL/);
  });
});

describe("every CLI's --help", () => {
  it("explains its use in English and Swedish and exits 0, touching no database", () => {
    const cwd = mkdtempSync(join(tmpdir(), "samverkan-start-"));
    dirs.push(cwd);
    const clis = [["token.js"], ["report.js"], ["backup.js"], ["dataset.js", "export"], ["sheet.js"], ["reminders.js"], ["emit-schema.js"]];
    for (const [script, ...args] of clis) {
      const result = spawnSync(process.execPath, [join(root, "dist", "server", "src", "cli", script), ...args, "--help"], { cwd, encoding: "utf8" });
      expect(result.status, script).toBe(0);
      expect(result.stdout, script).toMatch(/^Usage/);
      expect(result.stdout, script).toContain("\nAnvändning");
    }
    expect(readdirSync(cwd)).toEqual([]);
  });
});
