import type { CommandContext } from "../program.js";
import type { Store } from "../store/types.js";
import { createTheme } from "../ui/theme.js";

/** The progress store of this run; what it needs to tell the user goes to stderr, in one line. */
export async function openStore(ctx: CommandContext): Promise<Store> {
  const { createStore } = await import("../store/store.js");
  const theme = createTheme(ctx.output.colorErr);
  return createStore({
    home: ctx.home,
    now: ctx.deps.now,
    onNotice: (message) => ctx.output.err(`${theme.warn("note:")} ${message}`),
  });
}
