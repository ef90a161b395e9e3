import { execFile } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/src/access/roles";
import { TokenService } from "../../server/src/access/token-service";
import { root } from "../helpers/compiled";
import { ok, startServer, TEST_NOW, type TestServer } from "../helpers/server";
import { graphql, type Kit, startKit } from "../kit";

const exec = promisify(execFile);
const tsc = join(root, "node_modules", "typescript", "bin", "tsc");

/** Runs a program without blocking this process (the test servers live here). */
async function run(file: string, args: string[], cwd: string, env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await exec(file, args, { cwd, encoding: "utf8", env: { ...process.env, ...env } });
    return { status: 0, stdout, stderr };
  } catch (error: any) {
    return { status: typeof error.code === "number" ? error.code : -1, stdout: String(error.stdout ?? ""), stderr: String(error.stderr ?? error.message) };
  }
}

/**
 * The packed SDK in an empty project, over data this file builds with the test kit: three
 * collaborations for the board to page through, and a usage of the municipality with code 1460,
 * whose editor the program (consumer/program.ts) is.
 */
let kit: Kit;
let server: TestServer;
let limited: TestServer;
const temp = mkdtempSync(join(tmpdir(), "samverkan-consumer-"));
let project: string;

beforeAll(async () => {
  [kit, limited] = await Promise.all([startKit(), startServer({ seed: false, rateLimit: { requests: 1, windowSeconds: 1 } })]);
  server = kit.server;
  const editors = await kit.municipality({ code: "1460" });
  await kit.usage({ municipality: editors, application: await kit.application() });
  for (let i = 0; i < 3; i++) await kit.collaboration({ participants: [editors, await kit.municipality()] });
  // Pack the SDK as test/global-setup.ts built it (ESM and CommonJS) and install the tarball into an empty project.
  const packed = await run("npm", ["pack", "--ignore-scripts", "--pack-destination", temp, "--silent"], join(root, "client-sdk"));
  expect(packed.stderr).toBe("");
  const tarball = readdirSync(temp).find((f) => f.endsWith(".tgz"))!;
  project = join(temp, "consumer");
  mkdirSync(project);
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true }));
  const installed = await run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", join(temp, tarball)], project);
  expect(installed.status, installed.stderr).toBe(0);
}, 180_000);
afterAll(async () => {
  await Promise.all([kit.close(), limited.close()]);
  rmSync(temp, { recursive: true, force: true });
});

describe("the packed SDK in an empty project, against a real server", () => {
  it.each([
    ["ESM", "main.mts", "main.mjs"],
    ["CommonJS", "main.cts", "main.cjs"],
  ])("as %s: type-checks, then pages, reports a user error, a forbidden call, retries a 429 and refuses a revoked token", async (_kind, source, output) => {
    copyFileSync(join(root, "test", "sdk", "consumer", "program.ts"), join(project, source));
    writeFileSync(
      join(project, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: { target: "es2022", module: "nodenext", moduleResolution: "nodenext", strict: true, types: [], lib: ["es2023", "dom"], rootDir: ".", outDir: "." },
        files: [source],
      }),
    );
    const checked = await run(process.execPath, [tsc, "-p", "tsconfig.json"], project);
    expect(`${checked.stdout}${checked.stderr}`).toBe("");
    expect(checked.status).toBe(0);

    const tokens = new TokenService(server.db);
    const revoked = await tokens.create({ name: `revoked-${output}`, role: Role.READER, now: TEST_NOW });
    await tokens.revoke(`revoked-${output}`, TEST_NOW);
    const env = {
      SAMVERKAN_URL: server.url,
      ADMIN_TOKEN: server.adminToken,
      EDITOR_TOKEN: await server.token(Role.EDITOR, "1460"),
      READER_TOKEN: await server.token(Role.READER),
      REVOKED_TOKEN: revoked.token,
      LIMITED_URL: limited.url,
      // A token of its own for each run: the limiter counts per token, and with one token shared the
      // second run's first call could fall in the first run's last window (one retry more).
      LIMITED_TOKEN: await limited.token(Role.ADMIN),
    };
    const result = await run(process.execPath, [join(project, output)], project, env);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const rows = ok(await server.gql(graphql(`query ConsumerStatusBoard { statusBoard { totalCount } }`))).statusBoard!.totalCount;
    expect(rows).toBeGreaterThan(2);
    expect(JSON.parse(result.stdout)).toEqual({
      paged: rows,
      userError: ["OUT_OF_RANGE", "input.functionalFit"],
      forbidden: "FORBIDDEN",
      limited: { roles: ["ADMIN", "ADMIN", "ADMIN"], retries: 2 },
      revoked: ["UNAUTHENTICATED", 401],
    });
  });
});
