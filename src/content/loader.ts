import { readdir, readFile, stat } from "node:fs/promises";
import { join, relative } from "node:path";
import { ContentError } from "../shared/errors.js";
import {
  formatPath,
  sortDiagnostics,
  type Diagnostic,
  type ValidationReport,
} from "./diagnostics.js";
import {
  foldSpace,
  type Course,
  type GlossaryTerm,
  type Lesson,
  type LessonRef,
  type Module,
  type Question,
} from "./model.js";
import {
  courseFileSchema,
  glossaryFileSchema,
  moduleFileSchema,
  type GlossaryEntry,
  type ModuleFile,
  type QuestionEntry,
} from "./schema.js";
import {
  checkModuleItems,
  emptySummary,
  packItemWarnings,
  tooManyLongest,
  untaughtLessons,
  type ItemSummary,
  type ItemWarning,
} from "./item-checks.js";
import {
  CONTROL_HINT,
  controlCharacterOffsets,
  describeControl,
  positionOf,
  YamlFile,
} from "./yaml-file.js";

export const COURSE_FILE = "course.yaml";
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
}

export async function loadPack(dir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const diagnostics: Diagnostic[] = [];
  let files = 0;
  const coursePath = join(dir, COURSE_FILE);
  const courseText = await readPackFile(dir, coursePath);
  files++;

  const courseYaml = new YamlFile(coursePath, courseText, diagnostics);
  const courseData = courseYaml.check(courseFileSchema);
  const modules = new Map<string, LoadedModule>();
  const glossary: GlossaryTerm[] = [];
  let glossaryYaml: YamlFile | undefined;
  let glossaryData: ReturnType<typeof glossaryFileSchema.parse> | undefined;

  if (courseData) {
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
      const loaded = await loadModule(dir, id, index, courseYaml, diagnostics);
      if (loaded) {
        files += 1 + loaded.bodies.size;
        modules.set(id, loaded);
      }
    }
    if (courseData.glossary !== undefined) {
      const glossaryPath = join(dir, courseData.glossary);
      const text = await readOptional(glossaryPath);
      if (text === undefined) {
        courseYaml.reportAt(
          ["glossary"],
          `glossary file ${courseData.glossary} does not exist`,
          "create it or remove the glossary field",
        );
      } else {
        files++;
        glossaryYaml = new YamlFile(glossaryPath, text, diagnostics);
        glossaryData = glossaryYaml.check(glossaryFileSchema);
      }
    }
  }

  const lessonIds = new Map<string, Set<string>>();
  for (const [id, loaded] of modules) {
    lessonIds.set(id, new Set(loaded.data.lessons.map((lesson) => lesson.id)));
  }
  // References into a module that failed to load are not reported: its own problems are.
  const listed = new Set(courseData?.modules ?? []);
  const resolve: Resolver = (ref, module) => {
    const [a, b] = ref.includes("/") ? ref.split("/", 2) : [module, ref];
    if (a === undefined || b === undefined) return undefined;
    if (listed.has(a) && !lessonIds.has(a)) return "unchecked";
    return lessonIds.get(a)?.has(b) ? { module: a, lesson: b } : undefined;
  };

  const questionIds = new Map<string, { yaml: YamlFile; index: number }>();
  for (const [id, { yaml, data }] of modules) {
    checkModule(dir, id, yaml, data, resolve, questionIds);
  }
  for (const [, { yaml, data }] of modules) {
    for (const [i, id] of (data.retired ?? []).entries()) {
      const user = questionIds.get(id);
      if (user) {
        yaml.reportAt(
          ["retired", i],
          `question id "${id}" is retired but is used again at ${relative(dir, user.yaml.file)}:${user.yaml.locate(["questions", user.index, "id"]).line}`,
          "a retired id keeps old scores and review cards apart: give the new question an id of its own",
        );
      }
    }
  }
  const seenTerms = new Map<string, string>();
  for (const [id, { yaml, data }] of modules) {
    if (data.glossary) {
      glossary.push(...checkGlossary(dir, yaml, ["glossary"], data.glossary, resolve, seenTerms, id));
    }
  }
  if (glossaryYaml && glossaryData) {
    glossary.push(
      ...checkGlossary(dir, glossaryYaml, ["terms"], glossaryData.terms, resolve, seenTerms),
    );
  }
  glossary.sort((a, b) => a.term.localeCompare(b.term, "en", { sensitivity: "base" }));

  const { warnings, items } = itemWarnings(modules, resolve, coursePath);
  const report: ValidationReport = {
    valid: diagnostics.length === 0,
    dir,
    files,
    diagnostics: sortDiagnostics(diagnostics),
    warnings: sortDiagnostics(warnings),
    items,
  };
  if (!report.valid || !courseData) return { report };
  const course: Course = {
    title: courseData.title,
    description: courseData.description,
    modules: courseData.modules.map((id) => buildModule(modules.get(id) as LoadedModule, resolve)),
    glossary,
  };
  return { course, report };
}

function itemWarnings(
  modules: ReadonlyMap<string, LoadedModule>,
  resolve: Resolver,
  coursePath: string,
): { warnings: Diagnostic[]; items: ItemSummary } {
  const warnings: Diagnostic[] = [];
  const items = emptySummary();
  const taught = new Set<string>();
  for (const [id, { data }] of modules) {
    for (const question of data.questions) {
      for (const ref of question.lessons) {
        const lesson = resolve(ref, id);
        if (typeof lesson === "object") taught.add(`${lesson.module}/${lesson.lesson}`);
      }
    }
  }
  const warn = (yaml: YamlFile, path: readonly PropertyKey[], message: string, hint: string) =>
    warnings.push({ file: yaml.file, ...yaml.locate(path), path: formatPath(path), message, hint });
  const longest: { yaml: YamlFile; warning: ItemWarning }[] = [];
  for (const { yaml, data } of modules.values()) {
    const checked = checkModuleItems(data, items);
    for (const w of checked.warnings) warn(yaml, w.path, w.message, w.hint);
    longest.push(...checked.longest.map((warning) => ({ yaml, warning })));
    for (const lesson of untaughtLessons(data, taught)) {
      warn(
        yaml,
        ["lessons", lesson.index, "id"],
        `lesson "${lesson.id}" is taught by no question`,
        "name it in the lessons of a question that checks what it teaches",
      );
    }
  }
  // Each question whose right option is the longest is listed when the pack has too many.
  if (tooManyLongest(items)) {
    for (const { yaml, warning: w } of longest) warn(yaml, w.path, w.message, w.hint);
  }
  for (const w of packItemWarnings(items)) {
    warnings.push({ file: coursePath, line: 1, column: 1, path: "", ...w });
  }
  return { warnings, items };
}

async function readPackFile(dir: string, path: string): Promise<string> {
  try {
    const info = await stat(dir);
    if (!info.isDirectory()) {
      throw new ContentError(
        `${dir} is not a folder`,
        [],
        "point at the folder that holds course.yaml",
      );
    }
  } catch (error) {
    if (error instanceof ContentError) throw error;
    throw new ContentError(
      `cannot read content folder ${dir}: ${(error as NodeJS.ErrnoException).code ?? "error"}`,
      [],
      "check the path given to --content, EKS_PRIMER_CONTENT or validate",
    );
  }
  const text = await readOptional(path);
  if (text === undefined) {
    throw new ContentError(
      `${dir} has no ${COURSE_FILE}`,
      [],
      "a content pack is a folder with course.yaml and one folder per module (README.md, Writing content)",
    );
  }
  return text;
}

async function readOptional(path: string): Promise<string | undefined> {
  try {
    return (await readFile(path, "utf8")).replace(/\r\n/g, "\n");
  } catch {
    return undefined;
  }
}

async function loadModule(
  dir: string,
  id: string,
  index: number,
  courseYaml: YamlFile,
  diagnostics: Diagnostic[],
): Promise<LoadedModule | undefined> {
  const path = join(dir, id, MODULE_FILE);
  const text = await readOptional(path);
  if (text === undefined) {
    courseYaml.reportAt(
      ["modules", index],
      `module "${id}" has no file ${id}/${MODULE_FILE}`,
      `create ${id}/${MODULE_FILE} or remove "${id}" from the list`,
    );
    return undefined;
  }
  const yaml = new YamlFile(path, text, diagnostics);
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
    const body = await readOptional(mdPath);
    if (body === undefined) {
      yaml.reportAt(
        ["lessons", i, "id"],
        `lesson "${lesson.id}" has no text: ${id}/${lesson.id}.md does not exist`,
        `write the lesson in ${id}/${lesson.id}.md`,
      );
      continue;
    }
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
    for (const offset of controlCharacterOffsets(body)) {
      diagnostics.push({
        file: mdPath,
        ...positionOf(body, offset),
        path: "",
        message: describeControl(body, offset),
        hint: CONTROL_HINT,
      });
    }
    bodies.set(lesson.id, body);
    checkNoteAnchors(yaml, i, lesson.notes ?? [], body, `${id}/${lesson.id}.md`);
  }
  const listed = new Set(data.lessons.map((lesson) => `${lesson.id}.md`));
  for (const entry of await readdir(join(dir, id))) {
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

function checkNoteAnchors(
  yaml: YamlFile,
  lessonIndex: number,
  notes: readonly { after?: string | undefined }[],
  body: string,
  file: string,
): void {
  const text = foldSpace(body);
  for (const [j, note] of notes.entries()) {
    if (note.after === undefined) continue;
    const anchor = foldSpace(note.after);
    const first = text.indexOf(anchor);
    if (first === -1) {
      yaml.reportAt(
        ["lessons", lessonIndex, "notes", j, "after"],
        `the note's anchor "${anchor.slice(0, 60)}" is not in ${file}`,
        "quote words from the paragraph the note corrects, as they stand in the lesson's markdown",
      );
    } else if (text.includes(anchor, first + 1)) {
      yaml.reportAt(
        ["lessons", lessonIndex, "notes", j, "after"],
        `the note's anchor "${anchor.slice(0, 60)}" stands more than once in ${file}`,
        "quote more words, so that they name one paragraph",
      );
    }
  }
}

type Resolver = (ref: string, module?: string) => LessonRef | "unchecked" | undefined;

function checkModule(
  dir: string,
  moduleId: string,
  yaml: YamlFile,
  data: ModuleFile,
  resolve: Resolver,
  questionIds: Map<string, { yaml: YamlFile; index: number }>,
): void {
  duplicates(
    data.lessons.map((lesson) => lesson.id),
    (index, first) =>
      yaml.reportAt(
        ["lessons", index, "id"],
        `duplicate lesson id "${data.lessons[index]?.id}" (first at line ${yaml.locate(["lessons", first, "id"]).line})`,
        "lesson ids must be unique within a module",
      ),
  );
  for (const [index, question] of data.questions.entries()) {
    const at = ["questions", index] as const;
    const other = questionIds.get(question.id);
    if (other) {
      const where = other.yaml.locate(["questions", other.index, "id"]);
      yaml.reportAt(
        [...at, "id"],
        `duplicate question id "${question.id}" (also at ${relative(dir, other.yaml.file)}:${where.line})`,
        "question ids are unique across the course: scores and reviews are keyed by them",
      );
    } else {
      questionIds.set(question.id, { yaml, index });
    }
    for (const [i, ref] of question.lessons.entries()) {
      if (!resolve(ref, moduleId)) {
        yaml.reportAt(
          [...at, "lessons", i],
          `lesson reference "${ref}" does not resolve`,
          `name a lesson id of this module, or module/lesson for another module`,
        );
      }
    }
    checkQuestion(yaml, question, at);
  }
}

function checkQuestion(
  yaml: YamlFile,
  question: QuestionEntry,
  at: readonly [string, number],
): void {
  if (question.type === "categorize") {
    const categories = question.categories.map((c) => c.key);
    duplicates(categories, (i) =>
      yaml.reportAt(
        [...at, "categories", i, "key"],
        `duplicate category key "${categories[i]}"`,
        "keys are unique within a question",
      ),
    );
    duplicates(
      question.items.map((item) => item.key),
      (i) =>
        yaml.reportAt(
          [...at, "items", i, "key"],
          `duplicate item key "${question.items[i]?.key}"`,
          "keys are unique within a question",
        ),
    );
    for (const [i, item] of question.items.entries()) {
      if (!categories.includes(item.category)) {
        yaml.reportAt(
          [...at, "items", i, "category"],
          `item "${item.key}" is put in unknown category "${item.category}"`,
          `use one of: ${categories.join(", ")}`,
        );
      }
    }
    return;
  }
  duplicates(
    question.options.map((o) => o.key),
    (i) =>
      yaml.reportAt(
        [...at, "options", i, "key"],
        `duplicate option key "${question.options[i]?.key}"`,
        "keys are unique within a question",
      ),
  );
  const correct = question.options.filter((o) => o.correct === true).length;
  if (question.type === "single") {
    if (correct !== 1) {
      yaml.reportAt(
        [...at, "options"],
        correct === 0
          ? `question "${question.id}" has no correct option`
          : `question "${question.id}" has ${correct} correct options; a single-choice question has exactly one`,
        correct === 0
          ? "mark the right answer with correct: true"
          : "use type: multiple with select, or mark only one option correct",
      );
    }
    return;
  }
  if (question.select !== correct) {
    yaml.reportAt(
      [...at, "select"],
      `question "${question.id}" asks to select ${question.select} but ${correct} options are marked correct`,
      `mark exactly ${question.select} options correct: true, or change select`,
    );
  } else if (question.select >= question.options.length) {
    yaml.reportAt(
      [...at, "select"],
      `question "${question.id}" asks to select ${question.select} of only ${question.options.length} options`,
      "add wrong options: selecting every option is no question",
    );
  }
}

function checkGlossary(
  dir: string,
  yaml: YamlFile,
  at: readonly PropertyKey[],
  entries: readonly GlossaryEntry[],
  resolve: Resolver,
  seen: Map<string, string>,
  module?: string,
): GlossaryTerm[] {
  const terms: GlossaryTerm[] = [];
  for (const [i, entry] of entries.entries()) {
    const where = `${relative(dir, yaml.file)}:${yaml.locate([...at, i, "term"]).line}`;
    for (const name of [entry.term, ...(entry.aliases ?? [])]) {
      const first = seen.get(name.toLowerCase());
      if (first !== undefined) {
        yaml.reportAt(
          [...at, i, "term"],
          `glossary term "${name}" is defined twice (also at ${first})`,
          "define each term once; use aliases for other spellings",
        );
      }
      seen.set(name.toLowerCase(), where);
    }
    const lesson = resolve(entry.lesson, module);
    if (lesson === "unchecked") continue;
    if (!lesson) {
      yaml.reportAt(
        [...at, i, "lesson"],
        `lesson reference "${entry.lesson}" does not resolve`,
        module === undefined
          ? "name the lesson as module/lesson"
          : "name a lesson id of this module, or module/lesson for another module",
      );
      continue;
    }
    terms.push({
      term: entry.term,
      aliases: entry.aliases ?? [],
      definition: entry.definition,
      lesson,
    });
  }
  return terms;
}

function buildModule({ data, bodies }: LoadedModule, resolve: Resolver): Module {
  const lessons: Lesson[] = data.lessons.map((lesson) => ({
    id: lesson.id,
    module: data.id,
    title: lesson.title,
    body: bodies.get(lesson.id) ?? "",
    notes: lesson.notes ?? [],
  }));
  const questions: Question[] = data.questions.map((question) => ({
    ...question,
    module: data.id,
    lessons: question.lessons.map((ref) => resolve(ref, data.id) as LessonRef),
  }));
  return { id: data.id, title: data.title, summary: data.summary, lessons, questions };
}

function duplicates(values: readonly string[], onDuplicate: (index: number, first: number) => void) {
  const seen = new Map<string, number>();
  values.forEach((value, index) => {
    const first = seen.get(value);
    if (first === undefined) seen.set(value, index);
    else onDuplicate(index, first);
  });
}
