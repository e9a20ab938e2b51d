import { randomInt } from "node:crypto";
import { loadCourse } from "../../content/course.js";
import { ExitError, InterruptedError, UsageError } from "../../shared/errors.js";
import { sitExam, startExam } from "../../core/exam-session.js";
import { createScriptedIO } from "../../core/quiz-io.js";
import { planExam, scopeModules } from "../../core/quiz-plan.js";
import { DEFAULT_PASS_MARK, moduleStandings, takeQuiz } from "../../core/quiz-session.js";
import { MAX_SEED } from "../../core/random.js";
import type { CommandContext } from "../../shared/context.js";
import { isPromptExit } from "../../ui/prompts.js";
import { renderSummary } from "../../ui/quiz-view.js";
import {
  gradeAnswersFile,
  listQuestions,
  record,
  reportFormat,
  wholeNumber,
  type ScriptedOptions,
} from "../assessment.js";
import { openStore } from "../shared.js";

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

export async function runExam(ctx: CommandContext, options: ExamOptions): Promise<void> {
  const format = reportFormat("exam", options);
  const count =
    wholeNumber("exam", "--count", options.count, 1, 10_000, "--count 20") ?? DEFAULT_EXAM_COUNT;
  const timeLimit = parseTime(options.time);
  const passMark =
    wholeNumber("exam", "--pass-mark", options.passMark, 0, 100, "--pass-mark 80") ??
    DEFAULT_PASS_MARK;
  const seed =
    wholeNumber("exam", "--seed", options.seed, 0, MAX_SEED, "--seed 42") ?? randomInt(MAX_SEED);
  const save = options.save !== false;
  const course = await loadCourse(ctx.contentDir);
  const modules = options.module ?? [];
  scopeModules(course, modules);
  const plan = planExam(course, { modules, count, seed, shuffle: options.shuffle !== false });

  if (options.list) return listQuestions(ctx, plan, format, options.output);
  if (options.answers !== undefined) {
    if (options.seed === undefined) {
      throw new UsageError(
        "exam --answers needs the --seed the questions were listed with",
        "eks-primer exam --seed 7 --list --json, then eks-primer exam --seed 7 --answers answers.json",
      );
    }
    return gradeAnswersFile(ctx, course, plan, {
      command: "exam",
      kind: "exam",
      source: options.answers,
      format,
      output: options.output,
      passMark,
      save,
    });
  }
  if (!ctx.output.interactive) {
    throw new UsageError(
      "exam needs a terminal to ask its questions",
      "run it scripted: eks-primer exam --seed 7 --list --json, then --seed 7 --answers <file>",
    );
  }

  const view = { color: ctx.output.color, width: ctx.output.width };
  const [{ createMarkdownRenderer }, { createExamIO, clock }] = await Promise.all([
    import("../../ui/markdown.js"),
    import("../../ui/exam-prompts.js"),
  ]);
  const started = ctx.deps.now();
  const n = plan.questions.length;
  ctx.output.out(
    `Exam: ${n} question${n === 1 ? "" : "s"} from ${plan.modules.length} module${plan.modules.length === 1 ? "" : "s"}, ${clock(timeLimit)} on the clock, pass mark ${passMark}%. Flag a question to come back to it; an overview lets you revisit any before you submit.`,
  );
  let sitting;
  try {
    const io = createExamIO({
      ...view,
      plan,
      streams: { input: ctx.deps.stdin, output: ctx.deps.stdout },
      out: (text) => ctx.output.out(text),
      render: await createMarkdownRenderer(view),
    });
    sitting = await sitExam(startExam(plan, started.getTime(), timeLimit), io, () =>
      ctx.deps.now().getTime(),
    );
  } catch (error) {
    if (isPromptExit(error)) throw new InterruptedError("exam abandoned, nothing recorded");
    throw error;
  }
  const summary = await takeQuiz(plan, createScriptedIO(sitting.state.answers), passMark);
  const standings = save
    ? await record(ctx, plan, summary, "interactive", started, "exam")
    : moduleStandings(await openStore(ctx).read(), summary);
  ctx.output.out(
    renderSummary(summary, standings, {
      ...view,
      saved: save,
      seed: plan.seed,
      weakestFirst: true,
      note: sitting.timedOut
        ? "Time is up: the exam was submitted with the answers given."
        : undefined,
    }),
  );
  if (!summary.passed) throw new ExitError(1);
}
