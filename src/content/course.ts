import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ContentError } from "../shared/errors.js";
import { fingerprint } from "./fingerprint.js";
import type { Course } from "./model.js";
import { PACKAGE_ROOT } from "../paths.js";

export const BUILTIN_CONTENT = join(PACKAGE_ROOT, "content");
export const COMPILED_COURSE = join(PACKAGE_ROOT, "dist", "course.json");
/** The built-in course's search index, built at build time (MiniSearch's JSON form). */
export const COMPILED_SEARCH = join(PACKAGE_ROOT, "dist", "search-index.json");

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
  return readCompiled<Course>(COMPILED_COURSE, "course");
}

/**
 * The built-in course's search index as built at build time (MiniSearch JSON), when current. The
 * file's first line is the fingerprint of the content it was built from.
 */
export function readCompiledSearch(): string | undefined {
  let text: string;
  try {
    text = readFileSync(COMPILED_SEARCH, "utf8");
  } catch {
    return undefined;
  }
  const newline = text.indexOf("\n");
  try {
    if (existsSync(join(PACKAGE_ROOT, "src"))) {
      if (JSON.parse(text.slice(0, newline)) !== fingerprint(BUILTIN_CONTENT)) return undefined;
    }
    return text.slice(newline + 1);
  } catch {
    return undefined;
  }
}

function readCompiled<T>(file: string, field: string): T | undefined {
  let compiled: Record<string, unknown>;
  try {
    compiled = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  try {
    if (existsSync(join(PACKAGE_ROOT, "src")) && compiled["fingerprint"] !== fingerprint(BUILTIN_CONTENT)) {
      return undefined;
    }
    return compiled[field] as T;
  } catch {
    return undefined;
  }
}

/**
 * The course to teach: a content pack named by the user (validated in full), or the built-in
 * course (its compiled form when current, so that a normal run needs neither YAML nor zod).
 */
export async function loadCourse(contentDir?: string, cacheDir?: string): Promise<Course> {
  if (contentDir === undefined) {
    const compiled = readCompiledCourse();
    if (compiled) return compiled;
  }
  const dir = contentDir ?? BUILTIN_CONTENT;
  const cache = contentDir !== undefined && cacheDir !== undefined ? await packCache(dir, cacheDir) : undefined;
  const cached = cache?.read();
  if (cached) return cached;
  const { loadPack } = await import("./loader.js");
  const { course, report } = await loadPack(dir);
  if (course) {
    await cache?.write(course);
    return course;
  }
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

async function packCache(dir: string, cacheDir: string) {
  const { packCacheFile, packFingerprint, readPackCache, writePackCache } = await import(
    "./pack-cache.js"
  );
  const print = packFingerprint(dir);
  if (print === undefined) return undefined;
  const file = packCacheFile(cacheDir, dir, "course");
  return {
    read: () => readPackCache<Course>(file, print),
    write: (course: Course) => writePackCache(file, print, course),
  };
}
