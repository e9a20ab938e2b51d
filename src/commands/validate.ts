import { resolve } from "node:path";
import type { CommandContext } from "../program.js";
import { BUILTIN_CONTENT } from "../content/course.js";
import { loadPack } from "../content/loader.js";
import { ExitError } from "../core/errors.js";
import { printValidation } from "../ui/validation.js";

export async function runValidate(
  ctx: CommandContext,
  dir: string | undefined,
  options: { json?: boolean | undefined },
): Promise<void> {
  const target =
    dir === undefined ? (ctx.contentDir ?? BUILTIN_CONTENT) : resolve(ctx.deps.cwd, dir);
  const { course, report } = await loadPack(target);
  printValidation(ctx.output, report, course, { json: options.json === true, cwd: ctx.deps.cwd });
  if (!report.valid) throw new ExitError(1);
}
