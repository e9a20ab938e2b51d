import type { Course, GlossaryTerm } from "../content/model.js";
import { plainText } from "./markdown.js";
import type { Output } from "./output.js";
import { createTheme } from "./theme.js";
import { pushAll } from "../shared/arrays.js";

/** The glossary (or one term) as lines of `width` columns. */
export async function glossaryLines(
  course: Course,
  terms: readonly GlossaryTerm[],
  single: boolean,
  options: { width: number; color: boolean },
): Promise<string[]> {
  const { wrapAnsi } = await import("fast-wrap-ansi");
  const theme = createTheme(options.color);
  const lessonTitle = (t: GlossaryTerm) => {
    const module = course.modules.find((m) => m.id === t.lesson.module);
    const lesson = module?.lessons.find((l) => l.id === t.lesson.lesson);
    return `${module?.title ?? t.lesson.module} › ${lesson?.title ?? t.lesson.lesson}`;
  };
  const indent = "    ";
  const indented = (text: string) =>
    wrapAnsi(text, options.width - indent.length, { hard: true })
      .split("\n")
      .map((line) => indent + line);
  const lines: string[] = [];
  terms.forEach((t, i) => {
    if (i > 0) lines.push("");
    const aliases =
      t.aliases.length > 0 ? theme.dim(` (${t.aliases.map(plainText).join(", ")})`) : "";
    lines.push(`${theme.heading(plainText(t.term))}${aliases}`);
    pushAll(lines, indented(plainText(t.definition)));
    pushAll(
      lines,
      indented(`Taught in: ${plainText(lessonTitle(t))}`).map((l) => theme.dim(l)),
    );
    if (single)
      lines.push(
        theme.dim(
          `${indent}Open it: eks-primer learn ${t.lesson.module} --lesson ${t.lesson.lesson}`,
        ),
      );
  });
  if (!single) {
    lines.push("", theme.dim(`${terms.length} terms. One term: eks-primer glossary <term>`));
  }
  return lines;
}

export async function printGlossary(
  output: Output,
  course: Course,
  terms: readonly GlossaryTerm[],
  single: boolean,
): Promise<void> {
  const lines = await glossaryLines(course, terms, single, output);
  output.out(lines.join("\n"));
}
