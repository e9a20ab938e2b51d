// The content format. zod/mini (the same validation as zod, in a form that bundles small): the
// store's schema uses it too, so the two share one small piece of zod's core.
import * as z from "zod/mini";
import {
  checkCommandFlags,
  checkManifestRules,
  commandFields,
  manifestFields,
} from "./exercise-schema.js";

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const idSchema = z
  .string()
  .check(z.regex(kebab, { error: "must be kebab-case: lower-case letters, digits and single hyphens" }));
const keySchema = z
  .string()
  .check(z.regex(kebab, { error: "must be a short kebab-case key such as a, b or create-cluster" }));
const text = z.string().check(z.trim(), z.minLength(1, { error: "must not be empty" }));
const atLeast = <T extends z.ZodMiniType>(item: T, n: number, error?: string) =>
  z.array(item).check(z.minLength(n, error === undefined ? undefined : { error }));

export const noteSchema = z.strictObject({
  kind: z.literal("update"),
  title: z.optional(text),
  text,
  source: text,
  /** Words from the lesson's markdown (its source text): the note is shown after the block that holds them. */
  after: text,
});
export type Note = z.infer<typeof noteSchema>;

export const lessonEntrySchema = z.strictObject({
  id: idSchema,
  title: text,
  notes: z.optional(z.array(noteSchema)),
});
export type LessonEntry = z.infer<typeof lessonEntrySchema>;

const optionSchema = z.strictObject({
  key: keySchema,
  text,
  correct: z.optional(z.boolean()),
  why: z.optional(text),
});
export type Option = z.infer<typeof optionSchema>;

const questionBase = {
  id: idSchema,
  revision: z.number().check(z.int(), z.minimum(1)),
  prompt: text,
  explanation: text,
  lessons: atLeast(z.string(), 1, "name at least one lesson that teaches this"),
  check: z.optional(z.number().check(z.int(), z.minimum(1))),
};

const singleSchema = z.strictObject({
  ...questionBase,
  type: z.literal("single"),
  options: atLeast(optionSchema, 2, "needs at least 2 options"),
});

const multipleSchema = z.strictObject({
  ...questionBase,
  type: z.literal("multiple"),
  select: z.number().check(z.int(), z.minimum(2)),
  options: atLeast(optionSchema, 3, "needs at least 3 options"),
});

const categorySchema = z.strictObject({ key: keySchema, text });
const itemSchema = z.strictObject({
  key: keySchema,
  text,
  category: keySchema,
  why: z.optional(text),
});

const categorizeSchema = z.strictObject({
  ...questionBase,
  type: z.literal("categorize"),
  categories: atLeast(categorySchema, 2, "needs at least 2 categories"),
  items: atLeast(itemSchema, 2, "needs at least 2 items"),
});

const commandSchema = z.strictObject({ ...questionBase, ...commandFields });
const manifestSchema = z.strictObject({ ...questionBase, ...manifestFields });

/** Reports a problem at a path inside the question, with a hint. */
type Report = (path: readonly PropertyKey[], message: string, hint: string) => void;

/** Calls `onDuplicate` for each value seen before, with the index where it was first. */
export function duplicates(
  values: readonly string[],
  onDuplicate: (index: number, first: number) => void,
): void {
  const seen = new Map<string, number>();
  values.forEach((value, index) => {
    const first = seen.get(value);
    if (first === undefined) seen.set(value, index);
    else onDuplicate(index, first);
  });
}

/** Reports each key of `entries` (options, items or categories) used twice in a question. */
function uniqueKeys(
  entries: readonly { key: string }[],
  field: "options" | "items" | "categories",
  report: Report,
): void {
  const kind = field === "categories" ? "category" : field.slice(0, -1);
  duplicates(
    entries.map((e) => e.key),
    (i) =>
      report(
        [field, i, "key"],
        `duplicate ${kind} key "${entries[i]?.key}"`,
        "keys are unique within a question",
      ),
  );
}

function uniqueOptions(question: { options: { key: string }[] }, report: Report): number {
  uniqueKeys(question.options, "options", report);
  return question.options.filter((o) => "correct" in o && o.correct === true).length;
}

/** What the schema cannot say of each type: its keys, right answers and categories agree. */
export const QUESTION_RULES: {
  [T in QuestionEntry["type"]]: (q: Extract<QuestionEntry, { type: T }>, report: Report) => void;
} = {
  single(question, report) {
    const correct = uniqueOptions(question, report);
    if (correct === 1) return;
    report(
      ["options"],
      correct === 0
        ? `question "${question.id}" has no correct option`
        : `question "${question.id}" has ${correct} correct options; a single-choice question has exactly one`,
      correct === 0
        ? "mark the right answer with correct: true"
        : "use type: multiple with select, or mark only one option correct",
    );
  },
  multiple(question, report) {
    const correct = uniqueOptions(question, report);
    if (question.select !== correct) {
      report(
        ["select"],
        `question "${question.id}" asks to select ${question.select} but ${correct} options are marked correct`,
        `mark exactly ${question.select} options correct: true, or change select`,
      );
    } else if (question.select >= question.options.length) {
      report(
        ["select"],
        `question "${question.id}" asks to select ${question.select} of only ${question.options.length} options`,
        "add wrong options: selecting every option is no question",
      );
    }
  },
  categorize(question, report) {
    const categories = question.categories.map((c) => c.key);
    uniqueKeys(question.categories, "categories", report);
    uniqueKeys(question.items, "items", report);
    for (const [i, item] of question.items.entries()) {
      if (!categories.includes(item.category)) {
        report(
          ["items", i, "category"],
          `item "${item.key}" is put in unknown category "${item.category}"`,
          `use one of: ${categories.join(", ")}`,
        );
      }
    }
  },
  command: checkCommandFlags,
  manifest: checkManifestRules,
};

export const questionSchema = z.discriminatedUnion("type", [
  singleSchema,
  multipleSchema,
  categorizeSchema,
  commandSchema,
  manifestSchema,
]);
export type QuestionEntry = z.infer<typeof questionSchema>;

export const glossaryEntrySchema = z.strictObject({
  term: text,
  aliases: z.optional(z.array(text)),
  definition: text,
  lesson: z.string(),
});
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

export const moduleFileSchema = z.strictObject({
  id: idSchema,
  title: text,
  summary: text,
  lessons: atLeast(lessonEntrySchema, 1, "a module needs at least one lesson"),
  questions: atLeast(
    questionSchema,
    1,
    "a module needs a knowledge check of at least one question",
  ),
  glossary: z.optional(z.array(glossaryEntrySchema)),
  /** Ids of questions taken out of the module: never to be used again (scores and reviews keep them). */
  retired: z.optional(z.array(idSchema)),
});
export type ModuleFile = z.infer<typeof moduleFileSchema>;

export const courseFileSchema = z.strictObject({
  title: text,
  description: text,
  modules: atLeast(idSchema, 1, "list at least one module"),
  glossary: z.optional(z.string().check(z.minLength(1))),
});
export type CourseFile = z.infer<typeof courseFileSchema>;

export const glossaryFileSchema = z.strictObject({
  terms: z.array(glossaryEntrySchema),
});
export type GlossaryFile = z.infer<typeof glossaryFileSchema>;
