import { execFileSync } from "node:child_process";
import { join } from "node:path";

/** The start-up tests run the compiled entry points exactly as `npm start` does: build once first. */
export default function setup(): void {
  const root = join(__dirname, "..");
  execFileSync(process.execPath, [join(root, "node_modules", "typescript", "bin", "tsc"), "-p", root], { stdio: "inherit" });
}
