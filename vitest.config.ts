import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // Tests that spawn processes share 2 cores: keep parallelism modest.
    maxWorkers: 2,
    projects: [
      {
        // In-process: the core, the content loader, the store and every command through
        // createProgram. Needs no build (npm run test:unit).
        extends: true,
        test: { name: "unit", include: ["test/unit/**/*.test.ts", "test/commands/**/*.test.ts"] },
      },
      {
        // The built CLI: spawned, in a pseudo-terminal, packed and installed; dist/ itself.
        extends: true,
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.test.ts"],
          globalSetup: ["test/helpers/build-once.ts"],
        },
      },
    ],
  },
});
