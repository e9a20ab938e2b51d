// --list of quiz and exam, and the options that select the same questions again, which every hint
// that names a next command repeats.
import type { CommandContext } from "../shared/context.js";
import { listJsonParts, listQuestion, type QuizPlan } from "../core/quiz-plan.js";
import { renderQuestionList } from "../ui/quiz-view.js";
import { writeUserFile } from "./shared.js";

export type ReportFormat = "text" | "json" | "junit";

/**
 * The options that pick the same questions again ("-m networking", "--seed 7 --count 5"), for
 * hints a user can follow literally.
 */
export function scopeArgs(parts: {
  modules: readonly string[];
  count?: number | undefined;
  seed?: number | undefined;
  retry?: boolean | undefined;
}): string {
  const args = parts.modules.map((m) => `-m ${m}`);
  if (parts.retry) args.push("--retry");
  if (parts.count !== undefined) args.push(`--count ${parts.count}`);
  if (parts.seed !== undefined) args.push(`--seed ${parts.seed}`);
  return args.join(" ");
}

/** `--list`: the planned questions without their answers. */
export async function listQuestions(
  ctx: CommandContext,
  plan: QuizPlan,
  format: ReportFormat,
  output: string | undefined,
  rerun: { command: string; args: string; seed: boolean },
): Promise<void> {
  const seed = rerun.seed ? plan.seed : undefined;
  if (format === "json") {
    const parts = listJsonParts(plan.asked, seed);
    if (output === undefined) for (const part of parts) ctx.output.out(part);
    else await writeUserFile(ctx, output, `${[...parts].join("\n")}\n`);
  } else {
    const answers = `eks-primer ${rerun.command}${rerun.args ? ` ${rerun.args}` : ""} --answers <file>`;
    const text = renderQuestionList(
      plan.asked.map(listQuestion),
      output === undefined ? ctx.output : { color: false, width: 80 },
      { answers, seed },
    );
    if (output === undefined) ctx.output.out(text);
    else await writeUserFile(ctx, output, `${text}\n`);
  }
  if (output !== undefined) ctx.output.err(`Wrote ${plan.asked.length} questions to ${output}.`);
}
