import type { Answer, Grade } from "../../src/core/grading.js";
import type { QuizIO, QuizStep } from "../../src/core/quiz-io.js";

export interface FakeQuizIO extends QuizIO {
  /** Every question asked, in order. */
  readonly asked: QuizStep[];
  /** Every grade told, in order. */
  readonly told: { id: string; grade: Grade }[];
}

/**
 * An in-memory QuizIO: answers by question id (a function may look at the step), and an
 * optional question at which to "press Ctrl-C" (throws an error like @inquirer's ExitPromptError).
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
        const error = new Error("User force closed the prompt with SIGINT");
        error.name = "ExitPromptError";
        return Promise.reject(error);
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
