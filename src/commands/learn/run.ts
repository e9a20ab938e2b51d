import { join } from "node:path";
import { loadCourse } from "../../content/course.js";
import type { Course, Lesson, Module } from "../../content/model.js";
import { findLesson, findModule } from "../../core/course-query.js";
import { ExitError, InterruptedError, UsageError } from "../../shared/errors.js";
import {
  firstUnread,
  markRead,
  moduleReading,
  placeOf,
  resumePosition,
} from "../../core/reading.js";
import type { CommandContext } from "../../shared/context.js";
import { openStore } from "../shared.js";
import { storePaths } from "../../store/store.js";
import { lessonCache } from "./render-cache.js";
import { courseMenu } from "../../ui/learn-menu.js";
import { renderForPrint, renderLessonPage } from "../../ui/lesson-view.js";
import { atEnd, pagerKey, type PagerAction } from "../../core/pager.js";
import { showPage, restoreTerminal } from "../../ui/pager.js";
import { confirm, isPromptExit } from "../../ui/prompts.js";

export interface LearnOptions {
  lesson?: string | undefined;
  print?: boolean | undefined;
}

export async function runLearn(
  ctx: CommandContext,
  moduleId: string | undefined,
  options: LearnOptions,
): Promise<void> {
  const course = await loadCourse(ctx.contentDir);
  const module = moduleId === undefined ? undefined : findModule(course, moduleId);
  const lesson =
    options.lesson === undefined ? undefined : lessonFor(course, module, options.lesson);

  if (options.print || !ctx.output.interactive) {
    const target = module ?? course.modules.find((m) => m.id === lesson?.module);
    if (!target) {
      throw new UsageError(
        "learn needs a terminal to open the course menu",
        "name a module to print it: eks-primer learn networking --print (eks-primer modules lists them)",
      );
    }
    const text = await renderForPrint(target, lesson ? [lesson] : target.lessons, {
      width: ctx.output.width,
      color: ctx.output.color,
      cache: renderCache(ctx),
    });
    ctx.output.out(text);
    return;
  }
  await readInteractively(ctx, course, lesson, module);
}

/** Rendered lessons, kept beside the progress store (render-cache.ts). */
function renderCache(ctx: CommandContext) {
  return lessonCache(join(storePaths(ctx.home).folder, "cache"));
}

/** `--lesson` takes a lesson id of the module, or `module/lesson` anywhere in the course. */
function lessonFor(course: Course, module: Module | undefined, ref: string): Lesson {
  if (ref.includes("/")) {
    const [moduleId = "", lessonId = ""] = ref.split("/", 2);
    return findLesson(findModule(course, moduleId), lessonId);
  }
  if (module) return findLesson(module, ref);
  const matches = course.modules.flatMap((m) => m.lessons.filter((l) => l.id === ref));
  if (matches.length === 1 && matches[0]) return matches[0];
  if (matches.length > 1) {
    throw new UsageError(
      `lesson "${ref}" is in several modules`,
      `name the module too: ${matches.map((l) => `--lesson ${l.module}/${l.id}`).join(" or ")}`,
    );
  }
  throw new UsageError(
    `no lesson "${ref}" in the course`,
    "name its module: eks-primer learn <module> --lesson <id>, or search: eks-primer search <words>",
  );
}

async function readInteractively(
  ctx: CommandContext,
  course: Course,
  lesson: Lesson | undefined,
  module: Module | undefined,
): Promise<void> {
  const store = openStore(ctx);
  const cache = renderCache(ctx);
  const streams = { input: ctx.deps.stdin, output: ctx.deps.stdout };
  const io = {
    input: ctx.deps.stdin,
    output: ctx.deps.stdout,
    color: ctx.output.color,
    width: ctx.output.width,
  };
  let target: Lesson | "menu" =
    lesson ?? (module ? firstUnread(module, await store.summary()) : "menu");

  try {
    for (;;) {
      if (target === "menu") {
        const progress = await store.summary();
        const choice = await courseMenu(
          streams,
          course,
          course.modules.map((m) => ({
            reading: moduleReading(m, progress),
            score: progress.scores[m.id],
          })),
          resumePosition(course, progress),
          { color: ctx.output.color, width: ctx.output.width },
        );
        if (choice.type === "quit") return;
        target = choice.type === "lesson" ? choice.lesson : firstUnread(choice.module, progress);
        continue;
      }
      const current: Lesson = target;
      const place = placeOf(course, current);
      await store.update((progress) => {
        markRead(progress, current, ctx.deps.now());
      });
      const page = await renderLessonPage(place.module, place.index, {
        width: ctx.output.width,
        color: ctx.output.color,
        cache,
      });
      const action = await showPage(io, page, { key: pagerKey, atEnd });
      if (action.type === "interrupt")
        throw new InterruptedError("interrupted; your place is saved");
      if (action.type === "quit") {
        ctx.output.out(
          `Your place is saved: ${place.module.title} › ${current.title}. Run eks-primer learn to continue.`,
        );
        return;
      }
      if (action.type === "next" && !place.next) await endOfModule(ctx, streams, place.module);
      target = nextTarget(action, place, current);
    }
  } catch (error) {
    restoreTerminal(io);
    if (isPromptExit(error)) throw new InterruptedError("interrupted; your place is saved");
    throw error;
  }
}

/** Where the reader goes after a page: the menu, or a lesson (the same one for "none"). */
function nextTarget(
  action: PagerAction,
  place: ReturnType<typeof placeOf>,
  current: Lesson,
): Lesson | "menu" {
  switch (action.type) {
    case "previous":
      return place.previous ?? current;
    case "goto":
      return place.module.lessons[action.lesson - 1] ?? current;
    case "next":
      return place.next ?? "menu";
    case "menu":
      return "menu";
    default:
      return current;
  }
}

/** At the end of a module: offer its knowledge check. */
async function endOfModule(
  ctx: CommandContext,
  streams: Parameters<typeof confirm>[0],
  module: Module,
): Promise<void> {
  ctx.output.out(`You have read every lesson of ${module.title}.`);
  const take = await confirm(streams, `Take the ${module.id} knowledge check now?`, {
    default: true,
  });
  if (!take) return;
  try {
    const { runQuiz } = await import("../quiz/run.js");
    await runQuiz(ctx, { module: [module.id], returnTo: "the course" });
  } catch (error) {
    // Not passing is the quiz's verdict, shown in its summary; the course goes on to the menu.
    if (!(error instanceof ExitError)) throw error;
  }
}
