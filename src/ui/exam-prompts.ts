// The exam in a terminal: questions in order, each one can be flagged; then an overview to
// revisit any question and submit. The clock aborts whatever prompt is open when time runs out.
import {
  answer,
  counts,
  firstPassIndex,
  flag,
  statusOf,
  timeLeft,
  type ExamState,
} from "../core/exam-session.js";
import type { Answer } from "../core/grading.js";
import { plainText, type MarkdownRenderer } from "./markdown.js";
import {
  checkbox,
  confirm,
  isPromptAbort,
  select,
  type Choice,
  type PromptStreams,
} from "./prompts.js";
import { lines } from "./quiz-prompts.js";
import { choiceName, selectHeading, type ViewOptions } from "./quiz-view.js";
import { createTheme, padEnd, truncate } from "./theme.js";

export interface ExamUIOptions extends ViewOptions {
  streams: PromptStreams;
  out: (text: string) => void;
  render: MarkdownRenderer;
  now: () => number;
}

const FLAG = "\u0000flag";
const SUBMIT = -1;

/** 41:20 */
export function clock(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}

function header(state: ExamState, index: number, options: ExamUIOptions): string {
  const theme = createTheme(options.color);
  const planned = state.plan.questions[index];
  const right = `⏱ ${clock(timeLeft(state, options.now()))} left`;
  const c = counts(state);
  const room = Math.max(10, options.width - right.length - 1);
  const left = truncate(
    `Exam · Question ${index + 1} of ${state.plan.questions.length} · ${plainText(planned?.moduleTitle ?? "")} · ${c.answered} answered${c.flagged ? `, ${c.flagged} flagged` : ""}`,
    room,
  );
  return `${theme.heading(padEnd(left, room))} ${theme.warn(right)}`;
}

type Outcome = { kind: "answer"; answer: Answer } | { kind: "flag" };

async function ask(
  state: ExamState,
  index: number,
  options: ExamUIOptions,
  streams: PromptStreams,
): Promise<Outcome> {
  const planned = state.plan.questions[index];
  if (!planned) throw new RangeError(`no question ${index + 1}`);
  const { question, order } = planned;
  const previous = state.answers.get(question.id);
  options.out(["", header(state, index, options), "", options.render(question.prompt)].join("\n"));
  const flagChoice = { value: FLAG, name: "⚑ Flag it and come back later" };
  const text = (key: string) =>
    plainText(
      question.type === "categorize"
        ? (question.categories.find((c) => c.key === key)?.text ?? key)
        : (question.options.find((o) => o.key === key)?.text ?? key),
    );
  switch (question.type) {
    case "single": {
      const choices: Choice<string>[] = order.map((key, i) => ({
        value: key,
        name: `${i + 1}. ${text(key)}`,
      }));
      const picked = await select(streams, "Your answer", [...choices, flagChoice], {
        pageSize: lines(choices) + 1,
        ...(typeof previous === "string" ? { default: previous } : {}),
      });
      return picked === FLAG ? { kind: "flag" } : { kind: "answer", answer: picked };
    }
    case "multiple": {
      const heading = selectHeading(question.select);
      const before = Array.isArray(previous) ? previous : [];
      const choices = order.map((key, i) => ({
        value: key,
        name: choiceName(i + 1, text(key), options.width, 3),
        checked: before.includes(key),
      }));
      const picked = await checkbox(
        streams,
        `${heading} (none: flag it and come back later)`,
        choices,
        {
          pageSize: lines(choices),
          shortcuts: false,
          validate: (selected) =>
            selected.length === question.select ||
            selected.length === 0 ||
            `${heading}: you have ${selected.length} selected`,
        },
      );
      return picked.length === 0 ? { kind: "flag" } : { kind: "answer", answer: picked };
    }
    case "categorize": {
      const placed: Record<string, string> = {};
      const before = typeof previous === "object" && !Array.isArray(previous) ? previous : {};
      const choices: Choice<string>[] = question.categories.map((c, i) => ({
        value: c.key,
        name: choiceName(i + 1, text(c.key), options.width, 2),
      }));
      for (const [i, key] of order.entries()) {
        const item = question.items.find((it) => it.key === key);
        if (!item) continue;
        const picked = await select(
          streams,
          `${i + 1}/${order.length} ${plainText(item.text)} →`,
          [...choices, flagChoice],
          { pageSize: lines(choices) + 1, ...(before[key] ? { default: before[key] } : {}) },
        );
        if (picked === FLAG) return { kind: "flag" };
        placed[key] = picked;
      }
      return { kind: "answer", answer: placed };
    }
  }
}

async function overview(
  state: ExamState,
  options: ExamUIOptions,
  streams: PromptStreams,
): Promise<number> {
  const theme = createTheme(options.color);
  const c = counts(state);
  const marks = { answered: theme.good("✔"), flagged: theme.warn("⚑"), unanswered: theme.dim("·") };
  const room = Math.max(20, options.width - 10);
  const choices: Choice<number>[] = [
    {
      value: SUBMIT,
      name: `Submit the exam (${c.answered} of ${state.plan.questions.length} answered)`,
    },
    ...state.plan.questions.map((p, i) => ({
      value: i,
      name: `${marks[statusOf(state, i)]} ${String(i + 1).padStart(2)}. ${truncate(plainText(p.question.prompt).replace(/\s+/g, " "), room - 6)}`,
    })),
  ];
  const firstFlagged = state.plan.questions.findIndex((_, i) => statusOf(state, i) !== "answered");
  options.out(
    `\n${theme.heading(`Exam overview · ⏱ ${clock(timeLeft(state, options.now()))} left`)}  ${theme.dim("✔ answered  ⚑ flagged  · unanswered; pick one to revisit")}`,
  );
  return select(streams, "Revisit a question or submit", choices, {
    pageSize: Math.min(18, choices.length),
    default: firstFlagged === -1 ? SUBMIT : firstFlagged,
  });
}

/** Runs the sitting; resolves with the final state and whether the clock ended it. */
export async function sitExam(
  start: ExamState,
  options: ExamUIOptions,
): Promise<{ state: ExamState; timedOut: boolean }> {
  let state = start;
  for (;;) {
    const remaining = timeLeft(state, options.now());
    if (remaining <= 0) return { state, timedOut: true };
    const streams = { ...options.streams, signal: AbortSignal.timeout(remaining) };
    try {
      let index = firstPassIndex(state);
      if (index === undefined) {
        const picked = await overview(state, options, streams);
        if (picked === SUBMIT) {
          const c = counts(state);
          const open = c.unanswered + c.flagged;
          if (
            open === 0 ||
            (await confirm(
              streams,
              `${open} question${open === 1 ? " is" : "s are"} flagged or unanswered (they count as wrong). Submit anyway?`,
              { default: false },
            ))
          ) {
            return { state, timedOut: false };
          }
          continue;
        }
        index = picked;
      }
      const outcome = await ask(state, index, options, streams);
      state = outcome.kind === "flag" ? flag(state, index) : answer(state, index, outcome.answer);
    } catch (error) {
      if (isPromptAbort(error)) return { state, timedOut: true };
      throw error;
    }
  }
}
