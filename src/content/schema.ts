import { z } from "zod";

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const idSchema = z
  .string()
  .regex(kebab, { error: "must be kebab-case: lower-case letters, digits and single hyphens" });
const keySchema = z
  .string()
  .regex(kebab, { error: "must be a short kebab-case key such as a, b or create-cluster" });
const text = z.string().trim().min(1, { error: "must not be empty" });

export const noteSchema = z
  .object({
    kind: z.literal("update"),
    title: text.optional(),
    text,
    source: text,
  })
  .strict();
export type Note = z.infer<typeof noteSchema>;

export const lessonEntrySchema = z
  .object({
    id: idSchema,
    title: text,
    notes: z.array(noteSchema).optional(),
  })
  .strict();
export type LessonEntry = z.infer<typeof lessonEntrySchema>;

const optionSchema = z
  .object({
    key: keySchema,
    text,
    correct: z.boolean().optional(),
    why: text.optional(),
  })
  .strict();
export type Option = z.infer<typeof optionSchema>;

const questionBase = {
  id: idSchema,
  revision: z.number().int().min(1),
  prompt: text,
  explanation: text,
  lessons: z.array(z.string()).min(1, { error: "name at least one lesson that teaches this" }),
  check: z.number().int().min(1).optional(),
};

const singleSchema = z
  .object({
    ...questionBase,
    type: z.literal("single"),
    options: z.array(optionSchema).min(2, { error: "needs at least 2 options" }),
  })
  .strict();

const multipleSchema = z
  .object({
    ...questionBase,
    type: z.literal("multiple"),
    select: z.number().int().min(2),
    options: z.array(optionSchema).min(3, { error: "needs at least 3 options" }),
  })
  .strict();

const categorySchema = z.object({ key: keySchema, text }).strict();
const itemSchema = z
  .object({ key: keySchema, text, category: keySchema, why: text.optional() })
  .strict();

const categorizeSchema = z
  .object({
    ...questionBase,
    type: z.literal("categorize"),
    categories: z.array(categorySchema).min(2, { error: "needs at least 2 categories" }),
    items: z.array(itemSchema).min(2, { error: "needs at least 2 items" }),
  })
  .strict();

export const questionSchema = z.discriminatedUnion("type", [
  singleSchema,
  multipleSchema,
  categorizeSchema,
]);
export type QuestionEntry = z.infer<typeof questionSchema>;

export const glossaryEntrySchema = z
  .object({
    term: text,
    aliases: z.array(text).optional(),
    definition: text,
    lesson: z.string(),
  })
  .strict();
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

export const moduleFileSchema = z
  .object({
    id: idSchema,
    title: text,
    summary: text,
    lessons: z.array(lessonEntrySchema).min(1, { error: "a module needs at least one lesson" }),
    questions: z
      .array(questionSchema)
      .min(1, { error: "a module needs a knowledge check of at least one question" }),
    glossary: z.array(glossaryEntrySchema).optional(),
  })
  .strict();
export type ModuleFile = z.infer<typeof moduleFileSchema>;

export const courseFileSchema = z
  .object({
    title: text,
    description: text,
    modules: z.array(idSchema).min(1, { error: "list at least one module" }),
    glossary: z.string().min(1).optional(),
  })
  .strict();
export type CourseFile = z.infer<typeof courseFileSchema>;

export const glossaryFileSchema = z
  .object({
    terms: z.array(glossaryEntrySchema),
  })
  .strict();
export type GlossaryFile = z.infer<typeof glossaryFileSchema>;
