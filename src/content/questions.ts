// From question entries (the YAML's shape) to the questions the program reads, and the deeper
// checks of a question that the loader is given (the core's, for hands-on exercises).
import type { LessonRef, ManifestRule, Question } from "./model.js";
import type { Resolver } from "./pack-checks.js";
import type { ModuleFile, QuestionEntry } from "./schema.js";
import type { YamlFile } from "./yaml-file.js";

export type QuestionCheck = (
  question: Question,
) => Promise<{ path: (string | number)[]; message: string; hint: string }[]>;

export async function checkQuestions(
  modules: ReadonlyMap<string, { yaml: YamlFile; data: ModuleFile }>,
  resolve: Resolver,
  check: QuestionCheck,
): Promise<void> {
  for (const [id, { yaml, data }] of modules) {
    for (const [index, entry] of data.questions.entries()) {
      for (const p of await check(toQuestion(entry, id, resolve))) {
        yaml.reportAt(["questions", index, ...p.path], p.message, p.hint);
      }
    }
  }
}

/** A question entry as the rest of the program reads it: lessons resolved, defaults filled in. */
export function toQuestion(entry: QuestionEntry, module: string, resolve: Resolver): Question {
  const common = {
    module,
    lessons: entry.lessons.map((ref) => resolve(ref, module) as LessonRef),
  };
  switch (entry.type) {
    case "command":
      return {
        ...entry,
        ...common,
        args: entry.args ?? [],
        required: entry.required ?? {},
        allowed: entry.allowed ?? [],
        aliases: entry.aliases ?? {},
        hints: entry.hints ?? [],
      };
    case "manifest":
      return {
        ...entry,
        ...common,
        documents: entry.documents.map((d) => ({ ...d, rules: (d.rules ?? []) as ManifestRule[] })),
        hints: entry.hints ?? [],
      };
    default:
      return { ...entry, ...common };
  }
}

