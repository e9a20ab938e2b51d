// What review asks: the cards due now in scope, most overdue first, and what comes due next.
import type { Course, Module, Question } from "../content/model.js";
import type { ProgressData, ReviewCard } from "../store/types.js";
import { planQuestions, scopeModules, type QuizPlan } from "./quiz-plan.js";
import { dueCards, nextDue } from "./due.js";

/**
 * When nothing is due, review asks what comes due within this time (Anki's "learn ahead limit"):
 * a question just missed comes back in a minute, and should not wait for the next session.
 */
export const LEARN_AHEAD_MS = 20 * 60_000;

export interface ReviewPlan {
  modules: Module[];
  /** Every card due now, most overdue first (learning ahead: due within LEARN_AHEAD_MS). */
  due: ReviewCard[];
  /** Nothing was due now: `due` holds the cards due within the next LEARN_AHEAD_MS. */
  learnAhead: boolean;
  /** The ones to ask (at most --limit). */
  asked: ReviewCard[];
  /** When the next card not yet due comes due. */
  next: string | undefined;
  /** The questions in scope, by id. */
  questions: Map<string, Question>;
  /** No card has been scheduled yet. */
  empty: boolean;
}

export function planReview(
  course: Course,
  moduleIds: readonly string[],
  progress: ProgressData,
  now: Date,
  limit: number | undefined,
): ReviewPlan {
  const modules = scopeModules(course, moduleIds);
  const questions = new Map<string, Question>(
    modules.flatMap((m) => m.questions.map((q) => [q.id, q] as const)),
  );
  const known = (card: { question: string }) => questions.has(card.question);
  const dueNow = dueCards(progress.cards, now, known);
  const learnAhead = dueNow.length === 0;
  const due = learnAhead
    ? dueCards(progress.cards, new Date(now.getTime() + LEARN_AHEAD_MS), known)
    : dueNow;
  return {
    modules,
    due,
    learnAhead: learnAhead && due.length > 0,
    asked: due.slice(0, limit ?? due.length),
    next: nextDue(progress.cards, now, known),
    questions,
    empty: Object.keys(progress.cards).length === 0,
  };
}

/** The quiz of the cards to ask, in the order they are due. */
export function reviewQuiz(course: Course, review: ReviewPlan, seed: number): QuizPlan {
  const asked = review.asked.flatMap((card) => review.questions.get(card.question) ?? []);
  return planQuestions(course, review.modules, asked, { seed, shuffle: true });
}

/** After a review: how many in scope are still due, and when the next one comes. */
export function stillDue(
  review: ReviewPlan,
  progress: ProgressData,
  now: Date,
): { left: number; next: string | undefined } {
  const known = (card: { question: string }) => review.questions.has(card.question);
  return {
    left: dueCards(progress.cards, now, known).length,
    next: nextDue(progress.cards, now, known),
  };
}
