import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { VALID_PACK } from "../helpers/paths.js";
import { runCli } from "../helpers/run-cli.js";

const pack = ["--content", VALID_PACK];

describe("completion bash", () => {
  let script: string;
  beforeAll(async () => {
    const { code, stdout } = await runCli(["completion", "bash", ...pack]);
    expect(code).toBe(0);
    script = join(mkdtempSync(join(tmpdir(), "eks-primer-completion-")), "eks-primer.bash");
    writeFileSync(script, stdout);
  });

  /** Sources the script in a real bash and asks it to complete the words (the last is the cursor's). */
  const complete = (...words: string[]): string[] => {
    const quoted = words.map((w) => `'${w}'`).join(" ");
    const result = spawnSync(
      "bash",
      [
        "-c",
        `source '${script}'; COMP_WORDS=(eks-primer ${quoted}); COMP_CWORD=${words.length}; _eks_primer; printf '%s\\n' "\${COMPREPLY[@]}"`,
      ],
      { encoding: "utf8" },
    );
    expect(result.stderr).toBe("");
    return result.stdout.split("\n").filter(Boolean);
  };

  it.each([
    [["qu"], ["quiz"]],
    [["mod"], ["modules"]],
    [["quiz", "--module", "net"], ["networking"]],
    [["learn", "ba"], ["basics"]],
    [["completion", "z"], ["zsh"]],
    [["glossary", "Po"], ["Pod"]],
  ])("completes %j to %j", (words, expected) => {
    expect(complete(...words)).toEqual(expected);
  });

  it("completes a command's options", () => {
    expect(complete("learn", "--pr")).toEqual(["--print"]);
  });
});

describe("completion zsh and fish", () => {
  it.each(["zsh", "fish"])("%s prints a script with the commands and module ids", async (shell) => {
    const { code, stdout } = await runCli(["completion", shell, ...pack]);
    expect(code).toBe(0);
    expect(stdout).toContain("learn");
    expect(stdout).toContain("networking");
  });

  it("refuses an unknown shell with a suggestion", async () => {
    const { code, stderr } = await runCli(["completion", "bsh", ...pack]);
    expect(code).toBe(2);
    expect(stderr).toBe(
      'error: no completion for shell "bsh"\nhint: did you mean bash? Shells: bash, zsh, fish\n',
    );
  });
});
