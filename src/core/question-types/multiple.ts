import type { MultipleQuestion } from "../../content/model.js";
import { selectHeading } from "../../shared/words.js";
import { asKey, describe, problem, textOf, type QuestionKind } from "./kind.js";
import { unknownKey } from "./single.js";

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === "string");
}

export const multiple: QuestionKind<MultipleQuestion> = {
  keys: (question) => question.options.map((o) => o.key),
  expected: (question) => question.options.filter((o) => o.correct === true).map((o) => o.key),
  grade(question, answer) {
    const expected = multiple.expected(question) as string[];
    const given = isStringList(answer) ? answer : undefined;
    const right = new Set(expected);
    const picked = [...new Set(given ?? [])];
    const hits = picked.filter((key) => right.has(key)).length;
    const wrongPicks = picked.filter((key) => !right.has(key));
    return {
      unanswered: answer === undefined || answer === null,
      expected,
      given,
      correct:
        given !== undefined &&
        given.length === question.select &&
        hits === right.size &&
        wrongPicks.length === 0,
      right: hits,
      parts: question.select,
      wrongPicks,
      wrongItems: [],
    };
  },
  check(question, value) {
    const keys = multiple.keys(question);
    const example = `[${keys
      .slice(0, question.select)
      .map((k) => `"${k}"`)
      .join(", ")}]`;
    if (!Array.isArray(value)) {
      return problem(
        `expects a list of ${question.select} option keys such as ${example}, not ${describe(value)}`,
      );
    }
    const problems: { message: string; path: string[] }[] = [];
    const picked: string[] = [];
    value.forEach((item: unknown, i) => {
      const key = asKey(item);
      const path = [String(i)];
      if (key === undefined) {
        problems.push({ message: `choice ${i + 1} is ${describe(item)}, not an option key`, path });
      } else if (!keys.includes(key)) {
        problems.push({ message: unknownKey("option", key, keys), path });
      } else if (picked.includes(key)) {
        problems.push({ message: `option "${key}" is chosen twice`, path });
      } else {
        picked.push(key);
      }
    });
    if (value.length !== question.select) {
      problems.unshift({
        message: `gives ${value.length} option${value.length === 1 ? "" : "s"}; the question says ${selectHeading(question.select)} (exactly ${question.select})`,
        path: [],
      });
    }
    return problems.length > 0 ? { problems } : { answer: picked, problems: [] };
  },
  list: (question) => ({ options: question.options.map(textOf), select: question.select }),
};
