import type { Answer, Grade } from "./grading.js";
import type { PlannedQuestion } from "./quiz-plan.js";

/** One question as the quiz presents it: "Question `number` of `total`". */
export interface QuizStep {
  number: number;
  total: number;
  planned: PlannedQuestion;
}

/**
 * Everything a quiz needs from the person (or script) taking it. The session does not know
 * whether answers come from a terminal, an answers file or a test.
 */
export interface QuizIO {
  /** The answer to one question; undefined leaves it unanswered (it counts as wrong). */
  ask(step: QuizStep): Promise<Answer | undefined>;
  /** How the answer was graded, told right after it was given. */
  feedback(step: QuizStep, grade: Grade): Promise<void>;
}
