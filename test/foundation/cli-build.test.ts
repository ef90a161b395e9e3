import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = join(__dirname, "..", "..");
let project: string;

/**
 * A small project laid out as Samverkan is (scripts/built.mjs, server/src, tsconfig.json, the
 * TypeScript compiler in node_modules), so the runner's rebuild decisions are tested without
 * touching the real dist/ other test files build into.
 */
beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), "samverkan-built-"));
  mkdirSync(join(project, "scripts"));
  copyFileSync(join(root, "scripts", "built.mjs"), join(project, "scripts", "built.mjs"));
  mkdirSync(join(project, "server", "src", "cli"), { recursive: true });
  mkdirSync(join(project, "node_modules"));
  symlinkSync(join(root, "node_modules", "typescript"), join(project, "node_modules", "typescript"), "dir");
  writeFileSync(join(project, "tsconfig.json"), JSON.stringify({ compilerOptions: { module: "commonjs", target: "es2022", rootDir: ".", outDir: "dist", types: [] }, include: ["server/src"] }));
  writeFileSync(join(project, "server", "src", "main.ts"), "export const started = true;\n");
  writeFileSync(join(project, "server", "src", "cli", "hello.ts"), `declare const process: { argv: string[] };\nconsole.log(\`hello \${process.argv.slice(2).join(" ")}\`);\n`);
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

const run = (...args: string[]) => {
  const result = spawnSync(process.execPath, [join(project, "scripts", "built.mjs"), "dist/server/src/cli/hello.js", ...args], { encoding: "utf8" });
  return { status: result.status, out: result.stdout, err: result.stderr };
};

describe("npm run <cli> (scripts/built.mjs)", () => {
  it("compiles when there is no build, then runs the build as it is until a source is newer", () => {
    const first = run("a", "b");
    expect(first).toMatchObject({ status: 0, out: "hello a b\n" });
    expect(first.err).toContain("compiling");

    const second = run("c");
    expect(second).toEqual({ status: 0, out: "hello c\n", err: "" });

    writeFileSync(join(project, "server", "src", "cli", "hello.ts"), `declare const process: { argv: string[] };\nconsole.log(\`hi \${process.argv.slice(2).join(" ")}\`);\n`);
    // The build as if made a minute before the edit (file times may be coarse).
    const earlier = new Date(Date.now() - 60_000);
    utimesSync(join(project, "dist", "server", "src", "main.js"), earlier, earlier);
    const changed = run("d");
    expect(changed).toMatchObject({ status: 0, out: "hi d\n" });
    expect(changed.err).toContain("compiling");
    expect(run("e")).toEqual({ status: 0, out: "hi e\n", err: "" });
  });

  it("runs an installed build without sources at once, and says what to do without build or compiler", () => {
    rmSync(join(project, "server"), { recursive: true });
    expect(run("f")).toEqual({ status: 0, out: "hi f\n", err: "" });

    mkdirSync(join(project, "server", "src"), { recursive: true });
    rmSync(join(project, "dist"), { recursive: true });
    rmSync(join(project, "node_modules", "typescript"));
    const refused = run();
    expect(refused.status).toBe(1);
    expect(refused.err).toContain("npm run build");
  });
});
