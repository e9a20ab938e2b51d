// review and exam in a terminal (prompts driven by @inquirer/testing), with a clock the test
// controls: running out of exam time waits for no real seconds.
import { screen } from "@inquirer/testing/vitest";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ProgressData } from "../../src/store/types.js";
import { FIXTURES, VALID_PACK } from "../helpers/paths.js";
import { runCli } from "../helpers/run-cli.js";

const pack = ["--content", VALID_PACK];
const T0 = new Date("2026-11-20T10:00:00.000Z");
const at = (minutes: number) => () => new Date(T0.getTime() + minutes * 60_000);

describe("review in a terminal", () => {
  it("asks the missed questions again, most overdue first, and then nothing is due", async () => {
    const home = mkdtempSync(join(tmpdir(), "eks-primer-review-tty-"));
    const env = { EKS_PRIMER_HOME: home };
    const wrong = join(FIXTURES, "answers", "some-wrong.yaml");
    expect((await runCli(["quiz", "--answers", wrong, ...pack], { env, now: at(0) })).code).toBe(1);

    const run = runCli(["review", "--limit", "1", "-m", "networking", "--no-color", ...pack], {
      env,
      tty: true,
      columns: 80,
      now: at(5),
    });
    // Items come in a shuffled order; the categories do not: 1. Amazon EKS, 2. Kubernetes.
    for (const n of [1, 2]) {
      await screen.next();
      const item = /(\d)\/2 Create a (cluster|deployment) →/.exec(screen.getScreen());
      expect(item?.[1]).toBe(String(n));
      if (item?.[2] === "deployment") screen.keypress("down");
      screen.keypress("enter"); // the right category
    }
    await screen.next();
    expect(screen.getScreen()).toBe("✔ Correct · Enter for your score");
    screen.keypress("enter");
    const { code, stdout } = await run;
    expect(code).toBe(0);
    expect(stdout).toContain("Review: 1 question due, most overdue first.");
    expect(stdout).toContain("✔ Correct.");
    expect(stdout).toMatch(/Nothing left due now; the next question is due in \d+ (hours|days)\./);
    const data = JSON.parse(readFileSync(join(home, "progress.json"), "utf8")) as ProgressData;
    expect(data.attempts.map((a) => [a.kind, a.mode])).toEqual([
      ["quiz", "scripted"],
      ["review", "interactive"],
    ]);
    // basics-node-parts is still due: only networking was reviewed.
    const list = await runCli(["review", "--list", "--json", ...pack], { env, now: at(6) });
    expect((JSON.parse(list.stdout) as { due: { id: string }[] }).due.map((d) => d.id)).toEqual([
      "basics-node-parts",
    ]);
  });
});

describe("review learning ahead", () => {
  it("asks the misses due within 20 minutes when nothing is due, and says so", async () => {
    const home = mkdtempSync(join(tmpdir(), "eks-primer-review-tty-"));
    const env = { EKS_PRIMER_HOME: home };
    const wrong = join(FIXTURES, "answers", "some-wrong.yaml");
    expect((await runCli(["quiz", "--answers", wrong, ...pack], { env, now: at(0) })).code).toBe(1);
    const run = runCli(["review", "-m", "networking", "--no-color", ...pack], {
      env,
      tty: true,
      columns: 80,
      now: at(0), // the miss is due in a minute: not yet due
    });
    for (const n of [1, 2]) {
      await screen.next();
      const item = /(\d)\/2 Create a (cluster|deployment) →/.exec(screen.getScreen());
      expect(item?.[1]).toBe(String(n));
      if (item?.[2] === "deployment") screen.keypress("down");
      screen.keypress("enter");
    }
    await screen.next();
    screen.keypress("enter");
    const { code, stdout } = await run;
    expect(code).toBe(0);
    expect(stdout).toContain(
      "Nothing is due now. Learning ahead: 1 question due within the next 20 minutes",
    );
    expect(stdout).toContain("✔ Correct.");
  });
});

describe("exam in a terminal", () => {
  it("submits what is answered when time runs out", async () => {
    const home = mkdtempSync(join(tmpdir(), "eks-primer-exam-tty-"));
    let elapsedMs = 0;
    const run = runCli(
      ["exam", "--count", "3", "--time", "2", "--seed", "5", "--no-shuffle", "--no-color", ...pack],
      {
        env: { EKS_PRIMER_HOME: home },
        tty: true,
        columns: 80,
        now: () => new Date(T0.getTime() + elapsedMs),
      },
    );
    await screen.next();
    expect(screen.getScreen()).toContain("Your answer");
    elapsedMs = 3 * 60_000; // the answer comes after the two minutes are up
    screen.keypress("enter"); // 1. Containers: wrong

    // The result, then a review of every question with the right answer and the explanation.
    await screen.next();
    expect(screen.getScreen()).toContain("Review your answers (3 questions)");
    screen.keypress("enter");
    await screen.next();
    expect(screen.getScreen()).toContain("✖  1. What is the basic unit of deployment");
    expect(screen.getScreen()).toContain("·  2. Which of these run on every node?");
    screen.keypress("enter"); // the first missed one is the default
    await screen.next();
    expect(screen.getScreen()).toBe("↵ Enter to go back to the list");
    screen.keypress("enter");
    await screen.next();
    expect(screen.getScreen()).toContain("Review your answers: pick a question");
    screen.keypress("up");
    screen.keypress("up"); // Done
    screen.keypress("enter");

    const { code, stdout, stderr } = await run;
    expect(stderr).toBe("");
    expect(code).toBe(1);
    expect(stdout).toMatch(/Exam · Question 1 of 3 · Basics · 0 answered +⏱ 2:00 left/);
    expect(stdout).not.toContain("Question 2 of 3");
    expect(stdout).toContain("Time is up: the exam was submitted with the answers given.");
    expect(stdout).toContain("Score: 0 of 3 (0%), not passed");
    // The review showed question 1 with the answer given, the right one and why.
    expect(stdout).toContain('✖ You chose "Containers": Containers run inside pods.');
    expect(stdout).toContain("The answer: Pods");
    expect(stdout).toContain("Kubernetes deploys, scales and replicates pods.");
    const data = JSON.parse(readFileSync(join(home, "progress.json"), "utf8")) as ProgressData;
    expect(data.attempts).toMatchObject([
      { kind: "exam", mode: "interactive", score: 0, total: 3, durationMs: 180_000 },
    ]);
    expect(data.attempts[0]?.results.map((r) => r.given)).toEqual(["a", undefined, undefined]);
  });

  it("ticks its clock with the injected timer: warning and '1 minute left' once", async () => {
    const home = mkdtempSync(join(tmpdir(), "eks-primer-exam-tty-"));
    let elapsedMs = 0;
    let tick: (() => void) | undefined;
    const run = runCli(
      ["exam", "--count", "1", "--time", "2", "--seed", "5", "--no-shuffle", ...pack],
      {
        env: { EKS_PRIMER_HOME: home, FORCE_COLOR: "1" },
        tty: true,
        columns: 80,
        rows: 24,
        now: () => new Date(T0.getTime() + elapsedMs),
        every: (_ms, fn) => {
          tick = fn;
          return () => (tick = undefined);
        },
      },
    );
    await screen.next();
    expect(screen.getScreen()).toContain("Your answer");
    for (const seconds of [1, 59, 61, 62, 70, 100]) {
      elapsedMs = seconds * 1000;
      tick?.();
    }
    screen.keypress("down");
    screen.keypress("enter"); // Pods
    await screen.next();
    expect(screen.getScreen()).toContain("Revisit a question or submit");
    screen.keypress("enter"); // submit
    await screen.next();
    screen.keypress("down");
    screen.keypress("enter"); // no review
    const { code, stdout } = await run;
    expect(code).toBe(0);
    expect(tick).toBeUndefined(); // stopped with the exam
    // The header leaves the time to the clock line, which ticked with the timer.
    expect(stdout).not.toMatch(/Question 1 of 1 .*⏱/);
    for (const left of ["1:59", "1:01", "0:59", "0:58", "0:50", "0:20"]) {
      expect(stdout).toContain(`⏱ ${left} left`);
    }
    expect(stdout).toContain("\u001b[36m⏱ 1:01 left"); // calm before the last minute
    expect(stdout).toContain("\u001b[31m\u001b[1m⏱ 0:59 left · 1 minute left"); // then a warning
    // Said once, as the last minute begins (it stays a few seconds), never again after.
    expect(stdout.slice(0, stdout.indexOf("⏱ 0:59"))).not.toContain("1 minute left");
    expect(stdout.slice(stdout.indexOf("⏱ 0:50"))).not.toContain("1 minute left");
    expect(stdout).toContain("\u001b[r"); // the scroll region is given back
  });
});
