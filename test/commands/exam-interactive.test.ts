// The exam in a terminal (prompts driven by @inquirer/testing) with a clock the test moves, so
// that running out of time waits for no real seconds.
import { screen } from "@inquirer/testing/vitest";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ProgressData } from "../../src/store/types.js";
import { VALID_PACK } from "../helpers/paths.js";
import { runCli } from "../helpers/run-cli.js";

const pack = ["--content", VALID_PACK];
const T0 = new Date("2026-11-20T10:00:00.000Z").getTime();

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
        now: () => new Date(T0 + elapsedMs),
      },
    );
    await screen.next();
    expect(screen.getScreen()).toContain("Your answer");
    elapsedMs = 3 * 60_000; // the answer comes after the two minutes are up
    screen.keypress("enter"); // 1. Containers: wrong

    const { code, stdout, stderr } = await run;
    expect(stderr).toBe("");
    expect(code).toBe(1);
    expect(stdout).toMatch(/Exam · Question 1 of 3 · Basics · 0 answered +⏱ 2:00 left/);
    expect(stdout).not.toContain("Question 2 of 3");
    expect(stdout).toContain("Time is up: the exam was submitted with the answers given.");
    expect(stdout).toContain("Score: 0 of 3 (0%), not passed");
    const data = JSON.parse(readFileSync(join(home, "progress.json"), "utf8")) as ProgressData;
    expect(data.attempts).toMatchObject([
      { kind: "exam", mode: "interactive", score: 0, total: 3, durationMs: 180_000 },
    ]);
    expect(data.attempts[0]?.results.map((r) => r.given)).toEqual(["a", undefined, undefined]);
  });
});
