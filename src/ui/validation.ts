import { relative } from "node:path";
import type { Diagnostic, ValidationReport } from "../content/diagnostics.js";
import { percent, type ItemSummary } from "../content/item-checks.js";
import type { Course } from "../content/model.js";
import { LISTED_PROBLEMS } from "../shared/limits.js";
import { safeText } from "../shared/safe-text.js";
import type { Output } from "./output.js";
import { createTheme, type Theme } from "./theme.js";

export function displayPath(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return rel.startsWith("..") || rel === "" ? file : rel;
}

/** Right answers per position as "1: 30%, 2: 25%, ...", or "none". */
export function positionShares(shares: ItemSummary["single"]): string {
  if (shares.total === 0) return "none";
  return Array.from(shares.counts, (n = 0, i) => `${i + 1}: ${percent(n / shares.total)}`).join(
    ", ",
  );
}

export function printValidation(
  output: Output,
  report: ValidationReport,
  course: Course | undefined,
  options: { json: boolean; strict: boolean; cwd: string },
): void {
  const show = (file: string) => displayPath(file, options.cwd);
  if (options.json) {
    output.out(
      JSON.stringify(
        {
          valid: report.valid && (!options.strict || report.warnings.length === 0),
          dir: report.dir,
          files: report.files,
          modules: course?.modules.length ?? 0,
          questions: course?.modules.reduce((n, m) => n + m.questions.length, 0) ?? 0,
          diagnostics: report.diagnostics.map((d) => ({ ...d, file: show(d.file) })),
          warnings: report.warnings.map((d) => ({ ...d, file: show(d.file) })),
          items: report.items,
        },
        null,
        2,
      ),
    );
    return;
  }
  const theme = createTheme(output.color);
  const text = (file: string) => safeText(show(file));
  const label = options.strict ? "problem" : "warning";
  // Warnings wait until the pack is valid, unless --strict makes them problems too.
  const shown = options.strict || report.diagnostics.length === 0 ? report.warnings : [];
  const all = [
    ...report.diagnostics.map((d) => ({ d, warning: false })),
    ...shown.map((d) => ({ d, warning: true })),
  ].sort((a, b) => a.d.file.localeCompare(b.d.file) || a.d.line - b.d.line);
  let previous: string | undefined;
  for (const { d, warning } of all.slice(0, LISTED_PROBLEMS)) {
    const file = text(d.file);
    if (file !== previous) {
      if (previous !== undefined) output.out();
      output.out(theme.heading(file));
      previous = file;
    }
    output.out(`  ${line(file, d, warning && !options.strict, theme)}`);
    if (d.hint) output.out(`    ${theme.dim(`hint: ${safeText(d.hint)}`)}`);
  }
  if (all.length > LISTED_PROBLEMS) {
    output.out(`... and ${all.length - LISTED_PROBLEMS} more (validate --json lists them all)`);
  }
  if (all.length > 0) output.out();
  if (course) printItemSummary(output, report.items, theme);
  const warnings = report.warnings.length;
  const counted = report.diagnostics.length + (options.strict ? warnings : 0);
  if (counted === 0 && course) {
    const lessons = course.modules.reduce((n, m) => n + m.lessons.length, 0);
    const questions = course.modules.reduce((n, m) => n + m.questions.length, 0);
    const warned = warnings === 0 ? "" : `, ${warnings} ${label}${warnings === 1 ? "" : "s"}`;
    output.out(
      `${theme.good("✔")} ${text(report.dir)}: valid (${course.modules.length} modules, ${lessons} lessons, ${questions} questions, ${course.glossary.length} glossary terms${warned})`,
    );
  } else {
    const listed = options.strict
      ? [...report.diagnostics, ...report.warnings]
      : report.diagnostics;
    const files = new Set(listed.map((d) => d.file)).size;
    output.out(
      theme.bad(
        `✖ ${counted} problem${counted === 1 ? "" : "s"} in ${files} file${files === 1 ? "" : "s"}`,
      ),
    );
  }
}

function line(file: string, d: Diagnostic, warning: boolean, theme: Theme): string {
  const where = `${file}:${d.line}:${d.column}:`;
  const message = safeText(d.message);
  return warning
    ? `${where} ${theme.warn(`warning: ${message}`)}`
    : `${where} ${theme.bad(message)}`;
}

function printItemSummary(output: Output, items: ItemSummary, theme: Theme): void {
  if (items.choiceQuestions === 0) return;
  output.out(
    theme.dim(
      `Right option strictly the longest: ${items.longestRight} of ${items.choiceQuestions} choice questions (${percent(items.longestRight / items.choiceQuestions)}).`,
    ),
  );
  output.out(
    theme.dim(`Right answers by position, single choice: ${positionShares(items.single)}.`),
  );
  output.out(
    theme.dim(
      `Right answers by length rank (1 = longest), single choice: ${positionShares(items.lengthRanks)}.`,
    ),
  );
  if (items.multiple.total > 0) {
    output.out(
      theme.dim(`Right answers by position, "select N": ${positionShares(items.multiple)}.`),
    );
  }
}
