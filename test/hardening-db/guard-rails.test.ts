import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { readConfig } from "../../server/src/config";

const root = join(__dirname, "..", "..");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

describe("configuration", () => {
  it("reads environment variables in server/src/config.ts only", () => {
    const readers = sources(join(root, "server", "src"))
      .filter((file) => /process\.env\b/.test(readFileSync(file, "utf8")))
      .map((file) => relative(root, file));
    expect(readers).toEqual([join("server", "src", "config.ts")]);
  });

  it("reads the agreement deadline settings there, and stops on a malformed one naming the variable", () => {
    expect(readConfig({}).agreements).toEqual({ leadTimeMonths: 12, leadTimeMonthsHighLevel: 18, highLevelFrom: 3, noticeDueDays: 90 });
    expect(readConfig({ SAMVERKAN_NOTICE_DUE_DAYS: "30", SAMVERKAN_PROCUREMENT_LEAD_MONTHS: "6" }).agreements).toMatchObject({ noticeDueDays: 30, leadTimeMonths: 6 });
    expect(() => readConfig({ SAMVERKAN_PROCUREMENT_HIGH_LEVEL: "three" })).toThrow(/SAMVERKAN_PROCUREMENT_HIGH_LEVEL/);
  });
});
