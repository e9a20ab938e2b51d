import type { MultipleQuestion } from "../../content/model.js";
import { checkbox } from "../prompts.js";
import { selectHeading } from "../text.js";
import { choiceAnswer, choiceFeedback } from "./choice.js";
import { CHECKBOX_PREFIX, FLAG, lines, optionChoices, type QuestionView } from "./view.js";

export const multiple: QuestionView<MultipleQuestion> = {
  async ask(question, order, options) {
    const heading = selectHeading(question.select);
    const before = Array.isArray(options.previous) ? options.previous : [];
    const choices = optionChoices(question.options, order, options.width, CHECKBOX_PREFIX).map(
      (choice) => ({ ...choice, checked: before.includes(choice.value) }),
    );
    // In an exam, ticking nothing flags the question.
    const picked = await checkbox(
      options.streams,
      options.flaggable ? `${heading} (none: flag it and come back later)` : heading,
      choices,
      {
        pageSize: lines(choices),
        shortcuts: false,
        clear: !options.flaggable,
        validate: (selected) =>
          selected.length === question.select ||
          (options.flaggable && selected.length === 0) ||
          `${heading}: you have ${selected.length} selected`,
      },
    );
    return options.flaggable && picked.length === 0 ? FLAG : picked;
  },
  intro: () => [],
  feedback: choiceFeedback,
  answer: choiceAnswer,
  kind: (listed) => `${listed.type}, ${selectHeading(listed.select ?? 0).toLowerCase()}`,
};
