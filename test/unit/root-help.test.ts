// The root help printed without commander must be exactly what commander prints.
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { createProgram } from "../../src/program.js";
import { formatRootHelp, helpModel } from "../../src/root-help.js";
import { runCli } from "../helpers/run-cli.js";

const sink = { write: () => true };
const model = helpModel(
  createProgram({
    stdout: sink,
    stderr: sink,
    stdin: new PassThrough(),
    env: {},
    cwd: process.cwd(),
    now: () => new Date(),
  }),
);

describe("the root help without commander", () => {
  it("keeps the examples and exit codes commander prints after the help", () => {
    expect(model.after).toContain("Examples:");
    expect(model.after).toContain("Exit codes:");
    expect(model.sections.find((s) => s.heading === "Commands:")?.items.length).toBeGreaterThan(10);
  });

  it.each([40, 52, 60, 80, 97, 120, 200])(
    "is commander's help, to the character, at %i columns",
    async (width) => {
      const { stdout } = await runCli(["--help"], { env: { COLUMNS: String(width) } });
      expect(formatRootHelp(model, width)).toBe(stdout);
    },
  );
});
