import { describe, expect, it } from "vitest";
import { clockLine, startExamClock } from "../../src/ui/exam-clock.js";
import { digitsToMoves } from "../../src/ui/number-keys.js";

describe("the exam clock line", () => {
  it.each([
    // left, started with, text, warning
    [125_000, 180_000, "⏱ 2:05 left", false],
    [61_000, 180_000, "⏱ 1:01 left", false],
    [60_000, 180_000, "⏱ 1:00 left · 1 minute left", true],
    [56_000, 180_000, "⏱ 0:56 left · 1 minute left", true],
    [55_000, 180_000, "⏱ 0:55 left", true],
    [3_000, 180_000, "⏱ 0:03 left", true],
    // An exam shorter than a minute is not told "1 minute left".
    [59_000, 60_000, "⏱ 0:59 left", true],
  ])("%i ms left of %i: %s", (left, started, text, warning) => {
    expect(clockLine(left, started)).toEqual({ text, warning });
  });

  it("draws on the last row each tick, and gives the row back when stopped", () => {
    let now = 0;
    let tick: (() => void) | undefined;
    let written = "";
    const out = { isTTY: true, rows: 20, write: (s: string) => (written += s) };
    const stop = startExamClock({
      out,
      color: false,
      deadline: 90_000,
      now: () => now,
      every: (ms, fn) => {
        expect(ms).toBe(1000);
        tick = fn;
        return () => (tick = undefined);
      },
    });
    expect(written).toContain("\u001b[1;19r"); // rows 1-19 scroll, row 20 is the clock's
    expect(written).toContain("\u001b[20;1H\u001b[2K ⏱ 1:30 left");
    now = 31_000;
    tick?.();
    expect(written).toContain("⏱ 0:59 left · 1 minute left");
    now = 40_000;
    tick?.();
    expect(written).toContain("⏱ 0:50 left\u001b8");
    expect(written.split("1 minute left").length - 1).toBe(1);
    out.rows = 30; // resized: the region follows
    tick?.();
    expect(written).toContain("\u001b[1;29r");
    expect(written).toContain("\u001b[30;1H\u001b[2K ⏱ 0:50 left");
    stop();
    expect(tick).toBeUndefined();
    expect(written.endsWith("\u001b7\u001b[r\u001b[30;1H\u001b[2K\u001b8")).toBe(true);
  });
});

describe("number keys in a checkbox list move the cursor", () => {
  const UP = "\u001b[A";
  const DOWN = "\u001b[B";
  it.each([
    ["3", 0, `${DOWN}${DOWN}`, 2],
    ["1", 2, `${UP}${UP}`, 0],
    ["2 ", 0, `${DOWN} `, 1],
    ["9", 1, "", 1], // no ninth option: nothing happens
    [`${DOWN}${DOWN}${DOWN}${DOWN}${DOWN}4`, 0, `${DOWN.repeat(5)}`, 3], // arrows stop at the end
    ["x\r", 0, "x\r", 0],
  ])("%j from option %i", (typed, active, sent, after) => {
    const state = { active, size: 4 };
    expect(digitsToMoves(typed, state)).toBe(sent);
    expect(state.active).toBe(after);
  });
});
