import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ContentError } from "../shared/errors.js";
import { fingerprint } from "./fingerprint.js";
import type { Course } from "./model.js";
import { PACKAGE_ROOT } from "../paths.js";

export const BUILTIN_CONTENT = join(PACKAGE_ROOT, "content");
export const COMPILED_COURSE = join(PACKAGE_ROOT, "dist", "course.json");

export interface CompiledCourse {
  fingerprint: string;
  course: Course;
}

/**
 * The built-in course as compiled at build time, or undefined when missing or out of date. An
 * installed package (no src/ beside dist/) cannot change, so its compiled course is trusted; in a
 * clone, where content/ is edited, it is checked against the files first.
 */
export function readCompiledCourse(): Course | undefined {
  let compiled: CompiledCourse;
  try {
    compiled = JSON.parse(readFileSync(COMPILED_COURSE, "utf8")) as CompiledCourse;
  } catch {
    return undefined;
  }
  try {
    if (!existsSync(join(PACKAGE_ROOT, "src"))) return compiled.course;
    return compiled.fingerprint === fingerprint(BUILTIN_CONTENT) ? compiled.course : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The course to teach: a content pack named by the user (validated in full), or the built-in
 * course (its compiled form when current, so that a normal run needs neither YAML nor zod).
 */
export async function loadCourse(contentDir?: string): Promise<Course> {
  if (contentDir === undefined) {
    const compiled = readCompiledCourse();
    if (compiled) return compiled;
  }
  const dir = contentDir ?? BUILTIN_CONTENT;
  const { loadPack } = await import("./loader.js");
  const { course, report } = await loadPack(dir);
  if (course) return course;
  const [first] = report.diagnostics;
  const more = report.diagnostics.length - 1;
  throw new ContentError(
    first
      ? `invalid content: ${first.file}:${first.line}:${first.column}: ${first.message}${more > 0 ? ` (and ${more} more)` : ""}`
      : `invalid content in ${dir}`,
    report.diagnostics,
    `run eks-primer validate ${contentDir === undefined ? "" : dir} to see every problem`.replace(
      / +$/,
      "",
    ),
  );
}
