// The question types, one module each, in one table: a new type is a module here, one in
// ui/question-types/ and its schema in content/schema.ts.
import type { Question, QuestionType } from "../../content/model.js";
import { categorize } from "./categorize.js";
import { command } from "./command.js";
import { manifest } from "./manifest.js";
import type { QuestionKind } from "./kind.js";
import { multiple } from "./multiple.js";
import { single } from "./single.js";

const KINDS: { [T in QuestionType]: QuestionKind<Extract<Question, { type: T }>> } = {
  single,
  multiple,
  categorize,
  command,
  manifest,
};

/** The core's half of a question's type. */
export function kindOf<Q extends Question>(question: Q): QuestionKind<Q> {
  return KINDS[question.type] as unknown as QuestionKind<Q>;
}

/** Loads what grading these questions needs (the manifest validators), once, before grading. */
export async function prepareQuestions(questions: readonly Question[]): Promise<void> {
  const byType = new Map<QuestionType, Question[]>();
  for (const q of questions) byType.set(q.type, [...(byType.get(q.type) ?? []), q]);
  for (const [type, list] of byType) {
    const kind = KINDS[type] as QuestionKind<Question>;
    await kind.prepare?.(list);
  }
}

export type { EntryCheck, ListedFields, QuestionKind } from "./kind.js";
