import type { Course, GlossaryTerm } from "../content/model.js";
import { plainText } from "./markdown.js";
import type { Output } from "./output.js";
import { createTheme } from "./theme.js";

export async function printGlossary(
  output: Output,
  course: Course,
  terms: readonly GlossaryTerm[],
  single: boolean,
): Promise<void> {
  const { wrapAnsi } = await import("fast-wrap-ansi");
  const theme = createTheme(output.color);
  const lessonTitle = (t: GlossaryTerm) => {
    const module = course.modules.find((m) => m.id === t.lesson.module);
    const lesson = module?.lessons.find((l) => l.id === t.lesson.lesson);
    return `${module?.title ?? t.lesson.module} › ${lesson?.title ?? t.lesson.lesson}`;
  };
  const indent = "    ";
  terms.forEach((t, i) => {
    if (i > 0) output.out();
    const aliases =
      t.aliases.length > 0 ? theme.dim(` (${t.aliases.map(plainText).join(", ")})`) : "";
    output.out(`${theme.heading(plainText(t.term))}${aliases}`);
    output.out(
      indent +
        wrapAnsi(plainText(t.definition), output.width - indent.length)
          .split("\n")
          .join(`\n${indent}`),
    );
    const where = `Taught in: ${plainText(lessonTitle(t))}`;
    output.out(theme.dim(`${indent}${where}`));
    if (single)
      output.out(
        theme.dim(
          `${indent}Open it: eks-primer learn ${t.lesson.module} --lesson ${t.lesson.lesson}`,
        ),
      );
  });
  if (!single) {
    output.out();
    output.out(theme.dim(`${terms.length} terms. One term: eks-primer glossary <term>`));
  }
}
