// Answer-blind strategies: ways to answer a quiz without reading a question, from what
// `quiz --list --json` shows. A question bank that measures knowledge lets none of them pass.
import type { Question } from "../../src/content/model.js";

/** A question as `quiz --list --json` lists it (for categorize, `options` are the categories). */
export interface ListedQuestion {
  id: string;
  module: string;
  type: "single" | "multiple" | "categorize";
  select?: number;
  options: { key: string; text: string }[];
  items?: { key: string; text: string }[];
}

export type BlindAnswer = string | string[] | Record<string, string>;
export type Strategy = (question: ListedQuestion) => BlindAnswer;

const size = (text: string) => text.replace(/\s+/g, " ").trim().length;
const INCLUSIVE = /\b(both|all of|all three|all four|every one of|each of these)\b/i;

/** The `index`-th option (-1: the last), or the last when there are fewer. */
function nth(question: ListedQuestion, index: number): string {
  const at =
    index < 0 ? question.options.length + index : Math.min(index, question.options.length - 1);
  return question.options[at]?.key ?? "";
}

/** Every item of a categorize question in its `index`-th category (-1: the last). */
function allIn(question: ListedQuestion, index: number): BlindAnswer {
  const category = nth(question, index);
  return Object.fromEntries((question.items ?? []).map((item) => [item.key, category]));
}

/** Categorize: every item in one category; otherwise the option (or options) from there on. */
function sameSlot(question: ListedQuestion, index: number): BlindAnswer {
  if (question.type === "categorize") return allIn(question, index);
  return pickBy(question, (_, i) => (i >= index ? i : i + 1000));
}

/** The options ranked by `rank`, lowest first: one key, or `select` keys. */
function pickBy(question: ListedQuestion, rank: (text: string, index: number) => number) {
  if (question.type === "categorize") return allIn(question, 0);
  const keys = question.options
    .map((option, index) => ({ key: option.key, rank: rank(option.text, index) }))
    .sort((a, b) => a.rank - b.rank)
    .map((o) => o.key);
  return question.type === "single" ? (keys[0] ?? "") : keys.slice(0, question.select ?? 1);
}

function longestIndex(question: ListedQuestion): number {
  const sizes = question.options.map((o) => size(o.text));
  return sizes.indexOf(Math.max(...sizes));
}

function shortestIndex(question: ListedQuestion): number {
  const sizes = question.options.map((o) => size(o.text));
  return sizes.indexOf(Math.min(...sizes));
}

export const strategies: Record<string, Strategy> = {
  "always the first option": (q) => pickBy(q, (_, i) => i),
  "always the last option": (q) =>
    q.type === "categorize" ? allIn(q, -1) : pickBy(q, (_, i) => -i),
  "always the longest option": (q) => pickBy(q, (text) => -size(text)),
  "always the shortest option": (q) => pickBy(q, (text) => size(text)),
  "always the second longest option": (q) =>
    pickBy(q, (text, i) => (i === longestIndex(q) ? 1e6 : -size(text))),
  "always the second shortest option": (q) =>
    pickBy(q, (text, i) => (i === shortestIndex(q) ? 1e6 : size(text))),
  'an inclusive "both / all" option': (q) =>
    pickBy(q, (text, i) => (INCLUSIVE.test(text) ? i - 1000 : i)),
  "every item in the first category": (q) => sameSlot(q, 0),
  "every item in the second category": (q) => sameSlot(q, 1),
  "every item in the third category": (q) => sameSlot(q, 2),
};

/** The question types a blind strategy can answer: those with options to pick among. */
export const CHOICE_TYPES: readonly string[] = ["single", "multiple", "categorize"];

/** A question of the course as the list shows it; undefined for a typed answer (command, manifest). */
export function listed(question: Question): ListedQuestion | undefined {
  if (question.type === "categorize") {
    return { ...question, options: question.categories, items: question.items };
  }
  if (question.type === "command" || question.type === "manifest") return undefined;
  return question;
}
