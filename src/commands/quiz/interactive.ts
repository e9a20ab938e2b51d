// A quiz at a terminal: pick the scope when none was named, ask, show the score with the missed
// questions and their answers, and offer to retry the missed ones at once (each retry is recorded
// as a quiz of the same scope, holding only the questions it asked).
import type { Course } from "../../content/model.js";
import { gradeAnswer } from "../../core/grading.js";
import { planRetry, type QuizPlan } from "../../core/quiz-plan.js";
import type { QuizSummary } from "../../core/quiz-session.js";
import { newSeed } from "../../core/random.js";
import { exitUnlessPassed, quizSitting, runSession } from "../../core/session.js";
import type { CommandContext } from "../../shared/context.js";
import type { QuizIO } from "../../core/quiz-io.js";
import { renderSummary } from "../../ui/quiz-view.js";
import { interrupting, sessionOptions } from "../assessment.js";
import { plan, type QuizOptions, type Settings } from "./plan.js";

export async function quizInteractively(
  ctx: CommandContext,
  course: Course,
  settings: Settings,
  options: QuizOptions,
): Promise<void> {
  const streams = { input: ctx.deps.stdin, output: ctx.deps.stdout };
  const view = { color: ctx.output.color, width: ctx.output.width };
  const [{ deferredMarkdownRenderer }, prompts] = await Promise.all([
    import("../../ui/markdown.js"),
    import("../../ui/quiz-prompts.js"),
  ]);
  const modules =
    settings.modules.length > 0 || options.all
      ? settings.modules
      : await interrupting("quiz", () => prompts.pickQuizModules(streams, course, view));
  const io = prompts.createInteractiveQuizIO({
    ...view,
    streams,
    out: (text) => ctx.output.out(text),
    render: deferredMarkdownRenderer(view),
    env: ctx.deps.env,
    check: gradeAnswer,
  });
  const first = await plan(ctx, course, { ...settings, modules });
  if (settings.retry) ctx.output.out(retryHeading(first));
  const verdict = await sit(ctx, first, io, settings);

  let last = verdict;
  const leave = options.returnTo === undefined ? "Done" : `Back to ${options.returnTo}`;
  while (last.missed.length > 0) {
    const again = await interrupting("quiz", () =>
      prompts.offerRetry(streams, last.missed.length, leave),
    );
    if (!again) break;
    const retry = planRetry(
      course,
      modules,
      last.missed.map((r) => r.id),
      { seed: newSeed(), shuffle: settings.shuffle },
    );
    ctx.output.out(retryHeading(retry));
    last = await sit(ctx, retry, io, { ...settings, count: undefined });
  }
  if (last.missed.length === 0 && options.returnTo !== undefined) {
    await interrupting("quiz", () =>
      prompts.waitForEnter(streams, `Enter to go back to ${options.returnTo}`),
    );
  }
  // The same exit codes as a scripted quiz: a script wrapping a terminal session can tell.
  exitUnlessPassed(verdict);
}

function retryHeading(plan: QuizPlan): string {
  const n = plan.questions.length;
  return `\nRetry: the ${n === 1 ? "question" : `${n} questions`} you missed.`;
}

/** One quiz: asked, recorded, and its summary shown. */
async function sit(
  ctx: CommandContext,
  quiz: QuizPlan,
  io: QuizIO,
  settings: Settings,
): Promise<QuizSummary> {
  const view = { color: ctx.output.color, width: ctx.output.width };
  const options = sessionOptions(ctx, "quiz", "interactive", settings.passMark, settings.save);
  const { summary, standings } = await runSession(quiz, quizSitting(io), options);
  ctx.output.out(
    renderSummary(summary, standings, {
      ...view,
      saved: settings.save,
      seed: settings.count === undefined ? undefined : quiz.seed,
      plan: quiz,
    }),
  );
  return summary;
}
