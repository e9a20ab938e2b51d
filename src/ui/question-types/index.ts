// The terminal's half of each question type, in one table (the core's half: core/question-types).
import type { Question, QuestionType } from "../../content/model.js";
import { categorize } from "./categorize.js";
import { command } from "./command.js";
import { manifest } from "./manifest.js";
import { multiple } from "./multiple.js";
import { single } from "./single.js";
import type { QuestionView } from "./view.js";

const VIEWS: { [T in QuestionType]: QuestionView<Extract<Question, { type: T }>> } = {
  single,
  multiple,
  categorize,
  command,
  manifest,
};

export function viewOf<Q extends Question>(question: Q): QuestionView<Q> {
  return VIEWS[question.type] as unknown as QuestionView<Q>;
}

export function viewOfType(type: QuestionType): QuestionView<Question> {
  return viewOf({ type } as Question);
}

export { FLAG, type AskOptions, type QuestionView } from "./view.js";
