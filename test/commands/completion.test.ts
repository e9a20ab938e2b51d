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
    [["quiz", "-m", "net"], ["networking"]],
    [["review", "-m", "ba"], ["basics"]],
    [
      ["learn", "basics", "--lesson", ""],
      ["pods", "nodes"],
    ],
    [["learn", "networking", "--lesson", "s"], ["services"]],
    [["--content", "x", "learn", "basics", "--print", "--lesson", "n"], ["nodes"]],
    [
      ["learn", "--lesson", ""],
      ["basics/pods", "basics/nodes", "networking/services"],
    ],
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

/** True when the shell is installed; its tests are skipped without it. */
function hasShell(shell: string): boolean {
  return spawnSync(shell, ["-c", "exit 0"]).status === 0;
}

const CASES: [string[], string[]][] = [
  [["quiz", "-m", "net"], ["networking"]],
  [["quiz", "--module", "net"], ["networking"]],
  [
    ["learn", "basics", "--lesson", ""],
    ["nodes", "pods"],
  ],
  [
    ["learn", "--lesson", ""],
    ["basics/nodes", "basics/pods", "networking/services"],
  ],
];

describe.skipIf(!hasShell("zsh"))("completion in zsh", () => {
  it.each(CASES)("completes %j to %j", async (words, expected) => {
    const { stdout } = await runCli(["completion", "zsh", ...pack]);
    const script = join(mkdtempSync(join(tmpdir(), "eks-primer-completion-")), "eks-primer.zsh");
    writeFileSync(script, stdout);
    // compadd and compdef stand in for zsh's completion system: compadd prints what it is given.
    const quoted = words.map((w) => `'${w}'`).join(" ");
    const result = spawnSync(
      "zsh",
      [
        "-c",
        `compdef() {}; compadd() { [[ $1 == -- ]] && shift; print -rl -- "$@" }; source '${script}'; words=(eks-primer ${quoted}); CURRENT=${words.length + 1}; _eks_primer`,
      ],
      { encoding: "utf8" },
    );
    expect(result.stderr).toBe("");
    const last = words[words.length - 1] ?? "";
    const offered = result.stdout.split("\n").filter((w) => w !== "" && w.startsWith(last));
    expect(offered.sort()).toEqual(expected);
  });
});

describe.skipIf(!hasShell("fish"))("completion in fish", () => {
  it.each(CASES)("completes %j to %j", async (words, expected) => {
    const { stdout } = await runCli(["completion", "fish", ...pack]);
    const script = join(mkdtempSync(join(tmpdir(), "eks-primer-completion-")), "eks-primer.fish");
    writeFileSync(script, stdout);
    const line = ["eks-primer", ...words].join(" ");
    const result = spawnSync("fish", ["-c", `source '${script}'; complete -C '${line}'`], {
      encoding: "utf8",
    });
    expect(result.stderr).toBe("");
    const offered = result.stdout
      .split("\n")
      .map((w) => w.split("\t")[0])
      .filter(Boolean);
    expect(offered.sort()).toEqual(expected);
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
