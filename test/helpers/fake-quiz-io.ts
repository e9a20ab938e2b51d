import type { Answer, Grade } from "../../src/core/grading.js";
import type { QuizIO, QuizStep } from "../../src/core/quiz-io.js";
import { InterruptedError } from "../../src/shared/errors.js";

export interface FakeQuizIO extends QuizIO {
  /** Every question asked, in order. */
  readonly asked: QuizStep[];
  /** Every grade told, in order. */
  readonly told: { id: string; grade: Grade }[];
}

/**
 * An in-memory QuizIO: answers by question id (a function may look at the step), and an
 * optional question at which to "press Ctrl-C" (the prompts then throw an InterruptedError).
 */
export function createFakeQuizIO(
  answers: Record<string, Answer | ((step: QuizStep) => Answer | undefined)>,
  options: { interruptAt?: string } = {},
): FakeQuizIO {
  const asked: QuizStep[] = [];
  const told: { id: string; grade: Grade }[] = [];
  return {
    asked,
    told,
    ask(step) {
      asked.push(step);
      const id = step.planned.question.id;
      if (options.interruptAt === id) {
        return Promise.reject(new InterruptedError("interrupted"));
      }
      const answer = answers[id];
      return Promise.resolve(typeof answer === "function" ? answer(step) : answer);
    },
    feedback(step, grade) {
      told.push({ id: step.planned.question.id, grade });
      return Promise.resolve();
    },
  };
}
