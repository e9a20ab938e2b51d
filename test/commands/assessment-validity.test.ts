// The built-in course's questions measure knowledge: no strategy that ignores the questions
// passes, played through the scripted contract a learner's script would use.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadCourse } from "../../src/content/course.js";
import { foldSpace } from "../../src/content/model.js";
import type { Course } from "../../src/content/model.js";
import { CHOICE_TYPES, strategies, type ListedQuestion } from "../helpers/blind.js";
import { runCli } from "../helpers/run-cli.js";

interface Graded {
  percent: number;
  passed: boolean;
  results: { id: string; module: string; correct: boolean }[];
}

const dir = mkdtempSync(join(tmpdir(), "eks-primer-blind-"));
let listedCourse: ListedQuestion[] = [];
let choiceIds = new Set<string>();
let course: Course;

async function play(scope: string[], questions: ListedQuestion[], name: string) {
  const strategy = strategies[name];
  if (!strategy) throw new Error(name);
  const file = join(dir, `${scope.join("-")}-${name.replace(/\W+/g, "-")}.json`);
  writeFileSync(
    file,
    JSON.stringify(Object.fromEntries(questions.map((q) => [q.id, strategy(q)]))),
  );
  const run = await runCli([...scope, "--answers", file, "--json", "--no-save"]);
  expect(run.stderr).toBe("");
  return { code: run.code, graded: choiceOnly(JSON.parse(run.stdout) as Graded) };
}

/**
 * The grade over the choice questions only: a blind strategy has nothing to pick in a typed
 * answer (command, manifest), and counting those as wrong would flatter the bank.
 */
function choiceOnly(graded: Graded): Graded {
  const results = graded.results.filter((r) => choiceIds.has(r.id));
  const percent = Math.round((100 * results.filter((r) => r.correct).length) / results.length);
  return { results, percent, passed: percent >= 70 };
}

beforeAll(async () => {
  const list = await runCli(["quiz", "--all", "--list", "--json"]);
  listedCourse = (JSON.parse(list.stdout) as { questions: ListedQuestion[] }).questions.filter(
    (q) => CHOICE_TYPES.includes(q.type),
  );
  choiceIds = new Set(listedCourse.map((q) => q.id));
  course = await loadCourse();
});

describe("answer-blind strategies against the built-in course", () => {
  it.each(Object.keys(strategies))(
    "%s: at most 40 percent of the course, below the pass mark in every module",
    async (name) => {
      const { code, graded } = await play(["quiz", "--all"], listedCourse, name);
      expect(code).toBe(1);
      expect(graded.passed).toBe(false);
      expect(graded.percent).toBeLessThanOrEqual(40);
      const byModule = new Map<string, { right: number; total: number }>();
      for (const r of graded.results) {
        const m = byModule.get(r.module) ?? { right: 0, total: 0 };
        m.total++;
        if (r.correct) m.right++;
        byModule.set(r.module, m);
      }
      expect(byModule.size).toBe(15);
      for (const [module, { right, total }] of byModule) {
        expect((100 * right) / total, `${name} in ${module}`).toBeLessThan(70);
      }
    },
  );

  it("fails an exam with a fixed seed answered by position", async () => {
    const list = await runCli(["exam", "--seed", "7", "--list", "--json"]);
    const questions = (JSON.parse(list.stdout) as { questions: ListedQuestion[] }).questions.filter(
      (q) => CHOICE_TYPES.includes(q.type),
    );
    for (const name of ["always the first option", "always the longest option"]) {
      const { code, graded } = await play(["exam", "--seed", "7"], questions, name);
      expect(code, name).toBe(1);
      expect(graded.passed, name).toBe(false);
    }
  });
});

describe("the built-in course's question bank", () => {
  const length = (text: string) => foldSpace(text).length;
  const choice = () =>
    course.modules
      .flatMap((m) => m.questions)
      .filter((q) => q.type === "single" || q.type === "multiple");

  it("spreads the right answers over the positions: none holds more than 35%", () => {
    for (const type of ["single", "multiple"] as const) {
      const counts: number[] = [];
      let total = 0;
      for (const q of choice().filter((q) => q.type === type)) {
        q.options.forEach((o, i) => {
          if (o.correct !== true) return;
          counts[i] = (counts[i] ?? 0) + 1;
          total++;
        });
      }
      for (const [i, n = 0] of counts.entries()) {
        expect(n / total, `${type}, position ${i + 1}`).toBeLessThanOrEqual(0.35);
      }
    }
  });

  it("makes the right option strictly the longest in at most 30%, never 1.5 times the longest wrong", () => {
    let longest = 0;
    for (const q of choice()) {
      const right = Math.max(...q.options.filter((o) => o.correct).map((o) => length(o.text)));
      const wrong = Math.max(...q.options.filter((o) => !o.correct).map((o) => length(o.text)));
      if (right > wrong) longest++;
      expect(right, q.id).toBeLessThanOrEqual(1.5 * wrong);
    }
    expect(longest / choice().length).toBeLessThanOrEqual(0.3);
  });

  it("varies how long the right option is: no length rank holds more than 35% of single choice", () => {
    const ranks: number[] = [];
    const single = choice().filter((q) => q.type === "single");
    for (const q of single) {
      const right = length(q.options.find((o) => o.correct)?.text ?? "");
      const rank = q.options.filter((o) => length(o.text) > right).length;
      ranks[rank] = (ranks[rank] ?? 0) + 1;
    }
    for (const [rank, n = 0] of ranks.entries()) {
      expect(n / single.length, `length rank ${rank + 1}`).toBeLessThanOrEqual(0.35);
    }
  });

  it("has at least 8 questions per module, every lesson taught, every categorize item explained", () => {
    const taught = new Set(
      course.modules
        .flatMap((m) => m.questions.flatMap((q) => q.lessons))
        .map((l) => `${l.module}/${l.lesson}`),
    );
    for (const m of course.modules) {
      expect(m.questions.length, m.id).toBeGreaterThanOrEqual(8);
      for (const l of m.lessons)
        expect(taught.has(`${m.id}/${l.id}`), `${m.id}/${l.id}`).toBe(true);
      for (const q of m.questions) {
        if (q.type === "categorize")
          for (const item of q.items) expect(item.why, `${q.id} ${item.key}`).toBeTruthy();
      }
    }
  });

  it("passes validate --strict", async () => {
    const run = await runCli(["validate", "--strict"]);
    expect(run.stdout).toMatch(/valid \(15 modules/);
    expect(run.code).toBe(0);
  });
});
