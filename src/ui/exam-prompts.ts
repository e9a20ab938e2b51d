// The exam in a terminal: the ExamIO that core's sitExam runs. Each question with a way to flag
// it; the overview to revisit any question and submit. The clock's signal cancels whatever
// prompt is open when time runs out.
import type { ExamChoice, ExamIO, ExamView } from "../core/exam-session.js";
import type { Answer } from "../core/grading.js";
import type { PlannedQuestion, QuizPlan } from "../core/quiz-plan.js";
import { plainText, type MarkdownRenderer } from "./markdown.js";
import { confirm, select, type Choice, type PromptStreams } from "./prompts.js";
import { FLAG, viewOf } from "./question-types/index.js";
import type { ViewOptions } from "./text.js";
import { createTheme, padEnd, truncate } from "./theme.js";

export interface ExamUIOptions extends ViewOptions {
  plan: QuizPlan;
  streams: PromptStreams;
  out: (text: string) => void;
  render: MarkdownRenderer;
  /** The clock ticks on a line of its own (exam-clock.ts): headers leave the time out. */
  liveClock?: boolean;
}

const SUBMIT = -1;

/** 41:20 */
export function clock(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}

function header(view: ExamView, planned: PlannedQuestion, options: ExamUIOptions): string {
  const theme = createTheme(options.color);
  const right = options.liveClock ? "" : `⏱ ${clock(view.timeLeftMs)} left`;
  const { answered, flagged } = view.counts;
  const room = Math.max(10, options.width - right.length - 1);
  const left = truncate(
    `Exam · Question ${(view.index ?? 0) + 1} of ${view.total} · ${plainText(planned.moduleTitle)} · ${answered} answered${flagged ? `, ${flagged} flagged` : ""}`,
    room,
  );
  return right ? `${theme.heading(padEnd(left, room))} ${theme.warn(right)}` : theme.heading(left);
}

async function askQuestion(
  view: ExamView,
  planned: PlannedQuestion,
  previous: Answer | undefined,
  streams: PromptStreams,
  options: ExamUIOptions,
): Promise<ExamChoice> {
  const { question, order } = planned;
  options.out(["", header(view, planned, options), "", options.render(question.prompt)].join("\n"));
  const answer = await viewOf(question).ask(question, order, {
    streams,
    width: options.width,
    previous,
    flaggable: true,
  });
  return answer === FLAG ? { kind: "flag" } : { kind: "answer", answer };
}

async function showOverview(
  view: ExamView,
  streams: PromptStreams,
  options: ExamUIOptions,
): Promise<number | "submit"> {
  const theme = createTheme(options.color);
  const marks = { answered: theme.good("✔"), flagged: theme.warn("⚑"), unanswered: theme.dim("·") };
  const room = Math.max(20, options.width - 10);
  const choices: Choice<number>[] = [
    { value: SUBMIT, name: `Submit the exam (${view.counts.answered} of ${view.total} answered)` },
    ...options.plan.questions.map((p, i) => ({
      value: i,
      name: `${marks[view.statuses[i] ?? "unanswered"]} ${String(i + 1).padStart(2)}. ${truncate(plainText(p.question.prompt).replace(/\s+/g, " "), room - 6)}`,
    })),
  ];
  const open = view.statuses.findIndex((status) => status !== "answered");
  options.out(
    `\n${theme.heading(`Exam overview${options.liveClock ? "" : ` · ⏱ ${clock(view.timeLeftMs)} left`}`)}  ${theme.dim("✔ answered  ⚑ flagged  · unanswered; pick one to revisit")}`,
  );
  const picked = await select(streams, "Revisit a question or submit", choices, {
    pageSize: Math.min(18, choices.length),
    default: open === -1 ? SUBMIT : open,
  });
  return picked === SUBMIT ? "submit" : picked;
}

/** The exam's questions, overview and confirmation as terminal prompts. */
export function createExamIO(options: ExamUIOptions): ExamIO {
  const streams = (signal: AbortSignal) => ({ ...options.streams, signal });
  return {
    ask: (view, planned, previous, signal) =>
      askQuestion(view, planned, previous, streams(signal), options),
    overview: (view, signal) => showOverview(view, streams(signal), options),
    confirmSubmit: (open, signal) =>
      confirm(
        streams(signal),
        `${open} question${open === 1 ? " is" : "s are"} flagged or unanswered (they count as wrong). Submit anyway?`,
        { default: false },
      ),
  };
}
