import { DEFAULT_PASS_MARK } from "../../core/quiz-session.js";
import { newSeed } from "../../core/random.js";
import { planReview, reviewQuiz, stillDue } from "../../core/review-plan.js";
import { quizSitting, runSession } from "../../core/session.js";
import { gradeAnswer } from "../../core/grading.js";
import type { CommandContext } from "../../shared/context.js";
import { UsageError } from "../../shared/errors.js";
import { renderSummary } from "../../ui/quiz-view.js";
import { afterReview, dueJson, dueLines, dueStatus, reviewHeading } from "../../ui/review-view.js";
import { sessionOptions, wholeNumber } from "../assessment.js";
import { courseOf, openStore } from "../shared.js";

export interface ReviewOptions {
  module?: string[] | undefined;
  limit?: string | undefined;
  list?: boolean | undefined;
  json?: boolean | undefined;
}

export async function runReview(ctx: CommandContext, options: ReviewOptions): Promise<void> {
  const limit = wholeNumber("review", "--limit", options.limit, 1, 10_000, "--limit 10");
  if (options.json && !options.list) {
    throw new UsageError("--json goes with --list", "eks-primer review --list --json");
  }
  const course = await courseOf(ctx);
  const store = openStore(ctx);
  const now = ctx.deps.now();
  const review = planReview(course, options.module ?? [], await store.read(), now, limit);
  if (options.list && options.json) return ctx.output.out(dueJson(review));
  if (options.list) for (const line of dueLines(review)) ctx.output.out(line);
  if (review.due.length === 0 || options.list) return ctx.output.out(dueStatus(review, now));
  if (!ctx.output.interactive) {
    const n = review.due.length;
    throw new UsageError(
      `${n} question${n === 1 ? " is" : "s are"} due, and review needs a terminal to ask them`,
      "see them with eks-primer review --list, or answer a quiz from a file: eks-primer quiz --answers <file>",
    );
  }
  const view = { color: ctx.output.color, width: ctx.output.width };
  const [{ createMarkdownRenderer }, { createInteractiveQuizIO }] = await Promise.all([
    import("../../ui/markdown.js"),
    import("../../ui/quiz-prompts.js"),
  ]);
  ctx.output.out(reviewHeading(review));
  const io = createInteractiveQuizIO({
    ...view,
    streams: { input: ctx.deps.stdin, output: ctx.deps.stdout },
    out: (text) => ctx.output.out(text),
    render: await createMarkdownRenderer(view),
    env: ctx.deps.env,
    check: gradeAnswer,
  });
  const plan = reviewQuiz(course, review, newSeed());
  const session = sessionOptions(ctx, "review", "interactive", DEFAULT_PASS_MARK, true);
  const { summary, standings } = await runSession(plan, quizSitting(io), session);
  ctx.output.out(renderSummary(summary, standings, { ...view, saved: true, plan }));
  const { left, next } = stillDue(review, await store.read(), ctx.deps.now());
  ctx.output.out(afterReview(left, next, ctx.deps.now()));
}
