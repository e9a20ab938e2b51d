import type { ModulesInfo } from "../core/modules-info.js";
import { bar } from "./bars.js";
import type { Output } from "./output.js";
import { createTheme, padEnd, truncate } from "./theme.js";
import { maxOf } from "../shared/arrays.js";

export function printModules(output: Output, info: ModulesInfo): void {
  const theme = createTheme(output.color);
  const idWidth = maxOf(
    info.modules.map((m) => m.id.length),
    2,
  );
  // #, id, title, lessons read (bar n/m), questions, best
  const fixed = 2 + 2 + idWidth + 2 + 2 + 12 + 2 + 9 + 2 + 4;
  const titleWidth = Math.max(10, output.width - fixed);
  output.out(theme.heading(info.course));
  output.out();
  output.out(
    theme.dim(
      `${"#".padStart(2)}  ${padEnd("id", idWidth)}  ${padEnd("title", titleWidth)}  ${padEnd("lessons read", 12)}  ${"questions".padStart(9)}  ${"best".padStart(4)}`,
    ),
  );
  info.modules.forEach((m, i) => {
    const read = `${bar(m.lessonsRead, m.lessons, 6)} ${`${m.lessonsRead}/${m.lessons}`.padStart(5)}`;
    const done = m.lessons > 0 && m.lessonsRead === m.lessons;
    output.out(
      `${String(i + 1).padStart(2)}  ${theme.accent(padEnd(m.id, idWidth))}  ${padEnd(truncate(m.title, titleWidth), titleWidth)}  ${done ? theme.good(read) : read}  ${String(m.questions).padStart(9)}  ${(m.best === null ? "-" : `${m.best}%`).padStart(4)}`,
    );
  });
  const lessons = info.modules.reduce((n, m) => n + m.lessons, 0);
  const read = info.modules.reduce((n, m) => n + m.lessonsRead, 0);
  const questions = info.modules.reduce((n, m) => n + m.questions, 0);
  output.out();
  output.out(
    theme.dim(
      truncate(
        `${info.modules.length} modules, ${lessons} lessons (${read} read), ${questions} questions. Open one: eks-primer learn <id>`,
        output.width,
      ),
    ),
  );
}
