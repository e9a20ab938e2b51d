import type { Course, Question } from "../content/model.js";
import type { Answer, Grade } from "../core/grading.js";
import type { QuizIO, QuizStep } from "../core/quiz-io.js";
import { plainText, type MarkdownRenderer } from "./markdown.js";
import { select, type Choice, type PromptStreams } from "./prompts.js";
import { FLAG, viewOf } from "./question-types/index.js";
import { renderFeedback, renderQuestion } from "./quiz-view.js";
import type { ViewOptions } from "./text.js";
import { createTheme, padEnd, truncate } from "./theme.js";

export interface InteractiveQuizOptions extends ViewOptions {
  streams: PromptStreams;
  /** Writes a block of text to the terminal. */
  out: (text: string) => void;
  render: MarkdownRenderer;
  /** The environment: the editor a manifest question opens. */
  env?: Record<string, string | undefined> | undefined;
  /** Grades an answer before it is given: a manifest can be edited again until it passes. */
  check?: ((question: Question, answer: Answer) => Grade) | undefined;
}

async function askStep(step: QuizStep, options: InteractiveQuizOptions): Promise<Answer> {
  const { question, order } = step.planned;
  const answer = await viewOf(question).ask(question, order, {
    streams: options.streams,
    width: options.width,
    flaggable: false,
    color: options.color,
    env: options.env,
    out: options.out,
    check: options.check ? (answer: Answer) => options.check!(question, answer) : undefined,
  });
  // Only an exam offers a flag; a quiz's prompts always give an answer.
  return answer === FLAG ? "" : answer;
}

/** The quiz in a terminal: each question as a select or checkbox list, feedback after each. */
export function createInteractiveQuizIO(options: InteractiveQuizOptions): QuizIO {
  return {
    async ask(step) {
      options.out(renderQuestion(step, options.render, options));
      return askStep(step, options);
    },
    feedback(step, grade) {
      options.out(renderFeedback(step, grade, options.render, options));
      return Promise.resolve();
    },
  };
}

/** With no --module on a terminal: pick one module, or the whole course. */
export async function pickQuizModules(
  streams: PromptStreams,
  course: Course,
  options: ViewOptions,
): Promise<string[]> {
  const theme = createTheme(options.color);
  const titleWidth = Math.max(12, Math.min(50, options.width - 24));
  const total = course.modules.reduce((n, m) => n + m.questions.length, 0);
  const choices: Choice<string[]>[] = course.modules.map((m, i) => ({
    value: [m.id],
    name: `${String(i + 1).padStart(2)}. ${padEnd(truncate(plainText(m.title), titleWidth), titleWidth)} ${theme.dim(`${m.questions.length} question${m.questions.length === 1 ? "" : "s"}`)}`,
  }));
  choices.push({ value: [], name: `    The whole course ${theme.dim(`${total} questions`)}` });
  return select(streams, "Quiz on which module?", choices, { pageSize: 18 });
}
