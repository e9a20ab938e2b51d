import type { SingleQuestion } from "../../content/model.js";
import { didYouMean } from "../suggest.js";
import { asKey, describe, problem, textOf, type QuestionKind } from "./kind.js";

/** "unknown option "x"; did you mean ...? (options: a, b, c)" */
export function unknownKey(
  kind: "option" | "item" | "category",
  key: string,
  keys: readonly string[],
) {
  // Short keys (a, b, c) are all "near" each other; the list says enough.
  const near = key.length > 2 ? didYouMean(key, keys) : undefined;
  const plural = kind === "category" ? "categories" : `${kind}s`;
  return `unknown ${kind} "${key}"${near ? `; ${near}` : ""} (${plural}: ${keys.join(", ")})`;
}

export const single: QuestionKind<SingleQuestion> = {
  keys: (question) => question.options.map((o) => o.key),
  expected: (question) => question.options.find((o) => o.correct === true)?.key ?? "",
  grade(question, answer) {
    const expected = single.expected(question);
    const given = typeof answer === "string" ? answer : undefined;
    const correct = given !== undefined && given === expected;
    return {
      unanswered: answer === undefined || answer === null,
      expected,
      given,
      correct,
      right: correct ? 1 : 0,
      parts: 1,
      wrongPicks: given !== undefined && !correct ? [given] : [],
      wrongItems: [],
    };
  },
  check(question, value) {
    const keys = single.keys(question);
    const key = asKey(value);
    if (key === undefined) {
      return problem(`expects one option key such as "${keys[0]}", not ${describe(value)}`);
    }
    if (!keys.includes(key)) return problem(unknownKey("option", key, keys));
    return { answer: key, problems: [] };
  },
  list: (question) => ({ options: question.options.map(textOf) }),
};
