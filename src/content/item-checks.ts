// Item-writing checks: what makes a question answerable without knowing the answer. They are
// warnings (validate --strict makes them problems): a pack can be valid and still be easy to game.
import { distance } from "fastest-levenshtein";
import { foldSpace } from "./model.js";
import type { ModuleFile, QuestionEntry } from "./schema.js";
import { maxOf, pushAll } from "../shared/arrays.js";

/** The right option is strictly the longest in at most this share of choice questions. */
export const LONGEST_SHARE_LIMIT = 0.3;
/** No position holds more than this share of right answers (single, and "select N"). */
export const POSITION_SHARE_LIMIT = 0.35;
/** The right option is never more than this many times as long as the longest wrong one. */
export const LENGTH_RATIO_LIMIT = 1.5;
export const MIN_QUESTIONS_PER_MODULE = 8;

export interface ItemWarning {
  path: readonly PropertyKey[];
  message: string;
  hint: string;
}

export interface PositionShares {
  /** Right answers counted by position (0 = first option). */
  counts: number[];
  total: number;
}

export interface ItemSummary {
  choiceQuestions: number;
  /** Choice questions whose right option (or one of them) is strictly the longest. */
  longestRight: number;
  single: PositionShares;
  multiple: PositionShares;
  /** Single-choice right answers counted by length rank (0 = the longest option). */
  lengthRanks: PositionShares;
}

export function emptySummary(): ItemSummary {
  return {
    choiceQuestions: 0,
    longestRight: 0,
    single: { counts: [], total: 0 },
    multiple: { counts: [], total: 0 },
    lengthRanks: { counts: [], total: 0 },
  };
}

const length = (text: string) => foldSpace(text).length;
const normal = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
const CATCH_ALL = /\b(?:all|none|neither)\s+of\s+(?:the\s+)?(?:above|these|them|those)\b/i;

export interface ModuleItems {
  warnings: ItemWarning[];
  /**
   * Questions whose right option is strictly the longest (but not by far): a warning only when
   * the pack holds too many of them, since some right answers must be the longest too.
   */
  longest: ItemWarning[];
}

/** Checks one module's questions and adds their positions and lengths to `summary`. */
export function checkModuleItems(data: ModuleFile, summary: ItemSummary): ModuleItems {
  const warnings: ItemWarning[] = [];
  const longest: ItemWarning[] = [];
  data.questions.forEach((question, index) => {
    pushAll(warnings, checkItem(question, ["questions", index], summary, longest));
  });
  if (data.questions.length < MIN_QUESTIONS_PER_MODULE) {
    warnings.push({
      path: ["questions"],
      message: `module "${data.id}" has ${data.questions.length} question${data.questions.length === 1 ? "" : "s"}; a module needs at least ${MIN_QUESTIONS_PER_MODULE} to measure what it teaches`,
      hint: "add questions, including scenarios that apply the lessons",
    });
  }
  return { warnings, longest };
}

function checkItem(
  question: QuestionEntry,
  at: readonly PropertyKey[],
  summary: ItemSummary,
  longest: ItemWarning[],
): ItemWarning[] {
  const warnings: ItemWarning[] = [];
  if (question.type === "categorize") {
    question.items.forEach((item, i) => {
      if (item.why === undefined) {
        warnings.push({
          path: [...at, "items", i],
          message: `item "${item.key}" of "${question.id}" has no why of its own`,
          hint: "say why the item belongs in its category: a wrong placement then explains itself",
        });
      }
    });
    return warnings;
  }
  // A typed answer (command, manifest) has no options to guess among.
  if (question.type === "command" || question.type === "manifest") return warnings;
  const options = question.options;
  const right = options.filter((o) => o.correct === true);
  const wrong = options.filter((o) => o.correct !== true);
  if (right.length === 0 || wrong.length === 0) return warnings;
  summary.choiceQuestions++;
  const shares = question.type === "single" ? summary.single : summary.multiple;
  options.forEach((option, i) => {
    if (option.correct !== true) return;
    shares.counts[i] = (shares.counts[i] ?? 0) + 1;
    shares.total++;
  });
  if (question.type === "single") {
    const rightLength = length(right[0]?.text ?? "");
    const rank = options.filter((o) => length(o.text) > rightLength).length;
    summary.lengthRanks.counts[rank] = (summary.lengthRanks.counts[rank] ?? 0) + 1;
    summary.lengthRanks.total++;
  }
  const longestWrong = maxOf(wrong.map((o) => length(o.text)));
  const longestRight = maxOf(right.map((o) => length(o.text)));
  if (longestRight > longestWrong) {
    summary.longestRight++;
    const index = options.findIndex((o) => o.correct === true && length(o.text) === longestRight);
    const path = [...at, "options", index, "text"];
    const hint = "a test-wise learner picks the longest option: make a wrong option as long and as precise";
    if (longestRight > LENGTH_RATIO_LIMIT * longestWrong) {
      warnings.push({
        path,
        message: `the right option of "${question.id}" is ${(longestRight / longestWrong).toFixed(1)} times as long as the longest wrong one`,
        hint,
      });
    } else {
      longest.push({ path, message: `the right option of "${question.id}" is strictly the longest`, hint });
    }
  }
  options.forEach((option, i) => {
    if (CATCH_ALL.test(option.text)) {
      warnings.push({
        path: [...at, "options", i, "text"],
        message: `option "${option.key}" of "${question.id}" is a catch-all ("all/none of the above")`,
        hint: "write an option that states something: a catch-all rewards guessing and breaks when options are shuffled",
      });
    }
    for (let j = 0; j < i; j++) {
      const other = options[j];
      if (other && nearDuplicate(option.text, other.text)) {
        warnings.push({
          path: [...at, "options", i, "text"],
          message: `option "${option.key}" of "${question.id}" repeats option "${other.key}"`,
          hint: "make every option say something different",
        });
      }
    }
  });
  return warnings;
}

function nearDuplicate(a: string, b: string): boolean {
  const x = normal(a);
  const y = normal(b);
  if (x === y) return true;
  return distance(x, y) <= Math.max(1, Math.floor(Math.min(x.length, y.length) * 0.1));
}

/** Lessons of the module that no question of the pack names. */
export function untaughtLessons(
  data: ModuleFile,
  taught: ReadonlySet<string>,
): { index: number; id: string }[] {
  return data.lessons
    .map((lesson, index) => ({ index, id: lesson.id }))
    .filter((lesson) => !taught.has(`${data.id}/${lesson.id}`));
}

/** True when the right option is strictly the longest in too many choice questions. */
export function tooManyLongest(summary: ItemSummary): boolean {
  return (
    summary.choiceQuestions > 0 &&
    summary.longestRight / summary.choiceQuestions > LONGEST_SHARE_LIMIT
  );
}

/** Pack-wide warnings: the longest-option share, the length ranks and the position skew. */
export function packItemWarnings(summary: ItemSummary): { message: string; hint: string }[] {
  const warnings: { message: string; hint: string }[] = [];
  if (tooManyLongest(summary)) {
    const share = summary.longestRight / summary.choiceQuestions;
    warnings.push({
      message: `the right option is strictly the longest in ${percent(share)} of ${summary.choiceQuestions} choice questions (limit ${percent(LONGEST_SHARE_LIMIT)})`,
      hint: "picking the longest option should not pay: lengthen wrong options or tighten right ones",
    });
  }
  const ranks = summary.lengthRanks;
  ranks.counts.forEach((count, i) => {
    const share = count / ranks.total;
    if (ranks.total >= 4 && share > POSITION_SHARE_LIMIT) {
      warnings.push({
        message: `${percent(share)} of the right answers of single-choice questions are the ${ordinal(i + 1)}longest option (limit ${percent(POSITION_SHARE_LIMIT)})`,
        hint: "picking by length should not pay: vary how long the right option is against the wrong ones",
      });
    }
  });
  for (const [kind, shares] of [
    ["single-choice", summary.single],
    ['"select N"', summary.multiple],
  ] as const) {
    shares.counts.forEach((count, i) => {
      const share = count / shares.total;
      if (shares.total >= 4 && share > POSITION_SHARE_LIMIT) {
        warnings.push({
          message: `${percent(share)} of the right answers of ${kind} questions are option ${i + 1} (limit ${percent(POSITION_SHARE_LIMIT)})`,
          hint: "spread the right answers over the positions: reorder the options",
        });
      }
    });
  }
  return warnings;
}

function ordinal(n: number): string {
  return n === 1 ? "" : n === 2 ? "2nd " : n === 3 ? "3rd " : `${n}th `;
}

export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
