// What single and "select N" questions share: their feedback names the right options and says
// why each wrong pick is wrong.
import type { MultipleQuestion, SingleQuestion } from "../../content/model.js";
import type { Grade } from "../../core/grading.js";
import { plainText } from "../markdown.js";
import { wrap, type ViewOptions } from "../text.js";
import { createTheme } from "../theme.js";
import { optionText } from "./view.js";

export function choiceFeedback(
  question: SingleQuestion | MultipleQuestion,
  grade: Grade,
  options: ViewOptions,
): string[] {
  const theme = createTheme(options.color);
  const expected = typeof grade.expected === "string" ? [grade.expected] : grade.expected;
  const keys = Array.isArray(expected) ? expected : [];
  const out: string[] = [];
  const answer = keys.map((key) => optionText(question.options, key)).join("; ");
  if (!grade.correct) out.push(wrap(`The answer: ${theme.heading(answer)}`, options.width));
  for (const key of grade.wrongPicks) {
    const why = question.options.find((o) => o.key === key)?.why;
    out.push(
      wrap(
        `You chose "${optionText(question.options, key)}"${why ? `: ${plainText(why)}` : "."}`,
        options.width,
      ),
    );
  }
  return out;
}
