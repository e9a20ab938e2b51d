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
  const given = typeof grade.given === "string" ? [grade.given] : grade.given;
  // Each pick marked by itself: ✔ only for a right one, ✖ (and why) for a wrong one.
  for (const key of Array.isArray(given) ? given : []) {
    const wrong = grade.wrongPicks.includes(key);
    const why = wrong ? question.options.find((o) => o.key === key)?.why : undefined;
    const text = `You chose "${optionText(question.options, key)}"${why ? `: ${plainText(why)}` : "."}`;
    out.push(wrap(`${wrong ? theme.bad("✖") : theme.good("✔")} ${text}`, options.width, "  "));
  }
  if (!grade.correct) out.push(wrap(`The answer: ${theme.heading(answer)}`, options.width));
  return out;
}

/** The right answer as text: the right options' texts. */
export function choiceAnswer(question: SingleQuestion | MultipleQuestion): string {
  return question.options
    .filter((o) => o.correct === true)
    .map((o) => plainText(o.text))
    .join("; ");
}
