import { join } from "node:path";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { INVALID_PACKS, ROOT, VALID_PACK } from "../helpers/paths.js";
import { spawnCli } from "../helpers/spawn-cli.js";

const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string };

describe("the built binary", () => {
  it("--version prints the package version", () => {
    expect(spawnCli(["--version"])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: "" });
  });

  it("--help prints usage and examples, no colour when piped", () => {
    const { code, stdout, stderr } = spawnCli(["--help"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toMatch(/^Usage: eks-primer \[options\] \[command\]/);
    expect(stdout).toContain("Examples:");
    expect(stdout).not.toContain("\u001b[");
  });

  it("prints the same root help on its fast path as through the full program", () => {
    for (const columns of ["60", "80", "132"]) {
      const env = { COLUMNS: columns };
      const fast = spawnCli(["--help"], { env });
      expect(spawnCli([], { env })).toEqual(fast);
      expect(spawnCli(["-h"], { env })).toEqual(fast);
      // --no-color makes the binary take the full path through commander.
      expect(spawnCli(["--help", "--no-color"], { env }).stdout).toBe(fast.stdout);
    }
  });

  it("modules --json lists the built-in course", () => {
    const { code, stdout } = spawnCli(["modules", "--json"]);
    expect(code).toBe(0);
    const { modules } = JSON.parse(stdout) as { modules: { id: string; questions: number }[] };
    expect(modules.length).toBeGreaterThan(0);
    for (const m of modules) expect(m.questions).toBeGreaterThanOrEqual(1);
  });

  it("validate exits 0 on the shipped content", () => {
    const { code, stdout } = spawnCli(["validate"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/valid \(\d+ modules, \d+ lessons, \d+ questions/);
  });

  it("validate exits 0 on a good pack and 1 with file:line:column on a bad one", () => {
    expect(spawnCli(["validate", VALID_PACK]).code).toBe(0);
    const bad = spawnCli(["validate", "control-characters"], { cwd: INVALID_PACKS });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain(
      "control-characters/basics/pods.md:1:26: control character U+001B is not allowed",
    );
    expect(bad.stderr).toBe("");
  });

  it("an unknown command gets a suggestion and exit 2, no stack trace", () => {
    const { code, stdout, stderr } = spawnCli(["validat"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      "error: unknown command 'validat'\nhint: did you mean validate? See eks-primer --help\n",
    );
  });

  it("honours NO_COLOR and --no-color even when colour is forced", () => {
    const forced = spawnCli(["validat"], { env: { FORCE_COLOR: "1" } });
    expect(forced.stderr).toContain("\u001b[");
    expect(
      spawnCli(["validat"], { env: { FORCE_COLOR: "1", NO_COLOR: "1" } }).stderr,
    ).not.toContain("\u001b[");
    expect(spawnCli(["validat", "--no-color"], { env: { FORCE_COLOR: "1" } }).stderr).not.toContain(
      "\u001b[",
    );
  });
});
