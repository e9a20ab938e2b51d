import type { Course } from "../content/model.js";
import type { Answer } from "../core/grading.js";
import type { QuizIO, QuizStep } from "../core/quiz-io.js";
import { plainText, type MarkdownRenderer } from "./markdown.js";
import { checkbox, select, type Choice, type PromptStreams } from "./prompts.js";
import {
  choiceName,
  renderFeedback,
  renderQuestion,
  selectHeading,
  type ViewOptions,
} from "./quiz-view.js";
import { createTheme, padEnd, truncate } from "./theme.js";

export interface InteractiveQuizOptions extends ViewOptions {
  streams: PromptStreams;
  /** Writes a block of text to the terminal. */
  out: (text: string) => void;
  render: MarkdownRenderer;
}

/** select lists put "❯ " before a choice, checkbox lists "❯◯ ". */
const SELECT_PREFIX = 2;
const CHECKBOX_PREFIX = 3;

function numbered<T>(
  entries: readonly { value: T; text: string }[],
  width: number,
  prefix: number,
): Choice<T>[] {
  return entries.map((entry, i) => ({
    value: entry.value,
    name: choiceName(i + 1, entry.text, width, prefix),
  }));
}

/** Lines the choices take on screen: the page size that shows them all. */
export function lines(choices: readonly Choice<unknown>[]): number {
  return choices.reduce((n, c) => n + c.name.split("\n").length, 0);
}

async function askStep(step: QuizStep, options: InteractiveQuizOptions): Promise<Answer> {
  const { question, order } = step.planned;
  const { streams } = options;
  switch (question.type) {
    case "single": {
      const choices = numbered(
        order.map((key) => ({
          value: key,
          text: plainText(question.options.find((o) => o.key === key)?.text ?? key),
        })),
        options.width,
        SELECT_PREFIX,
      );
      return select(streams, "Your answer", choices, { pageSize: lines(choices) });
    }
    case "multiple": {
      const heading = selectHeading(question.select);
      const choices = numbered(
        order.map((key) => ({
          value: key,
          text: plainText(question.options.find((o) => o.key === key)?.text ?? key),
        })),
        options.width,
        CHECKBOX_PREFIX,
      );
      const picked = await checkbox(streams, heading, choices, {
        pageSize: lines(choices),
        shortcuts: false,
        validate: (selected) =>
          selected.length === question.select || `${heading}: you have ${selected.length} selected`,
      });
      return picked;
    }
    case "categorize": {
      const placed: Record<string, string> = {};
      const choices = numbered(
        question.categories.map((c) => ({ value: c.key, text: plainText(c.text) })),
        options.width,
        SELECT_PREFIX,
      );
      for (const [i, key] of order.entries()) {
        const item = question.items.find((it) => it.key === key);
        if (!item) continue;
        placed[key] = await select(
          streams,
          `${i + 1}/${order.length} ${plainText(item.text)} →`,
          choices,
          { pageSize: lines(choices) },
        );
      }
      return placed;
    }
  }
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
