// Reads a content pack: course.yaml, each module's file and lessons, the glossary; checks them
// (pack-checks.ts) and builds the course the rest of the program reads.
import { promises as fsp } from "node:fs";
import { join } from "node:path";
import {
  COURSE_FILE,
  createPackReader,
  readPackFile,
  unreadable,
  type PackReader,
} from "./pack-files.js";
import { checkQuestions, toQuestion, type QuestionCheck } from "./questions.js";
import { sortDiagnostics, type Diagnostic, type ValidationReport } from "./diagnostics.js";
import type { Course, GlossaryTerm, Lesson, Module, Question } from "./model.js";
import {
  checkGlossary,
  checkModule,
  checkNoteAnchors,
  checkRetired,
  itemWarnings,
  type QuestionIds,
  type Resolver,
} from "./pack-checks.js";
import {
  courseFileSchema,
  glossaryFileSchema,
  moduleFileSchema,
  type CourseFile,
  type GlossaryFile,
  type ModuleFile,
} from "./schema.js";
import { YamlFile } from "./yaml-file.js";
import { pushAll } from "../shared/arrays.js";
import { lessonTextProblems } from "./lesson-text.js";

export { COURSE_FILE };
export const MODULE_FILE = "module.yaml";

export interface LoadResult {
  /** Present only when the pack is valid. */
  course?: Course;
  report: ValidationReport;
}

interface LoadedModule {
  yaml: YamlFile;
  data: ModuleFile;
  bodies: Map<string, string>;
}

/**
 * Reads and validates a content pack. Problems in the content come back as diagnostics;
 * only a folder that cannot be read at all throws (a ContentError).
 */
export interface LoadOptions {
  /** Told before each module is read: for a progress line on long validations. */
  onModule?: (index: number, total: number, id: string) => void;
  /** Checks a question beyond its shape (hands-on exercises: references and starters). */
  checkQuestion?: QuestionCheck;
}

export async function loadPack(dir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const diagnostics: Diagnostic[] = [];
  const coursePath = join(dir, COURSE_FILE);
  const reader = createPackReader(dir);
  const courseText = await readPackFile(dir, coursePath, reader);
  const courseYaml = new YamlFile(coursePath, courseText, diagnostics);
  const courseData = courseYaml.check(courseFileSchema);
  const read = courseData
    ? await readModules(dir, courseData, courseYaml, { ...options, reader })
    : { modules: new Map<string, LoadedModule>(), files: 0 };
  const resolve = resolverFor(courseData?.modules ?? [], read.modules);
  const questionIds: QuestionIds = new Map();
  for (const [id, { yaml, data }] of read.modules) {
    checkModule(dir, id, yaml, data, resolve, questionIds);
  }
  checkRetired(dir, read.modules, questionIds);
  if (options.checkQuestion) await checkQuestions(read.modules, resolve, options.checkQuestion);
  const glossary = collectGlossary(dir, read, resolve);
  const { warnings, items } = itemWarnings(read.modules, resolve, coursePath);
  const report: ValidationReport = {
    valid: diagnostics.length === 0,
    dir,
    files: 1 + read.files,
    diagnostics: sortDiagnostics(diagnostics),
    warnings: sortDiagnostics(warnings),
    items,
  };
  if (!report.valid || !courseData) return { report };
  const course: Course = {
    title: courseData.title,
    description: courseData.description,
    modules: courseData.modules.map((id) => buildModule(read.modules.get(id) as LoadedModule, resolve)),
    glossary,
  };
  return { course, report };
}

interface ReadModules {
  modules: Map<string, LoadedModule>;
  glossary?: { yaml: YamlFile; data: GlossaryFile } | undefined;
  files: number;
}

/** Reads each module the course lists (once), and the course-wide glossary file. */
async function readModules(
  dir: string,
  courseData: CourseFile,
  courseYaml: YamlFile,
  options: LoadOptions & { reader: PackReader },
): Promise<ReadModules> {
  const read: ReadModules = { modules: new Map(), files: 0 };
  const seen = new Map<string, number>();
  for (const [index, id] of courseData.modules.entries()) {
    const first = seen.get(id);
    if (first !== undefined) {
      courseYaml.reportAt(
        ["modules", index],
        `module "${id}" is listed twice (first at line ${courseYaml.locate(["modules", first]).line})`,
        "list each module once, in the order it is taught",
      );
      continue;
    }
    seen.set(id, index);
    options.onModule?.(index, courseData.modules.length, id);
    const loaded = await loadModule(dir, id, index, courseYaml, options.reader);
    if (loaded) {
      read.files += 1 + loaded.bodies.size;
      read.modules.set(id, loaded);
    }
  }
  if (courseData.glossary !== undefined) {
    const glossaryPath = join(dir, courseData.glossary);
    const result = await options.reader(glossaryPath);
    if (result.kind !== "text") {
      const problem = unreadable(result, `glossary file ${courseData.glossary}`);
      courseYaml.reportAt(
        ["glossary"],
        problem?.message ?? `glossary file ${courseData.glossary} does not exist`,
        problem?.hint ?? "create it or remove the glossary field",
      );
    } else {
      read.files++;
      const yaml = new YamlFile(glossaryPath, result.text, courseYaml.diagnostics);
      const data = yaml.check(glossaryFileSchema);
      if (data) read.glossary = { yaml, data };
    }
  }
  return read;
}

/**
 * Resolves `lesson` or `module/lesson` references. A reference into a module that failed to
 * load is "unchecked": that module's own problems are reported, not every reference to it.
 */
function resolverFor(listed: readonly string[], modules: ReadonlyMap<string, LoadedModule>): Resolver {
  const lessonIds = new Map<string, Set<string>>();
  for (const [id, loaded] of modules) {
    lessonIds.set(id, new Set(loaded.data.lessons.map((lesson) => lesson.id)));
  }
  const known = new Set(listed);
  return (ref, module) => {
    const [a, b] = ref.includes("/") ? ref.split("/", 2) : [module, ref];
    if (a === undefined || b === undefined) return undefined;
    if (known.has(a) && !lessonIds.has(a)) return "unchecked";
    return lessonIds.get(a)?.has(b) ? { module: a, lesson: b } : undefined;
  };
}

/** The glossary terms of every module and of the glossary file, checked, in term order. */
function collectGlossary(dir: string, read: ReadModules, resolve: Resolver): GlossaryTerm[] {
  const glossary: GlossaryTerm[] = [];
  const seenTerms = new Map<string, string>();
  for (const [id, { yaml, data }] of read.modules) {
    if (data.glossary) {
      pushAll(glossary, checkGlossary(dir, yaml, ["glossary"], data.glossary, resolve, seenTerms, id));
    }
  }
  if (read.glossary) {
    const { yaml, data } = read.glossary;
    pushAll(glossary, checkGlossary(dir, yaml, ["terms"], data.terms, resolve, seenTerms));
  }
  return glossary.sort((a, b) => a.term.localeCompare(b.term, "en", { sensitivity: "base" }));
}

async function loadModule(
  dir: string,
  id: string,
  index: number,
  courseYaml: YamlFile,
  read: PackReader,
): Promise<LoadedModule | undefined> {
  const diagnostics = courseYaml.diagnostics;
  const path = join(dir, id, MODULE_FILE);
  const result = await read(path);
  if (result.kind !== "text") {
    const problem = unreadable(result, `${id}/${MODULE_FILE}`);
    courseYaml.reportAt(
      ["modules", index],
      problem?.message ?? `module "${id}" has no file ${id}/${MODULE_FILE}`,
      problem?.hint ?? `create ${id}/${MODULE_FILE} or remove "${id}" from the list`,
    );
    return undefined;
  }
  const yaml = new YamlFile(path, result.text, diagnostics);
  const data = yaml.check(moduleFileSchema);
  if (!data) return undefined;
  if (data.id !== id) {
    yaml.reportAt(
      ["id"],
      `module id "${data.id}" does not match its folder "${id}"`,
      `use id: ${id}, or rename the folder and its entry in course.yaml`,
    );
  }
  const bodies = new Map<string, string>();
  for (const [i, lesson] of data.lessons.entries()) {
    const mdPath = join(dir, id, `${lesson.id}.md`);
    const text = await read(mdPath);
    if (text.kind !== "text") {
      const problem = unreadable(text, `${id}/${lesson.id}.md`);
      yaml.reportAt(
        ["lessons", i, "id"],
        problem?.message ?? `lesson "${lesson.id}" has no text: ${id}/${lesson.id}.md does not exist`,
        problem?.hint ?? `write the lesson in ${id}/${lesson.id}.md`,
      );
      continue;
    }
    const body = text.text;
    if (body.trim() === "") {
      diagnostics.push({
        file: mdPath,
        line: 1,
        column: 1,
        path: "",
        message: `lesson "${lesson.id}" is empty`,
        hint: "write the lesson text in markdown",
      });
    }
    pushAll(diagnostics, lessonTextProblems(mdPath, body));
    bodies.set(lesson.id, body);
    checkNoteAnchors(yaml, i, lesson.notes ?? [], body, `${id}/${lesson.id}.md`);
  }
  const listed = new Set(data.lessons.map((lesson) => `${lesson.id}.md`));
  for (const entry of await fsp.readdir(join(dir, id))) {
    if (entry.endsWith(".md") && !listed.has(entry)) {
      diagnostics.push({
        file: join(dir, id, entry),
        line: 1,
        column: 1,
        path: "",
        message: `${entry} is not a lesson of module "${id}": no reader can reach it`,
        hint: `add { id: ${entry.slice(0, -3)}, title: ... } to the lessons of ${id}/${MODULE_FILE}, or delete the file`,
      });
    }
  }
  return { yaml, data, bodies };
}

function buildModule({ data, bodies }: LoadedModule, resolve: Resolver): Module {
  const lessons: Lesson[] = data.lessons.map((lesson) => ({
    id: lesson.id,
    module: data.id,
    title: lesson.title,
    body: bodies.get(lesson.id) ?? "",
    notes: lesson.notes ?? [],
  }));
  const questions: Question[] = data.questions.map((question) =>
    toQuestion(question, data.id, resolve),
  );
  return { id: data.id, title: data.title, summary: data.summary, lessons, questions };
}

