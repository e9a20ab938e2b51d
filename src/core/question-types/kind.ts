// What the core needs to know of a question type: its answers' form, how to grade one, how to
// check an answers-file entry, and what --list shows. One module per type implements it.
import type { Question } from "../../content/model.js";

/** An answer as an answers file writes it: "b", ["a", "c"], or { item: category }. */
export type Answer = string | string[] | Record<string, string>;

export interface Grade {
  correct: boolean;
  /** Nothing was given for the question. */
  unanswered: boolean;
  /** The answer given, when it has the shape the question type expects; otherwise undefined. */
  given: Answer | undefined;
  expected: Answer;
  /** Parts answered right, out of `parts`: the option (single), the picks (multiple), the items. */
  right: number;
  parts: number;
  /** Option keys picked that are wrong (single, multiple): their `why` says what they are. */
  wrongPicks: string[];
  /** Items placed in the wrong category, or not placed (categorize). */
  wrongItems: string[];
  /** What is wrong with a typed answer (command, manifest), each where it is when known. */
  problems?: GradeProblem[] | undefined;
}

/** One thing wrong with a typed answer; line and column (1-based) in the learner's text. */
export interface GradeProblem {
  message: string;
  line?: number | undefined;
  column?: number | undefined;
}

/** An answers-file entry checked: the answer in canonical form, or what is wrong with it. */
export type EntryCheck =
  | { answer: Answer; problems: [] }
  | { answer?: undefined; problems: { message: string; path: string[] }[] };

/** The fields --list adds for a type, beside id, module, type and prompt. */
export interface ListedFields {
  options?: { key: string; text: string }[];
  /** A manifest exercise: the YAML the learner starts from. */
  starter?: string;
  select?: number;
  items?: { key: string; text: string }[];
}

export interface QuestionKind<Q extends Question> {
  /** Keys in the order the author wrote them: what a quiz shows, shuffled or not. */
  keys(question: Q): string[];
  /** The right answer in answers-file form. */
  expected(question: Q): Answer;
  /** Grades any value as an answer; never throws (a wrong shape is simply not correct). */
  grade(question: Q, answer: unknown): Grade;
  /** Checks an answers-file entry, naming every problem. */
  check(question: Q, value: unknown): EntryCheck;
  list(question: Q): ListedFields;
  /** An answers-file entry that names a file to read the answer from: its path. */
  fileOf?(value: unknown): string | undefined;
  /** Loads what grading these questions needs (validators), before the first grade. */
  prepare?(questions: readonly Q[]): Promise<void>;
}

export function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return `the text "${value}"`;
  return typeof value === "number" || typeof value === "boolean"
    ? `${typeof value} ${value}`
    : typeof value;
}

/** Scalars YAML reads as numbers are keys all the same: `q: 1` answers option "1". */
export function asKey(value: unknown): string | undefined {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return undefined;
}

export function problem(message: string, path: string[] = []): EntryCheck {
  return { problems: [{ message, path }] };
}

export const textOf = ({ key, text }: { key: string; text: string }) => ({ key, text });

/** "line 3, column 5: `spec.replicas` must be integer" */
export function problemText(problem: GradeProblem): string {
  const place =
    problem.line === undefined ? "" : `line ${problem.line}, column ${problem.column ?? 1}: `;
  return `${place}${problem.message}`;
}

/**
 * The grade of a typed answer (a command line, a manifest): right when it is a string and
 * `problemsOf` finds nothing wrong with it. Typed answers have one part.
 */
export function typedGrade(
  expected: Answer,
  answer: unknown,
  problemsOf: (given: string) => GradeProblem[],
): Grade {
  const given = typeof answer === "string" ? answer : undefined;
  const problems = given === undefined ? [{ message: "not answered" }] : problemsOf(given);
  const correct = given !== undefined && problems.length === 0;
  return {
    unanswered: answer === undefined || answer === null,
    expected,
    given,
    correct,
    right: correct ? 1 : 0,
    parts: 1,
    wrongPicks: [],
    wrongItems: [],
    problems,
  };
}
