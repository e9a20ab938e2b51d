// The built binary in a real pseudo-terminal (build first: npm run build).
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ProgressData } from "../../src/store/types.js";
import { BIN, FIXTURES, VALID_PACK } from "../helpers/paths.js";
import { KEYS, spawnPty } from "../helpers/pty.js";
import { spawnCli } from "../helpers/spawn-cli.js";

const pack = ["--content", VALID_PACK];
const freshHome = () => mkdtempSync(join(tmpdir(), "eks-primer-quiz-e2e-"));
const progressFile = (home: string) => join(home, "progress.json");

describe("quiz in a terminal", () => {
  it("takes a whole quiz: number keys, a refused then accepted Select TWO, feedback, score", async () => {
    const home = freshHome();
    const session = spawnPty(["quiz", "--module", "basics", "--no-shuffle", ...pack], {
      env: { EKS_PRIMER_HOME: home },
    });
    await session.waitFor("Your answer");
    expect(session.text()).toMatch(/Question 1 of 2 · Basics +█+░+ 50%/);
    session.write("2"); // number key: the second option, Pods
    session.write(KEYS.enter);
    let mark = session.mark();
    await session.waitFor("Enter for the next question", { since: mark });
    expect(session.text()).toContain("✔ Correct.");
    expect(session.text()).toContain("Kubernetes deploys, scales and replicates pods.");
    session.write(KEYS.enter);
    await session.waitFor("Select TWO", { since: mark });
    session.write(KEYS.space);
    session.write(KEYS.enter);
    mark = session.mark();
    await session.waitFor("you have 1 selected", { since: mark });
    session.write(KEYS.down + KEYS.down + KEYS.space);
    session.write(KEYS.enter);
    await session.waitFor("Enter for your score", { since: mark });
    session.write(KEYS.enter);
    expect(await session.exit).toMatchObject({ exitCode: 0 });
    expect(session.text()).toContain("Score: 2 of 2 (100%), passed (pass mark 70%)");
    expect(session.text()).toContain("Every answer right.");
    const progress = JSON.parse(readFileSync(progressFile(home), "utf8")) as ProgressData;
    expect(progress.attempts).toHaveLength(1);
    expect(progress.attempts[0]).toMatchObject({ mode: "interactive", score: 2, passed: true });
  });

  it("Ctrl-C abandons the quiz: exit 130, nothing recorded", async () => {
    const home = freshHome();
    const session = spawnPty(["quiz", "--module", "basics", ...pack], {
      env: { EKS_PRIMER_HOME: home },
    });
    await session.waitFor("Your answer");
    session.write(KEYS.enter);
    await session.waitFor("Enter for the next question");
    session.write(KEYS.enter);
    await session.waitFor("Select TWO");
    session.write(KEYS.ctrlC);
    expect(await session.exit).toMatchObject({ exitCode: 130 });
    expect(session.text()).toContain("quiz abandoned, nothing recorded");
    expect(existsSync(progressFile(home))).toBe(false);
  });
});

describe("quiz without a terminal", () => {
  it("refuses at once with a one-line hint to use --answers, exit 2", () => {
    const { code, stdout, stderr } = spawnCli(["quiz", "--module", "basics", ...pack]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe(
      "error: quiz needs a terminal to ask its questions\nhint: answer from a file instead: eks-primer quiz -m basics --answers <file|-> (the questions: eks-primer quiz -m basics --list --json)\n",
    );
  });

  it("grades answers piped to standard input", () => {
    const home = freshHome();
    const { code, stdout } = spawnCli(["quiz", "--answers", "-", "--json", ...pack], {
      input: readFileSync(join(FIXTURES, "answers", "all-correct.yaml"), "utf8"),
      env: { EKS_PRIMER_HOME: home },
    });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ score: 3, total: 3, percent: 100, passed: true });
    const progress = JSON.parse(readFileSync(progressFile(home), "utf8")) as ProgressData;
    expect(progress.attempts[0]?.mode).toBe("scripted");
  });

  it("loses no attempt when 20 scripted runs start at once", async () => {
    const home = freshHome();
    const answers = join(FIXTURES, "answers", "some-wrong.yaml");
    const one = () =>
      new Promise<number | null>((resolve) => {
        const child = spawn(process.execPath, [BIN, "quiz", "--answers", answers, ...pack], {
          env: {
            PATH: process.env.PATH ?? "",
            HOME: process.env.HOME ?? "",
            EKS_PRIMER_HOME: home,
          },
          stdio: "ignore",
        });
        child.on("close", resolve);
      });
    const codes = await Promise.all(Array.from({ length: 20 }, one));
    expect(codes).toEqual(Array.from({ length: 20 }, () => 1)); // graded, not passed
    const progress = JSON.parse(readFileSync(progressFile(home), "utf8")) as ProgressData;
    expect(progress.attempts).toHaveLength(20);
    expect(new Set(progress.attempts.map((a) => a.id)).size).toBe(20);
  }, 60_000);
});
