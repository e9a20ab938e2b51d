import type { ManifestQuestion } from "../../content/model.js";
import { editText } from "../editor.js";
import { select } from "../prompts.js";
import { wrap } from "../text.js";
import { createTheme } from "../theme.js";
import { problemLines } from "./typed.js";
import { FLAG, type AskOptions, type QuestionView } from "./view.js";
import { pushAll } from "../../shared/arrays.js";

type Next = "edit" | "submit" | typeof FLAG;

async function afterEdit(text: string, options: AskOptions, color: boolean): Promise<Next> {
  const grade = options.check?.(text);
  if (grade?.correct) return "submit";
  if (grade) {
    options.out?.([...problemLines(grade, { color, width: options.width }), ""].join("\n"));
  }
  const choices: { value: Next; name: string }[] = [
    { value: "edit", name: "e. Edit it again" },
    { value: "submit", name: grade ? "s. Submit it as it is" : "s. Submit it" },
  ];
  if (options.flaggable) choices.push({ value: FLAG, name: "⚑ Flag it and come back later" });
  return select(options.streams, grade ? "Not right yet" : "Your manifest is saved", choices, {
    pageSize: choices.length,
  });
}

export const manifest: QuestionView<ManifestQuestion> = {
  async ask(question, _order, options) {
    let text = typeof options.previous === "string" ? options.previous : question.starter;
    for (;;) {
      text = editText(text, `${question.id}.yaml`, options.env ?? process.env);
      const next = await afterEdit(text, options, options.color === true);
      if (next === FLAG) return FLAG;
      if (next === "submit") return text;
    }
  },
  intro(_question, options) {
    const theme = createTheme(options.color);
    return [
      theme.dim(
        wrap(
          "Your editor opens on a file holding the starter ($VISUAL, $EDITOR, nano or vi). Write the manifest, save and quit: it is graded then.",
          options.width,
        ),
      ),
    ];
  },
  feedback(question, grade, options) {
    const theme = createTheme(options.color);
    const out = problemLines(grade, options);
    if (!grade.correct) {
      out.push("The answer:");
      pushAll(
        out,
        (question.references[0] ?? "")
          .trimEnd()
          .split("\n")
          .map((l) => theme.heading(`  ${l}`)),
      );
    }
    return out;
  },
  // A whole manifest does not fit a summary line: name what it is made of.
  answer: (question) =>
    `the ${question.documents.map((d) => d.kind).join(" and ")} manifest shown after the question`,
  kind: () => "manifest",
};
