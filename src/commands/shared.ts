import { realpathSync, statSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve } from "node:path";
import { describeSystemError, InputError } from "../shared/errors.js";
import { checkHome, ensureWritableHome, homeError, isHomeProblem } from "./home.js";
import { writeFileAtomic } from "../shared/atomic-write.js";
import { loadCourse } from "../content/course.js";
import type { Course } from "../content/model.js";
import { createStore, storeFolder } from "../store/store.js";
import type { CommandContext } from "../shared/context.js";
import type { Store } from "../store/types.js";
import { createTheme } from "../ui/theme.js";

export { storeFolder };

/** The course of this run: the built-in one, or the --content pack (compiled once, then cached). */
export function courseOf(ctx: CommandContext): Promise<Course> {
  return loadCourse(
    ctx.contentDir,
    ctx.contentDir === undefined ? undefined : storeFolder(ctx.home),
  );
}

/** Tells the user something they should know, in one line on stderr. */
export function noticeFor(ctx: CommandContext): (message: string) => void {
  const theme = createTheme(ctx.output.colorErr);
  return (message) => ctx.output.err(`${theme.warn("note:")} ${message}`);
}

/**
 * The progress store of this run; what it needs to tell the user goes to stderr, in one line.
 * Kept waiting for the lock, it says so on a terminal. A folder that cannot hold the progress is
 * a designed error, raised before anything is changed.
 */
export function openStore(ctx: CommandContext): Store {
  const fromEnv = ctx.home !== undefined;
  const store = createStore({
    home: ctx.home,
    now: ctx.deps.now,
    onNotice: noticeFor(ctx),
    onWait: ctx.deps.stderr.isTTY
      ? (pid) =>
          ctx.output.err(
            `waiting for another eks-primer${pid === undefined ? "" : ` (pid ${pid})`} ...`,
          )
      : undefined,
  });
  const folder = dirname(store.path);
  checkHome(folder, fromEnv);
  const mapped = async <T>(work: () => Promise<T>): Promise<T> => {
    try {
      return await work();
    } catch (error) {
      if (isHomeProblem(error)) throw homeError(folder, error.code as string, fromEnv, error);
      throw error;
    }
  };
  const writing = <T>(work: () => Promise<T>): Promise<T> =>
    mapped(() => {
      ensureWritableHome(folder, fromEnv);
      return work();
    });
  return {
    ...store,
    path: store.path,
    read: () => mapped(() => store.read()),
    summary: () => mapped(() => store.summary()),
    lastMissed: (scope) => mapped(() => store.lastMissed(scope)),
    update: (change) => writing(() => store.update(change)),
    record: (attempt, change) => writing(() => store.record(attempt, change)),
    importBatch: (batch) => writing(() => store.importBatch(batch)),
    reset: (module) => writing(() => store.reset(module)),
  };
}

/**
 * Before a session that will be recorded: the progress folder can be written. Found out after
 * the questions were answered, it would only say the attempt was not recorded.
 */
export function checkWritableStore(ctx: CommandContext): void {
  ensureWritableHome(storeFolder(ctx.home), ctx.home !== undefined);
}

/**
 * Writes a file the user named, atomically: a temporary file beside it, renamed into place. A
 * target in the progress folder (the progress file, its cache, lock or journal) or a folder is
 * refused before anything is written.
 */
export async function writeUserFile(
  ctx: CommandContext,
  file: string,
  text: string,
): Promise<void> {
  const target = resolve(ctx.deps.cwd, file);
  checkOutputTarget(ctx, file);
  try {
    await writeFileAtomic(target, text);
  } catch (error) {
    throw new InputError(
      `cannot write ${file}: ${describeSystemError(error, "unwritable")}`,
      "check that the folder exists and is writable",
      error,
    );
  }
}

/** Refuses, before any work is done, a file the command would not write: see writeUserFile. */
export function checkOutputTarget(ctx: CommandContext, file: string): void {
  const target = resolve(ctx.deps.cwd, file);
  const exists = statSync(target, { throwIfNoEntry: false });
  const real = exists ? realOrSelf(target) : join(realOrSelf(dirname(target)), basename(target));
  if (exists?.isDirectory()) {
    throw new InputError(
      `cannot write ${file}: ${describeSystemError({ code: "EISDIR" })}`,
      "give the path of a file in it, not the folder itself",
    );
  }
  let folder: string;
  try {
    folder = realOrSelf(dirname(createStore({ home: ctx.home }).path));
  } catch {
    return; // no store folder can be found, so none can be overwritten
  }
  const inside = relative(folder, real);
  if (inside !== "" && !inside.startsWith("..") && !isAbsolute(inside)) {
    throw new InputError(
      `will not write ${file}: it is in the progress folder ${folder}, which holds eks-primer's own files`,
      "write it to a file outside that folder",
    );
  }
}

/** The path with every symbolic link resolved, as far as it exists. */
function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
