// Setup of each file of the "unit" project, whose files share a worker's module cache: src/
// modules are loaded afresh for each file, and chalk's level (which rendering sets on the
// shared chalk instance) is put back, so that a file starts as it would in a fresh process.
import chalk from "chalk";
import { vi } from "vitest";

const first = globalThis as { eksPrimerChalkLevel?: typeof chalk.level };
first.eksPrimerChalkLevel ??= chalk.level;
vi.resetModules();
chalk.level = first.eksPrimerChalkLevel;
