import type { CategorizeQuestion } from "../../content/model.js";
import { asKey, describe, problem, textOf, type QuestionKind } from "./kind.js";
import { unknownKey } from "./single.js";

function isStringRecord(value: unknown): value is Record<string, string> {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((v) => typeof v === "string")
  );
}

export const categorize: QuestionKind<CategorizeQuestion> = {
  keys: (question) => question.items.map((item) => item.key),
  expected: (question) =>
    Object.fromEntries(question.items.map((item) => [item.key, item.category])),
  grade(question, answer) {
    const given = isStringRecord(answer) ? answer : undefined;
    const items = new Set(question.items.map((item) => item.key));
    const wrongItems = question.items
      .filter((item) => given?.[item.key] !== item.category)
      .map((item) => item.key);
    const extra = Object.keys(given ?? {}).filter((key) => !items.has(key));
    return {
      unanswered: answer === undefined || answer === null,
      expected: categorize.expected(question),
      given,
      correct: given !== undefined && wrongItems.length === 0 && extra.length === 0,
      right: question.items.length - wrongItems.length,
      parts: question.items.length,
      wrongPicks: [],
      wrongItems,
    };
  },
  check(question, value) {
    const items = categorize.keys(question);
    const categories = question.categories.map((c) => c.key);
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      return problem(
        `expects a mapping of item to category such as {${items[0]}: ${categories[0]}}, not ${describe(value)}`,
      );
    }
    const entries = value as Record<string, unknown>;
    const problems: { message: string; path: string[] }[] = [];
    const placed: Record<string, string> = {};
    for (const [item, raw] of Object.entries(entries)) {
      const category = asKey(raw);
      if (!items.includes(item)) {
        problems.push({ message: unknownKey("item", item, items), path: [item] });
      } else if (category === undefined) {
        problems.push({
          message: `item "${item}" needs one category key, not ${describe(raw)}`,
          path: [item],
        });
      } else if (!categories.includes(category)) {
        problems.push({
          message: `item "${item}": ${unknownKey("category", category, categories)}`,
          path: [item],
        });
      } else {
        placed[item] = category;
      }
    }
    for (const item of items) {
      if (!(item in entries)) {
        problems.push({ message: `item "${item}" is not placed in a category`, path: [] });
      }
    }
    return problems.length > 0 ? { problems } : { answer: placed, problems: [] };
  },
  list: (question) => ({
    options: question.categories.map(textOf),
    items: question.items.map(textOf),
  }),
};
