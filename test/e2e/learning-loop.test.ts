// The learning loop in a real pseudo-terminal, at 80x24 and at 60x20: feedback stays on screen
// until Enter, the score after a check taken from learn waits, and the exam clock ticks.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { VALID_PACK } from "../helpers/paths.js";
import { KEYS, spawnPty } from "../helpers/pty.js";
import { screenOf } from "../helpers/screen.js";

const pack = ["--content", VALID_PACK];
const freshHome = () => mkdtempSync(join(tmpdir(), "eks-primer-loop-e2e-"));

describe.each([
  { cols: 80, rows: 24 },
  { cols: 60, rows: 20 },
])("at $cols x $rows", ({ cols, rows }) => {
  const spawn = (args: string[]) =>
    spawnPty([...args, ...pack], { env: { EKS_PRIMER_HOME: freshHome() }, cols, rows });

  it("keeps the verdict, the right answer, the explanation and the lesson on screen until Enter", async () => {
    const session = spawn(["quiz", "--module", "basics", "--no-shuffle"]);
    await session.waitFor("Your answer");
    session.write("1"); // Containers: wrong
    session.write(KEYS.enter);
    await session.waitFor("Enter for the next question");
    let screen = screenOf(session.raw(), cols, rows).join("\n");
    // The line that waits repeats the verdict, the last thing on screen.
    expect(screenOf(session.raw(), cols, rows).filter(Boolean).at(-1)).toBe(
      "✖ Not right · Enter for the next question",
    );
    expect(screen).toContain("✖ Not right.");
    expect(screen).toContain('✖ You chose "Containers"');
    expect(screen).not.toContain("✔ You chose");
    expect(screen).toContain("The answer: Pods");
    expect(screen).toContain("Kubernetes deploys, scales and replicates pods.");
    expect(screen).toContain("Re-read: Basics › Pods");
    expect(session.text()).not.toContain("Question 2 of 2");

    let mark = session.mark();
    session.write(KEYS.enter);
    await session.waitFor("Select TWO", { since: mark });
    // Number keys move the cursor, as in single choice; space ticks.
    session.write(KEYS.enter);
    await session.waitFor("you have 0 selected", { since: mark });
    session.write("1" + KEYS.space + "3" + KEYS.space);
    await session.waitFor(/❯◉ 3\. kube-proxy/, { since: mark });
    expect(screenOf(session.raw(), cols, rows).join("\n")).not.toContain("selected");
    mark = session.mark();
    session.write(KEYS.enter);
    await session.waitFor("Enter for your score", { since: mark });
    screen = screenOf(session.raw(), cols, rows).join("\n");
    expect(screen).toContain("✔ Correct.");
    expect(screen).toContain('✔ You chose "kubelet".');
    expect(screen).toContain('✔ You chose "kube-proxy".');

    mark = session.mark();
    session.write(KEYS.enter);
    await session.waitFor("Retry the missed question now", { since: mark });
    screen = screenOf(session.raw(), cols, rows).join("\n");
    expect(screen).toContain("Score: 1 of 2 (50%), not passed");
    expect(screen).toContain("✖ What is the basic unit of deployment in Kubernetes?");
    expect(screen).toContain("answer: Pods");
    session.write(KEYS.down + KEYS.enter); // Done
    expect(await session.exit).toMatchObject({ exitCode: 1 });
  }, 30_000);

  it("after a check taken from learn, the score waits for Enter before the menu", async () => {
    const session = spawn(["learn", "basics", "--lesson", "nodes"]);
    await session.waitFor(/lesson 2 of 2/);
    session.write("n");
    await session.waitFor("knowledge check now?");
    session.write(KEYS.enter);
    // The check shuffles its options: the score may have misses (then a retry is offered) or not.
    await session.waitFor("Your answer");
    session.write(KEYS.enter);
    await session.waitFor("Enter for the next question");
    session.write(KEYS.enter);
    await session.waitFor("Select TWO");
    session.write("1" + KEYS.space + "2" + KEYS.space + KEYS.enter);
    await session.waitFor("Enter for your score");
    let mark = session.mark();
    session.write(KEYS.enter);
    await session.waitFor(/Enter to go back to the course|Back to the course/, { since: mark });
    const screen = screenOf(session.raw(), cols, rows).join("\n");
    expect(screen).toMatch(/Score: \d of 2 \(\d+%\)/);
    expect(session.text().slice(mark)).not.toContain("pick a module");
    const offered = session.text().slice(mark).includes("Back to the course");
    mark = session.mark();
    session.write(offered ? KEYS.down + KEYS.enter : KEYS.enter);
    await session.waitFor("pick a module", { since: mark });
    session.write(KEYS.ctrlC);
    expect(await session.exit).toMatchObject({ exitCode: 130 });
  }, 30_000);

  it("ticks the exam clock every second on its own line, in a warning colour in the last minute", async () => {
    const session = spawn(["exam", "--count", "3", "--seed", "5", "--time", "62s"]);
    await session.waitFor("⏱ 1:02 left");
    await session.waitFor("⏱ 1:01 left");
    // The clock line is the terminal's last row, below the question waiting for an answer.
    expect(screenOf(session.raw(), cols, rows).at(-1)).toMatch(/⏱ 1:0[12] left/);
    expect(screenOf(session.raw(), cols, rows).join("\n")).toContain("Exam · Question 1 of 3");
    await session.waitFor("1 minute left");
    // eslint-disable-next-line no-control-regex
    expect(session.raw()).toMatch(/\u001b\[31m\u001b\[1m⏱ (1:00|0:5\d) left · 1 minute left/);
    expect(screenOf(session.raw(), cols, rows).at(-1)).toMatch(/⏱ (1:00|0:5\d) left/);
    session.write(KEYS.ctrlC);
    expect(await session.exit).toMatchObject({ exitCode: 130 });
    // The last row is given back: the scroll region is reset and the clock line erased.
    expect(session.raw()).toContain("\u001b[r");
    expect(screenOf(session.raw(), cols, rows).at(-1)).not.toContain("⏱");
  }, 30_000);
});
