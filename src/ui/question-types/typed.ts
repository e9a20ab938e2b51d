// What command and manifest questions share on screen: the problems found, each with its place.
import type { Grade, GradeProblem } from "../../core/grading.js";
import { wrap, type ViewOptions } from "../text.js";
import { createTheme } from "../theme.js";

/** "line 3, column 5: `spec.replicas` must be integer" */
export function problemLine(problem: GradeProblem): string {
  const place =
    problem.line === undefined ? "" : `line ${problem.line}, column ${problem.column ?? 1}: `;
  return `${place}${problem.message}`;
}

export function problemLines(grade: Grade, options: ViewOptions): string[] {
  const theme = createTheme(options.color);
  if (grade.unanswered) return [];
  return (grade.problems ?? []).map((p) =>
    wrap(`${theme.bad("✖")} ${problemLine(p)}`, options.width, "  ").replace(/^ {2}/, ""),
  );
}
