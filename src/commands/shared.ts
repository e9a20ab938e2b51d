import { resolve } from "node:path";
import { describeSystemError, InputError } from "../shared/errors.js";
import { writeFileAtomic } from "../store/atomic-write.js";
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
 * Kept waiting for the lock, it says so on a terminal.
 */
export function openStore(ctx: CommandContext): Store {
  return createStore({
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
}

/** Writes a file the user named, atomically: a temporary file beside it, renamed into place. */
export async function writeUserFile(
  ctx: CommandContext,
  file: string,
  text: string,
): Promise<void> {
  try {
    await writeFileAtomic(resolve(ctx.deps.cwd, file), text);
  } catch (error) {
    throw new InputError(
      `cannot write ${file}: ${describeSystemError(error, "unwritable")}`,
      "check that the folder exists and is writable",
      error,
    );
  }
}
