// Runs a compiled entry point of the build in dist/ (what `npm run build` and `npm start` make),
// compiling first only when a source is newer than the build: `node scripts/built.mjs
// dist/server/src/cli/token.js ARGS…`. An installed production build without sources (or without
// the TypeScript compiler) runs as it is.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
/** What the build is compiled from (tsconfig.json's include, and the configuration itself). */
const SOURCES = ["server/src", "seeds", "bench", "tsconfig.json"];
/** Written by every compilation (tsc rewrites all its outputs), so its age is the build's. */
const MARKER = join(root, "dist", "server", "src", "main.js");

/** The newest modification time of `path` and, for a folder, of everything in it. */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  // A folder's own time changes when a file in it is added, renamed or removed.
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** Whether dist/ is missing or older than a source; false when there are no sources to build from. */
export function buildIsStale() {
  if (!existsSync(join(root, "server", "src"))) return false;
  if (!existsSync(MARKER)) return true;
  const built = statSync(MARKER).mtimeMs;
  return SOURCES.some((source) => newest(join(root, source)) > built);
}

function compile() {
  const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
  if (!existsSync(tsc)) {
    if (existsSync(MARKER)) return console.error("Sources are newer than dist/, but TypeScript is not installed: running the build as it is.");
    console.error("No build in dist/ and no TypeScript compiler: run `npm install` and `npm run build`.");
    process.exit(1);
  }
  console.error("Sources changed since the last build: compiling (tsc -p .)…");
  const result = spawnSync(process.execPath, [tsc, "-p", root], { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error("Usage: node scripts/built.mjs dist/PATH/TO/ENTRY.js [ARGS…]");
  process.exit(2);
}
if (buildIsStale()) compile();
const result = spawnSync(process.execPath, [join(root, entry), ...args], { stdio: "inherit" });
process.exit(result.status ?? 1);
