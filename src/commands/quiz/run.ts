import { randomInt } from "node:crypto";
import type { Course } from "../../content/model.js";
import { UsageError } from "../../shared/errors.js";
import { planQuiz, scopeModules, type QuizPlan } from "../../core/quiz-plan.js";
import { DEFAULT_PASS_MARK } from "../../core/quiz-session.js";
import { exitUnlessPassed, quizSitting, runSession } from "../../core/session.js";
import { MAX_SEED } from "../../core/random.js";
import type { CommandContext } from "../../shared/context.js";
import { renderSummary } from "../../ui/quiz-view.js";
import {
  runScripted,
  interrupting,
  reportFormat,
  sessionOptions,
  wholeNumber,
  type ScriptedOptions,
} from "../assessment.js";
import { courseOf } from "../shared.js";

export interface QuizOptions extends ScriptedOptions {
  module?: string[] | undefined;
  all?: boolean | undefined;
  passMark?: string | undefined;
  count?: string | undefined;
  seed?: string | undefined;
  shuffle?: boolean | undefined;
  save?: boolean | undefined;
}

interface Settings {
  modules: string[];
  passMark: number;
  count: number | undefined;
  seed: number | undefined;
  shuffle: boolean;
  save: boolean;
}

function settingsOf(options: QuizOptions): Settings {
  return {
    modules: options.module ?? [],
    passMark:
      wholeNumber(
        "quiz",
        "--pass-mark",
        options.passMark,
        0,
        100,
        "--module networking --pass-mark 80",
      ) ?? DEFAULT_PASS_MARK,
    count: wholeNumber("quiz", "--count", options.count, 1, 10_000, "--all --count 10"),
    seed: wholeNumber("quiz", "--seed", options.seed, 0, MAX_SEED, "--module networking --seed 42"),
    shuffle: options.shuffle !== false,
    save: options.save !== false,
  };
}

export async function runQuiz(ctx: CommandContext, options: QuizOptions): Promise<void> {
  const settings = settingsOf(options);
  if (options.all && settings.modules.length > 0) {
    throw new UsageError(
      "--all and --module do not go together",
      "eks-primer quiz --all for the whole course, or --module <id> (repeatable) for some modules",
    );
  }
  const format = reportFormat("quiz", options);
  const course = await courseOf(ctx);
  scopeModules(course, settings.modules);

  const { passMark, save } = settings;
  const scripted = { command: "quiz" as const, format, passMark, save };
  if (await runScripted(ctx, course, plan(course, settings), options, scripted)) return;
  if (!ctx.output.interactive) {
    throw new UsageError(
      "quiz needs a terminal to ask its questions",
      "answer from a file instead: eks-primer quiz --answers <file|-> (the questions: eks-primer quiz --list --json)",
    );
  }
  return quizInteractively(ctx, course, settings, options.all === true);
}

function plan(course: Course, settings: Settings): QuizPlan {
  return planQuiz(course, {
    modules: settings.modules,
    count: settings.count,
    seed: settings.seed ?? randomInt(MAX_SEED),
    shuffle: settings.shuffle,
  });
}

async function quizInteractively(
  ctx: CommandContext,
  course: Course,
  settings: Settings,
  all: boolean,
): Promise<void> {
  const streams = { input: ctx.deps.stdin, output: ctx.deps.stdout };
  const view = { color: ctx.output.color, width: ctx.output.width };
  const [{ createMarkdownRenderer }, { createInteractiveQuizIO, pickQuizModules }] =
    await Promise.all([import("../../ui/markdown.js"), import("../../ui/quiz-prompts.js")]);
  const modules =
    settings.modules.length > 0 || all
      ? settings.modules
      : await interrupting("quiz", () => pickQuizModules(streams, course, view));
  const quiz = plan(course, { ...settings, modules });
  const io = createInteractiveQuizIO({
    ...view,
    streams,
    out: (text) => ctx.output.out(text),
    render: await createMarkdownRenderer(view),
  });
  const options = sessionOptions(ctx, "quiz", "interactive", settings.passMark, settings.save);
  const { summary, standings } = await runSession(quiz, quizSitting(io), options);
  ctx.output.out(
    renderSummary(summary, standings, {
      ...view,
      saved: settings.save,
      seed: settings.count === undefined ? undefined : quiz.seed,
    }),
  );
  // The same exit codes as a scripted quiz: a script wrapping a terminal session can tell.
  exitUnlessPassed(summary);
}
