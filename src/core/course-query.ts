import type { Course, Lesson, Module } from "../content/model.js";
import { UsageError } from "../shared/errors.js";
import { didYouMean } from "./suggest.js";

export function findModule(course: Course, id: string): Module {
  const found = course.modules.find((m) => m.id === id);
  if (found) return found;
  const ids = course.modules.map((m) => m.id);
  const hint = didYouMean(id, ids);
  throw new UsageError(
    `unknown module "${id}"`,
    hint ? `${hint} (eks-primer modules lists them all)` : `the modules are: ${ids.join(", ")}`,
  );
}

export function findLesson(module: Module, id: string): Lesson {
  const found = module.lessons.find((l) => l.id === id);
  if (found) return found;
  const ids = module.lessons.map((l) => l.id);
  const hint = didYouMean(id, ids);
  throw new UsageError(
    `unknown lesson "${id}" in module ${module.id}`,
    hint ?? `the lessons of ${module.id} are: ${ids.join(", ")}`,
  );
}
