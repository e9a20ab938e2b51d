import { describe, expect, it } from "vitest";
import type { Course, Module } from "../../src/content/model.js";
import {
  answer,
  counts,
  firstPassIndex,
  flag,
  startExam,
  statusOf,
  timeLeft,
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
