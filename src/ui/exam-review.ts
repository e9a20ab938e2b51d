// After an exam: every question again, with the answer given, the right one and the explanation,
// picked from a list (✔ right, ✖ wrong, · unanswered) until the learner is done.
import type { Grade } from "../core/grading.js";
import type { QuizPlan } from "../core/quiz-plan.js";
import { plainText, type MarkdownRenderer } from "./markdown.js";
import { pressEnter, select, type Choice, type PromptStreams } from "./prompts.js";
import { renderFeedback, renderQuestion } from "./quiz-view.js";
import type { ViewOptions } from "./text.js";
import { createTheme, truncate } from "./theme.js";

const DONE = -1;

export interface ExamReviewOptions extends ViewOptions {
  streams: PromptStreams;
  out: (text: string) => void;
  render: MarkdownRenderer;
}

/** Offers the review, then shows any question picked until "Done". */
export async function reviewExam(
  plan: QuizPlan,
  grades: readonly Grade[],
  options: ExamReviewOptions,
): Promise<void> {
  const theme = createTheme(options.color);
  const mark = (g: Grade | undefined) =>
    g?.correct ? theme.good("✔") : g?.unanswered ? theme.dim("·") : theme.bad("✖");
  const room = Math.max(20, options.width - 10);
  const n = plan.questions.length;
  const start = await select(
    options.streams,
    "What next?",
    [
      { value: true, name: `Review your answers (${n} question${n === 1 ? "" : "s"})` },
      { value: false, name: "Done" },
    ],
    { clear: true },
  );
  if (!start) return;
  let next = grades.findIndex((g) => !g.correct);
  for (;;) {
    const choices: Choice<number>[] = [
      { value: DONE, name: "Done" },
      ...plan.questions.map((p, i) => ({
        value: i,
        name: `${mark(grades[i])} ${String(i + 1).padStart(2)}. ${truncate(plainText(p.question.prompt).replace(/\s+/g, " "), room - 6)}`,
      })),
    ];
    const picked = await select(
      options.streams,
      "Review your answers: pick a question (✔ right  ✖ wrong  · unanswered)",
      choices,
      { pageSize: Math.min(16, choices.length), default: next, clear: true },
    );
    const planned = plan.questions[picked];
    const grade = grades[picked];
    if (picked === DONE || !planned || !grade) return;
    const step = { number: picked + 1, total: plan.questions.length, planned };
    options.out(renderQuestion(step, options.render, options));
    options.out(renderFeedback(step, grade, options.render, options));
    await pressEnter(options.streams, "Enter to go back to the list");
    next = picked + 1 < plan.questions.length ? picked + 1 : DONE;
  }
}
