import { UsageError } from "../../shared/errors.js";
import { planExam, scopeModules, type QuizPlan } from "../../core/quiz-plan.js";
import { gradeAnswer } from "../../core/grading.js";
import { DEFAULT_PASS_MARK } from "../../core/quiz-session.js";
import { examSitting, exitUnlessPassed, runSession } from "../../core/session.js";
import { MAX_SEED, newSeed } from "../../core/random.js";
import type { CommandContext } from "../../shared/context.js";
import { renderSummary } from "../../ui/quiz-view.js";
import {
  runScripted,
  reportFormat,
  scopeArgs,
  sessionOptions,
  wholeNumber,
  type ScriptedOptions,
} from "../assessment.js";
import { courseOf } from "../shared.js";

export interface ExamOptions extends ScriptedOptions {
  module?: string[] | undefined;
  count?: string | undefined;
  time?: string | undefined;
  seed?: string | undefined;
  passMark?: string | undefined;
  shuffle?: boolean | undefined;
  save?: boolean | undefined;
}

export const DEFAULT_EXAM_COUNT = 30;
export const DEFAULT_EXAM_MINUTES = 45;

/** --time: minutes ("45", "45m"), or seconds ("90s"); returns milliseconds. */
export function parseTime(value: string | undefined): number {
  if (value === undefined) return DEFAULT_EXAM_MINUTES * 60_000;
  const match = /^\s*(\d+)\s*(m|min|s|sec)?\s*$/i.exec(value);
  const n = match ? Number.parseInt(match[1] ?? "", 10) : Number.NaN;
  const seconds = match?.[2]?.toLowerCase().startsWith("s") ? n : n * 60;
  if (!Number.isSafeInteger(n) || seconds < 1 || seconds > 24 * 3600) {
    throw new UsageError(
      `--time must be minutes (45, 45m) or seconds (90s), up to 24 hours, not "${value}"`,
      "for example: eks-primer exam --count 20 --time 30",
    );
  }
  return seconds * 1000;
}

interface ExamSettings {
  count: number;
  timeLimit: number;
  passMark: number;
  seed: number;
  save: boolean;
}

function settingsOf(options: ExamOptions): ExamSettings {
  return {
    count:
      wholeNumber("exam", "--count", options.count, 1, 10_000, "--count 20") ?? DEFAULT_EXAM_COUNT,
    timeLimit: parseTime(options.time),
    passMark:
      wholeNumber("exam", "--pass-mark", options.passMark, 0, 100, "--pass-mark 80") ??
      DEFAULT_PASS_MARK,
    seed: wholeNumber("exam", "--seed", options.seed, 0, MAX_SEED, "--seed 42") ?? newSeed(),
    save: options.save !== false,
  };
}

export async function runExam(ctx: CommandContext, options: ExamOptions): Promise<void> {
  const format = reportFormat("exam", options);
  const settings = settingsOf(options);
  const course = await courseOf(ctx);
  const modules = options.module ?? [];
  scopeModules(course, modules);
  const { count, seed } = settings;
  const plan = planExam(course, { modules, count, seed, shuffle: options.shuffle !== false });

  if (options.answers !== undefined && options.seed === undefined) {
    throw new UsageError(
      "exam --answers needs the --seed the questions were listed with",
      "eks-primer exam --seed 7 --list --json, then eks-primer exam --seed 7 --answers answers.json",
    );
  }
  const { passMark, save } = settings;
  const args = scopeArgs({
    modules,
    count: options.count === undefined ? undefined : count,
    seed: plan.seed,
  });
  const scripted = { command: "exam" as const, format, passMark, save, args, seeded: true };
  if (await runScripted(ctx, course, plan, options, scripted)) return;
  if (!ctx.output.interactive) {
    throw new UsageError(
      "exam needs a terminal to ask its questions",
      "run it scripted: eks-primer exam --seed 7 --list --json, then --seed 7 --answers <file>",
    );
  }
  return examInteractively(ctx, plan, settings);
}

async function examInteractively(
  ctx: CommandContext,
  plan: QuizPlan,
  settings: ExamSettings,
): Promise<void> {
  const view = { color: ctx.output.color, width: ctx.output.width };
  const [{ createMarkdownRenderer }, { createExamIO, clock }, clockLine] = await Promise.all([
    import("../../ui/markdown.js"),
    import("../../ui/exam-prompts.js"),
    import("../../ui/exam-clock.js"),
  ]);
  const { canKeepClockLine, startExamClock, realEvery } = clockLine;
  const n = plan.questions.length;
  ctx.output.out(
    `Exam: ${n} question${n === 1 ? "" : "s"} from ${plan.modules.length} module${plan.modules.length === 1 ? "" : "s"}, ${clock(settings.timeLimit)} on the clock, pass mark ${settings.passMark}%. Flag a question to come back to it; an overview lets you revisit any before you submit.`,
  );
  const streams = { input: ctx.deps.stdin, output: ctx.deps.stdout };
  const out = (text: string) => ctx.output.out(text);
  const render = await createMarkdownRenderer(view);
  const liveClock = canKeepClockLine(ctx.deps.stdout);
  const io = createExamIO({ ...view, plan, streams, out, render, liveClock });
  const sitting = examSitting(io, settings.timeLimit, ctx.deps.now);
  const options = sessionOptions(ctx, "exam", "interactive", settings.passMark, settings.save);
  const stopClock = liveClock
    ? startExamClock({
        out: ctx.deps.stdout,
        color: ctx.output.color,
        deadline: ctx.deps.now().getTime() + settings.timeLimit,
        now: () => ctx.deps.now().getTime(),
        every: ctx.deps.every ?? realEvery,
      })
    : () => undefined;
  let result: Awaited<ReturnType<typeof runSession>>;
  try {
    result = await runSession(plan, sitting, options);
  } finally {
    stopClock();
  }
  const { summary, standings, timedOut } = result;
  ctx.output.out(
    renderSummary(summary, standings, {
      ...view,
      saved: settings.save,
      seed: plan.seed,
      plan,
      weakestFirst: true,
      note: timedOut ? "Time is up: the exam was submitted with the answers given." : undefined,
    }),
  );
  const { reviewExam } = await import("../../ui/exam-review.js");
  const grades = plan.questions.map((p, i) => gradeAnswer(p.question, summary.results[i]?.given));
  await reviewExam(plan, grades, { ...view, streams, out, render });
  exitUnlessPassed(summary);
}
