// The timed exam in a real pseudo-terminal. Running out of time is tested with a clock the test
// moves (test/commands/review-exam-interactive.test.ts, test/unit/exam.test.ts), not with real seconds.
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ProgressData } from "../../src/store/types.js";
import { VALID_PACK } from "../helpers/paths.js";
import { KEYS, spawnPty } from "../helpers/pty.js";

const pack = ["--content", VALID_PACK];
const freshHome = () => mkdtempSync(join(tmpdir(), "eks-primer-exam-e2e-"));
const stored = (home: string) =>
  JSON.parse(readFileSync(join(home, "progress.json"), "utf8")) as ProgressData;

describe("exam in a terminal", () => {
  it("flags a question, answers the rest, revisits it from the overview, and submits", async () => {
    const home = freshHome();
    const session = spawnPty(["exam", "--count", "3", "--seed", "5", "--no-shuffle", ...pack], {
      env: { EKS_PRIMER_HOME: home },
    });
    await session.waitFor("Your answer");
    expect(session.text()).toContain("Exam · Question 1 of 3 · Basics · 0 answered");
    await session.waitFor(/⏱ 4[45]:\d\d left/); // on the clock's own line
    session.write(KEYS.down + KEYS.down + KEYS.down); // ⚑ Flag it and come back later
    session.write(KEYS.enter);
    let mark = session.mark();
    await session.waitFor("Select TWO (none: flag it", { since: mark });
    expect(session.text().slice(mark)).toMatch(/Question 2 of 3 · Basics · 0 answered, 1 flagged/);
    session.write(KEYS.space + KEYS.down + KEYS.down + KEYS.space + KEYS.enter);
    mark = session.mark();
    await session.waitFor("1/2 Create a cluster", { since: mark });
    session.write(KEYS.enter);
    mark = session.mark();
    await session.waitFor("2/2 Create a deployment", { since: mark });
    session.write(KEYS.down + KEYS.enter);
    mark = session.mark();
    await session.waitFor("Revisit a question or submit", { since: mark });
    expect(session.text().slice(mark)).toContain("⚑  1. What is the basic unit of deployment");
    session.write(KEYS.enter); // the flagged question is the default
    mark = session.mark();
    await session.waitFor("Your answer", { since: mark });
    session.write("2"); // Pods
    session.write(KEYS.enter);
    mark = session.mark();
    await session.waitFor("Revisit a question or submit", { since: mark });
    session.write(KEYS.enter); // Submit
    mark = session.mark();
    await session.waitFor("Review your answers (3 questions)", { since: mark });
    session.write(KEYS.down + KEYS.enter); // Done
    expect(await session.exit).toMatchObject({ exitCode: 0 });
    const text = session.text();
    expect(text).toContain("Score: 3 of 3 (100%), passed");
    expect(text).toContain("Per module, weakest first:");
    expect(stored(home).attempts).toMatchObject([{ kind: "exam", mode: "interactive", score: 3 }]);
  }, 30_000);

  it("Ctrl-C abandons the exam: exit 130, nothing recorded", async () => {
    const home = freshHome();
    const session = spawnPty(["exam", "--count", "2", ...pack], { env: { EKS_PRIMER_HOME: home } });
    await session.waitFor(/Your answer|\(none: flag it|1\/2 /);
    session.write(KEYS.ctrlC);
    expect(await session.exit).toMatchObject({ exitCode: 130 });
    expect(session.text()).toContain("exam abandoned, nothing recorded");
    expect(existsSync(join(home, "progress.json"))).toBe(false);
  }, 30_000);
});
