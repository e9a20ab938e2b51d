import fc from "fast-check";
import { applyAttempt } from "../../src/store/bounded.js";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCourse } from "../../src/content/course.js";
import type { Course, Question } from "../../src/content/model.js";
import { ExitError, UsageError } from "../../src/shared/errors.js";
import { expectedAnswer, gradeAnswer } from "../../src/core/grading.js";
import { listJsonParts, listQuestion, planExam, planQuiz } from "../../src/core/quiz-plan.js";
import {
  answerQuestion,
  currentStep,
  isFinished,
  moduleStandings,
  startQuiz,
  summarize,
  toAttempt,
} from "../../src/core/quiz-session.js";
import {
  exitUnlessPassed,
  grade,
  quizSitting,
  runSession,
  scriptedSitting,
  type Recorder,
  type SessionOptions,
} from "../../src/core/session.js";
import {
  mulberry32,
  newAttemptId,
  newSeed,
  MAX_SEED,
  sample,
  shuffle,
} from "../../src/core/random.js";
import { emptyProgress, type Attempt } from "../../src/store/types.js";
import { createFakeQuizIO } from "../helpers/fake-quiz-io.js";
import { VALID_PACK } from "../helpers/paths.js";

let course: Course;
const question = (id: string): Question => {
  const found = course.modules.flatMap((m) => m.questions).find((q) => q.id === id);
  if (!found) throw new Error(`no question ${id}`);
  return found;
};

beforeAll(async () => {
  course = await loadCourse(VALID_PACK);
});

/** A recorder that keeps attempts in memory; standings read without saving are marked. */
function memoryRecorder(): { recorder: Recorder; attempts: Attempt[] } {
  const attempts: Attempt[] = [];
  const recorder: Recorder = {
    record: (attempt) => {
      attempts.push(attempt);
      return Promise.resolve([]);
    },
    standings: () => Promise.resolve([{ read: true }] as never),
  };
  return { recorder, attempts };
}

function sessionWith(recorder: Recorder): SessionOptions {
  return {
    kind: "quiz",
    mode: "interactive",
    passMark: 70,
    save: true,
    recorder,
    now: () => new Date(1000),
    newId: () => "id-1",
  };
}

describe("gradeAnswer", () => {
  // question, answer, correct, right, parts
  const cases: [string, unknown, boolean, number, number][] = [
    ["basics-unit", "b", true, 1, 1],
    ["basics-unit", "a", false, 0, 1],
    ["basics-unit", "z", false, 0, 1],
    ["basics-unit", ["b"], false, 0, 1],
    ["basics-unit", 2, false, 0, 1],
    ["basics-unit", undefined, false, 0, 1],
    ["basics-node-parts", ["a", "c"], true, 2, 2],
    ["basics-node-parts", ["c", "a"], true, 2, 2],
    ["basics-node-parts", ["a", "b"], false, 1, 2],
    ["basics-node-parts", ["a"], false, 1, 2],
    ["basics-node-parts", ["a", "c", "d"], false, 2, 2],
    ["basics-node-parts", ["a", "a"], false, 1, 2],
    ["basics-node-parts", "a", false, 0, 2],
    ["basics-node-parts", [1, 2], false, 0, 2],
    ["networking-which-api", { "create-cluster": "eks", "create-deployment": "k8s" }, true, 2, 2],
    ["networking-which-api", { "create-cluster": "eks", "create-deployment": "eks" }, false, 1, 2],
    ["networking-which-api", { "create-cluster": "eks" }, false, 1, 2],
    [
      "networking-which-api",
      { "create-cluster": "eks", "create-deployment": "k8s", extra: "eks" },
      false,
      2,
      2,
    ],
    ["networking-which-api", { "create-cluster": 1 }, false, 0, 2],
    ["networking-which-api", ["eks", "k8s"], false, 0, 2],
    ["networking-which-api", null, false, 0, 2],
  ];
  it.each(cases)(
    "%s answered %j: correct %s, %i of %i right",
    (id, answer, correct, right, parts) => {
      const grade = gradeAnswer(question(id), answer);
      expect(grade).toMatchObject({ correct, right, parts });
    },
  );

  it("reports a missing answer as unanswered and a malformed one as given nothing usable", () => {
    expect(gradeAnswer(question("basics-unit"), undefined)).toMatchObject({
      unanswered: true,
      given: undefined,
    });
    expect(gradeAnswer(question("basics-unit"), 7)).toMatchObject({
      unanswered: false,
      given: undefined,
    });
  });

  it("names the wrong picks and misplaced items", () => {
    expect(gradeAnswer(question("basics-node-parts"), ["a", "b"]).wrongPicks).toEqual(["b"]);
    expect(gradeAnswer(question("basics-unit"), "a").wrongPicks).toEqual(["a"]);
    expect(
      gradeAnswer(question("networking-which-api"), { "create-cluster": "k8s" }).wrongItems,
    ).toEqual(["create-cluster", "create-deployment"]);
  });

  it("knows the expected answer of every type", () => {
    expect(expectedAnswer(question("basics-unit"))).toBe("b");
    expect(expectedAnswer(question("basics-node-parts"))).toEqual(["a", "c"]);
    expect(expectedAnswer(question("networking-which-api"))).toEqual({
      "create-cluster": "eks",
      "create-deployment": "k8s",
    });
  });
});

describe("seeded randomness", () => {
  it("mulberry32 gives the same sequence for the same seed, another for another seed", () => {
    const take = (seed: number) => Array.from({ length: 5 }, mulberry32(seed));
    expect(take(42)).toEqual(take(42));
    expect(take(42)).not.toEqual(take(43));
    for (const n of take(7)) expect(n >= 0 && n < 1).toBe(true);
  });

  it("shuffle is a repeatable permutation", () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.nat(), (items, seed) => {
        const once = shuffle(items, mulberry32(seed));
        expect(once).toEqual(shuffle(items, mulberry32(seed)));
        expect([...once].sort()).toEqual([...items].sort());
      }),
    );
  });

  it("sample keeps the original order and picks distinct items", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer()), fc.nat(20), fc.nat(), (items, n, seed) => {
        const picked = sample(items, n, mulberry32(seed));
        expect(picked).toHaveLength(Math.min(n, items.length));
        const positions = picked.map((p) => items.indexOf(p));
        expect(positions).toEqual([...positions].sort((a, b) => a - b));
      }),
    );
  });
});

describe("new ids and seeds", () => {
  it("names attempts with UUIDs (version 4) that do not repeat", () => {
    const ids = Array.from({ length: 20_000 }, newAttemptId);
    for (const id of ids.slice(0, 100)) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("draws seeds from the whole range", () => {
    const seeds = Array.from({ length: 1000 }, newSeed);
    for (const seed of seeds)
      expect(Number.isInteger(seed) && seed >= 0 && seed < MAX_SEED).toBe(true);
    expect(new Set(seeds).size).toBeGreaterThan(990);
    expect(seeds.some((seed) => seed > MAX_SEED / 2)).toBe(true);
  });
});

describe("planQuiz", () => {
  const orders = (seed: number) =>
    planQuiz(course, { modules: [], seed, shuffle: true }).questions.map((p) => p.order);

  it("shuffles option order repeatably: same seed same order, and some seed differs", () => {
    expect(orders(1)).toEqual(orders(1));
    const seen = new Set(Array.from({ length: 20 }, (_, seed) => JSON.stringify(orders(seed))));
    expect(seen.size).toBeGreaterThan(1);
  });

  it("gives the orders a seed gave before the plan made them lazily (same seed, same quiz)", () => {
    expect(orders(42)).toEqual([
      ["c", "a", "b"],
      ["b", "a", "c", "d"],
      ["create-cluster", "create-deployment"],
    ]);
    const sampled = planQuiz(course, { modules: [], seed: 7, count: 3, shuffle: true });
    expect(sampled.questions.map((p) => [p.question.id, p.order])).toEqual([
      ["basics-unit", ["b", "c", "a"]],
      ["basics-node-parts", ["a", "b", "c", "d"]],
      ["networking-which-api", ["create-deployment", "create-cluster"]],
    ]);
    const exam = planExam(course, { modules: [], seed: 9, count: 4, shuffle: true });
    expect(exam.questions.map((p) => [p.question.id, p.order])).toEqual([
      ["basics-unit", ["c", "b", "a"]],
      ["basics-node-parts", ["d", "b", "c", "a"]],
      ["networking-which-api", ["create-cluster", "create-deployment"]],
    ]);
    // Made once: read again, the same objects.
    expect(exam.questions).toBe(exam.questions);
    expect(exam.asked).toEqual(exam.questions.map((p) => p.question));
  });

  it("keeps the course's order with shuffle off", () => {
    const plan = planQuiz(course, { modules: [], seed: 5, shuffle: false });
    expect(plan.questions.map((p) => p.order)).toEqual([
      ["a", "b", "c"],
      ["a", "b", "c", "d"],
      ["create-cluster", "create-deployment"],
    ]);
  });

  it("samples --count questions repeatably, in course order", () => {
    const ids = (seed: number) =>
      planQuiz(course, { modules: [], seed, count: 2, shuffle: false }).questions.map(
        (p) => p.question.id,
      );
    expect(ids(9)).toHaveLength(2);
    expect(ids(9)).toEqual(ids(9));
    const all = ["basics-unit", "basics-node-parts", "networking-which-api"];
    expect(ids(9).map((id) => all.indexOf(id))).toEqual(
      ids(9)
        .map((id) => all.indexOf(id))
        .sort(),
    );
  });

  it("scopes to modules in course order and resolves the lessons to re-read", () => {
    const plan = planQuiz(course, { modules: ["networking", "basics"], seed: 1, shuffle: false });
    expect(plan.modules).toEqual(["basics", "networking"]);
    expect(plan.questions.at(-1)?.lessons).toEqual([
      { module: "networking", lesson: "services", moduleTitle: "Networking", title: "Services" },
      { module: "basics", lesson: "pods", moduleTitle: "Basics", title: "Pods" },
    ]);
  });

  it("refuses an unknown module with a suggestion", () => {
    expect(() => planQuiz(course, { modules: ["basic"], seed: 1, shuffle: true })).toThrow(
      UsageError,
    );
    try {
      planQuiz(course, { modules: ["basic"], seed: 1, shuffle: true });
    } catch (error) {
      expect((error as UsageError).hint).toContain("did you mean basics?");
    }
  });

  it("lists a question without anything that gives the answer away", () => {
    const listed = [question("basics-unit"), question("networking-which-api")].map(listQuestion);
    expect(JSON.stringify(listed)).not.toMatch(/correct|explanation|category"|why/);
    expect(listed[1]).toEqual({
      id: "networking-which-api",
      module: "networking",
      type: "categorize",
      prompt: "Which API do you use?",
      options: [
        { key: "eks", text: "Amazon EKS" },
        { key: "k8s", text: "Kubernetes" },
      ],
      items: [
        { key: "create-cluster", text: "Create a cluster" },
        { key: "create-deployment", text: "Create a deployment" },
      ],
    });
  });
});

describe("listJsonParts", () => {
  const all = () => course.modules.flatMap((m) => m.questions);
  const whole = (questions: readonly Question[], seed?: number) =>
    JSON.stringify(
      { ...(seed === undefined ? {} : { seed }), questions: questions.map(listQuestion) },
      null,
      2,
    );

  it("writes, part by part, what JSON.stringify writes of the whole list", () => {
    const many = Array.from({ length: 700 }, (_, i) => all()[i % all().length]!);
    for (const questions of [[], all().slice(0, 1), all(), many.slice(0, 500), many]) {
      for (const seed of [undefined, 0, 4242]) {
        const parts = [...listJsonParts(questions, seed)];
        expect(parts.join("\n")).toBe(whole(questions, seed));
        expect(parts).toHaveLength(Math.max(1, Math.ceil(questions.length / 500)));
      }
    }
    // Smaller parts, each ending where a line ends.
    const parts = [...listJsonParts(all(), 7, 2)];
    expect(parts).toHaveLength(Math.ceil(all().length / 2));
    expect(parts.join("\n")).toBe(whole(all(), 7));
    for (const part of parts) expect(part.endsWith("\n")).toBe(false);
  });
});

describe("the quiz session", () => {
  const plan = () => planQuiz(course, { modules: [], seed: 3, shuffle: true });

  it("steps through the questions as a pure state machine", () => {
    let state = startQuiz(plan());
    expect(currentStep(state)).toMatchObject({ number: 1, total: 3 });
    const first = answerQuestion(state, "b");
    expect(first.grade.correct).toBe(true);
    expect(state.grades).toHaveLength(0); // the old state is untouched
    state = first.state;
    expect(currentStep(state)).toMatchObject({ number: 2, total: 3 });
    state = answerQuestion(state, ["a", "b"]).state;
    expect(isFinished(state)).toBe(false);
    state = answerQuestion(state, undefined).state;
    expect(isFinished(state)).toBe(true);
    expect(currentStep(state)).toBeUndefined();
    expect(() => answerQuestion(state, "b")).toThrow(/already finished/);

    const summary = summarize(state, 70);
    expect(summary).toMatchObject({ score: 1, total: 3, percent: 33, passed: false, passMark: 70 });
    expect(summary.missed.map((r) => [r.id, r.unanswered])).toEqual([
      ["basics-node-parts", false],
      ["networking-which-api", true],
    ]);
    expect(summary.modules).toEqual([
      { module: "basics", title: "Basics", score: 1, total: 2, percent: 50 },
      { module: "networking", title: "Networking", score: 0, total: 1, percent: 0 },
    ]);
  });

  it.each([
    [0, 3, 70, false],
    [2, 3, 70, false],
    [2, 3, 67, true],
    [2, 3, 68, false],
    [3, 3, 100, true],
    [0, 3, 0, true],
  ])("%i of %i against a pass mark of %i: passed %s", (right, total, passMark, passed) => {
    let state = startQuiz(plan());
    const answers = ["b", ["a", "c"], { "create-cluster": "eks", "create-deployment": "k8s" }];
    for (let i = 0; i < total; i++)
      state = answerQuestion(state, i < right ? answers[i] : "x").state;
    expect(summarize(state, passMark).passed).toBe(passed);
  });

  it("runs through a fake IO: asks each question once, tells each grade", async () => {
    const io = createFakeQuizIO({
      "basics-unit": "b",
      "basics-node-parts": ["c", "a"],
      "networking-which-api": { "create-cluster": "eks", "create-deployment": "eks" },
    });
    const { recorder, attempts } = memoryRecorder();
    const { summary } = await runSession(plan(), quizSitting(io), sessionWith(recorder));
    expect(attempts.map((a) => [a.kind, a.score, a.total])).toEqual([["quiz", 2, 3]]);
    expect(io.asked.map((s) => `${s.number}/${s.total} ${s.planned.question.id}`)).toEqual([
      "1/3 basics-unit",
      "2/3 basics-node-parts",
      "3/3 networking-which-api",
    ]);
    expect(io.told.map((t) => [t.id, t.grade.correct])).toEqual([
      ["basics-unit", true],
      ["basics-node-parts", true],
      ["networking-which-api", false],
    ]);
    expect(summary).toMatchObject({ score: 2, percent: 67, passed: false });
  });

  it("stops at an interruption and records nothing", async () => {
    const io = createFakeQuizIO({ "basics-unit": "b" }, { interruptAt: "basics-node-parts" });
    const { recorder, attempts } = memoryRecorder();
    await expect(
      runSession(plan(), quizSitting(io), { ...sessionWith(recorder), kind: "review" }),
    ).rejects.toMatchObject({
      name: "InterruptedError",
      message: "review abandoned, nothing recorded",
    });
    expect(io.told).toHaveLength(1);
    expect(attempts).toEqual([]);
  });

  it("reads the standings instead of recording with --no-save, and exits 1 when not passed", async () => {
    const { recorder, attempts } = memoryRecorder();
    const result = await runSession(plan(), scriptedSitting(new Map([["basics-unit", "b"]])), {
      ...sessionWith(recorder),
      save: false,
    });
    expect(attempts).toEqual([]);
    expect(result.standings).toEqual([{ read: true }]);
    expect(() => exitUnlessPassed(result.summary)).toThrow(ExitError);
    expect(result.summary.passed).toBe(false);
  });

  it("grades scripted answers and leaves out what is not answered", () => {
    const summary = grade(plan(), new Map([["basics-unit", "b"]]), 70);
    expect(summary.results.map((r) => [r.id, r.correct, r.unanswered])).toEqual([
      ["basics-unit", true, false],
      ["basics-node-parts", false, true],
      ["networking-which-api", false, true],
    ]);
  });

  it("makes the attempt to store, with each question's revision", () => {
    const quiz = plan();
    const summary = grade(quiz, new Map([["basics-unit", "b"]]), 70);
    const attempt = toAttempt(quiz, summary, {
      id: "id-1",
      mode: "scripted",
      at: new Date("2026-01-02T03:04:05.000Z"),
      durationMs: 1234.4,
    });
    expect(attempt).toEqual({
      id: "id-1",
      kind: "quiz",
      mode: "scripted",
      at: "2026-01-02T03:04:05.000Z",
      durationMs: 1234,
      modules: ["basics", "networking"],
      score: 1,
      total: 3,
      passMark: 70,
      passed: false,
      results: [
        { question: "basics-unit", module: "basics", revision: 1, correct: true, given: "b" },
        { question: "basics-node-parts", module: "basics", revision: 2, correct: false },
        { question: "networking-which-api", module: "networking", revision: 1, correct: false },
      ],
      scope: "all",
      complete: ["basics", "networking"],
    } satisfies Attempt);
  });

  it("puts this quiz beside the module's best and previous scores", () => {
    const quiz = plan();
    const progress = emptyProgress();
    const first = grade(quiz, new Map([["basics-unit", "b"]]), 70);
    expect(
      moduleStandings(progress, first, quiz.complete).map((s) => [
        s.module,
        s.percent,
        s.best,
        s.previous,
      ]),
    ).toEqual([
      ["basics", 50, 50, undefined],
      ["networking", 0, 0, undefined],
    ]);
    applyAttempt(
      progress,
      toAttempt(quiz, first, { id: "1", mode: "interactive", at: new Date(1000), durationMs: 1 }),
    );
    const second = grade(quiz, new Map(), 70);
    expect(
      moduleStandings(progress, second, quiz.complete).map((s) => [
        s.module,
        s.percent,
        s.best,
        s.previous,
      ]),
    ).toEqual([
      ["basics", 0, 50, 50],
      ["networking", 0, 0, 0],
    ]);
  });

  it("never lets a quiz of part of a module (or an exam) raise its best", () => {
    const quiz = plan();
    const progress = emptyProgress();
    const wrong = grade(quiz, new Map(), 70);
    applyAttempt(
      progress,
      toAttempt(quiz, wrong, { id: "1", mode: "scripted", at: new Date(1000), durationMs: 1 }),
    );
    const right = grade(quiz, new Map([["basics-unit", "b"]]), 70);
    const partial = toAttempt({ ...quiz, complete: [] }, right, {
      id: "2",
      mode: "scripted",
      at: new Date(2000),
      durationMs: 1,
    });
    expect(moduleStandings(progress, right, []).map((s) => [s.module, s.complete, s.best])).toEqual(
      [
        ["basics", false, 0],
        ["networking", false, 0],
      ],
    );
    applyAttempt(progress, partial);
    applyAttempt(progress, { ...partial, id: "3", kind: "exam" });
    expect(progress.scores["basics"]).toMatchObject({ attempts: 1, best: 0, last: 0 });
    expect(progress.kinds["exam"]).toMatchObject({ attempts: 1, best: 33 });
  });
});
