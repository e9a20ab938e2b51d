import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import type { Course } from "../../content/model.js";
import { scopeModules } from "../../core/quiz-plan.js";
import {
  checkExercise,
  courseExercises,
  exerciseText,
  tally,
  WORKSPACE_FILE,
  WORKSPACE_README,
  workspaceFor,
  type Exercise,
  type ExerciseResult,
  type Workspace,
} from "../../core/practice.js";
import { prepareQuestions } from "../../core/question-types/index.js";
import type { CommandContext } from "../../shared/context.js";
import { ExitError, InputError, UsageError } from "../../shared/errors.js";
import { renderCheck } from "../../ui/practice-view.js";
import { courseOf, openStore } from "../shared.js";

export const DEFAULT_DIR = "eks-primer-practice";

/** Writes a file only when it does not exist: true when written. */
async function writeNew(file: string, text: string): Promise<boolean> {
  await mkdir(dirname(file), { recursive: true });
  try {
    await writeFile(file, text, { flag: "wx" });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw new InputError(
      `cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? "error"}`,
      "check that the folder is writable",
      error,
    );
  }
}

export async function runPracticeInit(
  ctx: CommandContext,
  dir: string,
  options: { module?: string[] | undefined },
): Promise<void> {
  const course = await courseOf(ctx);
  const modules = scopeModules(course, options.module ?? []).map((m) => m.id);
  const exercises = courseExercises(course, options.module ? modules : []);
  if (exercises.length === 0) {
    throw new UsageError(
      `no hands-on exercises in ${modules.join(", ")}`,
      "eks-primer practice init without --module writes them all",
    );
  }
  const root = resolve(ctx.deps.cwd, dir);
  const existing = await readWorkspace(root).catch(() => undefined);
  const fresh = workspaceFor(courseExercises(course));
  const wanted = new Set(exercises.map((e) => e.id));
  const entries = fresh.exercises.filter((e) => wanted.has(e.id));
  const kept = existing?.exercises ?? [];
  const workspace: Workspace = {
    ...fresh,
    exercises: [...kept, ...entries.filter((e) => !kept.some((k) => k.id === e.id))],
  };
  let written = 0;
  let skipped = 0;
  for (const entry of entries) {
    const exercise = exercises.find((e) => e.id === entry.id) as Exercise;
    if (await writeNew(join(root, entry.file), exerciseText(exercise))) written++;
    else skipped++;
  }
  if (await writeNew(join(root, "README.md"), WORKSPACE_README)) written++;
  await mkdir(root, { recursive: true });
  await writeFile(join(root, WORKSPACE_FILE), `${JSON.stringify(workspace, null, 2)}\n`);
  const where = relative(ctx.deps.cwd, root) || ".";
  ctx.output.out(
    `Wrote ${written} file${written === 1 ? "" : "s"} to ${where}${skipped > 0 ? ` (kept ${skipped} that exist)` : ""}: ${entries.length} exercises.`,
  );
  ctx.output.out(
    `Next: cd ${where} && eks-primer practice watch (or eks-primer practice check ${where})`,
  );
}

async function readWorkspace(root: string): Promise<Workspace> {
  const data = JSON.parse(await readFile(join(root, WORKSPACE_FILE), "utf8")) as Partial<Workspace>;
  if (data.format !== "eks-primer-practice" || !Array.isArray(data.exercises))
    throw new Error("not a workspace");
  return data as Workspace;
}

/** The workspace named, or here, or ./eks-primer-practice; exit 2 when none is. */
export async function openWorkspace(
  ctx: CommandContext,
  dir: string | undefined,
): Promise<{ root: string; workspace: Workspace }> {
  const candidates =
    dir === undefined
      ? [ctx.deps.cwd, join(ctx.deps.cwd, DEFAULT_DIR)]
      : [resolve(ctx.deps.cwd, dir)];
  for (const root of candidates) {
    if (!existsSync(join(root, WORKSPACE_FILE))) continue;
    try {
      return { root, workspace: await readWorkspace(root) };
    } catch (error) {
      throw new InputError(
        `${join(root, WORKSPACE_FILE)} is not a practice workspace file`,
        "eks-primer practice init writes a workspace (files you changed are kept)",
        error,
      );
    }
  }
  throw new InputError(
    `${dir ?? "this folder"} is not a practice workspace (no ${WORKSPACE_FILE})`,
    `create one: eks-primer practice init${dir === undefined ? "" : ` ${dir}`}`,
  );
}

/** Grades the workspace's files (all, or only `only`). */
export async function checkWorkspace(
  course: Course,
  root: string,
  workspace: Workspace,
  only?: ReadonlySet<string>,
): Promise<ExerciseResult[]> {
  const byId = new Map(courseExercises(course).map((e) => [e.id, e]));
  const entries = workspace.exercises.filter((e) => byId.has(e.id) && (!only || only.has(e.id)));
  await prepareQuestions(entries.map((e) => byId.get(e.id) as Exercise));
  return Promise.all(
    entries.map(async (entry) => {
      const text = await readFile(join(root, entry.file), "utf8").catch(() => undefined);
      return checkExercise(byId.get(entry.id) as Exercise, entry, text);
    }),
  );
}

/** Records the exercises solved now that were not recorded yet. */
export async function recordSolved(
  ctx: CommandContext,
  results: readonly ExerciseResult[],
): Promise<void> {
  const solved = results.filter((r) => r.solved).map((r) => r.id);
  if (solved.length === 0) return;
  const at = ctx.deps.now().toISOString();
  await openStore(ctx).update((progress) => {
    const record = (progress.practiceSolved ??= {});
    for (const id of solved) record[id] ??= at;
  });
}

export async function runPracticeCheck(
  ctx: CommandContext,
  dir: string | undefined,
  options: { json?: boolean | undefined },
): Promise<void> {
  const { root, workspace } = await openWorkspace(ctx, dir);
  const course = await courseOf(ctx);
  const results = await checkWorkspace(course, root, workspace);
  await recordSolved(ctx, results);
  const { solved, total } = tally(results);
  if (options.json) ctx.output.out(JSON.stringify({ solved, total, exercises: results }, null, 2));
  else ctx.output.out(renderCheck(results, course, ctx.output));
  if (solved < total) throw new ExitError(1);
}
