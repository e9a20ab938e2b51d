import type { Course, Lesson, Module } from "../content/model.js";
import type { ProgressData, ReadingPosition } from "../store/types.js";

/** What reading needs of the progress: the full data or its summary. */
type Reading = Pick<ProgressData, "lessonsRead">;

export type ModuleState = "not-started" | "in-progress" | "completed";

export interface ModuleReading {
  module: Module;
  read: number;
  total: number;
  state: ModuleState;
}

export const lessonKey = (module: string, lesson: string) => `${module}/${lesson}`;

export function isRead(progress: Reading, lesson: Lesson): boolean {
  return lessonKey(lesson.module, lesson.id) in progress.lessonsRead;
}

export function moduleReading(module: Module, progress: Reading): ModuleReading {
  const read = module.lessons.filter((lesson) => isRead(progress, lesson)).length;
  const total = module.lessons.length;
  const state: ModuleState =
    read === 0 ? "not-started" : read === total ? "completed" : "in-progress";
  return { module, read, total, state };
}

/** The first lesson of a module not read yet, or its first lesson when all are read. */
export function firstUnread(module: Module, progress: Reading): Lesson {
  const lesson = module.lessons.find((l) => !isRead(progress, l)) ?? module.lessons[0];
  if (!lesson) throw new Error(`module ${module.id} has no lessons`);
  return lesson;
}

/** The next lesson to read in the course: after the saved position, else the first unread. */
export function nextUnread(course: Course, progress: Reading): Lesson | undefined {
  for (const module of course.modules) {
    const lesson = module.lessons.find((l) => !isRead(progress, l));
    if (lesson) return lesson;
  }
  return undefined;
}

/** Where "Continue" takes the reader: the saved position, when it still exists in the course. */
export function resumePosition(
  course: Course,
  progress: Pick<ProgressData, "position">,
): Lesson | undefined {
  const position: ReadingPosition | undefined = progress.position;
  if (!position) return undefined;
  const module = course.modules.find((m) => m.id === position.module);
  return module?.lessons.find((l) => l.id === position.lesson);
}

export interface LessonPlace {
  module: Module;
  lesson: Lesson;
  index: number;
  /** The lesson after this one in the same module; undefined at the end of the module. */
  next: Lesson | undefined;
  previous: Lesson | undefined;
}

export function placeOf(course: Course, lesson: Lesson): LessonPlace {
  const module = course.modules.find((m) => m.id === lesson.module);
  if (!module) throw new Error(`lesson ${lesson.id} belongs to no module`);
  const index = module.lessons.findIndex((l) => l.id === lesson.id);
  return {
    module,
    lesson,
    index,
    next: module.lessons[index + 1],
    previous: index > 0 ? module.lessons[index - 1] : undefined,
  };
}

/** Records that a lesson was read and makes it the reading position. */
export function markRead(progress: ProgressData, lesson: Lesson, now: Date): ProgressData {
  const key = lessonKey(lesson.module, lesson.id);
  const at = now.toISOString();
  progress.lessonsRead[key] ??= at;
  progress.position = { module: lesson.module, lesson: lesson.id, at };
  return progress;
}

/** Where to scroll a lesson to when it opens: the saved line when it is the saved position. */
export function savedLine(progress: Pick<ProgressData, "position">, lesson: Lesson): number {
  const position = progress.position;
  if (position?.module !== lesson.module || position.lesson !== lesson.id) return 0;
  return position.line ?? 0;
}

/** Keeps the line a lesson was left at, when it is still the reading position. */
export function keepLine(progress: ProgressData, lesson: Lesson, line: number): ProgressData {
  const position = progress.position;
  if (position?.module === lesson.module && position.lesson === lesson.id) {
    if (line > 0) position.line = line;
    else delete position.line;
  }
  return progress;
}

/** The module after this one in the course, if any. */
export function nextModule(course: Course, module: Module): Module | undefined {
  const index = course.modules.findIndex((m) => m.id === module.id);
  return index < 0 ? undefined : course.modules[index + 1];
}

/**
 * After the last lesson of a module, the reading position moves on to the next module's first
 * unread lesson, so that "Continue" goes on there. Returns that lesson (undefined after the last
 * module, where the position stays).
 */
export function moveOn(
  progress: ProgressData,
  course: Course,
  module: Module,
  now: Date,
): Lesson | undefined {
  const next = nextModule(course, module);
  if (!next) return undefined;
  const lesson = firstUnread(next, progress);
  progress.position = { module: next.id, lesson: lesson.id, at: now.toISOString() };
  return lesson;
}

export interface CourseReading {
  read: number;
  total: number;
  modulesCompleted: number;
}

export function courseReading(course: Course, progress: Reading): CourseReading {
  const modules = course.modules.map((m) => moduleReading(m, progress));
  return {
    read: modules.reduce((n, m) => n + m.read, 0),
    total: modules.reduce((n, m) => n + m.total, 0),
    modulesCompleted: modules.filter((m) => m.state === "completed").length,
  };
}
