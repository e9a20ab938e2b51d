// The question types, one module each, in one table: a new type is a module here, one in
// ui/question-types/ and its schema in content/schema.ts.
import type { Question, QuestionType } from "../../content/model.js";
import { categorize } from "./categorize.js";
import type { QuestionKind } from "./kind.js";
import { multiple } from "./multiple.js";
import { single } from "./single.js";

const KINDS: { [T in QuestionType]: QuestionKind<Extract<Question, { type: T }>> } = {
  single,
  multiple,
  categorize,
};

/** The core's half of a question's type. */
export function kindOf<Q extends Question>(question: Q): QuestionKind<Q> {
  return KINDS[question.type] as unknown as QuestionKind<Q>;
}

export type { EntryCheck, ListedFields, QuestionKind } from "./kind.js";
