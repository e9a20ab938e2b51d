import { realpathSync, statSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative, resolve } from "node:path";
import { describeSystemError, InputError } from "../shared/errors.js";
import { checkHome, ensureWritableHome, homeError, isHomeProblem } from "./home.js";
import { writeFileAtomic } from "../store/atomic-write.js";
import { createStore } from "../store/store.js";
import type { CommandContext } from "../shared/context.js";
import type { Store } from "../store/types.js";
import { createTheme } from "../ui/theme.js";

/**
 * The progress store of this run; what it needs to tell the user goes to stderr, in one line. A
 * folder that cannot hold the progress is a designed error, raised before anything is changed.
 */
export function openStore(ctx: CommandContext): Store {
  const theme = createTheme(ctx.output.colorErr);
  const fromEnv = ctx.home !== undefined;
  const store = createStore({
    home: ctx.home,
    now: ctx.deps.now,
    onNotice: (message) => ctx.output.err(`${theme.warn("note:")} ${message}`),
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
  return {
    ...store,
    path: store.path,
    read: () => mapped(() => store.read()),
    summary: () => mapped(() => store.summary()),
    update: (change) =>
      mapped(() => {
        ensureWritableHome(folder, fromEnv);
        return store.update(change);
      }),
  };
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
