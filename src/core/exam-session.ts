// An exam sitting as a pure state machine: questions answered in any order, flagged to revisit,
// submitted by the person or by the clock. The terminal UI drives it; tests drive it directly.
import type { Answer } from "./grading.js";
import type { QuizPlan } from "./quiz-plan.js";

export interface ExamState {
  readonly plan: QuizPlan;
  readonly answers: ReadonlyMap<string, Answer>;
  readonly flagged: ReadonlySet<string>;
  /** Index of the next question of the first pass; questions.length once all were shown. */
  readonly next: number;
  readonly deadline: number;
}

export function startExam(plan: QuizPlan, now: number, timeLimitMs: number): ExamState {
  return { plan, answers: new Map(), flagged: new Set(), next: 0, deadline: now + timeLimitMs };
}

export const timeLeft = (state: ExamState, now: number) => Math.max(0, state.deadline - now);

export function questionId(state: ExamState, index: number): string {
  const planned = state.plan.questions[index];
  if (!planned) throw new RangeError(`no question ${index + 1} in this exam`);
  return planned.question.id;
}

/** Records an answer; answering a flagged question keeps its flag only if asked to. */
export function answer(state: ExamState, index: number, given: Answer): ExamState {
  const id = questionId(state, index);
  const answers = new Map(state.answers).set(id, given);
  const flagged = new Set(state.flagged);
  flagged.delete(id);
  return { ...state, answers, flagged, next: Math.max(state.next, index + 1) };
}

/** Flags a question to come back to (its answer, if any, stays). */
export function flag(state: ExamState, index: number): ExamState {
  const flagged = new Set(state.flagged).add(questionId(state, index));
  return { ...state, flagged, next: Math.max(state.next, index + 1) };
}

export type QuestionStatus = "answered" | "flagged" | "unanswered";

export function statusOf(state: ExamState, index: number): QuestionStatus {
  const id = questionId(state, index);
  if (state.flagged.has(id)) return "flagged";
  return state.answers.has(id) ? "answered" : "unanswered";
}

export function counts(state: ExamState): Record<QuestionStatus, number> {
  const tally = { answered: 0, flagged: 0, unanswered: 0 };
  state.plan.questions.forEach((_, i) => tally[statusOf(state, i)]++);
  return tally;
}

/** The question to show next in the first pass, or undefined when every one has been shown. */
export function firstPassIndex(state: ExamState): number | undefined {
  return state.next < state.plan.questions.length ? state.next : undefined;
}
