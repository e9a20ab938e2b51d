import { existsSync, readFileSync, statSync } from "node:fs";
import { join, sep } from "node:path";
import { packFiles } from "./fingerprint.js";
import { ContentError } from "../shared/errors.js";
import { questionCounts, type Course, type GlossaryTerm, type Lesson, type Module, type Question } from "./model.js";
import { PACKAGE_ROOT } from "../paths.js";

export const BUILTIN_CONTENT = join(PACKAGE_ROOT, "content");
/** The compiled course: an index (titles, lesson lists, counts) and one file per part. */
export const COMPILED_DIR = join(PACKAGE_ROOT, "dist", "course");
export const COMPILED_INDEX = join(COMPILED_DIR, "index.json");
/** The built-in course's search index, built at build time (MiniSearch's JSON form). */
export const COMPILED_SEARCH = join(PACKAGE_ROOT, "dist", "search-index.json");

/** What the index keeps of a module; its lessons' text and its questions are in `<id>.json`. */
interface IndexedModule {
  id: string;
  title: string;
  summary: string;
  lessons: Omit<Lesson, "body">[];
  questionCount: number;
}

export interface CompiledIndex {
  fingerprint: string;
  title: string;
  description: string;
  modules: IndexedModule[];
}

/** One module's heavy part: lesson bodies (in lesson order) and questions. */
export interface CompiledModule {
  bodies: string[];
  questions: Question[];
}

/** The compiled files of a course: the index, each module's part, and the glossary. */
export function compileCourse(course: Course, print: string) {
  const index: CompiledIndex = {
    fingerprint: print,
    title: course.title,
    description: course.description,
    modules: course.modules.map((m) => ({
      id: m.id,
      title: m.title,
      summary: m.summary,
      lessons: m.lessons.map(({ body: _body, ...lesson }) => lesson),
      questionCount: m.questions.length,
    })),
  };
  const modules = course.modules.map((m) => ({
    id: m.id,
    part: {
      bodies: m.lessons.map((l) => l.body),
      questions: m.questions,
    } satisfies CompiledModule,
  }));
  return { index, modules, glossary: course.glossary };
}

/**
 * Whether what the build wrote from content of snapshot `print` (see contentSnapshot) is
 * current. An installed package (no src/ beside dist/) cannot change, so it is trusted; in a
 * clone, where content/ is edited, its files are checked (once per run, however many parts ask).
 */
const checked = new Map<string, boolean>();
function builtFrom(print: string): boolean {
  if (!existsSync(join(PACKAGE_ROOT, "src"))) return true;
  let current = checked.get(print);
  if (current === undefined) {
    current = isCurrent(BUILTIN_CONTENT, print);
    checked.set(print, current);
  }
  return current;
}

/**
 * What the build records of the built-in course's files: every folder and content file of
 * `dir`, each with its size and modification time (JSON). `isCurrent` checks it with one stat a
 * path and no folder listing: a file edited changes its own time, a file added, removed or
 * renamed its folder's.
 */
export function contentSnapshot(dir: string): string {
  const entries = ["", ...packFiles(dir, { folders: true })].map((relative) => {
    const stat = statSync(relative ? `${dir}${sep}${relative}` : dir);
    return [relative, stat.isDirectory() ? -1 : stat.size, stat.mtimeMs];
  });
  return JSON.stringify(entries);
}

/** Whether the files of `dir` are as `contentSnapshot` recorded them. */
export function isCurrent(dir: string, snapshot: string): boolean {
  let entries: unknown;
  try {
    entries = JSON.parse(snapshot);
  } catch {
    return false;
  }
  if (!Array.isArray(entries) || entries.length === 0) return false;
  for (const entry of entries as [string, number, number][]) {
    const stat = statSync(entry[0] ? `${dir}${sep}${entry[0]}` : dir, { throwIfNoEntry: false });
    if (stat === undefined || stat.mtimeMs !== entry[2]) return false;
    if ((stat.isDirectory() ? -1 : stat.size) !== entry[1]) return false;
  }
  return true;
}

const readJson = <T>(file: string) => JSON.parse(readFileSync(file, "utf8")) as T;

/** Defines `name` on `target` as read from `load()` on first use, then a plain value. */
function lazy<T extends object, K extends keyof T>(target: T, name: K, load: () => T[K]) {
  Object.defineProperty(target, name, {
    configurable: true,
    enumerable: true,
    get() {
      const value = load();
      Object.defineProperty(target, name, { value, writable: true, enumerable: true });
      return value;
    },
    set(value: T[K]) {
      Object.defineProperty(target, name, { value, writable: true, enumerable: true });
    },
  });
}

/**
 * The built-in course as compiled at build time, or undefined when missing or out of date. An
 * installed package (no src/ beside dist/) cannot change, so its compiled course is trusted; in a
 * clone, where content/ is edited, it is checked against the files first. Only the index is read
 * here: a module's lessons and questions, and the glossary, are read when first used, so that a
 * command about one module never parses the others.
 */
export function readCompiledCourse(): Course | undefined {
  let index: CompiledIndex;
  try {
    index = readJson<CompiledIndex>(COMPILED_INDEX);
    if (!builtFrom(index.fingerprint)) return undefined;
  } catch {
    return undefined;
  }
  const course = { title: index.title, description: index.description } as Course;
  course.modules = index.modules.map((indexed) => {
    let part: CompiledModule | undefined;
    const load = () => (part ??= readJson<CompiledModule>(join(COMPILED_DIR, `${indexed.id}.json`)));
    const module = { id: indexed.id, title: indexed.title, summary: indexed.summary } as Module;
    module.lessons = indexed.lessons.map((lesson, i) => {
      const full = { ...lesson } as Lesson;
      lazy(full, "body", () => load().bodies[i] ?? "");
      return full;
    });
    lazy(module, "questions", () => load().questions);
    questionCounts.set(module, indexed.questionCount);
    return module;
  });
  lazy(course, "glossary", () => readJson<GlossaryTerm[]>(join(COMPILED_DIR, "glossary.json")));
  return course;
}

/**
 * The built-in course's search index as built at build time (MiniSearch JSON), when current. The
 * file's first line is the snapshot of the content it was built from (see contentSnapshot).
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
    return builtFrom(JSON.parse(text.slice(0, newline)) as string)
      ? text.slice(newline + 1)
      : undefined;
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
