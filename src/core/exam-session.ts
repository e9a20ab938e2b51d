// An exam sitting: a pure state machine (questions answered in any order, flagged to revisit,
// submitted by the person or by the clock) and the loop that runs it through an ExamIO.
import type { Answer } from "./grading.js";
import type { PlannedQuestion, QuizPlan } from "./quiz-plan.js";

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

/** What the person sitting the exam sees of it: enough to draw a header or an overview. */
export interface ExamView {
  /** The question asked (for ask), or undefined (for the overview). */
  index: number | undefined;
  total: number;
  counts: Record<QuestionStatus, number>;
  statuses: QuestionStatus[];
  timeLeftMs: number;
}

export type ExamChoice = { kind: "answer"; answer: Answer } | { kind: "flag" };

/**
 * Everything an exam needs from the person taking it. Each call may be cancelled through
 * `signal` when time runs out (it then rejects, with any error).
 */
export interface ExamIO {
  ask(
    view: ExamView,
    planned: PlannedQuestion,
    previous: Answer | undefined,
    signal: AbortSignal,
  ): Promise<ExamChoice>;
  /** The overview of every question: one to revisit, or "submit". */
  overview(view: ExamView, signal: AbortSignal): Promise<number | "submit">;
  /** Submit although `open` questions are flagged or unanswered? */
  confirmSubmit(open: number, signal: AbortSignal): Promise<boolean>;
}

function viewOf(state: ExamState, index: number | undefined, now: number): ExamView {
  return {
    index,
    total: state.plan.questions.length,
    counts: counts(state),
    statuses: state.plan.questions.map((_, i) => statusOf(state, i)),
    timeLeftMs: timeLeft(state, now),
  };
}

/**
 * The sitting: questions in order, each may be flagged; then the overview to revisit any and
 * submit. When time runs out, whatever is open is cancelled and the exam ends as it stands.
 * `timeout` gives the signal that fires after the time left (tests pass one they fire).
 */
export async function sitExam(
  start: ExamState,
  io: ExamIO,
  now: () => number,
  timeout: (ms: number) => AbortSignal = (ms) => AbortSignal.timeout(ms),
): Promise<{ state: ExamState; timedOut: boolean }> {
  let state = start;
  for (;;) {
    const remaining = timeLeft(state, now());
    if (remaining <= 0) return { state, timedOut: true };
    const signal = timeout(remaining);
    try {
      let index = firstPassIndex(state);
      if (index === undefined) {
        const picked = await io.overview(viewOf(state, undefined, now()), signal);
        if (picked === "submit") {
          const c = counts(state);
          const open = c.unanswered + c.flagged;
          if (open === 0 || (await io.confirmSubmit(open, signal)))
            return { state, timedOut: false };
          continue;
        }
        index = picked;
      }
      const planned = state.plan.questions[index];
      if (!planned) throw new RangeError(`no question ${index + 1} in this exam`);
      const choice = await io.ask(
        viewOf(state, index, now()),
        planned,
        state.answers.get(planned.question.id),
        signal,
      );
      state = choice.kind === "flag" ? flag(state, index) : answer(state, index, choice.answer);
    } catch (error) {
      if (signal.aborted) return { state, timedOut: true };
      throw error;
    }
  }
}
