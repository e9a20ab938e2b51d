import { existsSync } from "node:fs";
import type { CommandContext } from "../../shared/context.js";
import { safeText } from "../../shared/safe-text.js";
import { storePaths } from "../../store/store.js";

/** Where the progress is kept: plain path lines (progress file, then its attempt journal), or JSON. */
export function runWhere(ctx: CommandContext, options: { json?: boolean | undefined }): void {
  const paths = storePaths(ctx.home);
  if (options.json) {
    ctx.output.out(
      JSON.stringify(
        {
          folder: paths.folder,
          progress: paths.progress,
          journal: paths.journal,
          exists: existsSync(paths.progress),
          setBy: ctx.home === undefined ? "default" : "EKS_PRIMER_HOME",
        },
        null,
        2,
      ),
    );
    return;
  }
  // A folder name from outside: shown, never obeyed (--json gives it exactly).
  ctx.output.out(safeText(paths.progress));
  ctx.output.out(safeText(paths.journal));
}
