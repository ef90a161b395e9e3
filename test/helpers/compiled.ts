import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { rmSync } from "node:fs";
import { join } from "node:path";

export const root = join(__dirname, "..", "..");

/**
 * Builds the project (as `npm start` does) into its own output folder beside `dist/`, so test files
 * that run the compiled entry points in parallel never read a file another one is writing. The
 * folder sits one level below the project, where the compiled seed loader finds seeds/dalsland.
 * Returns the folder; `removeBuild` deletes it.
 */
export function buildInto(name: string): string {
  const outDir = join(root, `.build-${name}`);
  rmSync(outDir, { recursive: true, force: true });
  execFileSync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", root, "--outDir", outDir], { stdio: "inherit" });
  return outDir;
}

export function removeBuild(outDir: string): void {
  rmSync(outDir, { recursive: true, force: true });
}

export interface RunningServer {
  child: ChildProcess;
  url: string;
  origin: string;
  /** Everything the process printed so far. */
  output(): string;
  /** Resolves with the exit code and signal once the process has ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Starts `node <build>/server/src/main.js` (or node with `args`, which must print "serving <url>"
 * as main.js does) with `env` and resolves once it serves.
 */
export function startCompiled(build: string, env: Record<string, string>, args = [join(build, "server", "src", "main.js")]): Promise<RunningServer> {
  const child = spawn(process.execPath, args, { env: { ...process.env, PORT: "0", ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /serving (http:\/\/\S+\/graphql)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1], origin: new URL(match[1]).origin, output: () => output, exited });
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code ?? signal}) before serving:\n${output}`));
    });
  });
}
