import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generate, loadCodegenConfig } from "@graphql-codegen/cli";
import { parse, print } from "graphql";
import { gql, samverkanDocument, ViewerDocument } from "../../client-sdk/src/index";

const root = join(__dirname, "..", "..");

describe("the generated client SDK", () => {
  it("the changelog script names a breaking change (a removed field) and what was added", () => {
    const current = readFileSync(join(root, "schema", "schema.graphql"), "utf8");
    // An "earlier" schema: without viewer.tokenExpiresAt (so it is added now), with a field now gone.
    const earlier = current.replace(/\n\s*"""\s*When the token stops working[^"]*"""\n\s*tokenExpiresAt: DateTimeISO\n/, "\n").replace(/^type ViewerInfo \{$/m, "type ViewerInfo {\n  shoeSize: Int");
    expect(earlier).not.toBe(current);
    const temp = mkdtempSync(join(tmpdir(), "samverkan-changelog-"));
    try {
      writeFileSync(join(temp, "old.graphql"), earlier);
      const run = spawnSync(process.execPath, [join(root, "client-sdk", "scripts", "changelog.mjs"), "--file", join(temp, "old.graphql"), "--version", "9.9.9"], { encoding: "utf8" });
      expect(run.stderr).toBe("");
      expect(run.stdout).toContain("## 9.9.9");
      expect(run.stdout).toContain("- **FIELD_REMOVED**: ViewerInfo.shoeSize was removed.");
      expect(run.stdout).toContain("- field ViewerInfo.tokenExpiresAt");
    } finally {
      rmSync(temp, { recursive: true, force: true });
    }
  });

  it("samverkanDocument finds the SDK's typed document by its text and throws for any other (gql, its deprecated alias, too)", () => {
    // Its keys are the printed text of each operations file (what codegen's babel and swc plugins pass).
    const text = print(parse(readFileSync(join(root, "client-sdk", "operations", "viewer.graphql"), "utf8")));
    const found = samverkanDocument(text as Parameters<typeof samverkanDocument>[0]);
    expect(found).toBe(ViewerDocument);
    expect(() => samverkanDocument("query Mine { viewer { role } }" as never)).toThrow(/not the text of one of the SDK's operations/);
    expect(gql(text as Parameters<typeof gql>[0])).toBe(ViewerDocument);
    expect(() => gql("query Mine { viewer { role } }" as never)).toThrow(/not the text of one of the SDK's operations/);
  });

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
