import { resolve } from "node:path";
import type { CommandContext } from "../../shared/context.js";
import { BUILTIN_CONTENT } from "../../content/course.js";
import { loadPack } from "../../content/loader.js";
import { ExitError } from "../../shared/errors.js";
import { safeText } from "../../shared/safe-text.js";
import { printValidation } from "../../ui/validation.js";

export async function runValidate(
  ctx: CommandContext,
  dir: string | undefined,
  options: { json?: boolean | undefined; strict?: boolean | undefined },
): Promise<void> {
  const target =
    dir === undefined ? (ctx.contentDir ?? BUILTIN_CONTENT) : resolve(ctx.deps.cwd, dir);
  // A status line on a terminal while a large pack is read; gone before the report.
  const status = ctx.deps.stderr.isTTY === true && !options.json;
  let shown = false;
  const { exerciseProblems } = await import("../../core/question-types/exercise-checks.js");
  const { course, report } = await loadPack(target, {
    checkQuestion: exerciseProblems,
    onModule: status
      ? (index, total, id) => {
          if (total < 10) return;
          shown = true;
          ctx.deps.stderr.write(
            `\r\u001b[2Kvalidating module ${index + 1} of ${total}: ${safeText(id)}`,
          );
        }
      : undefined,
  });
  if (shown) ctx.deps.stderr.write("\r\u001b[2K");
  const strict = options.strict === true;
  printValidation(ctx.output, report, course, {
    json: options.json === true,
    strict,
    cwd: ctx.deps.cwd,
  });
  if (!report.valid || (strict && report.warnings.length > 0)) throw new ExitError(1);
}
