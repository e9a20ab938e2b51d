import { countQuestions, type Course } from "../content/model.js";
import type { Answer } from "../core/grading.js";
import type { QuizIO, QuizStep } from "../core/quiz-io.js";
import { plainText, type MarkdownRenderer } from "./markdown.js";
import { pressEnter, select, type Choice, type PromptStreams } from "./prompts.js";
import { FLAG, viewOf } from "./question-types/index.js";
import { renderFeedback, renderQuestion } from "./quiz-view.js";
import type { ViewOptions } from "./text.js";
import { createTheme, padEnd, truncate } from "./theme.js";

export interface InteractiveQuizOptions extends ViewOptions {
  streams: PromptStreams;
  /** Writes a block of text to the terminal. */
  out: (text: string) => void;
  render: MarkdownRenderer;
}

async function askStep(step: QuizStep, options: InteractiveQuizOptions): Promise<Answer> {
  const { question, order } = step.planned;
  const answer = await viewOf(question).ask(question, order, {
    streams: options.streams,
    width: options.width,
    flaggable: false,
  });
  // Only an exam offers a flag; a quiz's prompts always give an answer.
  return answer === FLAG ? "" : answer;
}

/** The quiz in a terminal: each question as a select or checkbox list, feedback after each. */
export function createInteractiveQuizIO(options: InteractiveQuizOptions): QuizIO {
  return {
    async ask(step) {
      await options.render.ready?.(step.planned.question.prompt);
      options.out(renderQuestion(step, options.render, options));
      return askStep(step, options);
    },
    async feedback(step, grade) {
      await options.render.ready?.(step.planned.question.explanation);
      options.out(renderFeedback(step, grade, options.render, options));
      // The verdict, the right answer and why stay on screen until the learner moves on. The
      // line that waits repeats the verdict: a long explanation may push the first line off a
      // short terminal.
      const next =
        step.number < step.total ? "Enter for the next question" : "Enter for your score";
      const verdict = grade.correct
        ? "Correct"
        : grade.unanswered
          ? "Not answered"
          : grade.parts > 1 && grade.right > 0
            ? `Not right: ${grade.right} of ${grade.parts} right`
            : "Not right";
      await pressEnter(options.streams, `${verdict} · ${next}`, grade.correct ? "✔" : "✖");
    },
  };
}

/** After a summary with misses: retry them now, or leave (to `leave`: "Done", "Back to the course"). */
export async function offerRetry(
  streams: PromptStreams,
  missed: number,
  leave: string,
): Promise<boolean> {
  const n = `${missed === 1 ? "the missed question" : `the ${missed} missed questions`}`;
  return select(
    streams,
    "What next?",
    [
      { value: true, name: `Retry ${n} now` },
      { value: false, name: leave },
    ],
    { clear: true },
  );
}

/** Waits for Enter before what comes next (the course menu) draws over the score. */
export function waitForEnter(streams: PromptStreams, label: string): Promise<void> {
  return pressEnter(streams, label);
}

/** With no --module on a terminal: pick one module, or the whole course. */
export async function pickQuizModules(
  streams: PromptStreams,
  course: Course,
  options: ViewOptions,
): Promise<string[]> {
  const theme = createTheme(options.color);
  const titleWidth = Math.max(12, Math.min(50, options.width - 24));
  const total = course.modules.reduce((n, m) => n + countQuestions(m), 0);
  const choices: Choice<string[]>[] = course.modules.map((m, i) => ({
    value: [m.id],
    name: `${String(i + 1).padStart(2)}. ${padEnd(truncate(plainText(m.title), titleWidth), titleWidth)} ${theme.dim(`${countQuestions(m)} question${countQuestions(m) === 1 ? "" : "s"}`)}`,
  }));
  choices.push({ value: [], name: `    The whole course ${theme.dim(`${total} questions`)}` });
  return select(streams, "Quiz on which module?", choices, { pageSize: 18 });
}
