import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Imported by the benchmark right after reflect-metadata and before anything loads graphql: graphql-js
 * reads NODE_ENV once, at load, and outside "production" checks every internal `instanceOf` against
 * duplicate copies of itself (measurably slower). Production runs with NODE_ENV=production (that is
 * also what `readConfig` keys `production` on), so the benchmark does too unless told otherwise.
 */
export const nodeEnvGiven = process.env.NODE_ENV !== undefined && process.env.NODE_ENV !== "";
if (!nodeEnvGiven) process.env.NODE_ENV = "production";

/**
 * The Node flags `npm start` runs the server with (package.json's start script), for a benchmark
 * that starts a server process of its own: it then measures the server as production runs it.
 */
export function serverNodeFlags(): string[] {
  const start = (JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as { scripts: { start: string } }).scripts.start;
  const flags = /\bnode((?: --[\w-]+(?:=\S+)?)*) dist\/server\/src\/main\.js/.exec(start);
  if (!flags) throw new Error(`package.json's start script does not run dist/server/src/main.js with node: ${start}`);
  return flags[1].split(" ").filter((flag) => flag !== "");
}
