// The SDK's CommonJS build, beside the ESM one (tsc's dist/): one bundle dist/cjs/index.js made by
// esbuild from the same sources, a package.json there that makes its folder CommonJS, and the
// declarations copied next to it so that `require("@samverkan/client-sdk")` is typed as CommonJS too.
// The schema goes in as dist/schema.graphql, for the package's users' own codegen.
import { cpSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, "dist");
const cjs = join(dist, "cjs");
rmSync(cjs, { recursive: true, force: true });
mkdirSync(cjs, { recursive: true });
await build({ entryPoints: [join(here, "src", "index.ts")], bundle: true, format: "cjs", platform: "neutral", target: "es2022", outfile: join(cjs, "index.js"), logLevel: "warning" });
writeFileSync(join(cjs, "package.json"), `${JSON.stringify({ type: "commonjs" }, null, 2)}\n`);

/** Copies every .d.ts under `from` (but dist/cjs itself) to the same place under `to`. */
function copyDeclarations(from, to) {
  for (const name of readdirSync(from)) {
    const source = join(from, name);
    if (source === cjs) continue;
    if (statSync(source).isDirectory()) copyDeclarations(source, join(to, name));
    else if (name.endsWith(".d.ts")) {
      mkdirSync(to, { recursive: true });
      cpSync(source, join(to, name));
    }
  }
}
copyDeclarations(dist, cjs);
cpSync(join(here, "..", "schema", "schema.graphql"), join(dist, "schema.graphql"));
