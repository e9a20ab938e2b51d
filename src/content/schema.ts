// The content format. zod/mini (the same validation as zod, in a form that bundles small): the
// store's schema uses it too, so the two share one small piece of zod's core.
import * as z from "zod/mini";

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

export const questionSchema = z.discriminatedUnion("type", [
  singleSchema,
  multipleSchema,
  categorizeSchema,
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
