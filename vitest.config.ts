import { defineConfig } from "vitest/config";

const inProcess = ["test/unit/**/*.test.ts", "test/commands/**/*.test.ts"];
// @inquirer/testing replaces the prompt modules of the file that imports it: such a file needs a
// worker of its own.
const withPrompts = ["test/commands/**/*-interactive.test.ts"];

export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // Tests that spawn processes share 2 cores: keep parallelism modest.
    maxWorkers: 2,
    experimental: { fsModuleCache: true },
    projects: [
      {
        // In-process: the core, the content loader, the store and every command through
        // createProgram; no build needed. The files share their workers (a fresh worker per file
        // costs more than most files' tests); the setup file reloads src/ for each file.
        extends: true,
        test: {
          name: "unit",
          include: inProcess,
          exclude: withPrompts,
          isolate: false,
          setupFiles: ["test/helpers/fresh-modules.ts"],
        },
      },
      {
        extends: true,
        test: { name: "unit-prompts", include: withPrompts },
      },
      {
        // The built CLI: spawned, in a pseudo-terminal, packed and installed; and dist/ itself.
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
