import type { Course, Lesson, Module } from "../content/model.js";
import type { ModuleReading } from "../core/reading.js";
import type { ScoreSummary } from "../store/types.js";
import { bar } from "./bars.js";
import { plainText } from "./markdown.js";
import { select, type Choice, type PromptStreams } from "./prompts.js";
import { createTheme, padEnd, truncate } from "./theme.js";

export type MenuChoice =
  { type: "lesson"; lesson: Lesson } | { type: "module"; module: Module } | { type: "quit" };

export interface MenuModule {
  reading: ModuleReading;
  /** Absent before the module's first quiz. */
  score: ScoreSummary | undefined;
}

export function statusText(entry: MenuModule): string {
  const { reading, score } = entry;
  const best = score === undefined ? "" : `, best quiz ${score.best}%`;
  switch (reading.state) {
    case "not-started":
      return `not started${best}`;
    case "in-progress":
      return `${reading.read}/${reading.total} read${best}`;
    case "completed":
      return `completed${best}`;
  }
}

/** The course menu: "Continue" first when there is a saved place, then the modules in order. */
export async function courseMenu(
  streams: PromptStreams,
  course: Course,
  modules: MenuModule[],
  resume: Lesson | undefined,
  options: { color: boolean; width: number },
): Promise<MenuChoice> {
  const theme = createTheme(options.color);
  const titleWidth = Math.max(12, Math.min(40, options.width - 40));
  const choices: Choice<MenuChoice>[] = [];
  if (resume) {
    const module = course.modules.find((m) => m.id === resume.module);
    choices.push({
      value: { type: "lesson", lesson: resume },
      name: truncate(
        `Continue: ${plainText(module?.title ?? resume.module)} › ${plainText(resume.title)}`,
        options.width - 4,
      ),
    });
  }
  modules.forEach((entry, i) => {
    const { module } = entry.reading;
    choices.push({
      value: { type: "module", module },
      name: `${String(i + 1).padStart(2)}. ${padEnd(truncate(plainText(module.title), titleWidth), titleWidth)} ${bar(entry.reading.read, entry.reading.total, 8)} ${theme.dim(statusText(entry))}`,
    });
  });
  choices.push({ value: { type: "quit" }, name: "Quit" });
  return select(streams, `${plainText(course.title)}: pick a module`, choices, {
    pageSize: 18,
    clear: true,
  });
}
