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

describe("sitting an exam through an ExamIO", () => {
  const plan = planExam(course, { modules: [], count: 3, seed: 1, shuffle: false });

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
    const { state, timedOut } = await sitExam(startExam(plan, Date.now(), 60_000), io, Date.now);
    expect(timedOut).toBe(false);
    expect(asked).toEqual([0, 1, 2, 0]);
    expect(overviews).toEqual([
      ["flagged", "answered", "answered"],
      ["answered", "answered", "answered"],
    ]);
    expect(counts(state)).toEqual({ answered: 3, flagged: 0, unanswered: 0 });
  });

  it("ends the sitting when time runs out, with what was answered", async () => {
    const io: ExamIO = {
      ask: (view, _planned, _previous, signal) =>
        view.index === 0
          ? Promise.resolve({ kind: "answer", answer: "a" })
          : new Promise((_, reject) =>
              signal.addEventListener("abort", () => reject(new Error("aborted"))),
            ),
      overview: () => Promise.reject(new Error("not reached")),
      confirmSubmit: () => Promise.reject(new Error("not reached")),
    };
    const { state, timedOut } = await sitExam(startExam(plan, Date.now(), 80), io, Date.now);
    expect(timedOut).toBe(true);
    expect(counts(state)).toEqual({ answered: 1, flagged: 0, unanswered: 2 });
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
    const { timedOut } = await sitExam(startExam(plan, Date.now(), 60_000), io, Date.now);
    expect(timedOut).toBe(false);
    expect(confirmed).toBe(3);
  });
});
