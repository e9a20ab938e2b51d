// What a quiz asks, from its options: the scope (a sample with --count), or with --retry the
// questions missed in the last quiz of that scope.
import type { Course } from "../../content/model.js";
import { planQuiz, planRetry, quizScope, type QuizPlan } from "../../core/quiz-plan.js";
import { newSeed } from "../../core/random.js";
import type { CommandContext } from "../../shared/context.js";
import { UsageError } from "../../shared/errors.js";
import { scopeArgs, type ScriptedOptions } from "../assessment.js";
import { openStore } from "../shared.js";

export interface QuizOptions extends ScriptedOptions {
  module?: string[] | undefined;
  all?: boolean | undefined;
  passMark?: string | undefined;
  count?: string | undefined;
  seed?: string | undefined;
  shuffle?: boolean | undefined;
  save?: boolean | undefined;
  retry?: boolean | undefined;
  /** Taken from `learn`: after the score, wait for Enter, then go back to this ("the course"). */
  returnTo?: string | undefined;
}

export interface Settings {
  modules: string[];
  passMark: number;
  count: number | undefined;
  seed: number | undefined;
  shuffle: boolean;
  save: boolean;
  retry: boolean;
}

/** What the quiz asks: its scope (a sample with --count), or the misses of the last one (--retry). */
export async function plan(
  ctx: CommandContext,
  course: Course,
  settings: Settings,
): Promise<QuizPlan> {
  const seed = settings.seed ?? newSeed();
  if (!settings.retry) {
    return planQuiz(course, {
      modules: settings.modules,
      count: settings.count,
      seed,
      shuffle: settings.shuffle,
    });
  }
  const scope = quizScope(settings.modules);
  const missed = await openStore(ctx).lastMissed(scope);
  const args = scopeArgs({ modules: settings.modules });
  const what = scope === "all" ? "the whole course" : settings.modules.join(", ");
  if (missed === undefined) {
    throw new UsageError(
      `no quiz of ${what} to retry yet`,
      `take it first: eks-primer quiz${args ? ` ${args}` : " --all"}`,
    );
  }
  const retry = planRetry(course, settings.modules, missed, { seed, shuffle: settings.shuffle });
  if (retry.questions.length === 0) {
    throw new UsageError(
      `nothing to retry: you missed no question in your last quiz of ${what}`,
      `a new quiz: eks-primer quiz${args ? ` ${args}` : " --all"}; what is due again: eks-primer review`,
    );
  }
  return retry;
}
