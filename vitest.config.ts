import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // Tests that spawn processes share 2 cores: keep parallelism modest.
    maxWorkers: 2,
  },
});
