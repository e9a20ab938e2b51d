import type { Question } from "../content/model.js";
import type { Answer } from "./grading.js";
import { didYouMean } from "./suggest.js";

/** One thing wrong with an answers file. Line and column are 1-based, when known. */
export interface AnswerProblem {
  line?: number | undefined;
  column?: number | undefined;
  /** The question the problem is about, when it is about one. */
  question?: string | undefined;
  message: string;
}

export interface AnswersCheck {
  /** The answers, by question id; only meaningful when there are no problems. */
  answers: Map<string, Answer>;
  problems: AnswerProblem[];
}

export interface AnswerScope {
  /** The questions this quiz asks. */
  questions: readonly Question[];
  /** Every question of the course, to tell "not in this quiz" from "no such question". */
  course: readonly Question[];
}

type Locate = (path: readonly string[]) => { line: number; column: number } | undefined;

const NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight"];

export function numberWord(n: number): string {
  return NUMBER_WORDS[n] ?? String(n);
}

function quoteList(keys: readonly string[]): string {
  return keys.join(", ");
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return `the text "${value}"`;
  return typeof value === "number" || typeof value === "boolean"
    ? `${typeof value} ${value}`
    : typeof value;
}

/** Scalars YAML reads as numbers are keys all the same: `q: 1` answers option "1". */
function asKey(value: unknown): string | undefined {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return undefined;
}

function unknownKey(
  kind: "option" | "item" | "category",
  key: string,
  keys: readonly string[],
): string {
  // Short keys (a, b, c) are all "near" each other; the list says enough.
  const near = key.length > 2 ? didYouMean(key, keys) : undefined;
  const plural = kind === "category" ? "categories" : `${kind}s`;
  return `unknown ${kind} "${key}"${near ? `; ${near}` : ""} (${plural}: ${quoteList(keys)})`;
}

/** The problems with one answer, or the answer in canonical form. */
export function checkAnswer(
  question: Question,
  value: unknown,
):
  | { answer: Answer; problems: [] }
  | { answer?: undefined; problems: { message: string; path: string[] }[] } {
  const problem = (message: string, path: string[] = []) => ({
    problems: [{ message, path }],
  });
  switch (question.type) {
    case "single": {
      const keys = question.options.map((o) => o.key);
      const key = asKey(value);
      if (key === undefined) {
        return problem(`expects one option key such as "${keys[0]}", not ${describe(value)}`);
      }
      if (!keys.includes(key)) return problem(unknownKey("option", key, keys));
      return { answer: key, problems: [] };
    }
    case "multiple": {
      const keys = question.options.map((o) => o.key);
      const example = `[${keys
        .slice(0, question.select)
        .map((k) => `"${k}"`)
        .join(", ")}]`;
      if (!Array.isArray(value)) {
        return problem(
          `expects a list of ${question.select} option keys such as ${example}, not ${describe(value)}`,
        );
      }
      const problems: { message: string; path: string[] }[] = [];
      const picked: string[] = [];
      value.forEach((item: unknown, i) => {
        const key = asKey(item);
        const path = [String(i)];
        if (key === undefined) {
          problems.push({
            message: `choice ${i + 1} is ${describe(item)}, not an option key`,
            path,
          });
        } else if (!keys.includes(key)) {
          problems.push({ message: unknownKey("option", key, keys), path });
        } else if (picked.includes(key)) {
          problems.push({ message: `option "${key}" is chosen twice`, path });
        } else {
          picked.push(key);
        }
      });
      if (value.length !== question.select) {
        problems.unshift({
          message: `gives ${value.length} option${value.length === 1 ? "" : "s"}; the question says Select ${numberWord(question.select).toUpperCase()} (exactly ${question.select})`,
          path: [],
        });
      }
      return problems.length > 0 ? { problems } : { answer: picked, problems: [] };
    }
    case "categorize": {
      const items = question.items.map((item) => item.key);
      const categories = question.categories.map((c) => c.key);
      if (typeof value !== "object" || value === null || Array.isArray(value)) {
        return problem(
          `expects a mapping of item to category such as {${items[0]}: ${categories[0]}}, not ${describe(value)}`,
        );
      }
      const problems: { message: string; path: string[] }[] = [];
      const placed: Record<string, string> = {};
      for (const [item, raw] of Object.entries(value as Record<string, unknown>)) {
        if (!items.includes(item)) {
          problems.push({ message: unknownKey("item", item, items), path: [item] });
          continue;
        }
        const category = asKey(raw);
        if (category === undefined) {
          problems.push({
            message: `item "${item}" needs one category key, not ${describe(raw)}`,
            path: [item],
          });
        } else if (!categories.includes(category)) {
          problems.push({
            message: `item "${item}": ${unknownKey("category", category, categories)}`,
            path: [item],
          });
        } else {
          placed[item] = category;
        }
      }
      for (const item of items) {
        if (!(item in (value as Record<string, unknown>))) {
          problems.push({ message: `item "${item}" is not placed in a category`, path: [] });
        }
      }
      return problems.length > 0 ? { problems } : { answer: placed, problems: [] };
    }
  }
}

/** Checks parsed answers against the quiz: every problem, each with its question and place. */
export function checkAnswers(data: unknown, scope: AnswerScope, locate?: Locate): AnswersCheck {
  const answers = new Map<string, Answer>();
  const problems: AnswerProblem[] = [];
  const at = (path: readonly string[]) => locate?.(path) ?? {};
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    problems.push({
      ...at([]),
      message: `expected a mapping of question id to answer, not ${data === undefined ? "an empty file" : describe(data)}`,
    });
    return { answers, problems };
  }
  const asked = new Map(scope.questions.map((q) => [q.id, q]));
  for (const [id, value] of Object.entries(data as Record<string, unknown>)) {
    const question = asked.get(id);
    if (!question) {
      const elsewhere = scope.course.find((q) => q.id === id);
      const near = didYouMean(id, [...asked.keys()]);
      problems.push({
        ...at([id]),
        question: id,
        message: elsewhere
          ? `not in this quiz (it is a question of module ${elsewhere.module}; add --module ${elsewhere.module})`
          : `unknown question${near ? `; ${near}` : ""}`,
      });
      continue;
    }
    const checked = checkAnswer(question, value);
    if (checked.answer !== undefined) {
      answers.set(id, checked.answer);
      continue;
    }
    for (const p of checked.problems) {
      problems.push({ ...at([id, ...p.path]), question: id, message: p.message });
    }
  }
  return { answers, problems };
}

/**
 * Reads an answers file (YAML, or JSON, which is YAML) and checks it. A file that cannot be
 * parsed yields its syntax problems with line and column, and no answers.
 */
export async function readAnswers(text: string, scope: AnswerScope): Promise<AnswersCheck> {
  const { LineCounter, parseDocument, isMap, isPair, isScalar, isSeq } = await import("yaml");
  const lines = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter: lines,
    prettyErrors: false,
    uniqueKeys: true,
    schema: "core",
    strict: true,
  });
  const position = (offset: number) => {
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
  const syntax = [...doc.errors, ...doc.warnings].map((error) => ({
    ...position(error.pos[0]),
    message: `${error.name === "YAMLWarning" ? "YAML" : "YAML syntax error"}: ${(error.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "")}`,
  }));
  if (syntax.length > 0) return { answers: new Map(), problems: syntax };

  const locate: Locate = (path) => {
    let node: unknown = doc.contents;
    let offset: number | undefined = doc.contents?.range?.[0];
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find(
          (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === segment,
        );
        if (!pair) break;
        offset = isScalar(pair.key) ? pair.key.range?.[0] : offset;
        node = pair.value;
      } else if (isSeq(node)) {
        const item: unknown = node.items[Number(segment)];
        if (!isScalar(item) && !isMap(item) && !isSeq(item)) break;
        offset = item.range?.[0] ?? offset;
        node = item;
      } else {
        break;
      }
    }
    return offset === undefined ? undefined : position(offset);
  };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return {
      answers: new Map(),
      problems: [{ line: 1, column: 1, message: `YAML: ${(error as Error).message}` }],
    };
  }
  return checkAnswers(data ?? undefined, scope, locate);
}
