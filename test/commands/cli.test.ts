import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createProgram } from "../../src/program.js";
import { INVALID_PACKS, ROOT, VALID_PACK } from "../helpers/paths.js";
import { runCli } from "../helpers/run-cli.js";

const pack = ["--content", VALID_PACK];

describe("program", () => {
  it("lists every command in --help with examples and exit codes", async () => {
    const { code, stdout, stderr } = await runCli(["--help"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    for (const command of createProgram({} as never).commands) {
      expect(stdout).toContain(command.name());
    }
    expect(stdout).toContain("Examples:");
    expect(stdout).toContain("130 interrupted");
  });

  it("shows the help for a bare eks-primer", async () => {
    const { code, stdout } = await runCli([]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Usage: eks-primer/);
  });

  it.each(createProgram({} as never).commands.map((c) => c.name()))(
    "%s --help shows examples and fits 80 columns",
    async (name) => {
      const { code, stdout } = await runCli([name, "--help"], { env: { COLUMNS: "80" } });
      expect(code).toBe(0);
      expect(stdout).toContain(`Usage: eks-primer ${name}`);
      expect(stdout).toContain("Examples:");
      for (const line of stdout.split("\n")) expect([...line].length, line).toBeLessThanOrEqual(80);
    },
  );

  it("prints the package version", async () => {
    const { code, stdout } = await runCli(["--version"]);
    expect(code).toBe(0);
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("suggests the nearest command for a typo, exit 2", async () => {
    const { code, stdout, stderr } = await runCli(["modles"]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      "error: unknown command 'modles'\nhint: did you mean modules? See eks-primer --help\n",
    );
  });

  it("refuses an unknown option with exit 2 and a hint", async () => {
    const { code, stderr } = await runCli(["modules", "--bogus"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^error: unknown option '--bogus'\nhint: /);
  });
});

describe("modules", () => {
  it("lists the modules in order with lesson and question counts", async () => {
    const { code, stdout } = await runCli(["modules", ...pack]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/1 +basics +Basics +░+ +0\/2 +2 +-/);
    expect(stdout).toMatch(/2 +networking +Networking +░+ +0\/1 +1 +-/);
    expect(stdout).not.toContain("\u001b[");
  });

  it("prints JSON with --json", async () => {
    const { code, stdout } = await runCli(["list", "--json", ...pack]);
    expect(code).toBe(0);
    const parsed = JSON.parse(stdout) as {
      modules: { id: string; lessons: number; questions: number }[];
    };
    expect(parsed.modules).toEqual([
      expect.objectContaining({ id: "basics", lessons: 2, questions: 2 }),
      expect.objectContaining({ id: "networking", lessons: 1, questions: 1 }),
    ]);
  });

  it("reads the pack from EKS_PRIMER_CONTENT", async () => {
    const { code, stdout } = await runCli(["modules", "--json"], {
      env: { EKS_PRIMER_CONTENT: VALID_PACK },
    });
    expect(code).toBe(0);
    expect(stdout).toContain('"basics"');
  });

  it("refuses invalid content with exit 2, the first problem and the validate hint", async () => {
    const dir = join(INVALID_PACKS, "wrong-select-count");
    const { code, stdout, stderr } = await runCli(["modules", "--content", dir]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    const [message, hint] = stderr.trimEnd().split("\n");
    expect(message).toBe(
      `error: invalid content: ${dir}/basics/module.yaml:30:13: question "basics-node-parts" asks to select 3 but 2 options are marked correct`,
    );
    expect(hint).toBe(`hint: run eks-primer validate ${dir} to see every problem`);
  });

  it("says so when the content folder does not exist", async () => {
    const { code, stderr } = await runCli(["modules", "--content", "/no/such/pack"]);
    expect(code).toBe(2);
    expect(stderr).toBe(
      "error: cannot read content folder /no/such/pack: no such file or folder\nhint: check the path given to --content, EKS_PRIMER_CONTENT or validate\n",
    );
  });
});

describe("validate", () => {
  it("exits 0 on a valid pack", async () => {
    const { code, stdout } = await runCli(["validate", VALID_PACK], {
      cwd: join(VALID_PACK, ".."),
    });
    expect(code).toBe(0);
    expect(stdout).toContain(
      '  valid/basics/module.yaml:16:3: warning: module "basics" has 2 questions; a module needs at least 8',
    );
    expect(stdout.trimEnd().split("\n").at(-1)).toBe(
      "✔ valid: valid (2 modules, 3 lessons, 3 questions, 2 glossary terms, 4 warnings)",
    );
  });

  it("groups diagnostics by file with file:line:column, exit 1", async () => {
    const { code, stdout } = await runCli(["validate", "invalid/missing-field"], {
      cwd: join(INVALID_PACKS, ".."),
    });
    expect(code).toBe(1);
    expect(stdout).toBe(
      [
        "invalid/missing-field/basics/module.yaml",
        '  invalid/missing-field/basics/module.yaml:16:5: missing required field "explanation" in questions[0]',
        '    hint: add "explanation:" here',
        "",
        "✖ 1 problem in 1 file",
        "",
      ].join("\n"),
    );
  });

  it("prints a JSON report with --json", async () => {
    const { code, stdout } = await runCli(["validate", "wrong-type", "--json"], {
      cwd: INVALID_PACKS,
    });
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as { valid: boolean; diagnostics: unknown[] };
    expect(report.valid).toBe(false);
    expect(report.diagnostics).toEqual([
      {
        file: "wrong-type/basics/module.yaml",
        line: 28,
        column: 15,
        path: "questions[1].revision",
        message: 'questions[1].revision must be a number, not the text "two"',
        hint: "see README.md, Writing content",
      },
    ]);
  });

  it("exits 2 when the folder cannot be read", async () => {
    const { code, stderr } = await runCli(["validate", "/no/such/pack"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^error: cannot read content folder \/no\/such\/pack/);
  });

  it("validates the --content pack when no folder is given", async () => {
    const { code } = await runCli(["validate", "--content", join(INVALID_PACKS, "empty-module")]);
    expect(code).toBe(1);
  });
});

describe("validate on a large pack in a terminal", () => {
  it("shows which module it is reading on stderr, then clears the line before the report", async () => {
    const dir = mkdtempSync(join(tmpdir(), "eks-primer-large-"));
    execFileSync(process.execPath, [join(ROOT, "test/helpers/synthetic-pack.mjs"), dir, "12", "3"]);
    const { code, stdout, stderr } = await runCli(["validate", dir], { tty: true });
    expect(code).toBe(0);
    expect(stderr).toContain("validating module 12 of 12: module-12");
    expect(stderr.endsWith("\r\u001b[2K")).toBe(true);
    expect(stdout).not.toContain("validating module");
    const piped = await runCli(["validate", dir]);
    expect(piped.stderr).toBe("");
  });
});

describe("createProgram", () => {
  it("composes every command, in the order the help lists them", () => {
    expect(createProgram({} as never).commands.map((c) => c.name())).toEqual([
      "learn",
      "quiz",
      "review",
      "exam",
      "progress",
      "where",
      "reset",
      "export",
      "import",
      "search",
      "glossary",
      "modules",
      "validate",
      "schema",
      "completion",
    ]);
  });
});
