import type { Question } from "../content/model.js";
import { kindOf } from "./question-types/index.js";
import type { Answer, Grade } from "./question-types/kind.js";

export type { Answer, Grade, GradeProblem } from "./question-types/kind.js";

/** The right answer in answers-file form. */
export function expectedAnswer(question: Question): Answer {
  return kindOf(question).expected(question);
}

/**
 * Grades any value as an answer to `question`. Never throws: an answer of the wrong shape, with
 * unknown keys or the wrong number of picks is simply not correct. Scoring is all or nothing;
 * `right` and `parts` tell how close a partial answer came.
 */
export function gradeAnswer(question: Question, answer: unknown): Grade {
  return kindOf(question).grade(question, answer);
}
