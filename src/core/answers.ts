import type { Pair } from "yaml";
import type { Question } from "../content/model.js";
import type { Answer } from "./grading.js";
import { kindOf, type EntryCheck } from "./question-types/index.js";
import { describe } from "./question-types/kind.js";
import { LISTED_PROBLEMS } from "../shared/limits.js";
import { didYouMean } from "./suggest.js";
import { plainJson } from "./plain-json.js";

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
  /**
   * Every question of the course, to tell "not in this quiz" from "no such question"; asked for
   * only when an answer names a question the quiz does not ask (it reads every module).
   */
  course: () => readonly Question[];
}

type Locate = (path: readonly string[]) => { line: number; column: number } | undefined;

/** The problems with one answer, or the answer in canonical form. */
export function checkAnswer(question: Question, value: unknown): EntryCheck {
  return kindOf(question).check(question, value);
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
  const askedIds = [...asked.keys()];
  let inCourse: Map<string, Question> | undefined;
  const elsewhereOf = (id: string) =>
    (inCourse ??= new Map(scope.course().map((q) => [q.id, q]))).get(id);
  for (const [id, value] of Object.entries(data as Record<string, unknown>)) {
    const question = asked.get(id);
    if (!question) {
      const elsewhere = elsewhereOf(id);
      // Suggestions only for the problems that are listed: the check stays linear in the file.
      const near = problems.length < LISTED_PROBLEMS ? didYouMean(id, askedIds) : undefined;
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
export async function readAnswers(
  text: string,
  scope: AnswerScope,
  readFile?: (path: string) => Promise<string>,
): Promise<AnswersCheck> {
  // A JSON file (what scripts write) with nothing wrong needs no positions: JSON.parse reads it
  // without loading the YAML parser. Anything else, or a problem to place, takes the YAML path.
  const json = plainJson(text);
  if (json !== undefined) {
    const fileProblems = await readAnswerFiles(json, scope, () => undefined, readFile);
    const checked = checkAnswers(json, scope);
    if (fileProblems.length === 0 && checked.problems.length === 0) return checked;
  }
  return readYamlAnswers(text, scope, readFile);
}

/** The answers as the YAML parser reads them, every problem with its line and column. */
async function readYamlAnswers(
  text: string,
  scope: AnswerScope,
  readFile?: (path: string) => Promise<string>,
): Promise<AnswersCheck> {
  const { LineCounter, parseDocument, isMap, isScalar, isSeq, visit } = await import("yaml");
  const lines = new LineCounter();
  // Duplicate keys are found below in one pass: the parser's own check is quadratic.
  const doc = parseDocument(text, {
    lineCounter: lines,
    prettyErrors: false,
    uniqueKeys: false,
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
  const keyIndex = new Map<unknown, Map<string, Pair>>();
  visit(doc, {
    Map(_key, map) {
      const index = new Map<string, Pair>();
      for (const pair of map.items) {
        const name = isScalar(pair.key) ? String(pair.key.value) : undefined;
        if (name === undefined) continue;
        if (index.has(name)) {
          const at = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
          syntax.push({
            ...(at === undefined ? { line: 1, column: 1 } : position(at)),
            message: `YAML: map keys must be unique ("${name}" is given twice)`,
          });
        } else index.set(name, pair);
      }
      keyIndex.set(map, index);
    },
  });
  if (syntax.length > 0) return { answers: new Map(), problems: syntax };

  const locate: Locate = (path) => {
    let node: unknown = doc.contents;
    let offset: number | undefined = doc.contents?.range?.[0];
    for (const segment of path) {
      if (isMap(node)) {
        const pair = keyIndex.get(node)?.get(segment);
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
  const fileProblems = await readAnswerFiles(data, scope, locate, readFile);
  const checked = checkAnswers(data ?? undefined, scope, locate);
  return { answers: checked.answers, problems: [...fileProblems, ...checked.problems] };
}

/** Replaces each `{ file: path }` answer (a manifest) with the file's text, in place. */
async function readAnswerFiles(
  data: unknown,
  scope: AnswerScope,
  locate: Locate,
  readFile: ((path: string) => Promise<string>) | undefined,
): Promise<AnswerProblem[]> {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return [];
  const entries = data as Record<string, unknown>;
  const problems: AnswerProblem[] = [];
  for (const question of scope.questions) {
    const path = kindOf(question).fileOf?.(entries[question.id]);
    if (path === undefined) continue;
    try {
      if (!readFile) throw new Error("files cannot be named here");
      entries[question.id] = await readFile(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      problems.push({
        ...locate([question.id, "file"]),
        question: question.id,
        message: `cannot read ${path}: ${code}`,
      });
      delete entries[question.id];
    }
  }
  return problems;
}
