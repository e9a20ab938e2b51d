import { randomInt } from "node:crypto";
import { loadCourse } from "../../content/course.js";
import type { Question } from "../../content/model.js";
import { InterruptedError, UsageError } from "../../shared/errors.js";
import { planQuestions, scopeModules } from "../../core/quiz-plan.js";
import { DEFAULT_PASS_MARK, takeQuiz } from "../../core/quiz-session.js";
import { MAX_SEED } from "../../core/random.js";
import { dueCards, nextDue } from "../../core/scheduler.js";
import type { CommandContext } from "../../shared/context.js";
import { isPromptExit } from "../../ui/prompts.js";
import { fromNow } from "../../ui/progress-view.js";
import { renderSummary } from "../../ui/quiz-view.js";
import { record, wholeNumber } from "../assessment.js";
import { openStore } from "../shared.js";

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
  const course = await loadCourse(ctx.contentDir);
  const modules = scopeModules(course, options.module ?? []);
  const questions = new Map<string, Question>(
    modules.flatMap((m) => m.questions.map((q) => [q.id, q] as const)),
  );
  const store = openStore(ctx);
  const progress = await store.read();
  const now = ctx.deps.now();
  const known = (card: { question: string }) => questions.has(card.question);
  const due = dueCards(progress.cards, now, known);
  const next = nextDue(progress.cards, now, known);
  const asked = due.slice(0, limit ?? due.length);

  if (options.list) {
    if (options.json) {
      ctx.output.out(
        JSON.stringify(
          {
            due: due.map((c) => ({
              id: c.question,
              module: c.module,
              due: c.due,
              reps: c.reps,
              lapses: c.lapses,
            })),
            nextDue: next ?? null,
          },
          null,
          2,
        ),
      );
      return;
    }
    for (const card of due) {
      const prompt = questions.get(card.question)?.prompt ?? "";
      ctx.output.out(`${card.question} (${card.module}): ${prompt.replace(/\s+/g, " ")}`);
    }
  }
  if (due.length === 0 || options.list) {
    const words =
      Object.keys(progress.cards).length === 0
        ? "Nothing to review yet: questions you answer in a quiz or exam come back here when due."
        : `${due.length === 0 ? "Nothing is due for review now" : `${due.length} due now`}${next ? `; the next question is due ${fromNow(next, now)}` : ""}.`;
    ctx.output.out(words);
    return;
  }
  if (!ctx.output.interactive) {
    throw new UsageError(
      `${due.length} question${due.length === 1 ? " is" : "s are"} due, and review needs a terminal to ask them`,
      "see them with eks-primer review --list, or answer a quiz from a file: eks-primer quiz --answers <file>",
    );
  }

  const plan = planQuestions(
    course,
    modules,
    asked.flatMap((card) => questions.get(card.question) ?? []),
    { seed: randomInt(MAX_SEED), shuffle: true },
  );
  const view = { color: ctx.output.color, width: ctx.output.width };
  const [{ createMarkdownRenderer }, { createInteractiveQuizIO }] = await Promise.all([
    import("../../ui/markdown.js"),
    import("../../ui/quiz-prompts.js"),
  ]);
  ctx.output.out(
    `Review: ${asked.length} question${asked.length === 1 ? "" : "s"} due${asked.length < due.length ? ` (of ${due.length})` : ""}, most overdue first.`,
  );
  const started = ctx.deps.now();
  let summary;
  try {
    summary = await takeQuiz(
      plan,
      createInteractiveQuizIO({
        ...view,
        streams: { input: ctx.deps.stdin, output: ctx.deps.stdout },
        out: (text) => ctx.output.out(text),
        render: await createMarkdownRenderer(view),
      }),
      DEFAULT_PASS_MARK,
    );
  } catch (error) {
    if (isPromptExit(error)) throw new InterruptedError("review abandoned, nothing recorded");
    throw error;
  }
  const standings = await record(ctx, plan, summary, "interactive", started, "review");
  ctx.output.out(renderSummary(summary, standings, { ...view, saved: true }));
  const after = await store.read();
  const left = dueCards(after.cards, ctx.deps.now(), known).length;
  const then = nextDue(after.cards, ctx.deps.now(), known);
  ctx.output.out(
    left > 0
      ? `${left} question${left === 1 ? " is" : "s are"} still due: eks-primer review`
      : `Nothing left due now${then ? `; the next question is due ${fromNow(then, ctx.deps.now())}` : ""}.`,
  );
}
