// Every command's --help, at 80 columns without colour, as it was before the command line was
// restructured (test/fixtures/help/): what a user reads does not change with the code's shape.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES } from "../helpers/paths.js";
import { runCli } from "../helpers/run-cli.js";

const HELP = join(FIXTURES, "help");
const names = readdirSync(HELP).map((file) => file.replace(/\.txt$/, ""));

describe("--help of every command", () => {
  it("has a recorded help for every command of the program", async () => {
    const { createProgram } = await import("../../src/program.js");
    const commands = createProgram({} as never).commands.map((c) => c.name());
    expect(names.sort()).toEqual(["root", ...commands].sort());
  });

  it.each(names)("%s --help reads as before", async (name) => {
    const args = name === "root" ? ["--help"] : [name, "--help"];
    const run = await runCli(args, { env: { NO_COLOR: "1", COLUMNS: "80" } });
    expect(run.code).toBe(0);
    expect(run.stdout + run.stderr).toBe(readFileSync(join(HELP, `${name}.txt`), "utf8"));
  });
});
