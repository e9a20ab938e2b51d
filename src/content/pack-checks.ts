// The rules a content pack is checked by beyond its schema: ids, references, note anchors,
// retired ids, the glossary, and the item-writing warnings.
import { relative } from "node:path";
import { formatPath, type Diagnostic } from "./diagnostics.js";
import {
  checkModuleItems,
  emptySummary,
  packItemWarnings,
  tooManyLongest,
  untaughtLessons,
  type ItemSummary,
  type ItemWarning,
} from "./item-checks.js";
import { foldSpace, type GlossaryTerm, type LessonRef } from "./model.js";
import { duplicates, QUESTION_RULES, type GlossaryEntry, type ModuleFile, type QuestionEntry } from "./schema.js";
import type { YamlFile } from "./yaml-file.js";
import { pushAll } from "../shared/arrays.js";

export type Resolver = (ref: string, module?: string) => LessonRef | "unchecked" | undefined;

/** Question ids seen so far: where each is defined. */
export type QuestionIds = Map<string, { yaml: YamlFile; index: number }>;

export function checkModule(
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
  const rule = QUESTION_RULES[question.type] as (
    q: QuestionEntry,
    report: (path: readonly PropertyKey[], message: string, hint: string) => void,
  ) => void;
  rule(question, (path, message, hint) => yaml.reportAt([...at, ...path], message, hint));
}

export function checkNoteAnchors(
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

export function checkGlossary(
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

export function itemWarnings(
  modules: ReadonlyMap<string, { yaml: YamlFile; data: ModuleFile }>,
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
    pushAll(longest, checked.longest.map((warning) => ({ yaml, warning })));
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



/** A retired question id is never used again: old scores and review cards stay apart. */
export function checkRetired(
  dir: string,
  modules: ReadonlyMap<string, { yaml: YamlFile; data: ModuleFile }>,
  questionIds: QuestionIds,
): void {
  for (const { yaml, data } of modules.values()) {
    for (const [i, id] of (data.retired ?? []).entries()) {
      const user = questionIds.get(id);
      if (!user) continue;
      yaml.reportAt(
        ["retired", i],
        `question id "${id}" is retired but is used again at ${relative(dir, user.yaml.file)}:${user.yaml.locate(["questions", user.index, "id"]).line}`,
        "a retired id keeps old scores and review cards apart: give the new question an id of its own",
      );
    }
  }
}
