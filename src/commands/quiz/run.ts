import { loadCourse } from "../../content/course.js";
import type { Course } from "../../content/model.js";
import { UsageError } from "../../shared/errors.js";
import { scopeModules } from "../../core/quiz-plan.js";
import { DEFAULT_PASS_MARK } from "../../core/quiz-session.js";
import { MAX_SEED } from "../../core/random.js";
import type { CommandContext } from "../../shared/context.js";
import { runScripted, reportFormat, scopeArgs, wholeNumber } from "../assessment.js";
import { plan, type QuizOptions, type Settings } from "./plan.js";

export type { QuizOptions };

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
    retry: options.retry === true,
  };
}

function checkOptions(options: QuizOptions, settings: Settings): void {
  if (options.all && settings.modules.length > 0) {
    throw new UsageError(
      "--all and --module do not go together",
      "eks-primer quiz --all for the whole course, or --module <id> (repeatable) for some modules",
    );
  }
  if (settings.retry && settings.count !== undefined) {
    throw new UsageError(
      "--retry and --count do not go together",
      "--retry asks every question missed in your last quiz of the scope: eks-primer quiz -m networking --retry",
    );
  }
}

export async function runQuiz(ctx: CommandContext, options: QuizOptions): Promise<void> {
  const settings = settingsOf(options);
  checkOptions(options, settings);
  const format = reportFormat("quiz", options);
  const course = await loadCourse(ctx.contentDir);
  const modules = idsOf(course, settings.modules);

  if (options.list || options.answers !== undefined) {
    const quiz = await plan(ctx, course, { ...settings, modules });
    const args = scopeArgs({
      modules,
      retry: settings.retry,
      count: settings.count,
      seed: settings.count === undefined ? settings.seed : quiz.seed,
    });
    const { passMark, save } = settings;
    const seeded = settings.count !== undefined;
    const scripted = { command: "quiz" as const, format, passMark, save, args, seeded };
    await runScripted(ctx, course, quiz, options, scripted);
    return;
  }
  if (!ctx.output.interactive) {
    const args = scopeArgs({ modules, retry: settings.retry });
    throw new UsageError(
      "quiz needs a terminal to ask its questions",
      `answer from a file instead: eks-primer quiz${args ? ` ${args}` : ""} --answers <file|-> (the questions: eks-primer quiz${args ? ` ${args}` : ""} --list --json)`,
    );
  }
  const { quizInteractively } = await import("./interactive.js");
  return quizInteractively(ctx, course, { ...settings, modules }, options);
}

/** The module ids named (checked, in the course's spelling); empty for the whole course. */
function idsOf(course: Course, modules: readonly string[]): string[] {
  return modules.length === 0 ? [] : scopeModules(course, modules).map((m) => m.id);
}
