import type { Course, Module, Question } from "../content/model.js";
import { findModule } from "./course-query.js";
import { kindOf } from "./question-types/index.js";
import { mulberry32, sample, shuffle } from "./random.js";

/** A lesson to re-read, with the titles to show for it. */
export interface LessonPointer {
  module: string;
  lesson: string;
  moduleTitle: string;
  title: string;
}

export interface PlannedQuestion {
  question: Question;
  moduleTitle: string;
  /** Keys in the order to show them: options (single, multiple) or items (categorize). */
  order: string[];
  lessons: LessonPointer[];
}

export interface QuizPlan {
  /** Ids of the modules in scope, in course order. */
  modules: string[];
  /** The questions asked, in order. */
  asked: readonly Question[];
  /**
   * Each asked question with its option order and lessons, made when first read (a --list of
   * 10,000 questions never reads it); the seeded order is the same whenever that is.
   */
  readonly questions: PlannedQuestion[];
  seed: number;
  /** What was asked for: a module id, sorted module ids joined by commas, or "all". */
  scope: string;
  /** The modules every question of which the plan asks (their best and last scores count it). */
  complete: string[];
}

export interface PlanOptions {
  /** Module ids; empty for the whole course. */
  modules: readonly string[];
  /** Ask a random sample of this many questions. */
  count?: number | undefined;
  seed: number;
  /** Show options (and categorize items) in a seeded random order. */
  shuffle: boolean;
}

/** The modules named (unknown ids throw a UsageError with a suggestion), in course order. */
export function scopeModules(course: Course, ids: readonly string[]): Module[] {
  if (ids.length === 0) return course.modules;
  const wanted = new Set(ids.map((id) => findModule(course, id).id));
  return course.modules.filter((m) => wanted.has(m.id));
}

function lessonPointers(course: Course, question: Question): LessonPointer[] {
  return question.lessons.map((ref) => {
    const module = course.modules.find((m) => m.id === ref.module);
    const lesson = module?.lessons.find((l) => l.id === ref.lesson);
    return {
      module: ref.module,
      lesson: ref.lesson,
      moduleTitle: module?.title ?? ref.module,
      title: lesson?.title ?? ref.lesson,
    };
  });
}

function keysOf(question: Question): string[] {
  return kindOf(question).keys(question);
}

/**
 * What a quiz asks, decided once and only by its inputs: the same course, scope, count and seed
 * give the same questions in the same order with the same option order.
 */
export function planQuiz(course: Course, options: PlanOptions): QuizPlan {
  const modules = scopeModules(course, options.modules);
  const random = mulberry32(options.seed);
  const all = modules.flatMap((module) => module.questions);
  const picked =
    options.count === undefined ? all : sample(all, Math.max(1, options.count), random);
  const scope = options.modules.length === 0 ? "all" : undefined;
  return planQuestions(course, modules, picked, { ...options, scope }, random);
}

/** The plan for questions already chosen, in this order. */
export function planQuestions(
  course: Course,
  modules: readonly Module[],
  questions: readonly Question[],
  options: { seed: number; shuffle: boolean; scope?: string | undefined },
  random = mulberry32(options.seed),
): QuizPlan {
  const titles = new Map(course.modules.map((m) => [m.id, m.title]));
  const asked = new Set(questions.map((q) => q.id));
  const touched = new Set(questions.map((q) => q.module));
  let planned: PlannedQuestion[] | undefined;
  return {
    modules: modules.map((m) => m.id),
    seed: options.seed,
    scope:
      options.scope ??
      modules
        .map((m) => m.id)
        .sort()
        .join(","),
    // Only modules a question was asked from can be complete: the others are never read.
    complete: course.modules
      .filter((m) => touched.has(m.id) && m.questions.every((q) => asked.has(q.id)))
      .map((m) => m.id),
    asked: questions,
    get questions() {
      planned ??= questions.map((question) => ({
        question,
        moduleTitle: titles.get(question.module) ?? question.module,
        order: options.shuffle ? shuffle(keysOf(question), random) : keysOf(question),
        lessons: lessonPointers(course, question),
      }));
      return planned;
    },
  };
}

/** The scope of a quiz as the store names it: `all`, a module id, or sorted ids joined by commas. */
export function quizScope(moduleIds: readonly string[]): string {
  return moduleIds.length === 0 ? "all" : [...new Set(moduleIds)].sort().join(",");
}

/** A retry: the questions of these ids still in scope, in course order. */
export function planRetry(
  course: Course,
  moduleIds: readonly string[],
  ids: readonly string[],
  options: { seed: number; shuffle: boolean },
): QuizPlan {
  const modules = scopeModules(course, moduleIds);
  const wanted = new Set(ids);
  const questions = modules.flatMap((m) => m.questions.filter((q) => wanted.has(q.id)));
  return planQuestions(course, modules, questions, options);
}

/**
 * How many of `count` questions each module gets in an exam: in proportion to its number of
 * questions (largest remainders first), never more than it has.
 */
export function examShares(modules: readonly Module[], count: number): Map<string, number> {
  const total = modules.reduce((n, m) => n + m.questions.length, 0);
  const want = Math.min(count, total);
  const exact = modules.map((m) => ({
    m,
    x: total === 0 ? 0 : (m.questions.length * want) / total,
  }));
  const shares = new Map(exact.map(({ m, x }) => [m.id, Math.floor(x)]));
  let left = want - [...shares.values()].reduce((a, b) => a + b, 0);
  const byRemainder = [...exact].sort((a, b) => b.x - Math.floor(b.x) - (a.x - Math.floor(a.x)));
  for (const { m } of byRemainder) {
    if (left === 0) break;
    const share = shares.get(m.id) ?? 0;
    if (share < m.questions.length) {
      shares.set(m.id, share + 1);
      left--;
    }
  }
  return shares;
}

/** An exam: a seeded sample across modules weighted by their size, in course order. */
export function planExam(course: Course, options: PlanOptions & { count: number }): QuizPlan {
  const modules = scopeModules(course, options.modules);
  const random = mulberry32(options.seed);
  const shares = examShares(modules, options.count);
  const picked = modules.flatMap((m) => sample(m.questions, shares.get(m.id) ?? 0, random));
  return planQuestions(course, modules, picked, options, random);
}

export interface ListedQuestion {
  id: string;
  module: string;
  type: Question["type"];
  prompt: string;
  /** Choice questions: the options (categorize: the categories). */
  options?: { key: string; text: string }[];
  select?: number;
  items?: { key: string; text: string }[];
  /** A manifest exercise: the YAML the learner starts from. */
  starter?: string;
}

/** A question as `--list` shows it: everything needed to answer it, nothing that gives it away. */
export function listQuestion(question: Question): ListedQuestion {
  return {
    id: question.id,
    module: question.module,
    type: question.type,
    prompt: question.prompt,
    ...kindOf(question).list(question),
  };
}

const LIST_HEAD = '{\n  "questions": [\n';
const LIST_TAIL = "\n  ]\n}";

/**
 * `--list --json` in parts of whole lines, `size` questions a part: joined with newlines, the
 * parts are `JSON.stringify({ seed, questions }, null, 2)` of the listed questions. Written a part
 * at a time, each part and its listed questions are garbage at once instead of living until the
 * end (a 10,000-question list: the collector copies some 8 MB less).
 */
export function* listJsonParts(
  questions: readonly Question[],
  seed?: number,
  size = 500,
): Generator<string> {
  if (questions.length === 0) {
    yield JSON.stringify({ ...(seed === undefined ? {} : { seed }), questions: [] }, null, 2);
    return;
  }
  for (let start = 0; start < questions.length; start += size) {
    const listed = questions.slice(start, start + size).map(listQuestion);
    const json = JSON.stringify({ questions: listed }, null, 2);
    const items = json.slice(LIST_HEAD.length, json.length - LIST_TAIL.length);
    const first = start === 0;
    const last = start + size >= questions.length;
    const head = !first
      ? ""
      : seed === undefined
        ? LIST_HEAD
        : `{\n  "seed": ${seed},\n  "questions": [\n`;
    yield `${head}${items}${last ? LIST_TAIL : ","}`;
  }
}
