import type { AnswerProblem } from "../core/answers.js";
import type { Answer, Grade } from "../core/grading.js";
import type { QuizStep } from "../core/quiz-io.js";
import type { LessonPointer, ListedQuestion, QuizPlan } from "../core/quiz-plan.js";
import type { ModuleStanding, QuizSummary } from "../core/quiz-session.js";
import { bar } from "./bars.js";
import { plainText, type MarkdownRenderer } from "./markdown.js";
import { viewOf, viewOfType } from "./question-types/index.js";
import { problemLine } from "./question-types/typed.js";

import { wrap, type ViewOptions } from "./text.js";
import { safeText } from "../shared/safe-text.js";
import { createTheme, padEnd, truncate } from "./theme.js";
import { maxOf, pushAll } from "../shared/arrays.js";

export type { ViewOptions };

/** "Question 3 of 6 · Basics" on the left, a progress bar on the right. */
export function questionHeader(step: QuizStep, options: ViewOptions): string {
  const theme = createTheme(options.color);
  const right = `${bar(step.number, step.total, 12)} ${Math.round((step.number / step.total) * 100)}%`;
  const room = Math.max(10, options.width - right.length - 1);
  const left = truncate(
    `Question ${step.number} of ${step.total} · ${plainText(step.planned.moduleTitle)}`,
    room,
  );
  return `${theme.heading(padEnd(left, room))} ${theme.accent(right)}`;
}

/** The header and the question's text, before its prompt is shown. */
export function renderQuestion(
  step: QuizStep,
  render: MarkdownRenderer,
  options: ViewOptions,
): string {
  const { question } = step.planned;
  const lines = ["", questionHeader(step, options), "", render(question.prompt)];
  pushAll(lines, viewOf(question).intro(question, options));
  return `${lines.join("\n")}\n`;
}

function lessonLine(lessons: readonly LessonPointer[]): string {
  return lessons
    .map(
      (l) =>
        `${plainText(l.moduleTitle)} › ${plainText(l.title)} (eks-primer learn ${l.module} --lesson ${l.lesson})`,
    )
    .join("; ");
}

/** Right or wrong, the right answer, why a wrong pick is wrong, the explanation, what to re-read. */
export function renderFeedback(
  step: QuizStep,
  grade: Grade,
  render: MarkdownRenderer,
  options: ViewOptions,
): string {
  const theme = createTheme(options.color);
  const { question, lessons } = step.planned;
  const width = options.width;
  const out: string[] = [""];
  const partial =
    !grade.correct && grade.right > 0 && grade.parts > 1
      ? `: ${grade.right} of ${grade.parts} right`
      : "";
  out.push(
    grade.correct
      ? theme.good("✔ Correct.")
      : theme.bad(grade.unanswered ? "✖ Not answered." : `✖ Not right${partial}.`),
  );

  pushAll(out, viewOf(question).feedback(question, grade, options));
  out.push("", render(question.explanation));
  if (lessons.length > 0) {
    out.push("", theme.dim(wrap(`Re-read: ${lessonLine(lessons)}`, width)));
  }
  return `${out.join("\n")}\n`;
}

function scoreLine(summary: QuizSummary): string {
  const verdict = summary.passed ? "passed" : "not passed";
  return `Score: ${summary.score} of ${summary.total} (${summary.percent}%), ${verdict} (pass mark ${summary.passMark}%)`;
}

/** The end of an interactive quiz: score, pass or not, each module's best and previous, misses. */
export function renderSummary(
  summary: QuizSummary,
  standings: readonly ModuleStanding[],
  options: ViewOptions & {
    saved: boolean;
    seed?: number | undefined;
    /** An exam's breakdown: modules weakest first, under a heading. */
    weakestFirst?: boolean;
    note?: string | undefined;
    /** The questions asked: each missed one is shown with its right answer. */
    plan?: QuizPlan | undefined;
  },
): string {
  const theme = createTheme(options.color);
  const width = options.width;
  const out = ["", theme.dim("─".repeat(Math.min(width, 80)))];
  if (options.note) out.push(theme.warn(wrap(options.note, width)));
  const verdict = (text: string) => (summary.passed ? theme.good(text) : theme.bad(text));
  out.push(verdict(theme.heading(wrap(scoreLine(summary), width))));

  if (standings.length > 0) {
    out.push("");
    if (options.weakestFirst) {
      out.push(theme.heading("Per module, weakest first:"));
      standings = [...standings].sort(
        (a, b) => a.percent - b.percent || a.module.localeCompare(b.module),
      );
    }
    const idWidth = Math.min(24, maxOf(standings.map((s) => s.module.length)));
    for (const s of standings) {
      const history = !s.complete
        ? `part of the module${s.best === undefined ? "" : `; module quiz best ${s.best}%`}`
        : s.previous === undefined
          ? "first attempt"
          : `best ${s.best}%, previous ${s.previous}%`;
      out.push(
        truncate(
          `  ${padEnd(truncate(s.module, idWidth), idWidth)}  ${`${s.score}/${s.total}`.padStart(5)}  ${`${s.percent}%`.padStart(4)}  ${bar(s.score, s.total, 10)}  ${history}`,
          width,
        ),
      );
    }
  }

  if (summary.missed.length > 0) {
    out.push("", theme.heading("Missed:"));
    for (const r of summary.missed) {
      out.push(wrap(`${theme.bad("✖")} ${plainText(r.prompt)}`, width, "  "));
      const question = options.plan?.questions.find((p) => p.question.id === r.id)?.question;
      if (question) {
        const answer = viewOf(question).answer(question);
        out.push(wrap(`${theme.good("answer:")} ${theme.heading(answer)}`, width, "    "));
      }
      if (r.lessons.length > 0) {
        out.push(theme.dim(wrap(`re-read ${lessonLine(r.lessons)}`, width, "    ")));
      }
    }
  } else if (summary.total > 0) {
    out.push("", theme.good("Every answer right."));
  }
  out.push("");
  out.push(
    theme.dim(
      wrap(
        `${options.saved ? "Your score is saved." : "Not saved (--no-save)."}${options.seed === undefined ? "" : ` Same questions again: --seed ${options.seed}`}`,
        width,
      ),
    ),
  );
  return out.join("\n");
}

/** An answer in answers-file form, for one line of text: b · a, c · create-cluster=eks. */
export function formatAnswer(answer: Answer | undefined): string {
  if (answer === undefined) return "";
  if (typeof answer === "string") return answer;
  if (Array.isArray(answer)) return answer.join(", ");
  return Object.entries(answer)
    .map(([item, category]) => `${item}=${category}`)
    .join(", ");
}

/** The scripted result as text: the score line, then one line per question. */
export function renderScriptedResult(summary: QuizSummary, options: ViewOptions): string {
  const theme = createTheme(options.color);
  const verdict = (text: string) => (summary.passed ? theme.good(text) : theme.bad(text));
  const out = [verdict(scoreLine(summary))];
  const idWidth = Math.min(
    Math.floor(options.width / 2),
    maxOf(
      summary.results.map((r) => r.id.length),
      0,
    ),
  );
  const indent = " ".repeat(idWidth + 4);
  for (const r of summary.results) {
    const mark = r.correct ? theme.good("✔") : theme.bad("✖");
    if (r.correct) {
      out.push(`${mark} ${r.id}`);
      continue;
    }
    const detail =
      r.problems === undefined
        ? `${r.unanswered ? "unanswered" : `gave ${formatAnswer(r.given)}`}; expected ${formatAnswer(r.expected)}`
        : r.unanswered || r.correct
          ? r.unanswered
            ? "unanswered"
            : "right"
          : r.problems.map(problemLine).join("; ");
    // The detail wraps under itself: a script's log keeps every key, a terminal keeps its width.
    const body = wrap(detail, options.width, indent).slice(indent.length);
    const id = r.id.length > idWidth ? `${r.id}\n${indent.slice(2)}` : padEnd(r.id, idWidth);
    out.push(`${mark} ${id}  ${theme.dim(body)}`);
  }
  return out.join("\n");
}

/** `--list` as text: each question with its keys, as an answers file needs them. */
export function renderQuestionList(
  questions: readonly ListedQuestion[],
  options: ViewOptions,
  next: { answers: string; seed?: number | undefined } = {
    answers: "eks-primer quiz --answers <file>",
  },
): string {
  const theme = createTheme(options.color);
  const out: string[] = [];
  for (const q of questions) {
    const kind = viewOfType(q.type).kind(q);
    out.push(`${theme.accent(q.id)} ${theme.dim(`(${q.module}, ${kind})`)}`);
    out.push(wrap(plainText(q.prompt), options.width, "  "));
    if (q.items) {
      out.push(theme.dim("  items:"));
      for (const item of q.items) {
        out.push(wrap(`${item.key}: ${plainText(item.text)}`, options.width, "    "));
      }
      out.push(theme.dim("  categories:"));
    }
    for (const option of q.options ?? []) {
      out.push(wrap(`${option.key}: ${plainText(option.text)}`, options.width, "    "));
    }
    if (q.starter !== undefined) {
      out.push(theme.dim("  starter:"));
      pushAll(
        out,
        q.starter
          .trimEnd()
          .split("\n")
          .map((line) => `    ${line}`),
      );
    }
    out.push("");
  }
  const n = questions.length;
  out.push(
    theme.dim(
      wrap(
        `${n} question${n === 1 ? "" : "s"}${next.seed === undefined ? "" : `, seed ${next.seed}`}. Answer them in a file (eks-primer ${next.answers.split(" ")[1] ?? "quiz"} --help shows its form) and run ${next.answers}.`,
        options.width,
      ),
    ),
  );
  return out.join("\n");
}

/** An answers-file problem as one line: file:line:column: question: what is wrong. */
export function formatProblem(file: string, problem: AnswerProblem): string {
  const name = safeText(file);
  const place =
    problem.line === undefined ? name : `${name}:${problem.line}:${problem.column ?? 1}`;
  const question =
    problem.question === undefined ? "" : `${safeText(truncate(problem.question, 80))}: `;
  return `${place}: ${question}${safeText(truncate(problem.message, 300))}`;
}
