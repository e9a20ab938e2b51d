import { describe, expect, it } from "vitest";
import type { Course, Module } from "../../src/content/model.js";
import {
  answer,
  counts,
  firstPassIndex,
  flag,
  sitExam,
  startExam,
  statusOf,
  timeLeft,
  type ExamIO,
} from "../../src/core/exam-session.js";
import { examShares, planExam } from "../../src/core/quiz-plan.js";

function module(id: string, questions: number): Module {
  return {
    id,
    title: id,
    summary: "",
    lessons: [{ id: "l", module: id, title: "L", body: "x", notes: [] }],
    glossary: [],
    questions: Array.from({ length: questions }, (_, i) => ({
      id: `${id}-q${i}`,
      module: id,
      revision: 1,
      type: "single" as const,
      prompt: `Q${i}`,
      explanation: "",
      lessons: [{ module: id, lesson: "l" }],
      options: [
        { key: "a", text: "A", correct: true },
        { key: "b", text: "B" },
      ],
    })),
  } as unknown as Module;
}

const course = {
  title: "T",
  description: "",
  modules: [module("big", 12), module("mid", 6), module("small", 2)],
  glossary: [],
} as unknown as Course;

describe("exam sampling", () => {
  it("shares questions across modules in proportion to their size", () => {
    expect(Object.fromEntries(examShares(course.modules, 10))).toEqual({
      big: 6,
      mid: 3,
      small: 1,
    });
    expect(Object.fromEntries(examShares(course.modules, 100))).toEqual({
      big: 12,
      mid: 6,
      small: 2,
    });
    const plan = planExam(course, { modules: [], count: 10, seed: 3, shuffle: true });
    const per = (id: string) => plan.questions.filter((p) => p.question.module === id).length;
    expect([per("big"), per("mid"), per("small")]).toEqual([6, 3, 1]);
  });

  it("is repeatable with a seed and differs with another", () => {
    const ids = (seed: number) =>
      planExam(course, { modules: [], count: 10, seed, shuffle: true }).questions.map(
        (p) => `${p.question.id}:${p.order.join("")}`,
      );
    expect(ids(42)).toEqual(ids(42));
    expect(ids(42)).not.toEqual(ids(43));
  });
});

describe("exam sitting", () => {
  const plan = planExam(course, { modules: [], count: 4, seed: 1, shuffle: false });

  it("flags a question, revisits it, and counts what is answered", () => {
    let state = startExam(plan, 0, 60_000);
    state = flag(state, 0);
    state = answer(state, 1, "a");
    expect(firstPassIndex(state)).toBe(2);
    expect(statusOf(state, 0)).toBe("flagged");
    state = answer(state, 0, "b");
    expect(statusOf(state, 0)).toBe("answered");
    expect(counts(state)).toEqual({ answered: 2, flagged: 0, unanswered: 2 });
  });

  it("runs out of time at the deadline", () => {
    const state = startExam(plan, 1_000, 60_000);
    expect(timeLeft(state, 31_000)).toBe(30_000);
    expect(timeLeft(state, 90_000)).toBe(0);
  });
});

/** A clock and timers that move only when the test moves them: nothing waits for real time. */
function fakeTime() {
  let time = 0;
  const timers: { ms: number; due: number; controller: AbortController }[] = [];
  return {
    now: () => time,
    timeout: (ms: number) => {
      const controller = new AbortController();
      timers.push({ ms, due: time + ms, controller });
      return controller.signal;
    },
    /** The delays sitExam asked timers for, in order. */
    requested: () => timers.map((t) => t.ms),
    /** Moves the clock on and fires the timers that are due, as AbortSignal.timeout would. */
    advance(ms: number) {
      time += ms;
      for (const t of timers) {
        if (t.due <= time && !t.controller.signal.aborted) {
          t.controller.abort(new DOMException("The operation timed out.", "TimeoutError"));
        }
      }
    },
  };
}

describe("sitting an exam through an ExamIO", () => {
  const plan = planExam(course, { modules: [], count: 3, seed: 1, shuffle: false });
  const sit = (io: ExamIO, time: ReturnType<typeof fakeTime>, limitMs = 60_000) =>
    sitExam(startExam(plan, time.now(), limitMs), io, time.now, time.timeout);

  it("flags, answers the rest, revisits the flagged one from the overview, and submits", async () => {
    const asked: number[] = [];
    const overviews: string[][] = [];
    const io: ExamIO = {
      ask: (view, planned, previous) => {
        asked.push(view.index ?? -1);
        // First pass: flag the first question; on the revisit it has no answer yet.
        if (view.index === 0 && !asked.slice(0, -1).includes(0))
          return Promise.resolve({ kind: "flag" });
        expect(previous).toBeUndefined();
        return Promise.resolve({
          kind: "answer",
          answer: planned.question.type === "single" ? "a" : [],
        });
      },
      overview: (view) => {
        overviews.push(view.statuses);
        return Promise.resolve(view.statuses.includes("flagged") ? 0 : "submit");
      },
      confirmSubmit: () => Promise.reject(new Error("nothing is open")),
    };
    const { state, timedOut } = await sit(io, fakeTime());
    expect(timedOut).toBe(false);
    expect(asked).toEqual([0, 1, 2, 0]);
    expect(overviews).toEqual([
      ["flagged", "answered", "answered"],
      ["answered", "answered", "answered"],
    ]);
    expect(counts(state)).toEqual({ answered: 3, flagged: 0, unanswered: 0 });
  });

  it("ends the sitting when time runs out during a question, with what was answered", async () => {
    const time = fakeTime();
    const io: ExamIO = {
      ask: (view, _planned, _previous, signal) => {
        if (view.index === 0) {
          time.advance(20_000);
          return Promise.resolve({ kind: "answer", answer: "a" });
        }
        return new Promise((_, reject) => {
          signal.addEventListener("abort", () => reject(new Error("aborted")));
          time.advance(40_000); // the deadline, while question 2 is open
        });
      },
      overview: () => Promise.reject(new Error("not reached")),
      confirmSubmit: () => Promise.reject(new Error("not reached")),
    };
    const { state, timedOut } = await sit(io, time);
    expect(timedOut).toBe(true);
    expect(time.requested()).toEqual([60_000, 40_000]);
    expect(counts(state)).toEqual({ answered: 1, flagged: 0, unanswered: 2 });
  });

  it("ends the sitting without asking again once the deadline has passed", async () => {
    const time = fakeTime();
    const asked: number[] = [];
    const io: ExamIO = {
      ask: (view) => {
        asked.push(view.index ?? -1);
        time.advance(61_000); // a slow answer, given after the deadline: it still counts
        return Promise.resolve({ kind: "answer", answer: "a" });
      },
      overview: () => Promise.reject(new Error("not reached")),
      confirmSubmit: () => Promise.reject(new Error("not reached")),
    };
    const { state, timedOut } = await sit(io, time);
    expect(timedOut).toBe(true);
    expect(asked).toEqual([0]);
    expect(counts(state)).toEqual({ answered: 1, flagged: 0, unanswered: 2 });
  });

  it("rethrows an error of the IO that is not the clock's", async () => {
    const io: ExamIO = {
      ask: () => Promise.reject(new Error("the terminal went away")),
      overview: () => Promise.reject(new Error("not reached")),
      confirmSubmit: () => Promise.reject(new Error("not reached")),
    };
    await expect(sit(io, fakeTime())).rejects.toThrow("the terminal went away");
  });

  it("asks before submitting with questions left open", async () => {
    let confirmed = 0;
    const io: ExamIO = {
      ask: () => Promise.resolve({ kind: "flag" }),
      overview: () => Promise.resolve("submit"),
      confirmSubmit: (open) => {
        confirmed = open;
        return Promise.resolve(true);
      },
    };
    const { timedOut } = await sit(io, fakeTime());
    expect(timedOut).toBe(false);
    expect(confirmed).toBe(3);
  });
});
