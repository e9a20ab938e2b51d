// The interactive quiz, driven through @inquirer/testing's screen: it replaces the prompts'
// input and output, while eks-primer's own output (questions, feedback, summary) is captured.
import { screen } from "@inquirer/testing/vitest";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stripVTControlCharacters } from "node:util";
import { describe, expect, it } from "vitest";
import type { ProgressData } from "../../src/store/types.js";
import { VALID_PACK } from "../helpers/paths.js";
import { runCli } from "../helpers/run-cli.js";

const pack = ["--content", VALID_PACK];
const freshHome = () => mkdtempSync(join(tmpdir(), "eks-primer-quiz-tty-"));
const progress = (home: string) =>
  JSON.parse(readFileSync(join(home, "progress.json"), "utf8")) as ProgressData;

function quiz(args: string[], home: string, options: { columns?: number } = {}) {
  return runCli(["quiz", ...args, ...pack], {
    tty: true,
    columns: options.columns ?? 80,
    env: { EKS_PRIMER_HOME: home },
  });
}

describe("quiz in a terminal", () => {
  it("asks a single and a Select TWO question, shows feedback, then the summary", async () => {
    const home = freshHome();
    const run = quiz(["--module", "basics", "--no-shuffle", "--no-color"], home);

    await screen.next();
    expect(screen.getScreen()).toContain("Your answer");
    expect(screen.getScreen()).toContain("1. Containers");
    screen.keypress("enter"); // Containers: wrong

    await screen.next(); // the feedback stays until Enter
    expect(screen.getScreen()).toBe("✖ Not right · Enter for the next question");
    screen.keypress("enter");
    await screen.next();
    expect(screen.getScreen()).toMatch(/Select TWO/);
    screen.keypress("space"); // kubelet
    screen.keypress("enter");
    await screen.next();
    expect(screen.getScreen()).toContain("Select TWO: you have 1 selected");
    screen.keypress("down");
    screen.keypress("down");
    screen.keypress("space"); // kube-proxy
    screen.keypress("enter");
    await screen.next();
    expect(screen.getScreen()).toBe("✔ Correct · Enter for your score");
    screen.keypress("enter");
    await screen.next(); // the summary offers to retry the missed question
    expect(screen.getScreen()).toContain("Retry the missed question now");
    expect(screen.getScreen()).toContain("Done");
    screen.keypress("down");
    screen.keypress("enter");

    const { code, stdout, stderr } = await run;
    expect(stderr).toBe("");
    expect(code).toBe(1); // not passed;
    expect(stdout).toMatch(/Question 1 of 2 · Basics +█+░+ 50%/);
    expect(stdout).toMatch(/Question 2 of 2 · Basics +█+ 100%/);
    expect(stdout).toContain("What is the basic unit of deployment in Kubernetes?");
    expect(stdout).toContain("✖ Not right.");
    expect(stdout).toContain("The answer: Pods");
    // The learner's answer is marked by whether it is right: ✖ here, ✔ for each right pick below.
    expect(stdout).toContain('✖ You chose "Containers": Containers run inside pods.');
    expect(stdout).toContain('✔ You chose "kubelet".');
    expect(stdout).toContain('✔ You chose "kube-proxy".');
    expect(stdout).not.toMatch(/✔ You chose "Containers"/);
    expect(stdout).toContain("Kubernetes deploys, scales and replicates pods.");
    expect(stdout).toContain("Re-read: Basics › Pods (eks-primer learn basics --lesson pods)");
    expect(stdout).toContain("✔ Correct.");
    expect(stdout).toContain("Score: 1 of 2 (50%), not passed (pass mark 70%)");
    expect(stdout).toMatch(/basics +1\/2 +50% +█+░+ +first attempt/);
    expect(stdout).toContain("Missed:");
    expect(stdout).toContain("✖ What is the basic unit of deployment in Kubernetes?");
    expect(stdout).toContain("answer: Pods");
    expect(stdout).not.toContain("\u001b[");
    for (const line of stdout.split("\n")) expect(line.length).toBeLessThanOrEqual(80);

    const [attempt] = progress(home).attempts;
    expect(attempt).toMatchObject({ kind: "quiz", mode: "interactive", score: 1, total: 2 });
    expect(attempt?.results.map((r) => r.given)).toEqual(["a", ["a", "c"]]);
  });

  it("retries the missed questions at once, recorded as a quiz of the same scope", async () => {
    const home = freshHome();
    const run = quiz(["--module", "basics", "--no-shuffle", "--no-color"], home);
    await screen.next();
    screen.keypress("enter"); // Containers: wrong
    await screen.next();
    screen.keypress("enter");
    await screen.next();
    screen.keypress("space");
    screen.keypress("down");
    screen.keypress("down");
    screen.keypress("space"); // kubelet, kube-proxy: right
    screen.keypress("enter");
    await screen.next();
    screen.keypress("enter");
    await screen.next();
    expect(screen.getScreen()).toContain("Retry the missed question now");
    screen.keypress("enter"); // retry
    await screen.next();
    expect(screen.getScreen()).toContain("Your answer");
    screen.keypress("down"); // Pods: right
    screen.keypress("enter");
    await screen.next();
    expect(screen.getScreen()).toBe("✔ Correct · Enter for your score");
    screen.keypress("enter");
    const { code, stdout } = await run;
    expect(code).toBe(1); // the quiz itself did not pass; the retry does not change that
    expect(stdout).toContain("Retry: the question you missed.");
    expect(stdout).toContain("Question 1 of 1 · Basics");
    expect(stdout).toContain("Score: 1 of 1 (100%), passed");
    const attempts = progress(home).attempts;
    expect(attempts.map((a) => [a.kind, a.modules, a.results.map((r) => r.question)])).toEqual([
      ["quiz", ["basics"], ["basics-unit", "basics-node-parts"]],
      ["quiz", ["basics"], ["basics-unit"]],
    ]);
  });

  it("places each item of a categorize question, and shows best and previous scores", async () => {
    const home = freshHome();
    for (const [first, expected] of [
      [true, /networking +1\/1 +100% .* first attempt/],
      [false, /networking +0\/1 +0% .* best 100%, previous 100%/],
    ] as const) {
      const run = quiz(["--module", "networking", "--no-shuffle", "--no-color"], home);
      await screen.next();
      expect(screen.getScreen()).toContain("1/2 Create a cluster →");
      screen.keypress(first ? "enter" : "down");
      if (!first) screen.keypress("enter");
      await screen.next();
      expect(screen.getScreen()).toContain("2/2 Create a deployment →");
      screen.keypress("down");
      screen.keypress("enter");
      await screen.next();
      screen.keypress("enter"); // after the feedback
      if (!first) {
        await screen.next();
        expect(screen.getScreen()).toContain("Retry the missed question now");
        screen.keypress("down"); // Done
        screen.keypress("enter");
      }
      const { code, stdout } = await run;
      expect(code).toBe(first ? 0 : 1);
      expect(stdout).toContain("Place each item in one category: Amazon EKS or Kubernetes.");
      expect(stdout).toMatch(first ? /✔ Correct\./ : /✖ Not right: 1 of 2 right\./);
      expect(stdout).toMatch(expected);
    }
    expect(progress(home).attempts).toHaveLength(2);
  });

  it("with no module, offers the modules to pick from", async () => {
    const home = freshHome();
    const run = quiz(["--no-save", "--no-color"], home);
    await screen.next();
    expect(screen.getScreen()).toContain("Quiz on which module?");
    expect(screen.getScreen()).toMatch(/1\. Basics +2 questions/);
    expect(screen.getScreen()).toMatch(/The whole course +3 questions/);
    screen.keypress("down");
    screen.keypress("enter");
    await screen.next();
    expect(screen.getScreen()).toContain("Create a");
    screen.keypress("enter");
    await screen.next();
    screen.keypress("enter");
    await screen.next();
    screen.keypress("enter"); // after the feedback
    await screen.next();
    screen.keypress("down"); // Done, no retry
    screen.keypress("enter");
    const { code, stdout } = await run;
    expect(code).toBe(1); // not passed;
    expect(stdout).toContain("Question 1 of 1 · Networking");
    expect(stdout).toContain("Not saved (--no-save).");
    expect(existsSync(join(home, "progress.json"))).toBe(false);
  });

  it("Ctrl-C abandons the quiz: exit 130, nothing recorded", async () => {
    const home = freshHome();
    const run = quiz(["--module", "basics"], home);
    await screen.next();
    screen.keypress("enter");
    await screen.next();
    screen.keypress({ name: "c", ctrl: true });
    const { code, stderr } = await run;
    expect(code).toBe(130);
    expect(stripVTControlCharacters(stderr)).toBe("error: quiz abandoned, nothing recorded\n");
    expect(existsSync(join(home, "progress.json"))).toBe(false);
  });

  it("fits a narrow terminal and shuffles repeatably with --seed", async () => {
    const home = freshHome();
    const orders: string[] = [];
    for (let i = 0; i < 2; i++) {
      const run = quiz(["--module", "basics", "--seed", "4", "--no-save"], home, { columns: 44 });
      await screen.next();
      orders.push(screen.getScreen());
      screen.keypress("enter");
      await screen.next();
      screen.keypress("enter"); // after the feedback
      await screen.next();
      screen.keypress("space");
      screen.keypress("down");
      screen.keypress("space");
      screen.keypress("enter");
      await screen.next();
      screen.keypress("enter"); // after the feedback
      await screen.next();
      screen.keypress("down"); // no retry
      screen.keypress("enter");
      const { code, stdout } = await run;
      expect(code).toBe(1); // not passed;
      expect(stdout).toContain("\u001b["); // colour on a terminal
      for (const line of stripVTControlCharacters(stdout).split("\n")) {
        expect(line.length).toBeLessThanOrEqual(44);
      }
    }
    expect(orders[0]).toBe(orders[1]);
  });
});
