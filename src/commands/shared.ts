import { resolve } from "node:path";
import { describeSystemError, InputError } from "../shared/errors.js";
import { writeFileAtomic } from "../store/atomic-write.js";
import { createStore } from "../store/store.js";
import type { CommandContext } from "../shared/context.js";
import type { Store } from "../store/types.js";
import { createTheme } from "../ui/theme.js";

/** The progress store of this run; what it needs to tell the user goes to stderr, in one line. */
export function openStore(ctx: CommandContext): Store {
  const theme = createTheme(ctx.output.colorErr);
  return createStore({
    home: ctx.home,
    now: ctx.deps.now,
    onNotice: (message) => ctx.output.err(`${theme.warn("note:")} ${message}`),
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
