import { loadCourse } from "../../content/course.js";
import { findModule } from "../../core/course-query.js";
import { InputError, UsageError } from "../../shared/errors.js";
import { mergeProgress, resetModule } from "../../core/progress-edit.js";
import { collectProgress } from "../../core/progress-stats.js";
import type { CommandContext } from "../../shared/context.js";
import { emptyProgress, type ProgressData } from "../../store/types.js";
import { printProgress } from "../../ui/progress-view.js";
import { LIMITS } from "../../shared/limits.js";
import { readInput } from "../read-input.js";
import { openStore, writeUserFile } from "../shared.js";
import { safeBlock } from "../../shared/safe-text.js";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export const EXPORT_FORMAT = "eks-primer-progress";

export async function runProgress(ctx: CommandContext, options: { json?: boolean | undefined }) {
  const course = await loadCourse(ctx.contentDir);
  const summary = await openStore(ctx).summary();
  const now = ctx.deps.now();
  const report = collectProgress(course, summary, now);
  if (options.json) ctx.output.out(JSON.stringify(report, null, 2));
  else printProgress(ctx.output, report, now);
}

export async function runReset(
  ctx: CommandContext,
  options: { module?: string | undefined; yes?: boolean | undefined },
) {
  let what = "all your progress (lessons read, scores, review cards)";
  if (options.module !== undefined) {
    const module = findModule(await loadCourse(ctx.contentDir), options.module);
    what = `your progress in ${module.id} (${module.title})`;
  }
  if (!options.yes) {
    if (!ctx.output.interactive) {
      throw new UsageError(
        `reset would erase ${what}; without a terminal to ask, it needs --yes`,
        `eks-primer reset${options.module ? ` --module ${options.module}` : ""} --yes (eks-primer export keeps a copy first)`,
      );
    }
    const { confirm } = await import("../../ui/prompts.js");
    const sure = await confirm(
      { input: ctx.deps.stdin, output: ctx.deps.stdout },
      `Erase ${what}? This cannot be undone.`,
      { default: false },
    );
    if (!sure) {
      ctx.output.out("Nothing erased.");
      return;
    }
  }
  const store = openStore(ctx);
  await store.update((progress) => {
    if (options.module !== undefined) resetModule(progress, options.module);
    else {
      Object.assign(progress, emptyProgress());
      delete progress.position;
    }
  });
  ctx.output.out(`Erased ${what}.`);
}

export async function runExport(ctx: CommandContext, options: { output?: string | undefined }) {
  const progress = await openStore(ctx).read();
  const text = `${JSON.stringify(
    { format: EXPORT_FORMAT, exportedAt: ctx.deps.now().toISOString(), progress },
    null,
    2,
  )}\n`;
  if (options.output === undefined || options.output === "-") {
    ctx.deps.stdout.write(safeBlock(text));
    return;
  }
  await writeUserFile(ctx, options.output, text);
  ctx.output.err(
    `Exported ${plural(progress.attempts.length, "attempt")} and ${plural(Object.keys(progress.lessonsRead).length, "lesson")} read to ${options.output}.`,
  );
}

async function readExport(ctx: CommandContext, file: string): Promise<ProgressData> {
  const text = await readInput(ctx, file, {
    what: "an import file",
    label: "",
    limit: LIMITS.import,
    hint: "give the file written by eks-primer export",
    bigHint: "give the file written by eks-primer export",
  });
  const hint = "give a file written by eks-primer export (or a progress.json)";
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const pos = /at position (\d+)/.exec(message)?.[1];
    const before = pos === undefined ? undefined : text.slice(0, Number(pos)).split("\n");
    const where = before ? `${file}:${before.length}:${(before.at(-1)?.length ?? 0) + 1}` : file;
    throw new InputError(
      `${where}: not valid JSON (${message.replace(/ at position \d+.*/, "")})`,
      hint,
      error,
    );
  }
  const body =
    typeof parsed === "object" && parsed !== null && "format" in parsed
      ? (parsed as { format: unknown; progress?: unknown })
      : { format: EXPORT_FORMAT, progress: parsed };
  if (body.format !== EXPORT_FORMAT) {
    throw new InputError(
      `${file}: not an eks-primer export (format ${JSON.stringify(body.format)})`,
      hint,
    );
  }
  const { checkProgress } = await import("../../store/schema.js");
  const checked = checkProgress(body.progress);
  if (!checked.ok) {
    throw new InputError(
      checked.newer !== undefined
        ? `${file}: written by a newer eks-primer (store version ${checked.newer})`
        : `${file}: not valid progress: ${checked.reason}`,
      checked.newer !== undefined ? "upgrade eks-primer to import it" : hint,
    );
  }
  return checked.data;
}

export async function runImport(ctx: CommandContext, file: string) {
  const incoming = await readExport(ctx, file);
  const counts = await openStore(ctx).update((progress) => mergeProgress(progress, incoming));
  const total = counts.lessons + counts.attempts + counts.cards;
  ctx.output.out(
    total === 0
      ? `Nothing new in ${file}: everything in it is already here.`
      : `Imported from ${file}: ${plural(counts.lessons, "lesson")} read, ${plural(counts.attempts, "attempt")}, ${plural(counts.cards, "review card")}.`,
  );
}
