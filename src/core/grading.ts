import type { Question } from "../content/model.js";

/** An answer as an answers file writes it: "b", ["a", "c"], or { item: category }. */
export type Answer = string | string[] | Record<string, string>;

export interface Grade {
  correct: boolean;
  /** Nothing was given for the question. */
  unanswered: boolean;
  /** The answer given, when it has the shape the question type expects; otherwise undefined. */
  given: Answer | undefined;
  expected: Answer;
  /** Parts answered right, out of `parts`: the option (single), the picks (multiple), the items. */
  right: number;
  parts: number;
  /** Option keys picked that are wrong (single, multiple): their `why` says what they are. */
  wrongPicks: string[];
  /** Items placed in the wrong category, or not placed (categorize). */
  wrongItems: string[];
}

/** The right answer in answers-file form. */
export function expectedAnswer(question: Question): Answer {
  switch (question.type) {
    case "single":
      return question.options.find((o) => o.correct === true)?.key ?? "";
    case "multiple":
      return question.options.filter((o) => o.correct === true).map((o) => o.key);
    case "categorize":
      return Object.fromEntries(question.items.map((item) => [item.key, item.category]));
  }
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === "string");
}

function isStringRecord(value: unknown): value is Record<string, string> {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((v) => typeof v === "string")
  );
}

/**
 * Grades any value as an answer to `question`. Never throws: an answer of the wrong shape, with
 * unknown keys or the wrong number of picks is simply not correct. Scoring is all or nothing;
 * `right` and `parts` tell how close a partial answer came.
 */
export function gradeAnswer(question: Question, answer: unknown): Grade {
  const expected = expectedAnswer(question);
  const unanswered = answer === undefined || answer === null;
  const base = { unanswered, expected, wrongPicks: [] as string[], wrongItems: [] as string[] };

  switch (question.type) {
    case "single": {
      const given = typeof answer === "string" ? answer : undefined;
      const correct = given !== undefined && given === expected;
      return {
        ...base,
        given,
        correct,
        right: correct ? 1 : 0,
        parts: 1,
        wrongPicks: given !== undefined && !correct ? [given] : [],
      };
    }
    case "multiple": {
      const given = isStringList(answer) ? answer : undefined;
      const right = new Set(expected as string[]);
      const picked = [...new Set(given ?? [])];
      const hits = picked.filter((key) => right.has(key)).length;
      const wrongPicks = picked.filter((key) => !right.has(key));
      return {
        ...base,
        given,
        correct:
          given !== undefined &&
          given.length === question.select &&
          hits === right.size &&
          wrongPicks.length === 0,
        right: hits,
        parts: question.select,
        wrongPicks,
      };
    }
    case "categorize": {
      const given = isStringRecord(answer) ? answer : undefined;
      const items = new Set(question.items.map((item) => item.key));
      const wrongItems = question.items
        .filter((item) => given?.[item.key] !== item.category)
        .map((item) => item.key);
      const extra = Object.keys(given ?? {}).filter((key) => !items.has(key));
      return {
        ...base,
        given,
        correct: given !== undefined && wrongItems.length === 0 && extra.length === 0,
        right: question.items.length - wrongItems.length,
        parts: question.items.length,
        wrongItems,
      };
    }
  }
}
