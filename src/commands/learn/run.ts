import { join } from "node:path";
import type { Course, Lesson, Module } from "../../content/model.js";
import { findLesson, findModule } from "../../core/course-query.js";
import { ExitError, InterruptedError, UsageError } from "../../shared/errors.js";
import {
  firstUnread,
  keepLine,
  markRead,
  moduleReading,
  moveOn,
  placeOf,
  resumePosition,
  savedLine,
} from "../../core/reading.js";
import type { CommandContext } from "../../shared/context.js";
import type { Store } from "../../store/types.js";
import { courseOf, openStore } from "../shared.js";
import { storePaths } from "../../store/store.js";
import { lessonCache } from "./render-cache.js";
import { courseMenu } from "../../ui/learn-menu.js";
import { renderForPrint, renderLessonPage } from "../../ui/lesson-view.js";
import { menuRules } from "../../core/menu.js";
import { pagerRules, type PagerAction } from "../../core/pager.js";
import { openKeys, type KeyQueue } from "../../ui/keys.js";
import { showMenu } from "../../ui/menu.js";
import { terminalWidth } from "../../ui/output.js";
import {
  leaveScreen,
  readingWidth,
  restoreTerminal,
  showPage,
  type Screen,
} from "../../ui/pager.js";
import { confirm, isPromptExit, select } from "../../ui/prompts.js";

export interface LearnOptions {
  lesson?: string | undefined;
  print?: boolean | undefined;
}

export async function runLearn(
  ctx: CommandContext,
  moduleId: string | undefined,
  options: LearnOptions,
): Promise<void> {
  const course = await courseOf(ctx);
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
      width: readingWidth(ctx.output.width),
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

/** What an interactive reading holds: the screen, its key queue (reopened after a prompt), the store. */
interface Reading {
  ctx: CommandContext;
  course: Course;
  store: Store;
  screen: Screen;
  keys: KeyQueue;
  cache: ReturnType<typeof renderCache>;
}

type Target = Lesson | "menu" | "quit";

async function readInteractively(
  ctx: CommandContext,
  course: Course,
  lesson: Lesson | undefined,
  module: Module | undefined,
): Promise<void> {
  const store = openStore(ctx);
  const screen: Screen = {
    input: ctx.deps.stdin,
    output: ctx.deps.stdout,
    color: ctx.output.color,
    columns: () => terminalWidth(ctx.deps.stdout, ctx.deps.env),
  };
  let target: Target = lesson ?? (module ? firstUnread(module, await store.summary()) : "menu");
  const reading: Reading = {
    ctx,
    course,
    store,
    screen,
    keys: openKeys(screen.input, screen.output),
    cache: renderCache(ctx),
  };
  try {
    while (target !== "quit") {
      target = target === "menu" ? await pickFromMenu(reading) : await readLesson(reading, target);
    }
  } catch (error) {
    if (isPromptExit(error)) throw new InterruptedError("interrupted; your place is saved");
    throw error;
  } finally {
    reading.keys.close();
    restoreTerminal(screen);
  }
}

async function pickFromMenu(reading: Reading): Promise<Target> {
  const { course, store, screen } = reading;
  const progress = await store.summary();
  const menu = courseMenu(
    course,
    course.modules.map((m) => ({
      reading: moduleReading(m, progress),
      score: progress.scores[m.id],
    })),
    resumePosition(course, progress),
    screen.color,
  );
  const action = await showMenu(screen, reading.keys, (width) => menu.layout(width), menuRules);
  if (action.type === "interrupt") throw new InterruptedError("interrupted; your place is saved");
  const choice = action.type === "choose" ? menu.choices[action.index] : undefined;
  if (!choice || choice.type === "quit") return "quit";
  return choice.type === "lesson" ? choice.lesson : firstUnread(choice.module, progress);
}

/** Shows a lesson, from the line it was left at when it is the saved place; where next. */
async function readLesson(reading: Reading, current: Lesson): Promise<Target> {
  const { ctx, course, store, screen } = reading;
  const place = placeOf(course, current);
  const line = await store.update((progress) => {
    const saved = savedLine(progress, current);
    markRead(progress, current, ctx.deps.now());
    return saved;
  });
  const { action, offset } = await showPage(screen, reading.keys, {
    lessons: true,
    offset: line,
    rules: pagerRules,
    render: (width) =>
      renderLessonPage(place.module, place.index, {
        width,
        color: screen.color,
        cache: reading.cache,
      }),
  });
  if (offset > 0) await store.update((progress) => keepLine(progress, current, offset));
  if (action.type === "interrupt") throw new InterruptedError("interrupted; your place is saved");
  if (action.type === "quit") {
    leaveScreen(screen);
    ctx.output.out(
      `Your place is saved: ${place.module.title} › ${current.title}. Run eks-primer learn to continue.`,
    );
    return "quit";
  }
  if (action.type === "next" && !place.next) return endOfModule(reading, place.module);
  return nextTarget(action, place, current);
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

/**
 * At the end of a module: its knowledge check, then the next module. The reading position moves
 * on to the next module's first unread lesson, so that "Continue" goes on from there.
 */
async function endOfModule(reading: Reading, module: Module): Promise<Target> {
  const { ctx, course, store, screen } = reading;
  // Keys typed ahead (a burst of n) must not answer the questions below.
  reading.keys.clear();
  reading.keys.close();
  leaveScreen(screen);
  const streams = { input: ctx.deps.stdin, output: ctx.deps.stdout };
  ctx.output.out(`You have read every lesson of ${module.title}.`);
  const take = await confirm(streams, `Take the ${module.id} knowledge check now?`, {
    default: true,
  });
  if (take) await knowledgeCheck(ctx, module);
  const next = await store.update((progress) => moveOn(progress, course, module, ctx.deps.now()));
  const nextTitle = next && course.modules.find((m) => m.id === next.module)?.title;
  const choice = await select<"next" | "menu" | "quit">(streams, "Where next?", [
    ...(next && nextTitle ? [{ value: "next" as const, name: `Next: ${nextTitle}` }] : []),
    { value: "menu", name: "The course menu" },
    { value: "quit", name: "Quit" },
  ]);
  if (choice === "quit") {
    ctx.output.out(
      next && nextTitle
        ? `Your place is saved: ${nextTitle} › ${next.title}. Run eks-primer learn to continue.`
        : "Run eks-primer learn to come back to the course.",
    );
    return "quit";
  }
  reading.keys = openKeys(screen.input, screen.output);
  return choice === "next" && next ? next : "menu";
}

async function knowledgeCheck(ctx: CommandContext, module: Module): Promise<void> {
  try {
    const { runQuiz } = await import("../quiz/run.js");
    await runQuiz(ctx, { module: [module.id], returnTo: "the course" });
  } catch (error) {
    // Not passing is the quiz's verdict, shown in its summary; the course goes on.
    if (!(error instanceof ExitError)) throw error;
  }
}
