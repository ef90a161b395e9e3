import { defineConfig } from "vitest/config";

export default defineConfig({
  // Vite 8 (Oxc) only transforms decorators, and emits the metadata type-graphql and TypeORM need, when told.
  oxc: { decorator: { legacy: true, emitDecoratorMetadata: true } },
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["test/setup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});
