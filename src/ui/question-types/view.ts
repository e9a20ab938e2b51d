// What the terminal needs to know of a question type: how to ask it (in a quiz, or in an exam
// where it can be flagged), what to say before and after. One module per type implements it.
import type { ListedQuestion } from "../../core/quiz-plan.js";
import type { Answer, Grade } from "../../core/grading.js";
import type { Question } from "../../content/model.js";
import { plainText } from "../markdown.js";
import type { Choice, PromptStreams } from "../prompts.js";
import { choiceName, type ViewOptions } from "../text.js";

/** The answer "come back to this later", in an exam. */
export const FLAG: unique symbol = Symbol("flag");

export interface AskOptions {
  streams: PromptStreams;
  width: number;
  /** The answer given before, when a question is revisited. */
  previous?: Answer | undefined;
  /** An exam: the learner may flag the question instead of answering. */
  flaggable: boolean;
}

export interface QuestionView<Q extends Question> {
  ask(question: Q, order: readonly string[], options: AskOptions): Promise<Answer | typeof FLAG>;
  /** Lines under the prompt, before the answer is asked (how to answer, when it is not plain). */
  intro(question: Q, options: ViewOptions): string[];
  /** The type's part of the feedback: the right answer and why a wrong pick is wrong. */
  feedback(question: Q, grade: Grade, options: ViewOptions): string[];
  /** The right answer as one line of text, for a summary. */
  answer(question: Q): string;
  /** How --list names the type: "multiple, select two". */
  kind(listed: ListedQuestion): string;
}

/** select lists put "❯ " before a choice, checkbox lists "❯◯ ". */
export const SELECT_PREFIX = 2;
export const CHECKBOX_PREFIX = 3;

const flagChoice: Choice<typeof FLAG> = { value: FLAG, name: "⚑ Flag it and come back later" };

/** The choices, and in an exam the flag after them. */
export function withFlag(
  choices: readonly Choice<string>[],
  flaggable: boolean,
): Choice<string | typeof FLAG>[] {
  return flaggable ? [...choices, flagChoice] : [...choices];
}

/** Numbered choices for keys, in the order shown. */
export function numbered(
  entries: readonly { value: string; text: string }[],
  width: number,
  prefix: number,
): Choice<string>[] {
  return entries.map((entry, i) => ({
    value: entry.value,
    name: choiceName(i + 1, plainText(entry.text), width, prefix),
  }));
}

/** A question's options as numbered choices, in the order shown. */
export function optionChoices(
  options: readonly { key: string; text: string }[],
  order: readonly string[],
  width: number,
  prefix: number,
): Choice<string>[] {
  return numbered(
    order.map((key) => ({ value: key, text: options.find((o) => o.key === key)?.text ?? key })),
    width,
    prefix,
  );
}

/** Lines the choices take on screen: the page size that shows them all. */
export function lines(choices: readonly Choice<unknown>[]): number {
  return choices.reduce((n, c) => n + c.name.split("\n").length, 0);
}

/** An option's text by key. */
export function optionText(options: readonly { key: string; text: string }[], key: string) {
  return plainText(options.find((o) => o.key === key)?.text ?? key);
}
