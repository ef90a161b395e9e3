// Bundles the offline explorer (GraphiQL 5, React, Monaco and its workers) from node_modules into
// static files the server serves under /explorer/assets/. Run by `npm run build` and `npm start`;
// the tests call buildExplorer() too. Nothing in the output loads anything from another host.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as esbuild from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_OUT_DIR = join(here, "..", "dist", "explorer");

/** The files a build writes (the server serves them under /explorer/assets/). */
export const ASSET_FILES = ["explorer.js", "explorer.css", "editor.worker.js", "json.worker.js", "graphql.worker.js"];

const common = {
  bundle: true,
  minify: true,
  legalComments: "none",
  target: "es2022",
  logLevel: "warning",
  define: { "process.env.NODE_ENV": '"production"' },
  // The codicon font is inlined in graphiql's CSS already; anything else must inline too.
  loader: { ".ttf": "dataurl", ".woff": "dataurl", ".woff2": "dataurl", ".svg": "dataurl" },
};

/** Whether `outDir` holds every asset and is newer than the sources here and the lock file. */
export function explorerUpToDate(outDir = DEFAULT_OUT_DIR) {
  const outputs = ASSET_FILES.map((file) => join(outDir, file));
  if (!outputs.every((file) => existsSync(file))) return false;
  const inputs = [...readdirSync(here).map((file) => join(here, file)), join(here, "..", "package-lock.json")];
  const newestInput = Math.max(...inputs.map((file) => statSync(file).mtimeMs));
  return Math.min(...outputs.map((file) => statSync(file).mtimeMs)) > newestInput;
}

/** Builds into a temp folder next to `outDir`, then swaps it in (concurrent readers never see half a build). */
export async function buildExplorer(outDir = DEFAULT_OUT_DIR) {
  const temp = `${outDir}.tmp-${process.pid}-${Date.now()}`;
  mkdirSync(temp, { recursive: true });
  try {
    await esbuild.build({
      ...common,
      entryPoints: { explorer: join(here, "main.jsx") },
      format: "esm",
      jsx: "automatic",
      outdir: temp,
    });
    await esbuild.build({
      ...common,
      entryPoints: {
        "editor.worker": "monaco-editor/esm/vs/editor/editor.worker.js",
        "json.worker": "monaco-editor/esm/vs/language/json/json.worker.js",
        "graphql.worker": "monaco-graphql/esm/graphql.worker.js",
      },
      format: "iife",
      outdir: temp,
    });
    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(dirname(outDir), { recursive: true });
    renameSync(temp, outDir);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
  return outDir;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = Date.now();
  const out = await buildExplorer(process.argv[2] ?? DEFAULT_OUT_DIR);
  console.log(`Explorer assets built in ${out} (${Date.now() - started} ms).`);
}
