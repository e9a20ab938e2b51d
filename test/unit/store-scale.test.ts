// The store's bounded state at scale, and the lock's word to a run kept waiting. No wall clock:
// the lock's holder lets go only once the waiter has said it waits.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { collectProgress } from "../../src/core/progress-stats.js";
import { moduleStandings } from "../../src/core/quiz-session.js";
import { applyAttempt } from "../../src/store/bounded.js";
import { withLock } from "../../src/store/lock.js";
import { emptyProgress, RECENT_SCORES, type Attempt } from "../../src/store/types.js";
import type { Course } from "../../src/content/model.js";

describe("the bounded state", () => {
  it("takes 1,000,000 attempts in one module without a crash, and stays small", () => {
    const progress = emptyProgress();
    const base: Attempt = {
      id: "",
      kind: "quiz",
      mode: "scripted",
      at: "2026-01-01T00:00:00.000Z",
      durationMs: 1,
      modules: ["cost"],
      score: 1,
      total: 2,
      passMark: 70,
      passed: false,
      results: [
        { question: "q1", module: "cost", revision: 1, correct: true },
        { question: "q2", module: "cost", revision: 1, correct: false },
      ],
      scope: "cost",
      complete: ["cost"],
    };
    // The same time for all: an attempt at the time of the latest one counts as the last.
    for (let i = 0; i < 1_000_000; i++) applyAttempt(progress, { ...base, id: String(i) });
    expect(progress.scores["cost"]).toMatchObject({ attempts: 1_000_000, best: 50, last: 50 });
    expect(progress.scores["cost"]?.recent).toHaveLength(RECENT_SCORES);
    expect(progress.totals).toEqual({
      attempts: 1_000_000,
      answered: 2_000_000,
      correct: 1_000_000,
    });
    expect(JSON.stringify(progress).length).toBeLessThan(2_000);
    const course = {
      title: "t",
      modules: [{ id: "cost", title: "Cost", lessons: [], questions: [] }],
      glossary: [],
    } as unknown as Course;
    const report = collectProgress(course, progress, new Date());
    expect(report.totals.attempts).toBe(1_000_000);
    const summary = { modules: [{ module: "cost", score: 1, total: 2, percent: 50 }] };
    expect(
      moduleStandings(progress, summary as never, ["cost"]).map((s) => [s.best, s.previous]),
    ).toEqual([[50, 50]]);
  });
});

describe("the lock", () => {
  it("tells a run kept waiting which process holds it, and lets it in after", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "eks-lock-")), "progress.json");
    let letGo!: () => void;
    const held = new Promise<void>((resolve) => (letGo = resolve));
    const order: string[] = [];
    let inside!: () => void;
    const started = new Promise<void>((resolve) => (inside = resolve));
    const first = withLock(path, async () => {
      order.push("first");
      inside();
      await held;
    });
    // The first holds the lock until the second says it waits.
    await started;
    const waits: (number | undefined)[] = [];
    const second = withLock(path, () => Promise.resolve(order.push("second")), {
      waitNoticeMs: 0,
      onWait: (pid) => {
        waits.push(pid);
        letGo();
      },
    });
    await Promise.all([first, second]);
    expect(waits).toEqual([process.pid]);
    expect(order).toEqual(["first", "second"]);
  });
});
