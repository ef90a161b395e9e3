import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { readConfig } from "../../server/src/config";

const root = join(__dirname, "..", "..");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|mjs|jsx)$/.test(entry.name) && !entry.name.endsWith(".d.mts") ? [path] : [];
  });
}

describe("configuration", () => {
  it("reads environment variables in server/src/config.ts only", () => {
    const readers = sources(join(root, "server", "src"))
      .filter((file) => /process\.env\b/.test(readFileSync(file, "utf8")))
      .map((file) => relative(root, file));
    expect(readers).toEqual([join("server", "src", "config.ts")]);
  });

  it("reads the agreement deadline settings there, and stops on a malformed one naming the variable", () => {
    expect(readConfig({}).agreements).toEqual({ leadTimeMonths: 12, leadTimeMonthsHighLevel: 18, highLevelFrom: 3, noticeDueDays: 90, decisionWarningMonths: 6 });
    expect(readConfig({ SAMVERKAN_NOTICE_DUE_DAYS: "30", SAMVERKAN_PROCUREMENT_LEAD_MONTHS: "6" }).agreements).toMatchObject({ noticeDueDays: 30, leadTimeMonths: 6 });
    expect(() => readConfig({ SAMVERKAN_PROCUREMENT_HIGH_LEVEL: "three" })).toThrow(/SAMVERKAN_PROCUREMENT_HIGH_LEVEL/);
  });
});

describe("dependencies", () => {
  const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { dependencies: Record<string, string>; devDependencies: Record<string, string>; scripts: Record<string, string> };
  const importedIn = (dirs: string[]) => {
    const text = dirs
      .flatMap((dir) => sources(join(root, dir)))
      .map((file) => readFileSync(file, "utf8"))
      .join("\n");
    return (name: string) => text.includes(`"${name}"`) || text.includes(`"${name}/`);
  };
  /** Packages used through their command in package.json's scripts, not imported. */
  const commands: Record<string, string> = {
    typescript: "tsc",
    vitest: "vitest",
    "@biomejs/biome": "biome",
    knip: "knip",
    "dependency-cruiser": "depcruise",
    "graphql-schema-linter": "graphql-schema-linter",
  };
  /**
   * Packages loaded without an import of their own name: React by the explorer's JSX
   * (react/jsx-runtime, which esbuild adds) and as GraphiQL's peer; rxjs as Apollo Client's peer
   * (the SDK's cache test); @swc/core as dependency-cruiser's parser of TypeScript (.dependency-cruiser.cjs).
   */
  const implicit = new Set(["react", "rxjs", "@swc/core"]);
  /** The SDK's code generator names its preset and plugins in codegen.yml. */
  const codegen = readFileSync(join(root, "codegen.yml"), "utf8");

  it("lists only packages the code uses (pg: TypeORM's PostgreSQL driver loads it)", () => {
    const inServer = importedIn(["server", "seeds"]);
    expect(Object.keys(manifest.dependencies).filter((name) => name !== "pg" && !inServer(name))).toEqual([]);
    const inDevelopment = importedIn(["test", "bench", "explorer"]);
    const scripts = Object.values(manifest.scripts).join(" && ");
    const unused = Object.keys(manifest.devDependencies).filter((name) => {
      if (name.startsWith("@types/")) return !inServer(name.slice("@types/".length)) && !inDevelopment(name.slice("@types/".length)) && name !== "@types/node";
      if (implicit.has(name) || (name.startsWith("@graphql-codegen/") && codegen.includes(name.replace("@graphql-codegen/", "").replace(/-preset$/, "")))) return false;
      return commands[name] ? !scripts.includes(commands[name]) : !inDevelopment(name);
    });
    expect(unused).toEqual([]);
  });
});
