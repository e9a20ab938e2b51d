import { relative } from "node:path";
import type { ValidationReport } from "../content/diagnostics.js";
import type { Course } from "../content/model.js";
import type { Output } from "./output.js";
import { createTheme } from "./theme.js";

export function displayPath(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return rel.startsWith("..") || rel === "" ? file : rel;
}

export function printValidation(
  output: Output,
  report: ValidationReport,
  course: Course | undefined,
  options: { json: boolean; cwd: string },
): void {
  const show = (file: string) => displayPath(file, options.cwd);
  if (options.json) {
    output.out(
      JSON.stringify(
        {
          valid: report.valid,
          dir: report.dir,
          files: report.files,
          modules: course?.modules.length ?? 0,
          questions: course?.modules.reduce((n, m) => n + m.questions.length, 0) ?? 0,
          diagnostics: report.diagnostics.map((d) => ({ ...d, file: show(d.file) })),
        },
        null,
        2,
      ),
    );
    return;
  }
  const theme = createTheme(output.color);
  let previous: string | undefined;
  for (const d of report.diagnostics) {
    const file = show(d.file);
    if (file !== previous) {
      if (previous !== undefined) output.out();
      output.out(theme.heading(file));
      previous = file;
    }
    output.out(`  ${file}:${d.line}:${d.column}: ${theme.bad(d.message)}`);
    if (d.hint) output.out(`    ${theme.dim(`hint: ${d.hint}`)}`);
  }
  if (report.valid && course) {
    const lessons = course.modules.reduce((n, m) => n + m.lessons.length, 0);
    const questions = course.modules.reduce((n, m) => n + m.questions.length, 0);
    output.out(
      `${theme.good("✔")} ${show(report.dir)}: valid (${course.modules.length} modules, ${lessons} lessons, ${questions} questions, ${course.glossary.length} glossary terms)`,
    );
  } else {
    const files = new Set(report.diagnostics.map((d) => d.file)).size;
    const n = report.diagnostics.length;
    output.out();
    output.out(
      theme.bad(`✖ ${n} problem${n === 1 ? "" : "s"} in ${files} file${files === 1 ? "" : "s"}`),
    );
  }
}
