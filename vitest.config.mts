import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

export default defineConfig({
  // Vite 8 (Oxc) only transforms decorators, and emits the metadata type-graphql and TypeORM need, when told.
  oxc: { decorator: { legacy: true, emitDecoratorMetadata: true } },
  resolve: {
    // Vite would hand our sources graphql's ESM build while type-graphql and Apollo require() the CJS
    // one: two copies of every class. Node (production) always loads the CJS one; so must the tests.
    // graphql-query-complexity's ESM build imports graphql's .mjs files: the CJS build, for the same reason.
    alias: [
      { find: /^graphql$/, replacement: require.resolve("graphql") },
      { find: /^graphql-query-complexity$/, replacement: require.resolve("graphql-query-complexity") },
    ],
  },
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["test/setup.ts"],
    globalSetup: ["test/global-setup.ts"],
    // A limit for a test that hangs, not a speed check (speed is measured in bench/): tests that start
    // servers, CLIs and Chromium took up to 17 s of the old 30 s with two suites sharing the 2 cores.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: "forks",
    reporters: ["default", "./test/plain-summary-reporter.ts"],
  },
});
