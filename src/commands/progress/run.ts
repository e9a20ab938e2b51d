import { resolve } from "node:path";
import { findModule } from "../../core/course-query.js";
import { describeSystemError, InputError, UsageError } from "../../shared/errors.js";
import { mergeProgress } from "../../core/progress-edit.js";
import { collectProgress } from "../../core/progress-stats.js";
import type { CommandContext } from "../../shared/context.js";
import type { ExportedProgress } from "../../store/import-check.js";
import { printProgress } from "../../ui/progress-view.js";
import { LIMITS } from "../../shared/limits.js";
import { readInput } from "../read-input.js";
import { checkOutputTarget, courseOf, openStore } from "../shared.js";
import { safeBlock } from "../../shared/safe-text.js";

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export const EXPORT_FORMAT = "eks-primer-progress";

export async function runProgress(ctx: CommandContext, options: { json?: boolean | undefined }) {
  const course = await courseOf(ctx);
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
    const module = findModule(await courseOf(ctx), options.module);
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
  await openStore(ctx).reset(options.module);
  ctx.output.out(`Erased ${what}.`);
}

export async function runExport(ctx: CommandContext, options: { output?: string | undefined }) {
  const store = openStore(ctx);
  const progress = await store.read();
  const { exportChunks } = await import("./export-stream.js");
  const counted = { attempts: 0 };
  const chunks = exportChunks(progress, store.attempts(), ctx.deps.now(), counted);
  if (options.output === undefined || options.output === "-") {
    const { writeChunks } = await import("./export-stream.js");
    // JSON escapes C0 controls itself; the rest a terminal would act on (DEL, C1, bidi) too.
    await writeChunks(ctx.deps.stdout, mapChunks(chunks, safeBlock));
    return;
  }
  checkOutputTarget(ctx, options.output);
  const { writeChunksToFile } = await import("./export-stream.js");
  await writeChunksToFile(resolve(ctx.deps.cwd, options.output), chunks).catch((error: unknown) => {
    throw new InputError(
      `cannot write ${options.output}: ${describeSystemError(error, "unwritable")}`,
      "check that the folder exists and is writable",
      error,
    );
  });
  ctx.output.err(
    `Exported ${plural(counted.attempts, "attempt")} and ${plural(Object.keys(progress.lessonsRead).length, "lesson")} read to ${options.output}.`,
  );
}

async function* mapChunks(chunks: AsyncIterable<string>, map: (chunk: string) => string) {
  for await (const chunk of chunks) yield map(chunk);
}

async function readExport(ctx: CommandContext, file: string): Promise<ExportedProgress> {
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
  const wrapped = typeof parsed === "object" && parsed !== null && "format" in parsed;
  const body = wrapped
    ? (parsed as { format: unknown; progress?: unknown })
    : { format: EXPORT_FORMAT, progress: parsed };
  if (body.format !== EXPORT_FORMAT) {
    throw new InputError(
      `${file}: not an eks-primer export (format ${JSON.stringify(body.format)})`,
      hint,
    );
  }
  const { checkImport } = await import("../../store/import-check.js");
  const checked = checkImport(body.progress, ctx.deps.now(), wrapped ? "progress" : "");
  if (checked.ok) return checked.data;
  if (checked.newer !== undefined) {
    throw new InputError(
      `${file}: written by a newer eks-primer (store version ${checked.newer})`,
      "upgrade eks-primer to import it",
    );
  }
  const n = checked.problems.length;
  throw new InputError(
    `${n === 1 ? "a problem" : `${n} problems`} in ${file}; nothing imported:\n${checked.problems
      .map((p) => `  ${file}:${p.path.replace(/^\./, "")}: ${p.message}`)
      .join("\n")}`,
    "fix or remove those entries (an export made on a machine whose clock was ahead, say), then import again",
  );
}

export async function runImport(ctx: CommandContext, file: string) {
  const incoming = await readExport(ctx, file);
  const counts = await openStore(ctx).importBatch({
    attempts: incoming.attempts,
    merge: (progress) => mergeProgress(progress, incoming),
  });
  const total = counts.lessons + counts.attempts + counts.cards;
  ctx.output.out(
    total === 0
      ? `Nothing new in ${file}: everything in it is already here.`
      : `Imported from ${file}: ${plural(counts.lessons, "lesson")} read, ${plural(counts.attempts, "attempt")}, ${plural(counts.cards, "review card")}.`,
  );
}
