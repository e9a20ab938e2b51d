// The practice workspace on screen: each exercise solved or not with its problems, the count,
// and what to do next.
import type { Course } from "../content/model.js";
import type { ExerciseResult } from "../core/practice.js";
import { plainText } from "./markdown.js";
import { problemLine } from "./question-types/typed.js";
import { wrap, type ViewOptions } from "./text.js";
import { createTheme } from "./theme.js";

export function resultLines(result: ExerciseResult, options: ViewOptions): string[] {
  const theme = createTheme(options.color);
  if (result.solved) return [`${theme.good("✔")} ${result.file}`];
  const mark = result.started ? theme.bad("✖") : theme.dim("·");
  return [
    `${mark} ${result.file}`,
    ...result.problems.map((p) => theme.dim(wrap(problemLine(p), options.width, "    "))),
  ];
}

export function statusLine(solved: number, total: number, options: ViewOptions): string {
  const theme = createTheme(options.color);
  const text = `${solved} of ${total} solved`;
  return solved === total ? theme.good(`${text}. Well done.`) : theme.heading(text);
}

/** The next exercise to do: its file and task. */
export function nextLines(
  next: ExerciseResult | undefined,
  course: Course,
  options: ViewOptions,
): string[] {
  if (!next) return [];
  const question = course.modules.flatMap((m) => m.questions).find((q) => q.id === next.id);
  const task = question ? plainText(question.prompt) : "";
  return [wrap(`Next: ${next.file}: ${task}`, options.width)];
}

export function renderCheck(
  results: readonly ExerciseResult[],
  course: Course,
  options: ViewOptions,
): string {
  const solved = results.filter((r) => r.solved).length;
  const next = results.find((r) => !r.solved);
  return [
    ...results.flatMap((r) => resultLines(r, options)),
    "",
    statusLine(solved, results.length, options),
    ...nextLines(next, course, options),
  ].join("\n");
}
