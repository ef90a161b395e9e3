import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generate, loadCodegenConfig } from "@graphql-codegen/cli";

const root = join(__dirname, "..", "..");

describe("the generated client SDK", () => {
  it("codegen.yml over the committed schema and client-sdk/operations yields exactly the committed files", async () => {
    const { config } = await loadCodegenConfig({ configFilePath: join(root, "codegen.yml") });
    const previous = process.cwd();
    process.chdir(root);
    try {
      // Generated in memory (not written): compared with what is committed under client-sdk/src/generated/ and test/kit/generated/.
      const outputs = await generate({ ...config, silent: true }, false);
      expect(outputs.length).toBe(7);
      for (const output of outputs) {
        const committed = readFileSync(join(root, output.filename), "utf8");
        expect(committed, `${output.filename} is stale: run npm run sdk`).toBe(output.content);
      }
    } finally {
      process.chdir(previous);
    }
  });
});
