import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/src/access/roles";
import { root } from "../helpers/compiled";
import { ok, type TestServer } from "../helpers/server";
import { graphql, type Kit, months, type Municipality, startKit } from "../kit";

const sdk = join(root, "client-sdk");
const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
const exec = promisify(execFile);

/** Runs a program without blocking this process (the test server lives here); its exit status and output. */
async function run(file: string, args: string[], options: { cwd?: string; env?: Record<string, string> } = {}) {
  try {
    const { stdout, stderr } = await exec(file, args, { cwd: options.cwd ?? root, encoding: "utf8", env: { ...process.env, ...options.env } });
    return { status: 0, stdout, stderr };
  } catch (error: any) {
    return { status: typeof error.code === "number" ? error.code : -1, stdout: String(error.stdout ?? ""), stderr: String(error.stderr ?? error.message) };
  }
}
/** Runs tsc on a project; its exit status and what it printed. */
async function typeCheck(project: string, ...flags: string[]) {
  const result = await run(process.execPath, [tsc, "-p", project, ...flags]);
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}
const node = (file: string, args: string[], env: Record<string, string>) => run(process.execPath, [file, ...args], { env });
/** npm, without its warnings about this machine's own npm configuration. */
async function npm(args: string[], cwd: string) {
  const result = await run("npm", args, { cwd });
  if (result.status !== 0) throw new Error(`npm ${args.join(" ")} failed: ${result.stderr}`);
  return result;
}

/**
 * The SDK as a package, its examples run over data this file builds with the test kit: a
 * municipality (the examples' viewer, an editor's) with two systems, a collaboration and four
 * agreements, two of them with a decision deadline within 12 months.
 */
let kit: Kit;
let server: TestServer;
let own: Municipality;
const temp = mkdtempSync(join(tmpdir(), "samverkan-sdk-"));
beforeAll(async () => {
  kit = await startKit();
  server = kit.server;
  own = await kit.municipality({ name: "Bengtsfors" });
  for (let i = 0; i < 2; i++) await kit.usage({ municipality: own, application: await kit.application() });
  await kit.collaboration({ participants: [own, await kit.municipality()] });
  // Decision deadlines (a year before the notice deadline for a supplier's agreement): 2026-12-31 twice, within 12 months; 2025-12-31, passed; 2028-06-30, later.
  await kit.agreement({ parties: [own], ends: "2028-03-31", notice: months(3) });
  await kit.agreement({ parties: [own], ends: "2028-01-31", notice: months(1) });
  await kit.agreement({ parties: [own], ends: "2027-03-31", notice: months(3) });
  await kit.agreement({ parties: [own], ends: "2029-12-31", notice: months(6) });
  // One build of the SDK for the whole file (the examples and the fixtures type-check against it).
  // The build itself is test/global-setup.ts's: here only checked, not written again.
  expect((await typeCheck(join(sdk, "tsconfig.json"), "--noEmit")).status).toBe(0);
});
afterAll(async () => {
  await kit.close();
  rmSync(temp, { recursive: true, force: true });
  rmSync(join(sdk, "examples", "dist"), { recursive: true, force: true });
});

describe("the SDK as a package", () => {
  it("an example that uses a field wrongly fails to compile; the shipped examples compile", async () => {
    const wrong = await typeCheck(join(root, "test", "sdk", "fixtures", "tsconfig.json"));
    expect(wrong.status).not.toBe(0);
    expect(wrong.output).toMatch(/wrong-field\.ts\(7,\d+\): error TS2339: Property 'levle' does not exist/);
    expect(wrong.output).toMatch(/wrong-field\.ts\(8,\d+\): error TS2322/);
    const examples = await typeCheck(join(sdk, "examples", "tsconfig.json"));
    expect(examples.output).toBe("");
    expect(examples.status).toBe(0);
  });

  it("the examples run: agreements with a decision deadline within 12 months, fit scores from a CSV file", async () => {
    const token = await server.token(Role.EDITOR, own.code);
    const env = { SAMVERKAN_URL: server.url, SAMVERKAN_TOKEN: token };
    const deadlines = await node(join(sdk, "examples", "dist", "agreement-deadlines.js"), [], env);
    expect(deadlines.stderr).toBe("");
    expect(deadlines.status).toBe(0);
    const lines = deadlines.stdout.trim().split("\n");
    expect(lines[0]).toBe("Avtal för Bengtsfors med beslutsdatum inom 12 månader:");
    const expected = ok(
      await server.gql(graphql(`query PackageAgreements($m: ID) { agreements(municipality: $m, first: 100) { nodes { name schedule { decisionDeadline } } } }`), { m: own.id }),
    ).agreements!.nodes.filter((a: any) => a.schedule.decisionDeadline >= "2026-06-15" && a.schedule.decisionDeadline <= "2027-06-15");
    expect(expected).toHaveLength(2);
    expect(lines.length - 1).toBe(Math.max(expected.length, 1));
    for (const a of expected) expect(deadlines.stdout).toContain(`${a.schedule.decisionDeadline}\t`);

    const usages = ok(await server.gql(graphql(`query PackageApplicationUsages($m: ID) { applicationUsages(municipality: $m, first: 2) { nodes { id application { name } } } }`), { m: own.id }))
      .applicationUsages!.nodes;
    const csv = join(temp, "scores.csv");
    writeFileSync(csv, `application;functionalFit;technicalFit\n${usages[0].application.name};4;3\n${usages[1].application.name};7;2\nFinns inte;1;1\n`);
    const pushed = await node(join(sdk, "examples", "dist", "push-fit-scores.js"), [csv], env);
    expect(pushed.status).toBe(1);
    expect(pushed.stdout).toContain(`${usages[0].application.name}: uppdaterad`);
    expect(pushed.stdout).toContain(`${usages[1].application.name}: input.functionalFit:`);
    expect(pushed.stdout).toContain("Finns inte: används inte av Bengtsfors");
    const after = ok(
      await server.gql(
        graphql(`query PackageNode($a: ID!, $b: ID!) { a: node(id: $a) { ... on ApplicationUsage { functionalFit technicalFit } } b: node(id: $b) { ... on ApplicationUsage { functionalFit } } }`),
        {
          a: usages[0].id,
          b: usages[1].id,
        },
      ),
    );
    expect(after.a).toEqual({ functionalFit: 4, technicalFit: 3 });
    expect(after.b!.functionalFit).not.toBe(7);
  });

  it("npm pack gives a package another project installs (from the npm cache where it can) and imports", async () => {
    await npm(["pack", "--ignore-scripts", "--pack-destination", temp, "--silent"], sdk);
    const tarball = readdirSync(temp).find((f) => f.endsWith(".tgz"))!;
    expect(tarball).toMatch(/^samverkan-client-sdk-\d+\.\d+\.\d+\.tgz$/);
    const project = join(temp, "consumer");
    mkdirSync(project);
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
    await npm(["install", "--prefer-offline", "--no-audit", "--no-fund", join(temp, tarball)], project);
    writeFileSync(
      join(project, "main.js"),
      `import { createSamverkanClient, SamverkanRateLimitError, possibleTypes } from "@samverkan/client-sdk";
const client = createSamverkanClient({ url: process.env.SAMVERKAN_URL, token: process.env.SAMVERKAN_TOKEN });
const viewer = await client.viewer();
const board = await client.statusBoard({ first: 1 });
console.log(JSON.stringify({ role: viewer.role, rows: board.totalCount, rateLimit: typeof SamverkanRateLimitError, node: possibleTypes.Node.length > 0 }));
`,
    );
    const result = await node(join(project, "main.js"), [], { SAMVERKAN_URL: server.url, SAMVERKAN_TOKEN: server.adminToken });
    expect(result.stderr).toBe("");
    const total = ok(await server.gql(graphql(`query PackageStatusBoard { statusBoard { totalCount } }`))).statusBoard!.totalCount;
    expect(JSON.parse(result.stdout)).toEqual({ role: "ADMIN", rows: total, rateLimit: "function", node: true });
  });
});
