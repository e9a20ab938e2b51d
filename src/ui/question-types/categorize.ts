import type { CategorizeQuestion } from "../../content/model.js";
import { plainText } from "../markdown.js";
import { select } from "../prompts.js";
import { wrap } from "../text.js";
import { createTheme } from "../theme.js";
import {
  FLAG,
  withFlag,
  lines,
  numbered,
  optionText,
  SELECT_PREFIX,
  type QuestionView,
} from "./view.js";

export const categorize: QuestionView<CategorizeQuestion> = {
  async ask(question, order, options) {
    const placed: Record<string, string> = {};
    const before =
      typeof options.previous === "object" && !Array.isArray(options.previous)
        ? options.previous
        : {};
    const choices = numbered(
      question.categories.map((c) => ({ value: c.key, text: c.text })),
      options.width,
      SELECT_PREFIX,
    );
    for (const [i, key] of order.entries()) {
      const item = question.items.find((it) => it.key === key);
      if (!item) continue;
      const picked = await select(
        options.streams,
        `${i + 1}/${order.length} ${plainText(item.text)} →`,
        withFlag(choices, options.flaggable),
        {
          pageSize: lines(choices) + (options.flaggable ? 1 : 0),
          answer: true,
          ...(before[key] ? { default: before[key] } : {}),
        },
      );
      if (picked === FLAG) return FLAG;
      placed[key] = picked;
    }
    return placed;
  },
  intro(question, options) {
    const theme = createTheme(options.color);
    const names = question.categories.map((c) => plainText(c.text)).join(" or ");
    return [theme.dim(wrap(`Place each item in one category: ${names}.`, options.width))];
  },
  feedback(question, grade, options) {
    const theme = createTheme(options.color);
    const given = (grade.given ?? {}) as Record<string, string>;
    const out: string[] = [];
    for (const item of question.items) {
      const right = given[item.key] === item.category;
      const mark = right ? theme.good("✔") : theme.bad("✖");
      const chose =
        right || given[item.key] === undefined
          ? ""
          : theme.dim(` (you chose ${optionText(question.categories, given[item.key] ?? "")})`);
      const category = theme.heading(optionText(question.categories, item.category));
      out.push(wrap(`${mark} ${plainText(item.text)} → ${category}${chose}`, options.width, "  "));
      if (!right && item.why) out.push(theme.dim(wrap(plainText(item.why), options.width, "    ")));
    }
    return out;
  },
  answer: (question) =>
    question.items
      .map((item) => `${plainText(item.text)} → ${optionText(question.categories, item.category)}`)
      .join("; "),
  kind: () => "categorize: item → category",
};
