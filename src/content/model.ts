import type { Note, Option } from "./schema.js";

export type { Note, Option };

/** A pointer to a lesson: `module/lesson`. */
export interface LessonRef {
  module: string;
  lesson: string;
}

export interface Lesson {
  id: string;
  module: string;
  title: string;
  /** Markdown. */
  body: string;
  notes: Note[];
}

interface QuestionCommon {
  id: string;
  module: string;
  revision: number;
  prompt: string;
  explanation: string;
  lessons: LessonRef[];
  /** Number of the course's own knowledge check this question comes from. */
  check?: number | undefined;
}

export interface SingleQuestion extends QuestionCommon {
  type: "single";
  options: Option[];
}

export interface MultipleQuestion extends QuestionCommon {
  type: "multiple";
  select: number;
  options: Option[];
}

export interface Category {
  key: string;
  text: string;
}

export interface CategorizeItem {
  key: string;
  text: string;
  category: string;
  why?: string | undefined;
}

export interface CategorizeQuestion extends QuestionCommon {
  type: "categorize";
  categories: Category[];
  items: CategorizeItem[];
}

export type Question = SingleQuestion | MultipleQuestion | CategorizeQuestion;
export type QuestionType = Question["type"];

export interface Module {
  id: string;
  title: string;
  summary: string;
  lessons: Lesson[];
  questions: Question[];
}

/** How many questions a module has, without reading them (the compiled course reads them lazily). */
export function countQuestions(module: Module): number {
  return questionCounts.get(module) ?? module.questions.length;
}

/** Counts known before the questions are read: set by the compiled course. */
export const questionCounts = new WeakMap<Module, number>();

export interface GlossaryTerm {
  term: string;
  aliases: string[];
  definition: string;
  lesson: LessonRef;
}

export interface Course {
  title: string;
  description: string;
  modules: Module[];
  glossary: GlossaryTerm[];
}

export function formatLessonRef(ref: LessonRef): string {
  return `${ref.module}/${ref.lesson}`;
}

/** Folds runs of white space into one space: a note's anchor may be quoted across line breaks. */
export function foldSpace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
