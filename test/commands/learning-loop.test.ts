// The scripted side of the learning loop: quiz --retry, hints that repeat the scope and seed,
// errors in words, and where progress is kept.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { describeSystemError } from "../../src/shared/errors.js";
import { journalAttempts } from "../helpers/journal.js";
import { FIXTURES, VALID_PACK } from "../helpers/paths.js";
import { runCli } from "../helpers/run-cli.js";

const pack = ["--content", VALID_PACK];
const freshHome = () => mkdtempSync(join(tmpdir(), "eks-primer-loop-"));
const answers = (name: string) => join(FIXTURES, "answers", name);
const ids = (stdout: string) =>
  (JSON.parse(stdout) as { questions: { id: string }[] }).questions.map((q) => q.id);

describe("quiz --retry", () => {
  it("asks the questions missed in the last quiz of the scope, and records them as a quiz", async () => {
    const env = { EKS_PRIMER_HOME: freshHome() };
    // The whole course: basics-node-parts wrong, networking-which-api unanswered.
    expect(
      (await runCli(["quiz", "--answers", answers("some-wrong.yaml"), ...pack], { env })).code,
    ).toBe(1);
    const all = await runCli(["quiz", "--retry", "--list", "--json", ...pack], { env });
    expect(all.code).toBe(0);
    expect(ids(all.stdout)).toEqual(["basics-node-parts", "networking-which-api"]);
    const explicit = await runCli(["quiz", "--all", "--retry", "--list", "--json", ...pack], {
      env,
    });
    expect(ids(explicit.stdout)).toEqual(ids(all.stdout));

    // A quiz of basics alone is a scope of its own.
    const none = await runCli(["quiz", "-m", "basics", "--retry", "--list", ...pack], { env });
    expect(none.code).toBe(2);
    expect(none.stderr).toBe(
      "error: no quiz of basics to retry yet\nhint: take it first: eks-primer quiz -m basics\n",
    );
    await runCli(["quiz", "-m", "basics", "--answers", answers("some-wrong.yaml"), ...pack], {
      env,
    });
    const basics = await runCli(["quiz", "-m", "basics", "--retry", "--list", "--json", ...pack], {
      env,
    });
    expect(ids(basics.stdout)).toEqual(["basics-node-parts"]);

    // Graded: a quiz attempt of the scope holding only the retried question.
    const graded = await runCli(
      ["quiz", "-m", "basics", "--retry", "--answers", answers("all-correct.yaml"), ...pack],
      { env },
    );
    expect(graded.code).toBe(2); // the file answers questions outside the retry
    const home = env.EKS_PRIMER_HOME;
    const fixed = join(home, "fixed.yaml");
    writeFileSync(fixed, "basics-node-parts: [a, c]\n");
    const ok = await runCli(["quiz", "-m", "basics", "--retry", "--answers", fixed, ...pack], {
      env,
    });
    expect(ok.code).toBe(0);
    const last = journalAttempts(home).at(-1);
    expect(last).toMatchObject({ kind: "quiz", modules: ["basics"], score: 1, total: 1 });
    expect(last?.results.map((r) => r.question)).toEqual(["basics-node-parts"]);
    // Nothing was missed in that one: nothing to retry.
    const again = await runCli(["quiz", "-m", "basics", "--retry", "--list", ...pack], { env });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(
      "nothing to retry: you missed no question in your last quiz of basics",
    );
  });

  it("does not go with --count", async () => {
    const { code, stderr } = await runCli(["quiz", "--retry", "--count", "2", "--list", ...pack]);
    expect(code).toBe(2);
    expect(stderr).toContain("error: --retry and --count do not go together");
  });
});

describe("hints repeat the scope and the seed", () => {
  it("quiz --list names the module in the --answers hint", async () => {
    const { stdout } = await runCli(["quiz", "-m", "networking", "--list", ...pack]);
    expect(stdout.replace(/\s+/g, " ")).toContain(
      "run eks-primer quiz -m networking --answers <file>.",
    );
  });

  it("quiz --list --count without --seed says the seed it drew, and the hint repeats it", async () => {
    const { stdout } = await runCli(["quiz", "--count", "2", "--list", ...pack]);
    const seed = /, seed (\d+)\./.exec(stdout)?.[1];
    expect(seed).toBeDefined();
    expect(stdout.replace(/\s+/g, " ")).toContain(
      `run eks-primer quiz --count 2 --seed ${seed} --answers <file>.`,
    );
  });

  it("exam --list without --seed prints the seed it used, in text and JSON", async () => {
    const text = await runCli(["exam", "--count", "2", "--list", ...pack]);
    const seed = /, seed (\d+)\./.exec(text.stdout)?.[1];
    expect(seed).toBeDefined();
    expect(text.stdout.replace(/\s+/g, " ")).toContain(
      `run eks-primer exam --count 2 --seed ${seed} --answers <file>.`,
    );
    const json = await runCli(["exam", "--seed", "7", "--list", "--json", ...pack]);
    expect(JSON.parse(json.stdout)).toMatchObject({ seed: 7 });
    // The seed picks the same questions again.
    const again = await runCli(["exam", "--count", "2", "--seed", seed ?? "", "--list", ...pack]);
    expect(again.stdout).toBe(text.stdout);
  });

  it("the refusal without a terminal names the module", async () => {
    const { stderr } = await runCli(["quiz", "-m", "networking", ...pack]);
    expect(stderr).toContain("eks-primer quiz -m networking --answers <file|->");
  });
});

describe("errors say what went wrong in words", () => {
  it.each([
    ["ENOENT", "no such file or folder"],
    ["EACCES", "permission denied"],
    ["EISDIR", "it is a folder, not a file"],
    ["ENOTDIR", "a part of the path is not a folder"],
    ["ENOSPC", "no space left on the device"],
    ["EWHATEVER", "system error EWHATEVER"],
  ])("%s reads as %s", (code, words) => {
    expect(describeSystemError(Object.assign(new Error("x"), { code }))).toBe(words);
  });

  it.each([
    [
      ["quiz", "--answers", "nope.yaml"],
      "cannot read answers file nope.yaml: no such file or folder",
    ],
    [
      ["quiz", "--answers", "answers"],
      "cannot read answers file answers: it is a folder, not a file",
    ],
    [["import", "nope.json"], "cannot read nope.json: no such file or folder"],
    [
      ["export", "-o", "no/such/folder/x.json"],
      "cannot write no/such/folder/x.json: no such file or folder",
    ],
    [["modules", "--content", "nowhere"], "no such file or folder"],
  ])("%j", async (args, message) => {
    const { code, stderr } = await runCli([...args, ...(args.includes("--content") ? [] : pack)], {
      cwd: FIXTURES,
    });
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stderr).not.toMatch(/\bE[A-Z]{3,}\b/);
  });
});

describe("an unexpected system error is said in words too", () => {
  it("a progress folder under a file: which path, and why", async () => {
    const home = freshHome();
    const file = join(home, "a-file");
    writeFileSync(file, "");
    const { code, stderr } = await runCli(
      ["quiz", "--answers", answers("all-correct.yaml"), ...pack],
      { env: { EKS_PRIMER_HOME: join(file, "sub") } },
    );
    expect(code).toBe(2);
    expect(stderr).toBe(
      `error: cannot keep progress in ${join(file, "sub")}: a part of the path is a file, not a folder\n` +
        "hint: set EKS_PRIMER_HOME to a folder you can write (it is created when missing)\n",
    );
  });
});

describe("where", () => {
  it("prints the progress file and its attempt journal as plain lines, and as JSON", async () => {
    const home = freshHome();
    const env = { EKS_PRIMER_HOME: home };
    const plain = await runCli(["where"], { env });
    expect(plain.code).toBe(0);
    expect(plain.stdout).toBe(
      `${join(home, "progress.json")}\n${join(home, "progress.attempts.jsonl")}\n`,
    );
    const path = await runCli(["progress", "--path"], { env });
    expect(path.stdout).toBe(plain.stdout);
    const json = JSON.parse((await runCli(["where", "--json"], { env })).stdout) as unknown;
    expect(json).toEqual({
      folder: home,
      progress: join(home, "progress.json"),
      journal: join(home, "progress.attempts.jsonl"),
      exists: false,
      setBy: "EKS_PRIMER_HOME",
    });
  });

  it("without EKS_PRIMER_HOME names the user config folder", async () => {
    const { stdout } = await runCli(["where", "--json"], { env: { EKS_PRIMER_HOME: "" } });
    expect(JSON.parse(stdout)).toMatchObject({ setBy: "default" });
    expect((JSON.parse(stdout) as { folder: string }).folder).toMatch(/eks-primer-nodejs$/);
  });

  it("is completed by the shell completion", async () => {
    const { stdout } = await runCli(["completion", "bash", ...pack]);
    expect(stdout).toMatch(/\bwhere\b/);
  });
});
