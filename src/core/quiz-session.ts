import type { Attempt, AttemptKind, AttemptMode, ProgressData } from "../store/types.js";
import { gradeAnswer, type Answer, type Grade, type GradeProblem } from "./grading.js";
import type { QuizStep } from "./quiz-io.js";
import type { LessonPointer, QuizPlan } from "./quiz-plan.js";

export const DEFAULT_PASS_MARK = 70;

/** Where a quiz is: the plan, and the grades of the questions answered so far. */
export interface QuizState {
  readonly plan: QuizPlan;
  readonly grades: readonly Grade[];
}

export interface QuestionResult {
  id: string;
  module: string;
  revision: number;
  prompt: string;
  correct: boolean;
  unanswered: boolean;
  given: Answer | undefined;
  expected: Answer;
  /** A typed answer (command, manifest): what is wrong with it. */
  problems?: GradeProblem[] | undefined;
  lessons: LessonPointer[];
}

export interface ModuleTally {
  module: string;
  title: string;
  score: number;
  total: number;
  percent: number;
}

export interface QuizSummary {
  score: number;
  total: number;
  percent: number;
  passed: boolean;
  passMark: number;
  modules: ModuleTally[];
  results: QuestionResult[];
  missed: QuestionResult[];
}

export function startQuiz(plan: QuizPlan): QuizState {
  return { plan, grades: [] };
}

export function isFinished(state: QuizState): boolean {
  return state.grades.length >= state.plan.questions.length;
}

/** The question to answer next; undefined once every question is answered. */
export function currentStep(state: QuizState): QuizStep | undefined {
  const planned = state.plan.questions[state.grades.length];
  if (!planned) return undefined;
  return { number: state.grades.length + 1, total: state.plan.questions.length, planned };
}

/** Grades the answer to the current question and moves on. */
export function answerQuestion(
  state: QuizState,
  answer: unknown,
): { state: QuizState; grade: Grade } {
  const step = currentStep(state);
  if (!step) throw new Error("the quiz is already finished");
  const grade = gradeAnswer(step.planned.question, answer);
  return { state: { plan: state.plan, grades: [...state.grades, grade] }, grade };
}

export function percentOf(score: number, total: number): number {
  return total === 0 ? 0 : Math.round((score / total) * 100);
}

/**
 * Score, pass or fail, per-module tallies and the missed questions. Questions not reached count
 * as unanswered. Passing compares the percent shown (rounded), so what is read is what counts.
 */
export function summarize(state: QuizState, passMark: number): QuizSummary {
  const results: QuestionResult[] = state.plan.questions.map((planned, i) => {
    const { question } = planned;
    const grade = state.grades[i] ?? gradeAnswer(question, undefined);
    return {
      id: question.id,
      module: question.module,
      revision: question.revision,
      prompt: question.prompt,
      correct: grade.correct,
      unanswered: grade.unanswered,
      given: grade.given,
      expected: grade.expected,
      ...(grade.problems === undefined ? {} : { problems: grade.problems }),
      lessons: planned.lessons,
    };
  });
  const score = results.filter((r) => r.correct).length;
  const total = results.length;
  const modules = state.plan.modules.flatMap((id) => {
    const mine = results.filter((r) => r.module === id);
    if (mine.length === 0) return [];
    const right = mine.filter((r) => r.correct).length;
    const title = state.plan.questions.find((p) => p.question.module === id)?.moduleTitle ?? id;
    return [
      {
        module: id,
        title,
        score: right,
        total: mine.length,
        percent: percentOf(right, mine.length),
      },
    ];
  });
  return {
    score,
    total,
    percent: percentOf(score, total),
    passed: total > 0 && percentOf(score, total) >= passMark,
    passMark,
    modules,
    results,
    missed: results.filter((r) => !r.correct),
  };
}

/** The scripted result (--answers --json): a stable interface, fields only ever added. */
export function summaryJson(summary: QuizSummary) {
  return {
    score: summary.score,
    total: summary.total,
    percent: summary.percent,
    passed: summary.passed,
    passMark: summary.passMark,
    results: summary.results.map((r) => ({
      id: r.id,
      module: r.module,
      correct: r.correct,
      unanswered: r.unanswered,
      given: r.given ?? null,
      expected: r.expected,
      ...(r.problems === undefined ? {} : { problems: r.problems }),
    })),
  };
}

export interface AttemptMeta {
  id: string;
  kind?: AttemptKind;
  mode: AttemptMode;
  /** When the quiz started. */
  at: Date;
  durationMs: number;
}

/** The attempt to store for a finished quiz. */
export function toAttempt(plan: QuizPlan, summary: QuizSummary, meta: AttemptMeta): Attempt {
  return {
    id: meta.id,
    kind: meta.kind ?? "quiz",
    mode: meta.mode,
    at: meta.at.toISOString(),
    durationMs: Math.max(0, Math.round(meta.durationMs)),
    modules: [...plan.modules],
    score: summary.score,
    total: summary.total,
    passMark: summary.passMark,
    passed: summary.passed,
    results: summary.results.map((r) => ({
      question: r.id,
      module: r.module,
      revision: r.revision,
      correct: r.correct,
      ...(r.given === undefined ? {} : { given: r.given }),
    })),
    ...(meta.kind === undefined || meta.kind === "quiz"
      ? { scope: plan.scope, complete: [...plan.complete] }
      : {}),
  };
}

/**
 * A module's result in this quiz beside its history: best (this one included when the quiz asked
 * all of the module's questions: `complete`) and previous.
 */
export interface ModuleStanding extends ModuleTally {
  complete: boolean;
  best: number | undefined;
  previous: number | undefined;
}

/**
 * Standings of the quiz's modules, given the progress as it was before this attempt: this score
 * is the best only for a quiz that asked all of the module's questions.
 */
export function moduleStandings(
  before: Pick<ProgressData, "scores">,
  summary: QuizSummary,
  complete: readonly string[],
): ModuleStanding[] {
  return summary.modules.map((tally) => {
    const history = before.scores[tally.module];
    const counts = complete.includes(tally.module);
    const best = history?.best ?? (counts ? 0 : undefined);
    return {
      ...tally,
      complete: counts,
      best: counts ? Math.max(best ?? 0, tally.percent) : best,
      previous: history?.last,
    };
  });
}
