import type { CommandQuestion } from "../../content/model.js";
import { input } from "../prompts.js";
import { wrap } from "../text.js";
import { createTheme } from "../theme.js";
import { problemLines } from "./typed.js";
import type { QuestionView } from "./view.js";

export const command: QuestionView<CommandQuestion> = {
  async ask(question, _order, options) {
    const previous = typeof options.previous === "string" ? options.previous : undefined;
    const hint = options.flaggable ? " (empty: flag it and come back later)" : "";
    const line = await input(options.streams, `$${hint}`, {
      ...(previous === undefined ? {} : { default: previous }),
      validate: (value) =>
        options.flaggable || value.trim() !== "" || `type the ${question.program} command`,
    });
    return line;
  },
  intro(question, options) {
    const theme = createTheme(options.color);
    return [theme.dim(wrap(`Type the ${question.program} command on one line.`, options.width))];
  },
  feedback(question, grade, options) {
    const theme = createTheme(options.color);
    const out = problemLines(grade, options);
    if (!grade.correct) out.push(`The answer: ${theme.heading(question.references[0] ?? "")}`);
    return out;
  },
  answer: (question) => question.references[0] ?? "",
  kind: () => "command",
};
