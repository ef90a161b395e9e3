import { execFileSync } from "node:child_process";
import { join } from "node:path";

// Once per test run: the explorer's bundle (dist/explorer) for the page and browser tests, built
// only when missing or older than its sources (as `npm run build` would build it); and the client
// SDK's build (client-sdk/dist), made once here so that the SDK tests, which type-check against it
// and pack it (without rebuilding), never see it half written by another test file running beside them.
export default async function setup(): Promise<void> {
  const { buildExplorer, explorerUpToDate } = await import("../explorer/build.mjs");
  if (!explorerUpToDate()) await buildExplorer();
  execFileSync("npm", ["run", "build", "--silent", "-w", "client-sdk"], { cwd: join(__dirname, ".."), stdio: "inherit" });
}
