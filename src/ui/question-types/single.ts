import type { SingleQuestion } from "../../content/model.js";
import { select } from "../prompts.js";
import { choiceAnswer, choiceFeedback } from "./choice.js";
import { withFlag, lines, optionChoices, SELECT_PREFIX, type QuestionView } from "./view.js";

export const single: QuestionView<SingleQuestion> = {
  async ask(question, order, options) {
    const choices = optionChoices(question.options, order, options.width, SELECT_PREFIX);
    const previous = typeof options.previous === "string" ? options.previous : undefined;
    return select(options.streams, "Your answer", withFlag(choices, options.flaggable), {
      pageSize: lines(choices) + (options.flaggable ? 1 : 0),
      answer: true,
      // A quiz's feedback repeats the answer with its mark; an exam keeps it on screen.
      clear: !options.flaggable,
      ...(previous === undefined ? {} : { default: previous }),
    });
  },
  intro: () => [],
  feedback: choiceFeedback,
  answer: choiceAnswer,
  kind: (listed) => listed.type,
};
