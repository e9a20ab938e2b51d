import type { Course, Lesson, Module } from "../content/model.js";
import type { ModuleReading } from "../core/reading.js";
import type { ScoreSummary } from "../store/types.js";
import { bar } from "./bars.js";
import { plainText } from "./markdown.js";
import type { MenuLayout } from "./menu.js";
import { createTheme, padEnd, truncate } from "./theme.js";
import { maxOf } from "../shared/arrays.js";

export type MenuChoice =
  { type: "lesson"; lesson: Lesson } | { type: "module"; module: Module } | { type: "quit" };

export interface MenuModule {
  reading: ModuleReading;
  /** Absent before the module's first quiz. */
  score: ScoreSummary | undefined;
}

/** How much a module's status says: all of it, or less on a narrow terminal. */
export type StatusLength = "long" | "medium" | "short";

export function statusText(entry: MenuModule, length: StatusLength = "long"): string {
  const { reading, score } = entry;
  const best =
    score === undefined
      ? ""
      : length === "long"
        ? `, best quiz ${score.best}%`
        : length === "medium"
          ? `, quiz ${score.best}%`
          : ` ${score.best}%`;
  switch (reading.state) {
    case "not-started":
      return `${length === "short" ? "new" : "not started"}${best}`;
    case "in-progress":
      return `${reading.read}/${reading.total}${length === "long" ? " read" : ""}${best}`;
    case "completed":
      return `${length === "short" ? "done" : "completed"}${best}`;
  }
}

export interface CourseMenu {
  choices: MenuChoice[];
  layout(width: number): MenuLayout;
}

const BAR = 8;

/**
 * The course menu: "Continue" first when there is a saved place, then the modules in order, then
 * Quit. At any width an entry stays on one line: the status says less, the bar goes, and only
 * then is the title shortened.
 */
export function courseMenu(
  course: Course,
  modules: MenuModule[],
  resume: Lesson | undefined,
  color: boolean,
): CourseMenu {
  const theme = createTheme(color);
  const choices: MenuChoice[] = [];
  const resumeTitle = resume
    ? `Continue: ${plainText(course.modules.find((m) => m.id === resume.module)?.title ?? resume.module)} › ${plainText(resume.title)}`
    : undefined;
  if (resume) choices.push({ type: "lesson", lesson: resume });
  for (const entry of modules) choices.push({ type: "module", module: entry.reading.module });
  choices.push({ type: "quit" });
  const titles = modules.map((m) => plainText(m.reading.module.title));
  const longestTitle = maxOf(
    titles.map((t) => t.length),
    12,
  );

  const layout = (width: number): MenuLayout => {
    const room = width - 2;
    const number = (i: number) => `${String(i + 1).padStart(2)}. `;
    const fits = (length: StatusLength, withBar: boolean) => {
      const status = maxOf(modules.map((m) => statusText(m, length).length));
      const title = room - 4 - 1 - status - (withBar ? BAR + 1 : 0);
      return { length, withBar, title: Math.min(longestTitle, title) };
    };
    const narrowest = fits("short", false);
    const options = [fits("long", true), fits("medium", true), fits("medium", false), narrowest];
    const chosen =
      options.find((o) => o.title >= Math.min(longestTitle, 24)) ??
      options.find((o) => o.title >= 12) ??
      narrowest;
    const titleWidth = Math.max(6, chosen.title);
    const entries: string[] = [];
    if (resumeTitle) entries.push(truncate(resumeTitle, room));
    modules.forEach((entry, i) => {
      const title = padEnd(truncate(titles[i] ?? "", titleWidth), titleWidth);
      const progress = chosen.withBar
        ? ` ${bar(entry.reading.read, entry.reading.total, BAR)}`
        : "";
      entries.push(
        `${number(i)}${title}${progress} ${theme.dim(statusText(entry, chosen.length))}`,
      );
    });
    entries.push("Quit");
    return {
      title: `${plainText(course.title)}: pick a module`,
      entries,
      numbers: choices.map((c) =>
        c.type === "module"
          ? modules.findIndex((m) => m.reading.module === c.module) + 1
          : undefined,
      ),
    };
  };
  return { choices, layout };
}
