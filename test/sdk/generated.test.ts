import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generate, loadCodegenConfig } from "@graphql-codegen/cli";

const root = join(__dirname, "..", "..");

describe("the generated client SDK", () => {
  it("client-sdk/operations/api/ and the method table match the committed schema (an operation for every field)", () => {
    const check = spawnSync(process.execPath, [join(root, "client-sdk", "scripts", "operations.mjs"), "--check"], { encoding: "utf8" });
    expect(check.stderr).toBe("");
    expect(check.status).toBe(0);
    expect(check.stdout).toMatch(/^Operations: \d+ queries, \d+ mutations\.$/m);
  });

  it("codegen.yml over the committed schema and client-sdk/operations yields exactly the committed files", async () => {
    const { config } = await loadCodegenConfig({ configFilePath: join(root, "codegen.yml") });
    const previous = process.cwd();
    process.chdir(root);
    try {
      // Generated in memory (not written): compared with what is committed under client-sdk/src/generated/.
      const outputs = await generate({ ...config, silent: true }, false);
      expect(outputs.length).toBe(4);
      for (const output of outputs) {
        const committed = readFileSync(join(root, output.filename), "utf8");
        expect(committed, `${output.filename} is stale: run npm run sdk`).toBe(output.content);
      }
    } finally {
      process.chdir(previous);
    }
  });
});
